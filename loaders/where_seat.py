"""The firm "the company" names in a seat clause on a place: "C, where the firm is based".

"Brisa opened in 1981 as one kiosk in Modena, where the firm has been based ever since", "Anna
Berg set it up in 2010 with one room in Utrecht, where the chain has its headquarters": the
description in a "where" clause hung on the place of the clause before means the organization
that clause named (the only one, or the one just founded there), not the article's topic.

Not: a clause that names several organizations with none founded at the place ("A, which
bought B, has a plant in C, where the company ...": left to the topical ranking), a "where"
clause that says no seat ("where the company sells most of its output").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.relations.model import Mention

# the words of a seat within a few words after the description ("has been based", "has its
# headquarters", "remains")
SEAT_WORDS: Final = frozenset({"based", "headquartered", "headquarters", "remains", "remained"})
SEAT_REACH = 5  # words after the description that may hold the seat word
FOUNDED_REACH = 2  # words before the last named firm that may hold its founding verb


def where_seat(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    j: int,
    type_of: Callable[[str], str],
    founding: frozenset[str],
) -> str | None:
    """The organization the clause before ", where" at i names, for a description at i..j
    followed by a seat word (see the module docstring); else None."""
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
    last = firms[-1]
    span = lows[max(0, last.i - FOUNDED_REACH) : i - 2]
    return last.ids[0] if not founding.isdisjoint(span) else None
