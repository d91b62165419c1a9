"""Sites read from a clause around another of the owner's sites, or from a where-clause.

- `second-site`: "Calder Mills spins yarn at its plant in Bury, while a second mill in Wigan
  dyes it", "Orvik's main lab in Graz and another lab in Linz": a second, third or other site
  after an owner's own site (`own_sites`) in the same sentence is that owner's too.
- `where-site`: "The bottling plant in Ayr, where Brenlow fills its cans, will close", "moved
  staff to a depot near Hexham, where the carrier keeps its vans": a site in a place, then ",
  where" and an organization as the clause's subject doing its work there.

Guards as for the owner's sites: a site planned, sold, served or paid for
(`site_guards.no_site`), one said not to stand (`own_sites.unbuilt_site`), an event's venue
("the hotel in Bath, where Vorn held its annual meeting"), a site the where-clause's firm only
serves or visits, or a plan in that clause ("where Brenlow hopes to build").
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import Lexicon, word_set
from loaders.relations.hedge_scope import planned
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.own_sites import _owner, _site_head, own_site_nouns, unbuilt_site
from loaders.relations.place_lists import SITE_PREPS
from loaders.relations.site_guards import SITE_SERVING_VERBS, no_site
from loaders.relations.words import AUXILIARIES, M

FURTHER: Final = frozenset({"second", "third", "fourth", "another", "other"})
FURTHER_SPAN: Final[int] = 14  # tokens between the owner's site and the further one
WHERE_SUBJECT: Final[int] = 3  # ", where the Leeds firm": tokens to the clause's subject
NOT_WORK: Final[frozenset[str]] = word_set(place_data()["where_not_work"])
NOT_FACT: Final[frozenset[str]] = word_set(place_data()["where_not_fact"])
CLAUSE_STOPS: Final = frozenset({";", ".", "which", "who", "whose", "that"})


def second_site_cues(lex: Lexicon) -> frozenset[str]:
    return FURTHER | frozenset({"where"})


def second_sites(s: Sentence) -> None:
    """Each further site after an owner's own site, and each site before ", where" a firm
    works (module docstring)."""
    lows = s.lows
    for k in range(len(lows) - 3):
        owner, start, _ = _owner(s, k)
        if owner < 0:
            continue
        h = _site_head(s, start)
        if h < 0 or h + 2 >= len(lows) or lows[h + 1] not in SITE_PREPS:
            continue
        for f in _further(s, h + 2):
            _emit_site(s, owner, f, k, "own_sites/second-site")
    for w in range(3, len(lows) - 2):
        if lows[w] == "where" and lows[w - 1] == ",":
            _where_site(s, w)


def _further(s: Sentence, a: int) -> list[int]:
    """The site nouns of "a second mill", "another lab" within `FURTHER_SPAN` after a."""
    lows = s.lows
    nouns = own_site_nouns(s.lex)
    out: list[int] = []
    for b in range(a, min(len(lows) - 2, a + FURTHER_SPAN)):
        if lows[b] in CLAUSE_STOPS or (lows[b] == M and "Location" not in s.etypes(b)):
            break
        if lows[b] in FURTHER:
            h = _site_head(s, b + 1)
            if h >= 0 and lows[h + 1] in SITE_PREPS and lows[h] in nouns:
                out.append(h)
    return out


def _emit_site(s: Sentence, owner: int, h: int, k: int, rule: str) -> None:
    """The owner at `owner` is in the places after the site noun at h."""
    p = place_after(s, h + 2)
    if p < 0 or no_site(s, h) or s.blocked(owner, p):
        return
    places = coord(s, p, +1)
    if unbuilt_site(s, k, max(places)):
        return
    for q in places:
        if s.etypes(q) == {"Location"} and not s.ment(q).short:
            s.emit(s.ment(owner), ("LOCATED_IN",), s.ment(q), rule, 0.6)


def _where_site(s: Sentence, w: int) -> None:
    """ "the SITE in P, where FIRM VERB ...": the firm is in P."""
    lows = s.lows
    site = _site_before(s, w)
    if site < 0:
        return
    firm = next((q for q in range(w + 1, w + 1 + WHERE_SUBJECT) if lows[q] == M), -1)
    if firm < 0 or s.etypes(firm) != {"Organization"} or s.ment(firm).kind == "pronoun":
        return
    v = firm + 1
    while v < len(lows) and lows[v] in AUXILIARIES:
        v += 1
    if v >= len(lows) or not lows[v].isalpha() or planned(lows, s.lex, v):
        return
    if NOT_FACT.intersection(lows[firm + 1 : v + 1]):
        return  # "where Brenlow will store", "where Quill hopes to build": no fact of work
    if lows[v] in SITE_SERVING_VERBS or NOT_WORK.intersection(lows[v : v + 5]):
        return  # "where Vorn supplies the kilns", "where Vorn held its annual meeting"
    _emit_site(s, firm, site, firm, "located/where-site")


def _site_before(s: Sentence, w: int) -> int:
    """The site noun of "the SITE in P" (P's coordination ending at the comma before w), else
    -1."""
    lows = s.lows
    nouns = own_site_nouns(s.lex)
    p = w - 2
    if p < 2 or lows[p] != M or "Location" not in s.etypes(p):
        return -1
    while p >= 2 and lows[p - 1] == "," and lows[p - 2] == M:
        p -= 2  # "in Lyon, France, where"
    h = p - 2
    if lows[p - 1] not in SITE_PREPS or h < 0 or lows[h] not in nouns:
        return -1
    return h
