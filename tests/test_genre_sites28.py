"""Genre bank for sites read outside the subject-verb shape (round 28, sites).

A numbered list item's description ("4. Halvane Dairy. The Tarbes cooperative ...") is the
item's firm, not the article's first; "Hanover" is a city, no demonym of Hanoi; later sites of a
holding verb's object list ("operates five creameries in Wales, including a butter plant in
Brecon") are the subject's; a second site after an owner's own site ("its works in A, while a
second mill in B") is the owner's; a site before ", where" a firm works ("the bottling plant in
Ayr, where Brenlow fills its cans") is that firm's.

Each case is a short invented text (relations that must be found, relations that must not be),
across dairy, recycling, sanitation, bakery, cheese, horticulture, fuel, locks, paper,
soft drinks, brewing and events.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ITEMS: list[Case] = [
    (  # dairy ranking: each item's description is its own firm's
        "The Creamery Dozen: the dairies that impressed us\n\n"
        "Our panel ranks the dairies that did most for farmers this year.\n\n"
        "1. Halvane Dairy. The Tarbes cooperative, set up in 1948, leads the table again.\n\n"
        "2. Morlec Fromages. The Lyon firm, which makes soft cheese from goat milk, ranks last "
        "this year.",
        [("morlec-fromages", "LOCATED_IN", "lyon")],
        [("halvane-dairy", "LOCATED_IN", "lyon")],
    ),
    (  # recycling ranking: the description after a later item
        "The Scrap List: six recyclers worth watching\n\n"
        "Every year we rank the recyclers that sorted the most waste.\n\n"
        "1. Grindwell. Grindwell shreds old tyres into rubber crumb for sports pitches.\n\n"
        "2. Pellacor. The Gdynia company, which melts plastic crates into pallets, moves up to "
        "second. Pellacor sells most of its pallets to grocers.",
        [("pellacor", "LOCATED_IN", "gdynia")],
        [("grindwell", "LOCATED_IN", "gdynia")],
    ),
    (  # guard: no numbered heading, the description stays with the firm in view
        "Grindwell shreds old tyres into rubber crumb. The Gdynia company, founded in 2015, "
        "employs 80 people.",
        [("grindwell", "LOCATED_IN", "gdynia")],
        [],
    ),
]

TOWNS: list[Case] = [
    (  # sanitation: Hanover in a hyphenated seat
        "Klarwerk, a Hanover-based maker of public toilets, said it would appeal the ruling.",
        [("klarwerk", "LOCATED_IN", "hanover")],
        [],
    ),
    (  # sanitation: Hanover after "based in"
        "Toilet makers merge\n\nSpulmann Systeme is based in Hanover and sells cubicles to "
        "railway stations.",
        [("spulmann-systeme", "LOCATED_IN", "hanover")],
        [],
    ),
]

HELD: list[Case] = [
    (  # cheese: a site after "including" in the object list
        "Veldmoor Foods, which a farmer set up in 1961, runs five dairies in Denmark, including "
        "a cheese plant in Esbjerg.",
        [("veldmoor-foods", "LOCATED_IN", "esbjerg")],
        [("veldmoor-foods", "LOCATED_IN", "denmark")],
    ),
    (  # fuel: a site after "as well as"
        "Marrick Fuels is a big supplier of heating oil. Marrick Fuels operates 12 depots in "
        "Wales as well as a storage terminal in Milford Haven.",
        [("marrick-fuels", "LOCATED_IN", "milford-haven")],
        [],
    ),
    (  # guard: a customer named in the list ends it
        "Tessin Logistics operates two depots in Leeds and supplies a cold store for Brackmoor "
        "Foods in Hull.",
        [("tessin-logistics", "LOCATED_IN", "leeds")],
        [("tessin-logistics", "LOCATED_IN", "hull")],
    ),
]

SECOND: list[Case] = [
    (  # locks: "while a second factory in B" after the owner's plant
        "Ostrel Locks assembles its padlocks at its works in Uppsala, while a second foundry in "
        "Olomouc casts the shackles.",
        [("ostrel-locks", "LOCATED_IN", "uppsala"), ("ostrel-locks", "LOCATED_IN", "olomouc")],
        [],
    ),
    (  # paper: "and another mill in B"
        "Corlith Paper makes board at its mill in Tampere and another mill in Oulu.",
        [("corlith-paper", "LOCATED_IN", "oulu")],
        [],
    ),
    (  # guard: a planned second site places nobody
        "Corlith Paper makes board at its mill in Tampere and plans a proposed second mill in "
        "Oulu.",
        [("corlith-paper", "LOCATED_IN", "tampere")],
        [("corlith-paper", "LOCATED_IN", "oulu")],
    ),
]

WHERE: list[Case] = [
    (  # soft drinks: the hall before ", where" the firm works
        "Staff at the bottling plant in Kelso, where Brenlow Drinks fills its cans, were told of "
        "the sale on Friday.",
        [("brenlow-drinks", "LOCATED_IN", "kelso")],
        [],
    ),
    (  # brewing: a hall, then the firm brewing there
        "Investors toured the brewhouse near Hexham, where Tyneholt Ales brews its stout.",
        [("tyneholt-ales", "LOCATED_IN", "hexham")],
        [],
    ),
    (  # guard: an event's venue
        "Shareholders gathered at the hotel in Bath, where Vornley Foods held its annual meeting.",
        [],
        [("vornley-foods", "LOCATED_IN", "bath")],
    ),
    (  # guard: a site the firm only supplies
        "The smelter in Tarnow, where Orvik Power supplies electricity, cut output.",
        [],
        [("orvik-power", "LOCATED_IN", "tarnow")],
    ),
    # review 28 F3: the where-clause must state a present or past fact of the firm working there
    (  # guard: a hope
        "The factory in Derby, where Quill Motors hopes to build vans, is empty.",
        [],
        [("quill-motors", "LOCATED_IN", "derby")],
    ),
    (  # guard: a future
        "The warehouse in Leeds, where Brenlow will store its grain, opens next year.",
        [],
        [("brenlow", "LOCATED_IN", "leeds")],
    ),
    (  # guard: a trial site run by someone else
        "The clinic in Turku, where Medra tested its drug, is run by the city.",
        [],
        [("medra", "LOCATED_IN", "turku")],
    ),
    (  # vaccines, guard: a plan
        "The plant in Graz, where Orvik Pharma plans to make vaccines, is idle.",
        [],
        [("orvik-pharma", "LOCATED_IN", "graz")],
    ),
    (  # haulage, guard: a modal
        "The depot in Hull, where Tarrow Logistics could park its trucks, was sold.",
        [],
        [("tarrow-logistics", "LOCATED_IN", "hull")],
    ),
    (  # vans, guard: a showcase
        "The hall in Bath, where Vorn Motors showcased its new van, is shut.",
        [],
        [("vorn-motors", "LOCATED_IN", "bath")],
    ),
    (  # steel: a present fact stays read
        "The mill in Ghent, where Vandel Steel makes its rails, is old.",
        [("vandel-steel", "LOCATED_IN", "ghent")],
        [],
    ),
]

GAPS_CASES: list[Case] = [
    (  # horticulture: a coordinated verb whose subject is a name before a founders' aside
        "Brindmoor Growers was founded in 1991 by Rik Pol and his brother, Piet Pol, and today "
        "runs two packhouses in Kent as well as a seed store in Ashford.",
        [("brindmoor-growers", "LOCATED_IN", "ashford")],
        [],
    ),
    (  # events: a colon list with "downtown" before the place
        "Tallon Leisure, which is based in Denver, operates three hotels: a lodge in downtown "
        "Boulder and a spa in Vail.",
        [("tallon-leisure", "LOCATED_IN", "boulder")],
        [],
    ),
    (  # bakery: a site after "with" in a subject's aside
        "Korrin Bakeries, with revenue of about €40 million and a bakehouse in Prato, outside "
        "Florence, was always likely to draw bidders.",
        [("korrin-bakeries", "LOCATED_IN", "prato")],
        [],
    ),
]

BANK = ITEMS + TOWNS + HELD + SECOND + WHERE + GAPS_CASES
GAPS: dict[str, str] = {
    "Brindmoor Growers was founded": "a coordinated verb's subject past a founders' aside",
    "Tallon Leisure, which": "a colon list's later items with 'downtown' before the town",
    "Korrin Bakeries, with": "a site after 'with' in a subject's aside",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_sites28(case: Case) -> None:
    check(*case)
