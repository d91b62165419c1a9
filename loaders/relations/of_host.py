"""Whose a seat after an "of" complement is (round 20): "Warmline, a smaller competitor of
Ostlerby based in Tonbridge" places Warmline, the name the appositive describes, not Ostlerby,
the complement of the appositive's noun ("based in" modifies "a competitor", whose referent is
the appositive's host).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Mention, Sentence
from loaders.relations.place_lists import BASED
from loaders.relations.words import ARTICLES_AND_ANOTHER, M

HEAD_REACH: Final = 5  # words from the appositive's article to "of"


def of_host(s: Sentence, subj_idx: list[int], subject: Mention, obj: int) -> Mention:
    """The host X of "X, a <noun> of Y based in P" when the subject is Y and the seat
    participle follows it directly; else `subject` unchanged."""
    lows = s.lows
    if len(subj_idx) != 1:
        return subject
    y = subj_idx[0]
    if y + 1 >= obj or lows[y + 1] not in BASED or y < 4 or lows[y - 1] != "of":
        return subject
    comma = next((k for k in range(y - 2, max(y - 3 - HEAD_REACH, 0), -1) if lows[k] == ","), -1)
    if comma < 1 or lows[comma - 1] != M or lows[comma + 1] not in ARTICLES_AND_ANOTHER:
        return subject
    if M in lows[comma + 1 : y - 1]:
        return subject
    host = s.ment(comma - 1)
    if "Organization" not in s.etypes(comma - 1) or len(host.ids) != 1:
        return subject
    return host
