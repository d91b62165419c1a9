"""A share with no company named, in a sentence whose buyer is the context's company (round
19, `stake.unnamed_stake`, `holdings`).

"Lanric bought Tamsk Bakeries from Ilsa Marden, who keeps a 37% stake and stays on as chair":
the context's company for the bare share is Lanric, the buyer the sentence opens with, but a
share kept beside a purchase is of the company bought: Marden OWNS Tamsk Bakeries, never the
buyer. Only when a word of buying stands in the sentence and a buying rule found the context's
company holding one organization; a holder that is that company itself takes nothing.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence

# the rules whose OWNS, in a sentence with a word of buying, is a purchase
PURCHASE_RULES: Final[tuple[str, ...]] = ("verbal/", "nominal/", "stake/percent", "deal-roles/")


def bought_here(s: Sentence, holders: Mention, owned: Mention | None) -> Mention | None:
    """The company the context's company `owned` buys in this sentence, when `owned` came from
    the context (a share with no company named); None when the holder is that company; else
    `owned`."""
    if owned is None or owned.kind != "context" or len(owned.ids) != 1:
        return owned
    if holding_words(s.lex).takeover_words.isdisjoint(s.lows):
        return owned
    buyer = owned.ids[0]
    bought = [
        f.target
        for f in s.found
        if f.type == "OWNS" and f.source == buyer and f.rule.startswith(PURCHASE_RULES)
    ]
    if len(set(bought)) != 1:
        return owned
    if bought[0] in holders.ids:
        return None
    return Mention((bought[0],), owned.i, owned.j, "context", 0.8)
