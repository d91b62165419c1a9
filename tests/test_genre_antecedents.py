"""Genre bank for the antecedent of "the company" and its kin: the company a round raised
money for (not its investor), a name ending in "Company" or "& Company" (no claim on "the
company"), and "it" before a predicate that names a kind of organization ("It is a big
supplier to X").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across robotics, pharma, energy, health care, logistics, food, ceramics, insurance,
brewing, steel and banking, in wire, trade-press and profile registers. Guards: "the firm"
after a round (may be the investor), an investor subject with no round, the "Company" itself
the subject, an expletive "it was a shame that".
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FUNDED: list[Case] = [
    (  # robotics: lead investor the subject, "The company, based in ..." with a partner
        "Corvane Capital led a $40 million round in Tilbury Robotics. The company, based in "
        "Bristol since 2015, has also partnered with Dunmore Steel.",
        [
            ("tilbury-robotics", "LOCATED_IN", "bristol"),
            ("tilbury-robotics", "PARTNERS_WITH", "dunmore-steel"),
        ],
        [
            ("corvane-capital", "LOCATED_IN", "bristol"),
            ("corvane-capital", "PARTNERS_WITH", "dunmore-steel"),
        ],
    ),
    (  # pharma: "has invested N in X. The company is based in"
        "Harwick Ventures has invested 12 million euros in Lindqvist Pharma. The company is "
        "based in Aarhus.",
        [("lindqvist-pharma", "LOCATED_IN", "aarhus")],
        [("harwick-ventures", "LOCATED_IN", "aarhus")],
    ),
    (  # energy: "put N into X", possessive "the company's new plant"
        "Pension fund Brenna Capital put 30 million pounds into Castell Solar last week. The "
        "company's new plant is in Cardiff.",
        [("castell-solar", "LOCATED_IN", "cardiff")],
        [("brenna-capital", "LOCATED_IN", "cardiff")],
    ),
    (  # health care: "has backed X with N", "the business, which is based in"
        "Lowmoor Partners has backed Pinecrest Clinics with 9 million dollars. The business, "
        "which is based in Denver, also works with Halcyon Labs.",
        [("pinecrest-clinics", "LOCATED_IN", "denver")],
        [("lowmoor-partners", "LOCATED_IN", "denver")],
    ),
    (  # logistics: "the startup"
        "Ostby Equity invested in Marden Freight in 2021. The startup is based in Rotterdam.",
        [("marden-freight", "LOCATED_IN", "rotterdam")],
        [("ostby-equity", "LOCATED_IN", "rotterdam")],
    ),
    (  # food: the fundraiser the subject already
        "Tilsey Foods raised 20 million euros from Arrow Capital. The company is based in Lyon.",
        [("tilsey-foods", "LOCATED_IN", "lyon")],
        [("arrow-capital", "LOCATED_IN", "lyon")],
    ),
    (  # cider: an investor by description ("a family investment fund")
        "Hollin, a family investment fund, put 4 million pounds into Trevose Cider. The "
        "company is based in Somerset.",
        [("trevose-cider", "LOCATED_IN", "somerset")],
        [("hollin", "LOCATED_IN", "somerset")],
    ),
    (  # software: an investor-named buyer of a stake
        "Kestrel Capital bought a stake in Orvane Software. The company is led by Tom Reed.",
        [("tom-reed", "LEADS", "orvane-software")],
        [("tom-reed", "LEADS", "kestrel-capital")],
    ),
    (  # guard: a carmaker that bought a stake is no investor: "the company" stays with it
        "Kestrel Motors bought a stake in Orvane Software. The company is led by Tom Reed.",
        [("tom-reed", "LEADS", "kestrel-motors")],
        [("tom-reed", "LEADS", "orvane-software")],
    ),
    (  # guard: "the firm" after a round may be the investor
        "Vell Capital invested in Tarn Robotics last year. The firm, based in Geneva, manages "
        "2 billion francs.",
        [],
        [("tarn-robotics", "LOCATED_IN", "geneva")],
    ),
    (  # guard: an investor subject with no round keeps "the company"
        "Arden Capital sued Holm Shipping in March. The company is based in Oslo.",
        [("arden-capital", "LOCATED_IN", "oslo")],
        [],
    ),
]

COMPANY_NAMES: list[Case] = [
    (  # textiles: "& Company" the object, a pronoun subject before it
        "Quenby Mills makes wool. It was once a supplier to Fenner & Company. Last year the "
        "company opened a plant in Leeds.",
        [("quenby-mills", "LOCATED_IN", "leeds")],
        [("fenner-company", "LOCATED_IN", "leeds")],
    ),
    (  # ceramics: "X Company, a Boston retailer" as the object
        "Rowan Ceramics sells most of its tiles to Hadley Company, a Boston retailer. The "
        "company is based in Stoke.",
        [("rowan-ceramics", "LOCATED_IN", "stoke")],
        [("hadley-company", "LOCATED_IN", "stoke")],
    ),
    (  # insurance: "through X & Company"
        "Alder Insurance once sold policies through Pryce & Company. Last year the company "
        "opened an office in Dublin.",
        [("alder-insurance", "LOCATED_IN", "dublin")],
        [("pryce-company", "LOCATED_IN", "dublin")],
    ),
    (  # brewing: "X and Company", a partnership
        "Garnet Brewing buys its hops from Lister and Company. The company has partnered with "
        "Dovecot Pubs.",
        [("garnet-brewing", "PARTNERS_WITH", "dovecot-pubs")],
        [("lister-and-company", "PARTNERS_WITH", "dovecot-pubs")],
    ),
    (  # guard: the "& Company" itself the subject keeps "the company's"
        "Pryce & Company, a Boston retailer, buys tiles from Rowan. The company's chief "
        "executive, Ann Rudd, said sales rose.",
        [("ann-rudd", "LEADS", "pryce-company")],
        [],
    ),
    (  # guard: the "Company" alone in view
        "Hadley Company opened a store in Leeds. The company is based in Boston.",
        [("hadley-company", "LOCATED_IN", "boston")],
        [],
    ),
]

PREDICATE_IT: list[Case] = [
    (  # steel: "It is a big supplier to X": "it" is the subject before
        "Brisa Steel makes girders. It is a big supplier to Norcott Homes. The company is "
        "based in Sheffield.",
        [("brisa-steel", "LOCATED_IN", "sheffield")],
        [("norcott-homes", "LOCATED_IN", "sheffield")],
    ),
    (  # food: "It is a unit of X"
        "Talbot Foods was founded in 1950. It is a unit of Carrow Group.",
        [("carrow-group", "OWNS", "talbot-foods")],
        [],
    ),
    (  # guard: an expletive "it was a shame that"
        "Harlow Bank lost its case. It was a shame that Merrin Capital sued Harlow Bank.",
        [],
        [("harlow-bank", "DISPUTES", "merrin-capital")],
    ),
]

BANK = FUNDED + COMPANY_NAMES + PREDICATE_IT
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_antecedents(case: Case) -> None:
    check(*case)
