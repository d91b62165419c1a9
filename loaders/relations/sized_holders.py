"""A holder noun sized by a percentage (round 21): "Baltik Equity, a 9% shareholder, backs the
plan", "Baltik Equity is a 9 per cent shareholder", "the 12% holder Orsk Invest", "X, a 5%
shareholder in Tarsa". The name OWNS the company the noun says it holds: the one named after
"in"/"of", else the company the article's stakes are about (`SentenceContext.stake_topic`).

The name stands in an appositive before the noun, as the subject of a copula ("is", "was",
"which is", "remains", "became"), or right after the noun. Holder nouns: `stakes.holder_nouns`
in loaders/data/triggers.yaml ("shareholder", "investor", "owner").
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import SKIP_DETS
from loaders.lexicon import Lexicon
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.stake import APPROX_WORDS, percent_at
from loaders.relations.words import HOLDER_LINKS, M

# the phrase after the noun ends: "a 9% shareholder," "a 9% shareholder since 2015"
NOUN_ENDS: Final[frozenset[str]] = frozenset({",", ".", ";", ")", "and", "since", "–", "—"})
SIZED_DETS: Final[frozenset[str]] = SKIP_DETS
HELD: Final[frozenset[str]] = frozenset({"OWNS", "FUNDS"})
STAKE_RULES: Final[tuple[str, ...]] = ("stake/", "holdings/")


def cues(lex: Lexicon) -> frozenset[str]:
    return lex.holder_nouns


def sized_holders(s: Sentence) -> None:
    """The name of a holder noun sized by a percentage OWNS its company."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 1):
        pct = percent_at(lows, k)
        if pct is None or pct[1] >= n or lows[pct[1]] not in s.lex.holder_nouns:
            continue
        h = pct[1]
        holder = _named_after(s, h) if lows[k - 1] in SIZED_DETS else -1
        holder = holder if holder >= 0 else _named_before(s, k)
        if holder < 0:
            continue
        owned = _topic(s) if holder == h + 1 else _owned(s, h + 1)
        if owned is None or s.blocked(min(holder, k) + 1, max(holder, h)):
            continue
        owners = s.ment(holder)
        if not owned.shares(owners):
            s.emit(owners, ("OWNS",), owned, "stake/sized-holder", 0.65)


def _named_after(s: Sentence, h: int) -> int:
    """ "the 12% holder Orsk Invest": the name right after the noun at h, else -1."""
    q = h + 1
    if q < len(s.lows) and s.lows[q] == M and not s.is_det(q):
        return q
    return -1


def _named_before(s: Sentence, k: int) -> int:
    """The name whose sized holder noun opens at the figure k: "X, a 9% shareholder" (an
    appositive) or "X is a 9% shareholder", "X, which is a 9% shareholder" (a copula)."""
    lows = s.lows
    b = k - 1
    while b >= 0 and lows[b] in APPROX_WORDS:
        b -= 1
    if b < 1 or lows[b] not in SIZED_DETS:
        return -1
    if lows[b - 1] == "," and b >= 2 and lows[b - 2] == M and not s.is_det(b - 2):
        return b - 2
    if lows[b - 1] not in HOLDER_LINKS:
        return -1
    cands = subjects(s, b - 1, True)
    if not cands or cands[0] >= b or lows[cands[0]] != M or s.is_det(cands[0]):
        return -1
    return cands[0]


def _owned(s: Sentence, a: int) -> Mention | None:
    """What the holder noun holds, from the word after it at a: a name after "in"/"of", or the
    stake topic when the phrase ends there; else None."""
    lows = s.lows
    n = len(lows)
    if a + 1 < n and lows[a] in ("in", "of") and lows[a + 1] == M and not s.is_det(a + 1):
        return s.ment(a + 1)
    return None if a < n and lows[a] not in NOUN_ENDS else _topic(s)


def _topic(s: Sentence) -> Mention | None:
    """The company the article's stakes are about, as a context mention; None when the
    sentence states a stake in another ("A owns 51% of P, with B (9%) holding the rest")."""
    topic = s.context.stake_topic
    if any(
        f.type in HELD and f.target != topic and f.rule.startswith(STAKE_RULES) for f in s.found
    ):
        return None
    return Mention((topic,), -1, -1, "context", 0.8) if topic else None
