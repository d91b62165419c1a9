"""The maker of a thing whose making a participial tail says was joint.

"Ruby Gold, a variety Hollin Estate released after ten years of trials, run in partnership with
the Valley Growers' Co-operative": the tail ", run in partnership with Y" describes the trials
of Hollin Estate's clause, so Hollin Estate partners with Y. The maker is the first name met
walking left from the tail's comma, an organization right before a verb ("Hollin Estate
released"); another name first (an object: "bought it from X, run ..."), a sentence stop or
another comma, and there is none.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.shared_subject import verb_like
from loaders.relations.words import PUNCT_STOP, M

TAIL_REACH = 16  # words between the clause's subject and the tail's comma


def tail_maker(s: Sentence, v: int) -> int:
    """The subject of the clause a ", VERBed in partnership with" tail at v closes, else -1."""
    lows = s.lows
    if v < 3 or lows[v - 1] != ",":
        return -1
    for m in range(v - 2, max(-1, v - 2 - TAIL_REACH), -1):
        w = lows[m]
        if w in PUNCT_STOP or w == ",":
            return -1
        if w != M:
            continue
        if s.is_det(m) or "Organization" not in s.etypes(m) or m + 1 >= v - 1:
            return -1
        return m if verb_like(s, m + 1) else -1
    return -1
