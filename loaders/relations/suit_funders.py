"""A litigation funder pays for a lawsuit: it FUNDS the claimant (blind18 README).

- passive: "The lawsuit was bankrolled by Quorra Claims", "The case against Ostara, brought by
  Brightwell, is financed by the litigation funder Quorra".
- active: "Quorra Claims is bankrolling the lawsuit".

The claimant is the agent of "brought/filed by" in the sentence, else the latest accuser of
the article (`SentenceContext.disputes`), the one who accused the "against X" party when the
sentence names it. A possessed suit ("its claim", "Brightwell's lawsuit") is read by the
verbal rules. Words: `funded_suits` and `suit_*` in `loaders/data/loans.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, phrase_index, read_data
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import agent_after, subjects
from loaders.relations.words import BE_FORMS, DEFINITE_DETS, PUNCT_STOP, M

_WORDS: Final = read_data("loans.yaml")
SUIT_NOUNS: Final[PhraseIndex] = phrase_index(_WORDS["funded_suits"])
FUNDED: Final[PhraseIndex] = phrase_index(_WORDS["suit_funded"])
FUNDING: Final[PhraseIndex] = phrase_index(_WORDS["suit_funding"])
BRINGING: Final[frozenset[str]] = frozenset(_WORDS["suit_bringing"])
SUIT_WORDS: Final[frozenset[str]] = frozenset(SUIT_NOUNS)
FUNDED_WORDS: Final[frozenset[str]] = frozenset(FUNDED) | frozenset(FUNDING)
PASSIVE_BE: Final[frozenset[str]] = BE_FORMS | {"being", "been"}  # "is being funded by"
RULE = "funding/suit-funder"
REACH = 12  # words from the suit noun to its funding participle


def cues(lex: Lexicon) -> frozenset[str]:
    return SUIT_WORDS


def suit_funders(s: Sentence) -> None:
    lows = s.lows
    for k, w in enumerate(lows):
        hit = SUIT_NOUNS.match(lows, k) if w in SUIT_NOUNS else None
        if hit is None or k == 0 or lows[k - 1] not in DEFINITE_DETS:
            continue
        end = k + hit[0]
        if end < len(lows) and lows[end] in ("of", "for"):
            continue  # "in the case of X", "the case for a new plant": no suit
        funder = _passive_funder(s, end)
        if funder < 0:
            funder = _active_funder(s, k - 1)
        if funder < 0:
            continue
        claimant = _claimant(s, end)
        if claimant is not None and not claimant.shares(s.ment(funder)):
            s.emit(s.ment(funder), ("FUNDS",), claimant, RULE, 0.6)
        return


def _passive_funder(s: Sentence, end: int) -> int:
    """The agent of "is funded by F" a few words after the suit noun, else -1."""
    lows = s.lows
    n = len(lows)
    for v in range(end, min(n, end + REACH)):
        w = lows[v]
        if w in PUNCT_STOP:
            return -1
        if w in FUNDED and v >= 1 and lows[v - 1] in PASSIVE_BE:
            hit = FUNDED.match(lows, v)
            by = v + hit[0] if hit else -1
            return agent_after(s, by + 1) if 0 < by < n and lows[by] == "by" else -1
    return -1


def _active_funder(s: Sentence, det: int) -> int:
    """The subject of "F is bankrolling the lawsuit" (the verb right before the article),
    else -1."""
    lows = s.lows
    for v in range(max(0, det - 2), det):
        hit = FUNDING.match(lows, v) if lows[v] in FUNDING else None
        if hit is not None and v + hit[0] == det:
            subj = subjects(s, v, True)
            return subj[0] if subj and not s.is_det(subj[0]) else -1
    return -1


def _claimant(s: Sentence, end: int) -> Mention | None:
    """Who brought the suit: "brought by C" in the sentence, else the article's latest
    accuser (of the "against X" party when named)."""
    lows = s.lows
    n = len(lows)
    against: set[str] = set()
    for v in range(end, min(n - 1, end + REACH)):
        if lows[v] == "against" and lows[v + 1] == M:
            against = set(s.ment(v + 1).ids)
        if lows[v] in BRINGING and lows[v + 1] == "by":
            c = agent_after(s, v + 2)
            return s.ment(c) if c >= 0 else None
    for src, tgt in reversed(s.context.disputes):
        if not against or tgt in against:
            return Mention((src,), -1, -1, "context", 0.7)
    return None
