"""Possessive family: the owner of a product.

- `product`: "Arclight's Halo", "its RxRunner robots", "its triage app, CareLane", "X, whose
  Meadowcrest butter".
- `product-appositive`: "CX-44, the company's experimental antibiotic", "Budgetly, its app".
- `made-by`: "Pathio, made by Nexwell, leads the market".
- `offered`: "Washwise, an offering from the appliance group Kemmel".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from loaders.firm_whose import firm_noun_whose, handed_on
from loaders.lexicon import Lexicon, per_lexicon, read_data, word_set
from loaders.non_names import data_words
from loaders.possessed_descriptors import tie_word, tied_descriptor
from loaders.possessed_things import site_or_event
from loaders.product_cues import APPOSITIVE_ADVERBS, SELLERS
from loaders.relations.apposed_owner import apposed_head, set_off_owner
from loaders.relations.model import Sentence
from loaders.relations.nav import agent_after, coord, past_product_modifiers, product_noun
from loaders.relations.place_lists import MAKING_VERBS, all_site_nouns
from loaders.relations.whose_antecedent import described_antecedent
from loaders.relations.words import (
    AUXILIARIES,
    INDEFINITE_ARTICLES,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    PUNCT_STOP,
    SKIP_DETS,
    WHICH_THAT,
    M,
    under_licence,
)


def contract_making(s: Sentence) -> None:
    """Making for another is no ownership: "Lonvo makes the Zosta vaccine for Kairo", "the
    Zosta vaccine, made by Lonvo for Kairo" (Kairo owns it), "Lonvo produces Kairo's Zosta
    vaccine", "makes chips for Kairo's Halo handset". The making word is claimed so no later
    rule reads it as the maker's product."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] not in s.lex.making_words or k in s.claimed:
            continue
        if lows[k + 1] == "by":  # passive: "made by Lonvo for Kairo"
            agent = k + 2 if lows[k + 2] == M else -1
            after = agent + 1 if agent >= 0 else -1
            if 0 < after < n - 1 and lows[after] == "for" and lows[after + 1] == M:
                s.claimed.add(k)
                thing = k - 2 if k >= 2 and lows[k - 1] == "," else -1
                while thing > 0 and lows[thing] != M and product_noun(s, lows[thing]):
                    thing -= 1  # "The Zosta vaccine, made by ..."
                thing = thing if thing >= 0 and lows[thing] == M else -1
                if thing >= 0 and not s.blocked(thing, after + 1):
                    s.emit(s.ment(after + 1), ("OWNS",), s.ment(thing), "possessive/made-for", 0.6)
            elif _possessed_before(s, k) or not _made_thing_before(s, k):
                s.claimed.add(k)  # "Kairo's Zosta vaccine is produced by Lonvo"
            continue
        q = k + 1
        while q < n and q - k <= 4 and lows[q] != M:
            if lows[q] in ("for", "to") or not lows[q].replace("-", "").isalpha():
                break
            q += 1
        if q >= n:
            continue
        if lows[q] in ("for", "to"):
            s.claimed.add(k)  # "makes chips for Kairo's Halo handset"
            continue
        if lows[q] != M:
            continue
        if q + 1 < n and lows[q + 1] in POSSESSIVE_MARKS:
            s.claimed.add(k)  # "produces Kairo's Zosta vaccine": Kairo's, not Lonvo's
            continue
        r = _made_end(s, q)
        if r + 1 < n and lows[r] == "for" and lows[r + 1] == M:
            s.claimed.add(k)  # "makes the Zosta vaccine for Kairo"
        elif _licensed(lows, r):
            s.claimed.add(k)  # "builds Zosta valves under licence"
        elif r < n and lows[r] in CAUSATIVE and lows[k].startswith("mak"):
            s.claimed.add(k)  # "made Zosta available", "makes Halo the default"


def _made_end(s: Sentence, q: int) -> int:
    """Past the made name at q and its product nouns, or past the last of a list of them
    ("makes the Quillo game and the Zanto range for Orvo": both are made for Orvo)."""
    lows = s.lows
    n = len(lows)
    r = _past_nouns(s, q)
    last = coord(s, q, +1)[-1]
    if last > q:
        end = last + 1
        while end < n and end - last <= LICENSED_REACH and lows[end].isalpha():
            if lows[end] == "for" or under_licence(lows, end):
                return end  # "the Zanto puzzle range for Orvo"
            end += 1
    return r


