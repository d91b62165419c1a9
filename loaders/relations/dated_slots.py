"""Verbal family: a trigger's preposition that governs a date, not the trigger's object.

"parted with a majority stake in 2017 to the buyout house Ostler": the "in" of "majority stake
in" takes a year, so the name after it (the buyer) is no object of the stake; "took a stake in
March in Pellow Foods": the object comes after the date, with the same preposition again.
"""

from __future__ import annotations

import re
from typing import Final

from loaders.non_names import NonNames
from loaders.relations.model import Sentence

# a year as one word: "in 2019", "of 1998"
YEAR: Final = re.compile(r"^(?:1[89]|20)\d\d$")
# the prepositions that end a trigger and may take a date instead: "stake in", "control of"
DATED_PREPS: Final[frozenset[str]] = frozenset({"in", "of"})
# what follows the date when the name after it is a recipient of the thing: "to X"
RECIPIENT_PREPS: Final[frozenset[str]] = frozenset({"to"})


def date_word(s: Sentence, w: str) -> bool:
    """A year ("2019") or a day, month or season ("March")."""
    return bool(YEAR.match(w)) or w in NonNames.of(s.lex).calendar


def dated_slot(s: Sentence, e: int) -> int:
    """Where the object of the trigger ending at e starts: e itself, the word after a date
    that repeats the trigger's preposition ("a stake in 2019 in X"), or -1 where a date fills
    the preposition and a recipient follows it ("a stake in 2019 to X": the buyer); after a
    date and another preposition ("a round in May for X") the object search goes on as before."""
    lows = s.lows
    n = len(lows)
    if not (0 < e < n and lows[e - 1] in DATED_PREPS and date_word(s, lows[e])):
        return e
    q = e
    while q < n and (date_word(s, lows[q]) or lows[q].isdigit() or lows[q] == ","):
        q += 1
    if q + 1 < n and lows[q] == lows[e - 1]:
        return q + 1
    return -1 if q < n and lows[q] in RECIPIENT_PREPS else e
