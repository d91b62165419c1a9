"""Continents and regions spanning several countries are no firm's place (round 21, placesp):
"a plant in Southeast Asia", "offices in Europe and Asia", "Ardent's hub for the Middle East"
name where a firm works, and the gold lists none as LOCATED_IN (`wide_regions` in
`loaders/data/places.yaml`).

>>> "southeast asia" in WIDE_REGIONS
True
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Final

from graph.model import Relation
from loaders.gazetteer import place_data

WIDE_REGIONS: Final[frozenset[str]] = frozenset(
    str(w).lower() for w in place_data().get("wide_regions") or ()
)


def drop_wide_places(
    relations: MutableMapping[tuple[str, str, str], Relation], name_of: Callable[[str], str]
) -> None:
    """Drop each LOCATED_IN whose place is a continent or a region of several countries."""
    for key in list(relations):
        if key[1] == "LOCATED_IN" and name_of(key[2]).lower().removeprefix("the ") in WIDE_REGIONS:
            del relations[key]