def _past_nouns(s: Sentence, q: int) -> int:
    """Past the made name at q and up to two product nouns ("the Zosta flu vaccine")."""
    lows = s.lows
    r = q + 1
    while r < len(lows) and r - q <= 2 and lows[r] != M and product_noun(s, lows[r]):
        r += 1
    return r


LICENSED_REACH: Final = 3  # lower-case words between a made name and "under licence"


def _licensed(lows: list[str], r: int) -> bool:
    """ "makes Zosta panels under licence": the thing made is another's design."""
    for p in range(r, min(len(lows), r + LICENSED_REACH)):
        if under_licence(lows, p):
            return True
        if not lows[p].isalpha() or lows[p] == M:
            return False
    return False


# what follows "make X" when it is causative ("made Zosta available to all"), not making X
CAUSATIVE = frozenset(
    {
        "available",
        "free",
        "public",
        "possible",
        "compatible",
        "cheaper",
        "easier",
        "part",
        "the",
        "a",
        "an",
        "its",
        "more",
        "less",
        "accessible",
        "mandatory",
        "standard",
    }
)


def _made_thing_before(s: Sentence, k: int) -> bool:
    """ "Zosta is made by", "the Zosta vaccine, made by", "Zosta pills are being made by":
    the thing made is named just before the participle (not "cuts to Zosta's budget made by",
    where it is far and something else is made)."""
    lows = s.lows
    b = k - 1
    while b >= 0 and (lows[b] in AUXILIARIES or lows[b] in ("is", "are", "was", "were", "be")):
        b -= 1
    if b >= 1 and lows[b] in WHICH_THAT and lows[b - 1] == ",":
        b -= 1  # "Pavo, which is made by"
    if b >= 0 and lows[b] == ",":
        b -= 1
    if b >= 0 and lows[b] != M and (product_noun(s, lows[b]) or _made_thing(s, b)):
        # "Tallow, the web-based planner built by X": a described product
        c = b - 1
        while c >= 0 and b - c <= 4 and lows[c] != M and lows[c].replace("-", "").isalpha():
            if lows[c] in SKIP_DETS:
                c -= 1
                break
            c -= 1
        b = c - 1 if c >= 1 and lows[c] == "," else c
    return b >= 0 and lows[b] == M and not s.is_det(b)


def _possessed_before(s: Sentence, k: int) -> bool:
    """ "Kairo's Zosta vaccine is produced": the thing made is another's possession."""
    lows = s.lows
    for b in range(k - 1, max(-1, k - 7), -1):
        if lows[b] in POSSESSIVE_MARKS and b >= 1 and lows[b - 1] == M:
            return True
        if lows[b] in (",", ".", ";") or (lows[b] == M and b + 1 < k and lows[b + 1] != "'s"):
            if lows[b] != M:
                return False
    return False


def possessives(s: Sentence) -> None:
    lows = s.lows
    for k, mm in enumerate(s.ments):
        if mm is None or "Product" not in s.etypes(k):
            continue
        owner = -1
        p = past_product_modifiers(lows, k)  # "Gorlan's popular Zest range", "its new X"
        if p >= 1 and lows[p] in POSSESSIVE_MARKS and lows[p - 1] == M:
            owner = p - 1
        elif p >= 0 and s.is_det(p) and s.ment(p).word != "his":
            owner = set_off_owner(s, p)  # "B's rival, A, ... its X": A's
        elif p >= 2 and lows[p] == "whose":
            owner = possessor(s, p)  # "Ostrel Dairies, whose Meadowcrest butter"
            if owner == p - 2:  # "A, a rival of B, whose" (not "B, the Leeds company whose")
                owner = apposed_head(s, owner, k)
            if handed_on(lows, k, s.lex):
                owner = -1  # "whose Crumbo brand was sold to B": no longer the possessor's
        else:
            owner = _set_off_owner(s, k)
        if owner >= 0:  # "Velmore's Strada and Corsa pickups": each of a product list
            for x in coord(s, k, +1):
                if "Product" in s.etypes(x):
                    s.emit(s.ment(owner), ("OWNS",), s.ment(x), "possessive/product", 0.7)


