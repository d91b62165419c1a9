"""The holder of "the remaining N%" past an auxiliary or a description of it.

"Orvel Capital has agreed to buy a 70% stake in Dunmore Ceramics. Ines Dunmore, the founder's
niece, will keep the remaining 30%": Ines keeps the rest of Dunmore Ceramics (the firm whose
stake the sentences just before stated, `SentenceContext.held_before`). The holder stands
before the verb past auxiliaries ("will", "still") or past an appositive that names no other
party; a relative ("B, which holds the rest") and a plain "B holds the rest" are read by
`stake._rest_holder` itself.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import AUXILIARIES, POSSESSIVE_MARKS, M

# verbs of keeping a share before "the remaining N%", in any form after an auxiliary
REST_VERBS: Final[frozenset[str]] = frozenset(
    {"keep", "keeps", "kept", "retain", "retains", "retained", "hold", "holds", "own", "owns"}
)
DESCRIPTION_REACH: Final = 12  # words of an appositive between the holder and its comma
DESCRIPTION_STOPS: Final[frozenset[str]] = frozenset({";", ":", ".", "which", "who", "that"})


def kept_rest_holder(s: Sentence, v: int) -> int:
    """The holder whose verb of keeping stands at v ("will keep the remaining 30%", "Ines,
    the founder's niece, keeps the remaining 30%"); else -1."""
    lows = s.lows
    if v < 1 or lows[v] not in REST_VERBS:
        return -1
    r = v - 1
    while r >= 0 and lows[r] in AUXILIARIES:
        r -= 1
    if r >= 0 and lows[r] == M:
        return r if not s.is_det(r) and r < v - 1 else -1  # the plain case is the caller's
    return _described(s, r) if r >= 2 and lows[r] == "," else -1


def _described(s: Sentence, c: int) -> int:
    """The name before the appositive that ends at the comma c ("Ines, the founder's niece,"),
    when the appositive names no entity but a possessor; else -1."""
    lows = s.lows
    for b in range(c - 1, max(-1, c - 1 - DESCRIPTION_REACH), -1):
        w = lows[b]
        if w == ",":
            h = b - 1
            return h if h >= 0 and lows[h] == M and not s.is_det(h) and b < c - 1 else -1
        if (w == M and lows[b + 1] not in POSSESSIVE_MARKS) or w in DESCRIPTION_STOPS:
            return -1  # (a possessor may stand in it: "the founder's niece")
    return -1
