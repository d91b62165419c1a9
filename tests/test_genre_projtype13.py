"""Genre bank for projects named by a naming verb, a facility appositive or a head noun (round
13): "the programme, which X launched under the name G", "a stadium plan that insiders nickname
M", "the scheme, which the partners now call V", "a new workshop, known as W" (the noun before
the naming verb decides: programme, scheme, plan, site, workshop -> Project); "K, an onshore
fish farm that Y is building", "H, a storage reservoir Y is filling", "C, a constellation of
satellites" (facility heads); "Tallis Ridge Phase II" (a phase of a project); a fund with a
series numeral ("X Growth Fund III, a closed-end vehicle") is an Organization.

Each case is a short invented text, the names it must resolve with their types, and names that
must not be entities; across food, mining, shipping, pharma, retail, media, finance, energy,
water, defence, housing and sport. Guards: the same names with a firm head in the appositive
("a care home operator", "a fish-farming company"), a naming verb after a firm noun ("the
venture, called X" stays with its head), "called X, a subscription service" (Product), a
person "known as" a nickname, "Fund" as a firm's own name.
"""

from __future__ import annotations

import pytest
from construction_check import check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

NAMING: list[TypeCase] = [
    (  # defence: "under the name" after a programme
        "The programme, which Selvane Defence launched under the name Greyline, will cost $3bn.",
        {"Greyline": "Project", "Selvane Defence": "Organization"},
        [],
    ),
    (  # energy: "which the partners now call" after a scheme
        "Dornier Grid and Kallis Power signed a joint scheme, which the partners now call Vesna.",
        {"Vesna": "Project", "Dornier Grid": "Organization"},
        [],
    ),
    (  # sport: "a plan that insiders nickname"
        "Brightwell United unveiled a stadium plan that insiders nickname Moorgate Fields.",
        {"Moorgate Fields": "Project", "Brightwell United": "Organization"},
        [],
    ),
    (  # retail: "nicknamed" right after the noun
        "Corlane Stores is building a giant warehouse, nicknamed Ostberg, near the port.",
        {"Ostberg": "Project", "Corlane Stores": "Organization"},
        [],
    ),
    (  # mining: "known as" after a site noun
        "Ferrox Mining drilled a new site, known as Tallow Creek, last year.",
        {"Tallow Creek": "Project", "Ferrox Mining": "Organization"},
        [],
    ),
    (  # food: "under the name" after a plan
        "Quenby Dairies unveiled a plan under the name Greenmoor to double its output.",
        {"Greenmoor": "Project", "Quenby Dairies": "Organization"},
        [],
    ),
    (  # shipping: "which it calls" after a terminal
        "Pellam Ports will open a terminal, which it calls Harwick Reach, in 2027.",
        {"Harwick Reach": "Project", "Pellam Ports": "Organization"},
        [],
    ),
    (  # housing: "dubbed" after a development
        "Grenby Homes is behind a development dubbed Ashcombe Rise.",
        {"Ashcombe Rise": "Project", "Grenby Homes": "Organization"},
        [],
    ),
    (  # pharma: "the effort, which Tarvo calls" (effort is a project noun)
        "The effort, which Tarvo Pharma calls Lantern, tests three vaccines.",
        {"Lantern": "Project", "Tarvo Pharma": "Organization"},
        [],
    ),
]

FACILITIES: list[TypeCase] = [
    (  # food: fish farm in an appositive, a place word ending the name
        "Ostrava Seafood is investing in Kelpie Bay, an onshore fish farm that Marrow Aqua is "
        "building.",
        {"Kelpie Bay": "Project", "Marrow Aqua": "Organization"},
        [],
    ),
    (  # water: a reservoir in an appositive
        "Hessle Water is filling Marrow Fen, a storage reservoir north of the city.",
        {"Marrow Fen": "Project", "Hessle Water": "Organization"},
        [],
    ),
    (  # media/space: a constellation
        "Starline Orbital raised money for Corvid, a constellation of 300 small satellites.",
        {"Corvid": "Project", "Starline Orbital": "Organization"},
        [],
    ),
    (  # energy: a tidal barrage
        "Tessa Grid is building Greyscar, a tidal barrage across the estuary.",
        {"Greyscar": "Project", "Tessa Grid": "Organization"},
        [],
    ),
    (  # housing: a care village (already known) still a project
        "Ferncastle Homes is building Harlow Point, a care village under construction near "
        "Wexbury.",
        {"Harlow Point": "Project", "Ferncastle Homes": "Organization"},
        [],
    ),
    (  # shipping: a terminal being built by a firm
        "The Halby Terminal, a container terminal being built by Pellam Ports, opens in 2027.",
        {"Halby Terminal": "Project", "Pellam Ports": "Organization"},
        [],
    ),
    (  # mining: a phase of a project
        "Ferrox Mining is developing Tallis Ridge Phase II.",
        {"Tallis Ridge Phase II": "Project", "Ferrox Mining": "Organization"},
        [],
    ),
    (  # energy: a phase with an arabic numeral
        "Orrin Solar has started work on Dunmore Phase 2.",
        {"Dunmore Phase 2": "Project", "Orrin Solar": "Organization"},
        [],
    ),
    (  # shipping: a later phase of a terminal
        "Harwick Marine won the dredging contract for Kelda Quay Phase III.",
        {"Kelda Quay Phase III": "Project", "Harwick Marine": "Organization"},
        [],
    ),
    (  # water: head noun after the name
        "Hessle Water is building the Marrow Fen reservoir.",
        {"Marrow Fen": "Project", "Hessle Water": "Organization"},
        [],
    ),
    (  # space: head noun after the name
        "Starline Orbital is launching the Corvid constellation this year.",
        {"Corvid": "Project", "Starline Orbital": "Organization"},
        [],
    ),
]