def _set_off_owner(s: Sentence, k: int) -> int:
    """The possessor of a descriptor set off before the product named at k: "its triage app,
    CareLane", "Glenmora's flagship malt, Kintail Cask", "Quelvara's biggest title, the history
    series Lost Ledgers"; not of a role's or a tie's descriptor ("Lumelle's main rival, the
    Glowa serum": `possessed_descriptors`); a hyphenated descriptor word and a "the" after the
    comma too ("Orvik's low-cost range, the Tarvo 5"); "its" in a relative clause is the
    antecedent's ("B, a maker that builds its truck, the X": B's); else -1."""
    lows = s.lows
    c = _past_kind(s, k)
    if c < 3 or lows[c] != ",":
        return -1
    d = c - 1
    while d >= 0 and c - d <= 5 and lows[d] != M and _descriptor_word(lows, d):
        d -= 1
    if d < 0 or d == c - 1:
        return -1
    head = lows[c - 1]
    kind = s.lex.heads.lookup((head,))
    if kind is None and site_or_event(lows, c - 1, s.lex):
        return -1  # "Orvik's new headquarters, the Tarvo Tower": a site, no product
    tied = tied_descriptor(lows[d + 1 : c], s.lex)
    if kind != "Product" and (kind not in (None, "Project") or tied):
        return -1
    if s.is_det(d) and s.ment(d).word not in ("his", "her"):
        # "its" with a noun no lexicon list names a product ("its venture, X") is too loose
        if kind is None and not product_noun(s, head):
            return -1
        # "B, a maker that builds its truck, the X"; not "B, an agency that will advertise its
        # crisp, the X", the client's
        antecedent = _relative_antecedent(s, d) if _making_clause(s, d) else -1
        return antecedent if antecedent >= 0 else d
    return d - 1 if d >= 1 and lows[d] in POSSESSIVE_MARKS and lows[d - 1] == M else -1


_NAMES_DATA: Final = read_data("names.yaml")
# verbs of a relative clause whose subject makes, launches or sells the thing "its" names
OWN_GOODS_VERBS: Final = (
    MAKING_VERBS
    | word_set(_NAMES_DATA["under_brand_verbs"])
    | word_set(_NAMES_DATA["platform_launch_verbs"])
    | word_set(_NAMES_DATA["relative_own_verbs"])
)


def _making_clause(s: Sentence, d: int) -> bool:
    """Between a relative pronoun and the possessive at d stands a verb of making, launching
    or selling ("a maker that builds its truck"), not of serving another's ("a carrier that
    will ship its van", "an agency that promotes its coat")."""
    lows = s.lows
    for r in range(d - 1, max(-1, d - 5), -1):
        if lows[r] in RELATIVES:
            return any(w in OWN_GOODS_VERBS for w in lows[r + 1 : d])
    return False


def _past_kind(s: Sentence, k: int) -> int:
    """Before the name at k, the token before "the [kind words] PRODUCT-NOUN" ("..., the
    history series Lost Ledgers") or before a bare "the" after a comma (the comma of "..., the
    Tarvo 53"); else k - 1."""
    lows = s.lows
    c = k - 1
    b = c
    while b > 0 and c - b < 3 and _descriptor_word(lows, b) and lows[b] not in SKIP_DETS:
        b -= 1  # "the history series", "the true-crime series"
    if b < c and lows[b] == "the" and product_noun(s, lows[c]):
        return b - 1
    if lows[c] == "the" and c >= 1 and lows[c - 1] == ",":
        return c - 1  # "Orvik's own flagship, the Tarvo 53"
    return c


MADE_BY: Final = frozenset({"made", "produced", "built", "manufactured", "developed", "designed"})
GROUP_MEMBER: frozenset[str] = frozenset(
    {"company", "business", "brand", "affiliate", "firm", "label", "marque"}
)
MEMBER_LINKS = frozenset({"is", "was", "became", "remains", "becomes"})


