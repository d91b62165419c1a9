"""Shares of a cost with no receiver named: "Orvane and Teskar will build the Kelda Dryer.
Each side will provide €30m of equity", "The pair are each paying for half of the bill",
"Telmar will pay for the remainder from its own cash": the subject (often a group word the
article resolved to its named members) funds what the article is funding or building
(`SentenceContext.funded`: a thing costed, funded or co-built in the last sentences).

The verb must give money or a share ("€30m", "equity", "half of the cost", "the remainder"),
and nothing named may follow it as a receiver ("invest $5m in B": the verb rules read it;
"from its own cash" is no receiver). Words: `shared_costs` in `loaders/data/triggers.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, verb_index, word_set
from loaders.relations.funding import cost_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import coord, subjects
from loaders.relations.relative_projects import described_antecedent
from loaders.relations.words import (
    ARTICLES,
    CLAUSE_STOP,
    INNER_CLAUSE,
    POSSESSIVES,
    PUNCT_STOP,
    REPORTING,
    M,
)

_REACH = 8  # words from the verb to its money or share
_SOURCES = frozenset({"from", "out", "through", "using", "with"})  # "from its own cash"
_CLAUSE_ENDS = frozenset({",", "and", "while", "but", "whereas", "with"})
_RECEIVER_PREPS = frozenset({"to", "into", "towards", "toward", "in", "for", "on"})
_SKIP = frozenset({"each", "in", "up", "for"})  # "will each provide", "put in"


@dataclass(frozen=True)
class ShareWords:
    verbs: PhraseIndex
    shares: frozenset[str]
    cues: frozenset[str]


@per_lexicon
def share_words(lex: Lexicon) -> ShareWords:
    """The family's words, compiled once per lexicon."""
    spec = lex.data.get("shared_costs") or {}
    verbs = verb_index(spec.get("verbs"), lex.irregular)
    return ShareWords(verbs, word_set(spec.get("shares")), frozenset(verbs))


def cues(lex: Lexicon) -> frozenset[str]:
    return share_words(lex).cues


def shared_cost(s: Sentence) -> None:
    """ "Each side will provide €30m": the subject funds the thing in context."""
    funded = s.context.funded
    if not funded:
        return
    sw = share_words(s.lex)
    lows = s.lows
    for v in range(1, len(lows) - 1):
        hit = sw.verbs.match(lows, v) if lows[v] in sw.verbs else None
        if hit is None or not _gives_share(s, v + hit[0], sw.shares):
            continue
        subj = subjects(s, v, True)
        if subj and not _bare_subject(s, subj[0], v):
            subj = []  # "A said consumers would bear the cost"
        subj = subj or _lender(s, v)
        if not subj or subj[0] >= v or s.blocked(subj[0] + 1, v + 1):
            continue
        funders = s.merged(coord(s, subj[0], -1))
        if funded in funders.ids:
            continue
        target = Mention((funded,), -1, -1, "context", 0.8)
        described = described_antecedent(s, subj[0])  # "X, a depot which A will finance"
        if described >= 0:
            target = s.ment(described)
        s.emit(funders, ("FUNDS",), target, "funding/shared-cost", 0.7)


def _gives_share(s: Sentence, e: int, shares: frozenset[str]) -> bool:
    """Money or a share after the verb ending at e, and no one named as its receiver."""
    lows = s.lows
    n = len(lows)
    share = False
    for q in range(e, min(n, e + _REACH)):
        w = lows[q]
        if w in PUNCT_STOP or w in CLAUSE_STOP or w in _CLAUSE_ENDS:
            break  # "add equity, and B provides the rest": B is no receiver
        if w in _SOURCES:
            break  # "from its own cash", "out of its budget": the source, not the receiver
        if w == M:
            return False  # "invest $5m in B", "provide B with": a named receiver
        if w in _RECEIVER_PREPS and q > e and q + 1 < n and _opens_object(lows[q + 1]):
            return False  # "contributing €5m to a school fund": another receiver
        if w == "of" and q > e and _other_thing(s, q + 1, shares):
            return False  # "share the cost of the study": another thing's cost
        if is_money(s.lex, w) or w in shares:
            share = True
        elif w in _SKIP and q == e:
            continue
    return share


_AUX = frozenset({"will", "would", "also", "is", "are", "now", "then", "should"})


def _bare_subject(s: Sentence, m: int, v: int) -> bool:
    """The name at m found as the verb's subject is no speaker of another clause ("A said
    consumers would bear the cost") nor a place of work ("Staff at A will shoulder half")."""
    lows = s.lows
    if m >= 1 and lows[m - 1] == "at":
        return False
    opened = [q for q in range(m + 1, v) if lows[q] in INNER_CLAUSE]
    if opened and "," not in lows[opened[-1] : v]:
        return False  # "A said ... in a market where tariffs hardly covered costs"
    return not (m + 2 < v and lows[m + 1] in REPORTING and lows[m + 2] != M)


def _other_thing(s: Sentence, q: int, shares: frozenset[str]) -> bool:
    """After "of" at q - 1, a thing that is neither money, a share nor a project's head ("the
    cost of the study", not "half of the €400m bill" or "the cost of the terminal")."""
    lows = s.lows
    while q < len(lows) and (lows[q] in ARTICLES or lows[q] in POSSESSIVES):
        q += 1
    if q >= len(lows) or not lows[q].isalpha() or lows[q] in shares:
        return False
    return s.lex.heads.lookup((lows[q],)) != "Project" and not is_money(s.lex, lows[q])


def _lender(s: Sentence, v: int) -> list[int]:
    """ "A bank loan from L covers the remainder": the lenders of the loan the verb at v has as
    its subject (the last of them first), else []."""
    lows = s.lows
    q = v - 1
    while q > 0 and lows[q] in _AUX:
        q -= 1
    if lows[q] != M:
        return []
    first = min(coord(s, q, -1))
    if (
        first >= 2
        and lows[first - 1] in ("from", "by")
        and lows[first - 2] in cost_words(s.lex).loans
    ):
        return [q]
    return []


def _opens_object(w: str) -> bool:
    """A word that opens a receiver after a preposition ("to a fund", "for it", "into its
    plant"), not an idiom or a date ("in line with", "in 2025")."""
    return w == M or w in ARTICLES or w in POSSESSIVES or w in ("it", "them")
