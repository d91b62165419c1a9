"""A stake sold in one sentence and bought in the next: "Calloway sold 20% of Hopfield. The
stake was bought by Dunmore Capital", "Harlow Pension bought the stake for $120m", "The buyer
was Ocher Capital", "Tagus Stores, which bought the stake, said ...".

The buyer FUNDS the company of the stake (a stake bought is FUNDS, as "bought a stake in X"),
read from `SentenceContext.stake_sold` (the last sale of the two sentences before).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.deal_roles import ROLE_NOUNS as BUYER_NOUNS  # "the buyer", "the acquirer"
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import agent_after, subjects
from loaders.relations.words import M

# "The stake was bought by", "The shares have been acquired by"
PASSIVE_AUX: Final[frozenset[str]] = frozenset({"was", "were", "is", "are", "been", "has", "have"})


def cues(lex: Lexicon) -> frozenset[str]:
    return lex.stake_nouns | BUYER_NOUNS


def handed_over(s: Sentence) -> None:
    sale = s.context.stake_sold
    if sale is None:
        return
    sellers, sold = sale
    lows = s.lows
    for k in range(len(lows) - 1):
        if lows[k] != "the":
            continue
        buyer = -1
        if lows[k + 1] in s.lex.stake_nouns:
            buyer = _passive_buyer(s, k + 2)
            if buyer < 0:
                buyer = _active_buyer(s, k)
        elif lows[k + 1] in BUYER_NOUNS:
            buyer = _named_buyer(s, k + 2)
        if buyer < 0 or s.blocked(min(k, buyer), max(k, buyer) + 1):
            continue
        who = s.ment(buyer)
        if set(who.ids) & (set(sellers) | set(sold)):
            continue  # the seller, or the company itself
        s.emit(who, ("FUNDS",), Mention(sold, -1, -1), "stake/handed-over", 0.65)


def _passive_buyer(s: Sentence, k: int) -> int:
    """ "[the stake] was bought by X": X, else -1."""
    lows, n = s.lows, len(s.lows)
    while k < n and lows[k] in PASSIVE_AUX:
        k += 1
    hit = s.lex.stake_buy.match(lows, k) if k < n and lows[k] in s.lex.stake_buy else None
    if hit is None or k + hit[0] >= n or lows[k + hit[0]] != "by":
        return -1
    return agent_after(s, k + hit[0] + 1)


def _active_buyer(s: Sentence, k: int) -> int:
    """ "X bought [the stake]", "X, which bought [the stake]": the subject of the buy verb
    right before the article at k, else -1."""
    buy, words = s.lex.stake_buy, s.lows
    for v in range(k - 1, max(-1, k - 4), -1):
        if words[v] in buy:
            hit = buy.match(words, v)
            if hit is not None and v + hit[0] == k:
                found = subjects(s, v, True)
                return found[0] if found else -1
    return -1


def _named_buyer(s: Sentence, k: int) -> int:
    """ "The buyer was X", "The buyer, X,": X, else -1."""
    lows, n = s.lows, len(s.lows)
    if k < n and lows[k] in ("was", "is", "were", ","):
        k += 1
    return k if k < n and lows[k] == M and not s.is_det(k) else -1
