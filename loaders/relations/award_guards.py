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
loaders/data/traps.yaml (`trap_words`).
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.trap_words import trap_words

AFTER_REACH = 3  # words after the phrase: "from Arlo in damages"


def award_money(s: Sentence, k: int, e: int) -> bool:
    """The money phrase from k to e is a ruling's award (see the module)."""
    lows = s.lows
    words = trap_words(s.lex)
    if not words.award_nouns.isdisjoint(lows[k : min(len(lows), e + AFTER_REACH)]):
        return True
    return (
        s.headline and lows[k] in words.won_forms and words.won_funding_nouns.isdisjoint(lows[k:e])
    )


def granted_right(s: Sentence, k: int, e: int) -> bool:
    """The verb "grant" at k with a right's noun before e ("grant X access to")."""
    lows = s.lows
    words = trap_words(s.lex)
    return lows[k] in words.granting_forms and not words.granted_rights.isdisjoint(lows[k:e])
