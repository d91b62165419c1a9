"""A holder said to have bought its share, in a relative after the holder's name: OWNS and FUNDS.

- ", which bought in during 2019": the relative right after the holder (`holdings`).
- ", the Lyon glassware group that bought into the firm in 2017", ", a Dutch fund, which
  acquired the stake in 2019": the relative after an appositive that describes the holder (a
  place name may stand in it; no other name, and no second comma but the one before "which").

Words: `holdings.bought_in` in `loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.holding_words import HoldingWords
from loaders.relations.model import Sentence
from loaders.relations.words import AUXILIARIES, INDEFINITE_ARTICLES, RELATIVES, M

HOLDER_ADVERBS: Final = frozenset(
    {"still", "now", "also", "each", "together", "jointly", "currently"}
)
# the relatives that open the holder's clause: ", which bought", "the group that bought"
APPOSED_REACH: Final = 9  # words of the appositive before its relative


def bought_after_holder(s: Sentence, end: int, hw: HoldingWords) -> bool:
    """ ", which bought in during 2018", ", the Oslo fund that bought into the firm" after a
    holder ending at `end`."""
    lows = s.lows
    if end + 2 >= len(lows) or lows[end] != ",":
        return False
    if lows[end + 1] in ("which", "who"):
        return _bought_at(s, end + 2, hw)
    rel = _apposed_relative(s, end + 1)
    return rel >= 0 and _bought_at(s, rel + 1, hw)


def _apposed_relative(s: Sentence, a: int) -> int:
    """The relative word closing an appositive that opens at a ("the Paris spirits group that",
    "a Dutch fund, which"); else -1."""
    lows = s.lows
    if lows[a] not in INDEFINITE_ARTICLES and lows[a] != "the":
        return -1
    for q in range(a + 1, min(len(lows) - 1, a + APPOSED_REACH)):
        w = lows[q]
        if w in RELATIVES and q > a + 1:
            return q if lows[q - 1] != "," or w != "that" else -1
        if w == "," and lows[q + 1] in ("which", "who"):
            continue
        if w == M and "Location" in s.etypes(q):
            continue
        if w == M or not (w.isalpha() or "-" in w or w == "'s"):
            return -1
    return -1


def _bought_at(s: Sentence, q: int, hw: HoldingWords) -> bool:
    """A buying phrase at q, auxiliaries and adverbs skipped ("has since bought into")."""
    lows = s.lows
    while q < len(lows) and (lows[q] in AUXILIARIES or lows[q] in HOLDER_ADVERBS):
        q += 1
    return q < len(lows) and hw.bought_in.match(lows, q) is not None
