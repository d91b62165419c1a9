"""Towns no list knows, shown by the field or works they name (entity18).

- a town before an airfield noun after a place's preposition: "a charter firm based at Kallby
  airport", "flights from Orre airfield" (the field is the town's, not a company's name);
- a town between a possessive and a works noun that a place phrase follows: "its Brindle
  facility near Lyon", "Orla's Kessby site outside Porto" (a works named for its town, not a
  project's name: the place phrase says where the town is);
- a town between "the" and a trade noun in an appositive that describes a company: "Arlen
  Clinical, the Ravenna distributor," (not "the Orso chocolate maker" elsewhere: a brand).

A name shaped like an organization's, known, a given name or typed by other cues keeps its
type. The words live in `loaders/data/places.yaml` (`airfields`, `town_works`, ...).

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> lex = Lexicon.load()
>>> cands = analyze("Lindqvist Aero is based at Kallby airport.", 0, lex).cands
>>> [(c.text, c.best()) for c in cands]
[('Lindqvist Aero', 'Organization'), ('Kallby', 'Location')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.gazetteer import place_data
from loaders.person_cues import organization_shaped
from loaders.place_words import FIRM_PLACE_HEADS, trade_noun

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate


def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in place_data().get(key) or ())


AIRFIELDS: Final[frozenset[str]] = _words("airfields")
TOWN_WORKS: Final[frozenset[str]] = _words("town_works")
AIRFIELD_PREPS: Final[frozenset[str]] = _words("airfield_preps")
WORKS_PLACES: Final[frozenset[str]] = _words("works_places")
W_SITE_TOWN = 4.0  # like "near X": outweighs a works noun's Project vote
POSSESSIVES: Final[frozenset[str]] = frozenset({"its", "their", "'s", "'"})
APPOSITIVE_ENDS: Final[frozenset[str]] = frozenset({",", ".", ";", ")", "—", "–", "-"})


def site_town_votes(a: Analysis, lex: Lexicon) -> None:
    """Add Location votes to the towns of one analysed sentence (see the module doc)."""
    lows = a.lows
    for c in a.cands:
        if c.known or c.i == 0 or c.j >= len(lows) or c.votes.get("Location"):
            continue
        if c.j - c.i != 1 or not a.toks[c.j].text.islower() or lows[c.i] in lex.first_names:
            continue
        if organization_shaped(c, lows, lex):
            continue
        if _airfield(lows, c) or _works(lows, c, lex) or _trade_town(a, c, lex):
            c.vote("Location", W_SITE_TOWN)


def _airfield(lows: list[str], c: Candidate) -> bool:
    """ "based at Kallby airport": a preposition, the name, an airfield noun."""
    return lows[c.j] in AIRFIELDS and lows[c.i - 1] in AIRFIELD_PREPS


def _works(lows: list[str], c: Candidate, lex: Lexicon) -> bool:
    """ "its Brindle facility near Lyon": a possessive, the name, a works noun, a place phrase."""
    after = lows[c.j]
    if lows[c.i - 1] not in POSSESSIVES or c.j + 1 >= len(lows):
        return False
    if after not in TOWN_WORKS and after not in lex.place_cues.sites:
        return False
    rest = lows[c.j + 1 : c.j + 3]
    return rest[0] in WORKS_PLACES or " ".join(rest) in WORKS_PLACES


def _trade_town(a: Analysis, c: Candidate, lex: Lexicon) -> bool:
    """ "Arlen Clinical, the Ravenna distributor,": a named company, a comma, "the", the name and
    one trade or company noun that ends the appositive."""
    lows = a.lows
    if c.i < 3 or lows[c.i - 1] != "the" or lows[c.i - 2] != ",":
        return False
    head = lows[c.j]
    if c.j + 1 < len(lows) and lows[c.j + 1] not in APPOSITIVE_ENDS:
        return False
    if not (trade_noun(head) or head in FIRM_PLACE_HEADS or head in lex.located_heads):
        return False
    return any(d.j == c.i - 2 and d.best() != "Person" for d in a.cands if d is not c)