FUNDS: list[TypeCase] = [
    (  # finance: a fund with a series numeral, a vehicle
        "Pellam Growth Fund III, a closed-end vehicle, invested in Dask Robotics.",
        {"Pellam Growth Fund III": "Organization", "Dask Robotics": "Organization"},
        [],
    ),
    (  # finance: a pension scheme owns
        "The Northmoor Retirement Scheme owns 8% of Pellow Grain.",
        {"Northmoor Retirement Scheme": "Organization", "Pellow Grain": "Organization"},
        [],
    ),
    (  # retail: a JV company stays an organization
        "Kervan Foods bought a majority share of Lindle Seating, a JV with Arvo Furniture.",
        {"Lindle Seating": "Organization", "Kervan Foods": "Organization"},
        [],
    ),
]

FUNDS += [
    (  # manufacturing: a government fund described as a scheme
        "The Harwell Manufacturing Fund, a government scheme, lent $5m to Dask Robotics.",
        {"Harwell Manufacturing Fund": "Organization", "Dask Robotics": "Organization"},
        [],
    ),
    (  # mining: a state fund after "from"
        "Orrin Metals got a grant from the Coastal Renewal Fund, a state scheme run by the "
        "ministry.",
        {"Coastal Renewal Fund": "Organization", "Orrin Metals": "Organization"},
        [],
    ),
]

GUARDS: list[TypeCase] = [
    (  # a firm head in the appositive
        "Harlow Point, a care home operator, was bought by Ferncastle Homes.",
        {"Harlow Point": "Organization", "Ferncastle Homes": "Organization"},
        [],
    ),
    (  # a firm that farms fish
        "Kelpie Marine, a fish-farming company, sold its boats to Marrow Aqua.",
        {"Kelpie Marine": "Organization", "Marrow Aqua": "Organization"},
        [],
    ),
    (  # a service named by "called": a product
        "Telmar Mobile launched a plan called Orla, a subscription service for students.",
        {"Orla": "Product", "Telmar Mobile": "Organization"},
        [],
    ),
    (  # a person known by a nickname
        "The founder, Anna Pellow, known as Annie, left Quenby Dairies in May.",
        {"Anna Pellow": "Person", "Quenby Dairies": "Organization"},
        [],
    ),
    (  # "under the name" after a company noun: a firm trading under a name
        "The company, which Dask Robotics set up under the name Velora, now employs 80.",
        {"Velora": "Organization", "Dask Robotics": "Organization"},
        [],
    ),
    (  # "the X plant" of a firm: the firm stays an organization
        "Workers at the Tarrow Energy plant went on strike.",
        {"Tarrow Energy": "Organization"},
        [],
    ),
    (  # a phase word inside a firm name
        "Phase Eight Capital invested in Orrin Solar.",
        {"Phase Eight Capital": "Organization", "Orrin Solar": "Organization"},
        [],
    ),
]

GUARDS += [
    (  # a scheme with no fund word stays a project
        "Quenby Bank runs a lending plan known as Greenstart for small farms.",
        {"Greenstart": "Project", "Quenby Bank": "Organization"},
        [],
    ),
    (  # a shop nicknamed by locals: a shop is no project noun
        "The shop, which locals nickname Big Mabel, closed in May.",
        {"Big Mabel": "Organization"},
        [],
    ),
]

GAPS: dict[str, str] = {
    "Orrin Solar has started work on Dunmore Phase 2": "mentions.py cuts the digit (names13)",
}


@pytest.mark.parametrize("case", gap_params(NAMING + FACILITIES + FUNDS + GUARDS, GAPS))
def test_genre_projtype13(case: TypeCase) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)


def test_project_alias_with_head_noun() -> None:
    """A project named with its head noun keeps that form as an alias ("Marrow Fen reservoir");
    a firm before "plant" gets none."""
    from loaders.article import extract

    doc = extract(
        "Hessle Water is building the Marrow Fen reservoir. Workers at the Tarrow Energy "
        "plant went on strike."
    )
    aliases = {e.name: list(e.aliases) for e in doc.entities.values()}
    assert aliases.get("Marrow Fen") == ["Marrow Fen reservoir"], aliases
    assert aliases.get("Tarrow Energy") == [], aliases
