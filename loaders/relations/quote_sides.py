"""A holding or funding read across a quotation's edge: one end inside the quoted words, the
other outside ('"We are proud to back Sunfield," said Lena Voss, a partner at Merrow': the
speaker's firm is not the quoted subject). Measured on fresh text (precsvo21): such reads were
wrong, while the same types with both ends on one side of a quote were right."""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence

OPENING: Final[frozenset[str]] = frozenset({"\u201c"})
CLOSING: Final[frozenset[str]] = frozenset({"\u201d"})
STRAIGHT: Final[frozenset[str]] = frozenset({'"'})
# the types a quotation's edge cuts (others measured right across it)
CUT_TYPES: Final[frozenset[str]] = frozenset({"OWNS", "FUNDS"})


def quoted(lows: list[str], m: int) -> bool:
    """The item at m stands inside a quotation of its sentence."""
    inside = False
    for w in lows[:m]:
        if w in STRAIGHT:
            inside = not inside
        elif w in OPENING:
            inside = True
        elif w in CLOSING:
            inside = False
    return inside


def across_quote(s: Sentence, types: tuple[str, ...], a: int, b: int) -> bool:
    """A relation of a cut type between the items a and b, one inside a quotation and the
    other outside it."""
    if CUT_TYPES.isdisjoint(types):
        return False
    return quoted(s.lows, a) != quoted(s.lows, b)
