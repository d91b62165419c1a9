"""The firm a holder put money into, for "it" or "the company" in a share held after "and".

"Orvel Fund, a Brno-based investor that put $5m into Tessly Labs in 2021 and now owns 20% of
the company": the company is Tessly Labs, which the first verb of the holder's own clause
named ("invested in", "put money into"), not whichever firm the text was last about. Only
inside that clause: the first verb follows its "that"/"which"/"who" with no comma or stop
between, and "and" (adverbs, auxiliaries) opens the verb of the share.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.shared_subject import LINK_ADVERBS
from loaders.relations.words import AUXILIARIES, IN_INTO, PUNCT_STOP, RELATIVES, M

CLAUSE_REACH: Final = 14  # words between the relative word and "and"


def invested_in(s: Sentence, start: int) -> int:
    """The firm named after "in"/"into" in the first verb's phrase of the relative clause
    whose second verb (after "and") is the share verb at `start`; else -1."""
    lows = s.lows
    a = start - 1
    while a >= 0 and (lows[a] in LINK_ADVERBS or lows[a] in AUXILIARIES):
        a -= 1
    if a < 3 or lows[a] != "and":
        return -1
    found = -1
    for q in range(a - 1, max(0, a - CLAUSE_REACH) - 1, -1):
        w = lows[q]
        if w == "," or w in PUNCT_STOP or w == "and":
            return -1
        if w in RELATIVES:
            return found if q + 1 < a and lows[q + 1] != M else -1  # not "that X bought"
        if w == M and q >= 1 and lows[q - 1] in IN_INTO and s.ment(q).kind == "name":
            if "Organization" in s.etypes(q):
                found = q  # not "into the company": that one is resolved on its own
    return -1
