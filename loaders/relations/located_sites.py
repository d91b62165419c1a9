"""Places a where-clause gives a named site: "at the port of Tarragona, where the two firms run
the Sella dock" (the dock is in Tarragona); the named operator or builder of a site in a
place: "a depot run by Norrin in Caldera"; and a named site an appositive describes past the
ground it stands on or with a preposition of nearness: "Greenmarsh Arena, a planned stadium on
old rail land in Dunshaw", "The Calder Ring, a ring road around Leeds"."""

from __future__ import annotations

from loaders.amount_words import CURRENCY_SIGNS
from loaders.gazetteer import place_data
from loaders.grammar_words import INDEFINITE_ARTICLES
from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.located import (
    APPOSED_SITES,
    SITES,
    _apposed_site,
    _modifier,
    _site_apposed,
    place_after,
    ranking_scope,
    site_nouns,
)
from loaders.relations.model import Sentence
from loaders.relations.words import AUXILIARIES, PREPOSITIONS, SITE_TYPES, SKIP_DETS, WHICH_THAT, M

# verbs of a where-clause that put a named site in the place: "where they run the Tern Quay"
SITE_VERBS: frozenset[str] = frozenset(
    {"run", "runs", "operate", "operates", "built", "build", "builds", "manage", "manages"}
    | {"own", "owns", "opened", "open", "opens", "ran", "operated", "managed"}
)
CLAUSE_WORDS: int = 6  # "where the two joint owners now run the"
CLAUSE_ENDS: frozenset[str] = frozenset({",", ".", ";", "and", "but"})


