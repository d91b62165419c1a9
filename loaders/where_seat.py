"""The firm "the company" names in a seat clause on a place: "C, where the firm is based".

"Brisa opened in 1981 as one kiosk in Modena, where the firm has been based ever since", "Anna
Berg set it up in 2010 with one room in Utrecht, where the chain has its headquarters": the
description in a "where" clause hung on the place of the clause before means the organization
that clause named. With one firm named, that one; with several, the clause's own subject: the
firm that opens the sentence when every other firm sits in a set-off relative clause or
appositive after it, follows "by" or is its verb's object ("A, which bought B, opened a shop in
C, where the company is based", "A was launched by B in C, where the airline is based": A), or
the antecedent of a relative clause the place closes ("A bought B, which was set up in C, where
the group is based": B). "The unit" takes the firm an appositive calls a unit ("A, a unit of B,
opened a plant in C, where the unit is based": A).

Not: a clause whose subject is no firm or not plain ("After A bought B, it opened ...", "A said
B opened ..."): left to the topical ranking; a "where" clause that says no seat ("where the
company sells most of its output").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.based_descriptions import SEAT_HEADS
from loaders.relations.model import Mention
from loaders.relations.words import RELATIVE_WH, SAYING, SKIP_DETS

# the words of a seat within a few words after the description ("has been based", "has its
# headquarters", "remains")
SEAT_WORDS: Final = frozenset(SEAT_HEADS) | {"remains", "remained"}
SEAT_REACH: Final = 5  # words after the description that may hold the seat word
RELATIVES: Final = RELATIVE_WH | {"that"}
# words before a second firm that make it no object of the subject's verb
NOT_VERBS: Final = SAYING | {"and", "or", "with"}


def where_seat(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    j: int,
    type_of: Callable[[str], str],
    name_of: Callable[[str], str],
    fits: Callable[[str], bool],
    part: frozenset[str],
) -> str | None:
    """The organization the clause before ", where" at i names, for a description at i..j
    followed by a seat word (see the module docstring); `part` holds the heads of a unit
    ("the unit", "the subsidiary"); of several firms, one the description `fits` ("the fund"
    is no solar maker) and no other firm's name ends in its head ("the group": not A when B
    Group is named); else None."""
    if i < 2 or lows[i - 1] != "where" or lows[i - 2] != ",":
        return None
    if SEAT_WORDS.isdisjoint(lows[j : j + SEAT_REACH]):
        return None
    firms = [
        m for m in items if m.j <= i - 2 and len(m.ids) == 1 and type_of(m.ids[0]) == "Organization"
    ]
    if not firms:
        return None
    if len({m.ids[0] for m in firms}) == 1:
        return firms[0].ids[0]
    if lows[j - 1] in part:
        units = [m for m in firms if _called_unit(lows, m, part)]
        return units[0].ids[0] if len(units) == 1 else None
    got = _relative_subject(lows, firms, i - 2) or _main_subject(lows, firms)
    if got is None or not fits(got.ids[0]):
        return None
    others = {m.ids[0] for m in firms} - {got.ids[0]}
    named = any(name_of(x).lower().split()[-1:] == [lows[j - 1]] for x in others)
    return None if named else got.ids[0]


def _called_unit(lows: Sequence[str], m: Mention, part: frozenset[str]) -> bool:
    """ "A, a unit of B": the firm at m is called a unit by the appositive after it."""
    k = m.j
    return k + 3 < len(lows) and lows[k] == "," and lows[k + 1] in SKIP_DETS and lows[k + 2] in part


def _relative_subject(lows: Sequence[str], firms: list[Mention], end: int) -> Mention | None:
    """The antecedent of a relative clause (", which ...") still open at `end` with no other
    firm inside it ("A bought B, which was set up in C, where"): B."""
    for k in range(end - 1, 0, -1):
        if lows[k] == ",":
            if lows[k + 1] not in RELATIVES:
                return None
            before = [m for m in firms if m.j == k]
            inside = [m for m in firms if k < m.i < end]
            return before[0] if before and not inside else None
    return None


def _main_subject(lows: Sequence[str], firms: list[Mention]) -> Mention | None:
    """The firm that opens the sentence when every other firm before the place is set off
    after it (a relative clause or appositive between commas), an agent after "by", or the
    object right after its verb ("A launched B in C"); else None."""
    first = firms[0]
    if any(w not in SKIP_DETS for w in lows[: first.i]):
        return None  # "After A bought B, it ...": no plain subject
    closing = _set_off_end(lows, first.j)
    for m in firms[1:]:
        if m.ids == first.ids or m.i < closing:
            continue
        if lows[m.i - 1] == "by":
            continue  # "A was launched by B in C"
        if m.i == closing + 1 and lows[closing].isalpha() and lows[closing] not in NOT_VERBS:
            continue  # "A launched B in C", not "A said B opened ...", "A and B opened"
        return None
    return first


def _set_off_end(lows: Sequence[str], k: int) -> int:
    """Where the main clause goes on after a subject ending at k: past a comma-set relative
    clause or appositive (the index after its closing comma), else k."""
    if k >= len(lows) or lows[k] != ",":
        return k
    closing = next((q for q in range(k + 1, len(lows)) if lows[q] == ","), -1)
    return closing + 1 if closing > 0 else k
