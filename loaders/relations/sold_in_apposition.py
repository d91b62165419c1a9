"""A company sold, named in an appositive about the seller's sale.

"In 2011 he started Brisco Labs, a testing firm he sold to Hallam Group in 2016", "Tolvey, the
bakery chain she later sold to Grainger Foods", "Kessel Foods, sold to Orrin Group in 2019,",
"Kelda Rail, a unit sold to Brisk Holdings": the buyer OWNS the company the appositive
describes. The seller's verb must follow its pronoun subject directly ("a firm he tried to sell
to X" is no sale).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence
from loaders.relations.words import BARE_PRONOUNS, CLAUSE_STOP, PUNCT_STOP, SKIP_DETS, M

_ADVERBS: Final = frozenset(
    {"later", "eventually", "then", "subsequently", "finally", "ultimately"}
)
_DESCRIPTOR_WORDS = 5  # "a small testing firm": words of the appositive before its pronoun


def cues(lex: Lexicon) -> frozenset[str]:
    return holding_words(lex).apposed_sales


def sold_in_apposition(s: Sentence) -> None:
    """ "B, a firm he sold to C": C OWNS B."""
    lows = s.lows
    n = len(lows)
    sold = holding_words(s.lex).apposed_sales
    for v in range(2, n - 2):
        if lows[v] not in sold:
            continue
        p = v - 1
        if lows[p] in _ADVERBS:
            p -= 1
        if lows[p] == "," and lows[p - 1] == M and not s.is_det(p - 1):
            company = p - 1  # "Kessel Foods, sold to Orrin Group in 2019,": a reduced relative
        elif lows[p] in s.lex.heads and lows[p] != M:
            company = _apposed_name(s, v)  # "Kelda Rail, a unit sold to Brisk in 2020,"
        elif lows[p] not in BARE_PRONOUNS and not (lows[p] == M and s.is_det(p)):
            continue
        else:
            company = _apposed_name(s, p)
        q = v + 1
        if lows[q] in ("off", "on"):
            q += 1
        if company < 0 or q + 1 >= n or lows[q] != "to" or lows[q + 1] != M:
            continue
        buyer = q + 1
        if s.is_det(buyer) or lows[buyer + 1 : buyer + 2] == ["'s"]:
            continue  # "sold to Hallam's customers": not Hallam
        if s.blocked(company + 1, buyer):
            continue
        s.emit(s.ment(buyer), ("OWNS",), s.ment(company), "holdings/sold-in-apposition", 0.7)


def _apposed_name(s: Sentence, p: int) -> int:
    """The name before ", a <descriptor>" that ends at the pronoun at p, else -1."""
    lows = s.lows
    for d in range(p - 1, max(0, p - _DESCRIPTOR_WORDS - 1), -1):
        w = lows[d]
        if w == M or w in PUNCT_STOP or w in CLAUSE_STOP:
            return -1
        if w in SKIP_DETS:
            if d >= 2 and lows[d - 1] == "," and lows[d - 2] == M and not s.is_det(d - 2):
                return d - 2
            return -1
    return -1
