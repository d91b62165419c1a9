"""Genre bank for entity typing (round 13): occupation nouns that fit a person and a firm, and
platform firms. A firm named after a job that firms hold as often as people, with a trade's
modifier before the job ("Moroccan grower Sahel Baies", "coastal trader Pellow Grain", "rival
adviser Norden Governance"); a person described by an occupation that is also a firm's
descriptor ("the industrialist Harvin Kolde", "the former regulator Mira Costane", "Ilse Marren,
a property developer and the club's owner"); a platform named bare before a firm's verb
("resale platform Secundo raised ...").

Each case is a short invented text and the types its names must resolve to, across food,
farming, shipping, finance, property, media, retail, mining and energy. Guards: a given name
after the job ("coastal trader Anna Pellow"), a person's modifier ("veteran trader Teodor
Velk"), a firm word in the name ("the property developer Castell Homes"), a possessed or
launched platform ("its streaming platform"), an app.
"""

from __future__ import annotations

import pytest
from construction_check import check_types, gap_params

# (text, names with their type, names that must not be entities)
Typed = tuple[str, dict[str, str], list[str]]

FIRMS: list[Typed] = [
    (  # food: nationality + grower
        "Moroccan grower Sahel Baies supplies the berries to Kelso Foods.",
        {"Sahel Baies": "Organization", "Kelso Foods": "Organization"},
        [],
    ),
    (  # farming: a crop + grower, object position
        "Tarrant Markets buys its apples from fruit grower Osk Varden.",
        {"Osk Varden": "Organization"},
        [],
    ),
    (  # shipping: coastal trader, firm word in the name
        "Coastal trader Pellow Grain sued Tovrin Foods in March.",
        {"Pellow Grain": "Organization"},
        [],
    ),
    (  # metals: a good + trader
        "Metal trader Quintor Velk agreed to buy a stake in Harlow Mining.",
        {"Quintor Velk": "Organization", "Harlow Mining": "Organization"},
        [],
    ),
    (  # finance: rival adviser
        "Rival adviser Norden Governance urged investors to reject the Tarrant Mining deal.",
        {"Norden Governance": "Organization"},
        [],
    ),
    (  # shipping: shipbroker (already a firm's job)
        "Shipbroker Farley Quint said tanker rates would fall.",
        {"Farley Quint": "Organization"},
        [],
    ),
    (  # coffee: nationality + roaster
        "Orlo Cafes buys beans from Danish roaster Kalvin Dreef.",
        {"Kalvin Dreef": "Organization"},
        [],
    ),
    (  # wine: nationality + grower, plural
        "Chilean growers Vinas Altar and Quebrada Sur sell to Marlowe Stores.",
        {"Marlowe Stores": "Organization"},
        [],
    ),
]

FIRM_GUARDS: list[Typed] = [
    (  # a given name after the job
        "Coastal trader Anna Pellow sued Tovrin Foods.",
        {"Anna Pellow": "Person"},
        [],
    ),
    (  # a person's modifier before the job
        "Veteran trader Teodor Velk bought shares in Kelso Metals.",
        {"Teodor Velk": "Person"},
        [],
    ),
    (  # a given name after a nationality + grower
        "Dutch grower Maria Kwast sells tulips to Marlowe Stores.",
        {"Maria Kwast": "Person"},
        [],
    ),
    (  # a person's adviser title
        "Senior adviser Tomas Brell left Harlow Bank in May.",
        {"Tomas Brell": "Person"},
        [],
    ),
]

PERSONS: list[Typed] = [
    (  # industrialist: a person's occupation
        "Kelso Steel was set up decades ago by the industrialist Harvin Kolde.",
        {"Harvin Kolde": "Person"},
        [],
    ),
    (  # former regulator + given name
        "Tovrin Foods took on the former regulator Mira Costane as an adviser.",
        {"Mira Costane": "Person"},
        [],
    ),
    (  # a former job after a name, set off by commas (already read)
        "Ilse Varro, a former regulator, joined Harlow Bank.",
        {"Ilse Varro": "Person"},
        [],
    ),
    (  # property developer + given name, coordinated with a person's role
        "The club was sold after Ilse Marren, a property developer and the club's owner "
        "since 2011, died.",
        {"Ilse Marren": "Person"},
        [],
    ),
    (  # retailer + given name, coordinated with adviser
        "Anna Parrey, a long-time retailer and adviser to Kelso Stores, joined the board.",
        {"Anna Parrey": "Person", "Kelso Stores": "Organization"},
        [],
    ),
    (  # shipowner + given name
        "The shipowner Maria Corrander sold two tankers to Harlow Shipping.",
        {"Maria Corrander": "Person", "Harlow Shipping": "Organization"},
        [],
    ),
    (  # mining: industrialist after a name
        "Torvald Mining is controlled by Ewan Strask, an industrialist from the north.",
        {"Ewan Strask": "Person"},
        [],
    ),
]

PERSON_GUARDS: list[Typed] = [
    (  # firm word in the name
        "The property developer Castell Homes bought the site from Orlo Mining.",
        {"Castell Homes": "Organization"},
        [],
    ),
    (
        "The retailer Parrey Stores sued Kelso Foods.",
        {"Parrey Stores": "Organization"},
        [],
    ),
    (  # no given name: a firm by default
        "The developer Quarnby Vell bought the site from Orlo Mining.",
        {"Quarnby Vell": "Organization"},
        [],
    ),
    (  # a regulator that is a body
        "The regulator Ofquarn fined Harlow Bank.",
        {"Ofquarn": "Organization"},
        [],
    ),
]

PLATFORMS: list[Typed] = [
    (  # media: bare platform after "with"
        "Tovrin Media is in talks with streaming platform Wavely about a reissue.",
        {"Wavely": "Organization"},
        [],
    ),
    (  # retail: bare platform as subject of a firm verb
        "Resale platform Secundo raised 85 million from Felgate Ventures.",
        {"Secundo": "Organization"},
        [],
    ),
    (  # food: delivery platform
        "Delivery platform Rapido Chef agreed to buy Kelso Kitchens.",
        {"Rapido Chef": "Organization"},
        [],
    ),
]

PLATFORM_GUARDS: list[Typed] = [
    (  # launched, possessed
        "Tovrin Media launched Wavely, its streaming platform, in 2022.",
        {"Wavely": "Product"},
        [],
    ),
    (  # an app
        "Users of the Wavely app complained to Tovrin Media.",
        {"Wavely": "Product"},
        [],
    ),
    (  # a possessed platform set off by commas
        "Tovrin Media's streaming platform, Wavely, doubled sales.",
        {"Wavely": "Product"},
        [],
    ),
    (  # launched, bare
        "Tovrin Media launched streaming platform Wavely in 2022.",
        {"Wavely": "Product"},
        [],
    ),
    (  # possessed platform before the name
        "Tovrin Media grew its streaming platform Wavely fast.",
        {"Wavely": "Product"},
        [],
    ),
]

BANK = FIRMS + FIRM_GUARDS + PERSONS + PERSON_GUARDS + PLATFORMS + PLATFORM_GUARDS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "must", "must_not"), gap_params(BANK, GAPS, spread=True))
def test_genre_occupations13(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
