"""A comma-set aside between a board and its verb: "Tarrant's board, chaired by Ann Lee,
recommended the offer", "the board of Orsk, headed by its finance chief, backed the deal"
(the board still speaks for its company)."""

from __future__ import annotations

from typing import Final

from loaders.relations.words import PUNCT_STOP

ASIDE_REACH: Final = 12  # words of the aside between its two commas
# words that open such an aside: a participle of leading, or a relative pronoun
ASIDE_OPENERS: Final[frozenset[str]] = frozenset(
    {"led", "chaired", "headed", "run", "which", "who", "including", "whose"}
)


def board_aside_end(lows: list[str], b: int, v: int) -> int:
    """The position after a ", led by ...," aside opening at b (before the verb at v), else b."""
    if b >= v or lows[b] != "," or b + 1 >= v or lows[b + 1] not in ASIDE_OPENERS:
        return b
    for c in range(b + 2, min(v, b + 2 + ASIDE_REACH)):
        if lows[c] in PUNCT_STOP:
            return b
        if lows[c] == ",":
            return c + 1
    return b
