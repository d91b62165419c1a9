"""Words of a date inside a trigger phrase's gap: they name no participant.

"received a 2 million franc subsidy last spring from X", "took a minority stake in 2019 in X":
the date ("last", "spring", "2019") only says when, so `nav.match_gap` does not count it against
its reach (an amount still does: "alongside a £4m loan from X" is a second sum, not the verb's).

>>> lows = "received a 2 million franc subsidy last spring from".split()
>>> [date_word(lows, p) for p in range(len(lows))]
[False, False, False, False, False, False, True, True, False]
"""

from __future__ import annotations

from typing import Final

from loaders.relations.words import DATE_WORDS

# how many date words one gap may skip on top of its own reach
FREE_WORDS: Final = 3
# the date words that also open a place or a relation ("in", "on", "at"), or a name ("May")
_NOT_FREE: Final = frozenset({"in", "on", "at", "during", "may", "march"})


def date_word(lows: list[str], p: int) -> bool:
    """A word of a date inside a gap ("last", "year", "2021"), never a preposition."""
    w = lows[p]
    return (w in DATE_WORDS and w not in _NOT_FREE) or (len(w) == 4 and w.isdigit())
