"""Places a where-clause gives a named site: "at the port of Tarragona, where the two firms run
the Sella dock" (the dock is in Tarragona); and the named operator or builder of a site in a
place: "a depot run by Norrin in Caldera"."""

from __future__ import annotations

from loaders.relations.located import site_nouns
from loaders.relations.model import Sentence
from loaders.relations.words import PREPOSITIONS, SITE_TYPES, M

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
