"""A bare leading title whose holder the article already tied to one firm (round 29).

"Quillon was set up in 2015 by Anu Saar and Peep Kask. ... Saar is chief executive; Kask owns
a fifth of the business": no firm in the sentence, none the context names for a bare title,
but earlier sentences made Saar a founder of Quillon alone (`loaders.leader_record`): Saar
leads Quillon. A person tied to two firms, or only by a past post, gets nothing here, nor one
whose sentence names or refers to another firm ("Its new strategy was drawn up by Mond, who is
chairman"), or whose paragraph is about another (`sentence_context._leaders`).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Mention, Sentence
from loaders.relations.words import M

RULE: Final = "role/context"


def recorded_firm(s: Sentence, holder: int, hi: int) -> bool:
    """The holder at `holder` of a bare leading title (ending before `hi`) leads the one firm
    `SentenceContext.leaders` ties them to; False when there is none."""
    if "Person" not in s.etypes(holder) or s.blocked(min(holder, hi), max(holder, hi)):
        return False
    ids = s.ment(holder).ids
    firms = {f for p, f in s.context.leaders if p in ids}
    if len(firms) != 1:
        return False
    # "Its new strategy was drawn up by Mond, who is chairman": the sentence's own firm (named
    # or referred to) is in view, and the record does not override it (review 29 F2)
    lows = s.lows
    for m in range(len(lows)):
        if lows[m] == M and m != holder:
            if any(s.type_of(i) == "Organization" and i not in firms for i in s.ment(m).ids):
                return False
    firm = Mention(tuple(firms), -1, -1, "context", 0.8)
    return s.emit(s.ment(holder), ("LEADS",), firm, RULE, 0.6)
