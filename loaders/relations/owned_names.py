"""Owned names, read broadly: a possessed name with a common noun after it.

- `possessed-name`: "Corlan's Brightfield oats", "its newer Tessa rug", "Marvel Foods, whose
  Oldmill crackers sell well", "Tarrow's Kesto unit": the possessor OWNS the name, whatever
  type the name was given so far (a product whose noun the lexicon does not know is typed as a
  company by default; a unit or a brand is a company). The name must be followed by a
  lower-case word that is a noun of a thing, not of a relation or a role ("Kell's Orra deal",
  "its Tarvo rival", "Kell's Orra stake", "its Orra chief executive" are left alone), nor of a
  counterparty or an input ("whose Aldi orders", "its Airbus jets", "whose Hilton franchise",
  "whose Varby Gold exposure", "whose Harlan Foods pension", "its Osby workforce"); a
  "former"/"ex-" name is no longer the possessor's; in "X, a rival of Y, whose Kesto oats"
  "whose" is X's; and a person's "his"/"her" owns nothing here.

Read only where no rule of the sentence already related the two names.

Words: `holdings.not_owned_heads`, `not_owned_bought_heads` and `past_owner_modifiers` in
`loaders/data/holdings.yaml`, with the NOT_GOODS nouns
and the site nouns of `loaders/data/places.yaml` and the lexicon's role titles.
"""

from __future__ import annotations

from typing import Final

from loaders.firm_whose import handed_on
from loaders.grammar_words import DETS_AND_ONE
from loaders.lexicon import Lexicon, per_lexicon, read_data, word_set
from loaders.relations.model import Sentence
from loaders.relations.nav import past_product_modifiers, product_noun
from loaders.relations.place_lists import HELD_SITES, LIST_SITES, NOT_GOODS
from loaders.relations.possessive import possessor
from loaders.relations.words import (
    AUXILIARIES,
    BE_FORMS,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    PREPOSITIONS,
    M,
)

_HOLDINGS: Final = read_data("holdings.yaml")
NOT_OWNED: Final[frozenset[str]] = word_set(_HOLDINGS["not_owned_heads"])
# nouns that make the name a customer, a supplier, a licensor, a debtor, an employer, an
# equivalent or a place of people ("whose Aldi orders", "its Airbus jets", "its Osby workforce")
BOUGHT: Final[frozenset[str]] = frozenset(
    str(w) for group in _HOLDINGS["not_owned_bought_heads"] for w in group
)
# modifiers that say the possessor no longer owns the name ("whose former Kesto unit")
PAST_OWNER: Final[frozenset[str]] = word_set(_HOLDINGS["past_owner_modifiers"])
# words that end a name's phrase at once: "its Orra is", "Kell's Orra and", "X's Orra in"
NOT_NOUNS: Final[frozenset[str]] = (
    AUXILIARIES | BE_FORMS | PREPOSITIONS | {"and", "or", "but", "that", "which", "who"}
)
# site nouns name a place the firm runs ("its Tolby plant"), save a unit or a product line
SITES: Final[frozenset[str]] = (LIST_SITES | HELD_SITES) - {"unit", "units", "line", "lines"}
HEAD_REACH: Final = 3  # lower-case words after the name: "Tessa pre-washed salt"
MODIFIER_REACH: Final = 1  # a lower-case modifier before the name: "its newer Tessa"
GRADED: Final[tuple[str, ...]] = ("er", "est")
OWNED_TYPES: Final[frozenset[str]] = frozenset({"Organization", "Product"})


@per_lexicon
def _not_heads(lex: Lexicon) -> frozenset[str]:
    return NOT_OWNED | BOUGHT | NOT_GOODS | SITES | frozenset(t for t in lex.titles if " " not in t)


def cues(lex: Lexicon) -> frozenset[str]:
    # a possessive pronoun bound to a firm is a mention: its word in `lows` is M, not "its"
    return frozenset(POSSESSIVE_MARKS) | {"whose", M}


def possessed_name(s: Sentence) -> None:
    if s.headline:
        return  # a headline's possessives are clipped ("rival's Tarn sailings")
    lows = s.lows
    not_heads = _not_heads(s.lex)
    folded = _folded_after_words(s)
    for k in range(1, len(lows) - 1):
        if lows[k] != M or s.is_det(k) or not s.etypes(k) <= OWNED_TYPES or k in folded:
            continue
        p = _past_words(lows, past_product_modifiers(lows, k), not_heads)
        if p < 0 or lows[p] not in POSSESSIVE_MARKS and lows[p] != "whose" and lows[p] != M:
            continue
        if any(lows[x] in PAST_OWNER or lows[x].startswith("ex-") for x in range(p + 1, k)):
            continue  # "whose former Kesto unit": no longer the possessor's
        owner = possessor(s, p)
        if lows[p] == "whose" and owner == p - 2:  # "X, a rival of Y, whose" (not "Y, the
            owner = _apposed_head(s, owner, not_heads)  # Leeds company whose": Y's)
        if lows[p] == "whose" and (_maker_goods(s, k) or handed_on(lows, k, s.lex)):
            continue  # "whose Samsung phones", "whose Halpin unit was sold last year"
        if owner < 0 or not _thing_after(lows, k, not_heads) or not _sure_owner(s, owner):
            continue
        src, tgt = s.ment(owner), s.ment(k)
        if src.shares(tgt) or _related(s, src.ids, tgt.ids):
            continue
        if not s.blocked(min(owner, k), k + 1):
            s.emit(src, ("OWNS",), tgt, "owned-names/possessed-name", 0.55)


