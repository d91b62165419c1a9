"""The article that opens a trigger phrase's gap: free only for an object that is money or
has no complement of its own that names something else.

"put an extra $9m of new capital into X", "beating a bid from X in a tender": the article does
not count against the gap's reach. "lent an unexpected measure of public credibility to X",
"provided an extra $5m of consulting services to X", "paid an extra $2m in licence fees for X",
"took over as an interim head of digital sales at X": the object's "of"/"in" complement names
no capital, so the article counts (the phrase is then too long to be the trigger's).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.gap_dates import date_word
from loaders.relations.model import Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.words import PUNCT_STOP, M

# the prepositions that open an object's own complement inside a gap
_COMPLEMENT_PREPS: Final = frozenset({"of", "in"})
OBJECT_REACH: Final = 10  # words from the article to the trigger phrase's next word


@per_lexicon
def capital_nouns(lex: Lexicon) -> frozenset[str]:
    """Nouns of money put into a firm besides `money_words`: `holdings.owner_money_nouns`,
    `holdings.payer_money_nouns`, `cost_shares.loan_nouns` and `cost_shares.grant_heads`."""
    holdings = lex.data.get("holdings") or {}
    costs = lex.data.get("cost_shares") or {}
    return (
        word_set(holdings.get("owner_money_nouns"))
        | word_set(holdings.get("payer_money_nouns"))
        | word_set(costs.get("loan_nouns"))
        | word_set(costs.get("grant_heads"))
    )


def free_article(s: Sentence, p: int, w: str) -> bool:
    """The article at p, opening a gap that ends before `w`, is free unless the object it opens
    has an "of"/"in" complement that names no money ("an extra $5m of consulting services")."""
    lows = s.lows
    for q in range(p + 1, min(len(lows), p + OBJECT_REACH)):
        if lows[q] == w or lows[q] == M or lows[q] in PUNCT_STOP or lows[q] == ",":
            return True
        if lows[q] in _COMPLEMENT_PREPS:
            return _capital_after(s, q + 1, w)
    return True


def _capital_after(s: Sentence, q: int, w: str) -> bool:
    """The complement from q names money or capital ("of new capital", "in cash", "of its
    reserves"), only a date ("in 2023") or a name; False for a complement of other words ("of
    its budget", "in licence fees")."""
    lows = s.lows
    nouns = capital_nouns(s.lex)
    words = False
    for r in range(q, min(len(lows), q + OBJECT_REACH)):
        x = lows[r]
        if x in PUNCT_STOP or x == ",":
            break
        if x == M and s.is_det(r):
            continue  # "of its budget": a possessor, not the complement's head
        if x == M or x in nouns or is_money(s.lex, x):
            return True  # the phrase's own word as well: "put ... of his own money into"
        if x == w:
            break
        words = words or (x.isalpha() and not date_word(lows, r))
    return not words
