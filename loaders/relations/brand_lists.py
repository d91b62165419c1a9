"""Brands a firm sells its goods under, named in a list or after "its" (OWNS):

- "Orlen Bakeries sells bread, rolls and cakes under the Sunmill and Crustwell brands";
- "the shop will show walking boots sold under its Trailbe and Ruskin labels";
- "Harrow Optics sells frames under its own Clearpoint name";
- "Its kettles, sold under the Brenna name, are popular" (the possessor of the goods).

The single "under the NAME brand" after an active selling verb is read by
`loaders.relations.product_links`. The owner is the subject of the selling verb, or the
possessive determiner before the brand names or before the goods of a participle. Guards: a
selling or making verb (`under_brand_verbs`) within a few words before "under" with no name
between (not "sells Tarsa's biscuits under the Kelda and Orla names": another's goods; not
"operates under the Velmar name": a trading name), and a brand's head (`under_brand_heads`,
or its plural) right after the last name.

Not owned (review31): a licence, franchise or distribution word between the verb and the brands
or in the clause after them ("sells jackets under licence under the A and B labels", "which it
licenses from Y": `brand_licence_words`); a seller described as another's distributor, licensee
or importer ("Its distributor, K, sells the wines under the A and B labels":
`brand_handler_nouns`); a future or conditional verb ("will sell"); a passive entry verb ("was
launched under the A brand"); a name that is a firm's ("under the Vista Retail brand"). An agent
after the brands owns them ("sold under the A and B labels by Y", ", owned by Y"); "its" before
the brands is the selling verb's named subject when there is one ("Amberfield, which sells them
under its own A and B labels"); coordinated sellers own them jointly ("A and B sell wine under").
"""

from __future__ import annotations

from typing import Final

from loaders.brand_names import brand_heads, under_brand_verb
from loaders.grammar_words import LIST_JOINS, POSSESSIVE_MARKS
from loaders.non_names import data_words
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.words import AND_OR, BE_FORMS, CLAUSE_STOP, MODALS, RELATIVES, M

# items from the selling verb to "under" ("sells jam, honey and ... under"): further than one
# name's `loaders.brand_names.VERB_REACH`, across the goods' list
VERB_REACH: Final = 10
# the clause ends and relatives a selling verb is not looked for across ("which it sells")
STOPS: Final = CLAUSE_STOP | RELATIVES | {"(", ")"}
VERB_STOPS: Final = STOPS | POSSESSIVE_MARKS  # and another's goods: "sells Tarsa's biscuits"
GOODS_REACH: Final = 4  # items from a participle back to the possessor of its goods
LICENCE_REACH: Final = 6  # items after the brand head to a licence word ("which it licenses")
UNREAL: Final = MODALS | {"will", "shall", "'ll"}  # "will sell ... under": not yet its brands
OUTWARD: Final = frozenset({"to", "out"})  # "which it licenses to Orlo": the licensor owns


def _brands(s: Sentence, q: int) -> tuple[list[int], int]:
    """The brand names from q up to a brand head ("A, B and C brands", "A label"), and the
    head's position; ([], -1) when the run is anything else."""
    lows = s.lows
    n = len(lows)
    names: list[int] = []
    p = q
    while p < n and lows[p] == M and not s.is_det(p):
        names.append(p)
        p += 1
        if p < n and lows[p] in LIST_JOINS:
            p += 1 + (p + 1 < n and lows[p] == "," and lows[p + 1] in AND_OR)
            continue
        break
    if not names or p != names[-1] + 1 or p >= n or lows[p] not in brand_heads(s.lex):
        return [], -1
    return names, p


def _verb_before(s: Sentence, k: int, key: str = "under_brand_verbs") -> int:
    """A selling verb (or a verb of `key`) before "under" at k with only words and punctuation
    between (no name: a name there may own the goods), else -1."""
    v = under_brand_verb(s.lows, k, data_words(s.lex, key), VERB_STOPS, VERB_REACH)
    if v >= 0 and any(s.lows[x] == M and not s.is_det(x) for x in range(v + 1, k)):
        return -1
    return v


