"""A surname only ever seen before a group noun ("the Veskari family", "the Veskari brothers")
names a family, which is no entity unless a relation needs it (`loaders.non_names` drops the
mention outright only where the sentence names the family's vehicle or role).

>>> from loaders.lexicon import Lexicon
>>> nouns = Lexicon.load().group_nouns
>>> family_only("Brondal Tiles is owned by the Veskari family.", "Veskari", nouns)
True
>>> family_only("The Veskari family sold it. Veskari said so.", "Veskari", nouns)
False
>>> family_only("It sells the Veskari family of tiles.", "Veskari", nouns)
False
>>> family_only("The Veskari founding family owns it.", "Veskari", nouns)
True
>>> family_led(1, 2, "the veskari family owns it".split(), nouns)
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from loaders.non_names import FAMILY_MODIFIERS

_AFTER = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?")


def family_only(text: str, name: str, group_nouns: AbstractSet[str]) -> bool:
    """Every mention of `name` follows "the" and comes before a lower-case group noun (past
    a word like "founding"), not one of a thing ("the X family of engines")."""
    seen = False
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w'-])", text):
        if text[max(0, m.start() - 4) : m.start()].lower() != "the ":
            return False
        after = _AFTER.match(text, m.end())
        words = [w for w in after.groups() if w] if after else []
        if words[:1] and words[0] in FAMILY_MODIFIERS:
            words = words[1:]  # "the Veskari founding family"
        if not words or words[0] not in group_nouns or words[1:2] == ["of"]:
            return False
        seen = True
    return seen


def family_led(i: int, j: int, lows: Sequence[str], group_nouns: AbstractSet[str]) -> bool:
    """The name at tokens [i, j) (lower-cased `lows`) follows or opens with "the" and comes
    before a group noun, past a word like "founding" ("the Vrellick family owns"): the family,
    no one person of it (not "the Veskari family of tiles")."""
    if lows[i] != "the" and (i < 1 or lows[i - 1] != "the"):
        return False  # "The Vrellick" opening a sentence keeps its article
    k = j + (j < len(lows) and lows[j] in FAMILY_MODIFIERS)
    return k < len(lows) and lows[k] in group_nouns and list(lows[k + 1 : k + 2]) != ["of"]
