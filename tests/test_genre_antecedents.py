"""Genre bank for the antecedent of "the company" and its kin: the company a round raised
money for (not its investor), a name ending in "Company" or "& Company" (no claim on "the
company"), and "it" before a predicate that names a kind of organization ("It is a big
supplier to X"). Collective founders: a counted group ("all three", "the four companies")
and the partner of "X teamed up with Y to launch Z". Founders as a group: "financed by its two
founders" (each founder named so far). Stand-ins: "the approach", "the scheme" for a project
named before; "X's nomination", "the appointment of X" for the person backed.

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
    (  # food: an investor of no investor name, known by the raise it led; a partner too
        "Hestia Growth led a 30 million pound raise for Quillon Foods. The company, based in "
        "Leeds since 2010, has also teamed up with Marrowby Dairies.",
        [
            ("hestia-growth", "FUNDS", "quillon-foods"),
            ("quillon-foods", "LOCATED_IN", "leeds"),
            ("quillon-foods", "PARTNERS_WITH", "marrowby-dairies"),
        ],
        [("hestia-growth", "LOCATED_IN", "leeds")],
    ),
    (  # software: a carmaker that led a round is an investor there
        "Kestrel Motors led a round for Orvane Software. The company is led by Tom Reed.",
        [("kestrel-motors", "FUNDS", "orvane-software"), ("tom-reed", "LEADS", "orvane-software")],
        [("tom-reed", "LEADS", "kestrel-motors")],
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

COUNTED: list[Case] = [
    (  # rail: "A competes with B and C, and all three jointly launched a trade body named Z"
        "Brell Rail competes with Ostara Trains and Quinn Rail, and all three jointly launched "
        "a trade body named Open Rails Forum.",
        [
            ("brell-rail", "FOUNDED", "open-rails-forum"),
            ("ostara-trains", "FOUNDED", "open-rails-forum"),
            ("quinn-rail", "FOUNDED", "open-rails-forum"),
        ],
        [],
    ),
    (  # banking: "All three" opening the next sentence; "formed an alliance called Z"
        "Halden Bank, Corvo Bank and Brisk Credit compete for savers. All three jointly formed "
        "an alliance called Open Pay Network.",
        [
            ("halden-bank", "FOUNDED", "open-pay-network"),
            ("corvo-bank", "FOUNDED", "open-pay-network"),
            ("brisk-credit", "FOUNDED", "open-pay-network"),
        ],
        [],
    ),
    (  # farming: "the four companies set up Z"
        "Tamsin Foods, Olver Dairy, Kerrow Farms and Pellan Mills buy grain in Cornwall. In "
        "2020 the four companies set up the Cornish Grain Exchange.",
        [
            ("tamsin-foods", "FOUNDED", "cornish-grain-exchange"),
            ("olver-dairy", "FOUNDED", "cornish-grain-exchange"),
            ("kerrow-farms", "FOUNDED", "cornish-grain-exchange"),
            ("pellan-mills", "FOUNDED", "cornish-grain-exchange"),
        ],
        [],
    ),
    (  # autos guard: "all three cut jobs" founds nothing
        "Astel Motors, Brenn Auto and Corso Cars all lost money in 2023, and all three cut jobs.",
        [],
        [("astel-motors", "FOUNDED", "brenn-auto"), ("corso-cars", "FOUNDED", "brenn-auto")],
    ),
    (  # guard: "all three" with only two named: no group
        "Halden Bank and Corvo Bank compete for savers. All three jointly set up Open Pay Network.",
        [],
        [("halden-bank", "FOUNDED", "open-pay-network")],
    ),
    (  # guard: a hedge ("may form")
        "Halden Bank and Corvo Bank may form a lobby group called Fair Pay Forum.",
        [],
        [("halden-bank", "FOUNDED", "fair-pay-forum")],
    ),
    (  # guard: the name called is a partner inside a prepositional phrase, nothing formed
        "Halden Bank formed a partnership with a fintech called Paywise.",
        [("halden-bank", "PARTNERS_WITH", "paywise")],
        [("halden-bank", "FOUNDED", "paywise")],
    ),
]

JOINED_FOUNDERS: list[Case] = [
    (  # farming: "teamed up with Y to launch a seed bank, Z"
        "Marlo Seeds teamed up with Tansy Farms to launch a seed bank, Granary One.",
        [("marlo-seeds", "FOUNDED", "granary-one"), ("tansy-farms", "FOUNDED", "granary-one")],
        [],
    ),
    (  # farming: "joined forces with the Y cooperative to create"
        "Marlo Seeds joined forces with the Kettering Growers Cooperative to create a seed "
        "bank, Granary One.",
        [
            ("marlo-seeds", "FOUNDED", "granary-one"),
            ("kettering-growers-cooperative", "FOUNDED", "granary-one"),
        ],
        [],
    ),
    (  # payments: "to jointly launch Z, a payments network"
        "Halden Bank teamed up with Corvo Bank to jointly launch Open Pay, a payments network.",
        [("halden-bank", "FOUNDED", "open-pay"), ("corvo-bank", "FOUNDED", "open-pay")],
        [],
    ),
    (  # arts and media: "partnered with broadcaster Y to set up Z"
        "Brisk Theatre Trust partnered with broadcaster Lantern TV to set up Lantern Academy, a "
        "drama school.",
        [
            ("brisk-theatre-trust", "FOUNDED", "lantern-academy"),
            ("lantern-tv", "FOUNDED", "lantern-academy"),
        ],
        [],
    ),
    (  # energy: perfect tense, "to start Z, a joint venture"
        "Orla Energy has joined forces with Vesk Power to start Northwind Grid, a joint venture.",
        [("orla-energy", "FOUNDED", "northwind-grid"), ("vesk-power", "FOUNDED", "northwind-grid")],
        [],
    ),
    (  # banking: two partners coordinated; the subject founded it too
        "Halden Bank partnered with Corvo Bank and Brisk Credit to set up Open Pay Network.",
        [
            ("halden-bank", "FOUNDED", "open-pay-network"),
            ("corvo-bank", "FOUNDED", "open-pay-network"),
            ("brisk-credit", "FOUNDED", "open-pay-network"),
        ],
        [],
    ),
    (  # savings: two subjects coordinated, reported speech
        "Its chief executive said Halden Bank and Tarn Savings teamed up with Corvo Bank to "
        "launch Open Pay.",
        [
            ("halden-bank", "FOUNDED", "open-pay"),
            ("tarn-savings", "FOUNDED", "open-pay"),
            ("corvo-bank", "FOUNDED", "open-pay"),
        ],
        [],
    ),
    (  # guard: joining up to buy founds nothing
        "Halden Bank teamed up with Corvo Bank to buy Brisk Credit.",
        [("halden-bank", "OWNS", "brisk-credit")],
        [("corvo-bank", "FOUNDED", "brisk-credit")],
    ),
    (  # guard: the partner's own relative clause
        "Halden Bank teamed up with Corvo Bank, which launched Open Pay in 2019.",
        [],
        [("halden-bank", "FOUNDED", "open-pay")],
    ),
    (  # guard: rivals, not partners
        "Halden Bank competes with Corvo Bank to launch new products such as Open Pay.",
        [],
        [("corvo-bank", "FOUNDED", "open-pay")],
    ),
]

FOUNDER_GROUPS: list[Case] = [
    (  # building materials: "financed at first by its two founders"
        "Tarrow Tiles was founded by Ann Oake and Bill Rusk in 2015. The firm was financed at "
        "first by its two founders.",
        [("ann-oake", "FUNDS", "tarrow-tiles"), ("bill-rusk", "FUNDS", "tarrow-tiles")],
        [],
    ),
    (  # a sentence between: "The founders financed the company themselves"
        "Tarrow Tiles was founded by Ann Oake and Bill Rusk in 2015. Ann Oake is its chief "
        "executive. The founders financed the company themselves.",
        [("ann-oake", "FUNDS", "tarrow-tiles"), ("bill-rusk", "FUNDS", "tarrow-tiles")],
        [],
    ),
    (  # brewing: founders named before "set up"; "funded by its founders until 2018"
        "Ann Oake and Bill Rusk set up Brindle Brewing in 2012. The brewery was funded by its "
        "founders until 2018, when Kelso Ventures bought a stake.",
        [("ann-oake", "FUNDS", "brindle-brewing"), ("bill-rusk", "FUNDS", "brindle-brewing")],
        [],
    ),
    (  # health care: "The two founders have put N into the company"
        "Mira Patel and Joe Lund co-founded Quillon Health in 2019. The two founders have put "
        "3 million pounds into the company.",
        [("mira-patel", "FUNDS", "quillon-health"), ("joe-lund", "FUNDS", "quillon-health")],
        [],
    ),
    (  # a dispute by the founders as a group
        "Tarrow Tiles was founded by Ann Oake and Bill Rusk. The founders criticised Kelso "
        "Ventures.",
        [("ann-oake", "DISPUTES", "kelso-ventures"), ("bill-rusk", "DISPUTES", "kelso-ventures")],
        [],
    ),
    (  # guard: "one of its founders" stays a role of the one named
        "Tarrow Tiles makes tiles. Ann Oake, one of its founders, said sales rose.",
        [("ann-oake", "FOUNDED", "tarrow-tiles")],
        [],
    ),
    (  # guard: "Its founders, A and B," names them
        "Tarrow Tiles makes tiles. Its founders, Ann Oake and Bill Rusk, met at school.",
        [("ann-oake", "FOUNDED", "tarrow-tiles"), ("bill-rusk", "FOUNDED", "tarrow-tiles")],
        [],
    ),
    (  # guard: a number that does not count the founders named
        "Tarrow Tiles was founded by Ann Oake, Bill Rusk and Cal Dent. The firm was financed by "
        "its two founders.",
        [],
        [("ann-oake", "FUNDS", "tarrow-tiles")],
    ),
    (  # guard: a hedge
        "Tarrow Tiles was founded by Ann Oake and Bill Rusk. Its founders may invest more money "
        "in the company.",
        [],
        [("ann-oake", "FUNDS", "tarrow-tiles")],
    ),
]

STAND_INS: list[Case] = [
    (  # water: "fully endorsed the approach" for a project named before
        "Varn Water wants to build the Kestle Reservoir project near Hull. Environment minister "
        "Ola Brandt said she fully endorsed the approach.",
        [("ola-brandt", "BACKS", "kestle-reservoir")],
        [],
    ),
    (  # water: "favoured the scheme in principle"
        "Varn Water wants to build the Kestle Reservoir project near Hull. Local MP Ola Brandt "
        "said she favoured the scheme in principle.",
        [("ola-brandt", "BACKS", "kestle-reservoir")],
        [],
    ),
    (  # energy: "favours the project"
        "Harbor Energy proposed the Tern wind farm last year. Mayor Rui Sousa favours the project.",
        [("rui-sousa", "BACKS", "tern")],
        [],
    ),
    (  # transport: "dismissed the plan as a gimmick"
        "The city has unveiled Green Loop, a cycle-hire programme. Its secretary, Jan Holt, "
        "dismissed the plan as a gimmick.",
        [("jan-holt", "DISPUTES", "green-loop")],
        [],
    ),
    (  # corporate: "X's nomination was endorsed by Y" backs the nominee
        "Ivo Renn's nomination was endorsed by Calder Holdings, his biggest shareholder.",
        [("calder-holdings", "BACKS", "ivo-renn")],
        [],
    ),
    (  # corporate: "backed the appointment of X as chairman"
        "Calder Holdings backed the appointment of Ivo Renn as chairman.",
        [("calder-holdings", "BACKS", "ivo-renn")],
        [],
    ),
    (  # health care: a union, perfect tense, "the reappointment of X"
        "The nurses' union Care First has backed the reappointment of Mina Osei as hospital chief.",
        [("care-first", "BACKS", "mina-osei")],
        [],
    ),
    (  # football: passive with "as <role>" before the verb
        "Ada Lum's re-election as club president was supported by Dunmore Rovers Supporters Trust.",
        [("dunmore-rovers-supporters-trust", "BACKS", "ada-lum")],
        [],
    ),
    (  # guard: a company favoured over another is no backing
        "Investors favour Brindle Mills over Orlo Foods.",
        [],
        [("investors", "BACKS", "brindle-mills")],
    ),
    (  # guard: a hedge
        "Calder Holdings may back the appointment of Ivo Renn.",
        [],
        [("calder-holdings", "BACKS", "ivo-renn")],
    ),
    (  # guard: "the takeover of X" names the target, not a bidder
        "Calder Holdings opposed the takeover of Renn Foods by Orlo Group.",
        [],
        [("calder-holdings", "BACKS", "renn-foods")],
    ),
]

BANK = (
    FUNDED + COMPANY_NAMES + PREDICATE_IT + COUNTED + JOINED_FOUNDERS + FOUNDER_GROUPS + STAND_INS
)
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_antecedents(case: Case) -> None:
    check(*case)
