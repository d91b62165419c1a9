"""Products linked to their maker by a copula, "whose", "include" or "behind" (OWNS):

- "Celovir is Ardent Pharma's top-selling drug" (a possessed product noun after the copula);
- "Brenner Watches, whose best-known model is the Cassio 9" and "whose games include A and B";
- "Pixel Forge's games include Starfall and Moonrise";
- "Pixel Forge, the studio behind the hit game Starfall";
- "Grendel Mills sells its flour under the Ashgrove brand" (the seller owns the brand; words
  `under_brand_verbs`, `under_brand_heads` in loaders/data/names.yaml).

A product noun is one of `heads: Product` or `stakes: products` (`possessive.product_noun`).
"""

from __future__ import annotations

from typing import Final

from loaders.brand_names import brand_heads, under_brand_verb
from loaders.lexicon import Lexicon
from loaders.non_names import data_words
from loaders.relations.list_members import named_entity
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, product_noun, subjects
from loaders.relations.words import BE_FORMS, POSSESSIVE_MARKS, PREPOSITIONS, SKIP_DETS, M

# "Velmar's best-known product is the Orca 5" (possessor, product noun, copula, product)
COPULAS: Final = frozenset({"is", "was", "remains", "remained"})
LINKS: Final = frozenset({"is", "was", "are", "were", "include", "includes", "included", "remains"})
CUES = COPULAS | {"whose", "behind", "include", "includes", "included", "are"}

DESCRIPTORS = 4  # words between a possessive and its product noun ("best-selling", "hit")


def cues(lex: Lexicon) -> frozenset[str]:
    return CUES | data_words(lex, "line_sellers") | {"under"}


def _noun_end(s: Sentence, p: int) -> int:
    """The end (exclusive) of descriptor words from p ending in a product noun, else -1."""
    lows = s.lows
    q = p
    while q < len(lows) and q - p < DESCRIPTORS and lows[q] != M:
        w = lows[q]
        if not (w.replace("-", "").isalpha() or w == "-"):
            break
        q += 1
        if product_noun(s, w) and (q >= len(lows) or not product_noun(s, lows[q])):
            return q
    return -1


def _owner_at(s: Sentence, p: int) -> int:
    """A possessor starting at p ("Ardent Pharma's", "its" is left to other rules), else -1."""
    lows = s.lows
    if p + 1 < len(lows) and lows[p] == M and not s.is_det(p) and lows[p + 1] in POSSESSIVE_MARKS:
        return p
    return -1


def _products_after(s: Sentence, q: int) -> list[int]:
    lows = s.lows
    q += q < len(lows) and lows[q] in SKIP_DETS
    if q < len(lows) and lows[q] == M and not s.is_det(q):
        return coord(s, q, +1)
    return []