def group_member(s: Sentence) -> None:
    """ "Harbour Ferries, a Kestrel Group company, ...": the group owns its member."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 4):
        # "X, a Y company", "X is a Y company", "X, now a Y company"
        link = lows[k + 1] == "," or lows[k + 1] in MEMBER_LINKS
        if lows[k] != M or not link or lows[k + 2] not in INDEFINITE_ARTICLES:
            continue
        g = k + 3
        if lows[g] != M or s.is_det(g) or lows[g + 1] not in GROUP_MEMBER:
            continue  # "a Kestrel Capital portfolio company" is funded, not owned
        if not s.blocked(k, g):
            s.emit(s.ment(g), ("OWNS",), s.ment(k), "possessive/group-member", 0.7)


def appositives(s: Sentence) -> None:
    """ "CX-44, the company's experimental drug", "Budgetly, its flagship app": the possessor of
    the descriptor owns the name before it (typed or not: the descriptor says it is a product);
    "Pathio, made by Nexwell," likewise."""
    lows = s.lows
    n = len(lows)
    closers = _descriptor_closers(s.lex)
    for k in range(n - 3):
        if lows[k] != M or s.is_det(k):
            continue
        p = k + 2
        if lows[k + 1] != ",":
            # "The Lumexa pill, developed by Ocura": a product noun between name and comma,
            # maybe after a modifier ("the Kestrel 7 tenor horn,")
            if p + 1 < n and lows[p] != "," and lows[k + 1].isalpha() and lows[k + 1] != M:
                p += 1
            if not (lows[p] == "," and p + 1 < n):
                continue
            if not product_noun(s, lows[p - 1]) and not _made_thing(s, p - 1):
                continue
            p += 1
            if p + 1 < n and lows[p] in APPOSITIVE_ADVERBS:
                p += 1  # "The Kestrel 7 horn, long Brannock's top model"
            # "The Solent kettle, Vantora's best seller": a possessed appositive, too
            owned = s.is_det(p) or (p + 1 < n and lows[p] == M and lows[p + 1] in POSSESSIVE_MARKS)
            # "the Thornguard pruner, a cutting tool made by V": a described product
            if lows[p] not in MADE_BY and not owned and lows[p] not in INDEFINITE_ARTICLES:
                continue
        elif p + 1 < n and lows[p] in APPOSITIVE_ADVERBS and lows[p + 1] == M:
            p += 1  # "Tallow, long Brannock's top valve"
        p = _past_relative_be(lows, p)  # "Pavo, which is made by Kolbe"
        if p in s.claimed:
            continue  # "made by Lonvo for Kairo": a contract maker
        if lows[p] in MADE_BY and p + 2 < n and lows[p + 1] == "by":
            a = p + 2 if lows[p + 2] == M else agent_after(s, p + 2)  # "by the Danish firm K"
            if a >= 0 and not s.is_det(a) and not s.blocked(k, a):
                if ("Organization" in s.etypes(a) or a == p + 2) and not _person_maker(s, a):
                    s.emit(s.ment(a), ("OWNS",), s.ment(k), "possessive/made-by", 0.7)
            continue
        if _described_made_by(s, k, p):
            continue
        if lows[p] == "the":
            p += 1
        owner, q = _descriptorpossessor(s, p)
        if owner < 0:
            continue
        h = _product_descriptor_end(s, k, q, closers)
        if h < 0:
            continue  # "Vanta, the company's lawyer, said": no product
        if _tied(s, lows[q:h]):
            continue  # "the Corra X1, Quillex's rival phone": a tie, not the possessor's
        if _unowned(s, lows[q:h]):
            continue  # "Tessly, Vexa's former lighting business": no longer (or not yet) its own
        if set(s.ment(owner).ids) <= set(s.ment(k).ids):
            owner = _clause_company(s, k)  # "A sells P, its app": "its" is not P's own
            if owner < 0:
                continue
        s.emit(s.ment(owner), ("OWNS",), s.ment(k), "possessive/product-appositive", 0.7)


def _descriptorpossessor(s: Sentence, p: int) -> tuple[int, int]:
    """The possessor at p of an appositive descriptor ("its", "the company's", "Vantora's";
    not "his" or "her") and where the descriptor's words start; (-1, -1) when there is none."""
    lows = s.lows
    n = len(lows)
    if p < n and s.is_det(p) and s.ment(p).word not in ("his", "her"):
        return p, p + 1
    if p + 1 < n and lows[p] == M and lows[p + 1] in POSSESSIVE_MARKS:
        return p, p + 2
    return -1, -1


