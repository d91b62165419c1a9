"""A site said to be an organization's own, followed by where it stands: the owner is there.

- `own-site`: "its main cannery in Tarvo", "at their plant near Osby", "the firm's two depots
  outside Kelso", "to our workshop at Lindholm", "Orvik's new lab in Graz and Brno": an owner
  (a possessive pronoun bound to an organization, or an organization's name before "'s"), up to
  four words of number and modifier, a site noun, then "in", "at", "near" or "outside" and the
  places.
- `whose-site`: "Pellam Zinc, the rival whose larger smelter at Varby cuts its costs".

The owner is the possessor itself, not the clause's subject ("the bank lent $4m to Orvik to
refit its plant in Graz": Orvik's plant). A site that is only planned, sold, served, searched
for or paid for (`site_guards.no_site`), or under a negation or a hedge, places nobody; nor one
that does not stand (`unbuilt_site`): made under a plan, a hedge or a condition ("hopes to open
its plant in C", "would build its plant in C if"), a plan's or permit's object ("dropped plans
for its plant in C"), undone ("scrapped its plant in C") or said after its place to be sold or
unbuilt ("its cannery in C, sold to X in 2020", "whose smelter at C is on the drawing board"). A
plural site spread over a state or a country is a footprint, no seat ("its clinics in Texas";
`held_sites` measured the same). The site nouns are data: `list_sites`, `outlet_sites`,
`held_sites`, `clause_sites` and `own_sites` of `loaders/data/places.yaml` and the lexicon's
sites.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import city_names, place_data
from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, phrase_index, word_set
from loaders.relations.appositive import state_only
from loaders.relations.deal_guards import deal_words
from loaders.relations.grant_recipients import handed
from loaders.relations.hedge_scope import planned
from loaders.relations.located import SITES, place_after, whose_owner
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.place_lists import HELD_SITES, SITE_PREPS, cued_site_nouns
from loaders.relations.pronoun_owners import other_firm_before, owning_pronoun
from loaders.relations.site_clauses import CLAUSE_SITES
from loaders.relations.site_guards import SALE_VERBS, no_site
from loaders.relations.site_modifiers import MODIFIER_WORDS
from loaders.relations.words import ARTICLES, PREPOSITIONS, M

OWN_SITES: Final[frozenset[str]] = word_set(place_data()["own_sites"])
# words that end the owner's phrase before any site: "its stake in", "its sale of"
NOT_MODIFIERS: Final = PREPOSITIONS | frozenset({"and", "or", "but", "that", "which", ","})


@per_lexicon
def own_site_nouns(lex: Lexicon) -> frozenset[str]:
    """Every site noun an owner's phrase may end in."""
    return cued_site_nouns(lex) | HELD_SITES | SITES | CLAUSE_SITES | OWN_SITES


def compound_end(lows: list[str], h: int, nouns: frozenset[str]) -> int:
    """The last site noun of the compound that starts at h ("bottling plant", "dairy farm")."""
    while h + 1 < len(lows) and lows[h + 1] in nouns:
        h += 1
    return h


def own_site_cues(lex: Lexicon) -> frozenset[str]:
    # a plain function for the construction table: mypyc cannot type a per_lexicon one there
    return own_site_nouns(lex)


def own_sites(s: Sentence) -> None:
    """Each owner's site and the places after it (module docstring)."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 3):
        owner, start, rule = _owner(s, k)
        if owner < 0:
            continue
        if handed(s, owner):
            continue  # "the deal would give it its first hangar in P": not yet its own
        h = _site_head(s, start)
        if h < 0 or h + 2 >= n or lows[h + 1] not in SITE_PREPS or no_site(s, h):
            continue
        if lows[h] in BASES and not SEAT_WORDS.issuperset(lows[start:h]):
            continue  # "its loyalty base in P": customers, no seat
        p = place_after(s, h + 2)
        if p < 0 or s.blocked(owner, p) or _outside_region(s, h, p):
            continue
        places = coord(s, p, +1)
        if unbuilt_site(s, k, max(places)):
            continue
        plural = lows[h].endswith("s") and lows[h] not in SINGULAR_S
        for q in places:
            if "Location" not in s.etypes(q) or s.ment(q).short:
                continue
            if plural and state_only(s.ment(q).ids[0]):
                continue
            s.emit(s.ment(owner), ("LOCATED_IN",), s.ment(q), rule, 0.6)


BASES: Final = frozenset({"base", "bases"})
SEAT_WORDS: Final = frozenset({"main", "home", "new", "own", "operating", "head", "first"})
SINGULAR_S: Final = frozenset({"headquarters", "works", "premises", "campus", "maltings"})


def _owner(s: Sentence, k: int) -> tuple[int, int, str]:
    """The owner at k, where its site phrase starts, and the rule's name; (-1, -1, "")."""
    lows = s.lows
    if lows[k] == "whose":
        own = whose_owner(s, k)
        if own >= 0 and s.etypes(own) == {"Organization"}:
            return own, k + 1, "own_sites/whose-site"
        return -1, -1, ""
    if lows[k] != M or s.etypes(k) != {"Organization"}:
        return -1, -1, ""
    m = s.ment(k)
    if owning_pronoun(s, k):
        if other_firm_before(s, k):
            return -1, -1, ""
        return k, k + 1, "own_sites/own-site"
    if m.kind != "pronoun" and k + 1 < len(lows) and lows[k + 1] == "'s":
        return k, k + 2, "own_sites/own-site"
    return -1, -1, ""


