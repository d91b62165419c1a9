"""The main clause's named subject, for "the company" in a stake clause that hangs below it.

"Halvec jumped after Orvel bought 8% of the company", "Corvane is funded by Pelham, which put
$5m into the firm": the description is the object of a stake bought by a second name, in a
subordinate clause ("after", "as", "when") or a relative clause on that name, and it means the
firm the sentence opened with, not the latest organization named before the sentence.

Not: a relative clause on the opening name itself ("Kessel, which holds 4% of the company": the
subject is the holder), a reporting verb or a clause break before the second name, a main
clause that speaks of a stake itself ("Brisk sold its 5% stake after Orvel bid for 20% of the
company": a third firm).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.relations.model import Mention
from loaders.relations.words import REPORTING

OPENERS: Final = frozenset({"after", "as", "when", "since", "because", "once", "while", "before"})
RELATIVES: Final = frozenset({"which", "who"})
STAKE_MARKS: Final = frozenset({"%", "stake", "holding", "$", "£", "€", "million", "billion"})
SHARES: Final = frozenset({"shares", "stock"})  # "bought shares in the company"
TARGET_PREPS: Final = frozenset({"of", "in", "into"})
OPENING: Final = frozenset({(), ("the",), ("shares", "in"), ("shares", "of")})
# clause breaks besides the reporting verbs (`REPORTING`: "said", "says", ...), tested with them
BREAKS: Final[frozenset[str]] = frozenset({".", ";", ":", "and", "but", "that", '"'})


def _is_break(w: str) -> bool:
    """A clause break: punctuation, a conjunction or a reporting verb."""
    return w in BREAKS or w in REPORTING


def _breaks(words: Sequence[str]) -> bool:
    return any(_is_break(w) for w in words)


def _stake(words: Sequence[str], marks: frozenset[str] = STAKE_MARKS) -> bool:
    return any(w.endswith("%") or w in marks for w in words)


def _opens(lows: Sequence[str], m: Mention) -> bool:
    """The name at m opens the sentence as its subject ("Halvec jumped", "Shares in Halvec
    fell", "Halvec's shares rose"); not a possessor of anything else ("Halvec's chief said")."""
    if tuple(lows[: m.i]) not in OPENING:
        return False
    after = lows[m.j : m.j + 2]
    return not after or after[0] not in POSSESSIVE_MARKS or after[1:] in (["shares"], ["stock"])


def _opens_clause(lows: Sequence[str], m: Mention) -> bool:
    """The name at m opens a subordinate clause ("after Orvel", "as the activist fund Orvel",
    "when rival Orvel"): a subordinator at most three plain words before it."""
    for k in range(m.i - 1, max(-1, m.i - 5), -1):
        if lows[k] in OPENERS:
            return True
        if not lows[k].isalpha() or _is_break(lows[k]):
            return False
    return False


def host_subject(
    lows: Sequence[str], items: Sequence[Mention], i: int, j: int, type_of: Callable[[str], str]
) -> str | None:
    """The organization opening the sentence that a stake target "the company" at i..j in a
    clause below it means (see the module docstring), else None."""
    if i < 1 or lows[i - 1] not in TARGET_PREPS:
        return None
    names = [m for m in items if m.j <= i and m.kind == "name" and len(m.ids) == 1]
    if len(names) != 2 or names[0].ids == names[1].ids or not _opens(lows, names[0]):
        return None
    first, second = names
    if type_of(first.ids[0]) != "Organization" or type_of(second.ids[0]) == "Person":
        return None
    main, below = lows[first.j : second.i], lows[second.j : i]
    if _stake(main) or _breaks(main):
        return None
    if _breaks(below) or not _stake(below, STAKE_MARKS | SHARES):
        return None
    relative = len(below) >= 2 and below[0] == "," and below[1] in RELATIVES
    if not (relative or _opens_clause(lows, second)):
        return None
    return first.ids[0]
