"""A series of three or more places: "depots in Tarnow, Edenvale and Pirsk" lists three towns,
while "a mill in Corvale, Estland" and "Houston, Texas" name one place (a town, then its
region or country). The list reader (`nav.coord`) joins a place after a bare comma only when
the series goes on to "and" and another place, and the comma's place is no region or country
after a town ("Texas, Ohio and Alabama" lists regions).
"""

from __future__ import annotations

from graph.model import slugify
from loaders.gazetteer import city_names, region_names
from loaders.lexicon import Lexicon, per_lexicon
from loaders.relations.model import Sentence
from loaders.relations.words import M


@per_lexicon
def wide_places(lex: Lexicon) -> frozenset[str]:
    """The ids of the known places that are no city of the gazetteer (countries) and of the
    regions: what follows a town after a comma to say where it is."""
    cities = city_names()
    known = {
        slugify(name)
        for name, etype in lex.known.values()
        if etype == "Location" and name.lower() not in cities
    }
    return frozenset(known | {slugify(r) for r in region_names()})


def place_series(s: Sentence, m: int) -> bool:
    """The place at m, after a bare comma, is a member of a series "A, m[, ...] (and|, and)
    Z" of places, not the region or country of the place before it."""
    lows = s.lows
    n = len(lows)
    wide = wide_places(s.lex)
    before = m - 2 if m >= 2 and lows[m - 1] == "," and lows[m - 2] == M else -1
    if before >= 0 and not wide.isdisjoint(s.ment(before).ids):
        wide = frozenset()  # "Texas, Ohio and Alabama", "France, Spain and Italy": one level
    p = m
    while p < n and lows[p] == M and "Location" in s.etypes(p):
        if not wide.isdisjoint(s.ment(p).ids):
            return False
        q = p + 1
        if q + 1 < n and lows[q] == "," and lows[q + 1] == "and":
            q += 1  # "A, B, and C"
        if q + 1 < n and lows[q] == "and":
            return lows[q + 1] == M and "Location" in s.etypes(q + 1)
        if not (q + 1 < n and lows[q] == ","):
            return False
        p = q + 1
    return False