def _goods_possessor(s: Sentence, v: int) -> int:
    """ "Its kettles, sold under": the possessive determiner of the participle's goods."""
    lows = s.lows
    for x in range(v - 1, max(-1, v - 1 - GOODS_REACH), -1):
        if lows[x] == M:
            return x if s.is_det(x) else -1
        if lows[x] in STOPS or lows[x] in ("under", "by", "from", "of"):
            return -1
    return -1


def _owner(s: Sentence, v: int, det: int) -> int:
    """The brand's owner: the possessive determiner before the names (unless the selling verb
    has a named firm as its subject: "Amberfield, which sells them under its own"), else the
    subject of an active selling verb, else the possessor of a participle's goods."""
    lows = s.lows
    sold = lows[v] in data_words(s.lex, "under_brand_participles")  # "sold", "bottled"
    participle = sold and v >= 1 and lows[v - 1] not in ("and", M)
    if det >= 0:
        if not participle and lows[v - 1] not in BE_FORMS:
            found = subjects(s, v, True)
            if found and found[0] < v and _named_firm(s, found[0]):
                return found[0]
        return det
    if v >= 1 and lows[v - 1] in BE_FORMS:
        return -1  # "whose cheeses are sold under": `product_links`
    if sold and v >= 1 and lows[v - 1] != "and":
        got = _goods_possessor(s, v)
        if got >= 0 or lows[v - 1] != M:
            return got
    found = subjects(s, v, True)
    return found[0] if found else -1


def _named_firm(s: Sentence, k: int) -> bool:
    """A firm named by name at k (not "its", "the company")."""
    m = s.ments[k]
    return m is not None and m.kind == "name" and "Organization" in s.etypes(k)


def _licensed(s: Sentence, v: int, head: int) -> bool:
    """A licence, franchise or distribution word between the verb and the brands, or in the
    clause right after the brand head ("under licence under the A and B labels", "labels,
    which it licenses from Y"); not one turned outward ("which it licenses to Y")."""
    lows = s.lows
    words = data_words(s.lex, "brand_licence_words")
    after = range(head + 1, min(len(lows), head + 1 + LICENCE_REACH))
    for x in [*range(v + 1, head), *after]:
        if x > head and lows[x] in (".", ";", "but", "and"):
            break
        if lows[x] in words and (x + 1 >= len(lows) or lows[x + 1] not in OUTWARD):
            return True
    return False


def _stated_owner(s: Sentence, head: int) -> int:
    """An agent right after the brand head: "sold under the A and B labels by Y", "labels,
    owned by Y"; else -1."""
    lows = s.lows
    p = head + 1 + (head + 1 < len(lows) and lows[head + 1] == ",")
    p += p < len(lows) and lows[p] in data_words(s.lex, "brand_owner_passives") and p > head + 1
    if p + 1 < len(lows) and lows[p] == "by" and lows[p + 1] == M and _named_firm(s, p + 1):
        return p + 1
    return -1


def _claim_makers(s: Sentence, k: int) -> None:
    """The verbs before "under" whose goods another sells under its brands ("stop making
    frames sold under the A labels by Y"): read here, no maker's OWNS of the brands."""
    lows = s.lows
    for x in range(k - 1, max(-1, k - 1 - VERB_REACH), -1):
        if lows[x] in STOPS or (lows[x] == M and not s.is_det(x)):
            return
        s.claimed.add(x)


def _made_for(s: Sentence, head: int) -> bool:
    """ "under the A and B labels for supermarket chain Y": goods made for a named firm, whose
    own labels they are."""
    lows = s.lows
    if head + 1 >= len(lows) or lows[head + 1] != "for":
        return False
    for x in range(head + 2, min(len(lows), head + 6)):
        if lows[x] == M:
            return _named_firm(s, x)
        if lows[x] in STOPS or lows[x] == ",":
            return False
    return False


