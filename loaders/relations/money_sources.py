"""A second source of money with its own amount: "X raised £5m from A and £3m from B".

After a sentence's funding from a first source ("raised £5m from A"), a later conjunct "and
<amount> from B" (the verb left out) names another source of the same money: B FUNDS what A
funds. Only when the sentence's FUNDS relations name one funded company.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.model import Mention, Sentence
from loaders.relations.verbal import is_money
from loaders.relations.words import M

AMOUNT_REACH: Final = 4  # words of an amount: "£3m", "a further $2m", "$3 million"


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"from"})


def second_source(s: Sentence) -> None:
    """ "raised £5m from A and £3m from B": B FUNDS the company A funds."""
    lows = s.lows
    funded = {f.target for f in s.found if f.type == "FUNDS"}
    if len(funded) != 1:
        return
    owned = Mention((funded.pop(),), -1, -1)
    for k in range(2, len(lows) - 1):
        if lows[k] != "from" or lows[k + 1] != M or s.is_det(k + 1):
            continue
        a = _amount_start(s, k)
        if a < 2 or lows[a - 1] != "and" or not _funded_from(s, a - 2, owned):
            continue
        source = s.ment(k + 1)
        if owned.ids[0] not in source.ids and not s.blocked(a - 1, k + 2):
            s.emit(source, ("FUNDS",), owned, "money-sources/second", 0.6)


def _amount_start(s: Sentence, k: int) -> int:
    """The first word of an amount just before "from" at k ("and £3m from"), else -1."""
    lows = s.lows
    b = k
    while (
        b > 0
        and k - b < AMOUNT_REACH
        and (is_money(s.lex, lows[b - 1]) or lows[b - 1] in ("a", "further", "another"))
    ):
        b -= 1
    return b if b < k and any(is_money(s.lex, w) for w in lows[b:k]) else -1


def _funded_from(s: Sentence, e: int, owned: Mention) -> bool:
    """The first source ends at e and FUNDS `owned`: "from A" just before "and"."""
    lows = s.lows
    if e < 1 or lows[e] != M or lows[e - 1] != "from":
        return False
    return any(
        f.type == "FUNDS" and f.target == owned.ids[0] and f.source in s.ment(e).ids
        for f in s.found
    )
