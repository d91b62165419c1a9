"""A possessive pronoun in a preposed phrase, bound forward to the clause subject after it.

"As part of its partnership with Nokia, Nivo will upgrade its network": the "its" of the
opening phrase is Nivo, the subject the comma introduces, not the company named in the
sentence before. "In his first interview, Ian Roe said ...": his is Ian Roe.

Only a phrase that opens the sentence with a preposition, names nothing before its comma, and
whose comma is followed at once by a name of the pronoun's type binds; anything else is left to
`loaders.coref.Salience`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.relations.model import Mention
from loaders.relations.words import ASIDE_STOPS, PREPOSITIONS

FORWARD = frozenset({"its", "his", "her", "their"})
OPENERS: Final = PREPOSITIONS | frozenset(
    {"as", "despite", "after", "before", "since", "following"}
    | {"unlike"}  # rivalsb17: "Unlike its rival Halvik, Tarsa kept its prices"
)
REACH = 12  # words from the sentence start to the comma
STOPS = ASIDE_STOPS


def forward_binder(
    lows: Sequence[str],
    names: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    types: tuple[str, ...],
) -> str | None:
    """The name right after the opening phrase's comma that the pronoun at i stands for."""
    if lows[i] not in FORWARD or not lows or lows[0] not in OPENERS:
        return None
    if any(m.i < i for m in names):
        return None  # "After Kolff bought Arden, its sales ...": a name before the pronoun
    comma = next((c for c in range(i + 1, min(len(lows), REACH + 1)) if lows[c] == ","), -1)
    if comma < 0 or STOPS.intersection(lows[:comma]):
        return None
    after = next((m for m in names if m.i == comma + 1), None)
    if after is None or len(after.ids) != 1 or type_of(after.ids[0]) not in types:
        return None
    return after.ids[0]


def appositive_name(
    lows: Sequence[str],
    names: Sequence[Mention],
    j: int,
    type_of: Callable[[str], str],
    etype: str,
) -> str | None:
    """ "The Ravelle-based firm, Kestrel Aero, hired staff": a description ending at j that a
    name of its type follows at once as an appositive (closed by a comma or bracket) is that
    name, not a company named earlier."""
    if j + 1 >= len(lows) or lows[j] != ",":
        return None
    after = next((m for m in names if m.i == j + 1), None)
    if after is None or after.kind != "name" or len(after.ids) != 1:
        return None
    if after.j >= len(lows) or lows[after.j] not in (",", ")"):
        return None  # "the firm, Kestrel Aero and Lenmar Foods": a list
    return after.ids[0] if type_of(after.ids[0]) == etype else None
