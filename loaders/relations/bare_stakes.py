"""A majority bought with no company named is of the company the article's stakes are about
(`SentenceContext.stake_topic`): "Kestrane Capital took a 72 per cent stake last spring",
"Birchgate, a buyout firm, acquired 58 per cent in 2013", "Orla bought a controlling stake."
The buyer OWNS it.

Only a named subject, a share that ends its phrase (or runs into a time: "in 2013", "last
spring") and a buy verb; a stake sold, planned or held in the past is no holding. Tried and
left out, as each cost precision on the scored sets: a minority bought this way (FUNDS by the
stake convention) and a stake kept ("will retain its 12% holding", "keeps its stake").
"""

from __future__ import annotations

from loaders.relations.bare_buys import ends_here
from loaders.relations.deal_guards import intended
from loaders.relations.hedge_scope import ended_hold
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.stake import MAJORITY, _stake_opening, _stake_verb, has_cue, percent_at
from loaders.relations.words import M


def _majority_end(s: Sentence, k: int) -> int:
    """The index after a majority share at k ("58 per cent", "a 72% stake", "a controlling
    stake"), else -1."""
    lows, lex = s.lows, s.lex
    pct = percent_at(lows, k)
    if pct is None and lows[k] not in lex.stake_majority:
        return -1
    e = pct[1] if pct else k + 1
    while e < len(lows) and lows[e] in lex.stake_nouns:
        e += 1
    if pct is None and e == k + 1:
        return -1  # "majority" alone: "a majority of its staff"
    return e if pct is None or pct[0] >= MAJORITY else -1


def bare_stakes(s: Sentence) -> None:
    """The named subject of a verb buying a majority with no company OWNS the stake topic."""
    topic = s.context.stake_topic
    if topic is None or not has_cue(s):
        return
    lows = s.lows
    for k in range(1, len(lows)):
        e = _majority_end(s, k)
        if e < 0 or not ends_here(lows, e):
            continue
        v, _ = _stake_opening(s, k)
        verb = _stake_verb(s, v)
        if verb is None or verb[1] != "buy" or any(x in s.claimed for x in range(verb[0], e)):
            continue
        _emit(s, verb[0], e, topic)


def _emit(s: Sentence, start: int, e: int, topic: str) -> None:
    """The subject of the buying verb at start OWNS the topic."""
    cands = subjects(s, start, True)
    if not cands or cands[0] > start or s.lows[cands[0]] != M or s.is_det(cands[0]):
        return
    if s.blocked(cands[0] + 1, start) or intended(s, start) or ended_hold(s.lows, start, e):
        return
    owners = s.ment(cands[0])
    if topic in owners.ids:
        return
    s.claimed.update(range(start, e))
    s.emit(owners, ("OWNS",), Mention((topic,), -1, -1, "context", 0.8), "stake/bare", 0.65)
