"""Possessive family: the owner of a product named after descriptive modifiers.

"Tarrow's 40-tonne K9 crane", "its refillable Pinto pen", "Ostrel Dairies, whose salted Brae
butter", "Quell Bio, the Lyon-based developer, whose nasal vaccine Vespa": a possessor, then a
run of words that describe the thing (adjectives by their endings, measured compounds such as
"40-tonne", product modifiers, product nouns, "own"), then a name typed Product. The plain
possessive reading (`possessive.possessives`) passes up to two product modifiers only.

Guards: the name must have a product noun right after it or as the run's last word ("its Pinto
pen", "whose nasal vaccine Vespa"), so a bare adjective run before a name stays unread; the run
holds no other word (a verb, a preposition, a role or tie noun: "its rival, Vespa", "Tarrow's
deal with Vespa"); a person's "his"/"her" owns nothing; a negation or hedge blocks.
"""

from __future__ import annotations

from typing import Final

from loaders.possessed_descriptors import tied_descriptor
from loaders.product_cues import SELLERS
from loaders.relations.apposed_owner import apposed_head
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, product_noun
from loaders.relations.possessive import possessor
from loaders.relations.words import (
    AUXILIARIES,
    COORD,
    DETS,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    SKIP_DETS,
    M,
    product_modifier,
)

# words no descriptor of a product holds: "X, Tarrow's deal with Y", "X, its cheaper one is"
CLOSED: Final[frozenset[str]] = PREPOSITIONS | AUXILIARIES | DETS | COORD
RUN_REACH: Final = 4  # descriptive words between the possessive and the name
APPOSED_REACH: Final = 6  # words of ", the Lyon-based developer," before "whose"
# endings of adjectives that describe a thing ("refillable", "nasal", "cordless", "modular")
ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = (
    "able",
    "ible",
    "al",
    "ic",
    "ive",
    "ous",
    "less",
    "ary",
    "ory",
    "ar",
    "ful",
)


def _compound_start(lows: list[str], p: int) -> int:
    """ "40 - tonne", "six - seat", "best - selling" ending at p (the tokenizer splits hyphens):
    the position of its first word, else -1."""
    if p < 2 or lows[p - 1] != "-" or not lows[p].isalpha():
        return -1
    head = lows[p - 2]
    return p - 2 if head != M and (head.isdigit() or head.isalpha()) else -1


def _describing(s: Sentence, w: str) -> bool:
    if w == "own" or product_modifier(w):
        return True
    if w in SELLERS or not w.isalpha():
        return False
    return product_noun(s, w) or w.endswith(ADJECTIVE_ENDINGS)


def _past_run(s: Sentence, k: int) -> int:
    """The position before the run of describing words (or hyphenated compounds) ending at
    k - 1."""
    lows = s.lows
    p = k - 1
    units = 0
    while p >= 1 and units < RUN_REACH:
        c = _compound_start(lows, p)
        if c >= 1:
            p = c - 1
        elif _describing(s, lows[p]):
            p -= 1
        else:
            break
        units += 1
    return p


def _whose_owner(s: Sentence, d: int, k: int) -> int:
    """The organization before "whose" at d: "X, whose" or "X, the Lyon-based developer,
    whose" (an appositive opened by an article); -1 otherwise."""
    lows = s.lows
    owner = possessor(s, d)
    if owner >= 0:
        return apposed_head(s, owner, k)
    if d < 2 or lows[d - 1] != ",":
        return -1
    c = d - 2
    while c > 0 and d - c <= APPOSED_REACH and lows[c] != ",":
        if lows[c] == M and lows[c + 1] != "-":  # "the Lyon-based developer": a compound
            return -1
        c -= 1
    if c < 1 or lows[c] != "," or lows[c + 1] not in SKIP_DETS or lows[c - 1] != M:
        return -1
    return c - 1 if "Organization" in s.etypes(c - 1) and not s.is_det(c - 1) else -1


