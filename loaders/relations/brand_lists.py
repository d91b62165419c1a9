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
"""

from __future__ import annotations

from typing import Final

from loaders.non_names import data_words
from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.words import M

VERB_REACH: Final = 10  # items from the selling verb to "under" ("sells jam, honey and ... under")
STOPS: Final = frozenset({".", ";", ":", "(", ")", "which", "that", "who", "while", "but"})
PARTICIPLE_AUX: Final = frozenset({"are", "is", "was", "were", "be", "been", "being"})
GOODS_REACH: Final = 4  # items from a participle back to the possessor of its goods
PARTICIPLES: Final = frozenset({"sold", "marketed", "made", "produced", "bottled"})


def brand_heads(s: Sentence) -> frozenset[str]:
    """ "brand", "brands", "label", "labels", ... (`under_brand_heads` and their plurals)."""
    heads = data_words(s.lex, "under_brand_heads")
    return heads | frozenset(h + "s" for h in heads)


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
        if p < n and lows[p] in (",", "and", "or"):
            p += 1 + (p + 1 < n and lows[p] == "," and lows[p + 1] in ("and", "or"))
            continue
        break
    if not names or p != names[-1] + 1 or p >= n or lows[p] not in brand_heads(s):
        return [], -1
    return names, p


def _verb_before(s: Sentence, k: int, key: str = "under_brand_verbs") -> int:
    """A selling verb (or a verb of `key`) before "under" at k with only words and punctuation
    between (no name: a name there may own the goods), else -1."""
    lows = s.lows
    verbs = data_words(s.lex, key)
    for x in range(k - 1, max(-1, k - 1 - VERB_REACH), -1):
        w = lows[x]
        if w in verbs:
            return x
        if w in STOPS or (w == M and not s.is_det(x)) or w in ("'s", "'"):
            return -1
    return -1


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
    """The brand's owner: the possessive determiner before the names, else the subject of an
    active selling verb, else the possessor of a participle's goods."""
    if det >= 0:
        return det
    lows = s.lows
    if v >= 1 and lows[v - 1] in PARTICIPLE_AUX:
        return -1  # "whose cheeses are sold under": `product_links`
    if lows[v] in PARTICIPLES and v >= 1 and lows[v - 1] != "and":
        got = _goods_possessor(s, v)
        if got >= 0 or lows[v - 1] != M:
            return got
    found = subjects(s, v, True)
    return found[0] if found else -1


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
        elif det < 0 and len(names) == 1 and (owner < 0 or not s.is_det(owner)):
            continue  # "X sells flour under the Ashgrove brand": `product_links`
        if owner < 0 or "Organization" not in s.etypes(owner):
            continue
        if s.blocked(min(owner, v) + 1, names[-1]):
            continue
        s.emit(s.ment(owner), ("OWNS",), s.merged(names), "possessive/brand-list", 0.7)
