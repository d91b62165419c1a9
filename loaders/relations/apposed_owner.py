"""Whose product a possessive names when an appositive stands between ("B's rival, A, cut the
price of its Orra lock": A's; "A, a rival of B, whose Kesto oats sell": A's).

The possessive/product rule reads "its" as the company coreference gave it and "whose" as the
name right before the comma; when an appositive set off by commas names a company just before,
those readings give the product to the company the appositive describes from, not to the one it
describes. Same reading as `owned_names` (its `_sure_owner` and `_apposed_head`), for names
already typed Product.
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import DETS_AND_ONE
from loaders.relations.model import Sentence
from loaders.relations.words import M

APPOSED_REACH: Final = 5  # words of ", a long-time rival of" back from the name before "whose"
LINKS: Final[frozenset[str]] = frozenset({"of", "to", "for", "with"})


def set_off_firm(s: Sentence, p: int) -> bool:
    """The pronoun at p stands for another company than the one set off by commas last before
    it ("B's rival, A, cut the price of its lock")."""
    lows = s.lows
    before = [x for x in range(p) if lows[x] == M and "Organization" in s.etypes(x)]
    if not before:
        return False
    x = before[-1]
    # a clause may open at the name: the comma before it is then outside `lows`
    apposed = (x == 0 or lows[x - 1] == ",") and x + 1 < len(lows) and lows[x + 1] == ","
    return apposed and s.ment(x).ids != s.ment(p).ids


def apposed_head(s: Sentence, y: int) -> int:
    """ "X, a rival of Y, whose": X, the name the appositive describes, for Y at y; else y."""
    lows = s.lows
    if y < 2 or lows[y - 1] not in LINKS:
        return y
    a = y - 2
    while a >= 0 and y - 1 - a <= APPOSED_REACH and lows[a] not in DETS_AND_ONE:
        if not lows[a].replace("-", "").isalpha() or not lows[a].islower():
            return y
        a -= 1
    if a >= 2 and lows[a] in DETS_AND_ONE and lows[a - 1] == "," and lows[a - 2] == M:
        return a - 2
    return y
