"""Continents and regions spanning several countries are no firm's place (round 21, placesp):
"a plant in Southeast Asia", "offices in Europe and Asia", "Ardent's hub for the Middle East"
name where a firm works, and the gold lists none as LOCATED_IN (the known places tagged
`wide` in `loaders/data/known.yaml`).

>>> "southeast asia" in WIDE_REGIONS
True
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Final

from graph.model import Relation
from loaders.lexicon import read_data

# the known places tagged `{name: Europe, wide: true}`
WIDE_REGIONS: Final[frozenset[str]] = frozenset(
    str(item["name"]).lower()
    for item in (read_data("known.yaml").get("known") or {}).get("Location") or ()
    if isinstance(item, dict) and item.get("wide")
)


def drop_wide_places(
    relations: MutableMapping[tuple[str, str, str], Relation], name_of: Callable[[str], str]
) -> None:
    """Drop each LOCATED_IN whose place is a continent or a region of several countries."""
    for key in list(relations):
        if key[1] == "LOCATED_IN" and name_of(key[2]).lower().removeprefix("the ") in WIDE_REGIONS:
            del relations[key]