def _product_descriptor_end(s: Sentence, k: int, q: int, closers: frozenset[str]) -> int:
    """Walk the possessed descriptor from q (at most five words) and return its end when it
    closes there and names a product (its head is a product noun, or the name at k is a typed
    product and the head is no seller); -1 otherwise."""
    lows = s.lows
    n = len(lows)
    h = q
    while h < n and h - q < 5 and lows[h] != M and _descriptor_word(lows, h):
        if lows[h] in PREPOSITIONS and lows[h] != "of":
            break  # "Kestrel, Veltro's main rival in pickups": the rival is the head
        if h > q and (lows[h] in closers or lows[h] in WHICH_THAT):
            break  # "Echo 9, Sonalis's in-ear aid launched in May", "flagship since 1960"
        if lows[h] == "of" and h > q and _owned_head(s, lows[h - 1]):
            break  # "Quickset, Lorrimer's flagship range of pans": the range is the head
        h += 1
    head = lows[h - 1] if h > q else ""
    closed = h >= n or lows[h] in (",", ".", ")") or lows[h] in PREPOSITIONS
    # "Tilly, its folding stool that packs flat": a relative clause closes it, too
    closed = closed or lows[h] in closers or lows[h] in WHICH_THAT
    typed = "Product" in s.etypes(k) and head not in SELLERS  # a stockist's best seller
    if not closed or not (_owned_head(s, head) or typed):
        return -1
    if head in business_nouns(s.lex) and not s.etypes(k) & {"Organization", "Product"}:
        return -1  # "Dana Holt, its software business's founder": no part of the firm
    return h


def _tied(s: Sentence, words: list[str]) -> bool:
    """A tie descriptor ("Quillex's rival phone"); a firm's part ("its chain of shops") is tied
    only by a modifier ("its partner business")."""
    if words and words[-1] in business_nouns(s.lex):
        return any(tie_word(w, s.lex, head=False) for w in words[:-1])
    return tied_descriptor(words, s.lex)


def _unowned(s: Sentence, words: list[str]) -> bool:
    """A part of a firm the possessor no longer holds, does not yet hold or never held
    (`stakes: unowned_part_modifiers`: "its former business", "its would-be unit", "its
    sister business")."""
    if not words or words[-1] not in business_nouns(s.lex):
        return False
    spec = s.lex.data.get("stakes") or {}
    return not word_set(spec.get("unowned_part_modifiers")).isdisjoint(words[:-1])


def _owned_head(s: Sentence, w: str) -> bool:
    """A descriptor head that makes the name the possessor's: a product noun, or a noun of a
    part of a firm ("Bakewell, its chain of tea rooms", "Tessly, its lighting business")."""
    return product_noun(s, w) or w in business_nouns(s.lex)


@per_lexicon
def business_nouns(lex: Lexicon) -> frozenset[str]:
    """The `stakes: unit_nouns` and `stakes: owned_part_nouns` keys: heads naming a firm's own
    part (built once per lexicon)."""
    spec = lex.data.get("stakes") or {}
    return offer_words(lex).units | word_set(spec.get("owned_part_nouns"))


@per_lexicon
def _descriptor_closers(lex: Lexicon) -> frozenset[str]:
    """Words that close a possessed descriptor: a launch participle or "since" (built once per
    lexicon, not per candidate name)."""
    return data_words(lex, "launch_participles") | data_words(lex, "descriptor_closers")


RELATIVE_BE = frozenset({"is", "are", "was", "were"})
# a thing "made by" or "manufactured by" a firm is its product, whatever its noun
STRICT_MADE: Final[frozenset[str]] = frozenset({"made", "manufactured"})


def _made_thing(s: Sentence, c: int) -> bool:
    """ "the Clario 7 listening aid, made by S", "the Tinta earpiece, a ... made by M": a
    noun of no known type (no site, body or person noun) before a comma, then a strict
    making participle or an indefinite descriptor."""
    lows = s.lows
    w = lows[c]
    if not w.isalpha() or s.lex.heads.lookup((w,)) is not None or w in all_site_nouns(s.lex):
        return False
    if w in s.lex.made_acts or (w.endswith("s") and w[:-1] in s.lex.made_acts):
        return False  # "the Harlow offer, made by Vance": an act, no product
    a = c + 2
    if a + 1 < len(lows) and lows[a] in STRICT_MADE and lows[a + 1] == "by":
        return True
    return a < len(lows) and lows[a] in INDEFINITE_ARTICLES


