"""rv137m: review of the round-37 readings on invented text, and their mends.

- "the venture" is the organization the text called a venture (`loaders.venture_refs`): not a
  firm described as a "venture capital firm", and not after a venture the text did not name
  ("her next venture", "a venture with Pax Mining").
- a bare "the company" after a holder of the main company is the main company
  (`loaders.holder_refs.main_held_first`): not when the holder was named again after the
  holding sentence, nor when the company's own clause says it, too, owns or bought something.

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

GLASS = (
    "Quillon Glass was founded in 1978 in Leeds. Quillon Glass makes windows for offices, and "
    "Quillon Glass now sells in nine countries. "
)
WINE = (
    "Tavora Wines started in 1990 as a family vineyard. Tavora Wines grew to 40 hectares, and "
    "Tavora Wines exports to Asia. "
)

VENTURE: list[Case] = [
    (  # a venture-capital firm is no "the venture"
        "Pelham Capital, a venture capital firm, invested in Quorra Labs. The venture has "
        "backed the startup's new round.",
        [],
        [("pelham-capital", "BACKS", "quorra-labs")],
    ),
    (  # the same, with a leader
        "Pelham Capital, a venture capital firm based in Boston, led a round in Quorra Labs. "
        "The venture is headed by Ana Ruiz.",
        [],
        [("ana-ruiz", "LEADS", "pelham-capital")],
    ),
    (  # a founder's next venture, unnamed, comes between
        "Velo Farms, an agricultural venture, was founded by Mira Sethi in 2018. Sethi said "
        "her next venture would be in dairy. The venture will be based in Pune.",
        [("mira-sethi", "FOUNDED", "velo-farms")],
        [("velo-farms", "LOCATED_IN", "pune")],
    ),
    (  # a planned venture with another firm comes between
        "Harlan Steel and Omoro Mining formed Redvale Metals, a joint venture. Harlan Steel is "
        "also weighing a venture with Pax Mining. The venture would be based in Lima.",
        [],
        [("redvale-metals", "LOCATED_IN", "lima")],
    ),
    (  # kept: the named venture, with nothing between
        "Okapi Media and Strand Films launched Reelhouse, a streaming venture. Okapi Media also "
        "bought Kora Studios. The venture is based in Lagos.",
        [("reelhouse", "LOCATED_IN", "lagos")],
        [],
    ),
    (  # kept: a passive with the venture as subject
        "Saltmere Dairies, a venture of Corvin Foods and Ibsen Farms, was set up in Cork. The "
        "venture was sued by Ardle Packaging in March.",
        [("ardle-packaging", "DISPUTES", "saltmere-dairies")],
        [],
    ),
]

COMPANY: list[Case] = [
    (  # the holder named again after its holding: the company is the holder
        GLASS + "Marden Holdings owns 60% of Quillon Glass. Marden Holdings also owns hotels. "
        "The company is led by chief executive Oona Brill.",
        [],
        [("oona-brill", "LEADS", "quillon-glass")],
    ),
    (
        GLASS + "Marden Holdings bought Quillon Glass. Marden Holdings, a Swiss group, is also "
        "buying Hale Doors. The company has agreed to pay $20 million for Hale Doors.",
        [],
        [("quillon-glass", "OWNS", "hale-doors")],
    ),
    (  # "which also owns": the holder's clause
        GLASS + "Marden Holdings bought Quillon Glass in 2012. The company, which also owns "
        "hotels and a ferry line, is based in Zug.",
        [],
        [("quillon-glass", "LOCATED_IN", "zug")],
    ),
    (  # "said it had also bought"
        GLASS + "Marden Holdings bought Quillon Glass in 2012. The company said in a statement "
        "that it had also bought Hale Doors.",
        [],
        [("quillon-glass", "OWNS", "hale-doors")],
    ),
    (  # coordination: "also owns X and is led by Y"
        WINE + "Brenna Drinks owns 51% of Tavora Wines. The company also owns Carra Beer and "
        "is led by Eva Rios.",
        [],
        [("tavora-wines", "OWNS", "carra-beer"), ("eva-rios", "LEADS", "tavora-wines")],
    ),
    (  # "as well" after the verb
        WINE + "Brenna Drinks owns 51% of Tavora Wines. The company controls Carra Beer as well.",
        [],
        [("tavora-wines", "OWNS", "carra-beer")],
    ),
    (  # kept: the held firm's own assets, no word of addition
        WINE + "Brenna Drinks owns 51% of Tavora Wines. The company, which owns 40 hectares of "
        "vines in Douro, is led by Luis Sena.",
        [("luis-sena", "LEADS", "tavora-wines")],
        [("luis-sena", "LEADS", "brenna-drinks")],
    ),
    (  # kept: a passive of control is the held firm
        WINE + "Brenna Drinks owns 51% of Tavora Wines. The company, controlled by the Ruiz "
        "family, is based in Porto.",
        [("tavora-wines", "LOCATED_IN", "porto")],
        [("brenna-drinks", "LOCATED_IN", "porto")],
    ),
    (  # kept: a holder first named in its holding sentence, the main firm unnamed there
        "Orvel Bakeries was set up in 1955. Orvel Bakeries bakes rye bread, and Orvel Bakeries "
        "sells to hotels. The family still controls the business. Orvel Holding, the family's "
        "holding company, owns 70%. The company is led by chief executive Ines Marl.",
        [("ines-marl", "LEADS", "orvel-bakeries")],
        [],
    ),
]


@pytest.mark.parametrize("case", VENTURE + COMPANY, ids=lambda c: c[0][-80:-20])
def test_rv137m(case: Case) -> None:
    check(*case)


@pytest.mark.xfail(
    strict=True, reason="'export credit' is no money word: the ministry's backing reads as support"
)
def test_rv137m_export_credit() -> None:
    check(
        "The Department for International Trade backed Nomad Textiles with export credit.",
        [("department-for-international-trade", "FUNDS", "nomad-textiles")],
        [],
    )


@pytest.mark.xfail(strict=True, reason="an analysts' expectation ('expect ... to rival') is read")
def test_rv137m_expected_rival() -> None:
    check(
        "Zenda Motors and Kaito Batteries formed Volten Cells, a battery venture, in 2021. "
        "Analysts expect the venture to rival Cressa Energy.",
        [],
        [("volten-cells", "COMPETES_WITH", "cressa-energy")],
    )
