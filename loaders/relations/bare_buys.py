"""A share bought with no company named (round 21, `holdings.kept_share`): "a year later the
carmaker Ibermotor took a 10 per cent stake", "Tregothnan Venturi bought its stake in 2020 for
about £9m", "X, which picked up 12% last spring, ...". The buyer FUNDS the company the stake is
of (`holdings._residual_owner`: the article's company, or the one just stated).

The words: the buying verbs of `holdings.buy_share` take any share; the verbs of
`holdings.stake_take_verbs` ("take", "build up") only one with a stake noun ("took a 10% stake",
not "took 10% of the market"). The share ends its phrase, or a time or a price follows it ("in
2020", "last spring", "two years later", "for about £9m").
"""

from __future__ import annotations

from typing import Final

from loaders.relations.bare_stakes import ends_here
from loaders.relations.holding_words import HoldingWords
from loaders.relations.model import Sentence
from loaders.relations.words import AMOUNT

# "two years later", "a year ago": a time after the share
SPANS: Final[frozenset[str]] = frozenset({"year", "years", "month", "months", "weeks"})
SPAN_ENDS: Final[frozenset[str]] = frozenset({"later", "ago", "earlier"})
# "for about £9m": a price after the share
PRICE_HEDGES: Final[frozenset[str]] = frozenset(
    {"about", "around", "roughly", "some", "nearly", "almost", "an", "a", "undisclosed"}
)


def buying_at(s: Sentence, v: int, hw: HoldingWords) -> tuple[int, bool] | None:
    """The buying verb at v: (its length, whether it needs a stake noun after the share), else
    None."""
    w = s.lows[v]
    hit = hw.buy_share.match(s.lows, v) if w in hw.buy_share else None
    if hit is not None:
        return hit[0], False
    hit = hw.stake_takes.match(s.lows, v) if w in hw.stake_takes else None
    return (hit[0], True) if hit is not None else None


def own_stake(s: Sentence, q: int) -> int:
    """Past a possessive before a bought stake ("bought its stake", "took their 12% stake"):
    the index after it, else q."""
    if q + 1 < len(s.lows) and s.is_det(q):
        return q + 1
    return q


def bought_ends(lows: list[str], e: int) -> bool:
    """The bought share's phrase ends at e, or a time or a price follows it."""
    if ends_here(lows, e):
        return True
    n = len(lows)
    if e + 2 < n and lows[e + 1] in SPANS and lows[e + 2] in SPAN_ENDS:
        return True  # "two years later"
    if lows[e] != "for" or e + 1 >= n:
        return False
    q = e + 1
    while q < n and lows[q] in PRICE_HEDGES:
        q += 1
    return q < n and (lows[q][:1] in AMOUNT or "$" in lows[q])
