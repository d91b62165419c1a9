"""A one-word firm that opens its sentence as a verb's subject stays a candidate of "the
company" (round 18, `loaders.coref` `Salience.topical`).

A name mentioned once, uncued, at a sentence's start is weak ("Consumer group Fair Drive Trust
criticised the carmaker": "Consumer" is no antecedent) and leaves the candidates of a
description. But "Tovenmark agreed to sell its malt arm to Quillhaven Group. The company's
chief executive, ..." is Tovenmark: a weak opener followed right away by a finite verb of a
clause ("agreed", "will", "has", "sold": `item_verbs` of loaders/data/layouts.yaml, not the
plural "have") is the sentence's subject, not a capitalized common word; without it, "the
company" fell to the buyer or adviser named later in the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.list_layouts import ITEM_VERBS

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from loaders.coref import Record
    from loaders.relations.model import Mention

PLURAL_VERBS: Final[frozenset[str]] = frozenset({"have"})  # "Analysts have said"
SUBJECT_VERBS: Final[frozenset[str]] = ITEM_VERBS - PLURAL_VERBS


def verb_led_openers(
    lows: Sequence[str], names: Sequence[Mention], entities: Mapping[str, Record]
) -> set[str]:
    """The weak organizations whose name opens the sentence and is followed by a verb."""
    out: set[str] = set()
    for m in names:
        if m.i != 0 or m.j >= len(lows) or lows[m.j] not in SUBJECT_VERBS:
            continue
        rec = entities.get(m.ids[0])
        if rec is not None and rec.weak and rec.type == "Organization":
            out.add(m.ids[0])
    return out
