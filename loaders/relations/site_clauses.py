"""A firm's or project's place read from a clause around one of its sites (placesite23).

- `owner-after`: "the cannery in Lerwick belongs to Merrow Foods", "the mill in Arles is run
  by Orvel": the owner named after its site is in the site's place;
- `apposed-own`: "at its first plant abroad, a large works in Oshawa": an appositive on the
  holder's own site gives the place of the "its" holder;
- `project-apposed`: "The Harbour Row project, a scheme of 400 homes in Riga,": a named
  project's appositive gives its place.

Measured and left out: the founding place ("X, founded in C in 1968") and further sites in a
relative after a first place ("X, a group based in A, that also runs mills in B and C") gave
as many wrong relations as right ones.

The words are data: `clause_sites`, `site_owner_links`, `site_owner_past_links`,
`site_owner_limits`, `site_abroad`, `project_nouns`, `likeness_nouns` and `comparing_words` in
`loaders/data/places.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.grammar_words import INDEFINITE_ARTICLES
from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.model import Sentence
from loaders.relations.place_lists import cued_site_nouns
from loaders.relations.words import OWN_PRONOUNS, SITE_PREPS, SKIP_DETS, THING_RELATIVES, M

_DATA = place_data()
CLAUSE_SITES: Final[frozenset[str]] = word_set(_DATA["clause_sites"])


def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(p).lower().split()) for p in _DATA[key])


def _words(key: str) -> frozenset[str]:
    return word_set(_DATA[key])


PAST_LINKS: Final = _phrases("site_owner_past_links")
OWNER_LINKS: Final = _phrases("site_owner_links") + PAST_LINKS
OWNER_LIMITS: Final = _words("site_owner_limits")
ABROAD: Final = _words("site_abroad")
PROJECT_NOUNS: Final = _words("project_nouns")
# the words that end a project's appositive before its place: likeness heads, comparisons
APPOSITIVE_BREAKS: Final = _words("likeness_nouns") | _words("comparing_words") | {"by"}
CLAUSE_ENDS: Final[frozenset[str]] = frozenset({",", ".", ";", ":", "(", ")", "—", "–"})
APPOSITIVE_WORDS = 14  # "a scheme of 400 homes and a small park on the edge of the town in"


@per_lexicon
def clause_site_nouns(lex: Lexicon) -> frozenset[str]:
    """The place cues' site nouns and the few a clause around the firm adds ("cannery")."""
    return cued_site_nouns(lex) | CLAUSE_SITES


def _place(s: Sentence, p: int) -> bool:
    return 0 <= p < len(s.lows) and s.lows[p] == M and "Location" in s.etypes(p)


def _firm(s: Sentence, k: int) -> bool:
    return 0 <= k < len(s.lows) and s.lows[k] == M and s.etypes(k) == {"Organization"}


def _phrase_at(lows: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The end of the phrase of `phrases` that starts at k, else -1."""
    for p in phrases:
        if tuple(lows[k : k + len(p)]) == p:
            return k + len(p)
    return -1


def owner_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(p[0] for p in OWNER_LINKS)


def owner_after(s: Sentence) -> None:
    """The SITE in P belongs to NAME / is run by NAME: the named owner is in P."""
    lows = s.lows
    sites = clause_site_nouns(s.lex)
    for k in range(1, len(lows) - 4):
        if lows[k] not in sites or lows[k - 1] not in SKIP_DETS or lows[k + 1] not in SITE_PREPS:
            continue
        place = k + 2
        if not _place(s, place):
            continue
        q = place + 1
        if q + 1 < len(lows) and lows[q] == "," and _place(s, q + 1):
            q += 2  # "in Ogden, Utah"
        q += lows[q] == "," if q < len(lows) else 0
        end = _phrase_at(lows, q, OWNER_LINKS)
        if end < 0 or not _firm(s, end) or s.blocked(k, end):
            continue
        if _phrase_at(lows, q, PAST_LINKS) >= 0 and _limited(lows, end + 1):
            continue  # "belonged to X until 1998": a former owner
        s.emit(s.ment(end), ("LOCATED_IN",), s.ment(place), "site_clauses/owner-after", 0.6)


def _limited(lows: list[str], p: int) -> bool:
    """A time limit ("until", "before") in the clause from p to the sentence's stop."""
    for w in lows[p:]:
        if w in (".", ";"):
            return False
        if w in OWNER_LIMITS:
            return True
    return False


def apposed_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({","})


def _own_site_holder(s: Sentence, c: int) -> int:
    """The holder of the site whose noun phrase ends before the comma at c: "its first plant
    abroad," gives the mention "its"; else -1."""
    lows = s.lows
    sites = clause_site_nouns(s.lex)
    h = c - 1 - (c >= 2 and lows[c - 1] in ABROAD)
    if h < 1 or lows[h] not in sites:
        return -1
    for a in range(h - 1, max(-1, h - 4), -1):
        if lows[a] == M:
            return a if s.is_det(a) and s.ment(a).word in OWN_PRONOUNS else -1
        if not lows[a].isalpha():
            return -1
    return -1


def apposed_own(s: Sentence) -> None:
    """its [first] SITE [abroad], a/an ... SITE in P: the "its" holder is in P."""
    lows = s.lows
    n = len(lows)
    sites = clause_site_nouns(s.lex)
    for c in range(2, n - 4):
        if lows[c] != "," or lows[c + 1] not in INDEFINITE_ARTICLES:
            continue
        holder = _own_site_holder(s, c)
        if holder < 0:
            continue
        for k in range(c + 2, min(n - 2, c + 8)):
            if lows[k] in CLAUSE_ENDS or lows[k] == M:
                break
            if lows[k] in sites and lows[k + 1] in SITE_PREPS and _place(s, k + 2):
                if not s.blocked(holder, k + 2):
                    at = s.ment(k + 2)
                    s.emit(s.ment(holder), ("LOCATED_IN",), at, "site_clauses/apposed-own", 0.6)
                break


def project_apposed(s: Sentence) -> None:
    """PROJECT, a/an/the ... in P: the named project's appositive gives its place."""
    lows = s.lows
    n = len(lows)
    for k in range(0, n - 4):
        if lows[k] != M or s.etypes(k) != {"Project"}:
            continue
        a = k + 1 + (lows[k + 1] in PROJECT_NOUNS)
        if a + 2 >= n or lows[a] != "," or lows[a + 1] not in SKIP_DETS:
            continue
        for p in range(a + 2, min(n - 1, a + APPOSITIVE_WORDS)):
            w = lows[p]
            if w in CLAUSE_ENDS or w in THING_RELATIVES or w in APPOSITIVE_BREAKS:
                break
            if w == M:
                if not (lows[p - 1] in SITE_PREPS and _place(s, p)) or s.blocked(k, p):
                    break
                at = s.ment(p)
                s.emit(s.ment(k), ("LOCATED_IN",), at, "site_clauses/project-apposed", 0.6)
                break
