"""Product cues of owned goods: "Tolverne's beers include Kestrel Bitter and Orrin Lager",
"its brands include Sallow Gin". The nouns are `owned_goods` in loaders/data/names.yaml; a
possessor must come before them (bare "brands like X and Y" may name companies).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon

POSSESSORS: frozenset[str] = frozenset({"its", "their", "his", "her", "our", "'s", "'"})


def owned_goods(lows: list[str], k: int, lex: Lexicon) -> bool:
    """The noun at k is a plural of owned goods with a possessor before it ("its brands")."""
    if k < 1 or lows[k] not in data_words(lex, "owned_goods"):
        return False
    back = lows[k - 2] if k > 1 and lows[k - 1] in ("main", "best-known", "other", "top") else ""
    return lows[k - 1] in POSSESSORS or back in POSSESSORS
