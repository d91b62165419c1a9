"""Genre bank for owned names read broadly (round 25, area own).

A possessed name with a noun of a thing after it belongs to the possessor, whatever type the
name was given so far: "Corlan, whose Brightfield oats sell in ...", "its newer Lirra rug",
"Vosk's Varro pre-washed salt". Guards keep relation and role nouns ("its Orra stake", "Vosk's
Orra deal"), site and project nouns ("its Tolby plant", "its Pentra programme"), loose
possessors ("the club's Orra ground", an "its" that reads another firm than the one just named)
and headlines out. The xfails are what this round leaves unread: shares with no named holder
object ("Tollen owns the other 55%."), an unresolved "the hub" receiving a grant.

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
        "Wendmark's Old Lantern range sells in department stores, while its newer Greyweave rug "
        "is made with recycled yarn.",
        [("wendmark", "OWNS", "greyweave")],
        [],
    ),
    (  # chemicals: "X's NAME modifier noun"
        "The buyer said the deal gave it a brand that road crews trust, a reference to "
        "Saltrow's Clearpath pre-mixed grit, which crews lay on a fifth of trunk roads.",
        [("saltrow", "OWNS", "clearpath")],
        [],
    ),
    (  # furniture: possessive inside a claim's object
        "Harbeck Office has sued Askerby Furniture, alleging that Askerby Furniture's Lofter "
        "sit-stand desk copies its lifting design.",
        [("askerby-furniture", "OWNS", "lofter")],
        [],
    ),
    (  # pet food: "its NAME noun" with the firm as subject
        "Quabbin Pet Foods said its Crunchwell biscuits now make up a quarter of its revenue.",
        [("quabbin-pet-foods", "OWNS", "crunchwell")],
        [],
    ),
    (  # guard: a stake after the name is no owned thing
        "Kelvar Holdings said its Pellory stake was worth about $90m at the end of June.",
        [],
        [("kelvar-holdings", "OWNS", "pellory")],
    ),
    (  # guard: a deal noun after the name
        "Ruddock Group's Tolvik deal collapsed in March after regulators objected.",
        [],
        [("ruddock-group", "OWNS", "tolvik")],
    ),
    (  # guard: a site noun after the name
        "Gorrie Steel said its Hurlford plant would close in the spring.",
        [],
        [("gorrie-steel", "OWNS", "hurlford")],
    ),
    (  # guard: a rival named before the name
        "Lucent Medical said its rival Corvent had cut prices in Spain.",
        [],
        [("lucent-medical", "OWNS", "corvent")],
    ),
    (  # guard: "its" after another firm is named reads no owner
        "Velmar's main rival in smart meters, Ostvik Group, lowered the price of its Dorlin "
        "meter by about 12%.",
        [],
        [("velmar", "OWNS", "dorlin")],
    ),
    (  # guard: a plural noun after the pronoun is no modifier of the name
        "Brunfeld pays for the growers' schools, and its brochures describe Lokana as an "
        "exclusive partner.",
        [],
        [("brunfeld", "OWNS", "lokana")],
    ),
    (  # guard (mend25 F2): a customer's orders
        "Fenwray Brands, whose Aldi orders fell sharply, cut 40 jobs.",
        [],
        [("fenwray-brands", "OWNS", "aldi")],
    ),
    (  # guard (mend25 F2): a customer's account
        "Quorrel Paper, whose Staples account is its largest, hired 40 people.",
        [],
        [("quorrel-paper", "OWNS", "staples")],
    ),
    (  # guard (mend25 F2): a supplier's product bought
        "Upwind Air, whose Airbus jets are ageing, ordered new planes.",
        [],
        [("upwind-air", "OWNS", "airbus")],
    ),
    (  # guard (mend25 F2): a supplier's parts
        "Brede Cycles, whose Shimano gears are in short supply, slowed output.",
        [],
        [("brede-cycles", "OWNS", "shimano")],
    ),
    (  # guard (mend25 F2): a supplier's parts
        "Velmar Motors, whose Bosch airbags were recalled, fell 5%.",
        [],
        [("velmar-motors", "OWNS", "bosch")],
    ),
    (  # guard (mend25 F2): a service's bill
        "Wintle Software's chief said its Microsoft cloud bill had tripled.",
        [],
        [("wintle-software", "OWNS", "microsoft")],
    ),
    (  # guard (mend25 F2): a service's fees
        "Pellory Telecom, whose Vodafone roaming fees doubled, raised prices.",
        [],
        [("pellory-telecom", "OWNS", "vodafone")],
    ),
    (  # guard (mend25 F2): a franchise
        "Dallimore Hotels, whose Hilton franchise ends next year, is for sale.",
        [],
        [("dallimore-hotels", "OWNS", "hilton")],
    ),
    (  # guard (mend25 F2): a licence
        "Hesket Seeds, whose Monsanto licence runs until 2030, is expanding.",
        [],
        [("hesket-seeds", "OWNS", "monsanto")],
    ),
    (  # guard (mend25 F2): a pact
        "Morrock Pharma, whose Pfizer supply pact was extended, rose 3%.",
        [],
        [("morrock-pharma", "OWNS", "pfizer")],
    ),
    (  # guard (mend25 F2): a tie
        "Corlan Foods, whose Marvel Foods tie fell apart, cut prices.",
        [],
        [("corlan-foods", "OWNS", "marvel-foods")],
    ),
    (  # guard (mend25 F2): a lender's exposure
        "Odell Bank, whose Varby Gold exposure is $300 million, fell 5%.",
        [],
        [("odell-bank", "OWNS", "varby-gold")],
    ),
    (  # guard (mend25 F2): a credit line
        "Odell Bank, whose Varby Gold credit line was cut, fell 5%.",
        [],
        [("odell-bank", "OWNS", "varby-gold")],
    ),
    (  # guard (mend25 F2): a person's pension
        "Freya Blount, whose Torvey Foods pension is worth $2 million, retired.",
        [],
        [("freya-blount", "OWNS", "torvey-foods")],
    ),
    (  # guard (mend25 F2): a person's career
        "Freya Blount, whose Torvey Foods career spanned 30 years, retired.",
        [],
        [("freya-blount", "OWNS", "torvey-foods")],
    ),
    (  # guard (mend25 F2): an equivalent
        "Fenwray Brands, whose Tarvo Mills equivalent is cheaper, cut prices.",
        [],
        [("fenwray-brands", "OWNS", "tarvo-mills")],
    ),
    (  # guard (mend25 F2): a place's workforce
        "Corlan Foods, whose Tarvo workforce is shrinking, cut output.",
        [],
        [("corlan-foods", "OWNS", "tarvo")],
    ),
    (  # guard (mend25 F2): a place's dealers
        "Brede Cycles, whose Carnby dealers cut prices, lost share.",
        [],
        [("brede-cycles", "OWNS", "carnby")],
    ),
    (  # guard (mend25 F2), haulage: a maker's parts bought
        "Staindrop Haulage, whose Kelvan Motors airbags were recalled, added a route.",
        [],
        [("staindrop-haulage", "OWNS", "kelvan-motors")],
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
        "Fenwray Brands, whose former Kesto unit was sold to Marvel Foods, cut prices.",
        [],
        [("fenwray-brands", "OWNS", "kesto")],
    ),
    (  # guard (mend25 F3): a former unit, owned by another
        "Corlan Foods' chief said its former Kesto unit was now owned by Marvel Foods.",
        [],
        [("corlan-foods", "OWNS", "kesto")],
    ),
    (  # guard (mend25 F3), music: an erstwhile label
        "Dunrow Media, whose erstwhile Bellcourt label now belongs to Orvel, hired 20 staff.",
        [],
        [("dunrow-media", "OWNS", "bellcourt")],
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
        "Lumera Beauty, a long-standing rival of Urvane Group, whose Silka balm sells in Spain, "
        "cut prices.",
        [("lumera-beauty", "OWNS", "silka")],
        [("urvane-group", "OWNS", "silka")],
    ),
    (  # mend25 F1: a plain "its" with no other possessive in the sentence
        "Sarnia Home said its newer Marra rug outsold the old range.",
        [("sarnia-home", "OWNS", "marra")],
        [],
    ),
    (  # mend25 F1, guard through a plain "its": a customer's orders
        "Fernholt Dairy doubled its Tesco orders.",
        [],
        [("fernholt-dairy", "OWNS", "tesco")],
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
        "Wessing Arrays is a company that Tollen Dynamics set up in 2021 with Aslund Group. "
        "Tollen Dynamics owns the other 55%.",
        [("tollen-dynamics", "OWNS", "wessing-arrays")],
        [],
    ),
    (  # energy: a grant to an unnamed "the hub" (left unread)
        "Cullerby launched the Oxenhope Fuels Hub last year. The hub has received a £0.8m "
        "grant from the Marlshire Energy Fund.",
        [("marlshire-energy-fund", "FUNDS", "oxenhope-fuels-hub")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Wessing Arrays is": "a share held with no named object: the company of the sentence before",
    "Cullerby launched": "a definite noun ('the hub') naming a project is not resolved",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_own25(case: Case) -> None:
    check(*case)
