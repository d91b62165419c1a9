"""The name a descriptor-led noun phrase introduces after a first name used as a modifier:
"by the Graz private equity firm Isarbrookvest", "by NZX-listed Torrentia", "by the Lille
buyout firm Harlundvest" (the firm named last, never the town or market the phrase opens with).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import (
    BE_FORMS,
    COORD,
    DETS,
    LISTING_PARTICIPLES,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVES,
    SKIP_DETS,
    M,
)

# words that cannot sit inside a descriptor between a modifier name and the name it describes
_NOT_DESCRIPTIVE: Final[frozenset[str]] = frozenset(
    PREPOSITIONS | COORD | DETS | POSSESSIVES | BE_FORMS | RELATIVES
)
# how many descriptor words may stand between the modifier and the name ("private equity firm")
_REACH: Final = 4


def described_name(s: Sentence, m: int) -> int:
    """The name after the mention at m when m only modifies a descriptor ending in a kind
    noun: "[the] Graz private equity firm Isarbrookvest", "NZX-listed Torrentia" (a market's
    listing participle), "the Kell family office Kellstone"; else -1."""
    lows = s.lows
    n = len(lows)
    q = m + 1
    if q + 2 < n and lows[q] == "-" and lows[q + 1] in LISTING_PARTICIPLES:
        q += 2
        if lows[q] == M:
            return q if not s.is_det(q) else -1
    start = q
    while q < n and q - start < _REACH and lows[q] != M and lows[q].replace("-", "").isalpha():
        if lows[q] in _NOT_DESCRIPTIVE:
            return -1
        q += 1
    if start < q < n - 2 and lows[q] == "," and _set_off(s, m, q + 1):
        q += 1  # "by a Graz private equity firm, Isarbrookvest,": the name set off by commas
    elif q == start or q >= n or lows[q] != M or s.is_det(q):
        return -1
    return q if _kind_noun(s, lows[start : q - (lows[q - 1] == ",")]) else -1


def _set_off(s: Sentence, m: int, q: int) -> bool:
    """A name at q set off after the descriptor that an article before the modifier at m
    opens ("a Graz private equity firm, Isarbrookvest," / "... Isarbrookvest."): no list goes
    on after it."""
    lows = s.lows
    opened = m >= 1 and lows[m - 1] in SKIP_DETS
    return opened and lows[q] == M and not s.is_det(q) and lows[q + 1] in (",", ".")


def _kind_noun(s: Sentence, words: list[str]) -> bool:
    """Whether the descriptor words end in a kind noun of one or two words ("firm", "family
    office", "founder")."""
    head = (words[-1],)
    if s.lex.heads.lookup(head) is not None or s.lex.anaphora.lookup(head) == "Organization":
        return True
    return len(words) >= 2 and s.lex.heads.lookup(tuple(words[-2:])) is not None
