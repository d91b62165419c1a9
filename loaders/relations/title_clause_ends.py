"""Where a bare title's clause ends though no punctuation follows it (round 29):

- a tenure phrase: "Ada Roe has been chair from the outset; ...";
- "and" opening a clause of another named person: "Roe is chief executive and Ivo Lunt runs
  the kilns" (not "chief executive and chair", nor "and Lunt's deputy").

`role.holder_before_reported` then reads the title as the article's firm's
(`SentenceContext.org`), as it does for "Ada Roe is chief executive."
Words live in `loaders/data/leader_record.yaml` (`tenure_phrases`).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data
from loaders.relations.model import Sentence
from loaders.relations.words import M

TENURE_PHRASES: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(p) for p in read_data("leader_record.yaml")["tenure_phrases"]
)
# words after the person a new clause may not have: a possessive, a list or an apposition
NOT_CLAUSE: Final[frozenset[str]] = frozenset({"'s", "\u2019s", ",", "and", "or", "of"})


def title_clause_ends(s: Sentence, e: int) -> bool:
    """The clause of a bare title ending before e ends at e: a tenure phrase, or "and" with a
    person's name that opens a clause of its own."""
    lows = s.lows
    n = len(lows)
    if e >= n:
        return False
    if lows[e] == "and":
        if e + 2 >= n or lows[e + 1] != M or s.etypes(e + 1) != {"Person"}:
            return False
        return lows[e + 2] != M and lows[e + 2] not in NOT_CLAUSE
    return any(tuple(lows[e : e + len(p)]) == p for p in TENURE_PHRASES)
