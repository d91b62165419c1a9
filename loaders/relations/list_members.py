"""The next member of a maker's product list (`nav._past_product_kind`).

"Makes the Quillo board game and the Zanto puzzle range" reads Zanto as the maker's product, but
not a firm, place or person used as a modifier ("and the Orvo Toys puzzle range", "and the Ana
Pell range", "the Orvo range, Orvo Toys said": a firm's short name), nor a member another firm
is tied to ("the Zanto range licensed from Orvo Toys", "the Zanto range of Orvo Toys", "the
Zanto range, which Orvo Toys owns", "the Pello drill by Kenda").
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import AUXILIARIES, BE_FORMS, COORD, M

# words that tie a firm named after a product to it ("licensed from", "owned by", "of")
FIRM_TIES: Final = frozenset({"by", "of", "from", "which", "whose"})
TIE_REACH: Final = 6  # items after the member's name up to the tied firm
OTHER_TYPES: Final = frozenset({"Organization", "Location", "Person"})


def foreign_member(s: Sentence, q: int, modifier: bool) -> bool:
    """The name at q is no product of the list's maker: a firm, place or person by its words
    used as a `modifier` of kind words, or a product another firm is named with."""
    return (modifier and named_entity(s, q)) or _tied_firm(s, q)


def named_entity(s: Sentence, q: int) -> bool:
    """The name at q is a firm, place or person by its words or the lexicon ("Orvo Toys",
    "Ana Pell"), or a firm's short name ("Orvo" beside "Orvo Toys")."""
    lex = s.lex
    others = [i for k, w in enumerate(s.lows) if w == M and k != q for i in s.ment(k).ids]
    for i in s.ment(q).ids:
        parts = i.split("-")
        if lex.known_type(" ".join(parts)) in OTHER_TYPES:
            return True  # a known firm or place
        if len(parts) > 1 and (parts[-1] in lex.org_words or parts[-1] in lex.legal_suffixes):
            return True  # "the Orvo Toys puzzle range"
        if len(parts) > 1 and parts[0] in lex.first_names:
            return True  # "the Ana Pell range": a person's
        if any(o.startswith(i + "-") and s.type_of(o) == "Organization" for o in others):
            return True  # "the Orvo range, Orvo Toys said": the firm's short name
    return False


def _tied_firm(s: Sentence, q: int) -> bool:
    """A firm named after the member's kind words with a tie ("the Zanto range licensed from
    Orvo Toys", ", which Orvo Toys owns"): the product is that firm's."""
    lows = s.lows
    for r in range(q + 1, min(len(lows) - 1, q + 1 + TIE_REACH)):
        w = lows[r]
        if w in FIRM_TIES:
            return _firm_name(s, r + 1)
        if _relative_comma(lows, r):
            continue
        if w in AUXILIARIES or w in BE_FORMS or w in COORD:
            return False  # "the Kelso boiler had won orders from Varden": another clause
        if not (w.isalpha() and w.islower()):
            return False
    return False


def _relative_comma(lows: list[str], r: int) -> bool:
    """ ", which Orvo Toys owns": a comma opening a relative clause about the member."""
    return lows[r] == "," and r + 1 < len(lows) and lows[r + 1] in RELATIVE_TIES


RELATIVE_TIES: Final = frozenset({"which", "that", "whose"})


def _firm_name(s: Sentence, r: int) -> bool:
    """A firm written by name at r ("licensed from Orvo Toys"; not "which it sells")."""
    return s.lows[r] == M and s.ment(r).kind == "name" and "Organization" in s.etypes(r)
