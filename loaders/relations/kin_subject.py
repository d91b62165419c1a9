"""An unnamed relative as a verb's subject (round 16, pronoun binding).

"Her brother Ivo Rask joined later, and his sister alone manages it": the subject of "manages"
is "his sister", not the brother named in the first conjunct, and she is named nowhere here:
a verb whose own subject is "his/her/their + kin noun" takes no named subject before it.

>>> kin = frozenset({"sister", "brother", "wife"})
>>> kin_subject("ivo joined later , and his sister alone manages it".split(), 7, kin)
5
>>> kin_subject("ivo and his sister manage it".split(), 4, kin)
-1
>>> kin_subject("his sister's firm , run by ivo".split(), 5, kin)
-1
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from typing import Final

# the possessives of a kin word: "his sister", "her son", "their daughter"
KIN_POSSESSORS: Final[frozenset[str]] = frozenset({"his", "her", "their"})
# words between the kin subject and its verb ("his sister alone manages it")
BETWEEN = frozenset(
    {
        "alone",
        "also",
        "now",
        "still",
        "jointly",
        "today",
        "later",
        "then",
        "has",
        "had",
        "have",
        "will",
        "would",
        "since",
        "already",
        "effectively",
        "in",
        "turn",
    }
)


def kin_subject(
    lows: Sequence[str], k: int, kin: Set[str], pronoun: Callable[[int], str] = lambda _: ""
) -> int:
    """Where "his/her/their <kin>" stands as the subject right before the verb at k, when it
    opens a clause of its own (", and his sister ...", a sentence opener); else -1.
    `pronoun(p)` is the pronoun a mention at p was written as (lows hold a mark there)."""
    p = k - 1
    while p >= 0 and lows[p] in BETWEEN:
        p -= 1
    if p < 1 or lows[p] not in kin:
        return -1
    if lows[p - 1] not in KIN_POSSESSORS and pronoun(p - 1) not in KIN_POSSESSORS:
        return -1
    opener = lows[p - 2] if p >= 2 else ""
    if p - 1 == 0 or opener in (",", ";", "but", "while", "whereas"):
        return p - 1
    if opener == "and" and p >= 3 and lows[p - 3] == ",":
        return p - 1
    return -1
