"""Word senses of money phrases that fund nothing: an award, and "grant" as a verb.

`award_money` says a money trigger phrase ("win ... from", "receive ... from", "get ... from")
moves an award, not funding: an award noun inside the phrase or just after it ("in
damages", "compensation"), or, in a headline, a bare amount won from a firm with no funding
noun ("Kestel Wins £3m From Arlo"; a body sentence "won £3m from the fund" stays funding).

`granted_right` says the verb "grant" gives a right ("will grant X access to its depot",
"granted rival lines use of its yard"): a right's noun within the phrase (the noun "grant" is
a money word, which let the verb pass as money; the caller still takes an amount in the
phrase as money).

Words: `granting_forms`, `granted_rights`, `award_nouns`, `won_forms`, `won_funding_nouns` in
loaders/data/traps.yaml.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data
from loaders.relations.model import Sentence

_TRAPS = read_data("traps.yaml")
AWARD_NOUNS: Final[frozenset[str]] = frozenset(_TRAPS["award_nouns"])
WON_FORMS: Final[frozenset[str]] = frozenset(_TRAPS["won_forms"])
WON_FUNDING: Final[frozenset[str]] = frozenset(_TRAPS["won_funding_nouns"])
GRANTING_FORMS: Final[frozenset[str]] = frozenset(_TRAPS["granting_forms"])
GRANTED_RIGHTS: Final[frozenset[str]] = frozenset(_TRAPS["granted_rights"])
AFTER_REACH = 3  # words after the phrase: "from Arlo in damages"


def award_money(s: Sentence, k: int, e: int) -> bool:
    """The money phrase from k to e is a ruling's award (see the module)."""
    lows = s.lows
    if not AWARD_NOUNS.isdisjoint(lows[k : min(len(lows), e + AFTER_REACH)]):
        return True
    return s.headline and lows[k] in WON_FORMS and WON_FUNDING.isdisjoint(lows[k:e])


def granted_right(lows: list[str], k: int, e: int) -> bool:
    """The verb "grant" at k with a right's noun before e ("grant X access to")."""
    return lows[k] in GRANTING_FORMS and not GRANTED_RIGHTS.isdisjoint(lows[k:e])
