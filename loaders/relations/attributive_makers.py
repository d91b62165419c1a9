"""A product's maker named inside its appositive, with no possessive mark.

- `attributive-maker`: "Gleamo, the Torvik Labs toothpaste, ..." (the firm name stands before
  the product noun as a modifier): Torvik Labs owns Gleamo.
- `range-of`: "Brisa, the outdoor range of Lisbon-based Vantora, ...": the product noun's
  "of" names the firm that owns the range.

Guards: the firm is an organization named right after "the" (or after "of", past a "-based"
place); the descriptor ends in a product noun and closes the appositive (a comma, a full stop,
a relative pronoun); "the Kelvo Bank loan" is no product, and a product whose own name holds
the firm ("Halo, the Arclight Halo speaker") is left to the narrow rules.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.possessive import product_noun
from loaders.relations.words import M

# words that close the appositive after its head noun
CLOSERS: Final[frozenset[str]] = frozenset(
    {",", ".", ";", ")", "that", "which", "whose", "and", "--", "—", "–"}
)
# where the description's head noun ends: a closer, or the "of" of a range's firm
STOPS: Final[frozenset[str]] = CLOSERS | {"of"}
# at most this many words of description between the firm and its product noun
MAX_WORDS: Final[int] = 3


def _product_end(s: Sentence, q: int) -> int:
    """From q, a run of at most MAX_WORDS plain words whose last is a product noun and that
    closes the appositive: the index of the product noun, else -1."""
    lows = s.lows
    n = len(lows)
    h = q
    while h < n and h - q < MAX_WORDS and lows[h] not in STOPS and _plain(lows[h]):
        h += 1
    if h == q or not product_noun(s, lows[h - 1]):
        return -1
    if h < n and lows[h] not in STOPS:
        return -1
    return h - 1


def _plain(w: str) -> bool:
    """A plain word of a description ("low-cost", "refillable"), no mention or mark."""
    return w != M and w.replace("-", "").isalpha()


def _firm(s: Sentence, a: int) -> bool:
    """A named organization (no pronoun) at a."""
    return s.lows[a] == M and not s.is_det(a) and "Organization" in s.etypes(a)


def _owner_of_range(s: Sentence, p: int) -> int:
    """ "the outdoor range of Lisbon-based Vantora": the organization after the product noun's
    "of" (past one "X-based" place modifier), else -1."""
    lows = s.lows
    n = len(lows)
    if p < 0 or p + 2 >= n or lows[p + 1] != "of":
        return -1
    a = p + 2
    if a + 3 < n and lows[a] == M and lows[a + 1] == "-" and lows[a + 2] == "based":
        a += 3
    return a if a < n and _firm(s, a) else -1


def attributive_makers(s: Sentence) -> None:
    """ "P, the FIRM NOUN" and "P, the NOUN of FIRM": the firm owns the named product P."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 4):
        if lows[k] != M or s.is_det(k) or lows[k + 1] != "," or lows[k + 2] != "the":
            continue
        if "Organization" in s.etypes(k) and "Product" not in s.etypes(k):
            product_typed = False
        else:
            product_typed = True
        a = k + 3
        if _firm(s, a):
            p = _product_end(s, a + 1)
            if p >= 0 and p + 1 < n and lows[p + 1] == "of":
                continue  # "the Vantora share of sales"
            rule = "attributive-maker/apposed"
        else:
            p = _product_end(s, a)
            a = _owner_of_range(s, p)
            rule = "attributive-maker/range-of"
        if p < 0 or a < 0:
            continue
        if not product_typed and rule.endswith("range-of"):
            continue  # "Kelvo, the retail arm of Vantora": a unit, read by the role rules
        if set(s.ment(a).ids) & set(s.ment(k).ids) or s.blocked(k, a):
            continue
        s.emit(s.ment(a), ("OWNS",), s.ment(k), rule, 0.7)
