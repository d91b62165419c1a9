"""A named venue, institute or unit and the place that follows it (places18).

- `venue-in`: "the Halden Institute in Bergen", "agreed to buy the Mirabel Arena in Nantes",
  "work with the Quorvik Robotics Academy in Delft": "the", an organization's or project's name
  ending in a venue or institute noun, then "in" and a place; the named body is there, and so
  is the subject of a verb of running it ("Marlin Bourse runs the Kestrel Exchange in Oslo").
- A place's "'s" before a named venue ("Lyon's Halden Arena") is not read: measured, it cost
  blind10 0.003 mean P for 0.002 F1 on blind18.
- `site-of`: "the workshop of Kelmar Tools in Sheffield", "the main plant of Orvik Paints in
  Lodz": "the", a site noun, "of" and an organization, then "in" and a place; the owner is
  there (not a ranking's scope: "the biggest plant of X in Europe").

Courts are no venue here: a court's seat is no site of the parties before it. The words are
data: `venue_heads` in `loaders/data/places.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.place_words import SITE_HOLDING_VERBS, VENUE_HEADS
from loaders.relations.located import place_after, ranking_scope
from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.place_lists import cued_site_nouns
from loaders.relations.site_guards import no_site
from loaders.relations.words import SITE_TYPES, M


def venue_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"in"})


# the site-holding verbs of place_words but those of having and all of owning but "owns", with
# "manages" and "managed" (kept as they were: "runs|manages the Kestrel Exchange")
RUNNING_VERBS: Final[frozenset[str]] = (
    SITE_HOLDING_VERBS - {"own", "owned", "has", "have", "had"}
) | {"manages", "managed"}


def _venue_runner(s: Sentence, v: int, place: int) -> None:
    """ "Marlin Bourse runs the Kestrel Exchange in Oslo": the subject of a verb of running the
    venue at v + 2 sits in its place too (not a buyer: "bought the X Hotel in C")."""
    if v < 1 or s.lows[v] not in RUNNING_VERBS:
        return
    subj = subjects(s, v, True)
    if subj and s.etypes(subj[0]) == {"Organization"} and not s.blocked(subj[0], place):
        s.emit(s.ment(subj[0]), ("LOCATED_IN",), s.ment(place), "located/venue-runner", 0.6)


SITE_WORDS = 2  # "the main plant of", "the old cutting workshop of"


def site_of(s: Sentence) -> None:
    """the SITE of ORG in PLACE: the organization is in the place."""
    lows = s.lows
    n = len(lows)
    sites = cued_site_nouns(s.lex)
    for k in range(2, n - 4):
        if lows[k] not in sites or lows[k + 1] != "of" or lows[k + 2] != M:
            continue
        org = k + 2
        if s.etypes(org) != {"Organization"} or s.is_det(org) or lows[org + 1] != "in":
            continue
        a = k - 1
        while a >= 0 and k - a <= SITE_WORDS and lows[a] != "the" and lows[a].isalpha():
            a -= 1
        if a < 0 or lows[a] != "the" or ranking_scope(s, k) or no_site(s, k):
            continue
        place = place_after(s, org + 2)
        if place >= 0 and s.etypes(place) == {"Location"} and not s.blocked(org, place):
            s.emit(s.ment(org), ("LOCATED_IN",), s.ment(place), "located/site-of", 0.65)


def _venue(s: Sentence, k: int) -> bool:
    """The mention at k names an organization or project by a name ending in a venue noun."""
    if s.lows[k] != M:
        return False
    m = s.ment(k)
    kinds = s.etypes(k)
    if m.kind != "name" or len(m.ids) != 1 or not kinds & SITE_TYPES:
        return False
    if kinds & {"Location", "Person"}:
        return False
    return m.ids[0].rsplit("-", 1)[-1] in VENUE_HEADS


def venue_places(s: Sentence) -> None:
    """the NAME(venue) in PLACE: the venue is in the place."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if not _venue(s, k):
            continue
        if lows[k - 1] == "the" and lows[k + 1] == "in":
            place = place_after(s, k + 2)
            if place >= 0 and not s.ment(place).short and not s.blocked(k, place):
                s.emit(s.ment(k), ("LOCATED_IN",), s.ment(place), "located/venue-in", 0.65)
                _venue_runner(s, k - 2, place)
