"""Genre bank for binding a reference to the right firm (round 30).

- a name the sentence before spoke of only inside a quotation is back in view once the next
  sentence names it again outside one: its later "its" may mean it;
- a name closing an indefinite appositive or complement through "of" ("a former director of
  X", "a unit of X") is no clause subject a later "it" leans to;
- "P, who has run / started the company": the firm P is already tied to;
- a second clause opened by a description with a hyphenated modifier ("and the Oslo-based
  rival T launched its own brand") binds its own "its".

Each case is a short invented text (relations that must be found, relations that must not be),
across textiles, waste haulage, baking, optics, ferries, dentistry and cheese.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

QUOTED: list[Case] = [
    (  # textiles: the quoted firm is named again before "its"
        "Fenwold Mills agreed on Monday to buy Tessaro Weaving for 40 million pounds. "
        '"We have wanted Tessaro for years," said Ilse Brandt, chief executive of Fenwold Mills. '
        "Tessaro, set up in 1990 by the sisters Ana and Rosa Pell, will keep its name, and Ana "
        "Pell, its chief executive, will join the Fenwold board.",
        [("ana-pell", "LEADS", "tessaro-weaving")],
        [("ana-pell", "LEADS", "fenwold-mills")],
    ),
]

OBLIQUE: list[Case] = [
    (  # waste haulage: a former director of a trade council is no later "it"
        "Corbin Waste named a new chairman on Monday. Priya Nand, a former director of the "
        "Recycling Trade Council, takes the post in June. Last year it bought Sable Skips, a "
        "Derby hauler.",
        [("corbin-waste", "OWNS", "sable-skips")],
        [("recycling-trade-council", "OWNS", "sable-skips")],
    ),
    (  # dentistry: "a former partner of" makes the firm an aside
        "Brightsmile Clinics said on Tuesday that profits rose. Karen Holt, a former partner of "
        "Harlan Health, becomes chair in May. In March it bought Molar Care, a chain of six "
        "practices in Leeds.",
        [("brightsmile-clinics", "OWNS", "molar-care")],
        [("harlan-health", "OWNS", "molar-care")],
    ),
    (  # guard: a plain subject stays the firm a later "it" means
        "Corbin Waste named a new chairman on Monday. Last year it bought Sable Skips, a Derby "
        "hauler.",
        [("corbin-waste", "OWNS", "sable-skips")],
        [],
    ),
]

TIED: list[Case] = [
    (  # baking: "who has run the company" after a buyer is named
        "Halden Foods agreed last week to buy Morrow Bakeries for 30 million pounds. Morrow "
        "Bakeries was founded in 1988 by Ewan Morrow in Perth. Halden makes soups in Leeds, and "
        "Halden said the deal would lift its sales. Ewan Morrow, who has run the company for "
        "three decades, will stay on for two years.",
        [("ewan-morrow", "LEADS", "morrow-bakeries")],
        [("ewan-morrow", "LEADS", "halden-foods")],
    ),
    (  # guard: "who has sued the company" is no tie
        "Morrow Bakeries was founded in 1988 by Ewan Morrow in Perth. Last week Halden Foods "
        "agreed to buy Morrow Bakeries. Ada Kerr, who has sued the company, said she would "
        "drop the claim.",
        [],
        [("ada-kerr", "LEADS", "morrow-bakeries"), ("ada-kerr", "LEADS", "halden-foods")],
    ),
]

CONJUNCT: list[Case] = [
    (  # ferries: a hyphenated modifier opens the second clause's description
        "Kestrel Ferries runs six boats on the route, and the Bergen-based rival Nordvik Lines "
        "launched its own budget brand, Skyline, last year.",
        [("nordvik-lines", "OWNS", "skyline")],
        [("kestrel-ferries", "OWNS", "skyline")],
    ),
    (  # guard: with no hyphen the conjunct's subject binds as before
        "Kestrel Ferries runs six boats on the route, and the larger rival Nordvik Lines "
        "launched its own budget brand, Skyline, last year.",
        [("nordvik-lines", "OWNS", "skyline")],
        [("kestrel-ferries", "OWNS", "skyline")],
    ),
]

GAP: list[Case] = [
    (  # textiles: "where the company keeps its offices" after the founding of a firm bought
        "Veldt Mills said on Monday it would acquire Corrie Looms. Veldt spins yarn in Bradford "
        "and exports most of it. Corrie was set up in 1962 by Ada Muir as a weaving shed in "
        "Hawick, where the company keeps its offices, and is known for tweed.",
        [("corrie-looms", "LOCATED_IN", "hawick")],
        [("veldt-mills", "LOCATED_IN", "hawick")],
    ),
    (  # kayaks: "The company" after a sentence naming only a person, not the buyer
        "Tarn Kayaks was started by Mia Holt in 1979. Holt sold most of her shares in 2011 to "
        "Brightwater Leisure, an outdoor retailer from Leeds. Her brother Sam Holt kept the "
        "title of managing director for a decade. The company, today headed by chief executive "
        "Jo Evans, makes 300 kayaks a year.",
        [("jo-evans", "LEADS", "tarn-kayaks")],
        [("jo-evans", "LEADS", "brightwater-leisure")],
    ),
]

BANK = QUOTED + OBLIQUE + TIED + CONJUNCT + GAP
GAPS: dict[str, str] = {
    "Veldt Mills said": "a place statement in a later clause goes to the firm named more "
    "often, not the sentence's own subject (a wider reading failed CHECK)",
    "Tarn Kayaks was": "the subject two sentences back is not asked past a sentence that "
    "names only a person (a wider reading failed CHECK)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_binding30(case: Case) -> None:
    check(*case)
