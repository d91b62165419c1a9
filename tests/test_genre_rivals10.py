"""Genre bank for coordination walks and rivalry (round 10): a list inside a fronted
prepositional phrase ("in several towns, among them A, B and C, the two firms were rivals";
"In markets such as A and B, ..."; "Across A and B, ...") is no member of the clause subject; a
plural description in apposition to a coordination ("A and B, the two largest lenders, compete")
restates the pair and pulls in nobody else; rivalry by noun or comparison ("Y is X's nearest
competitor in the north", "Y, a long-standing rival," beside the article's firm, "a suit against
rival operator Y", "moved to X from Y, the rival chain", "saying it faces chains like Y").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across baking, banking, groceries, dairy, airlines, autos, staffing, ferries, retail,
shipping and telecoms. Guards: a supplier appositive, a rival bidder, a consultancy, a partnership
of two named firms, a plain coordination.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

WALKS: list[Case] = [
    (  # baking: a list after "among them" inside a fronted phrase, then "the two bakers"
        "Quillex Bakeries agreed to merge with Vantora Breads. The watchdog found that across a "
        "handful of towns, among them Pellmouth, Orrisby and Tandle, the two bakers were close "
        "rivals.",
        [("quillex-bakeries", "COMPETES_WITH", "vantora-breads")],
        [
            ("pellmouth", "COMPETES_WITH", "quillex-bakeries"),
            ("pellmouth", "COMPETES_WITH", "orrisby"),
            ("tandle", "COMPETES_WITH", "vantora-breads"),
        ],
    ),
    (  # groceries: "In markets such as A and B, the two chains are rivals"
        "Halvik Grocers agreed to buy Ostler Markets. In markets such as Brenmoor and Tasker "
        "Vale, the two chains are fierce rivals.",
        [("halvik-grocers", "COMPETES_WITH", "ostler-markets")],
        [
            ("brenmoor", "COMPETES_WITH", "halvik-grocers"),
            ("brenmoor", "COMPETES_WITH", "tasker-vale"),
            ("tasker-vale", "COMPETES_WITH", "ostler-markets"),
        ],
    ),
    (  # dairy: a fronted list of towns, then a named coordinated subject
        "In Pellmouth, Orrisby and Tandle, Halvik Dairy and Ostler Creamery compete for shoppers.",
        [("halvik-dairy", "COMPETES_WITH", "ostler-creamery")],
        [
            ("tandle", "COMPETES_WITH", "halvik-dairy"),
            ("pellmouth", "COMPETES_WITH", "orrisby"),
            ("orrisby", "COMPETES_WITH", "ostler-creamery"),
        ],
    ),
    (  # telecoms: "Across A and B, X and Y are rivals"
        "Across Brenmoor and Tasker Vale, Norvia Telecom and Kelso Mobile are bitter rivals.",
        [("norvia-telecom", "COMPETES_WITH", "kelso-mobile")],
        [
            ("brenmoor", "COMPETES_WITH", "norvia-telecom"),
            ("tasker-vale", "COMPETES_WITH", "kelso-mobile"),
        ],
    ),
    (  # banking: a plural description in apposition to the coordinated pair
        "Corvane Bank and Marlow Trust lost ground last year. Dravin Capital and Sorrel "
        "Partners, the two largest lenders, compete for deposits.",
        [("dravin-capital", "COMPETES_WITH", "sorrel-partners")],
        [
            ("dravin-capital", "COMPETES_WITH", "corvane-bank"),
            ("sorrel-partners", "COMPETES_WITH", "marlow-trust"),
            ("corvane-bank", "COMPETES_WITH", "marlow-trust"),
        ],
    ),
    (  # insurance: the appositive pair, "are rivals"
        "Pellam Re and Ostby Mutual grew. Tarrant Insurance and Kelso Assurance, the two "
        "oldest insurers in the region, are long-standing rivals.",
        [("tarrant-insurance", "COMPETES_WITH", "kelso-assurance")],
        [
            ("tarrant-insurance", "COMPETES_WITH", "pellam-re"),
            ("kelso-assurance", "COMPETES_WITH", "ostby-mutual"),
        ],
    ),
    (  # baking: "the two bakers" alone after the two were named (already read)
        "Quillex Bakeries agreed to merge with Vantora Breads. The two bakers were close rivals.",
        [("quillex-bakeries", "COMPETES_WITH", "vantora-breads")],
        [],
    ),
    (  # frozen food: plain coordinated subject (already read)
        "Quillex Foods and Vantora Frozen compete in the frozen aisle.",
        [("quillex-foods", "COMPETES_WITH", "vantora-frozen")],
        [],
    ),
    (  # retail: a real list of three rivals (already read)
        "Brenna Stores, Kelso Retail and Ostler Shops compete for the same shoppers.",
        [
            ("brenna-stores", "COMPETES_WITH", "kelso-retail"),
            ("brenna-stores", "COMPETES_WITH", "ostler-shops"),
            ("kelso-retail", "COMPETES_WITH", "ostler-shops"),
        ],
        [],
    ),
]

RIVALS: list[Case] = [
    (  # dairy: copula with a possessive competitor and a participial aside
        "Quillex Dairies sells milk in the north. Vantora Farms, founded in 1990, is Quillex "
        "Dairies's nearest competitor in the north.",
        [("vantora-farms", "COMPETES_WITH", "quillex-dairies")],
        [],
    ),
    (  # airlines: second predicate "and is by now X's plainest rival"
        "Halden Air flies to Riga. Brennock Jet has grown fast and is by now Halden Air's "
        "plainest rival.",
        [("brennock-jet", "COMPETES_WITH", "halden-air")],
        [],
    ),
    (  # brewing: a placed aside before the copula, "remains"
        "Ostler Brewing, based in Leeds, remains Kelso Ales's closest competitor.",
        [("ostler-brewing", "COMPETES_WITH", "kelso-ales")],
        [],
    ),
    (  # telecoms: past copula after a first predicate
        "Tarrant Mobile cut prices twice and was Norvia Telecom's fiercest rival in 2023.",
        [("tarrant-mobile", "COMPETES_WITH", "norvia-telecom")],
        [],
    ),
    (  # pharma: "a complaint brought by X against rival Y": both DISPUTES and rivalry
        "Regulators heard a complaint brought by Halvik Pharma against rival Ostby Labs.",
        [
            ("halvik-pharma", "DISPUTES", "ostby-labs"),
            ("halvik-pharma", "COMPETES_WITH", "ostby-labs"),
        ],
        [],
    ),
    (  # autos: "a long-standing rival" with the other side the article's firm
        "Quillex Motors plans an electric van. Dutch group Tessary Autos, a long-standing rival, "
        "unveiled a similar plan.",
        [("tessary-autos", "COMPETES_WITH", "quillex-motors")],
        [],
    ),
    (  # airlines: hyphenated adjective in the appositive, the article's firm the other side
        "Halden Air added routes. Brennock Jet, a low-cost rival, cut its fares again.",
        [("brennock-jet", "COMPETES_WITH", "halden-air")],
        [],
    ),
    (  # shipping: the same with a compound adjective and no pronoun after it
        "Pellam Ferries added routes. Ostby Lines, a long-established rival, cut fares again.",
        [("ostby-lines", "COMPETES_WITH", "pellam-ferries")],
        [],
    ),
    (  # staffing: "a tie-up with rival agency Y" (already read)
        "Pellam Staffing announced a tie-up with rival agency Corrin People.",
        [
            ("corrin-people", "COMPETES_WITH", "pellam-staffing"),
            ("pellam-staffing", "PARTNERS_WITH", "corrin-people"),
        ],
        [],
    ),
    (  # ferries: "a suit ... against rival operator Y": DISPUTES and COMPETES_WITH
        "The case is a suit filed by Quillex Ferries against rival operator Vantora Lines.",
        [
            ("quillex-ferries", "DISPUTES", "vantora-lines"),
            ("quillex-ferries", "COMPETES_WITH", "vantora-lines"),
        ],
        [],
    ),
    (  # retail: "came over from rival Y" (already read)
        "Quillex Retail had a good year. Finance head Osric Quarne, who came over from rival "
        "Brannock Stores in 2022, said the group would grow.",
        [("brannock-stores", "COMPETES_WITH", "quillex-retail")],
        [],
    ),
    (  # retail: "moved to X from Y, the rival chain"
        "Osric Quarne runs Quillex Retail. She moved to Quillex Retail in 2020 from Brannock "
        "Stores, the rival chain, and has cut costs.",
        [("brannock-stores", "COMPETES_WITH", "quillex-retail")],
        [],
    ),
    (  # retail: participial "saying it faces ... chains like Y"
        "Quillex Retail disagreed, saying it faces many independents and also national chains "
        "like Merrow Stores.",
        [("quillex-retail", "COMPETES_WITH", "merrow-stores")],
        [],
    ),
    (  # shipping: "the enlarged group would take on firms like Y": both merging firms
        "Quillex Shipping agreed to buy Vantora Lines. The enlarged group would take on global "
        "firms like Brannock Maritime better.",
        [
            ("quillex-shipping", "COMPETES_WITH", "brannock-maritime"),
            ("vantora-lines", "COMPETES_WITH", "brannock-maritime"),
        ],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # autos: "a long-standing supplier" is no rival
        "Quillex Motors plans an electric van. Tessary Autos, a long-standing supplier, "
        "unveiled a similar plan.",
        [],
        [("tessary-autos", "COMPETES_WITH", "quillex-motors")],
    ),
    (  # retail: a rival bidder is no rival of the target
        "Quillex Retail is courted by rival bidder Corrin Equity.",
        [],
        [("corrin-equity", "COMPETES_WITH", "quillex-retail")],
    ),
    (  # mining: an offer for the target from a rival suitor
        "Shareholders weighed an offer for Kelso Metals from rival suitor Ranjit Steel.",
        [],
        [("ranjit-steel", "COMPETES_WITH", "kelso-metals")],
    ),
    (  # media: a person subject of the copula is no rival
        "Ilse Marrack is Pellam Media's fiercest competitor in the region.",
        [],
        [("ilse-marrack", "COMPETES_WITH", "pellam-media")],
    ),
    (  # food: another organization between subject and copula ("founded by")
        "Brenna Foods, founded by Kelso Group, is Vantora Snacks's biggest rival.",
        [],
        [("kelso-group", "COMPETES_WITH", "vantora-snacks")],
    ),
    (  # retail: a rival bidder named in the second sentence
        "Farrow Capital made an offer for Quillex Retail. Rival bidder Corrin Equity also looked "
        "at Quillex Retail.",
        [],
        [("corrin-equity", "COMPETES_WITH", "quillex-retail")],
    ),
    (  # consulting: a career move from a consultancy is no rivalry
        "Quillex Retail had a good year. She came over from Brannock Consulting, the "
        "consultancy, in 2021.",
        [],
        [("brannock-consulting", "COMPETES_WITH", "quillex-retail")],
    ),
    (  # energy: a fronted list of sites before a partnership of two named firms
        "In Pellmouth and Orrisby, Orlan Energy and Pexley Power have been partners since 2019.",
        [],
        [
            ("pellmouth", "PARTNERS_WITH", "orlan-energy"),
            ("orrisby", "PARTNERS_WITH", "pexley-power"),
        ],
    ),
]

BANK = WALKS + RIVALS + GUARDS
GAPS: dict[str, str] = {
    "Halden Air added routes": "a possessive pronoun later in the sentence ('cut its fares') "
    "counts as a second organization, so role/context-rival declines",
    "Ilse Marrack is Pellam": "the rival noun as a descriptor votes the person's name an "
    "Organization, and role/role-noun then reads the copula as rivalry",
    "Pellam Re and Ostby Mutual": "a reciprocal predicate after an appositive of five words "
    "finds no subject (coordination/mutual looks three words left of the noun)",
    "Quillex Retail disagreed": "'faces ... chains like Y' is no COMPETES_WITH trigger (only "
    "'compete with ... like Y' is)",
    "Quillex Shipping agreed": "'the enlarged group' is not bound to the two merging firms",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rivals10(case: Case) -> None:
    check(*case)
