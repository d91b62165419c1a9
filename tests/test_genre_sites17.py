"""Genre bank for sites whose place is found but whose tie to the owner was missed (round 17).

A firm working on its own site ("is upgrading its Lyon plant", "reopened its Bristol bakery")
sits in the site's town; so does a firm whose one site noun two or three towns modify ("Tarvo
Steel's London and Paris offices"), a firm whose counted sites are listed after a comma ("runs
three mills, in A, B and C") and the organization a passive of owning or running names after a
site ("The Antwerp mill, owned by Tarvo Steel,"). Sold, supplied or financed sites, a person's
site, a site whose owner is unclear ("help Y upgrade its plant") and a firm's market give
nothing.

Each case is a short invented text (relations that must be found, relations that must not be),
across steel, paper, food, cars, logistics, energy, dairy and chemicals.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

WORKED_SITES: list[Case] = [
    (  # steel: a progressive verb of upgrading the subject's own site
        "Tarvo Steel is upgrading its Antwerp plant.",
        [("tarvo-steel", "LOCATED_IN", "antwerp")],
        [],
    ),
    (  # paper: a future upgrade
        "Calder Paper will upgrade its Glasgow mill next year.",
        [("calder-paper", "LOCATED_IN", "glasgow")],
        [],
    ),
    (  # food: reopened after a fire
        "Halvik Foods reopened its Bristol bakery in May, after a fire.",
        [("halvik-foods", "LOCATED_IN", "bristol")],
        [],
    ),
    (  # cars: idled for two weeks
        "Brenna Motors idled its Lyon factory for two weeks.",
        [("brenna-motors", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # cars: an infinitive of purpose, "the company" subject in a second sentence
        "Brenna Motors reported higher sales. The company will spend $40 million to modernise "
        "its Lyon factory.",
        [("brenna-motors", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # guard: whose factory? "help Y upgrade its plant" names two owners
        "Brenna Motors will help Orvik Auto upgrade its Lyon factory.",
        [],
        [("brenna-motors", "LOCATED_IN", "lyon")],
    ),
    (  # guard: a sale of the site
        "Brenna Motors agreed to sell its Lyon factory to Orvik Auto.",
        [],
        [("brenna-motors", "LOCATED_IN", "lyon")],
    ),
]

PAIRED_SITES: list[Case] = [
    (  # steel: a name's possessive, two towns, one site noun
        "Tarvo Steel's Antwerp and Hamburg plants will close for a week.",
        [("tarvo-steel", "LOCATED_IN", "antwerp"), ("tarvo-steel", "LOCATED_IN", "hamburg")],
        [],
    ),
    (  # services: offices
        "Quillex Chemicals's London and Paris offices will close.",
        [
            ("quillex-chemicals", "LOCATED_IN", "london"),
            ("quillex-chemicals", "LOCATED_IN", "paris"),
        ],
        [],
    ),
    (  # food: "said its A and B bakeries" in a reported clause
        "Halvik Foods said its Leeds and Bristol bakeries would hire 200 people.",
        [("halvik-foods", "LOCATED_IN", "leeds"), ("halvik-foods", "LOCATED_IN", "bristol")],
        [],
    ),
    (  # logistics: three towns
        "Brisk Logistics runs its Glasgow, Leeds and Bristol depots around the clock.",
        [
            ("brisk-logistics", "LOCATED_IN", "glasgow"),
            ("brisk-logistics", "LOCATED_IN", "leeds"),
            ("brisk-logistics", "LOCATED_IN", "bristol"),
        ],
        [],
    ),
    (  # paper: the pair with an aside after it
        "Calder Paper's Glasgow and Leeds mills, owned by the group since 1990, make tissue.",
        [("calder-paper", "LOCATED_IN", "glasgow"), ("calder-paper", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard: sold sites
        "Tarvo Steel sold its Leeds and Bristol depots to Brask Metals.",
        [],
        [("tarvo-steel", "LOCATED_IN", "leeds"), ("tarvo-steel", "LOCATED_IN", "bristol")],
    ),
    (  # guard: no owner of the stores
        "Shoppers at London and Paris stores of rivals spent less, Quillex Chemicals said.",
        [],
        [("quillex-chemicals", "LOCATED_IN", "london")],
    ),
]

COUNTED_SITES: list[Case] = [
    (  # steel: "runs three mills, in A, B and C"
        "Tarvo Steel runs three mills, in Antwerp, Manchester and Glasgow.",
        [
            ("tarvo-steel", "LOCATED_IN", "antwerp"),
            ("tarvo-steel", "LOCATED_IN", "manchester"),
            ("tarvo-steel", "LOCATED_IN", "glasgow"),
        ],
        [],
    ),
    (  # food: four towns, one of which could pass for a region after a comma
        "Halvik Foods operates four bakeries, in Leeds, York, Bristol and Manchester.",
        [
            ("halvik-foods", "LOCATED_IN", "leeds"),
            ("halvik-foods", "LOCATED_IN", "york"),
            ("halvik-foods", "LOCATED_IN", "bristol"),
            ("halvik-foods", "LOCATED_IN", "manchester"),
        ],
        [],
    ),
    (  # energy: "has two refineries, in A and B"
        "Ostrel Energy has two refineries, in Antwerp and Hamburg.",
        [("ostrel-energy", "LOCATED_IN", "antwerp"), ("ostrel-energy", "LOCATED_IN", "hamburg")],
        [],
    ),
    (  # guard: supplying counted mills is no owning
        "Tarvo Steel supplies three mills, in Antwerp, Manchester and Glasgow.",
        [],
        [("tarvo-steel", "LOCATED_IN", "antwerp")],
    ),
    (  # guard: sold mills
        "Brask Metals sold three mills, in Antwerp and Glasgow, last year.",
        [],
        [("brask-metals", "LOCATED_IN", "antwerp")],
    ),
    (  # guard: staff are no site
        "Tarvo Steel has 500 staff, in Leeds and Glasgow.",
        [],
        [("tarvo-steel", "LOCATED_IN", "leeds")],
    ),
]

OWNED_SITES: list[Case] = [
    (  # steel: "the C SITE, owned by ORG,"
        "The Antwerp mill, owned by Tarvo Steel, was idled.",
        [("tarvo-steel", "LOCATED_IN", "antwerp")],
        [],
    ),
    (  # energy: "the SITE in C, which is run by ORG"
        "The refinery in Hamburg, which is run by Ostrel Energy, will close.",
        [("ostrel-energy", "LOCATED_IN", "hamburg")],
        [],
    ),
    (  # logistics: "operated by"
        "The Glasgow depot, operated by Brisk Logistics, handles parcels.",
        [("brisk-logistics", "LOCATED_IN", "glasgow")],
        [],
    ),
    (  # guard: sold by
        "The Antwerp mill, sold by Tarvo Steel last year, was idled.",
        [],
        [("tarvo-steel", "LOCATED_IN", "antwerp")],
    ),
    (  # guard: financed by a bank
        "The Antwerp mill, financed by Calder Bank, opened in May.",
        [],
        [("calder-bank", "LOCATED_IN", "antwerp")],
    ),
    (  # guard: a person's hotel is no organization's seat
        "The Glasgow hotel, owned by John Reid, has 40 rooms.",
        [],
        [("john-reid", "LOCATED_IN", "glasgow")],
    ),
]

HELD: list[Case] = [
    (  # must still give: a move of headquarters places the new seat only
        "Quillex Chemicals moved its headquarters to Lyon from Paris.",
        [("quillex-chemicals", "LOCATED_IN", "lyon")],
        [("quillex-chemicals", "LOCATED_IN", "paris")],
    ),
    (  # guard: an analyst's bank in London is the bank's, not the speaker's
        "Prices rose, said Ann Roe, an analyst at Kelso Bank in London.",
        [],
        [("ann-roe", "LOCATED_IN", "london")],
    ),
    (  # guard: a market
        "Quillex Chemicals sells most of its glue in France.",
        [],
        [("quillex-chemicals", "LOCATED_IN", "france")],
    ),
    (  # guard: a listing
        "Oslo-listed Quillex Chemicals cut jobs.",
        [],
        [("quillex-chemicals", "LOCATED_IN", "oslo")],
    ),
]

GAP_CASES: list[Case] = [
    (  # a second town no gazetteer knows is typed an organization before a site noun
        "Tarvo Steel said its Antwerp and Rotterdam mills would run at full speed.",
        [("tarvo-steel", "LOCATED_IN", "rotterdam")],
        [],
    ),
    (  # "in the Texas city of Houston": the city the gazetteer lists, not the state
        "Tarvo Steel is headquartered in the Texas city of Houston.",
        [("tarvo-steel", "LOCATED_IN", "houston")],
        [("tarvo-steel", "LOCATED_IN", "texas")],
    ),
    (  # a list whose towns carry their countries: only the first town is read
        "Tarvo Steel has plants in Lyon, France, and Hamburg, Germany.",
        [("tarvo-steel", "LOCATED_IN", "lyon"), ("tarvo-steel", "LOCATED_IN", "hamburg")],
        [],
    ),
    (  # "The mine" in a later sentence does not go back to the named project
        "Ostrel Mining owns Tolley. The mine, located in northern Chile, produced 200,000 tonnes.",
        [("tolley", "LOCATED_IN", "chile")],
        [],
    ),
]

BANK = WORKED_SITES + PAIRED_SITES + COUNTED_SITES + OWNED_SITES + HELD + GAP_CASES
GAPS: dict[str, str] = {
    "Tarvo Steel has plants in Lyon, France,": "places with a country after them: list not read",
    "Ostrel Mining owns Tolley. The mine": "'the mine' does not refer back to a named project",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_sites17(case: Case) -> None:
    check(*case)