def apply(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    for k in range(n - 3):
        if lows[k] == M and lows[k + 1] in ("is", "was") and not s.is_det(k):
            owner = _owner_at(s, k + 2)  # "Celovir is Ardent Pharma's top-selling drug"
            end = _noun_end(s, owner + 2) if owner >= 0 else -1
            if end >= 0 and (end >= n or lows[end] in (".", ",", "and", ";")):
                _emit(s, owner, [k])
        elif lows[k] == "whose" and k >= 2 and lows[k - 1] == "," and lows[k - 2] == M:
            end = _noun_end(s, k + 1)  # "X, whose best-known model is the Cassio 9"
            if end >= 0 and end < n and lows[end] in LINKS:
                _emit(s, k - 2, _products_after(s, end + 1))
        elif lows[k] == M and _owner_at(s, k) == k:
            end = _noun_end(s, k + 2)  # "Pixel Forge's games include A and B"
            if end >= 0 and end < n and lows[end] in ("include", "includes", "included"):
                _emit(s, k, _products_after(s, end + 1))
            elif end >= 0 and end < n and lows[end] in COPULAS:
                _emit(s, k, _named_products(s, _products_after(s, end + 1)))
        elif lows[k] == "behind" and k >= 3:
            _behind(s, k)
        elif lows[k] in data_words(s.lex, "line_sellers") and k >= 1:
            _sold_line(s, k)
        elif lows[k] == "under" and k >= 2:
            _under_brand(s, k)


def _behind(s: Sentence, k: int) -> None:
    """ "X, the studio behind the hit game P": the head of the appositive makes P."""
    lows = s.lows
    d = k - 1
    placed = False  # a home town before the noun: "the Oslo-based company behind"
    # "X is the company behind": "the company" is one item, a mention of X
    if not (lows[d] == M and s.ment(d).kind == "np" and lows[d - 1] in ("is", "was")):
        while d >= 0 and k - d <= BEHIND_REACH and lows[d] not in SKIP_DETS:
            if not lows[d].replace("-", "").isalpha():
                if not _home_place(s, d):
                    return
                placed = True
            d -= 1
        if placed and not _maker_head(s, k - 1):
            return  # "the Zurich-based private equity firm behind X": no maker of X
        if lows[k - 1] not in s.lex.heads:
            return  # "the studio behind": a company noun before "behind"
    if d < 2 or lows[d - 1] not in (",", "is", "was") or lows[d - 2] != M or s.is_det(d - 2):
        return  # "X, the studio behind", "X is the company behind"
    q = k + 1
    q += q < len(lows) and lows[q] in SKIP_DETS
    end = _noun_end(s, q)
    if end >= 0:
        q = end
    if q >= len(lows) or lows[q] != M or s.is_det(q):
        return
    things = coord(s, q, +1)
    if things[-1] + 1 < len(lows) and lows[things[-1] + 1] in POSSESSIVE_MARKS:
        return  # "the firm behind Pellam and Vestra's bid": the possessors' bid
    if lows[d - 1] != "," and "Organization" not in s.etypes(d - 2):
        return  # "she is the woman behind the app": no holding
    if placed and end < 0 and any(named_entity(s, t) for t in things):
        return  # "the Leeds-based company behind Corland Auto": a firm, no product
    _emit(s, d - 2, things if end >= 0 else [q])  # "the games A and B": both


BEHIND_REACH: Final = 6  # words of "the Oslo-based software company behind"

# modifiers of a firm noun that make it a backer, not a maker ("private equity firm")
BACKER_MODS: Final = frozenset({"equity", "investment", "venture", "buyout", "advertising"})


def _maker_head(s: Sentence, h: int) -> bool:
    """The noun before "behind" names a maker of products ("company", "studio", "carmaker"),
    not an investor, agency, supplier or a person ("entrepreneur", "designer")."""
    w = s.lows[h]
    if h >= 1 and s.lows[h - 1] in BACKER_MODS:
        return False
    return w in data_words(s.lex, "behind_product_nouns") or w in MAKER_HEADS or w.endswith("maker")


# firm nouns besides `behind_product_nouns` that make what they are behind ("the rival behind")
MAKER_HEADS: Final = frozenset({"group", "rival", "manufacturer", "producer", "brand"})


def _home_place(s: Sentence, d: int) -> bool:
    """A home town in the company noun phrase before "behind" ("the Oslo-based company"):
    the place before a hyphen, or the hyphen itself."""
    lows = s.lows
    if lows[d] == "-":
        return d >= 1 and lows[d - 1] == M
    return lows[d] == M and d + 1 < len(lows) and lows[d + 1] == "-" and s.etypes(d) == {"Location"}


def _named_products(s: Sentence, things: list[int]) -> list[int]:
    """The products after a copula, when each is a named Product not itself possessed
    ("X's top seller is Y's cream": the cream is Y's); else none."""
    lows = s.lows
    if not things or any("Product" not in s.etypes(t) for t in things):
        return []
    end = things[-1] + 1
    return [] if end < len(lows) and lows[end] in POSSESSIVE_MARKS else things


def _described_product(s: Sentence, q: int) -> bool:
    """The named Product at q is set off by an indefinite appositive ("PumpGuard, a
    monitoring service for farms"): the seller's own, unless the appositive names a maker
    ("a seed drill made by Kvern", "a Kvern seed drill", "a drill it imports"; words
    `other_maker_words`, loaders/data/names.yaml)."""
    lows = s.lows
    n = len(lows)
    other = data_words(s.lex, "other_maker_words")
    if q + 2 >= n or lows[q + 1] != "," or lows[q + 2] not in ("a", "an"):
        return False
    if "Product" not in s.etypes(q):
        return False
    p = q + 3
    while p < n and lows[p] not in (",", ".", ";"):
        if lows[p] in other or lows[p] in POSSESSIVE_MARKS:
            return False
        if _maker_name(s, p):
            return False  # "a Kessel Labs cream", "a cream that Kessel Labs makes"
        p += 1
    return True


def _maker_name(s: Sentence, p: int) -> bool:
    """A name (not a place) at p that may make the product: not the object of a preposition
    or "the" ("a kiln controller built on the Ferrix chip", "a cream sold in Boots shops")."""
    lows = s.lows
    if lows[p] != M or s.ment(p).kind != "name" or "Location" in s.etypes(p):
        return False
    return lows[p - 1] not in PREPOSITIONS and lows[p - 1] != "the"


def _sold_line(s: Sentence, k: int) -> None:
    """ "Orvane, which sells the Tilda range", "Orvane markets the Tilda line": the seller of
    a named product line owns it (a stockist sells products, not its own lines)."""
    lows = s.lows
    q = k + 1 + (k + 1 < len(lows) and lows[k + 1] == "the")
    if q + 1 >= len(lows) or lows[q] != M or s.is_det(q):
        return
    named_line = lows[q + 1] in data_words(s.lex, "frame_product_line")
    if not named_line and not (lows[k - 1] == "also" and _described_product(s, q)):
        return  # "Orvane also sells Tilda, a hand cream": its own product, said as such
    owner = k - 1
    if lows[owner] == "which" and owner >= 2 and lows[owner - 1] == ",":
        owner -= 2  # "Orvane, which sells"
    elif lows[owner] == "also" and owner >= 1:
        owner -= 1  # "Orvane also sells"
    if lows[owner] == M and "Organization" in s.etypes(owner):
        _emit(s, owner, [q])


def _under_brand(s: Sentence, k: int) -> None:
    """ "Grendel Mills sells its flour under the Ashgrove brand", "X, whose cheeses are sold
    under the Cragside label": the subject of the selling verb owns the named brand (not
    when what is sold is another's: "sells Tarsa's biscuits under the Kelda name")."""
    lows = s.lows
    n = len(lows)
    q = k + 1 + (k + 1 < n and lows[k + 1] == "the")
    heads = brand_heads(s.lex)  # "the Ashgrove brand", "the Ashgrove brands"
    if q + 1 >= n or lows[q] != M or s.is_det(q) or lows[q + 1] not in heads:
        return
    v = under_brand_verb(lows, k, data_words(s.lex, "under_brand_verbs"))
    if v < 1:
        return
    if lows[v - 1] in BE_FORMS:
        b = v - 2  # "whose cheeses are sold under"
        while b >= 0 and v - b <= 5 and lows[b] != "whose":
            b -= 1
        owner = b - 2 if b >= 2 and lows[b - 1] == "," and lows[b - 2] == M else -1
    else:
        found = subjects(s, v, True)
        owner = found[0] if found else -1
    if owner >= 0 and "Organization" in s.etypes(owner) and not s.is_det(owner):
        _emit(s, owner, [q])


def _emit(s: Sentence, owner: int, things: list[int]) -> None:
    if owner < 0 or not things or s.blocked(owner + 1, things[-1]):
        return
    s.emit(s.ment(owner), ("OWNS",), s.merged(things), "possessive/product-link", 0.7)
