"""Brands a firm sells its goods under, named in a list or after "its" (OWNS):

- "Orlen Bakeries sells bread, rolls and cakes under the Sunmill and Crustwell brands";
- "the shop will show walking boots sold under its Trailbe and Ruskin labels";
- "Harrow Optics sells frames under its own Clearpoint name";
- "Its kettles, sold under the Brenna name, are popular" (the possessor of the goods).

After a selling verb, a single "under the NAME brand" is read by `loaders.relations.product_links`
(unless "its" opens it or the goods' possessor owns it); after a verb of entering a market
(`under_brand_entries`) a single name is read here too: "X pushed into bike locks under the Ashgrove
brand" (the verb's subject owns it). The owner of a selling verb's brands is the possessive
determiner before the brand names, else the possessor of a participle's goods, else the verb's
subject. Guards: a selling or making verb (`under_brand_verbs`) within a few words before "under"
with no name between (not "sells Tarsa's biscuits under the Kelda and Orla names": another's goods;
not "operates under the Velmar name": a trading name), and a brand's head (`under_brand_heads`, or
its plural) right after the last name.

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
    has a named firm as its subject: "Amberfield, which sells them under its own"); none after
    a be-form ("whose cheeses are sold under": `product_links`); else the possessor of a
    participle's goods ("Its kettles, sold under"), when there is one or no name is right
    before the participle; else the subject of the selling verb."""
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


def _selling_owner(s: Sentence, k: int, det: int) -> tuple[int, int]:
    """The owner of the brands after "under" at k and the selling verb before it ("sells bread
    under the A and B brands"); the verb is -1 when there is none."""
    v = _verb_before(s, k)
    return (_owner(s, v, det) if v >= 1 else -1), v


def _entry_owner(s: Sentence, k: int, names: list[int]) -> tuple[int, int]:
    """The subject of a verb of entering a market before "under" at k ("X pushed into tapes
    under the Ashgrove brand") and that verb; (-1, -1) when there is none, when it is passive
    ("was launched under the A brand by Y") or when a name is a firm's ("under the Vista
    Retail brand")."""
    v = _verb_before(s, k, "under_brand_entries")
    if v < 1 or s.lows[v - 1] in BE_FORMS or any(_firm_name(s, x) for x in names):
        return -1, -1
    found = subjects(s, v, True)
    return (found[0] if found and found[0] < v else -1), v


def _seller(s: Sentence, k: int, det: int, names: list[int], head: int) -> tuple[int, int]:
    """The owner of the brands after "under" at k and its verb: a selling verb's (`_owner`),
    else an entry verb's when the head is no "name" (a trading name); the verb is below 1 when
    neither reads them, or a single name is left to `product_links`."""
    owner, v = _selling_owner(s, k, det)
    if v < 0 and s.lows[head] not in ("name", "names"):
        return _entry_owner(s, k, names)
    if det < 0 and len(names) == 1 and (owner < 0 or not s.is_det(owner)):
        return -1, -1  # "X sells flour under the Ashgrove brand": `product_links`
    return owner, v


def _kept_owner(s: Sentence, k: int, v: int, head: int, owner: int, det: int) -> int:
    """The owner after the guards on the brands' clause: -1 when they are licensed, made for
    a named firm or sold by another's distributor; an agent after them owns them ("sold under
    the A and B labels by Y"). The makers of another's goods are claimed (no OWNS of theirs)."""
    if _licensed(s, v, head):
        _claim_makers(s, k)  # "makes cheese under licence under the A and B names"
        return -1
    if (agent := _stated_owner(s, head)) >= 0:
        _claim_makers(s, k)
        return agent  # "sold under the A and B labels by Y": Y's
    if _made_for(s, head):
        _claim_makers(s, k)
        return -1  # "produces yoghurt under the A and B labels for chain Y": Y's own label
    if owner >= 0 and owner != det and _named_firm(s, owner) and _handler(s, owner):
        return -1  # "Its distributor, K, sells the wines under the A and B labels"
    return owner


def apply(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 2):
        if lows[k] != "under":
            continue
        q = k + 1
        det = q if lows[q] == M and s.is_det(q) else -1
        if det < 0 and lows[q] != "the":
            continue
        names, head = _brands(s, q + 1 + (q + 1 < n and lows[q + 1] == "own"))
        if not names:
            continue
        owner, v = _seller(s, k, det, names, head)
        if v < 1 or _unreal(s, v):
            continue
        owner = _kept_owner(s, k, v, head, owner, det)
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
