"""A town's possessive names the firm's home (the gold's convention, a city only).

- before the name: "Tarvo's Kellmor Bank raised its dividend", "rivals such as Namur's Pallin
  Tiles";
- in an appositive: "Kellmor Bank, Tarvo's oldest lender, ...", "Pallin Tiles, Namur's biggest
  tile maker,".

A state's or a country's possessive ("Estonia's Kellmor Bank") is a nationality, no seat
(`state_only`); only a name typed Organization alone is placed (a person, a venue or a product
is not), and not on a headline line.
"""

from __future__ import annotations

from typing import Final

from loaders.place_words import trade_noun
from loaders.relations.appositive import state_only
from loaders.relations.model import Sentence
from loaders.relations.words import M

POSSESSIVE_MARKS: Final = frozenset({"'s", "'"})
APPOSED_WORDS = 3  # "Tarvo's second-largest mortgage lender"


def town_possessive(s: Sentence) -> None:
    """Each town's "'s" before a firm's name or in the firm's appositive (module docstring)."""
    lows = s.lows
    n = len(lows)
    if s.headline:
        return
    for k in range(n - 2):
        if lows[k] != M or lows[k + 1] not in POSSESSIVE_MARKS or not _town(s, k):
            continue
        if lows[k + 2] == M and False:
            firm = k + 2  # "Tarvo's Kellmor Bank"
        elif k >= 2 and lows[k - 1] == "," and lows[k - 2] == M and _apposed_head(s, k + 2):
            firm = k - 2  # "Kellmor Bank, Tarvo's oldest lender"
        else:
            continue
        if s.etypes(firm) == {"Organization"} and not s.blocked(min(firm, k), max(firm, k)):
            s.emit(s.ment(firm), ("LOCATED_IN",), s.ment(k), "possessive/town", 0.65)


def _town(s: Sentence, k: int) -> bool:
    """The mention at k is a place below a state: a town or a region."""
    return s.etypes(k) == {"Location"} and not state_only(s.ment(k).ids[0])


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
    return head in heads or trade_noun(head)
