"""An owner's outlets and facilities spread over places, the owner given by a possessive
(places18).

- `spread-sites`: "the bank's branches in Cork and Galway", "the insurer's call centres in
  Porto, Braga and Faro", "its 40 warehouses, chiefly in Bavaria", "Halvik's 30 depots across
  Ohio and Indiana": a plural site or outlet noun whose owner is "its"/"their" or an
  organization's "'s", then the places the sites are spread over; the owner sits in each.
  After "in", only nouns no LOCATED_IN noun trigger reads ("branches", "practices"); "across"
  and a quantifier after a comma ("most of them in", "mostly near") need a count.

Measured: the same shapes with the owner a verb's subject ("Tarsa runs 14 clinics across A
and B", "has 30 depots, most of them in A") found blind18's outlets but cost 0.004-0.007 mean P
on blind2, blind9, blind10, blind13 and blind15 (outlets only, named subjects only, countries
left out: no better), whose gold does not read a chain's outlets as where it sits; they are
not read.

Not a market ("sells across Spain": no site noun), not another's sites (a site served or sold:
`site_guards.no_site`), not a plan ("its planned depots": `planned_sites`). The words are data:
`outlet_sites`, `spread_words` and `planned_sites` in `loaders/data/places.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.place_words import SITE_OWNING_VERBS
from loaders.relations.located import HOME_SITES, place_after
from loaders.relations.model import Sentence
from loaders.relations.place_lists import cued_site_nouns
from loaders.relations.site_guards import OWNED_PLURAL_SITES, PLANNED_SITES, SITE_GROUPS, no_site
from loaders.relations.site_lists import _premodifying_places
from loaders.relations.words import COUNTS, OWN_PRONOUNS, POSSESSIVE_MARKS, M

_DATA = place_data()
SPREAD_WORDS: Final[frozenset[str]] = word_set(_DATA["spread_words"])
# prepositions of the places a site list is spread over, right after the plural noun
SPREAD_PREPS: Final[frozenset[str]] = frozenset({"across", "throughout", "in"})
# ... and after a comma and a quantifier ("most of them in", "mostly near")
LATER_PREPS: Final[frozenset[str]] = frozenset({"across", "throughout", "in", "near", "around"})
OWNER_WORDS = 5  # "its 75 small dental practices", "the insurer's three call centres"
SPREAD_GAP = 5  # ", most of them located in"


@per_lexicon
def spread_nouns(lex: Lexicon) -> frozenset[str]:
    """Plural site and outlet nouns: the lists of places.yaml and the lexicon's sites."""
    every = cued_site_nouns(lex) | OWNED_PLURAL_SITES | HOME_SITES
    return frozenset(w for w in every if w.endswith("s"))


def spread_cues(lex: Lexicon) -> frozenset[str]:
    return spread_nouns(lex)


def spread_sites(s: Sentence) -> None:
    """its|ORG's [N] SITES (in|across) A, B and C / its N SITES, most of them in A and B: the
    owner of the plural sites sits in each place."""
    lows = s.lows
    n = len(lows)
    nouns = spread_nouns(s.lex)
    for h in range(1, n - 2):
        if lows[h] not in nouns:
            continue
        place = _spread_place(s, h)
        if place < 0:
            continue
        own, counted = _owner(s, h)
        if own < 0 or no_site(s, h) or s.blocked(own, place):
            continue
        if lows[h + 1] == "in" and _in_trigger(s.lex, lows[h]):
            continue  # "its clinics in C": the noun triggers'
        if lows[h + 1] != "in" and not counted:
            continue  # "its stores across Europe": a market as often as a seat
        for at in _premodifying_places(s, place)[0]:  # not `coord`: "Leeds, York" is no pair
            if not s.ment(at).short:
                s.emit(s.ment(own), ("LOCATED_IN",), s.ment(at), "site_lists/spread-sites", 0.65)


def _spread_place(s: Sentence, h: int) -> int:
    """The first place the plural site at h is spread over: "across A", "in A", ", most of them
    in A", ", mostly near A"; else -1."""
    lows = s.lows
    n = len(lows)
    if lows[h + 1] in SPREAD_PREPS:
        return place_after(s, h + 2)
    if lows[h + 1] != ",":
        return -1
    q = h + 2
    while q < n and q - h <= SPREAD_GAP and lows[q] in SPREAD_WORDS:
        q += 1
    if q == h + 2 or q + 1 >= n or lows[q] not in LATER_PREPS:
        return -1
    return place_after(s, q + 1)


def _owner(s: Sentence, h: int) -> tuple[int, bool]:
    """The possessive owner of the plural site at h ("its 30 depots", "the bank's branches")
    and whether the sites are counted; -1 when there is none or the sites are planned."""
    lows = s.lows
    a, reach = h - 1, OWNER_WORDS
    counted = False
    while a >= 0 and h - a <= reach:
        w = lows[a]
        counted = counted or w.isdigit() or w in COUNTS
        if w in PLANNED_SITES or w in SITE_OWNING_VERBS:
            return -1, counted  # "its rival runs 30 depots": the verb's subject's
        if w == M:  # "its 30 depots"; a name right before the noun is no owner
            det = s.is_det(a) and s.ment(a).word in OWN_PRONOUNS
            return (a if det and _organization(s, a) else -1), counted
        if w in POSSESSIVE_MARKS and a >= 1 and lows[a - 1] == M:
            own = a - 1 if _organization(s, a - 1) and not s.is_det(a - 1) else -1
            return own, counted
        if w == "of" and a >= 1 and lows[a - 1] in SITE_GROUPS:
            a, reach = a - 2, reach + 3  # "its chain of 40 stores across"
            continue
        if not w.replace("-", "").isalnum():
            return -1, counted
        a -= 1
    return -1, counted


def _in_trigger(lex: Lexicon, noun: str) -> bool:
    """ "clinics in", "depots in": a LOCATED_IN noun trigger reads the sites after "in"."""
    return any("LOCATED_IN" in t.types for t in lex.triggers.lookup((noun, "in")) or ())


def _organization(s: Sentence, k: int) -> bool:
    return s.etypes(k) == {"Organization"}
