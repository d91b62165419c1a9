"""Genre bank for shareholders read from a percentage or a rest (round 27).

A rest of a stake belongs to the company the sentence's share is of, also when a percentage
passive states that share ("X is 62% owned by A, with the rest held by B") and when unnamed
holders come first ("held by its staff and by B", "split between the managers and B"). A list
of shares after a passive holds its named agents even when the first is unnamed ("owned 50% by
its founders, 30% by the fund B"). Shares of a project a stake rule funds are FUNDS ("A holds
half of the P project, while B and C hold 25% each"). Guards: a rest of something that is no
stake ("the rest of its debt"), a share of no named company guessed as the article's, a
percentage that is no passive agent ("30% by the time it listed").

Invented texts across textiles, ferries, bakeries, dental labs, coaches, preserves, seed banks,
cinemas, orchards, ports, rail, quarries and glassworks.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

REST: list[Case] = [
    (  # textiles: a rest after a percentage passive
        "Lindvar Weaving is 62% owned by Ostra Holdings, with the rest held by Pellam Capital.",
        [
            ("pellam-capital", "OWNS", "lindvar-weaving"),
            ("ostra-holdings", "OWNS", "lindvar-weaving"),
        ],
        [],
    ),
    (  # ferries: the first holder of the passive unnamed
        "Skerrow Ferries is 55% owned by the Dunmore family, with the rest held by Tavish Invest.",
        [("tavish-invest", "OWNS", "skerrow-ferries")],
        [],
    ),
    (  # bakeries: unnamed holders first, each with its own "by"
        "Corvel Foods owns 80% of Brindle Bakeries, with the rest held by its bakers and by "
        "Hallam Ventures.",
        [
            ("hallam-ventures", "OWNS", "brindle-bakeries"),
            ("corvel-foods", "OWNS", "brindle-bakeries"),
        ],
        [],
    ),
    (  # dental labs: a rest split between unnamed holders and a fund
        "Marrow Health, which holds 70% of Dentix Labs, with the rest split between the "
        "technicians and the Quillon Growth Fund, plans to expand.",
        [("quillon-growth-fund", "OWNS", "dentix-labs")],
        [],
    ),
    (  # coaches: the rest in the next sentence
        "Vennick Coaches is 67% owned by Drummel Transit. The remainder is held by its drivers "
        "and by Melwood Capital.",
        [("melwood-capital", "OWNS", "vennick-coaches")],
        [],
    ),
    (  # seed banks: a role read with its holder before "holds the remaining"
        "Verdan Agri bought 65% of Seedvault Nord in 2021. Seedvault's founder, Oda Brekke, "
        "holds the remaining 35%.",
        [("oda-brekke", "OWNS", "seedvault-nord"), ("verdan-agri", "OWNS", "seedvault-nord")],
        [],
    ),
    (  # guard: the rest of its debt is no stake
        "Lindvar Weaving is wholly owned by Ostra Holdings. The rest of its debt is held by "
        "Pellam Capital.",
        [("ostra-holdings", "OWNS", "lindvar-weaving")],
        [("pellam-capital", "OWNS", "lindvar-weaving")],
    ),
    (  # guard: a share of no named company, guessed as the article's
        "Tamber Foods agreed to buy Quince Preserves, a jam maker. Quince supplies hotels. "
        "Ravel Group holds 74% of the equity; the remainder is held by its cooks and by "
        "Mira Solt, who retired in May.",
        [],
        [("mira-solt", "OWNS", "quince-preserves"), ("mira-solt", "OWNS", "tamber-foods")],
    ),
]

LISTS: list[Case] = [
    (  # cinemas: a share list after a passive, its first holder unnamed
        "Kinoro Cinemas is owned 50% by its founders, 30% by the media investor Castell "
        "Partners and 20% by Brann Capital.",
        [
            ("castell-partners", "OWNS", "kinoro-cinemas"),
            ("brann-capital", "OWNS", "kinoro-cinemas"),
        ],
        [],
    ),
    (  # orchards: a named first agent and a described second one
        "Applewick Orchards is owned 60% by Tarrow Farms and 40% by the pension fund Ellis "
        "Pension.",
        [
            ("tarrow-farms", "OWNS", "applewick-orchards"),
            ("ellis-pension", "OWNS", "applewick-orchards"),
        ],
        [],
    ),
    (  # ports: shares of a project are FUNDS
        "Orvain Ports holds 50% of the Kelmar Terminal project, while Duro Logistics and "
        "Fenwave Capital hold 25% each.",
        [
            ("orvain-ports", "FUNDS", "kelmar-terminal"),
            ("duro-logistics", "FUNDS", "kelmar-terminal"),
            ("fenwave-capital", "FUNDS", "kelmar-terminal"),
        ],
        [("duro-logistics", "OWNS", "kelmar-terminal")],
    ),
    (  # guard: a figure after the passive that is no agent's share
        "Kinoro Cinemas is owned 50% by its founders, 30% by the time it listed, said Castell "
        "Partners.",
        [],
        [("castell-partners", "OWNS", "kinoro-cinemas")],
    ),
    (  # glassworks: founders named in an apposition of a passive list
        "Glasswick Studio is owned 60% by its two founders, Ines Marl and Petr Hovik, and 40% "
        "by Brann Capital.",
        [("ines-marl", "OWNS", "glasswick-studio"), ("brann-capital", "OWNS", "glasswick-studio")],
        [],
    ),
    (  # rail: joint-venture partners in a project (read by venture_parents.partners_in)
        "Tellam Rail and Osgood Civil became joint-venture partners in the Brask Viaduct "
        "project, each putting up half of its 140 million pound budget.",
        [("tellam-rail", "FUNDS", "brask-viaduct"), ("osgood-civil", "FUNDS", "brask-viaduct")],
        [],
    ),
    (  # quarries (gap): a rest list whose named holder carries an apposition
        "Granvik Stone is 58% owned by the Tollis family, with the rest held by Aster Partners, "
        "a Bergen fund, and by the Quarrymen's Union, a cooperative that holds 6%.",
        [
            ("aster-partners", "OWNS", "granvik-stone"),
            ("quarrymen-s-union", "OWNS", "granvik-stone"),
        ],
        [],
    ),
]

BANK = REST + LISTS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_holders27(case: Case) -> None:
    check(*case)
