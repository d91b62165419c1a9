"""A named organization or project described as a site, and where that site stands.

- `apposed-site`: "Velmoor Creamery, the small dairy in Ardby", "Pask Quarry, a limestone
  quarry near Osby", "Lomax Stores, a chain of 14 shops in Wales": the name, a comma, an
  article, up to six words of number and modifier, a site noun, then "in", "at", "near" or
  "outside" and the place.
- `with-site`: "Pask Felt, a maker of felt with a mill in Osby": a description's sites after
  "with" are the named firm's.
- `built-site`: "Orla Park, a 9,000-seat arena that Tamber is building in Lusk", "the Vell
  terminal being built at Rask", "the Tarn hall, a museum being built in an old mill in Osby":
  the same with a clause of building between the site and its place.

The description's noun is a site noun of an owner (`own_sites.own_site_nouns`), a venue or a
works an appositive gives a name (`apposed_sites`: "a 9,000-seat stadium", "a glass museum")
or a project noun ("a 400-home development"); two joined by "and" end at the second ("an
arena and retail scheme on old dock land in Osby").

The place may follow a short stretch of ground ("on former dock land in Osby", "on the river
Tay near Perth"): the last place named is the site's. A site only planned ("a plant it hopes
to build", `site_guards.no_site`), under a negation or a hedge, or described through another
party ("the supplier of a mill in P") places nothing. The site nouns are those of
`own_sites.own_site_nouns`.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.located import APPOSED_SITES, place_after, water_named
from loaders.relations.model import Sentence
from loaders.relations.own_sites import compound_end, own_site_nouns
from loaders.relations.place_lists import SITE_BUILDERS
from loaders.relations.site_clauses import PROJECT_NOUNS
from loaders.relations.site_guards import SITE_GROUPS, SITE_SERVING_VERBS, no_site
from loaders.relations.words import PREPOSITIONS, SKIP_DETS, THING_RELATIVES, M

NAMED_TYPES: Final = (frozenset({"Organization"}), frozenset({"Project"}))
SITE_PREPS: Final = frozenset({"in", "at", "near", "outside", "around"})
GROUND_PREPS: Final = SITE_PREPS | frozenset({"on"})
NEARNESS: Final = frozenset({"near", "outside", "at"})  # not "in": "near Osby in Tarnshire"
WITH_WORDS: Final = 10  # "a maker of felt and cork matting with"
DESCRIPTION_WORDS: Final = 6  # "a 12 million pound sorting and bottling hall"
GROUND_WORDS: Final = 4  # "on disused dock land in"
CLAUSE_WORDS: Final = 6
AGENT_WORDS: Final = 4  # "by their joint venture in"  # "that the two partners are building"
# a clause of building that ends before the site's place ("being built in", "that X is
# building near"); a plan ("hopes to build", "will build") is no site yet
BUILDING: Final = frozenset({"building", "built", "developing", "constructing", "constructed"})
UNDER_WAY: Final = frozenset({"is", "are", "was", "were", "being", "has", "have", "had"})
ENDS: Final = frozenset({",", ".", ";", ":", "(", ")", "—", "–", '"'})
# a participle of work on a client's site: "a contractor building a depot near P", "a firm
# supplying two mills in P" (the client's sites)
CLIENT_WORK: Final = (
    word_set(place_data()["client_site_work"])
    | frozenset(p[0] for p in SITE_BUILDERS)
    | frozenset(w for w in SITE_SERVING_VERBS if w.endswith("ing"))
)


def named_sites(s: Sentence) -> None:
    """Each named organization or project an appositive site noun describes, and its place."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 4):
        if lows[k] != M or s.etypes(k) not in NAMED_TYPES:
            continue
        # "The Pask project, a quarry near Osby", "the Vell terminal, a depot at Rask"
        a = k + 1 + (lows[k + 1] in PROJECT_NOUNS or lows[k + 1] in own_site_nouns(s.lex))
        if a + 2 >= n or lows[a] != "," or lows[a + 1] not in SKIP_DETS:
            continue
        h, rule = _site_head(s, a + 2), ""
        if h < 0:
            h, rule = _with_site(s, a + 2), "named_sites/with-site"
        if h < 0 or no_site(s, h):
            continue
        q, built = _site_prep(s, h)
        rule = rule or built
        p = _ground_place(s, q) if q > 0 else -1
        if p >= 0 and not s.blocked(k, p) and not s.ment(p).short:
            s.emit(s.ment(k), ("LOCATED_IN",), s.ment(p), rule, 0.6)


@per_lexicon
def named_site_nouns(lex: Lexicon) -> frozenset[str]:
    """The nouns an appositive may describe a named site or project by: an owner's site nouns
    (`own_sites.own_site_nouns`), the sites and venues an appositive gives a name
    (`apposed_sites`: "a 9,000-seat stadium", "a textile museum") and the project nouns ("a
    housing scheme", "a 400-home development")."""
    return own_site_nouns(lex) | APPOSED_SITES | PROJECT_NOUNS


