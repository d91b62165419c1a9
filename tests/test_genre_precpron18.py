"""Genre bank for pronouns and unstated stake targets bound to the right firm or person
(round 18, precpron).

- a "he"/"she" never stands for a person whose given name is worn by the other gender only:
  "Maria Lund joined Corvel. He now runs Astra Foods" binds nothing
  (`loaders/pronoun_gender.py` `first_name_gender`, lists `female_first_names` and
  `male_first_names` in `loaders/data/coref.yaml`); names worn by both (Jan, Andrea) say
  nothing, and a title or a "said she" right after the name still wins;
- an opening "Its <role>" after a sentence whose subject hired, appointed or was advised by a
  bank stays the subject's (regression guards for earlier rounds);
- "holds a further N%" with no stake named is the topic firm's only when a stake context
  exists; the buyer in the sentence never takes the founder's kept stake or chair.

Short invented articles across food, shipping, bakery, tea, mills, pharma and brewing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

GENDER: list[Case] = [
    (  # food: a woman's given name, then "He"
        "Astra Foods names boss\n\nMaria Lund joined Corvel in 2015. He now runs Astra Foods.",
        [],
        [("maria-lund", "LEADS", "astra-foods")],
    ),
    (  # same, "She": bound
        "Astra Foods names boss\n\nMaria Lund joined Corvel in 2015. She now runs Astra Foods.",
        [("maria-lund", "LEADS", "astra-foods")],
        [],
    ),
    (  # object of "hired": "She" still the person
        "Astra Foods names boss\n\nCorvel hired Maria Lund in 2015. She now runs Astra Foods.",
        [("maria-lund", "LEADS", "astra-foods")],
        [],
    ),
    (  # a man's given name, then "She"
        "Petra Bakes opens\n\nJonas Pell left Ardent Foods in 2018. She later founded Petra Bakes.",
        [],
        [("jonas-pell", "FOUNDED", "petra-bakes")],
    ),
    (  # coordinated founders of both genders: "She" is never the man
        "Valo Tea founders\n\nTomas Brek and Ingrid Holm founded Valo Tea. She now chairs Ostra "
        "Foods.",
        [("tomas-brek", "FOUNDED", "valo-tea"), ("ingrid-holm", "FOUNDED", "valo-tea")],
        [("tomas-brek", "LEADS", "ostra-foods")],
    ),
    (  # mills: "He" after a woman hired from a rival
        "Halvern hires\n\nHalvern Foods hired Karin Dahl from Corvel. He previously ran Ostra "
        "Mills.",
        [],
        [("karin-dahl", "LEADS", "ostra-mills")],
    ),
    (  # a man named chief executive: "He previously ran"
        "Halvern hires\n\nHalvern Foods named Erik Sund as chief executive. He previously ran "
        "Ostra Mills.",
        [("erik-sund", "LEADS", "halvern-foods"), ("erik-sund", "LEADS", "ostra-mills")],
        [],
    ),
    (  # a woman named chief executive: "She previously ran"
        "Halvern hires\n\nHalvern Foods named Anna Sund as chief executive. She previously ran "
        "Ostra Mills.",
        [("anna-sund", "LEADS", "halvern-foods"), ("anna-sund", "LEADS", "ostra-mills")],
        [],
    ),
    (  # a given name worn by both: no gender read, the pronoun still binds
        "Halvern hires\n\nHalvern Foods named Jan Sund as chief executive. She previously ran "
        "Ostra Mills.",
        [("jan-sund", "LEADS", "ostra-mills")],
        [],
    ),
    (  # a man named later does not take "She said" from the woman who runs the firm
        "Halvern news\n\nPetra Voss runs Halvern Foods. Lars Eng, a former banker, joined the "
        "board in May. She said the firm would expand.",
        [("petra-voss", "LEADS", "halvern-foods")],
        [("lars-eng", "LEADS", "halvern-foods")],
    ),
    (  # a man's given name: "She founded" binds nothing
        "Halvern news\n\nLars Eng joined Halvern Foods in 2015 after leaving Corvel. She founded "
        "Brisk Teas in 2019.",
        [],
        [("lars-eng", "FOUNDED", "brisk-teas")],
    ),
    (  # a nephew's "she": the named uncle never founds
        "Brisselot vineyard\n\nAntoine Brisselot stepped aside last year; his niece runs the "
        "vineyard now, and she launched Brisselot Rose.",
        [],
        [("antoine-brisselot", "FOUNDED", "brisselot-rose")],
    ),
]

ITS: list[Case] = [
    (  # retail: "hired a bank to sell X. Its chief executive"
        "Tarsa sells unit\n\nTarsa hired Harlan Bank to sell Kelda Mills. Its chief executive, "
        "Mara Lind, said the price was fair.",
        [("mara-lind", "LEADS", "tarsa")],
        [("mara-lind", "LEADS", "harlan-bank")],
    ),
    (  # shipping: "hired a bank to sell its ferry arm"
        "Tarsa sells ferries\n\nTarsa Shipping hired Harlan Bank to sell its ferry arm. Its "
        "chairman, Ivo Brandt, expects a deal by June.",
        [("ivo-brandt", "LEADS", "tarsa-shipping")],
        [("ivo-brandt", "LEADS", "harlan-bank")],
    ),
    (  # two advisers appointed
        "Tarsa sells ferries\n\nTarsa Shipping appointed Harlan Bank and Calder Securities to "
        "sell its ferry arm. Its chairman, Ivo Brandt, expects a deal by June.",
        [("ivo-brandt", "LEADS", "tarsa-shipping")],
        [("ivo-brandt", "LEADS", "harlan-bank"), ("ivo-brandt", "LEADS", "calder-securities")],
    ),
    (  # passive "is being advised by"
        "Tarsa sells ferries\n\nTarsa Shipping is being advised by Harlan Bank. Its chairman, "
        "Ivo Brandt, expects a deal by June.",
        [("ivo-brandt", "LEADS", "tarsa-shipping")],
        [("ivo-brandt", "LEADS", "harlan-bank")],
    ),
    (  # mining: "hired X to find a buyer"
        "Grell Mining for sale\n\nGrell Mining hired Tovar Partners to find a buyer. Its chief "
        "executive, Lina Ros, said talks were at an early stage.",
        [("lina-ros", "LEADS", "grell-mining")],
        [("lina-ros", "LEADS", "tovar-partners")],
    ),
    (  # passive approach: "Its chief executive rejected the offer"
        "Grell Mining rejects bid\n\nGrell Mining was approached by Ulmar Resources last week. "
        "Its chief executive, Lina Ros, rejected the offer.",
        [("lina-ros", "LEADS", "grell-mining")],
        [("lina-ros", "LEADS", "ulmar-resources")],
    ),
    (  # steel: a supply deal's partner is no "its"
        "Kestrel Steel deal\n\nKestrel Steel agreed a supply deal with Norrland Ore. Its "
        "chairman, Ola Brant, welcomed the deal.",
        [("ola-brant", "LEADS", "kestrel-steel")],
        [("ola-brant", "LEADS", "norrland-ore")],
    ),
    (  # saddlery: "buy X from its founder": X's founder
        "Wendale buys saddler\n\nWendale will buy Pemsley Saddlery from its founder, Pia Lundqvar.",
        [("pia-lundqvar", "FOUNDED", "pemsley-saddlery")],
        [("pia-lundqvar", "FOUNDED", "wendale")],
    ),
    (  # brewing: "from its owner": X's owner
        "Kell Ales buys brewer\n\nKell Ales bought Dunmore Brewing from its owner, Brakel Capital.",
        [("brakel-capital", "OWNS", "dunmore-brewing")],
        [("brakel-capital", "OWNS", "kell-ales")],
    ),
    (  # a regulator's fine: "Its chief executive apologised" is the firm's
        "Tarsa fined\n\nTarsa Shipping was fined by the Maritime Authority. Its chief "
        "executive, Ivo Brandt, apologised.",
        [("ivo-brandt", "LEADS", "tarsa-shipping")],
        [("ivo-brandt", "LEADS", "maritime-authority")],
    ),
    (  # ferries: passive takeover, "Its founder stayed on": the firm bought
        "Kelda Ferries\n\nKelda Ferries was bought by Tarsa Shipping in 2019. Its founder, Ivo "
        "Brandt, stayed on.",
        [("ivo-brandt", "FOUNDED", "kelda-ferries")],
        [("ivo-brandt", "FOUNDED", "tarsa-shipping")],
    ),
]

TARGETS: list[Case] = [
    (  # "bought 9% of T and holds a further 4% through a fund": T
        "Vorn builds stake\n\nVorn Capital bought 9% of Tarsa Shipping last year and holds a "
        "further 4% through a fund.",
        [],
        [("vorn-capital", "OWNS", "fund")],
    ),
    (  # bakery: the founder keeps the rest and stays chair: of the firm bought, not the buyer
        "Lanric buys Tamsk\n\nLanric bought 63% of Tamsk Bakeries. Founder Ilsa Tamsk keeps the "
        "other 37% and stays on as chair, while Lanric's partner joins the board.",
        [("lanric", "OWNS", "tamsk-bakeries")],
        [("ilsa-tamsk", "LEADS", "lanric"), ("ilsa-tamsk", "OWNS", "lanric")],
    ),
    (  # the same in one sentence
        "Lanric expands\n\nLanric agreed to buy 63% of Tamsk Bakeries; founder Ilsa Tamsk keeps "
        "the other 37% and stays on as chair.",
        [("lanric", "OWNS", "tamsk-bakeries")],
        [("ilsa-tamsk", "OWNS", "lanric"), ("ilsa-tamsk", "LEADS", "lanric")],
    ),
    (  # shipping: "Founder X keeps the other 40% and stays on as chairman"
        "Orsk buys Tarsa\n\nOrsk Capital agreed to buy 60% of Tarsa Shipping. Founder Ivo "
        "Brandt keeps the other 40% and stays on as chairman.",
        [("ivo-brandt", "LEADS", "tarsa-shipping")],
        [("ivo-brandt", "LEADS", "orsk-capital"), ("ivo-brandt", "OWNS", "orsk-capital")],
    ),
    (  # food: "The founder will keep the remaining 40%" after a purchase from him
        "Halden buys dairy\n\nHalden Foods agreed to buy 60% of Orla Dairy from Sven Orla. The "
        "founder will keep the remaining 40% and stays on as chief executive.",
        [("halden-foods", "OWNS", "orla-dairy")],
        [("sven-orla", "LEADS", "halden-foods"), ("sven-orla", "OWNS", "halden-foods")],
    ),
    (  # a seller keeping a share: never the buyer's
        "Orsk buys Tarsa\n\nOrsk Capital agreed to buy Tarsa Shipping from Kelda Group. Kelda "
        "Group will keep 10%.",
        [("orsk-capital", "OWNS", "tarsa-shipping")],
        [("kelda-group", "OWNS", "orsk-capital")],
    ),
    (  # an adviser's "The bank will keep 5%": nothing on the buyer
        "Orsk buys Tarsa\n\nOrsk Capital agreed to buy Tarsa Shipping, advised by Harlan Bank. "
        "The bank will keep 5%.",
        [],
        [("harlan-bank", "OWNS", "orsk-capital")],
    ),
    (  # a largest shareholder of the topic firm
        "Tarsa results\n\nTarsa Shipping reported higher profits. Vorn Capital, its largest "
        "shareholder, holds 21%.",
        [("vorn-capital", "OWNS", "tarsa-shipping")],
        [],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(GENDER + ITS + TARGETS, GAPS))
def test_genre_precpron18(case: Case) -> None:
    check(*case)
