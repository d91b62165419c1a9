"""The two companies an article opens on, which a far-off "both companies" may still name.

"Ravel Paints and Osk Coatings to merge" (a headline), "Ravel Paints agreed to buy Osk
Coatings" (a lead): a story about a deal between two companies keeps coming back to them as
"both companies" or "the two firms", long after the other readings of such a phrase (the pair
the sentence before coordinated, the takeover of the last few sentences) have lapsed. When
those readings find no pair, the article's opening pair is the one meant ("Both companies
compete with Tarvo, the Ohio maker"; "Tarvo, which competes with both firms, said ...").

It names nothing when the sentence itself names either company (the phrase then means
another pair), nor for a bare "both" or "the two" (which may be two people or two things),
nor right before a relative clause, whose antecedent it would steal.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.words import RELATIVES

LEAD_SENTENCES: Final = 3  # the headline and the first two sentences of the body
LEAD_PAIR_CONF: Final = 0.6


class LeadPair:
    """The first pair of companies the article's opening coordinated or made trade."""

    def __init__(self) -> None:
        self.pair: tuple[str, str] | None = None

    def note(self, sno: int, pair: tuple[str, str] | None) -> None:
        """Keep the first pair one of the opening sentences names."""
        if self.pair is None and pair is not None and sno < LEAD_SENTENCES:
            self.pair = pair

    def named(
        self, here: set[str], company: bool, after: list[str]
    ) -> tuple[tuple[str, ...], float] | None:
        """The opening pair for a "both companies" no nearer reading resolved; `after` holds
        the two words after the phrase (a relative there is its head's: "Tarvo, a rival of both
        firms, which sued Ravel": Tarvo sued, so no far-off pair is read into its way)."""
        pair = self.pair
        if pair is None or not company or not here.isdisjoint(pair):
            return None
        if after[:1] == [","] and after[1:] and after[1] in RELATIVES:
            return None
        return pair, LEAD_PAIR_CONF
