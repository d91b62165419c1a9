"""A named pair that holds a market between them competes: "Skyra Airlines and Brisk Air
dominate the market for flights to the islands", "Tagus and Grainfield together control 60% of
the frozen fish industry", "A and B, which between them control the trade".

`dominated_by` reads the passive with the market as its subject: "The UK grocery market is
dominated by A, B and C" (each pair of holders competes); not "the business (the board, the
venture) is controlled by A and B", whose holders are owners.

Not a pair that holds something else ("A and B control the venture", "A and B share the
cost"), nor one that stops ("no longer dominate"): the negation and hedge cues block it. The
words are data: `dominate_verbs` and `domain_words` in loaders/data/rivalry.yaml.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.rival_words import rival_words
from loaders.relations.words import PASSIVE_AUX, PUNCT_STOP, M

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


# not "shared", "split": "The cost of the new market hall is shared by A and B" is a cost
PASSIVE_FORMS: Final[frozenset[str]] = frozenset({"dominated", "controlled"})
# words between the market noun and the passive: "the market for ferry crossings is now"
MARKET_REACH = 7


def dominated_by(s: Sentence) -> None:
    """ "The UK grocery market is dominated by A, B and C", "The sector is largely controlled
    by A and B": the named holders of a market compete with each other."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in PASSIVE_FORMS or k + 2 >= len(lows) or lows[k + 1] != "by":
            continue
        if not _passive(lows, k) or not _market_before(s, k):
            continue
        if lows[k + 2] != M or s.is_det(k + 2):
            continue
        pair = [x for x in coord(s, k + 2, +1) if s.etypes(x) == {"Organization"}]
        if len(pair) < 2 or s.blocked(0, pair[-1]):
            continue
        for a, x in enumerate(pair):
            for y in pair[a + 1 :]:
                s.emit(s.ment(x), ("COMPETES_WITH",), s.ment(y), RULE_PASSIVE, 0.65)


RULE_PASSIVE = "rivalry/market-dominated-by"


def _passive(lows: list[str], k: int) -> bool:
    """An auxiliary of "be" before the participle at k, across an adverb ("is now largely")."""
    q = k - 1
    while q >= 0 and k - q <= 3 and (lows[q] in LINKS or lows[q] in LINKS_ALSO - {","}):
        q -= 1
    return q >= 0 and lows[q] in PASSIVE_AUX


def _market_before(s: Sentence, k: int) -> bool:
    """A market noun is the passive's subject: "the market (for ferries) is dominated", with no
    name but a place between them and no clause break."""
    lows = s.lows
    domains = rival_words(s.lex).domain_words - {"business"}  # "the business is controlled by
    for q in range(k - 1, max(-1, k - MARKET_REACH - 1), -1):
        if lows[q] in domains:
            owned = q > 0 and lows[q - 1] in ("'s", "its", "their")
            return not owned and _heads_subject(s, q, k)
        if lows[q] == M and s.etypes(q) != {"Location"}:
            return False
        relative = q + 1 < k and lows[q + 1] == "which"  # "the market, which was dominated"
        if lows[q] in PUNCT_STOP or (lows[q] == "," and not relative) or lows[q] == "that":
            return False
    return False


def _heads_subject(s: Sentence, q: int, k: int) -> bool:
    """The market noun at q heads the subject of the passive at k: it stands right before the
    auxiliary ("the grocery market is now dominated") or before "for ...", "in ...", a place
    or a relative ("the market for ferries is", "the wine market, which was"); not a modifier
    ("the cost of the new market hall is shared by")."""
    lows = s.lows
    nxt = lows[q + 1]
    if nxt in MARKET_POSTMODIFIERS or (nxt == M and s.etypes(q + 1) == {"Location"}):
        return True
    return _passive(lows, k) and all(
        w in PASSIVE_AUX or w in LINKS or w in LINKS_ALSO for w in lows[q + 1 : k]
    )


# what may follow a market noun heading a subject: "the market for ferries", "the market in
# Wales", "the market, which"
MARKET_POSTMODIFIERS: Final = frozenset({"for", "in", ","})


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
