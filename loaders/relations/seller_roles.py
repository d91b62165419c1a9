"""Role family: "its" in a seller's role after a purchase names the thing bought.

"Vesta Group acquired the kiln maker Orrin in spring 2021 from its founder, Ola Brandt": the
founder is the bought firm's, not the buyer's; the role rules otherwise read "its" as the
sentence's subject. A chief executive or chairman there stays the buyer's (a deal with its own
head), as the role rules read it.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.dated_slots import date_word
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence
from loaders.relations.words import ARTICLES, OWN_PRONOUNS, M

# "last year", "this month": a time phrase of two words before "from"
SPANS: Final[frozenset[str]] = frozenset({"year", "month", "week", "spring", "summer", "autumn"})
SPAN_OPENERS: Final[frozenset[str]] = frozenset({"last", "this", "that", "the", "same"})
TIME_PREPS: Final[frozenset[str]] = frozenset({"in", "on", "during"})
OWN_WORDS: Final[frozenset[str]] = OWN_PRONOUNS


def _before_time(s: Sentence, c: int) -> int:
    """The word before a time phrase ending at c ("in 2019", "in March 2020", "last year"), or
    c itself when none ends there."""
    lows = s.lows
    if c >= 1 and lows[c] in SPANS and lows[c - 1] in SPAN_OPENERS:
        return c - 2
    q = c
    while q >= 0 and c - q <= 3 and date_word(s, lows[q]):
        q -= 1
    return q - 1 if q < c and q >= 0 and lows[q] in TIME_PREPS else c


def bought_from_its(s: Sentence, m: int) -> int:
    """The bought organization that the "its" at m stands for in "BOUGHT X [time] from its
    ROLE": X's position (a name or "it"), else -1."""
    lows = s.lows
    if m < 3 or lows[m] != M or lows[m - 1] != "from" or s.ment(m).word.lower() not in OWN_WORDS:
        return -1
    c = _before_time(s, m - 2)
    if c < 1 or lows[c] != M or "Organization" not in s.etypes(c):
        return -1
    v = c - 1 - (lows[c - 1] in ARTICLES)  # "acquired the Corley Bakery"
    if v < 0 or lows[v] not in holding_words(s.lex).bought_forms:
        return -1
    return c if not s.ment(c).shares(s.ment(m)) else -1
