"""A holding restated by a demonstrative, its company in the sentence before: "In 2019 Corbel
bought a quarter of Halden Ales. Corbel still holds that stake.", "Vorn still has that
holding": the subject OWNS what the previous sentence's stake rules said was held
(`SentenceContext.held_before`). Only a verb of holding with "that"/"this" and a stake noun
ending its clause; a negated, hedged or intended holding ("plans to sell that stake", "no
longer holds that stake") is none.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.words import M

DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"that", "this"})
# past forms of `holdings.keep_verbs` that say the holding may be over: "once had that stake"
PAST_HOLDS: Final[frozenset[str]] = frozenset({"had", "owned", "held", "controlled"})
# words between the holder and its verb: "still holds", "has kept"
KEEP_ADVERBS: Final[frozenset[str]] = frozenset({"still", "also", "has", "have", "now"})
# what may follow the stake noun: the end of the clause
CLAUSE_ENDS: Final[frozenset[str]] = frozenset({".", ",", ";", "and", "but", "today"})


def cues(_lex: Lexicon) -> frozenset[str]:
    return DEMONSTRATIVES


def kept_stake(s: Sentence) -> None:
    """Emit OWNS from the holder of "that stake" to each company held in the sentence
    before."""
    held = s.context.held_before
    if not held:
        return
    lows = s.lows
    n = len(lows)
    for k in range(2, n):
        if lows[k] not in s.lex.stake_held or lows[k - 1] not in DEMONSTRATIVES:
            continue
        if k + 1 < n and lows[k + 1] not in CLAUSE_ENDS:
            continue  # "holds that stake in B": the company is named (other rules)
        v = _keep_verb(s, k - 1)
        if v < 0:
            continue
        subj = subjects(s, v, True)
        holder = subj[0] if subj else -1
        if holder < 0 or lows[holder] != M or s.blocked(holder + 1, k + 1):
            continue
        if any(lows[x] not in KEEP_ADVERBS for x in range(holder + 1, v)):
            continue  # "Corbel, which sold shares, holds that stake": a clause between
        owners = s.ment(holder)
        for target in dict.fromkeys(held):
            if target not in owners.ids:
                tgt = Mention((target,), -1, -1, "context", 0.8)
                s.emit(owners, ("OWNS",), tgt, "stake/kept-that-stake", 0.7)


def _keep_verb(s: Sentence, d: int) -> int:
    """Where a verb of keeping (`holdings.keep_verbs`: "holds", "retains", "hangs on to")
    ending right before the demonstrative at d starts, else -1 (also for a past "had")."""
    keep = holding_words(s.lex).keep_verbs
    for v in range(d - 1, max(-1, d - 4), -1):
        hit = keep.match(s.lows, v)
        if hit and v + hit[0] == d:
            return -1 if s.lows[v] in PAST_HOLDS else v
    return -1
