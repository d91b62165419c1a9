"""Place readings of round 40 (invented sentences, several sectors).

A named organization or project that an appositive describes as a site stands where that
site stands (`relations.named_sites`, and `located.from_place` for "a NOUN in P"), now also
when the description's noun is a venue, a works or a project noun and not only an owner's
site noun:

- a venue or works noun of `apposed_sites` ("a 20,000-seat stadium", "a glass museum being
  built in an old warehouse in P", "a 140-year-old glassworks near P", "a summer camp in P");
- a project noun ("a 900-home development near P", "a housing scheme on old dock land in P");
- two site nouns joined by "and" ("a stadium and housing scheme", "a hotel and casino");
- a town whose name joins its river by a lower-case "nad" ("Velno nad Orlou") is one place.

A description that only plans the site ("a stadium it hopes to build in P"), a person so
described, and the firm that pays for, buys or visits the site are not placed there.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

NAMED_SITES: list[Case] = [
    (  # football: a stadium and housing scheme on old ground, then the town
        "Harlow Rovers want to leave their old ground. The club's owner, Kestrel Sports "
        "Capital, will pay for Dunmere Park, a £180 million stadium and housing scheme on "
        "former dock land in Penmarrow, the club said.",
        [("dunmere-park", "LOCATED_IN", "penmarrow")],
        [("kestrel-sports-capital", "LOCATED_IN", "penmarrow")],
    ),
    (  # culture: a museum being built in an old building in the town
        "The Arlen Foundation was set up in 2019. It is paying for the Museo del Vetro, a "
        "glass museum being built in an old warehouse in Corvello and due to open in 2028.",
        [("museo-del-vetro", "LOCATED_IN", "corvello")],
        [("arlen-foundation", "LOCATED_IN", "corvello")],
    ),
    (  # lab glass: a works noun, "near" and a town joined to its river by "nad"
        "Brenn Labware said on Monday it had bought Kelvo Glass. Kelvo Glass, a "
        "140-year-old glassworks near Velno nad Orlou, still blows flasks by hand.",
        [("kelvo-glass", "LOCATED_IN", "velno-nad-orlou")],
        [("brenn-labware", "LOCATED_IN", "velno-nad-orlou")],
    ),
    (  # leisure: a camp in a county, the buyer not placed
        "Trailpine Camps bought Cedar Hollow in 2023. Every summer children swim at Cedar "
        "Hollow, a boys-and-girls camp in Marlow County, and sleep in wooden cabins.",
        [("cedar-hollow", "LOCATED_IN", "marlow-county")],
        [("trailpine-camps", "LOCATED_IN", "marlow-county")],
    ),
    (  # housing: a project noun as the description's head
        "Brightwell Homes reported higher sales. Brightwell is selling plots at Ardley "
        "Fields, a 900-home development near Kelsby, to first-time buyers.",
        [("ardley-fields", "LOCATED_IN", "kelsby")],
        [],
    ),
    (  # gaming: two site nouns joined by "and"
        "Orla Resorts said revenue rose. Its largest property is Bay Crown, a hotel and "
        "casino in Marwick that it opened in 2015.",
        [("bay-crown", "LOCATED_IN", "marwick")],
        [],
    ),
]

NOT_PLACED: list[Case] = [
    (  # a stadium only hoped for: a plan, no site yet
        "Tarrow Athletic has a new owner. He wants to move the club to Harbour Ground, a "
        "15,000-seat stadium he hopes to build in Ashby.",
        [],
        [("harbour-ground", "LOCATED_IN", "ashby")],
    ),
    (  # a person described by a site noun: no organization placed
        "Trailpine Camps hired Anna Berg last year. Anna Berg, a camp counsellor in Marlow "
        "County, now runs its training.",
        [],
        [
            ("anna-berg", "LOCATED_IN", "marlow-county"),
            ("trailpine-camps", "LOCATED_IN", "marlow-county"),
        ],
    ),
    (  # a project noun that heads no site ("a development bank"): nothing from the noun
        "Harrow Capital said on Monday it lends to farmers. Harrow Capital, a development "
        "lender, opened offices last year.",
        [],
        [("harrow-capital", "LOCATED_IN", "harrow")],
    ),
]


@pytest.mark.parametrize("case", NAMED_SITES, ids=lambda c: c[0][:48])
def test_named_sites(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", NOT_PLACED, ids=lambda c: c[0][:48])
def test_not_placed(case: Case) -> None:
    check(*case)
