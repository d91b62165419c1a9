"""A partnership stated as a thing with no possessor, its parties named in its terms: "The
second reason is a tie-up with the clinic chain Arven, under which Rask will run the wards"
(Rask partners with Arven). The party is the subject of the "under which" clause; the noun
must stand after a copula or at the clause's start (no subject of its own: "Velmont's tie-up
with X, under which ..." is read by the trigger phrase). Words: `loaders/data/partnering.yaml`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.model import Sentence
from loaders.relations.partnering import NOUNS
from loaders.relations.words import PUNCT_STOP, M

RULE: Final = "partnering/under-which"
# words before the noun: "is a tie-up", "was the new partnership", "A second reason: a tie-up"
_COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "are", "were", "been", ":"})
_NOUN_WORDS: Final = 3  # "a new ten-year partnership"
_DESCRIPTOR_WORDS: Final = 4  # "with the clinic chain Arven"
_AUX_WORDS: Final = 3  # "under which Rask will run", "under which Rask is to run"


def cues(lex: Lexicon) -> Collection[str]:
    return NOUNS


def _after_copula(lows: list[str], k: int) -> bool:
    """Only determiners and plain modifiers between a copula and the noun at k."""
    for q in range(k - 1, max(-1, k - 2 - _NOUN_WORDS), -1):
        if lows[q] in _COPULAS:
            return True
        if lows[q] == M or not lows[q].replace("-", "").isalnum():
            return False
    return False


def _partner(s: Sentence, k: int) -> int:
    """The organization named after "with" right after the noun at k, past a descriptor."""
    lows = s.lows
    if k + 1 >= len(lows) or lows[k + 1] != "with":
        return -1
    for q in range(k + 2, min(len(lows), k + 3 + _DESCRIPTOR_WORDS)):
        if lows[q] == M:
            ok = not s.is_det(q) and s.etypes(q) == {"Organization"}
            return q if ok else -1
        if not lows[q].replace("-", "").isalpha():
            return -1
    return -1


def under_which(s: Sentence) -> None:
    """ "is a tie-up with X, under which Y will run the wards": Y partners with X."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in NOUNS or not _after_copula(lows, k):
            continue
        x = _partner(s, k)
        if x < 0 or x + 4 >= n or lows[x + 1 : x + 4] != [",", "under", "which"]:
            continue
        y = x + 4
        if lows[y] != M or s.etypes(y) != {"Organization"} or y + 1 >= n:
            continue
        v = y + 1
        while v < n and v - y <= _AUX_WORDS and lows[v].isalpha():
            v += 1
        if v == y + 1 or any(lows[q] in PUNCT_STOP for q in range(y, v)):
            continue  # no verb after the party
        if s.blocked(0, v) or s.ment(y).shares(s.ment(x)):
            continue
        s.emit(s.ment(y), ("PARTNERS_WITH",), s.ment(x), RULE, 0.6)
