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


def age_aside_holder(s: Sentence, c: int) -> int:
    """The person named before an age aside whose closing comma is at c ("NAME , 58 ,"),
    else -1."""
    lows = s.lows
    if c < 3 or lows[c] != "," or lows[c - 2] != "," or lows[c - 3] != M:
        return -1
    age = lows[c - 1]
    if not (age.isdigit() and YOUNGEST <= int(age) <= OLDEST):
        return -1
    return c - 3 if "Person" in s.etypes(c - 3) else -1
