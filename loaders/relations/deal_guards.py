"""Guards for ownership and funding acts: what makes "buy", "acquisition of", "owner" no OWNS
or FUNDS although no general negation or hedge stands in the way.

- `intended`: intent, expectation or an ended past between the actor and the act ("plans to
  acquire X", "is expected to buy X", "the favourite to buy X", "formerly owned by X",
  "X's former parent").
- `undone`: a deal noun whose clause says it did not happen ("X's takeover of Y collapsed",
  "X abandoned its takeover of Y").

The words are data: `loaders/data/deals.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterable

from loaders.lexicon import PhraseIndex, read_data
from loaders.relations.model import Sentence
from loaders.relations.words import CLAUSE_STOP, M

_DATA = read_data("deals.yaml")
DEAL_TYPES = frozenset({"OWNS", "FUNDS"})


def _index(key: str) -> PhraseIndex:
    out = PhraseIndex()
    for entry in _DATA[key]:
        out.add(tuple(str(entry).lower().split()), True)
    return out


INTENT = _index("intent")
FAILED = _index("failed")
UNDOING = _index("undoing")


def is_deal(types: Iterable[str]) -> bool:
    """Are any of these relation types an ownership or funding act?"""
    return not DEAL_TYPES.isdisjoint(types)


def _hit(index: PhraseIndex, lows: list[str], k: int) -> bool:
    return lows[k] in index and index.match(lows, k) is not None


def intended(s: Sentence, k: int) -> bool:
    """An intent, expectation or ended-past word just before the act at k, in its phrase
    ("plans to acquire", "is the favourite to buy", "formerly owned by", "its planned
    takeover of")."""
    lows = s.lows
    for b in range(k - 1, max(-1, k - 5), -1):
        w = lows[b]
        if w == M or w == "," or w in CLAUSE_STOP:
            return False
        if _hit(INTENT, lows, b):
            return True
    return False


def undone(s: Sentence, first: int, last: int) -> bool:
    """The deal phrase spanning first..last did not happen: an undoing verb just before it
    ("abandoned its takeover of Y") or a failure after it in its clause ("... collapsed")."""
    lows = s.lows
    n = len(lows)
    for k in range(first - 1, max(-1, first - 4), -1):
        if lows[k] in CLAUSE_STOP or lows[k] == ",":
            break
        if _hit(UNDOING, lows, k):
            return True
    for k in range(last + 1, min(n, last + 8)):
        w = lows[k]
        if w == M or w in CLAUSE_STOP:
            return False
        if _hit(FAILED, lows, k):
            return True
        if w == "," and k + 1 < n and lows[k + 1] in ("which", "who", "that"):
            return False
    return False