def _outside_region(s: Sentence, h: int, p: int) -> bool:
    """ "its first mill outside Asia": "outside" a country or a wider region says where the
    site is not."""
    return s.lows[h + 1] == "outside" and s.ment(p).ids[0] not in city_names()


def _site_head(s: Sentence, start: int) -> int:
    """The site noun that ends the owner's phrase at `start` ("main cannery", "two new
    plants"), within `MODIFIER_WORDS` words; -1 if none."""
    lows = s.lows
    nouns = own_site_nouns(s.lex)
    for h in range(start, min(len(lows), start + MODIFIER_WORDS + 1)):
        w = lows[h]
        if w in nouns:
            return compound_end(lows, h, nouns)  # "its bottling plant"
        if w == "and" and start < h and lows[h + 1].isalpha() and lows[h + 1] not in ARTICLES:
            continue  # "its research and development centre in"
        if w == M or w in NOT_MODIFIERS or not w.replace("-", "").replace(",", "").isalnum():
            return -1
    return -1


_PLACES = place_data()
SITE_CREATING: Final = phrase_index(_PLACES["site_creating_verbs"])
SITE_PLAN_NOUNS: Final = word_set(_PLACES["site_plan_nouns"])
SITE_UNBUILT: Final = phrase_index(_PLACES["site_unbuilt"])
STATE_FILLERS: Final = word_set(_PLACES["site_state_fillers"])
GOVERNING_REACH: Final = 4  # "scrapped", "pulled the plug on", "is considering building"
PLAN_FOR: Final = frozenset({"for"})


def unbuilt_site(s: Sentence, k: int, last: int) -> bool:
    """The site whose owner's phrase starts at k ("its", a name's "'s", "whose") and whose
    places end at `last` does not stand, or no more for the owner (module docstring)."""
    lows = s.lows
    v = k - 1
    if v >= 1 and lows[v] in PLAN_FOR and lows[v - 1] in SITE_PLAN_NOUNS:
        return True  # "dropped plans for its plant", "planning permission for its plant"
    if _ends_at(deal_words(s.lex).undoing, lows, v):
        return True  # "scrapped its plant in C", "abandoned its plant in C"
    verb = _ends_at(SITE_CREATING, lows, v)
    if verb and (planned(lows, s.lex, v - verb + 1) or s.blocked(_clause_start(s, k), k)):
        return True  # "hopes to open its plant", "is considering building its plant"
    return _unbuilt_after(s, last + 1)


def _ends_at(words: PhraseIndex, lows: list[str], v: int) -> int:
    """The length of a phrase of `words` that ends at v, else 0."""
    for b in range(v, max(-1, v - GOVERNING_REACH), -1):
        if lows[b] not in words:
            continue
        hit = words.match(lows, b)
        if hit is not None and b + hit[0] == v + 1:
            return int(hit[0])
    return 0


def _clause_start(s: Sentence, k: int) -> int:
    """The owner's antecedent (the organization named last before k) or, without one, the
    start of k's clause: where a plan or hedge that governs the possessive may stand."""
    for j in range(k - 1, -1, -1):
        if s.lows[j] == M and "Organization" in s.etypes(j) and not s.is_det(j):
            return j
        if s.lows[j] in (".", ";", ":"):
            return j + 1
    return 0


def _unbuilt_after(s: Sentence, a: int) -> bool:
    """After the site's places from a, past a comma, a verb "be" and adverbs: a sale's
    participle ("sold to X", "was divested") or a state of no site yet ("is still on the
    drawing board"); not an undoing ("its bid to expand its plant in C was rejected": the
    bid's)."""
    lows = s.lows
    b = a
    while b < len(lows) and lows[b] in STATE_FILLERS:
        b += 1
    if b >= len(lows):
        return False
    w = lows[b]
    if w in SITE_UNBUILT and SITE_UNBUILT.match(lows, b) is not None:
        return True
    if b == a:
        return False  # "its plant in C sold 5m cans": no participle set off
    return w in SALE_VERBS and (w == "sold" or w.endswith("ed"))
