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
from loaders.relations.nav import product_noun
from loaders.relations.words import (
    AGAINST_MODS,
    MADE_ACT_NOUNS,
    NAMING_PARTICIPLES,
    OFFERING_VERBS,
    RUNNING_PARTICIPLES,
    SELLING_VERBS,
    STRICT_MAKING_PARTICIPLES,
    M,
    under_licence,
)

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


def _person_shaped(s: Sentence, k: int) -> bool:
    """The name at k is a person's: typed so, or opening with a first name ("Anna Kell, the
    Kessel Agency model")."""
    if "Person" in s.etypes(k):
        return True
    first = s.ment(k).ids[0].split("-")[0]
    return len(s.ment(k).ids[0].split("-")) > 1 and first in s.lex.first_names


def attributive_makers(s: Sentence) -> None:
    """ "P, the FIRM NOUN" and "P, the NOUN of FIRM": the firm owns the named product P."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 4):
        if lows[k] != M or s.is_det(k) or lows[k + 1] != "," or lows[k + 2] != "the":
            continue
        product_typed = "Product" in s.etypes(k) or "Organization" not in s.etypes(k)
        a = k + 3
        if _firm(s, a):
            p = _product_end(s, a + 1)
            if p >= 0 and p + 1 < n and lows[p + 1] == "of":
                continue  # "the Vantora share of sales"
            if p >= 0 and any(lows[q] in AGAINST_MODS for q in range(a + 1, p + 1)):
                continue  # "Velo, the Tesla rival car": a rival's product, not Tesla's
            if _person_shaped(s, k):
                continue  # "Anna Kell, the Kessel Agency model": a person, no product
            rule = "attributive-maker/apposed"
        else:
            p = _product_end(s, a)
            a = _owner_of_range(s, p)
            rule = "attributive-maker/range-of"
        if p < 0 or a < 0:
            continue
        if not product_typed and rule.endswith("range-of"):
            continue  # "Kelvo, the retail arm of Vantora": a unit, read by the role rules
        if s.ment(a).shares(s.ment(k)) or s.blocked(k, a):
            continue
        s.emit(s.ment(a), ("OWNS",), s.ment(k), rule, 0.7)


# a thing made or manufactured by a firm is its product, whatever its noun; one run or
# operated by a firm is its product only when its noun names a product ("the app run by V")
STRICT_MAKING: Final = STRICT_MAKING_PARTICIPLES
RUNNING: Final = RUNNING_PARTICIPLES
MAX_DESCRIPTION: Final[int] = 5


def _maker_after(s: Sentence, q: int) -> int:
    """From q (after the article), a description of at most MAX_DESCRIPTION plain words, then
    "made by FIRM" (any noun) or "run by FIRM" (a product noun): the firm's index, else -1."""
    lows = s.lows
    n = len(lows)
    h = q
    while h < n and h - q < MAX_DESCRIPTION and _plain(lows[h]) and lows[h] not in STOPS:
        if lows[h] in STRICT_MAKING or lows[h] in RUNNING:
            break
        h += 1
    if h == q or h + 2 >= n or lows[h + 1] != "by" or not _firm(s, h + 2):
        return -1
    if lows[h] in STRICT_MAKING:
        head = lows[h - 1]
        if head in MADE_ACT_NOUNS:
            return -1  # "the first investment made by V", "the offer made by V": no product
        if s.lex.heads.lookup((head,)) not in (None, "Product") and not product_noun(s, head):
            return -1  # "Kelvo, the bank made famous by V": a body, no product
        return h + 2
    return h + 2 if lows[h] in RUNNING and product_noun(s, lows[h - 1]) else -1


def described_makers(s: Sentence) -> None:
    """ "P, the ceramic valve made by FIRM", "P, an app run by FIRM": the firm owns P."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 5):
        if lows[k] != M or s.is_det(k) or lows[k + 1] != ",":
            continue
        if lows[k + 2] not in ("the", "a", "an"):
            continue
        a = _maker_after(s, k + 3)
        if a < 0 or s.ment(a).shares(s.ment(k)) or s.blocked(k, a):
            continue
        if under_licence(lows, a + 1):
            continue  # "made by X under licence from Y": the design is Y's
        s.emit(s.ment(a), ("OWNS",), s.ment(k), "attributive-maker/made-by", 0.7)


def _offerer(s: Sentence, v: int) -> int:
    """The firm that offers at verb v: named right before it ("X sells"), or the antecedent of
    a relative pronoun there ("X, which sells"); else -1."""
    lows = s.lows
    a = v - 1
    if a >= 2 and lows[a] in ("which", "that") and lows[a - 1] == ",":
        a -= 2
    return a if a >= 0 and _firm(s, a) else -1


def _maker_named_after(s: Sentence, q: int) -> bool:
    """Right after a named product (from q, past a comma): "made by FIRM", "manufactured by"."""
    lows = s.lows
    q += q < len(lows) and lows[q] == ","
    return (
        q + 2 < len(lows) and lows[q] in STRICT_MAKING and lows[q + 1] == "by" and lows[q + 2] == M
    )


def called_products(s: Sentence) -> None:
    """ "X, which sells a tide gauge called Y", "X makes a rival kettle named Y": the firm
    owns the product named after its description (a product noun heads it)."""
    lows = s.lows
    n = len(lows)
    offering = OFFERING_VERBS
    naming = NAMING_PARTICIPLES
    for v in range(1, n - 4):
        if lows[v] not in offering or lows[v + 1] not in ("a", "an"):
            continue
        h = v + 2
        while h < n and h - v <= 5 and _plain(lows[h]) and lows[h] not in naming:
            h += 1
        if not (h < n - 1 and lows[h] in naming and lows[h + 1] == M):
            continue
        if not product_noun(s, lows[h - 1]) and "Product" not in s.etypes(h + 1):
            continue
        a = _offerer(s, v)
        if a < 0 or s.is_det(h + 1) or s.blocked(a, h + 1):
            continue
        if lows[v] in SELLING_VERBS and _maker_named_after(s, h + 2):
            continue  # "X sells a blender called Y, made by Z": Z owns Y, X resells it
        s.emit(s.ment(a), ("OWNS",), s.ment(h + 1), "attributive-maker/called", 0.7)
