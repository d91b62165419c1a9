"""Genre bank for places read through a trade noun that also names a device, and through the
sites an appositive gives a firm (round 30).

An agent noun such as "roaster", "grinder", "printer" or "packer" names a machine as often as
a trade. Set in a town ("Dravik Oy, a roaster in Talvo", "a packer based near Orsk"), it
describes a company, so the name is typed Organization and the town is its seat; owned ("its
new grinder in Talvo") or set in a room ("a grinder in the staff kitchen") it stays a device.
"Parrel Feeds, a producer with depots near Tamworth" places the firm by the sites it has;
planned sites and sites spread over a country do not.

Each case is a short invented text (relations that must be found, relations that must not be),
across coffee, seed oil, label printing, spice milling, appliances, feed, cold storage,
animation and leisure; the strict xfails are constructions left unread this round.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PLACED: list[Case] = [
    (  # coffee: a roaster in a town, bought by a chain
        "Beans are roasted for the chain by Dravik Kaffe, a roaster in Vaasa that Tamsel "
        "Cafes bought in 2021.",
        [("dravik-kaffe", "LOCATED_IN", "vaasa")],
        [],
    ),
    (  # seed oil: "a grinder based in"
        "Orlend Seeds, a grinder based in Kaunas, said it would add a second press next year.",
        [("orlend-seeds", "LOCATED_IN", "kaunas")],
        [],
    ),
    (  # label printing: "a printer near" a town
        "The tins carry labels from Halvey Graphics, a printer near Leicester that has worked "
        "for the brand since 1998.",
        [("halvey-graphics", "LOCATED_IN", "leicester")],
        [],
    ),
    (  # spice milling: "a grinder in" a town, subject of the clause
        "Marisco Especias, a grinder in Murcia, raised its paprika prices by a tenth.",
        [("marisco-especias", "LOCATED_IN", "murcia")],
        [],
    ),
    (  # guard: a possessor makes the grinder a device
        "Velmora Appliances said its new grinder in Milan stores would cost 90 euros.",
        [],
        [("velmora-appliances", "LOCATED_IN", "milan")],
    ),
    (  # guard: a room after the preposition, no town
        "Kestral Labs sold Torvo, a grinder in the kitchen range, to hotels last year.",
        [],
        [("torvo", "LOCATED_IN", "kitchen")],
    ),
    # mend30a (review 30 F6): a capital word modifying a noun after the preposition; a person
    (  # laptops: the processor is a device in a line of laptops
        "Kyra, a processor in Halden laptops, runs hot, Orbent said.",
        [],
        [("kyra", "LOCATED_IN", "halden")],
    ),
    (  # office equipment
        "The Vento, a printer in Kessel offices, jams often.",
        [],
        [("vento", "LOCATED_IN", "kessel"), ("the-vento", "LOCATED_IN", "kessel")],
    ),
    (  # printing: a person's name, given name first
        "Jonas Brekke, a printer in Harlow, said the ink price had doubled.",
        [],
        [("jonas-brekke", "LOCATED_IN", "harlow")],
    ),
    (  # coffee: a person who grinds near a town
        "Mira Holt, a grinder near Dunmore, sells to Tarvo.",
        [],
        [("mira-holt", "LOCATED_IN", "dunmore")],
    ),
    (  # guard: a firm placed in a town, followed by a verb
        "Pelmar, a processor in Varno, signed with Orvo.",
        [("pelmar", "LOCATED_IN", "varno")],
        [],
    ),
]

EQUIPPED: list[Case] = [
    (  # feed: "a producer with depots near" a town
        "Parrel Feeds, a producer with depots near Tamworth, said wheat costs had eased.",
        [("parrel-feeds", "LOCATED_IN", "tamworth")],
        [],
    ),
    (  # cold storage: a bought firm "with five cold stores around" a town
        "Velkor Logistik bought Osk Kyl, a Danish operator with five cold stores around Vejle, "
        "in 2022.",
        [("osk-kyl", "LOCATED_IN", "vejle")],
        [],
    ),
    (  # guard: planned sites seat nobody
        "Osk Kyl, a Danish operator with planned depots near Vejle, said costs rose.",
        [],
        [("osk-kyl", "LOCATED_IN", "vejle")],
    ),
    (  # guard: plural sites over a country are a footprint
        "Velkor Logistik bought Osk Kyl, a Danish operator with 40 depots in Denmark, in 2022.",
        [],
        [("osk-kyl", "LOCATED_IN", "denmark")],
    ),
]

GAPS_CASES: list[Case] = [
    (  # animation: "the TOWN studio NAME", a kind noun outside the company nouns
        "Critics also praised the Ghent studio Pixelhaus Animatie for its short films.",
        [("pixelhaus-animatie", "LOCATED_IN", "ghent")],
        [],
    ),
    (  # river tourism: a holding verb with an object outside the site nouns
        "Vellacourt Leisure, which runs cable cars in Tyrol and bought four boats last year, "
        "said bookings rose.",
        [("vellacourt-leisure", "LOCATED_IN", "tyrol")],
        [],
    ),
]

BANK = PLACED + EQUIPPED + GAPS_CASES
GAPS: dict[str, str] = {
    "Critics also praised the Ghent": "'the TOWN KIND NAME' with a kind outside the company nouns",
    "Vellacourt Leisure, which runs cable": "a holding verb's object outside the site nouns",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_places30(case: Case) -> None:
    check(*case)
