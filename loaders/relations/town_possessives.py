"""A town's possessive in a firm's appositive or predicate names the firm's home: "Kellmor Bank,
Tarvo's oldest lender, ...", "Pallin Tiles, Namur's biggest tile maker,", "Kellmor Bank is one
of Tarvo's biggest lenders" (a company noun, not any trade: "X, Bexley's biggest shareholder,"
may name a firm's holder).

The possessive right before a name ("Tarvo's Kellmor Bank") is not read: measured, it placed
seven firms wrongly for four right (a rival's, a customer's or a deal's town as often as the
firm's own).

A state's or a country's possessive ("Estonia's Kellmor Bank") is a nationality, no seat
(`state_only`), as is a nation's, a province's or a region's ("Wales' biggest lender",
"Bavaria's", "New England's", a footprint: only a city of the gazetteer, which no name of
`wide_places.COUNTRY_REGIONS` is);
only a name typed Organization alone is placed (a person, a venue or a product
is not), and not on a headline line.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import city_id
from loaders.relations.appositive import state_only
from loaders.relations.model import Sentence
from loaders.relations.words import POSSESSIVE_MARKS, M

APPOSED_WORDS = 3  # "Tarvo's second-largest mortgage lender"


def town_possessive(s: Sentence) -> None:
    """Each town's "'s" that opens a firm's appositive (module docstring)."""
    lows = s.lows
    n = len(lows)
    if s.headline:
        return
    for k in range(n - 2):
        if lows[k] != M or lows[k + 1] not in POSSESSIVE_MARKS or not _town(s, k):
            continue
        firm = _described(s, k)
        if firm < 0 or not _apposed_head(s, k + 2):
            continue
        if s.etypes(firm) == {"Organization"} and not s.blocked(min(firm, k), max(firm, k)):
            s.emit(s.ment(firm), ("LOCATED_IN",), s.ment(k), "possessive/town", 0.65)


COPULAS: Final = frozenset({"is", "remains"})


def _described(s: Sentence, k: int) -> int:
    """The name the town's possessive at k describes: "X, Tarvo's", "X is Tarvo's", "X is one
    of Tarvo's"; else -1."""
    lows = s.lows
    b = k - 1
    if b >= 2 and lows[b] == "of" and lows[b - 1] == "one":
        b -= 2  # "X is one of Tarvo's biggest employers"
        if lows[b] not in COPULAS:
            return -1
    elif lows[b] != "," and lows[b] not in COPULAS:
        return -1
    return b - 1 if b >= 1 and lows[b - 1] == M else -1


def _town(s: Sentence, k: int) -> bool:
    """The mention at k is a town: a city of the gazetteer, no state, country or region ("Wales'
    biggest lender", "New England's biggest insurer")."""
    rid = s.ment(k).ids[0]
    return s.etypes(k) == {"Location"} and city_id(rid) and not state_only(rid)


def _apposed_head(s: Sentence, p: int) -> bool:
    """A company noun ends the lower-case words from p ("oldest lender", "biggest tile maker"),
    and the appositive ends after it (a comma or the sentence's end)."""
    lows = s.lows
    n = len(lows)
    heads = s.lex.located_heads
    q = p
    while q < n and q - p < APPOSED_WORDS and lows[q].replace("-", "").isalpha():
        q += 1
    if q == p or (q < n and lows[q] not in (",", ".")):
        return False
    head = lows[q - 1]
    return head in heads or head.removesuffix("s") in heads  # "one of Tarvo's biggest lenders"
