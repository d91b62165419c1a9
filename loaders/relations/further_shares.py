"""A share added to one its holder already has (round 19, `stake.unnamed_stake`,
`holdings.kept_share`).

"Vorn Capital bought 9% of Tarsa Shipping last year and holds a further 4% through a fund",
"Vorn bought 9% of Tarsa. It holds a further 4% via swaps": "a further 4%" is more of the
company the holder was just said to hold (a stake this sentence found for the holder, else the
stake the sentence before stated), never of whichever firm the article is about: "Tarsa
reported a loss. Vorn holds a further 21%" says nothing of what Vorn held before, so nothing
is bound. Words: `holdings.further_shares` in `loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence

FURTHER_REACH: Final = 2  # words between "further" and the figure: "a further", "another"
HELD_TYPES: Final[frozenset[str]] = frozenset({"OWNS", "FUNDS"})


def further_share(s: Sentence, k: int) -> bool:
    """The figure at k is a further share: "a further 4%", "an additional 3%", "another 5%"."""
    words = holding_words(s.lex).further_shares
    return any(s.lows[q] in words for q in range(max(0, k - FURTHER_REACH), k))


def further_owned(s: Sentence, holders: Mention, k: int, owned: Mention | None) -> Mention | None:
    """What a share at k with no company named is of: for a further share, the company the
    holder's stake in this sentence is in, else the one the sentence before said was held, else
    None; any other share keeps `owned` (the context's company)."""
    if not further_share(s, k):
        return owned
    held = [
        f.target
        for f in s.found
        if f.type in HELD_TYPES and f.source in holders.ids and f.target not in holders.ids
    ]
    held = held or [t for t in s.context.held_before if t not in holders.ids]
    return Mention((held[0],), -1, -1, "context", 0.8) if held else None