def where_site(s: Sentence) -> None:
    """PLACE, where SUBJECT runs the NAME: the named site or unit is in the place (the subject,
    a pronoun, a group word or a name, is left to `located.where_based`)."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 4):
        if lows[k] != M or "Location" not in s.etypes(k) or lows[k + 1 : k + 3] != [",", "where"]:
            continue
        for v in range(k + 3, min(n - 2, k + 3 + CLAUSE_WORDS)):
            if lows[v] in CLAUSE_ENDS:
                break
            if lows[v] not in SITE_VERBS or lows[v + 1] != "the" or lows[v + 2] != M:
                continue
            site = v + 2
            if s.etypes(site) & SITE_TYPES and "Location" not in s.etypes(site):
                if not s.blocked(k, site):
                    s.emit(s.ment(site), ("LOCATED_IN",), s.ment(k), "located/where-site", 0.7)
            break


# participles of running a site before "by": "a depot run by Norrin in Caldera"
RUN_BY: frozenset[str] = frozenset({"run", "operated", "managed", "owned", "built"})
SITE_PLACE_PREPS: frozenset[str] = frozenset({"in", "at", "near", "outside"})


def operated_site(s: Sentence) -> None:
    """SITE run by NAME in PLACE: the named operator is in the place ("uses a depot run by
    Norrin in Caldera" says nothing of the user). A site NAME "is building in PLACE" is left
    alone: measured, it gave the builder a place the gold keeps for the project."""
    lows = s.lows
    sites = site_nouns(s.lex)
    for k in range(len(lows) - 5):
        w = lows[k]
        if w not in sites or w in PREPOSITIONS or w.endswith("ed"):
            continue
        r = k + 1 + (lows[k + 1] == ",")  # "The depot, run by Norrin in Caldera, ..."
        if lows[r] not in RUN_BY or lows[r + 1] != "by":
            continue
        j = r + 2
        if j + 2 >= len(lows) or lows[j] != M or s.etypes(j) != {"Organization"}:
            continue
        if lows[j + 1] in SITE_PLACE_PREPS and lows[j + 2] == M:
            place = j + 2
            if s.etypes(place) == {"Location"} and not s.blocked(k, place):
                s.emit(s.ment(j), ("LOCATED_IN",), s.ment(place), "located/operated-site", 0.7)


SITE_GROUNDS: frozenset[str] = word_set(place_data()["site_grounds"])
# prepositions of a described site's place; "in" and "near" right after the site noun are
# `located.from_place`'s; "on" only before "the edge of", "the outskirts of"
DESCRIBED_PREPS: frozenset[str] = frozenset({"in", "near", "outside", "around", "on"})
GROUND_WORDS = 4  # "on old rail land", "on reclaimed marshland"
APPOSED_WORDS = 5  # "a planned 40,000-seat stadium"


def described_site(s: Sentence) -> None:
    """NAME, a SITE [on ... GROUND] PREP PLACE: the named site or project is in the place
    ("Greenmarsh Arena, a planned stadium on old rail land in Dunshaw", "Kessock Dock, a grain
    terminal outside Harlby", "a solar plant on the outskirts of Tarnley")."""
    lows = s.lows
    for k in range(3, len(lows) - 1):
        w = lows[k]
        if w not in DESCRIBED_PREPS or (w == "on" and lows[k + 1] != "the"):
            continue
        place = place_after(s, k + 1)
        h = _ground_head(lows, k)
        h = _built_head(s, k) if h == k - 1 and _built_head(s, k) >= 0 else h
        if place < 0 or h < 2 or (h == k - 1 and w in ("in", "near")):
            continue
        if not _apposed_site(s, lows[h]):
            continue
        b = _described_name(s, h)
        if b >= 0 and _site_apposed(s, b, h) and not s.blocked(b, place):
            s.emit(s.ment(b), ("LOCATED_IN",), s.ment(place), "located/described-site", 0.7)


def _ground_head(lows: list[str], k: int) -> int:
    """The site noun before the preposition at k, past "on ... GROUND" ("a stadium on old rail
    land in"), else k - 1."""
    if lows[k - 1] not in SITE_GROUNDS:
        return k - 1
    for q in range(k - 2, max(0, k - 2 - GROUND_WORDS), -1):
        if lows[q] == "on":
            return q - 1
        if not lows[q].replace("-", "").isalpha():
            break
    return -1


BUILT_WORDS = 8  # "under construction by the partners' joint venture in"


def _built_head(s: Sentence, k: int) -> int:
    """The site noun before "under construction [by BUILDER]" ending at the preposition at k
    ("a plant under construction by the partners' joint venture in Lenby"), else -1."""
    lows = s.lows
    for q in range(k - 1, max(1, k - 1 - BUILT_WORDS), -1):
        if lows[q] == "construction" and lows[q - 1] == "under":
            return q - 2 if q == k - 1 or lows[q + 1] == "by" else -1
        if lows[q] == M or not (lows[q].isalpha() or lows[q] == "'"):
            return -1
    return -1


def _described_name(s: Sentence, h: int) -> int:
    """The name an appositive or a predicate of the site noun at h describes ("X, a planned
    stadium", "X is a grain terminal"), else -1."""
    lows = s.lows
    a = h - 1
    while a >= 0 and h - a <= APPOSED_WORDS and lows[a] not in SKIP_DETS:
        if lows[a] in (",", M) or not _modifier(lows[a].replace(",", "")):  # "30,000-seat"
            return -1
        a -= 1
    if a < 2 or lows[a - 2] != M:
        return -1
    if lows[a - 1] == "," or (lows[a - 1] in ("is", "was") and lows[a] != "the"):
        return a - 2
    return -1


# what opens a project appositive's purpose: "Project Ember, a pilot to bake bricks ..."
PURPOSE_LINKS: frozenset[str] = frozenset({"to", "that", "which", "for"})
PURPOSE_PREPS: frozenset[str] = frozenset({"in", "near", "across", "around", "outside"})
PURPOSE_WORDS = 14  # "to bake bricks with hydrogen on a plot in"
PURPOSE_STOPS: frozenset[str] = frozenset({",", ";", ".", ":", "(", ")", "but", "while"})


def purpose_site(s: Sentence) -> None:
    """PROJECT, a HEAD to VERB ... PREP PLACE: the named project is where its purpose is done
    ("Project Ember, a pilot to bake bricks on a plot in Tolvo", "the Delta Lane Project, a
    scheme to widen the canal close to Pruss"). Only a name typed Project: a firm's purpose
    ("a fund to buy shops in Leeds") places nothing."""
    lows = s.lows
    n = len(lows)
    for b in range(n - 6):
        if lows[b] != M or s.etypes(b) != {"Project"} or lows[b + 1 : b + 2] != [","]:
            continue
        if lows[b + 2] not in SKIP_DETS:
            continue
        h = b + 3
        while h < n and h - b <= 3 + APPOSED_WORDS and lows[h] not in PURPOSE_LINKS:
            if lows[h] == M or not (_modifier(lows[h]) or lows[h] in CURRENCY_SIGNS):
                break  # "the £30m scheme to swap buses in T": a sum is a modifier
            h += 1
        if h == b + 3 or h >= n or lows[h] not in PURPOSE_LINKS:
            continue
        place = _purpose_place(s, h + 1)
        if place >= 0 and not s.blocked(b, place):
            s.emit(s.ment(b), ("LOCATED_IN",), s.ment(place), "located/purpose-site", 0.7)


def _purpose_place(s: Sentence, q: int) -> int:
    """The first place after a preposition of place in the purpose clause from q, before the
    clause ends or another name stands in it, else -1."""
    lows = s.lows
    n = len(lows)
    for k in range(q, min(n - 1, q + PURPOSE_WORDS)):
        w = lows[k]
        if w in PURPOSE_STOPS or w == M:
            return -1
        p = k + 2 if w in ("close", "next") and lows[k + 1] == "to" else k + 1
        if (w in PURPOSE_PREPS or p == k + 2) and p < n:
            place = place_after(s, p)
            if place >= 0:
                return place
    return -1


# site nouns whose owner a following relative clause names: "a kitchen in Pellham, which X
# opened in 2019"
RELATIVE_SITES: frozenset[str] = APPOSED_SITES | SITES | {"kitchen", "kitchens", "clinics"}


@per_lexicon
def _relative_sites(lex: Lexicon) -> frozenset[str]:
    """`RELATIVE_SITES` and the lexicon's `place_cues.sites`, joined once per lexicon."""
    return RELATIVE_SITES | lex.place_cues.sites


def site_then_owner(s: Sentence) -> None:
    """SITE in PLACE, which ORG opened/runs/built: the organization of the relative clause is
    in the place when its verb runs or makes the site, right after its name ("which X
    inspected", "which X had hoped to open", "the largest plant in C, which X runs" do not)."""
    lows = s.lows
    n = len(lows)
    sites = _relative_sites(s.lex)
    for k in range(1, n - 5):
        if lows[k] not in sites or lows[k + 1] != "in" or ranking_scope(s, k):
            continue
        place = place_after(s, k + 2)
        if place < 0:
            continue
        r = place + 1 + (place + 1 < n and lows[place + 1] == ",")
        if not (r + 2 < n and lows[r] in WHICH_THAT and lows[r + 1] == M):
            continue
        org = r + 1
        if s.etypes(org) != {"Organization"} or lows[r + 2] not in SITE_VERBS:
            continue
        if not s.blocked(org, r + 3):
            s.emit(s.ment(org), ("LOCATED_IN",), s.ment(place), "located/site-then-owner", 0.7)


# the gerunds and participles of making or running a site after an auxiliary: "that X is
# building in P", "which X has opened in P"
SITE_GERUNDS: frozenset[str] = frozenset(
    {"building", "constructing", "running", "operating", "opening", "constructed"}
)
SITE_AUXILIARIES: frozenset[str] = AUXILIARIES & {"is", "was", "has", "had", "will", "now"}


def owner_relative_site(s: Sentence) -> None:
    """NAME, a SITE that/which ORG [is] building/runs in PLACE: the organization of the relative
    clause is in the place ("Vestmark Ostehus, a cheese plant that Ulvsborg is building in
    Brande"); the site itself is `verbal`'s. Measured, an unnamed site ("a plant that X is
    building in P") cost blind 0.003 mean P (a contractor builds another's plant), so only a
    named site's appositive is read."""
    lows = s.lows
    n = len(lows)
    sites = _relative_sites(s.lex)
    for k in range(1, n - 4):
        if lows[k] not in sites or lows[k + 1] not in WHICH_THAT or lows[k + 2] != M:
            continue
        org = k + 2
        if s.etypes(org) != {"Organization"} or not _apposed_noun(s, k):
            continue
        v = org + 1
        while v < n and v - org <= 2 and lows[v] in SITE_AUXILIARIES:
            v += 1
        if v + 2 >= n or not (lows[v] in SITE_VERBS or lows[v] in SITE_GERUNDS):
            continue
        if lows[v + 1] not in SITE_PLACE_PREPS:
            continue
        place = place_after(s, v + 2)
        if place >= 0 and not s.blocked(org, place):
            s.emit(s.ment(org), ("LOCATED_IN",), s.ment(place), "located/owner-relative", 0.7)


def _apposed_noun(s: Sentence, k: int) -> bool:
    """The site noun at k heads an appositive "NAME, a/an [modifiers] SITE"."""
    lows = s.lows
    q = k - 1
    while (
        q > 0
        and lows[q] not in INDEFINITE_ARTICLES
        and lows[q].isalpha()
        and k - q <= APPOSED_WORDS
    ):
        q -= 1
    return q >= 2 and lows[q] in INDEFINITE_ARTICLES and lows[q - 1] == "," and lows[q - 2] == M
