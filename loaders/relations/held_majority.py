"""A majority holding whose purchase the sentence also tells: OWNS only, no FUNDS.

"X is 58% owned by the buyout firm F, which acquired that holding in 2019": F's stake is a
majority, and buying it is buying control (OWNS); the purchase verb's FUNDS reading is taken
back. A minority share ("bought 40% in 2021") and money put in ("injected $20m", "invested in
X in 2016 and still holds 60%") keep their FUNDS.

>>> majority_only([58.0], False), majority_only([58.0, 30.0], False), majority_only([], True)
(True, False, True)
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, inflected, per_lexicon, word_set
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.owner_money import owner_money_words
from loaders.relations.stake import MAJORITY, percent_at

HOLDING_RULES: Final = ("stake/", "holdings/")  # the rules that read a share's size
BUYING_READS: Final = ("verbal/", "nominal/")  # the readings of a purchase verb or noun


def cues(lex: Lexicon) -> frozenset[str]:
    return holding_words(lex).bought_forms


def majority_only(shares: list[float], majority_word: bool) -> bool:
    """Every share the sentence gives is a majority, or none is given but a majority word is."""
    if shares:
        return all(v > MAJORITY for v in shares)
    return majority_word


def majority_bought(s: Sentence) -> None:
    """Take back the purchase's FUNDS of a holder the sentence says owns a majority."""
    lows, lex = s.lows, s.lex
    shares = [p[0] for k in range(len(lows)) if (p := percent_at(lows, k)) is not None]
    if not majority_only(shares, not lex.stake_majority.isdisjoint(lows)):
        return
    if _money_put_in(s):
        return  # "F, which has 60%, injected $20m": the owner's money funds
    owned = {
        (f.source, f.target)
        for f in s.found
        if f.type == "OWNS" and f.rule.startswith(HOLDING_RULES)
    }
    gone = [
        f
        for f in s.found
        if f.type == "FUNDS" and (f.source, f.target) in owned and f.rule.startswith(BUYING_READS)
    ]
    if gone:
        s.withdraw(gone)


def _money_put_in(s: Sentence) -> bool:
    """The sentence names money or a verb of putting money in ("$20m", "new capital",
    "invested", "lent")."""
    nouns = owner_money_words(s.lex).nouns | money_in_words(s.lex)
    return any(is_money(s.lex, w) or w in nouns for w in s.lows)


@per_lexicon
def money_in_words(lex: Lexicon) -> frozenset[str]:
    """Every form of the money-in verbs ("invested", "lent"), and the money-in nouns."""
    spec = lex.data.get("holdings") or {}
    verbs = (
        form[0]
        for entry in spec.get("money_in_verbs") or ()
        for form, _ in inflected(str(entry), lex.irregular)
    )
    return frozenset(verbs) | word_set(spec.get("money_in_nouns"))
