"""A bare title of a holder who keeps the rest of a firm (round 41, precision).

"Harlow Capital has bought a 30% stake in Penrith Boats. Founder Eli Penrith keeps the
remaining 70% and stays on as chief executive": the bare title leans on the firm in view,
the investor, but the holder keeps the rest of Penrith Boats, so the title is its
(`loaders.relations.kept_posts`, read after `stake.remainder`). Plural keepers ("the two
founders will keep the remaining 20% between them, and X will stay on as managing
director") and a title set off beside the holder ("X, the managing director, and his sister
Y will keep the remaining 40%") read the same.

Lookalikes: a title of someone who keeps no share is left to the usual reading, and the
investor's own partner is never made the kept firm's leader.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

KEPT_POSTS: list[Case] = [
    (  # boatbuilding: a minority investor in view, "keeps the remaining N%"
        "Harlow Capital has bought a 30% stake in Penrith Boats, a family yard that builds "
        "fishing vessels. Founder Eli Penrith keeps the remaining 70% and stays on as chief "
        "executive, while Harlow's partner, Dan Ross, joins the board.",
        [("eli-penrith", "LEADS", "penrith-boats")],
        [("eli-penrith", "LEADS", "harlow-capital")],
    ),
    (  # pottery: "keeps the rest", "stays on as chairman"
        "Corvane Equity has taken a 45% stake in Maple Kilns, a pottery maker in Stoke. "
        "Founder Rosa Maple keeps the rest and stays on as chairman, and Corvane will add "
        "two directors.",
        [("rosa-maple", "LEADS", "maple-kilns")],
        [("rosa-maple", "LEADS", "corvane-equity")],
    ),
    (  # cabins: a fund's stake, "stays on as chairman" after "while"
        "Tessel Ventures has bought a 40% stake in Gorse Cabins, a family business that "
        "rents site offices. Founder Ruth Gorse keeps the remaining 60% and stays on as "
        "chairman, while Tessel's partner, Ian Pope, joins the board.",
        [("ruth-gorse", "LEADS", "gorse-cabins")],
        [("ruth-gorse", "LEADS", "tessel-ventures")],
    ),
    (  # meat: a title set off beside the holder, two keepers "between them"
        "Quarra Foods, the Girona meat group, said on Monday that it had agreed to buy 60% "
        "of Besalu Farms, a rabbit producer. Quarra, which runs five plants, called the "
        "deal a step into premium meat. Pau Riera, the managing director, and his sister "
        "Anna Riera will keep the remaining 40% between them, and both will stay in their "
        "posts.",
        [("pau-riera", "LEADS", "besalu-farms")],
        [("pau-riera", "LEADS", "quarra-foods")],
    ),
    (  # clinics: "the two founders" keep the rest, one of them stays on
        "Meridon Care said on Tuesday it had agreed to buy 80 per cent of Lakeview Rehab, a "
        "clinic in Perth. Lakeview was founded in 2010 by psychologist Jane Holt and nurse "
        "Omar Said. The two founders will keep the remaining 20 per cent between them, and "
        "Omar Said will stay on as managing director.",
        [("omar-said", "LEADS", "lakeview-rehab")],
        [("omar-said", "LEADS", "meridon-care")],
    ),
]

KEPT_POST_TRAPS: list[Case] = [
    (  # the investor's partner keeps no share: never the kept firm's leader
        "Harlow Capital has bought a 30% stake in Penrith Boats, a family yard. Founder Eli "
        "Penrith keeps the remaining 70%, and Harlow partner Dan Ross joins the board.",
        [("eli-penrith", "OWNS", "penrith-boats")],
        [("dan-ross", "LEADS", "penrith-boats")],
    ),
]


@pytest.mark.parametrize("text,present,absent", KEPT_POSTS)
def test_kept_post(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", KEPT_POST_TRAPS)
def test_kept_post_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
