"""A share bought with no company named (round 21, `holdings.kept_share`): "a year later the
carmaker Ibermotor took a 10 per cent stake", "Tregothnan Venturi bought its stake in 2020 for
about £9m", "X, which acquired 12% last spring, ...". The buyer FUNDS the company the stake is
of (`holdings._residual_owner`: the article's company, or the one just stated).

The words: the buying verbs of `holdings.buy_share` take any share; the verbs of
`holdings.stake_take_verbs` ("take", "build up") only one with a stake noun ("took a 10% stake",
not "took 10% of the market"). The share ends its phrase, or a time or a price follows it ("in
2020", "last spring", "two years later", "for about £9m"); after a bare percentage, only with
the buying verbs: "picked up 3% on Tuesday" is a share price's move (`holdings.kept_share`).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.holding_words import HoldingWords, holding_words
from loaders.relations.model import Sentence
from loaders.relations.stake import SUM_HEDGES, percent_at
from loaders.relations.words import AMOUNT_STARTS, DATE_WORDS, M

# a time after the share: "in 2013", "last spring", "on Tuesday", "this year"
TIME_OPENERS: Final[frozenset[str]] = frozenset({"in", "on", "last", "this", "earlier"})
SHARE_STOPS: Final[frozenset[str]] = frozenset({",", ".", ";", ")"})


def ends_here(lows: list[str], e: int) -> bool:
    """The share's phrase ends at e, or a time follows it ("in 2013", "last spring")."""
    if e >= len(lows) or lows[e] in SHARE_STOPS:
        return True
    if lows[e] not in TIME_OPENERS or e + 1 >= len(lows):
        return False
    if lows[e] in ("last", "this", "earlier"):
        return True  # "last spring", "this year", "earlier this year"
    w = lows[e + 1]
    return w[:4].isdigit() or (w in DATE_WORDS and w not in TIME_OPENERS and w != "at")


# "two years later", "a year ago": a time after the share
SPANS: Final[frozenset[str]] = frozenset({"year", "years", "month", "months", "weeks"})
SPAN_ENDS: Final[frozenset[str]] = frozenset({"later", "ago", "earlier"})
# "for about £9m": a price after the share
PRICE_HEDGES: Final[frozenset[str]] = SUM_HEDGES | frozenset({"an", "a", "undisclosed"})


def buying_at(s: Sentence, v: int, hw: HoldingWords) -> tuple[int, bool, int] | None:
    """The buying verb at v: (its length, whether it needs a stake noun after the share, the
    verb whose subject buys), else None. A paying verb and its sum before "for" buy too: "paid
    €3m for a 9% stake", "invested £2m for a 10% holding" (the "for" at v)."""
    w = s.lows[v]
    if w in s.lex.stake_pay_preps:
        p = _paying_verb(s, v)
        return (1, True, p) if p >= 0 else None
    hit = hw.buy_share.match(s.lows, v) if w in hw.buy_share else None
    if hit is not None:
        return hit[0], False, v
    if w in hw.stake_take_left_out:
        return None
    hit = hw.stake_takes.match(s.lows, v) if w in hw.stake_takes else None
    return (hit[0], True, v) if hit is not None else None


def _paying_verb(s: Sentence, v: int) -> int:
    """The paying or investing verb before a sum and the preposition at v ("paid €3m for",
    "invested about $2 million for"), else -1."""
    lows, lex = s.lows, s.lex
    p = v - 1
    while p >= 0 and v - p <= 6 and _sum_word(s, p):
        p -= 1
    if p == v - 1 or p < 0:
        return -1  # no sum between: "paid for the stake"
    for verbs in (lex.stake_pay, lex.invest_verbs):
        if lows[p] in verbs and verbs.match(lows, p):
            return p
    return -1


def _sum_word(s: Sentence, p: int) -> bool:
    """A word of a sum: "€3m", "$", "2", "million", "about"."""
    w = s.lows[p]
    return w[:1] in AMOUNT_STARTS or "$" in w or w in s.lex.money_words or w in PRICE_HEDGES


def own_stake(s: Sentence, q: int) -> int:
    """Past a possessive before a bought stake with no size ("bought its stake in 2020"): the
    index after it, else q. A sized one may be another's ("It will also buy its 40% stake")."""
    if q + 1 < len(s.lows) and s.is_det(q) and s.lows[q + 1] in s.lex.stake_held:
        return q + 1
    return q


def bought_ends(s: Sentence, e: int) -> bool:
    """The bought share's phrase ends at e, or a time, a price or a word of `bought_tails`
    follows it."""
    lows = s.lows
    if ends_here(lows, e):
        return True
    n = len(lows)
    if lows[e] in holding_words(s.lex).bought_tails:
        return not (lows[e] == "at" and e + 1 < n and lows[e + 1] == M)  # "a stake at Kelvo"
    if e + 2 < n and lows[e + 1] in SPANS and lows[e + 2] in SPAN_ENDS:
        return True  # "two years later"
    if lows[e] != "for" or e + 1 >= n:
        return False
    q = e + 1
    while q < n and lows[q] in PRICE_HEDGES:
        q += 1
    return q < n and (lows[q][:1] in AMOUNT_STARTS or "$" in lows[q])


def sized_stake(s: Sentence, e: int) -> tuple[float, int] | None:
    """ "a stake of about 15%": after a stake noun ending at e, "of" and a percentage: (its
    value, the index after it), else None."""
    lows, n = s.lows, len(s.lows)
    if e >= n or lows[e] != "of":
        return None
    q = e + 1
    while q < n and q - e <= 4 and lows[q] in s.lex.stake_fillers:
        q += 1
    return percent_at(lows, q) if q < n else None
