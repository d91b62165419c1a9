"""Genre bank for possessive binding (round 15): "its" before a role, unit or founder, and
"its" before a site noun, bound to the firm its own clause is about rather than the most
salient one.

- seller: "buy B, <appositive or relative>, for <price> from its founder P": its = B;
- act: "accuse/approach/ask X of/about/to V-ing its <unit>": its = X;
- site: "sued/accused X, alleging/saying that ... its works in P": X; "built by Y at its yard",
  "came from Y, built at its yard": Y.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, software, brewing, logistics, energy, retail, shipbuilding, chemicals and
optics. Guards: "with a loan from its founder" (no seller), victim acts ("poaching staff from
its unit": the accuser's), a seller company, clause subjects that still own their sites.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SELLER: list[Case] = [
    (  # food: appositive on the bought firm, then a price, then "from its founder"
        "Corvane Foods agreed to acquire Linby Bakeries, a chain of 60 shops, for £70m from its "
        "founder, Tom Ashcroft.",
        [
            ("corvane-foods", "OWNS", "linby-bakeries"),
            ("tom-ashcroft", "FOUNDED", "linby-bakeries"),
        ],
        [("tom-ashcroft", "FOUNDED", "corvane-foods")],
    ),
    (  # software: appositive with "of", a time adjunct, a co-founder
        "Orbis Capital bought Telmar Apps, the maker of a budgeting tool, last year from its "
        "co-founder Nadia Frell.",
        [
            ("orbis-capital", "OWNS", "telmar-apps"),
            ("nadia-frell", "FOUNDED", "telmar-apps"),
        ],
        [("nadia-frell", "FOUNDED", "orbis-capital")],
    ),
    (  # brewing: relative clause, then a price
        "Gansey Partners is buying Holt Breweries, which runs two brewhouses, for $40 million "
        "from its founder Iver Spake.",
        [
            ("gansey-partners", "OWNS", "holt-breweries"),
            ("iver-spake", "FOUNDED", "holt-breweries"),
        ],
        [("iver-spake", "FOUNDED", "gansey-partners")],
    ),
    (  # guard: "with a loan from its founder": the buyer's founder pays, no seller
        "Corvane Foods bought Linby Bakeries, a chain of 60 shops, with a loan from its founder "
        "Tom Ashcroft.",
        [("corvane-foods", "OWNS", "linby-bakeries")],
        [("tom-ashcroft", "FOUNDED", "linby-bakeries")],
    ),
    (  # must still give: nothing between
        "Fjordal Media acquired Orlen Radio from its founder, Ivo Marsk, six years ago.",
        [
            ("fjordal-media", "OWNS", "orlen-radio"),
            ("ivo-marsk", "FOUNDED", "orlen-radio"),
        ],
        [],
    ),
]

ACT: list[Case] = [
    (  # logistics: "accused X of using its subsidiary, S": X owns S
        "Harwell Logistics also accused Denmoor Group of using its trucking subsidiary, Pellow "
        "Freight, to squeeze smaller rivals.",
        [
            ("denmoor-group", "OWNS", "pellow-freight"),
            ("harwell-logistics", "DISPUTES", "denmoor-group"),
        ],
        [("harwell-logistics", "OWNS", "pellow-freight")],
    ),
    (  # energy: "approached X about selling its arm, S"
        "Brightwater Energy approached Tolland Power about selling its grid arm, Kesh Networks.",
        [("tolland-power", "OWNS", "kesh-networks")],
        [("brightwater-energy", "OWNS", "kesh-networks")],
    ),
    (  # retail: pronoun subject, "accuses X of running its unit"
        "Marrow Retail filed a complaint in May. It accuses Oakby Stores of running its "
        "discount unit, Pennyway, at a loss to drive rivals out.",
        [("oakby-stores", "OWNS", "pennyway")],
        [("marrow-retail", "OWNS", "pennyway")],
    ),
    (  # guard: a victim act keeps the accuser's unit
        "Harwell Logistics accused Denmoor Group of poaching drivers from its trucking "
        "subsidiary, Pellow Freight.",
        [("harwell-logistics", "OWNS", "pellow-freight")],
        [("denmoor-group", "OWNS", "pellow-freight")],
    ),
    (  # energy: "urged X to sell its unit, S"
        "Activist fund Grell Partners urged Marrow Retail to sell its furniture unit, Oakby Home.",
        [("marrow-retail", "OWNS", "oakby-home")],
        [("grell-partners", "OWNS", "oakby-home")],
    ),
    (  # guard: an act of buying may be either side's part: left to salience (the asker)
        "Tolland Power asked Brightwater Energy to buy its grid arm, Kesh Networks.",
        [("tolland-power", "OWNS", "kesh-networks")],
        [],
    ),
    (  # guard: no asking verb before the named object
        "Harwell Logistics and Denmoor Group met in May. Harwell later sold its trucking "
        "subsidiary, Pellow Freight.",
        [("harwell-logistics", "OWNS", "pellow-freight")],
        [("denmoor-group", "OWNS", "pellow-freight")],
    ),
    (  # must still give: a judged act at "its" site (act_binder)
        "Selwyn Pharma attacked Ravello Labs for cutting jobs at its plant in Dunmore.",
        [("ravello-labs", "LOCATED_IN", "dunmore")],
        [("selwyn-pharma", "LOCATED_IN", "dunmore")],
    ),
]

SITE: list[Case] = [
    (  # chemicals: "sued X, alleging that waste from its works in P"
        "Ostrava Paints sued Quenby Chemicals, alleging that waste from its works in Tarrow "
        "polluted a river.",
        [
            ("quenby-chemicals", "LOCATED_IN", "tarrow"),
            ("ostrava-paints", "DISPUTES", "quenby-chemicals"),
        ],
        [("ostrava-paints", "LOCATED_IN", "tarrow")],
    ),
    (  # metals: "saying" without "that", a plant
        "Lindqvist Farms has sued Morrow Metals, saying run-off from its plant in Kellby fouled "
        "a lake.",
        [("morrow-metals", "LOCATED_IN", "kellby")],
        [("lindqvist-farms", "LOCATED_IN", "kellby")],
    ),
    (  # cement: "accused X, claiming that dust from its factory in P"
        "Harrow Water accused Bexley Cement, claiming that dust from its factory in Ormby "
        "harmed crops.",
        [("bexley-cement", "LOCATED_IN", "ormby")],
        [("harrow-water", "LOCATED_IN", "ormby")],
    ),
    (  # shipbuilding: the by-agent of a passive owns the yard
        "Norland Ferries ordered two ships in 2021. The ferry Aurora was built by Veldt "
        "Shipbuilding at its yard in Harnby.",
        [("veldt-shipbuilding", "LOCATED_IN", "harnby")],
        [("norland-ferries", "LOCATED_IN", "harnby")],
    ),
    (  # shipbuilding: "came from Y, built at its P yard"
        "Norland Ferries took delivery this week. The Marisol and her sister ship came from "
        "Veldt Shipbuilding, built at its Harnby yard.",
        [("veldt-shipbuilding", "LOCATED_IN", "harnby")],
        [("norland-ferries", "LOCATED_IN", "harnby")],
    ),
    (  # quarrying: a council's claim, "blasting at its site in P"
        "Drayton Homes accused Helby Quarries, alleging that blasting at its site in Ormsby "
        "cracked walls.",
        [("helby-quarries", "LOCATED_IN", "ormsby")],
        [("drayton-homes", "LOCATED_IN", "ormsby")],
    ),
    (  # wind: a by-agent, then a reporting tail naming another firm
        "The blades were assembled by Halden Rotors at its plant in Selby, Mistral Power said.",
        [("halden-rotors", "LOCATED_IN", "selby")],
        [("mistral-power", "LOCATED_IN", "selby")],
    ),
    (  # guard: a second clause with its own subject owns its yard
        "The hull was built by Veldt Shipbuilding in Harnby, and Norland Ferries fitted it "
        "out at its yard in Tolby.",
        [("norland-ferries", "LOCATED_IN", "tolby")],
        [("veldt-shipbuilding", "LOCATED_IN", "tolby")],
    ),
    (  # guard: a reporting participle after a plain object is no claim
        "Ostrava Paints hired Quenby Chemicals, saying that its works in Tarrow needed cleaning.",
        [],
        [("quenby-chemicals", "LOCATED_IN", "tarrow")],
    ),
    (  # must still give: a relative's own subject
        "Ostby Brewing sells a lager that Kettle Maltings brews at its own site in Fenwick.",
        [("kettle-maltings", "LOCATED_IN", "fenwick")],
        [("ostby-brewing", "LOCATED_IN", "fenwick")],
    ),
    (  # must still give: the subject after a participle aside
        "Lensby Optics, headquartered in Kellmouth, will grind the lenses in its Fenby plant.",
        [("lensby-optics", "LOCATED_IN", "kellmouth"), ("lensby-optics", "LOCATED_IN", "fenby")],
        [],
    ),
    (  # must still give: the subject's own factory
        "Slepton Beds makes its mattress in its Harnby factory.",
        [("slepton-beds", "LOCATED_IN", "harnby")],
        [],
    ),
    (  # guard: the plaintiff's own plant in its own clause
        "Ostrava Paints, which runs its main works in Tarrow, sued Quenby Chemicals.",
        [
            ("ostrava-paints", "LOCATED_IN", "tarrow"),
            ("ostrava-paints", "DISPUTES", "quenby-chemicals"),
        ],
        [("quenby-chemicals", "LOCATED_IN", "tarrow")],
    ),
]

BANK = SELLER + ACT + SITE
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_possess15(case: Case) -> None:
    check(*case)
