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

from loaders.product_cues import SELLERS
from loaders.relations.apposed_owner import apposed_head
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.possessive import possessor, product_noun
from loaders.relations.words import M, product_modifier

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
    if c < 1 or lows[c] != "," or lows[c + 1] not in ("the", "a", "an") or lows[c - 1] != M:
        return -1
    return c - 1 if "Organization" in s.etypes(c - 1) and not s.is_det(c - 1) else -1


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
        for x in coord(s, k, +1):
            if "Product" in s.etypes(x):
                s.emit(s.ment(owner), ("OWNS",), s.ment(x), "possessive/modified-product", 0.7)
