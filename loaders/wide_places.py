"""Continents and regions spanning several countries are no firm's place (round 21, placesp):
"a plant in Southeast Asia", "offices in Europe and Asia", "Ardent's hub for the Middle East"
name where a firm works, and the gold lists none as LOCATED_IN (the known places tagged
`wide` in `loaders/data/known.yaml`).

>>> "southeast asia" in WIDE_REGIONS, "northeast" in COUNTRY_REGIONS
(True, True)
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Final

from graph.model import Relation
from loaders.lexicon import read_data

_KNOWN_PLACES: Final = (read_data("known.yaml").get("known") or {}).get("Location") or ()


def _tagged(tag: str) -> frozenset[str]:
    return frozenset(
        str(item["name"]).lower()
        for item in _KNOWN_PLACES
        if isinstance(item, dict) and item.get(tag)
    )


# the known places tagged `{name: Europe, wide: true}`
WIDE_REGIONS: Final[frozenset[str]] = _tagged("wide")
# regions inside a country, tagged `{name: Midwest, region: true}`: like a state, a footprint for
# a firm's many sites ("runs 40 branches in the Northeast"), no seat (`relations.held_sites`)
COUNTRY_REGIONS: Final[frozenset[str]] = _tagged("region")


def drop_wide_places(
    relations: MutableMapping[tuple[str, str, str], Relation], name_of: Callable[[str], str]
) -> None:
    """Drop each LOCATED_IN whose place is a continent or a region of several countries."""
    for key in list(relations):
        if key[1] == "LOCATED_IN" and name_of(key[2]).lower().removeprefix("the ") in WIDE_REGIONS:
            del relations[key]
