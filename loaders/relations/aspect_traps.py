"""A verb of beginning before a gerund: "Tarsa Rail will begin operating the Brenna depot",
"Kelda Rail started running the Brenna line in 2019". The subject begins to run something
that already exists: no FOUNDED of the gerund's object ("start" is a founding verb when its
object follows it: "Ada Vorn started Kelda Rail in 2009").

Words: `aspect_verbs` in loaders/data/traps.yaml (`trap_words`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.model import Sentence
from loaders.relations.trap_words import trap_words
from loaders.relations.words import ARTICLES, M

OBJECT_REACH: Final[int] = 4  # words from the gerund to its object's name


def cues(lex: Lexicon) -> Collection[str]:
    return trap_words(lex).aspect_verbs


def begun_gerund(s: Sentence) -> None:
    """Drop FOUNDED of the named object of a gerund after a verb of beginning."""
    if not any(f.type == "FOUNDED" for f in s.found):
        return
    lows = s.lows
    aspect = trap_words(s.lex).aspect_verbs
    for k in range(len(lows) - 2):
        if lows[k] not in aspect or not _gerund(s, k + 1):
            continue
        for t in range(k + 2, min(len(lows), k + 2 + OBJECT_REACH)):
            if lows[t] == M and not s.is_det(t):
                s.drop(None, "FOUNDED", s.ment(t))
                break
            if not lows[t].isalpha():
                break


def _gerund(s: Sentence, g: int) -> bool:
    """The word at g is a gerund with an object: "operating the", "running its", "running
    Brenna" (not "holding company Vesta", a noun)."""
    lows = s.lows
    w = lows[g]
    if not (w.endswith("ing") and w.isalpha() and len(w) > 4) or g + 1 >= len(lows):
        return False
    nxt = lows[g + 1]
    return nxt in ARTICLES or (nxt == M)
