"""Genre bank for outlets, facilities and venues with their places (round 18).

An owner's plural sites spread over places put the owner in each place when the owner is a
possessive: "its 40 depots across Bavaria and Saxony", "Halvik Freight's 30 depots, most of them
in Ohio", "the bank's branches in Cork and Galway"; examples after a holding put the holder in
each ("counts 14 taprooms, among them its hall in Ghent and a bar in Lille"). A verb's subject
holding such sites ("runs 75 practices across Austria") stays a measured gap. A named venue or
institute followed by "in PLACE" ("the Halden Institute in Bergen") is in the place, with the
organization that runs it, and so is the owner of "the workshop of X in C".
Markets and customers are no sites, planned sites give nothing, a rival's sites are the
rival's, sites sold or supplied are not the seller's or the supplier's, and a court is no venue.

Each case is a short invented text (relations that must be found, relations that must not be),
across dentistry, health, freight, insurance, banking, solar, brewing, retail, leisure,
research, hotels and tools.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SPREAD: list[Case] = [
    (  # dentistry: "across" after a counted site, with an appositive on the subject
        "Velorant Dental, the country's largest chain of surgeries, runs 75 practices across "
        "Austria and Slovenia.",
        [
            ("velorant-dental", "LOCATED_IN", "austria"),
            ("velorant-dental", "LOCATED_IN", "slovenia"),
        ],
        [],
    ),
    (  # health: "across" a list of three towns
        "Tarsa Health runs 14 clinics across Leeds, Bristol and Glasgow.",
        [
            ("tarsa-health", "LOCATED_IN", "leeds"),
            ("tarsa-health", "LOCATED_IN", "bristol"),
            ("tarsa-health", "LOCATED_IN", "glasgow"),
        ],
        [],
    ),
    (  # care: the last town of a list has no place cue of its own
        "Mornell Care runs 9 homes across Leeds, Bristol and Cardiff.",
        [("mornell-care", "LOCATED_IN", "cardiff")],
        [],
    ),
    (  # freight: an interrupting quantifier "most of them in"
        "Corvane Freight has 30 depots, most of them in Ohio and Indiana.",
        [("corvane-freight", "LOCATED_IN", "ohio"), ("corvane-freight", "LOCATED_IN", "indiana")],
        [],
    ),
    (  # solar: "mostly near" a list
        "Sunmarsh Solar runs 22 parks, mostly near Almeria, Cadiz and Alicante.",
        [
            ("sunmarsh-solar", "LOCATED_IN", "almeria"),
            ("sunmarsh-solar", "LOCATED_IN", "cadiz"),
            ("sunmarsh-solar", "LOCATED_IN", "alicante"),
        ],
        [],
    ),
    (  # paints: "chiefly in" one region, "its" as the owner
        "Orvik Paints said its 40 warehouses, chiefly in Bavaria, would stay open.",
        [("orvik-paints", "LOCATED_IN", "bavaria")],
        [],
    ),
    (  # paints: "its" and a count, "across" two regions
        "Orvik Paints said its 40 depots across Bavaria and Saxony were full.",
        [("orvik-paints", "LOCATED_IN", "bavaria"), ("orvik-paints", "LOCATED_IN", "saxony")],
        [],
    ),
    (  # freight: a name's "'s", a count and "most of them in"
        "Halvik Freight's 30 depots, most of them in Ohio and Indiana, are busy.",
        [("halvik-freight", "LOCATED_IN", "ohio"), ("halvik-freight", "LOCATED_IN", "indiana")],
        [],
    ),
    (  # guard: an uncounted spread after "its" may be a market
        "Orvik Paints said its stores across Europe were busy.",
        [],
        [("orvik-paints", "LOCATED_IN", "europe")],
    ),
    (  # banking: the owner a possessive definite description ("the bank's branches")
        "Halden Bank cut costs. The bank's branches in Cork and Galway will close.",
        [("halden-bank", "LOCATED_IN", "cork"), ("halden-bank", "LOCATED_IN", "galway")],
        [],
    ),
    (  # insurance: a compound site noun with a possessive owner
        "Halden Insurance cut costs. Workers at the insurer's call centres in Porto, Braga and "
        "Faro described impossible quotas.",
        [("halden-insurance", "LOCATED_IN", "porto"), ("halden-insurance", "LOCATED_IN", "faro")],
        [],
    ),
    (  # retail: an inverted copula, then a relative clause with "across"
        "The biggest grocer in the region is Corvane Retail, which runs 12 stores across Aarhus "
        "and Odense.",
        [("corvane-retail", "LOCATED_IN", "aarhus"), ("corvane-retail", "LOCATED_IN", "odense")],
        [],
    ),
    (  # hotels: "a chain of N hotels across"
        "Kessby Inns has a chain of 40 hotels across Ireland.",
        [("kessby-inns", "LOCATED_IN", "ireland")],
        [],
    ),
    (  # brewing: examples after "among them", a possessed first member and a newer second one
        "The Ghent brewer Hopwerk now counts 14 taprooms, among them its original hall in Ghent "
        "and a newer bar in Lille.",
        [("hopwerk", "LOCATED_IN", "ghent"), ("hopwerk", "LOCATED_IN", "lille")],
        [],
    ),
    (  # dairy: a relative clause on the subject, "across" two regions
        "Ostrel Dairies, which operates 30 creameries across Normandy and Brittany, posted a "
        "profit.",
        [
            ("ostrel-dairies", "LOCATED_IN", "normandy"),
            ("ostrel-dairies", "LOCATED_IN", "brittany"),
        ],
        [],
    ),
    (  # lending: a possessive definite description over three towns
        "Norvik Lending cut its forecast. The lender's branches in Bergen, Tromso and Bodo will "
        "shut.",
        [("norvik-lending", "LOCATED_IN", "bergen"), ("norvik-lending", "LOCATED_IN", "tromso")],
        [],
    ),
    (  # retail: "including its flagship in" after a counted holding
        "Tarsa Retail runs 40 shops, including its flagship in Lyon.",
        [("tarsa-retail", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # hotels: "most in" after a counted holding
        "Kessby Inns owns 12 hotels, most in Ireland.",
        [("kessby-inns", "LOCATED_IN", "ireland")],
        [],
    ),
    (  # pharmacy: a pronoun subject after a named first sentence
        "Brisa Pharmacy grew fast. It now operates 60 pharmacies across Portugal.",
        [("brisa-pharmacy", "LOCATED_IN", "portugal")],
        [],
    ),
]

VENUES: list[Case] = [
    (  # research: a named institute then "in PLACE"
        "The research came out of the Halden Institute in Bergen.",
        [("halden-institute", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # robotics: a three-word academy after "with the"
        "The software came out of work with the Quorvik Robotics Academy in Delft.",
        [("quorvik-robotics-academy", "LOCATED_IN", "delft")],
        [],
    ),
    (  # hotels: an owning verb's object venue; the buyer is not placed
        "Kessby Inns bought the Norrland Hotel in Uppsala last year.",
        [("norrland-hotel", "LOCATED_IN", "uppsala"), ("kessby-inns", "OWNS", "norrland-hotel")],
        [("kessby-inns", "LOCATED_IN", "uppsala")],
    ),
    (  # leisure: a named arena as a purchase's object
        "Harlowe Leisure agreed to acquire the Mirabel Arena in Nantes.",
        [("mirabel-arena", "LOCATED_IN", "nantes")],
        [("harlowe-leisure", "LOCATED_IN", "nantes")],
    ),
    (  # theatre: a place's possessive before a named venue
        "The show moved to Lyon's Halden Arena.",
        [("halden-arena", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # tools: "the SITE of ORG in PLACE"
        "The dispute centres on the workshop of Kelmar Tools in Sheffield.",
        [("kelmar-tools", "LOCATED_IN", "sheffield")],
        [],
    ),
    (  # paints: a modifier before the site noun
        "Inspectors visited the main plant of Orvik Paints in Lodz.",
        [("orvik-paints", "LOCATED_IN", "lodz")],
        [],
    ),
    (  # exchanges: the runner of a named venue sits in its place too
        "Marlin Bourse runs the Kestrel Exchange in Oslo.",
        [("kestrel-exchange", "LOCATED_IN", "oslo"), ("marlin-bourse", "LOCATED_IN", "oslo")],
        [],
    ),
    (  # data: an institute at the end of a "developed with" clause
        "The software was developed with the Orlen Data Institute in Delft.",
        [("orlen-data-institute", "LOCATED_IN", "delft")],
        [],
    ),
    (  # esports: a move into a facility with a definite-description subject (already read)
        "Velka Esports won the league. The outfit relocated to a new training hub in Tromso last "
        "year.",
        [("velka-esports", "LOCATED_IN", "tromso")],
        [],
    ),
    (  # hotels: a venue, then a relative clause naming its buyer
        "The Vesta Hotel in Porto, which Kessby Inns bought in 2020, will close.",
        [("vesta-hotel", "LOCATED_IN", "porto")],
        [],
    ),
    (  # hotels: a place and a two-word agent noun in an appositive (already read)
        "Kessby Inns, the Dublin hotel operator, declined to comment.",
        [("kessby-inns", "LOCATED_IN", "dublin")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # guard: markets are no sites
        "Velmora Foods sells its cheese across Spain and exports to Brazil.",
        [],
        [("velmora-foods", "LOCATED_IN", "spain"), ("velmora-foods", "LOCATED_IN", "brazil")],
    ),
    (  # guard: customers are no sites
        "Velmora Foods has customers across Ohio and Texas.",
        [],
        [("velmora-foods", "LOCATED_IN", "ohio"), ("velmora-foods", "LOCATED_IN", "texas")],
    ),
    (  # guard: a plan to open stores
        "Velmora Foods plans to open 20 stores across Spain.",
        [],
        [("velmora-foods", "LOCATED_IN", "spain")],
    ),
    (  # guard: planned depots
        "Velmora Foods said its planned depots across Ohio would open in 2027.",
        [],
        [("velmora-foods", "LOCATED_IN", "ohio")],
    ),
    (  # guard: a rival's depots are the rival's
        "Velmora Foods said its rival runs 30 depots across Ohio.",
        [],
        [("velmora-foods", "LOCATED_IN", "ohio")],
    ),
    (  # guard: stores sold are no seat kept
        "Velmora Foods will sell its 12 stores across Spain to Kelmar Retail.",
        [],
        [("velmora-foods", "LOCATED_IN", "spain"), ("kelmar-retail", "LOCATED_IN", "spain")],
    ),
    (  # guard: bakeries supplied are others'
        "Velmora Foods supplies 40 bakeries across Spain.",
        [],
        [("velmora-foods", "LOCATED_IN", "spain")],
    ),
    (  # guard: a court's seat is no venue of the parties
        "Tarvo Steel took the case to the Halden District Court in Bergen.",
        [],
        [
            ("tarvo-steel", "LOCATED_IN", "bergen"),
            ("halden-district-court", "LOCATED_IN", "bergen"),
        ],
    ),
    (  # guard: a planned site and a place considered
        "Tarsa Retail plans a depot in Lyon and is considering Dijon.",
        [],
        [("tarsa-retail", "LOCATED_IN", "lyon"), ("tarsa-retail", "LOCATED_IN", "dijon")],
    ),
    (  # guard: a buyer of a named venue is not placed by it
        "Harlowe Leisure bought the Kestrel Museum in Lyon.",
        [("kestrel-museum", "LOCATED_IN", "lyon")],
        [("harlowe-leisure", "LOCATED_IN", "lyon")],
    ),
    (  # guard: a ranking's scope
        "It is the biggest plant of Orvik Paints in Europe.",
        [],
        [("orvik-paints", "LOCATED_IN", "europe")],
    ),
    (  # guard: a negated holding
        "Velmora Foods does not run any depots across Ohio.",
        [],
        [("velmora-foods", "LOCATED_IN", "ohio")],
    ),
]

BANK = SPREAD + VENUES + GUARDS
VERB_OWNER = (
    'a verb\'s subject holding plural sites spread over places ("runs 14 clinics across A", '
    '"has 30 depots, most of them in A"): measured, it cost 0.004-0.007 mean P on blind2, '
    "blind9, blind10, blind13 and blind15, whose gold does not read a chain's outlets as its "
    "place; only a possessive owner is read (site_spreads.py)"
)
GAPS: dict[str, str] = {
    "The show moved to Lyon's": "a place's possessive before a named venue: measured, it cost "
    "blind10 0.003 mean P for 0.002 F1 on blind18 (venue_places.py)",
    "Velorant Dental": VERB_OWNER,
    "Tarsa Health runs": VERB_OWNER,
    "Corvane Freight has": VERB_OWNER,
    "Sunmarsh Solar": VERB_OWNER,
    "The biggest grocer": VERB_OWNER,
    "Kessby Inns has a chain": VERB_OWNER,
    "Ostrel Dairies": VERB_OWNER,
    "Kessby Inns owns 12": VERB_OWNER,
    "Brisa Pharmacy": VERB_OWNER,
    "Mornell Care runs": "the last town of a list, uncued, is typed Organization by default "
    "(typing of unknown places is placetype18's), so no Location ends the list",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_places18(case: Case) -> None:
    check(*case)
