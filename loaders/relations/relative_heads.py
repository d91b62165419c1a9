"""Relative heads: the name an apposed description before "in which" stands for.

"Varn Marine, a pump maker in which Tarrow holds 20%", "Varn Mexico, a unit set up for the
plant, in which Orsa has taken 15%": the relative is said of the description, which
is apposed to the name before its opening comma, so the stake or the investment is in that
name. The description may hold place names ("a Tallinn valve maker") but no other name (an
organization inside it may be what the relative is said of), nor a relative of its own. A
description that opens its own clause ("The unit, in which") has no name before it; a place
is never the head ("Leeds, a city in which").

Also the two checks the relative readings share when they look for the name a relative is
said of: the name right before the relative word (`named_before`: "X, which", "X that") and
an organization's own name at a position (`named_firm`).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import (
    APPOSITIVE_DETS,
    NEARNESS_PREPS,
    PREPOSITIONS,
    PUNCT_STOP,
    RELATIVES,
    SKIP_DETS,
    WHICH_THAT,
    M,
)

DESCRIPTION_REACH: Final = 14  # words of the description, its article included
CLAUSE_REACH: Final = 14  # words of a first relative coordinated with "and in which"


def apposed_relative_head(s: Sentence, w: int) -> int:
    """The name before the description that "in which"/"of which" (with "which" at w) is said
    of, else -1."""
    lows = s.lows
    closed = lows[w - 2] == ","
    end = w - 3 if closed else w - 2
    if end >= 3 and lows[end] == "and":
        end = _before_first_relative(s, end)  # "a firm that X runs and in which Y holds 9%"
    if end < 3 or not (lows[end].isalpha() or _place(s, end)):
        return -1  # "Tarrow, in which": the name itself is read by the caller
    d = end
    while d >= 1 and end - d < DESCRIPTION_REACH:
        w_d = lows[d]
        if w_d == ",":
            return _head_before(s, d)
        if w_d in PUNCT_STOP or w_d in RELATIVES:
            return -1  # "a firm that X ran and in which": another clause
        if w_d == M and not _place(s, d):
            return -1
        if not closed and _noun_phrase_object(lows, d):
            return -1  # "X, a lender to the port project in which": the project's
        d -= 1
    return -1


def _head_before(s: Sentence, c: int) -> int:
    """The name before the comma at c that opens an appositive ("X, a ..."), else -1."""
    lows = s.lows
    if lows[c + 1] not in APPOSITIVE_DETS or lows[c - 1] != M:
        return -1
    head = c - 1
    if s.is_det(head) or "Location" in s.etypes(head):
        return -1
    return head


def _before_first_relative(s: Sentence, a: int) -> int:
    """The word before the relative that "and" at a closes ("a firm that X has run since 2015
    and in which": "firm"), else -1."""
    lows = s.lows
    for r in range(a - 1, max(0, a - CLAUSE_REACH), -1):
        if lows[r] in PUNCT_STOP or lows[r] == ",":
            return -1
        if lows[r] in WHICH_THAT and lows[r - 1] != ",":
            return r - 1
    return -1


def _noun_phrase_object(lows: list[str], d: int) -> bool:
    """A preposition at d opening an object with its own article, which a relative right after
    it is said of: "a lender to the port project", "a maker in a market", "a maker from the
    Gdansk region" (not "a maker of valves", nor "one of the firms")."""
    w_d = lows[d]
    return (
        (w_d in PREPOSITIONS or w_d in NEARNESS_PREPS)
        and lows[d + 1] in SKIP_DETS
        and not (w_d == "of" and lows[d - 1] == "one")
    )


def _place(s: Sentence, k: int) -> bool:
    """A place name at k, which may sit inside a description ("a Tallinn valve maker")."""
    return s.lows[k] == M and not s.is_det(k) and "Location" in s.etypes(k)


def named_before(s: Sentence, r: int) -> int:
    """The name right before the relative word at r, past its comma ("X, which", "X that"),
    that is no reference by a description or a pronoun ("the mill, which"); else -1."""
    lows = s.lows
    a = r - 1 - (r >= 1 and lows[r - 1] == ",")
    return a if a >= 0 and lows[a] == M and not s.is_det(a) else -1


def named_firm(s: Sentence, a: int) -> int:
    """a, when an organization is named there (not referred to: "the mill"); else -1."""
    if a < 0 or s.lows[a] != M or s.is_det(a) or "Organization" not in s.etypes(a):
        return -1
    return a
