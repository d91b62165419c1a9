"""A person's age set off by commas between the name and what describes them (round 30).

"Oren Vask, 61, who has run the tannery since 2004, will stay on": the age is an aside of its
own, and the relative clause after it still describes the name before it. The readings that
look left from ", who" for the clause's antecedent step over such an age.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import M

# the ages a news article gives a working person ("Dana Roe, 17," to "Ivo Marr, 104,")
YOUNGEST: Final = 16
OLDEST: Final = 110


def age_aside_holder(s: Sentence, c: int, k: int) -> int:
    """The person named before an age aside whose closing comma is at c ("NAME , 58 ,"), when
    the relative clause's verb at k has a named object right after it; else -1. (A reference
    object, "who has run the company", is left alone: after a sale the resolver may hand it the
    buyer.)"""
    lows = s.lows
    if c < 3 or lows[c] != "," or lows[c - 2] != "," or lows[c - 3] != M:
        return -1
    if not _named_object(s, k):
        return -1
    age = lows[c - 1]
    if not (age.isdigit() and YOUNGEST <= int(age) <= OLDEST):
        return -1
    return c - 3 if "Person" in s.etypes(c - 3) else -1


OBJECT_REACH: Final = 3  # words from the verb to its object ("has chaired the Corra board")


def _named_object(s: Sentence, k: int) -> bool:
    """A name stands within a few words after the verb at k, before any comma or clause end."""
    lows = s.lows
    for x in range(k + 1, min(len(lows), k + 1 + OBJECT_REACH)):
        if lows[x] == M:
            return s.ment(x).kind == "name"
        if lows[x] in (",", ".", ";"):
            return False
    return False
