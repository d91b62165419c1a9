"""Genre bank for the precision of the noisiest readings (round 34).

Running a site or a function of a firm ("runs the factory", "manages the plant", "oversees the
works") is not leading the firm: a resolved description of a site keeps its noun and a verb of
leading takes no such object. "The supply chain" and "the value chain" are processes, not a
reference to a chain of shops. A pronoun subject after ", and" opens its own clause: "set it
up with her brother, Tom Reed, a former pilot, and she runs it" makes her, not Tom, the one who
runs it. Plural people that open a sentence ("Riders want ...", "Members voted ...") are no
names.
Must still fire: a person who runs the company, the firm or the business (also in a relative
clause or the passive); a chain of shops run by a person; coordinated subjects without the
comma and pronoun ("A and B run X").

Invented texts across tiles, dairies, glass, foods, retail, boats, bikes and haulage.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RUN_SITES: list[Case] = [
    (  # tiles: an engineer runs the factory
        "Quillon Tiles was founded by Mara Voss in 2004. Dana Rook, an engineer, runs the factory.",
        [],
        [("dana-rook", "LEADS", "quillon-tiles")],
    ),
    (  # dairy: manages the plant
        "Harlan Dairy opened a cheese plant in Tralee in 2019. Ana Pyke manages the plant.",
        [],
        [("ana-pyke", "LEADS", "harlan-dairy")],
    ),
    (  # glass: relative clause, oversees the works
        "Tessel Glass said Ivo Marr, who oversees the works, would retire in May.",
        [],
        [("ivo-marr", "LEADS", "tessel-glass")],
    ),
    (  # haulage: runs the depot
        "Brennock Haulage hired Lisa Crane in 2021, and she now runs the depot.",
        [],
        [("lisa-crane", "LEADS", "brennock-haulage")],
    ),
    (  # brewing (F): a site noun that is the firm's own kind
        "Orvo Brewing is a small brewery in Cork. Lena Sol runs the brewery.",
        [("lena-sol", "LEADS", "orvo-brewing")],
        [],
    ),
    (  # tiles (F): runs the company
        "Quillon Tiles was founded by Mara Voss, who still runs the company.",
        [("mara-voss", "LEADS", "quillon-tiles")],
        [],
    ),
    (  # glass (F): the name itself
        "Ivo Marr, who runs Tessel Glass, said sales rose.",
        [("ivo-marr", "LEADS", "tessel-glass")],
        [],
    ),
    (  # dairy (F): the passive, "the business"
        "Harlan Dairy is run by Ana Pyke, who has managed the business since 2015.",
        [("ana-pyke", "LEADS", "harlan-dairy")],
        [],
    ),
    (  # haulage (F): "the firm" in a relative clause
        "Brennock Haulage said Lisa Crane, who has run the firm since 2018, would stay.",
        [("lisa-crane", "LEADS", "brennock-haulage")],
        [],
    ),
]

PROCESS_NOUNS: list[Case] = [
    (  # foods: runs the supply chain
        "Corvin Foods makes soups in Leeds. Its operations director, Paul Hake, runs the supply "
        "chain.",
        [],
        [("paul-hake", "LEADS", "corvin-foods")],
    ),
    (  # retail: manages the value chain
        "Bram Outfitters sells shoes across Wales, and Nell Tarr manages the value chain.",
        [],
        [("nell-tarr", "LEADS", "bram-outfitters")],
    ),
    (  # retail (F): a chain of shops, named
        "Lark Stores, the grocery chain, is run by Nina Tole.",
        [("nina-tole", "LEADS", "lark-stores")],
        [],
    ),
    (  # retail (F): "the chain" refers back
        "Lark Stores is a supermarket chain based in Derby. Nina Tole runs the chain.",
        [("nina-tole", "LEADS", "lark-stores")],
        [],
    ),
]

OWN_CLAUSE_PRONOUNS: list[Case] = [
    (  # boats: co-founded with an apposed brother, and she runs it
        "Pellar Boats builds small ferries in Cork. Ann Dorsey co-founded the yard with her "
        "brother, Tom Dorsey, and she still runs it.",
        [("ann-dorsey", "LEADS", "pellar-boats"), ("tom-dorsey", "FOUNDED", "pellar-boats")],
        [("tom-dorsey", "LEADS", "pellar-boats")],
    ),
    (  # boats: a description after the partner
        "Pellar Boats builds small ferries in Cork. Ann Dorsey co-founded the yard with her "
        "brother, Tom Dorsey, a former pilot, and she runs it as chief executive.",
        [("ann-dorsey", "LEADS", "pellar-boats")],
        [("tom-dorsey", "LEADS", "pellar-boats")],
    ),
    (  # bikes: "he" after the apposed partner
        "Veloda makes cargo bikes in Ghent. Karl Moens set up the company with his sister, Eva "
        "Moens, in 2012, and he still manages it.",
        [("karl-moens", "LEADS", "veloda")],
        [("eva-moens", "LEADS", "veloda")],
    ),
    (  # bikes: "he" after a described partner
        "Karl Moens founded Veloda with his wife, Eva Moens, a designer, and he runs it as chief "
        "executive.",
        [("karl-moens", "LEADS", "veloda")],
        [("eva-moens", "LEADS", "veloda")],
    ),
    (  # boats (F): two named subjects, no pronoun
        "Ann Dorsey and Tom Dorsey run Pellar Boats.",
        [("ann-dorsey", "LEADS", "pellar-boats"), ("tom-dorsey", "LEADS", "pellar-boats")],
        [],
    ),
    (  # boats (F): founded with a partner, no apposition
        "Pellar Boats builds small ferries in Cork. Ann Dorsey founded the business with Tom "
        "Dorsey, and she still runs it.",
        [("ann-dorsey", "LEADS", "pellar-boats")],
        [("tom-dorsey", "LEADS", "pellar-boats")],
    ),
]

PEOPLE_OPENERS: list[Case] = [
    (  # bikes: "Riders" opens a quotation
        '"Riders want one system now," said Mia Kloss, chief executive of Veloda.',
        [("mia-kloss", "LEADS", "veloda")],
        [("mia-kloss", "LEADS", "riders")],
    ),
    (  # clubs: "Members" opens a sentence
        "Members of Harlow Rowing Club voted on Monday. Members backed Tarn Holdings.",
        [],
        [("members", "BACKS", "tarn-holdings")],
    ),
]

# readings measured and dropped in round 34 (strict xfails: a fix shows as a failure)
DROPPED: list[Case] = [
    (  # foods: counted plural sites in a country are a footprint
        "Korlo Foods, which is based in Curitiba, operates six plants in Brazil.",
        [("korlo-foods", "LOCATED_IN", "curitiba")],
        [("korlo-foods", "LOCATED_IN", "brazil")],
    ),
    (  # haulage: branches across a state
        "Tarvo Drains runs 90 trucks out of 12 branches across Ohio.",
        [],
        [("tarvo-drains", "LOCATED_IN", "ohio")],
    ),
    (  # bakeries: "Terms" opens a sentence; the founders are the bakery's
        "Kestra Foods bought Hollin Bakery. Terms were not disclosed, but Kestra said it had "
        "acquired the bakery's stock from its pair of founders, Lena Marsh and Ivo Teller.",
        [("lena-marsh", "FOUNDED", "hollin-bakery")],
        [("lena-marsh", "FOUNDED", "terms"), ("lena-marsh", "FOUNDED", "kestra-foods")],
    ),
]

BANK = RUN_SITES + PROCESS_NOUNS + OWN_CLAUSE_PRONOUNS + PEOPLE_OPENERS + DROPPED
GAPS: dict[str, str] = {
    "Korlo Foods": "round 34: counted plural sites in a state, country or region after a "
    "LOCATED_IN noun trigger, TUNE +0/-4 wrong, CHECK right-2/wrong-2: failed keep rule",
    "Tarvo Drains": "round 34: counted plural sites across a state (as above), TUNE +0/-4, "
    "CHECK right-2/wrong-2: failed keep rule",
    "Kestra Foods": "round 34: 'Terms' as a sentence opener, TUNE +3/-4 wrong (the founders "
    "move from 'Terms' to the buyer: 'its' binds to the subject, not the possessed seller): "
    "failed keep rule",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_prec34(case: Case) -> None:
    check(*case)
