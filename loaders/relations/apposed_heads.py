"""Apposed heads: the name an unnamed noun phrase stands beside.

"Fenmore Guild, the regional growers' union, which has 900 members, sued Kalder": the
relative clause's head ("the regional growers' union") names no entity of its own, yet it is
an appositive of the name before it, so the verb after the clause is that name's
(`nav.past_relative`). A noun phrase that opens its own clause ("The fund, which Rell set up,
owns Pask") has no name before it and stays unnamed.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import APPOSITIVE_DETS, POSSESSIVE_MARKS, M

APPOSED_REACH: Final = 6  # words of the unnamed noun phrase, its article included


def apposed_name(s: Sentence, end: int) -> int:
    """The name before ", <article> ... <noun>" whose last word stands at `end` ("Fenmore
    Guild, the regional growers' union"); -1 when the phrase is no appositive of a name, or
    the name is a place or a description itself."""
    lows = s.lows
    d = end
    while d > 0 and end - d < APPOSED_REACH and lows[d] not in APPOSITIVE_DETS:
        if not (lows[d].isalpha() or lows[d] in POSSESSIVE_MARKS or "-" in lows[d]):
            return -1
        d -= 1
    if lows[d] not in APPOSITIVE_DETS or d < 2 or lows[d - 1] != "," or lows[d - 2] != M:
        return -1
    head = d - 2
    return -1 if s.is_det(head) or "Location" in s.etypes(head) else head