def _past_relative_be(lows: list[str], p: int) -> int:
    """Past "which is" before a making participle ("Pavo, which is made by"), else p."""
    if p + 2 < len(lows) and lows[p] in WHICH_THAT and lows[p + 1] in RELATIVE_BE:
        return p + 2 if lows[p + 2] in MADE_BY else p
    return p


def _described_made_by(s: Sentence, k: int, p: int) -> bool:
    """ "Celovir, a drug developed by Ardent Pharma": a product noun phrase after the name,
    then a participle of making and its agent (who OWNS the name)."""
    lows = s.lows
    n = len(lows)
    if not (p < n and lows[p] in SKIP_DETS):
        return False
    h = p + 1
    while h < n and h - p <= 5 and lows[h] not in MADE_BY and _descriptor_word(lows, h):
        h += 1
    if not (h > p + 1 and product_noun(s, lows[h - 1]) and h + 2 < n):
        return False
    if lows[h] not in MADE_BY or lows[h + 1] != "by" or lows[h + 2] != M or s.is_det(h + 2):
        return False
    if not s.blocked(k, h + 2) and not _person_maker(s, h + 2):
        s.emit(s.ment(h + 2), ("OWNS",), s.ment(k), "possessive/made-by", 0.7)
    return True


def _person_maker(s: Sentence, a: int) -> bool:
    """ "The K7 scooter, designed by Ada Vorn,": a person who designs or makes a product
    owns nothing (its firm does)."""
    types = s.etypes(a)
    return "Person" in types and "Organization" not in types


def _descriptor_word(lows: list[str], h: int) -> bool:
    """A word of a descriptor: "best-selling", "flagship", "low-cost" (with their hyphens)."""
    w = lows[h]
    if w == "-":
        return 0 < h < len(lows) - 1 and lows[h - 1].isalpha() and lows[h + 1].isalpha()
    return w.replace("-", "").isalpha()


def _clause_company(s: Sentence, k: int) -> int:
    """The nearest organization named before k in the same clause ("Cobalt sells P, its app":
    Cobalt), else -1."""
    lows = s.lows
    for m in range(k - 1, max(-1, k - 8), -1):
        if lows[m] in PUNCT_STOP or lows[m] == ",":
            return -1
        if lows[m] == M and not s.is_det(m) and "Organization" in s.etypes(m):
            return m
    return -1


def possessor(s: Sentence, d: int) -> int:
    """The owner a possessive at d names: "its", "Torvik's", "Pellow Labs'", "X, whose";
    else -1 (a person's "his"/"her" product is no company's)."""
    lows = s.lows
    if d < 0:
        return -1
    if s.is_det(d):
        if s.ment(d).word in ("his", "her"):
            return -1
        antecedent = _relative_antecedent(s, d)  # "B, the maker that assembles its van"
        return antecedent if antecedent >= 0 else d
    if d >= 1 and lows[d] in POSSESSIVE_MARKS and lows[d - 1] == M and not s.is_det(d - 1):
        return d - 1
    if d >= 2 and lows[d] == "whose" and lows[d - 1] == "," and lows[d - 2] == M:
        return d - 2
    if d >= 2 and lows[d] == "whose" and firm_noun_whose(lows, d, s.lex):
        w = d - 1 if lows[d - 1] == "," else d  # "X, the Sheffield maker, whose Grip wrench"
        a = described_antecedent(s, w)  # "X, the Dunedin company whose Vinto buggy"
        return a if a >= 0 and s.etypes(a) == {"Organization"} else -1
    return -1


RELATIVES = frozenset({"that", "which", "who"})
RELATIVE_REACH = 5  # words from a relative pronoun back to its antecedent's name


