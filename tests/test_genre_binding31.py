"""Genre bank for the firm a definite kind noun names (round 31).

- An owner's head word: after "Pelham Foods, which is owned by Ostrin Trust", a chair of "the
  trust" leads Ostrin Trust, not the article's subject its owner stands for; the same for "the
  bank" and "the group". No binding by the head when two firms' names end with the noun, nor
  when the subject's own name holds it.
- A bought unit: after "A bought B", a leader of "the unit" or "the business" in a sentence
  whose speaker or titled person belongs to the buyer leads B, the one company A bought.

Each case is a short invented text, across food, shipping, retail, optics, farming, textiles,
software and brewing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OWNER_HEADS: list[Case] = [
    (  # food: "who chairs the trust" after an owner named "... Trust"
        "Pelham Foods, which is owned by Ostrin Trust, closed a plant in Derby. Ada Lunn, who "
        "chairs the trust, said demand had fallen.",
        [("ada-lunn", "LEADS", "ostrin-trust")],
        [("ada-lunn", "LEADS", "pelham-foods")],
    ),
    (  # shipping: "the bank"
        "Corlay Shipping, which is owned by Merrow Bank, sold two tankers. Piet Aalders, who "
        "chairs the bank, called the price fair.",
        [("piet-aalders", "LEADS", "merrow-bank")],
        [("piet-aalders", "LEADS", "corlay-shipping")],
    ),
    (  # retail: "the group"
        "Tindle Stores, which is owned by Halsey Group, will shut ten shops. Rosa Kemp, who "
        "runs the group, blamed rents.",
        [("rosa-kemp", "LEADS", "halsey-group")],
        [("rosa-kemp", "LEADS", "tindle-stores")],
    ),
    (  # guard, brewing: the subject's own name holds the noun
        "Ambry Bank, which is owned by Colter Bank, cut its dividend. Lea Voss, who chairs "
        "the bank, apologised to savers.",
        [("lea-voss", "LEADS", "ambry-bank")],
        [("lea-voss", "LEADS", "colter-bank")],
    ),
]

BOUGHT_UNITS: list[Case] = [
    (  # optics: the buyer's chief speaks, "the unit" is the bought firm
        "Corvin Labs bought Teswick Optics for $30 million. Corvin chief executive Mae Holt "
        "said the deal brings new lenses, and that Lia Dorne would carry on as managing "
        "director of the unit.",
        [("lia-dorne", "LEADS", "teswick-optics")],
        [("lia-dorne", "LEADS", "corvin-labs")],
    ),
    (  # guard, software: the buyer's own leader stays the buyer's
        "Quenby Software bought Pardo Apps in May. Quenby chief executive Nils Orme said "
        "the deal would double sales.",
        [("nils-orme", "LEADS", "quenby-software")],
        [("nils-orme", "LEADS", "pardo-apps")],
    ),
    (  # textiles: the bought firm's founder named by possessive, the buyer as subject (read)
        "Marlow Mills bought Dessa Yarns for 9 million pounds. Marlow paid cash and said "
        "Dessa's founder, Ben Toll, would stay on as head of the unit for two years.",
        [("ben-toll", "LEADS", "dessa-yarns")],
        [("ben-toll", "LEADS", "marlow-mills")],
    ),
]

MENDS: list[Case] = [
    (  # mend31a F1, rail: "the group of engineers" is a common noun phrase, no owner's head
        "Fenton Rail is owned by Corvel Group. Fenton Rail added trains. Lia Moss, who runs the "
        "group of engineers, said the trains were late.",
        [],
        [("lia-moss", "LEADS", "corvel-group")],
    ),
    (  # mend31a F1, rail: the same with "at" and the subject's name
        "Fenton Rail is owned by Corvel Group. Fenton Rail added trains. Lia Moss, who heads the "
        "group of engineers at Fenton Rail, said the trains were late.",
        [],
        [("lia-moss", "LEADS", "corvel-group")],
    ),
    (  # mend31a F1, bakeries
        "Kessel Bakeries is owned by Vantor Group. Kessel Bakeries opened shops. Anna Brill, who "
        "runs the group of bakers at Kessel, said sales rose.",
        [],
        [("anna-brill", "LEADS", "vantor-group")],
    ),
    (  # mend31a F1, insurance: "the trust of actuaries"
        "Pellow Insurance is owned by Arden Trust. Pellow Insurance raised prices. Ivo Lake, who "
        "runs the trust of actuaries, said claims had risen.",
        [],
        [("ivo-lake", "LEADS", "arden-trust")],
    ),
    (  # mend31a F6, bakeries: "The bakery group" as a subject called the subject "group"
        "Kessel Bakeries is owned by Vantor Group. The bakery group cut prices. Anna Brill, who "
        "chairs the group, said sales rose.",
        [],
        [("anna-brill", "LEADS", "vantor-group")],
    ),
    (  # mend31a F6, shipping: "The ferry group said"
        "Skelda Ferries is owned by Tarrow Group. The ferry group added a route. Ola Brand, who "
        "runs the group, said demand was strong.",
        [],
        [("ola-brand", "LEADS", "tarrow-group")],
    ),
    (  # mend31a F3, creamery: a 5% holder's "business" is its own
        "Larkfield Foods holds a 5% stake in Penmore Creamery. Larkfield chief executive Ida "
        "Marsh said Tom Ede would become chairman of the business.",
        [],
        [("tom-ede", "LEADS", "penmore-creamery")],
    ),
    (  # mend31a F3, banking: "owns 12% of"
        "Ivel Bank owns 12% of Corran Building Society. Ivel co-founder Ida Marsh, who chairs "
        "the business, said Corran was a good investment.",
        [("ida-marsh", "LEADS", "ivel-bank")],
        [("ida-marsh", "LEADS", "corran-building-society")],
    ),
    (  # mend31a F3, brewing: a minority holding, "the business" stays the holder's
        "Grell Brewing holds a 20% stake in Oake Cider. Grell chief executive Pia Lund said Max "
        "Dorr would become chairman of the business.",
        [],
        [("max-dorr", "LEADS", "oake-cider")],
    ),
    (  # mend31a F4, banking: a titled person's "who has run the business" is her own firm
        "Ivel Bank bought Corran Building Society in May. Ivel chairman Ida Marsh, who has run "
        "the business for 30 years, said Tom Ede would join Corran.",
        [("ida-marsh", "LEADS", "ivel-bank")],
        [("ida-marsh", "LEADS", "corran-building-society")],
    ),
    (  # mend31a F4, banking: "who chairs the business"
        "Ivel Bank bought Corran Building Society in May. Ivel co-founder Ida Marsh, who chairs "
        "the business, said Selby Insurance was a rival.",
        [("ida-marsh", "LEADS", "ivel-bank")],
        [("ida-marsh", "LEADS", "corran-building-society")],
    ),
    (  # mend31a F4, software
        "Halvard Tech acquired Brisk Analytics in March. Halvard co-founder Ana Kell, who runs "
        "the business, said growth was strong.",
        [("ana-kell", "LEADS", "halvard-tech")],
        [("ana-kell", "LEADS", "brisk-analytics")],
    ),
    (  # mend31a F4, retail: "the company"
        "Tindle Stores bought Marrow Shoes in June. Tindle co-founder Rosa Kemp, who runs the "
        "company, said rents were high.",
        [("rosa-kemp", "LEADS", "tindle-stores")],
        [("rosa-kemp", "LEADS", "marrow-shoes")],
    ),
    (  # mend31a F4 kept: "who runs the subsidiary" names the bought firm
        "Halvard Tech acquired Brisk Analytics in March. Halvard co-founder Ana Kell, who runs "
        "the subsidiary, said growth was strong.",
        [("ana-kell", "LEADS", "brisk-analytics")],
        [],
    ),
]

GAPS_CASES: list[Case] = [
    (  # farming: "the business" after a purchase, the buyer's chief speaking
        "Harlow Seeds acquired Fenwick Grain last month. Harlow chairman Tom Reade said the "
        "price was fair and that Ina Sorel would keep running the business.",
        [("ina-sorel", "LEADS", "fenwick-grain")],
        [("ina-sorel", "LEADS", "harlow-seeds")],
    ),
]

BANK = OWNER_HEADS + BOUGHT_UNITS + MENDS + GAPS_CASES
GAPS: dict[str, str] = {
    "Harlow Seeds acquired": "'would keep running the business': a leading verb after a verb "
    "of continuing is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_binding31(case: Case) -> None:
    check(*case)
