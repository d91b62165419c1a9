"""Genre bank for ownership read from a possessed appositive (round 29).

A name followed by a possessed descriptor whose head is a product noun or a firm's own part
makes the possessor its owner: "Gripmaster, its cordless drill that warns before ..." (a
relative clause closes the descriptor, as a comma does), "Hopyard, its chain of 20 pubs",
"Inkbarrow, its picture-book business". A descriptor tied by a role or a partner noun ("its
partner business", "its biggest customer that year") and a person's name before it own nothing.

Each case is a short invented text across tools, brewing, medtech, publishing, software,
horticulture, bakeries, kitchens, solar, logistics, paints and family offices.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

APPOSED: list[Case] = [
    (  # tools: a relative clause after the product noun
        "Harlan Tools will expand production of Gripmaster, its cordless drill that warns "
        "before the battery fails.",
        [("harlan-tools", "OWNS", "gripmaster")],
        [],
    ),
    (  # medtech: "which" closes the descriptor
        "Tarvo Health said regulators had cleared PulseNote, its heart patch which records for "
        "a week.",
        [("tarvo-health", "OWNS", "pulsenote")],
        [],
    ),
    (  # brewing: a chain of pubs
        "Felton Brewing is considering a sale of Hopyard, its chain of 20 pubs in Kent.",
        [("felton-brewing", "OWNS", "hopyard")],
        [],
    ),
    (  # publishing: a business with a modifier
        "Quillmoor Press is weighing options for Inkbarrow, its loss-making picture-book "
        "business, including a sale.",
        [("quillmoor-press", "OWNS", "inkbarrow")],
        [],
    ),
    (  # software: a unit
        "Abrel Systems put Cloudnest, its hosting unit, up for sale on Monday.",
        [("abrel-systems", "OWNS", "cloudnest")],
        [],
    ),
    (  # guard: a partner modifier ties the business, it is not owned
        "Felton Brewing signed a supply deal with Hopyard, its partner business in Kent.",
        [],
        [("felton-brewing", "OWNS", "hopyard")],
    ),
    (  # guard: a customer that year is no product
        "Orla Bank lost Mintcore, its biggest customer that year, to a rival lender.",
        [],
        [("orla-bank", "OWNS", "mintcore")],
    ),
    (  # guard: a person before the descriptor
        "Corvel Insurance hired Lisa Marr, its chief executive that year, from a rival.",
        [],
        [("corvel-insurance", "OWNS", "lisa-marr")],
    ),
    (  # horticulture guard: a rival's chain is the rival's tie, not the firm's
        "Bloomfield Nurseries lost ground to Petalry, its rival chain of garden centres.",
        [],
        [("bloomfield-nurseries", "OWNS", "petalry")],
    ),
    # guards (review 29): a part the possessor no longer holds, does not yet hold, or that is
    # its sibling gives no OWNS
    (
        "Tessly, Vexa Foods' former lighting business, cut 200 jobs.",
        [],
        [("vexa-foods", "OWNS", "tessly")],
    ),
    (
        "Tessly, Vexa Foods' spun-off lighting business, cut 200 jobs.",
        [],
        [("vexa-foods", "OWNS", "tessly")],
    ),
    (
        "Tessly, Vexa Foods' would-be lighting business, cut 200 jobs.",
        [],
        [("vexa-foods", "OWNS", "tessly")],
    ),
    ("Tessly, Vexa Foods' target business, cut 200 jobs.", [], [("vexa-foods", "OWNS", "tessly")]),
    ("Tessly, Vexa Foods' sister business, cut 200 jobs.", [], [("vexa-foods", "OWNS", "tessly")]),
    (  # brewing: an erstwhile business
        "Hopwell Ales said Darrow Malt, its erstwhile maltings business, had been sold.",
        [],
        [("hopwell-ales", "OWNS", "darrow-malt")],
    ),
    (  # shipping: a proposed division
        "Kestrel Lines said Orvo Tankers, its proposed tanker division, needs approval.",
        [],
        [("kestrel-lines", "OWNS", "orvo-tankers")],
    ),
    (  # the positive beside them: the possessor's own business
        "Tessly, Vexa Foods' lighting business, cut 200 jobs.",
        [("vexa-foods", "OWNS", "tessly")],
        [],
    ),
]

GAP_CASES: list[Case] = [
    (  # kitchens: the second made product of a coordination
        "Norlund Kitchens makes the Fjord cabinet and the Skagen worktop range at its plant in "
        "Aalborg.",
        [("norlund-kitchens", "OWNS", "skagen")],
        [],
    ),
    (  # solar: an acquired firm after a ranked possessive description
        "Bramwell Energy acquired Scotland's third-largest installer, Glenhaven Solar, last year.",
        [("bramwell-energy", "OWNS", "glenhaven-solar")],
        [],
    ),
    (  # logistics: a subsidiary copula past a relative clause
        "Arrow Freight, which is based in Hull, has been a subsidiary of Delmont Logistics since "
        "2019.",
        [("delmont-logistics", "OWNS", "arrow-freight")],
        [],
    ),
    (  # family office: a possessive controlling shareholder
        "Mossgrove's controlling shareholder, the Danish family office Lund Holding, backed the "
        "plan.",
        [("lund-holding", "OWNS", "mossgrove")],
        [],
    ),
    (  # paints: a brand entered under, with no selling verb
        "Calder Paints pushed into marine coatings under the Seaguard brand.",
        [("calder-paints", "OWNS", "seaguard")],
        [],
    ),
]

BANK = APPOSED + GAP_CASES
GAPS: dict[str, str] = {
    "Norlund Kitchens makes": "a second made product after the first one's nouns is not read",
    "Bramwell Energy acquired": "the name after a ranked possessive description is not the object",
    "Mossgrove's controlling": "a possessive 'controlling shareholder' appositive is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_owns29(case: Case) -> None:
    check(*case)
