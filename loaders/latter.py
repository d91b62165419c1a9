""" "The latter" and "the former": one of the two names a text has just coordinated.

"Talbot Grain and Orrin Foods buy wheat from Kano Farms. The latter is based in Lagos": the
latter is Orrin Foods, the second of the pair "A and B", and "the former" Talbot Grain. The
pair is the last "A and B" (or "A or B") of names in the sentence so far, else in the sentence
before. With no such pair, "the latter" is the last organization or person named before it,
and "the former" nothing.

"the former" is an adjective before a noun ("the former chief executive"); it refers only when
a verb, a comma or the end of a clause follows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from loaders.relations.model import Mention
from loaders.relations.words import AND_OR

WORDS = ("latter", "former")
# what may follow a referring "the former" / "the latter"
FOLLOWERS = frozenset(
    {",", ".", ";", "'s", "is", "was", "are", "has", "had", "will", "would", "could", "can"}
    | {"said", "says", "also", "which", "who", "owns", "holds", "remains", "still", "now"}
)
# "the latter half", "the latter part": no reference
NOT_AFTER_LATTER = frozenset({"half", "part", "stage", "stages", "years", "months", "days"})
KINDS = ("Organization", "Person")


def reference_at(lows: Sequence[str], i: int) -> tuple[int, int, str, str] | None:
    """ "the latter" / "the former" at i as a reference (i, i + 2, "order", word), else None."""
    if i + 1 >= len(lows) or lows[i] != "the" or lows[i + 1] not in WORDS:
        return None
    nxt = lows[i + 2] if i + 2 < len(lows) else "."
    if lows[i + 1] == "former" and nxt not in FOLLOWERS:
        return None
    if lows[i + 1] == "latter" and nxt in NOT_AFTER_LATTER:
        return None
    return (i, i + 2, "order", lows[i + 1])


def coordinated_pair(
    lows: Sequence[str], items: Sequence[Mention], type_of: Callable[[str], str], end: int
) -> tuple[str, str] | None:
    """The last two names joined by "and"/"or" before position `end`, else None."""
    before = [m for m in items if m.j <= end and len(m.ids) == 1 and type_of(m.ids[0]) in KINDS]
    for b in reversed(before):
        a = next((m for m in before if m.j + 1 == b.i and lows[m.j] in AND_OR), None)
        if a is not None and a.ids[0] != b.ids[0]:
            return (a.ids[0], b.ids[0])
    return None


def resolve(
    word: str,
    pair: tuple[str, str] | None,
    last: str | None,
) -> tuple[str, ...] | None:
    """The entity "the latter" / "the former" names, from the pair in view (see the module
    docstring) or the last name before it."""
    if pair is not None:
        return (pair[1],) if word == "latter" else (pair[0],)
    if word == "latter" and last:
        return (last,)
    return None
