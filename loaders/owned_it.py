"""The "it" of a relative clause on the holder a passive of holding names: "Dunmore Mills is
controlled by Ure Capital, the Leeds buyout firm that acquired it in 2018": "it" is
Dunmore Mills, the passive's subject, not a firm named sentences before.

Only an organization opening the sentence as the subject, "is | was | has been [adverb]
owned | held | controlled [since YEAR] by B" (or the reduced relative ", owned by B,"), at
most a described appositive on B naming no other organization (", the Leeds buyout firm",
", a Harrogate group"), then "that | which <verb of buying> it" ("that acquired it", "which
bought it")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.acquired_refs import buys
from loaders.lexicon import Lexicon
from loaders.relations.model import Mention
from loaders.relations.words import HOLDING_PARTICIPLES

APPOSED_REACH: Final = 12  # words of an appositive on the holder: ", a Harrogate group"
AGENT_REACH: Final = 4  # words between the participle and "by": "owned since 2019 by"
# what may follow the subject name: its copula or a set-off clause ("X is owned by", "X, which
# was founded in 1990, is owned by", "X, owned by"); not a possessive or a noun the name
# modifies ("X's parent is owned by B, which bought it": the parent, not X)
SUBJECT_NEXT: Final = frozenset({",", "is", "was", "has"})


def owned_it(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
) -> str | None:
    """The subject of the passive of holding whose agent's relative clause holds the "it" at
    i ("X is owned by B, a fund that bought it in 2019": X), else None.

    >>> lows = "dorn mills is owned by ure capital , a fund that bought it in 2019".split()
    >>> items = [Mention(("dorn-mills",), 0, 2), Mention(("ure-capital",), 5, 7)]
    >>> owned_it(Lexicon.load(), lows, items, 12, lambda r: "Organization")
    'dorn-mills'
    >>> lows = "dorn mills 's parent is owned by ure capital , a fund that bought it".split()
    >>> items = [Mention(("dorn-mills",), 0, 2), Mention(("ure-capital",), 7, 9)]
    >>> owned_it(Lexicon.load(), lows, items, 14, lambda r: "Organization") is None
    True
    """
    if (
        lows[i] != "it"
        or i < 5
        or lows[i - 2] not in ("that", "which")
        or not buys(lex, lows[i - 1 : i])
    ):
        return None
    holder = _holder(lows, items, i - 2, type_of)
    if holder is None or holder.i < 2 or type_of(holder.ids[0]) != "Organization":
        return None
    by = holder.i - 1
    while by >= 0 and lows[by] != "by" and holder.i - by <= 3 and lows[by].isalpha():
        by -= 1  # "by the Leeds buyout firm B"
    if by < 1 or lows[by] != "by":
        return None
    subject = items[0]
    if subject.i != 0 or len(subject.ids) != 1 or type_of(subject.ids[0]) != "Organization":
        return None
    if lows[subject.j] not in SUBJECT_NEXT:
        return None  # "X's parent is owned by B, which bought it": not X
    if subject.ids[0] == holder.ids[0] or not _held(lows, by, subject.j):
        return None
    return subject.ids[0]


def _holder(
    lows: Sequence[str], items: Sequence[Mention], rel: int, type_of: Callable[[str], str]
) -> Mention | None:
    """The named holder the relative at rel is said of: right before it, or before a
    described appositive naming no organization (", a Harrogate group"); else None."""
    for m in reversed([m for m in items if m.j <= rel and len(m.ids) == 1]):
        if type_of(m.ids[0]) == "Location":
            continue  # a place inside the appositive ("a Harrogate group")
        gap = lows[m.j : rel]
        if not gap:
            return m
        described = len(gap) > 1 and gap[1] in ("a", "an", "the")
        ok = gap[0] == "," and described and len(gap) <= APPOSED_REACH and "," not in gap[1:]
        return m if ok else None
    return None


def _held(lows: Sequence[str], by: int, end: int) -> bool:
    """A participle of holding a few words before the "by" at by, after a copula ("is
    controlled by", "was held since 2012 by", "is now owned by") or, as a reduced
    relative, right after the subject that ends at end ("X, owned by B, ...")."""
    for p in range(by - 1, max(0, by - 1 - AGENT_REACH), -1):
        if lows[p] in HOLDING_PARTICIPLES:
            reduced = p == end + 1 and lows[end] == ","
            return reduced or lows[p - 1] in ("is", "was", "been", "now", "still", "currently")
    return False
