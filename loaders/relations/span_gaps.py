"""The gap after a partnership noun says only when or on what the partners worked.

"has been working in partnership since 2016 with X", "worked in collaboration on the ferry with X":
the words between the noun and "with" are a span or a topic. A second verb ("worked in
partnership in 2018 and clashed in 2020 with X", "must work in partnership or compete with X"),
a modal, or a noun or participle that takes its own "with" ("on its dispute with X", "on a deal
signed with X") ends the partnership before "with", so `nav.match_gap` does not read past it.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import AND_OR, MODALS

# the nouns of "work in partnership/collaboration ... with" (loaders/data/triggers.yaml)
SPAN_GAP_NOUNS: Final[frozenset[str]] = frozenset({"partnership", "collaboration"})
CLAUSE_BREAKS: Final[frozenset[str]] = AND_OR | frozenset({"but"}) | MODALS


def span_gap(s: Sentence, first: int, end: int) -> bool:
    """The words lows[first:end] before a partnership's "with" are a span or a topic only."""
    lows = s.lows
    if any(lows[q] in CLAUSE_BREAKS for q in range(first, end)):
        return False
    last = lows[end - 1] if end > first else ""
    if last.endswith("ed") and last.isalpha():
        return False
    return not any(p in ((last,), (last, "with")) for p, _ in s.lex.triggers.bucket(last))
