"""A second verb coordinated after the first verb's object and an adjunct: "Kessler bought
Vellmo in 2022 and took a 25% stake in Kaura Labs" (Kessler took the stake, not Vellmo). The
nearest name before "and" is the first verb's object; the subject both verbs share is the one
before it.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.nav import prep_before, subjects
from loaders.relations.words import (
    AUXILIARIES,
    CLAUSE_STOP,
    COORD,
    DATE_WORDS,
    PREPOSITIONS,
    M,
)

LINKS = frozenset({"also", "then", "later", "since", "subsequently", "last", "this", "year"})
NOT_ADJUNCT = frozenset({"which", "who", "that", "whose", "where", "while", "after", "before"})


def _adjunct(s: Sentence, lo: int, hi: int) -> bool:
    """lo..hi-1 is empty or an adjunct: "in 2022", "for $1bn", "last year", "on Monday,"."""
    lows = s.lows
    if lo >= hi:
        return True
    first = lows[lo]
    if not (first in PREPOSITIONS or first in DATE_WORDS or first[:1] in "$£€0123456789"):
        return False
    for x in range(lo, hi):
        w = lows[x]
        if w == M or w in CLAUSE_STOP or w in NOT_ADJUNCT or (w == "," and x != hi - 1):
            return False
    return True


def shared_subject(s: Sentence, c: int, k: int) -> int:
    """The subject of the verb at k when the nearest name c is the object of an earlier verb
    coordinated with it ("S V1 c [adjunct] and V2"), else -1."""
    lows = s.lows
    a = k - 1
    while a > c and (lows[a] in AUXILIARIES or lows[a] in LINKS or lows[a].endswith("ly")):
        a -= 1
    if a <= c or lows[a] != "and":
        return -1
    if not _adjunct(s, c + 1, a) or prep_before(s, c) or s.is_det(c):
        return -1
    cands = subjects(s, c, True)
    if not cands or cands[0] >= c:
        return -1
    subj = cands[0]
    between = lows[subj + 1 : c]
    if not between or any(
        w == M or w in CLAUSE_STOP or w in NOT_ADJUNCT or w in COORD or w in (",", "'s", "'")
        for w in between
    ):
        return -1
    return subj
