"""Genre bank for side ownership clauses (round 15): the seller after "from" with its
description ("a gas seller that it acquired from the Norland firm Y": Y sold, it is not
owned), a service bought on a carrier ("bought capacity on the X link": a customer owns
nothing), a family bought out (no owned entity, no family Organization).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across energy, food, steel, shipping, media, telecoms, software and retail. Must still
give: "A bought B from C" (A OWNS B), a stake bought from a seller (FUNDS or OWNS by size).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params, kept

SELLERS: list[Case] = [
    (  # energy: object relative on an appositive head, seller with a place premodifier
        "The Harlow group also owns Dryhold, a gas seller that it acquired from the Norland "
        "firm Ostrel.",
        [("harlow", "OWNS", "dryhold")],
        [("harlow", "OWNS", "ostrel")],
    ),
    (  # food: "which it bought from the Danish group V in 2019"
        "Brannock Foods runs Kelpmoor, a bakery chain which it bought from the Danish group "
        "Vestra Holdings in 2019.",
        [("brannock-foods", "OWNS", "kelpmoor")],
        [("brannock-foods", "OWNS", "vestra-holdings")],
    ),
    (  # steel: plain active, described seller
        "Tarrant Steel acquired Ferrow Wire from the Swedish conglomerate Norvik Industries.",
        [("tarrant-steel", "OWNS", "ferrow-wire")],
        [("tarrant-steel", "OWNS", "norvik-industries")],
    ),
    (  # telecoms: hyphenated adjective in the seller's description
        "Kelso Telecom bought Orvel Satellite from the state-owned operator Vellnet.",
        [("kelso-telecom", "OWNS", "orvel-satellite")],
        [("kelso-telecom", "OWNS", "vellnet")],
    ),
    (  # software: pronoun subject in the second sentence, seller after "from its parent"
        "Pellam Soft makes payroll tools. It purchased Tiller Apps from its parent Corvane "
        "Group last year.",
        [("pellam-soft", "OWNS", "tiller-apps")],
        [("pellam-soft", "OWNS", "corvane-group")],
    ),
    (  # must still give: bare seller
        "Quillex bought Ostrel from Orvel.",
        [("quillex", "OWNS", "ostrel")],
        [("quillex", "OWNS", "orvel")],
    ),
    (  # must still give: a small stake bought from a fund funds the issuer
        "Pellam Air bought a 5% stake in Skyline Aero from the fund Orvel Capital.",
        [("pellam-air", "FUNDS", "skyline-aero")],
        [("pellam-air", "OWNS", "orvel-capital"), ("pellam-air", "FUNDS", "orvel-capital")],
    ),
    (  # must still give: a majority stake is owned
        "Quillex Holdings bought a 60% stake in Ostrel Mining from Orvel Capital.",
        [("quillex-holdings", "OWNS", "ostrel-mining")],
        [("quillex-holdings", "OWNS", "orvel-capital")],
    ),
]

SERVICES: list[Case] = [
    (  # cloud: a customer leasing capacity on a cable, in a relative clause
        "Customers include Brisk Cloud, which has bought capacity on the Saltway Link for ten "
        "years.",
        [],
        [("brisk-cloud", "OWNS", "saltway-link")],
    ),
    (  # shipping: slots on a named service
        "Dunmarra Shipping bought slots on the Halvik Express for its cargo.",
        [],
        [("dunmarra-shipping", "OWNS", "halvik-express")],
    ),
    (  # media: a modified service noun
        "Tarrant Media bought advertising time on Vellmoor Radio.",
        [],
        [("tarrant-media", "OWNS", "vellmoor-radio")],
    ),
    (  # space: bare "time on the X satellite"
        "Kelso Telecom bought time on the Orvel satellite.",
        [],
        [("kelso-telecom", "OWNS", "orvel")],
    ),
    (  # must still give: bought on a date, the object after it
        "Vantora Retail bought Pellam Stores on Monday.",
        [("vantora-retail", "OWNS", "pellam-stores")],
        [],
    ),
]

FAMILIES: list[Case] = [
    (  # the family bought out is no owned entity
        "Halvik Partners bought out the Marrow family and now owns Ostrel Software.",
        [("halvik-partners", "OWNS", "ostrel-software")],
        [("halvik-partners", "OWNS", "marrow")],
    ),
    (  # "the X founders' family" in a participle after a relative
        "Orvel Capital, the fund that has run Brisk Foods since buying out the Vellan founders' "
        "family, wants a sale.",
        [],
        [("orvel-capital", "OWNS", "vellan")],
    ),
]

SIDE_OWNERS: list[Case] = [
    (  # food: a second passive conjunct with a date between "sold" and "to"
        "Kelpmoor was founded in 1998 by Teodor Vass and was sold in 2012 to Orvel Group.",
        [("orvel-group", "OWNS", "kelpmoor"), ("teodor-vass", "FOUNDED", "kelpmoor")],
        [("teodor-vass", "OWNS", "kelpmoor")],
    ),
    (  # bakery: pronoun subject, relative clause after the buyer
        "Kelpmoor Bakeries makes bread. It was founded in 1998 by Teodor Vass and was sold in "
        "2012 to Orvel Group, which still runs it.",
        [("orvel-group", "OWNS", "kelpmoor-bakeries")],
        [],
    ),
    (  # definite NP subject, a long appositive on the founder, "later was bought in Y by"
        "Kelpmoor Bakeries makes bread. The business was founded in 1998 by Teodor Vass, a "
        "former miller, and later was bought in 2012 by Orvel Group, the Varnby-based group, "
        "which now operates it as a separate brand.",
        [
            ("orvel-group", "OWNS", "kelpmoor-bakeries"),
            ("teodor-vass", "FOUNDED", "kelpmoor-bakeries"),
        ],
        [],
    ),
    (  # labs: "who now chairs it, and is 60% owned by the supplier Y"
        "Ferrow Labs makes test kits. The lab was founded by Ada Kell, who now chairs it, and "
        "is 60% owned by the supplier Pellam Chemicals.",
        [("pellam-chemicals", "OWNS", "ferrow-labs"), ("ada-kell", "LEADS", "ferrow-labs")],
        [],
    ),
    (  # "had been sold last year to"
        "Brannock had been sold last year to Corliss Foods.",
        [("corliss-foods", "OWNS", "brannock")],
        [],
    ),
    (  # a sale agreed to a rival: OWNS and COMPETES_WITH
        "Norvane Foods had a weak year. Last week it agreed a sale to its larger rival Harlow "
        "Brands for £200m, ending 40 years of independence.",
        [
            ("harlow-brands", "OWNS", "norvane-foods"),
            ("harlow-brands", "COMPETES_WITH", "norvane-foods"),
        ],
        [("norvane-foods", "OWNS", "harlow-brands")],
    ),
    (  # object relative with a possessed owner noun
        "Harbeck, which its private-equity owner Sorrel Capital is now selling, has 40 stores.",
        [("sorrel-capital", "OWNS", "harbeck")],
        [],
    ),
    (  # guard: founded by A, later run by B
        "Halvik Sports was founded by Ilse Ranick and later run by Teodor Vass.",
        [("ilse-ranick", "FOUNDED", "halvik-sports")],
        [("teodor-vass", "OWNS", "halvik-sports")],
    ),
    (  # guard: sold to unnamed investors
        "Halvik Sports was founded by Ilse Ranick and was sold to investors in 2012.",
        [("ilse-ranick", "FOUNDED", "halvik-sports")],
        [("ilse-ranick", "OWNS", "halvik-sports")],
    ),
    (  # guard: a seller named by "by" is no buyer
        "Ferrow Labs was sold by its founders to Pellam Capital.",
        [],
        [("ferrow-labs", "OWNS", "pellam-capital")],
    ),
    (  # guard: a former owner without an acquisition
        "Ostervale's former owner Lorrimer has kept a small stake.",
        [],
        [("ostervale", "OWNS", "lorrimer")],
    ),
]

BEHIND: list[Case] = [
    (  # games: "the firm behind the games A and B" owns both
        "Brannock, the firm behind the games Zephyra and Kelp, is hiring.",
        [("brannock", "OWNS", "zephyra"), ("brannock", "OWNS", "kelp")],
        [],
    ),
    (  # apps: copula "X is the company behind the apps A and B"
        "Tallow Studio is the company behind the apps Spryn and Halo.",
        [("tallow-studio", "OWNS", "spryn"), ("tallow-studio", "OWNS", "halo")],
        [],
    ),
    (  # games: "was the studio behind" one name
        "Ostrel Games was the studio behind Kelpie Quest.",
        [("ostrel-games", "OWNS", "kelpie-quest")],
        [],
    ),
    (  # guard: the possessors of a bid are not owned
        "Tallow Studio is the company behind Pellam and Vestra's joint bid.",
        [],
        [("tallow-studio", "OWNS", "pellam"), ("tallow-studio", "OWNS", "vestra")],
    ),
    (  # guard: a person behind apps holds nothing
        "Ilse Ranick is the woman behind the apps Spryn and Halo.",
        [],
        [("ilse-ranick", "OWNS", "spryn"), ("ilse-ranick", "OWNS", "halo")],
    ),
    (  # guard: people behind a report
        "The people behind the report work at Ostrel Labs.",
        [],
        [("ostrel-labs", "OWNS", "report")],
    ),
    (  # guard: an approved scheme is not founded
        "The scheme, which the Varnby council approved, starts in May.",
        [],
        [("varnby", "FOUNDED", "scheme")],
    ),
    (  # guard: a reseller of another firm's app owns nothing
        "Quillex sells Glimmet, Halvik's app, to schools.",
        [("halvik", "OWNS", "glimmet")],
        [("quillex", "OWNS", "glimmet")],
    ),
    (  # a launcher in an object relative on a place-premodified head
        "The Kellsmoor hub, which Brannock Energy launched recently, has won a grant.",
        [("brannock-energy", "FOUNDED", "kellsmoor")],
        [],
    ),
    (  # a firm's own service in an appositive after "also sells"
        "Quillex makes sensors. The firm also sells Glimmet, a monitoring service.",
        [("quillex", "OWNS", "glimmet")],
        [],
    ),
    (  # an object relative with a one-word opener verb on an unnamed head
        "The depot, which Quillex Freight opened in 2023, won a grant from the council.",
        [],
        [("quillex-freight", "OWNS", "council")],
    ),
]

BANK = SELLERS + SERVICES + FAMILIES + SIDE_OWNERS + BEHIND
GAPS: dict[str, str] = {
    "Ostrel Games was the studio behind": "a copula with a single name after 'behind' and no "
    "product noun is not read yet (the appositive form is)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_owns15(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(
    "text, family",
    [
        ("Halvik Partners bought out the Marrow family in 2012.", "Marrow"),
        ("Orvel Capital, having bought out the Vellan founders' family, wants a sale.", "Vellan"),
    ],
)
def test_bought_out_family_is_no_entity(text: str, family: str) -> None:
    assert family not in kept(text)