def _folded_after_words(s: Sentence) -> frozenset[int]:
    """Positions (after `role.collapse_roles`) of names that a fold put words before:
    "whose Vesta brand Brisk Ferry Lines wants to buy" is read as one item, the name after the
    folded words, which the possessive before them does not possess."""
    if not s.folds:
        return frozenset()  # (most sentences: no fold, no generators run)
    dropped = sorted(
        x for first, last, holder in s.folds for x in range(first, last + 1) if x != holder
    )
    held = (holder for first, _last, holder in s.folds if first < holder)
    return frozenset(h - sum(1 for x in dropped if x < h) for h in held)


def _maker_goods(s: Sentence, k: int) -> bool:
    """ "whose Samsung phones", "whose Toyota cars": a name still typed as a company with a
    product noun right after it makes those goods; the possessor buys, uses or sells them
    ("whose Parcel Pro unit" stays owned, and "whose Vinto buggy" is typed Product)."""
    lows = s.lows
    org = "Organization" in s.etypes(k) and "Product" not in s.etypes(k)
    return org and k + 1 < len(lows) and product_noun(s, lows[k + 1])


def _sure_owner(s: Sentence, owner: int) -> bool:
    """A named possessor ("Kell's", "Kell, whose"; not "the club's", whose reference may be
    loose), or "its" standing for the nearest company named before it in the sentence (not
    "B's rival, A, cut the price of its Orra lock" read as B's)."""
    m = s.ment(owner)
    if m.kind == "name":
        return True
    if m.kind != "pronoun":
        return False
    before = [x for x in range(owner) if s.lows[x] == M and "Organization" in s.etypes(x)]
    return not before or s.ment(before[-1]).ids == m.ids


def _past_words(lows: list[str], p: int, not_heads: frozenset[str]) -> int:
    """Back over one more lower-case modifier before a name, a comparative or superlative
    ("its newer Tessa", "its latest Tessa"), not a noun ("its brochures describe Tessa")."""
    q = p
    while q >= 0 and p - q < MODIFIER_REACH and lows[q].isalpha() and lows[q].islower():
        if lows[q] in not_heads or lows[q] in NOT_NOUNS or lows[q] in POSSESSIVES:
            break
        if not lows[q].endswith(GRADED):
            break
        q -= 1
    return q if q >= 0 and (lows[q] in POSSESSIVE_MARKS or lows[q] in ("whose", M)) else p


APPOSED_REACH: Final = 4  # words of "a long-time rival of" before Y


def _apposed_head(s: Sentence, y: int, not_heads: frozenset[str]) -> int:
    """ "X, a rival of Y, whose Kesto oats": "whose" hangs on X, the head the appositive
    describes, when the appositive's noun is a relation's ("rival", "supplier", "partner");
    else Y, the name just before the comma ("X, a unit of Y, whose")."""
    lows = s.lows
    if y < 2 or lows[y - 1] not in ("of", "to", "for", "with"):
        return y
    a = y - 2
    relation = False
    while a >= 0 and y - 1 - a <= APPOSED_REACH and lows[a] not in DETS_AND_ONE:
        if not lows[a].replace("-", "").isalpha() or not lows[a].islower():
            return y
        relation = relation or lows[a] in not_heads
        a -= 1
    if relation and a >= 2 and lows[a] in DETS_AND_ONE and lows[a - 1] == "," and lows[a - 2] == M:
        return a - 2
    return y


def _thing_after(lows: list[str], k: int, not_heads: frozenset[str]) -> bool:
    """One to three lower-case words after the name at k, before any function word, none of
    them a relation's or a role's noun: "Tessa rug", "Tessa pre-washed salt" (not a lone
    past form: "Tessa joined")."""
    words = []
    q = k + 1
    while q < len(lows) and q - k <= HEAD_REACH and lows[q].replace("-", "").isalpha():
        if lows[q] in NOT_NOUNS:
            break
        words.append(lows[q])
        q += 1
    if not words or len(words) == 1 and words[0].endswith("ed"):
        return False  # "Kell's new Tessa Lind joined from B": a verb, no noun of a thing
    return not any(w in not_heads for w in words)


def _related(s: Sentence, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A rule of the sentence has already related the two names, either way."""
    return any(
        (f.source in a and f.target in b) or (f.source in b and f.target in a) for f in s.found
    )