def _relative_antecedent(s: Sentence, d: int) -> int:
    """ "a deal with B, the vehicle maker that assembles its van": inside a relative clause, a
    possessive pronoun is the antecedent's (B), whatever the pronoun resolved to; -1 when the
    pronoun is in no relative clause or the antecedent is no organization."""
    lows = s.lows
    r = d - 1
    while r >= 0 and d - r <= 4 and lows[r] not in RELATIVES:
        if lows[r] == M or lows[r] in PUNCT_STOP or lows[r] == ",":
            return -1
        r -= 1
    if r < 1 or lows[r] not in RELATIVES:
        return -1
    if lows[r - 1] not in (",", M) and lows[r - 1] not in s.lex.heads:
        return -1  # "said that its van ...": a complement clause, not a relative one
    for m in range(r - 1, max(-1, r - 1 - RELATIVE_REACH), -1):
        if lows[m] in PUNCT_STOP:
            return -1
        if lows[m] == M and not s.is_det(m):
            return m if "Organization" in s.etypes(m) else -1
    return -1


def _described(s: Sentence, c: int) -> int:
    """The possessive before a product description ending just before c ("its
    next-generation pickup", "Pellow's own", "whose first product"): its owner, else -1."""
    lows = s.lows
    d = c - 1
    while d >= 0 and c - d <= 5 and lows[d] != M and (lows[d].replace("-", "").isalpha()):
        if lows[d] == "whose" or lows[d] in ("and", "or", "of", "the", "a", "an"):
            break
        d -= 1
    return possessor(s, d)


def described_products(s: Sentence) -> None:
    """ "its next-generation pickup, the Ranger X", "Torvik's new sedan, the Halvard", "whose
    first product, a machine called Sorter One": the possessor owns the product it names."""
    lows = s.lows
    n = len(lows)
    for k in range(3, n):
        if lows[k] != M or s.ment(k).kind != "name":
            continue  # "its new SUV, the carmaker said": a description is no product
        c = k - 1
        link = False
        if _link_before(s, k) >= 0:  # "a machine called Sorter One"
            c = _link_before(s, k)
            link = True
        if lows[c] in SKIP_DETS:
            c -= 1
        if not link and lows[c] != "," and product_noun(s, lows[c]) and c == k - 1:
            c += 1  # "Ocura's drug Lumexa": the noun right before the name
        elif not link and not (lows[c] == "," and product_noun(s, lows[c - 1])):
            continue
        elif not link and c == k - 1 and "Product" not in s.etypes(k):
            continue  # "its delivery service, Zipp": only "the"/"a" or a typed product
        if link and lows[c] != ",":  # "its first product, a machine called X"
            q = c
            while q > 0 and c - q <= 3 and lows[q] not in (",", M):
                q -= 1
            if not (q > 0 and lows[q] == "," and product_noun(s, lows[q - 1])):
                continue
            c = q
        owner = _described(s, c - 1) if product_noun(s, lows[c - 1]) else -1
        if owner >= 0 and not s.blocked(owner, k):
            s.emit(s.ment(owner), ("OWNS",), s.ment(k), "possessive/described-product", 0.7)


def _link_before(s: Sentence, k: int) -> int:
    """ "called X", "known as X": the position of the noun before the link word, else -1."""
    lows = s.lows
    for size in (1, 2):
        b = k - size
        if b >= 1 and s.lex.product_links.lookup(tuple(lows[b:k])):
            return b - 1
    return -1