def _tie_possessor(s: Sentence, owner: int) -> bool:
    """ "whose rival's cordless Tern drill", "its partner's new Vela model": a described
    possessor (no name or pronoun) that is itself possessed or a bare noun is a tie or role noun
    of another party ("rival", "partner", "customer", "parent"), resolved only by recency; the
    product is that party's. The noun is not kept on the mention, so the form tells it."""
    m = s.ment(owner)
    if m.kind != "np":
        return False
    before = s.lows[owner - 1] if owner >= 1 else "."
    return m.j - m.i == 1 or before == "whose" or before in POSSESSIVE_MARKS or s.is_det(owner - 1)


def modified_products(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    for k, mm in enumerate(s.ments):
        if mm is None or mm.kind != "name" or "Product" not in s.etypes(k):
            continue
        p = _past_run(s, k)
        # at least one word a plain possessive does not pass: product modifiers alone are read
        if p == k - 1 or all(product_modifier(w) for w in lows[p + 1 : k]):
            continue
        if not (product_noun(s, lows[k - 1]) or (k + 1 < n and product_noun(s, lows[k + 1]))):
            continue
        owner = _whose_owner(s, p, k) if lows[p] == "whose" else possessor(s, p)
        if owner < 0 or s.blocked(owner, k) or "Organization" not in s.etypes(owner):
            continue
        if _tie_possessor(s, owner):
            continue
        for x in coord(s, k, +1):
            if "Product" in s.etypes(x):
                s.emit(s.ment(owner), ("OWNS",), s.ment(x), "possessive/modified-product", 0.7)


def _possessive_start(s: Sentence, q: int) -> tuple[int, int]:
    """At q, "its" or "Tarrow's": (the owner, the position after the possessive); (-1, -1)
    otherwise."""
    lows = s.lows
    if q < len(lows) and lows[q] == M and s.is_det(q):
        return possessor(s, q), q + 1
    if q + 1 < len(lows) and lows[q] == M and lows[q + 1] in POSSESSIVE_MARKS:
        return possessor(s, q + 1), q + 2
    return -1, -1


def _run_end(s: Sentence, a: int) -> int:
    """The last word of a run of describing units starting at a that ends in a product noun
    ("equivalent 25-person raft"), else -1."""
    lows = s.lows
    n = len(lows)
    h = a
    last = -1
    while h < n and h - a < 2 * RUN_REACH:
        if h + 2 < n and lows[h + 1] == "-" and _compound_start(lows, h + 2) == h:
            h += 3
            continue
        if not (_describing(s, lows[h]) or (lows[h].isalpha() and lows[h] not in CLOSED)):
            break
        if product_noun(s, lows[h]):
            last = h
        h += 1
    return last if last == h - 1 else -1


def apposed_products(s: Sentence) -> None:
    """ "The Vela 7, Tarrow's heavier 12-seat gondola, ...", "Pinto, its refillable pen,":
    a typed product name set off by a possessor's described product noun."""
    lows = s.lows
    n = len(lows)
    for k, mm in enumerate(s.ments):
        if mm is None or mm.kind != "name" or "Product" not in s.etypes(k):
            continue
        if k + 2 >= n or lows[k + 1] != ",":
            continue
        owner, a = _possessive_start(s, k + 2)
        if owner < 0 or "Organization" not in s.etypes(owner):
            continue
        h = _run_end(s, a)
        if h < 0 or all(product_modifier(w) for w in lows[a:h]):
            continue
        if tied_descriptor(lows[a : h + 1], s.lex):
            continue  # "Kora, Tarrow's rival model": a tie, no possession
        if h + 1 < n and lows[h + 1] not in (",", ".", ";", "for", "that", "which"):
            continue
        if not s.blocked(owner, k):
            s.emit(s.ment(owner), ("OWNS",), s.ment(k), "possessive/apposed-product", 0.7)
