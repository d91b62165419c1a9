"""The walk from a site noun back past its modifiers to the preposition that governs it.

"buys its beans from two hill farms in C", "a tie-up with mills in C", "sends its pulp to
paper mills in C", "grinds oats at its mill in C": which preposition stands before the site
noun, past at most `MODIFIER_WORDS` words each of which the caller's test admits, says whose
site it is (`site_guards`, `counterpart_works`, `made_at_sites`).

>>> lows = "it buys from two hill farms".split()
>>> site_preposition(lows, 5, "from", lambda a: lows[a].isalpha())
2
>>> site_preposition(lows, 5, "with", lambda a: lows[a].isalpha())
-1
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

MODIFIER_WORDS: Final = 4  # "runs two large container terminals in"


def site_preposition(lows: list[str], k: int, prep: str, admits: Callable[[int], bool]) -> int:
    """Where `prep` stands before the site noun at k, past at most `MODIFIER_WORDS` words whose
    places `admits`; -1 when another word, or none, stands there."""
    a = k - 1
    while a >= 0 and k - a <= MODIFIER_WORDS and lows[a] != prep:
        if not admits(a):
            return -1
        a -= 1
    return a if a >= 0 and lows[a] == prep else -1
