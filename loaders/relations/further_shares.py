"""A share added to shares already held (round 19, `stake.unnamed_stake`,
`holdings.kept_share`).

"Vorn Capital bought 9% of Tarsa Shipping last year and holds a further 4% through a fund",
"Orsk owns 30% of Dunmore. ... Vorn holds another 5%": "a further 4%" is more of the company a
stake was just stated in (a stake this sentence found, else the last one stated up to three
sentences back: `SentenceContext.held_before`), or of the context's company when an earlier
sentence named an owner of it (`SentenceContext.owners`). "Tarsa reported a loss. Vorn holds a
further 21%" says nothing of shares held before, so nothing is bound (never simply whichever
firm the article is about). Words: `holdings.further_shares` in `loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence

FURTHER_REACH: Final = 2  # words between "further" and the figure: "a further", "another"
HELD_TYPES: Final[frozenset[str]] = frozenset({"OWNS", "FUNDS"})
STAKE_RULES: Final[tuple[str, ...]] = ("stake/", "holdings/")  # the rules of stated shares


def further_share(s: Sentence, k: int) -> bool:
    """The figure at k is a further share: "a further 4%", "an additional 3%", "another 5%"."""
    words = holding_words(s.lex).further_shares
    return any(s.lows[q] in words for q in range(max(0, k - FURTHER_REACH), k))


def further_owned(s: Sentence, holders: Mention, k: int, owned: Mention | None) -> Mention | None:
    """What a share at k with no company named is of: for a further share, the company of a
    stake this sentence found, else of the last stake stated, else `owned` (the context's
    company) when it had an owner named before, else None; any other share keeps `owned`."""
    if not further_share(s, k):
        return owned
    held = [
        f.target
        for f in s.found
        if f.type in HELD_TYPES and f.rule.startswith(STAKE_RULES) and f.target not in holders.ids
    ]
    held = held or [t for t in s.context.held_before if t not in holders.ids]
    if held:
        return Mention((held[0],), -1, -1, "context", 0.8)
    return owned if owned is not None and _held_before(s, owned) else None


def _held_before(s: Sentence, owned: Mention) -> bool:
    """An earlier sentence named an owner of `owned` (the context's company): a further share
    adds to the shares held in it."""
    return any(t in owned.ids for t, _ in s.context.owners)
