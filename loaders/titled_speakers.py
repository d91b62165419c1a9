"""A sentence-opening bare title whose holder speaks (round 25, `loaders.sentence_context`
`names_other_org`).

"Chairman Ivo Brandt said the board had met Orvik's bankers twice", "Chief executive Ana Lisk,
who joined from rival Dorn Tiles in 2021, said margins would recover": the holder's title is
bare, and every name after the holder stands in an aside on the holder (a former employer) or
in the clause the holder reports (a party spoken of), never the title's own organization.
`titled_speaker` gives where those names start, so that a bare title of the article's clear
topic keeps its organization.

>>> titled_speaker("chairman ivo brandt said the board met orvik".split(), 3)
3
>>> lows = "ceo ana lisk , who joined from dorn tiles , said margins rose".split()
>>> titled_speaker(lows, 3)
3
>>> titled_speaker("chairman ivo brandt bought orvik".split(), 3)
-1
>>> titled_speaker("ceo ana lisk , of dorn tiles , said so".split(), 3)
-1
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from loaders.relations.words import QUOTE_MARKS, REPORTING, TELLING

SAYING: Final[frozenset[str]] = REPORTING | TELLING
ASIDE_REACH: Final = 20  # words of an aside between the holder and the saying verb
# an aside on the holder opens with a relative or an indefinite description ("who joined from
# X", "a former banker at X"); "of X", "at X" right after the name say whose title it is
ASIDE_OPENERS: Final[frozenset[str]] = frozenset({"who", "a", "an", "whose", "once", "formerly"})


def titled_speaker(lows: Sequence[str], h: int) -> int:
    """Where the words after a bare title's holder (ending at h) start when the holder goes on
    to say or tell (after an aside on the holder at most), else -1."""
    n = len(lows)
    if h < 0 or h >= n:
        return -1
    if lows[h] in SAYING:
        return h
    if lows[h] != "," or h + 1 >= n or lows[h + 1] not in ASIDE_OPENERS:
        return -1
    for c in range(h + 2, min(n - 1, h + ASIDE_REACH)):
        w = lows[c]
        if w in QUOTE_MARKS or w in SAYING:
            return -1
        if w == ",":
            return h if lows[c + 1] in SAYING else -1
    return -1
