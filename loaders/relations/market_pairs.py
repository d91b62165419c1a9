"""A named pair that holds a market between them competes: "Skyra Airlines and Brisk Air
dominate the market for flights to the islands", "Tagus and Grainfield together control 60% of
the frozen fish industry", "A and B, which between them control the trade".

Not a pair that holds something else ("A and B control the venture", "A and B share the
cost"), nor one that stops ("no longer dominate"): the negation and hedge cues block it. The
words are data: `dominate_verbs` and `domain_words` in loaders/data/rivalry.yaml.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.rival_words import rival_words
from loaders.relations.words import PUNCT_STOP, M

RULE = "rivalry/market-pair"
# words between the pair and its verb: "A and B together control", "which between them control"
LINKS: Final = frozenset({"together", "jointly", "between", "them", "which", "who", "now", "still"})
LINKS_ALSO = frozenset({"largely", "effectively", "already", "also", ","})
# how far the market noun may stand after the verb: "control 60 per cent of the UK market"
REACH = 8


def market_pair(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.dominate_verbs:
            continue
        c = k - 1
        while c >= 0 and k - c <= 4 and (lows[c] in LINKS or lows[c] in LINKS_ALSO):
            c -= 1
        if c < 2 or lows[c] != M or s.is_det(c):
            continue
        pair = [x for x in coord(s, c, -1) if s.etypes(x) == {"Organization"}]
        if len(pair) < 2 or not _market_after(s, k + 1, rw.domain_words):
            continue
        if s.blocked(pair[0], min(n, k + REACH)):
            continue
        for a, x in enumerate(pair):
            for y in pair[a + 1 :]:
                s.emit(s.ment(x), ("COMPETES_WITH",), s.ment(y), RULE, 0.65)


def _market_after(s: Sentence, p: int, domains: frozenset[str]) -> bool:
    """A market noun in the verb's object: "the market", "60% of the Welsh grocery market"
    (a place may stand in it, no other name)."""
    lows = s.lows
    for q in range(p, min(len(lows), p + REACH)):
        if lows[q] in domains:
            return True
        if lows[q] == M and s.etypes(q) != {"Location"}:
            return False
        if lows[q] in PUNCT_STOP or lows[q] in ("with", "for", "to", "by"):
            return False
    return False
