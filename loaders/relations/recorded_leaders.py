"""A bare leading title whose holder the article already tied to one firm (round 29).

"Quillon was set up in 2015 by Anu Saar and Peep Kask. ... Saar is chief executive; Kask owns
a fifth of the business": no firm in the sentence, none the context names for a bare title,
but earlier sentences made Saar a founder of Quillon alone (`loaders.leader_record`): Saar
leads Quillon. A person tied to two firms, or only by a past post, gets nothing here.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Mention, Sentence

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
    firm = Mention(tuple(firms), -1, -1, "context", 0.8)
    return s.emit(s.ment(holder), ("LEADS",), firm, RULE, 0.6)
