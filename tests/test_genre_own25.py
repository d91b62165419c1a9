"""Genre bank for owned names read broadly (round 25, area own).

A possessed name with a noun of a thing after it is owned by the possessor, whatever type the
name was given so far: "Corlan, whose Brightfield oats sell in ...", "its newer Tessa rug",
"Kell's Varro pre-washed salt". Guards keep relation and role nouns ("its Orra stake", "Kell's
Orra deal"), site and project nouns ("its Tolby plant", "its Pentra programme"), loose
possessors ("the club's Orra ground", an "its" that reads another firm than the one just named)
and headlines out. The xfails are what this round leaves unread: shares with no named holder
object ("Halvard owns the other 60%."), an unresolved "the hub" receiving a grant.

Each case is a short invented text across groceries, flooring, chemicals, furniture, medical
devices, pet food, finance and energy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BANK: list[Case] = [
    (  # groceries: "whose NAME noun"
        "Corlan Mills, whose Brightfield oats sell in grocery chains across nine states, opened "
        "a packing line in Ohio.",
        [("corlan-mills", "OWNS", "brightfield")],
        [],
    ),
    (  # flooring: "its newer NAME noun" after the firm's own name
        "Tellmark's Old Harbour range sells in department stores, while its newer Greyweave rug "
        "is made with recycled yarn.",
        [("tellmark", "OWNS", "greyweave")],
        [],
    ),
    (  # chemicals: "X's NAME modifier noun"
        "The buyer said the deal gave it a brand that road crews trust, a reference to "
        "Saltrow's Clearpath pre-wetted salt, which is spread on a fifth of trunk roads.",
        [("saltrow", "OWNS", "clearpath")],
        [],
    ),
    (  # furniture: possessive inside a claim's object
        "Harbeck Office has sued Dunmore Furniture, alleging that Dunmore Furniture's Lofter "
        "sit-stand desk copies its lifting design.",
        [("dunmore-furniture", "OWNS", "lofter")],
        [],
    ),
    (  # pet food: "its NAME noun" with the firm as subject
        "Brindle Pet Foods said its Crunchwell biscuits now make up a third of its sales.",
        [("brindle-pet-foods", "OWNS", "crunchwell")],
        [],
    ),
    (  # guard: a stake after the name is no owned thing
        "Kelvar Holdings said its Orrin stake was worth about $90m at the end of June.",
        [],
        [("kelvar-holdings", "OWNS", "orrin")],
    ),
    (  # guard: a deal noun after the name
        "Marsden Group's Tolvik deal collapsed in March after regulators objected.",
        [],
        [("marsden-group", "OWNS", "tolvik")],
    ),
    (  # guard: a site noun after the name
        "Pennock Steel said its Hurlford plant would close in the spring.",
        [],
        [("pennock-steel", "OWNS", "hurlford")],
    ),
    (  # guard: a rival named before the name
        "Ardent Medical said its rival Corvent had cut prices in Spain.",
        [],
        [("ardent-medical", "OWNS", "corvent")],
    ),
    (  # guard: "its" after another firm is named reads no owner
        "Velmar's main rival in smart locks, Assaro Group, cut the price of its Keyline lock "
        "by about 15%.",
        [],
        [("velmar", "OWNS", "keyline")],
    ),
    (  # guard: a plural noun after the pronoun is no modifier of the name
        "Brunfeld pays for the growers' schools, and its brochures describe Lokana as an "
        "exclusive partner.",
        [],
        [("brunfeld", "OWNS", "lokana")],
    ),
    (  # finance: shares held with no named object (left unread)
        "Kettering Arrays is a company that Halvard Dynamics set up in 2019 with Skarvik Group. "
        "Halvard Dynamics owns the other 60%.",
        [("halvard-dynamics", "OWNS", "kettering-arrays")],
        [],
    ),
    (  # energy: a grant to an unnamed "the hub" (left unread)
        "Brackmoor launched the Kingsfold Fuels Hub last year. The hub has received a £1.2m "
        "grant from the Fellshire Energy Fund.",
        [("fellshire-energy-fund", "FUNDS", "kingsfold-fuels-hub")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Kettering Arrays is": "a share held with no named object: the company of the sentence before",
    "Brackmoor launched": "a definite noun ('the hub') naming a project is not resolved",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_own25(case: Case) -> None:
    check(*case)
