"""Backing in an opening phrase: "With the backing of Ostrel Bank, Harrow Foods opened a plant"
(Ostrel Bank BACKS Harrow Foods).

`with-backing`: a sentence that opens with "with" and a backing noun and "of" ("the full
support of", "the blessing of") names the backers; the comma that closes the phrase is followed
by the backed clause's subject, a name. Not "With or without the support of", nor a hedged
clause; "with backing from X" is left to the money readings ("bought two trawlers with backing
from X" funds the buyer). Nouns: `backing.BACKING_NOUNS`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.backing import BACKING_NOUNS
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.words import AND_OR, POSSESSIVE_MARKS, M

RULE = "backing/with-backing"
NOUN_REACH: Final = 3  # words between "with" and the noun ("the full", "the unanimous")
BACKER_TYPES: Final[frozenset[str]] = frozenset({"Organization", "Person"})


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"with"})


def _noun(lows: list[str]) -> int:
    """The backing noun at most NOUN_REACH words after the opening "with", else -1."""
    for x in range(1, min(len(lows), NOUN_REACH + 2)):
        if lows[x] in BACKING_NOUNS:
            return x
        if not lows[x].isalpha() or lows[x] == "or":
            return -1  # "With or without the backing of": no fact
    return -1


def _backers(s: Sentence, listed: list[int]) -> list[int]:
    """The backers of a list that may run on past the phrase's comma into the subject ("of A
    and B, C opened"): up to the member after "and", else the first."""
    for n, x in enumerate(listed):
        if x > 0 and s.lows[x - 1] in AND_OR:
            return listed[: n + 1]
    return listed[:1]


def with_backing(s: Sentence) -> None:
    lows = s.lows
    if len(lows) < 6 or lows[0] != "with":
        return
    k = _noun(lows)
    if k < 0 or lows[k + 1] != "of" or lows[k + 2] != M or s.is_det(k + 2):
        return
    backers = _backers(s, coord(s, k + 2, +1))
    comma = backers[-1] + 1
    subject = comma + 1 + (comma + 2 < len(lows) and lows[comma + 1] == "the")  # "the firm"
    if subject >= len(lows) or lows[comma] != "," or lows[subject] != M:
        return
    if s.is_det(subject) or s.blocked(0, subject):
        return
    if subject + 2 < len(lows) and lows[subject + 1] in POSSESSIVE_MARKS and lows[subject + 2] != M:
        return  # "Harrow Foods' creditors rejected": the possessed noun is the subject
    for b in backers:
        if not BACKER_TYPES.isdisjoint(s.etypes(b)):
            s.emit(s.ment(b), ("BACKS",), s.ment(subject), RULE, 0.7)