def _handler(s: Sentence, o: int) -> bool:
    """The seller at o is described as another's distributor, licensee or importer: "Its
    distributor, K,", "distributor K", "K, its distributor,"."""
    lows = s.lows
    nouns = data_words(s.lex, "brand_handler_nouns")
    if o >= 1 and lows[o - 1] in nouns:
        return True
    if o >= 2 and lows[o - 1] == "," and lows[o - 2] in nouns:
        return True
    if o + 1 < len(lows) and lows[o + 1] == ",":
        for x in range(o + 2, min(len(lows), o + 6)):
            if lows[x] in (",", ".", ";") or lows[x] == M and not s.is_det(x):
                break
            if lows[x] in nouns:
                return True
    return False


def _unreal(s: Sentence, v: int) -> bool:
    """ "will sell", "would then market", "could launch": not yet (or not surely) its brands."""
    lows = s.lows
    x = v - 1
    while x >= 0 and (lows[x].endswith("ly") or lows[x] in ("also", "then", "now", "soon")):
        x -= 1
    return x >= 0 and lows[x] in UNREAL


def _firm_name(s: Sentence, k: int) -> bool:
    """A name at k that is a firm's: typed Organization and ending in an organization word
    ("under the Vista Retail brand")."""
    m = s.ment(k)
    if "Organization" not in s.etypes(k):
        return False
    return any(i.rsplit("-", 1)[-1] in s.lex.org_words for i in m.ids if "-" in i)


def apply(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 2):
        if lows[k] != "under":
            continue
        q = k + 1
        det = -1
        if lows[q] == M and s.is_det(q):
            det = q
        elif lows[q] != "the":
            continue
        q += 1 + (q + 1 < n and lows[q + 1] == "own")
        names, head = _brands(s, q)
        v = _verb_before(s, k) if names else -1
        owner = _owner(s, v, det) if v >= 1 else -1
        entry = v < 0 and names and lows[head] != "name" and lows[head] != "names"
        if entry and (v := _verb_before(s, k, "under_brand_entries")) >= 1:
            found = subjects(s, v, True)  # "X pushed into tapes under the Ashgrove brand"
            owner = found[0] if found and found[0] < v else -1
            if lows[v - 1] in BE_FORMS or any(_firm_name(s, x) for x in names):
                continue  # "was launched under the A brand by Y"; "under the Vista Retail brand"
        elif det < 0 and len(names) == 1 and (owner < 0 or not s.is_det(owner)):
            continue  # "X sells flour under the Ashgrove brand": `product_links`
        if v < 1 or _unreal(s, v):
            continue
        if _licensed(s, v, head):
            _claim_makers(s, k)  # "makes cheese under licence under the A and B names"
            continue
        if (agent := _stated_owner(s, head)) >= 0:
            owner = agent  # "sold under the A and B labels by Y": Y's
            _claim_makers(s, k)
        elif _made_for(s, head):
            _claim_makers(s, k)
            continue  # "produces yoghurt under the A and B labels for chain Y": Y's own label
        elif owner >= 0 and owner != det and _named_firm(s, owner) and _handler(s, owner):
            continue  # "Its distributor, K, sells the wines under the A and B labels"
        if owner < 0 or "Organization" not in s.etypes(owner):
            continue
        if s.blocked(min(owner, v) + 1, names[-1]):
            continue
        sellers = [owner]
        if _named_firm(s, owner) and owner < v:  # "A and B sell wine under": both
            sellers = [x for x in coord(s, owner, -1) if _named_firm(s, x)] or [owner]
        if det >= 0 and owner != det:
            s.drop(s.ment(det), "OWNS", s.merged(names))  # "its" is the named seller's
        src = s.merged(sellers) if len(sellers) > 1 else s.ment(owner)
        s.emit(src, ("OWNS",), s.merged(names), "possessive/brand-list", 0.7)