def own_products(s: Sentence) -> None:
    """ "its own Quarry models", "Pellow's own Quarry chips": a product its possessor made
    ("its Nvidia chips" without "own" are bought, not made); a name typed Product needs no
    product noun after it ("copying the hull for its own Corsa 40.", "its own Zing can")."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 1):
        if lows[k] != M or lows[k - 1] != "own":
            continue
        if not product_noun(s, lows[k + 1]) and "Product" not in s.etypes(k):
            continue
        owner = _charged_firm(s, k - 2)
        owner = owner if owner >= 0 else possessor(s, k - 2)
        if owner >= 0 and not s.blocked(owner, k):
            s.emit(s.ment(owner), ("OWNS",), s.ment(k), "possessive/own-product", 0.7)


CHARGED_REACH: Final = 14  # words from the charged firm to "for its own"


def _charged_firm(s: Sentence, d: int) -> int:
    """ "accused Hallow of copying the keel for its own Corsa 40": after "for", the "its" of
    "its own" is the charged firm's (the one copying), not the accuser's; else -1."""
    lows = s.lows
    if d < 1 or lows[d - 1] != "for" or not s.is_det(d):
        return -1
    for j in range(d - 2, max(0, d - CHARGED_REACH), -1):
        if lows[j] in PUNCT_STOP or lows[j] == ",":
            return -1
        if lows[j] == "of" and lows[j - 1] == M and j >= 2 and lows[j + 1].endswith("ing"):
            charged = lows[j - 2] in data_words(s.lex, "charged_act_verbs")
            return j - 1 if charged and "Organization" in s.etypes(j - 1) else -1
    return -1


@dataclass(frozen=True)
class OfferWords:
    """The `stakes: offer_nouns, offer_preps` keys of the lexicon."""

    nouns: frozenset[str]
    preps: frozenset[str]
    units: frozenset[str]


@per_lexicon
def offer_words(lex: Lexicon) -> OfferWords:
    spec = lex.data.get("stakes") or {}
    return OfferWords(
        word_set(spec.get("offer_nouns")),
        word_set(spec.get("offer_preps")),
        word_set(spec.get("unit_nouns")),
    )


def offer_cues(lex: Lexicon) -> frozenset[str]:
    return offer_words(lex).preps


OFFER_MODS = 2  # "a rival offering", "the budget range": words between the article and noun
OFFER_DESCRIPTOR = 3  # "from the appliance group K": words between the preposition and K


def offered(s: Sentence) -> None:
    """ "Washwise, an offering from the appliance group Kemmel", "Nosira, a nasal spray from
    Brelland", "Tidy, a brand of Orrin Foods": the maker after the appositive's noun OWNS the
    name before it. The appositive opens with an article; its noun is an offering noun or a
    product noun."""
    ow = offer_words(s.lex)
    lows = s.lows
    n = len(lows)
    for k in range(n - 4):
        if lows[k] != M or lows[k + 1] != "," or lows[k + 2] not in SKIP_DETS:
            continue
        if s.is_det(k) or "Person" in s.etypes(k) or "Location" in s.etypes(k):
            continue
        h = k + 3
        while h < n and h - k - 3 < OFFER_MODS and lows[h].isalpha() and lows[h] not in ow.preps:
            h += 1
        if h >= n or lows[h] not in ow.preps or h == k + 3:
            continue
        head = lows[h - 1]
        if head not in ow.nouns and not product_noun(s, head):
            continue
        maker = _maker_after(s, h + 1)
        if maker >= 0 and not s.blocked(k, maker):
            s.emit(s.ment(maker), ("OWNS",), s.ment(k), "possessive/offered", 0.7)


def _maker_after(s: Sentence, p: int) -> int:
    """The name after a short descriptor at p ("the appliance group K"), else -1; the name must
    end the appositive (a comma, a full stop, "and", a bracket follows)."""
    lows = s.lows
    n = len(lows)
    q = p
    while q < n and q - p < OFFER_DESCRIPTOR and lows[q] != M and lows[q].isalpha():
        if lows[q] in ("which", "who", "that", "and", "or", "to", "in", "for", "with"):
            return -1
        q += 1
    if q >= n or lows[q] != M or s.is_det(q):
        return -1
    end = lows[q + 1] if q + 1 < n else "."
    return q if end in (",", ".", ";", ")", "and", "that", "which") else -1


def unit_cues(lex: Lexicon) -> frozenset[str]:
    return offer_words(lex).units


def named_units(s: Sentence) -> None:
    """ "Varro Group's Ostlake Foods unit", "its Pell Snacks brand": the possessor OWNS the name
    between it and the unit noun (a person's "his" or "her" business is read by other rules)."""
    units = offer_words(s.lex).units
    lows = s.lows
    for k in range(1, len(lows) - 1):
        if lows[k] != M or lows[k + 1] not in units or s.is_det(k):
            continue
        owner = possessor(s, k - 1)
        if lows[k - 1] == "whose" and handed_on(lows, k, s.lex):
            continue  # "whose Halpin Bakeries business was sold last year"
        if owner >= 0 and not s.blocked(owner + 1, k):
            s.emit(s.ment(owner), ("OWNS",), s.ment(k), "possessive/named-unit", 0.7)
