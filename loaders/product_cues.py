"""Product cues of owned goods: "Tolverne's beers include Kestrel Bitter and Orrin Lager",
"its brands include Sallow Gin". The nouns are `owned_goods` in loaders/data/names.yaml; a
possessor must come before them (bare "brands like X and Y" may name companies).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.grammar_words import POSSESSIVE_MARKS, SKIP_DETS
from loaders.non_names import data_words
from loaders.relations.words import WHICH_THAT

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate
    from loaders.tokens import Tok

POSSESSORS: frozenset[str] = frozenset({"its", "their", "his", "her", "our", "'s", "'"})
# adverbs before an appositive's possessor: "Kestrel 7, long Brannock's top model"
APPOSITIVE_ADVERBS: frozenset[str] = frozenset({"long", "now", "still", "once", "formerly"})
# a product's praise as an appositive head: "Solent, Vantora's best seller"
SELLERS: Final[frozenset[str]] = frozenset({"seller", "best-seller", "bestseller"})


def product_word(w: str, lex: Lexicon) -> bool:
    """A product noun, singular or plural: a `heads: Product` descriptor or a `stakes:
    products` noun ("irons", "magazine", "pickups"; `nav.product_noun` in a sentence)."""
    for form in (w, w[:-1]) if w.endswith("s") and len(w) > 3 else (w,):
        if form in lex.product_nouns or lex.heads.lookup((form,)) == "Product":
            return True
    return False


def owned_goods(lows: list[str], k: int, lex: Lexicon) -> bool:
    """The noun at k is a plural of owned goods with a possessor before it ("its brands",
    "whose labels")."""
    if k < 1 or lows[k] not in data_words(lex, "owned_goods"):
        return False
    back = lows[k - 2] if k > 1 and lows[k - 1] in ("main", "best-known", "other", "top") else ""
    return lows[k - 1] in POSSESSORS or lows[k - 1] == "whose" or back in POSSESSORS


def possessed_good(lows: list[str], k: int, lex: Lexicon) -> bool:
    """After "its NAME": a good's noun, maybe after one lower-case modifier ("its Sallowby
    farmhouse cheddar", "its Kestrel pale ale", "its Tansy barley variety")."""
    goods = data_words(lex, "possessed_goods")
    if lows[k] in goods:
        return True
    nxt = lows[k + 1] if k + 1 < len(lows) else ""
    return lows[k].isalpha() and nxt in goods


W_CLASS: float = 3.0  # as a descriptor noun


def class_noun_vote(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """ "its barley variety Tansy", "the studio's thriller Glass Orchard": a class noun of
    goods right before the name, after a possessor or a crop/genre word."""
    if c.i < 2 or lows[c.i - 1] not in data_words(lex, "class_nouns_before"):
        return
    before = lows[c.i - 2]
    if before in POSSESSORS or before.isalpha():
        c.vote("Product", W_CLASS)


W_OWNED_BRAND: float = 5.0  # outweighs the appositive head "brand" (4)
BRAND_LAUNCHES: frozenset[str] = frozenset(
    {"started", "launched", "created", "introduced", "unveiled", "built", "runs", "owns"}
    | {"makes", "made", "produces", "produced", "sells", "sold", "markets", "marketed"}
)
# what a company sells under a name: "Pizzolo, a line Quillex Foods produces"
BRAND_HEADS: frozenset[str] = frozenset({"brand", "label", "marque", "line", "range"})


def owned_brand(c: Candidate, lows: list[str], by_start: dict[int, Candidate]) -> None:
    """ "Marisel, the small hotel brand Quillex Hotels started in 2024", "Pizzolo, a line
    Quillex Foods produces": an appositive brand or line that another name launched, makes or
    owns is that owner's product (a bare "the X brand" still
    names companies)."""
    k = c.j
    if k >= len(lows) or lows[k] != ",":
        return
    for h in range(k + 2, min(k + 6, len(lows))):
        if lows[h] in BRAND_HEADS:
            owner = by_start.get(h + 1)
            if owner is not None and owner.j < len(lows) and lows[owner.j] in BRAND_LAUNCHES:
                c.vote("Product", W_OWNED_BRAND)
            return


W_MADE_GOOD: float = 6.0  # outweighs a firm noun the clause holds ("the firm launched")
# verbs by which a maker brings out a good; not "built", "runs", "owns", "bought" (sites, firms)
MAKING_VERBS: frozenset[str] = frozenset(
    {"launched", "introduced", "unveiled", "released", "developed", "designed", "makes"}
    | {"made", "produces", "produced", "sells", "markets", "marketed", "launches"}
)
# what names the maker in a relative clause without "that": "the firm", "it", a name
MAKER_NOUNS: frozenset[str] = frozenset({"firm", "company", "group", "maker", "business"})


def _appositive_noun(toks: list[Tok], lows: list[str], p: int) -> int | None:
    """The index after "a/the [up to four lower-case modifiers] NOUN" from p, or None."""
    n = len(lows)
    if p >= n or lows[p] not in SKIP_DETS:
        return None
    m = p + 1
    while m < n and m - p <= 5 and toks[m].text.replace("-", "").isalpha():
        if not toks[m].text.islower():
            break
        if lows[m] in ("that", "which", "it", "the", "its", "a", "an") or lows[m] in MAKING_VERBS:
            break
        m += 1
    return m if p + 1 < m < n else None


def _maker_clause(lows: list[str], m: int, by_start: dict[int, Candidate]) -> bool:
    """From m: "[that|which] (it|the firm|NAME) MAKING_VERB" or "MAKING_VERB by"."""
    n = len(lows)
    if m < n and lows[m] in WHICH_THAT:
        m += 1
    if m + 1 < n and lows[m] in MAKING_VERBS and lows[m + 1] == "by":
        return True
    if m < n and lows[m] in ("it", "they"):
        m += 1
    elif m + 1 < n and lows[m] == "the" and lows[m + 1] in MAKER_NOUNS:
        m += 2
    elif m in by_start:
        m = by_start[m].j
    else:
        return False
    return m < n and lows[m] in MAKING_VERBS


def _owned_name_good(lows: list[str], i: int, m: int, lex: Lexicon) -> bool:
    """ "Kelso's Brisk, a payroll service,": a possessed name whose appositive noun, closing
    its phrase at m, is a good or a firm's own service."""
    if i < 1 or lows[i - 1] not in POSSESSIVE_MARKS or lows[m] not in (",", ".", ";", ")"):
        return False
    return possessed_good(lows, m - 1, lex) or lex.heads.lookup((lows[m - 1],)) == "Product"


def made_good(
    c: Candidate, toks: list[Tok], lows: list[str], by_start: dict[int, Candidate], lex: Lexicon
) -> bool:
    """ "Arco, the alloy frame made by Tarsa", "Norra, a frozen bar the firm launched", "Velta,
    the ready-meal range it introduced in 2019": an appositive noun that a maker made,
    launched or sells names a good; not a firm's, a site's or a person's noun ("Norra, a
    startup the firm launched", "the plant it built")."""
    k = c.j
    if k >= len(lows) or lows[k] != ",":
        return False
    m = _appositive_noun(toks, lows, k + 1)
    if m is None:
        return False
    if not _maker_clause(lows, m, by_start) and not _owned_name_good(lows, c.i, m, lex):
        return False
    kind = lex.heads.lookup((lows[m - 1],))
    if kind not in (None, "Product") or lows[m - 1] in data_words(lex, "trade_agents"):
        return False
    c.vote("Product", W_MADE_GOOD)
    return True