def named_site_cues(lex: Lexicon) -> frozenset[str]:
    # a plain function for the construction table: mypyc cannot type a per_lexicon one there
    return named_site_nouns(lex)


def _site_head(s: Sentence, start: int) -> int:
    """The site noun within `DESCRIPTION_WORDS` of `start`; -1 at a name, a clause end, a
    preposition ("of" only after a chain's noun: "a chain of 14 shops"), a participle of work
    on a client's site (`CLIENT_WORK`) or a second article ("a contractor building a depot")."""
    lows = s.lows
    nouns = named_site_nouns(s.lex)
    for h in range(start, min(len(lows), start + DESCRIPTION_WORDS + 1)):
        w = lows[h]
        if w in nouns:
            return _joined_end(lows, compound_end(lows, h, nouns), nouns)  # "a dairy farm"
        if w == M or w in ENDS or w in THING_RELATIVES:
            return -1  # "the firm that is building a depot near P": the firm's act, no site
        if w in CLIENT_WORK or (h > start and w in SKIP_DETS):
            return -1  # "a contractor building a depot near P": a client's site
        if w in PREPOSITIONS and not _group_of(lows, h):
            return -1
    return -1


def _joined_end(lows: list[str], h: int, nouns: frozenset[str]) -> int:
    """The last site noun of a description that joins two at h ("an arena and retail
    scheme", "a hotel and casino"), else h."""
    if h + 2 >= len(lows) or lows[h + 1] != "and":
        return h
    for q in range(h + 2, min(len(lows), h + 4)):
        if lows[q] in nouns:
            return compound_end(lows, q, nouns)
        if not lows[q].isalpha():
            return h
    return h


def _with_site(s: Sentence, start: int) -> int:
    """The site noun after "with" in a description ("a maker of felt with a mill in", "a
    Latvian carrier with three depots around"); -1 if none."""
    lows = s.lows
    for w in range(start, min(len(lows) - 1, start + WITH_WORDS)):
        if lows[w] == M or lows[w] in ENDS:
            return -1
        if lows[w] == "with":
            return _site_head(s, w + 1)
    return -1


def _group_of(lows: list[str], h: int) -> bool:
    return lows[h] == "of" and h >= 1 and lows[h - 1] in SITE_GROUPS


def _site_prep(s: Sentence, h: int) -> tuple[int, str]:
    """Where the site's place phrase starts after the site noun at h, and the rule: right after
    it, or after a clause of building under way; (-1, "") if neither."""
    lows = s.lows
    n = len(lows)
    if h + 1 < n and lows[h + 1] in GROUND_PREPS:
        return h + 1, "named_sites/apposed-site"
    under_way = False
    for q in range(h + 1, min(n - 1, h + 1 + CLAUSE_WORDS)):
        w = lows[q]
        if w in ENDS or w == "to":
            return -1, ""  # "a plant it hopes to build": a plan
        under_way = under_way or w in UNDER_WAY
        if w in BUILDING and under_way:
            b = _past_builder(s, q + 1)
            return (b, "named_sites/built-site") if b > 0 else (-1, "")
    return -1, ""


def _past_builder(s: Sentence, q: int) -> int:
    """The place phrase at q, or after the builder's agent phrase there ("being built by
    their venture in Osby"); -1 if none."""
    lows = s.lows
    if q < len(lows) and lows[q] in GROUND_PREPS:
        return q
    if q >= len(lows) or lows[q] != "by":
        return -1
    for r in range(q + 1, min(len(lows), q + 1 + AGENT_WORDS)):
        if lows[r] in GROUND_PREPS:
            return r
        if lows[r] in ENDS:
            return -1
    return -1


def _ground_place(s: Sentence, q: int) -> int:
    """The place of the phrase at q ("in Osby", "near the town of Osby", "on former dock land
    in Osby", "on the river Tay near Perth"): the last place it names; -1 if none."""
    lows = s.lows
    n = len(lows)
    p = place_after(s, q + 1)
    if p >= 0 and not _further(s, p):
        return p  # "in Osby", "on Lismore", "near Osby in Tarnshire" (the town)
    r = p + 1 if p >= 0 else q + 1
    while r < n and r - q <= GROUND_WORDS + 1 and lows[r] not in SITE_PREPS:
        if lows[r] in ENDS or (lows[r] == M and "Location" not in s.etypes(r)):
            return -1
        r += 1
    if r < n and lows[r] in SITE_PREPS and r > q + 1:
        return place_after(s, r + 1)
    return -1


def _further(s: Sentence, p: int) -> bool:
    """The place at p is only ground before the site's own place: a second phrase of nearness
    follows ("on the river Tay near Perth"), or a place noun makes it part of a longer place
    ("on the Tay estuary in Perth")."""
    lows = s.lows
    nxt = lows[p + 1] if p + 1 < len(lows) else "."
    if nxt in SITE_PREPS and water_named(s, p):
        return True  # "near Lake Arlo in Vermont": a site stands by the lake, in the state
    return nxt in NEARNESS or nxt in s.lex.place_cues.place_nouns
