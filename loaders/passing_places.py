"""One capitalized word that no cue typed and no relation needs, when it is a place in passing:
a town or a region the gazetteer knows ("shipped from Ostrava"), or a name only ever seen after
a preposition and "the" (a sea, a river, a range: "boats work the Marrowdeep", "a cable across
the Ostrel"). Such a word was an organization only by default; it is no entity at all.

>>> only_after_the("Boats work the Marrowdeep and sail across the Marrowdeep.", "Marrowdeep")
True
>>> only_after_the("Marrowdeep said its boats work the Marrowdeep.", "Marrowdeep")
False
>>> only_after_the("Boats work with Marrowdeep.", "Marrowdeep")
False
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Final

from loaders.gazetteer import place_data, place_names
from loaders.lexicon import word_set

FEATURE_PREPOSITIONS: Final[frozenset[str]] = word_set(place_data().get("feature_prepositions"))
_PREP_THE = re.compile(r"\b([A-Za-z]+)\s+the\s+$")


def only_after_the(text: str, name: str) -> bool:
    """Every mention of `name` in `text` follows a preposition of `FEATURE_PREPOSITIONS` and
    "the" (and the name is seen at least once)."""
    seen = False
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        before = _PREP_THE.search(text, max(0, m.start() - 30), m.start())
        if before is None or before.group(1).lower() not in FEATURE_PREPOSITIONS:
            return False
        seen = True
    return seen


def passing_place(
    text: str, name: str, firm_verb: bool = False, speech: AbstractSet[str] = frozenset()
) -> bool:
    """`name` (one word) is a gazetteer place (unless a company's verb or possession follows
    one of its mentions, `firm_verb`, or it speaks: "Tampere said", a verb of `speech`) or is
    seen only as "<preposition> the <name>"."""
    if name.lower() in place_names() and not firm_verb and not _speaks(text, name, speech):
        return True
    return only_after_the(text, name)


def _speaks(text: str, name: str, speech: AbstractSet[str]) -> bool:
    """A mention of `name` says something ("Tampere said"): a body, not a town in passing."""
    after = re.finditer(r"(?<![\w-])" + re.escape(name) + r"\s+([a-z]+)", text)
    return any(m.group(1) in speech for m in after)
