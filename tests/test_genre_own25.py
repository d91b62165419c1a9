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
    (  # guard (mend25 F2): a customer's orders
        "Halvern Brands, whose Aldi orders fell sharply, cut 40 jobs.",
        [],
        [("halvern-brands", "OWNS", "aldi")],
    ),
    (  # guard (mend25 F2): a customer's account
        "Quill Paper, whose Staples account is its largest, hired 40 people.",
        [],
        [("quill-paper", "OWNS", "staples")],
    ),
    (  # guard (mend25 F2): a supplier's product bought
        "Skyward Air, whose Airbus jets are ageing, ordered new planes.",
        [],
        [("skyward-air", "OWNS", "airbus")],
    ),
    (  # guard (mend25 F2): a supplier's parts
        "Tarn Cycles, whose Shimano gears are in short supply, slowed output.",
        [],
        [("tarn-cycles", "OWNS", "shimano")],
    ),
    (  # guard (mend25 F2): a supplier's parts
        "Velmar Motors, whose Bosch airbags were recalled, fell 5%.",
        [],
        [("velmar-motors", "OWNS", "bosch")],
    ),
    (  # guard (mend25 F2): a service's bill
        "Larch Software's chief said its Microsoft cloud bill had tripled.",
        [],
        [("larch-software", "OWNS", "microsoft")],
    ),
    (  # guard (mend25 F2): a service's fees
        "Orrin Telecom, whose Vodafone roaming fees doubled, raised prices.",
        [],
        [("orrin-telecom", "OWNS", "vodafone")],
    ),
    (  # guard (mend25 F2): a franchise
        "Pemberton Hotels, whose Hilton franchise ends next year, is for sale.",
        [],
        [("pemberton-hotels", "OWNS", "hilton")],
    ),
    (  # guard (mend25 F2): a licence
        "Harbin Seeds, whose Monsanto licence runs until 2030, is expanding.",
        [],
        [("harbin-seeds", "OWNS", "monsanto")],
    ),
    (  # guard (mend25 F2): a pact
        "Rook Pharma, whose Pfizer supply pact was extended, rose 3%.",
        [],
        [("rook-pharma", "OWNS", "pfizer")],
    ),
    (  # guard (mend25 F2): a tie
        "Corlan Foods, whose Marvel Foods tie fell apart, cut prices.",
        [],
        [("corlan-foods", "OWNS", "marvel-foods")],
    ),
    (  # guard (mend25 F2): a lender's exposure
        "Kessel Bank, whose Varby Gold exposure is $300 million, fell 5%.",
        [],
        [("kessel-bank", "OWNS", "varby-gold")],
    ),
    (  # guard (mend25 F2): a credit line
        "Kessel Bank, whose Varby Gold credit line was cut, fell 5%.",
        [],
        [("kessel-bank", "OWNS", "varby-gold")],
    ),
    (  # guard (mend25 F2): a person's pension
        "Nadia Kerr, whose Harlan Foods pension is worth $2 million, retired.",
        [],
        [("nadia-kerr", "OWNS", "harlan-foods")],
    ),
    (  # guard (mend25 F2): a person's career
        "Nadia Kerr, whose Harlan Foods career spanned 30 years, retired.",
        [],
        [("nadia-kerr", "OWNS", "harlan-foods")],
    ),
    (  # guard (mend25 F2): an equivalent
        "Halvern Brands, whose Tarvo Mills equivalent is cheaper, cut prices.",
        [],
        [("halvern-brands", "OWNS", "tarvo-mills")],
    ),
    (  # guard (mend25 F2): a place's workforce
        "Corlan Foods, whose Tarvo workforce is shrinking, cut output.",
        [],
        [("corlan-foods", "OWNS", "tarvo")],
    ),
    (  # guard (mend25 F2): a place's dealers
        "Tarn Cycles, whose Lusk dealers cut prices, lost share.",
        [],
        [("tarn-cycles", "OWNS", "lusk")],
    ),
    (  # guard (mend25 F2), haulage: a maker's parts bought
        "Brenmoor Haulage, whose Kelvan Motors airbags were recalled, added a route.",
        [],
        [("brenmoor-haulage", "OWNS", "kelvan-motors")],
    ),
    (  # guard (mend25 F2), health: a supplier's bill
        "Ostrey Clinics' chief said its Varlen Imaging bill rose.",
        [],
        [("ostrey-clinics", "OWNS", "varlen-imaging")],
    ),
    (  # guard (mend25 F2), energy: a supply deal
        "Pellam Energy, whose Orsted supply deal ends in May, cut its forecast.",
        [],
        [("pellam-energy", "OWNS", "orsted")],
    ),
    (  # guard (mend25 F3): a former unit
        "Halvern Brands, whose former Kesto unit was sold to Marvel Foods, cut prices.",
        [],
        [("halvern-brands", "OWNS", "kesto")],
    ),
    (  # guard (mend25 F3): a former unit, owned by another
        "Corlan Foods' chief said its former Kesto unit was now owned by Marvel Foods.",
        [],
        [("corlan-foods", "OWNS", "kesto")],
    ),
    (  # guard (mend25 F3), music: an erstwhile label
        "Dunrow Media, whose erstwhile Palisade label now belongs to Orvel, hired 20 staff.",
        [],
        [("dunrow-media", "OWNS", "palisade")],
    ),
    (  # mend25 F4: "X, a rival of Y, whose": the head X owns, not Y
        "Marvel Foods, a rival of Corlan Foods, whose Kesto oats sell well, cut prices.",
        [("marvel-foods", "OWNS", "kesto")],
        [("corlan-foods", "OWNS", "kesto")],
    ),
    (  # mend25 F4, rival before the name
        "Corlan Foods' rival Marvel Foods, whose Kesto oats sell well, cut prices.",
        [("marvel-foods", "OWNS", "kesto")],
        [],
    ),
    (  # mend25 F4, cosmetics: a rival's appositive
        "Lumera Beauty, a long-time rival of Orvane Group, whose Silka balm sells in Spain, cut "
        "prices.",
        [("lumera-beauty", "OWNS", "silka")],
        [("orvane-group", "OWNS", "silka")],
    ),
    (  # mend25 F1: a plain "its" with no other possessive in the sentence
        "Tessaly Home said its newer Marra rug outsold the old range.",
        [("tessaly-home", "OWNS", "marra")],
        [],
    ),
    (  # mend25 F1, guard through a plain "its": a customer's orders
        "Greenleaf Dairy doubled its Tesco orders.",
        [],
        [("greenleaf-dairy", "OWNS", "tesco")],
    ),
    (  # mend25 F1, guard through a plain "its": a supplier's parts
        "Velmar Motors said its Bosch brakes were recalled.",
        [],
        [("velmar-motors", "OWNS", "bosch")],
    ),
    (  # mend25 F1, guard through a plain "its": a former unit
        "Corlan Foods said its former Kesto unit was now owned by Marvel Foods.",
        [("marvel-foods", "OWNS", "kesto")],
        [("corlan-foods", "OWNS", "kesto")],
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
