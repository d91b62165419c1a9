"""Guards for ownership and funding acts: what makes "buy", "acquisition of", "owner" no OWNS
or FUNDS although no general negation or hedge stands in the way.

- `intended`: intent, expectation or an ended past between the actor and the act ("plans to
  acquire X", "is expected to buy X", "the favourite to buy X", "formerly owned by X",
  "X's former parent"), or a loan repaid ("repaid a $20m loan to X").
- `planned`: a founding still to come ("plan to form X", "would create X").
- `undone`: a deal noun whose clause says it did not happen ("X's takeover of Y collapsed",
  "X abandoned its takeover of Y").
- `object_of_earlier`: a deal noun coordinated after an earlier deal's object takes no subject
  from that object ("the purchase of Oberlin in March and a minority investment in Savile
  Works": Oberlin invests nothing).

The words are data: `deals` in `loaders/data/deals.yaml`, compiled once per lexicon (a
`--lexicon` file's `deals` entries extend them).

>>> from loaders.lexicon import Lexicon
>>> ("plans", "to") in deal_words(Lexicon.load()).intent.phrases()
True
>>> extra = Lexicon.load({"deals": {"intent": ["poised to"]}})
>>> ("poised", "to") in deal_words(extra).intent.phrases()
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, phrase_index, word_set
from loaders.relations.hedge_scope import plan_before
from loaders.relations.model import Sentence
from loaders.relations.words import CLAUSE_STOP, DATE_WORDS, DEAL_TYPES, PREPOSITIONS, RELATIVES, M


@dataclass(frozen=True)
class DealWords:
    """The guards' phrases (`deals.yaml` says what each reads)."""

    intent: PhraseIndex  # "plans to acquire", "formerly owned by"
    failed: PhraseIndex  # "X's takeover of Y collapsed"
    undoing: PhraseIndex  # "abandoned its takeover of Y"
    repaid: PhraseIndex  # "repaid a $20m loan to Y"
    called_off: frozenset[str]  # "..., but the deal collapsed"
    stopping: PhraseIndex  # "..., but regulators blocked the deal"
    founding_intent: PhraseIndex  # "plan to form X", "would create X": no founding yet


@per_lexicon
def deal_words(lex: Lexicon) -> DealWords:
    """The guards' phrases, compiled once per lexicon (`--lexicon` files extend them)."""
    spec = lex.data.get("deals") or {}
    founding = spec.get("founding_intent") or ()  # besides the lexicon's plans
    return DealWords(
        intent=phrase_index(spec.get("intent")),
        failed=phrase_index(spec.get("failed")),
        undoing=phrase_index(spec.get("undoing")),
        repaid=phrase_index(spec.get("repaid")),
        called_off=word_set(spec.get("called_off")),
        stopping=phrase_index(spec.get("stopping")),
        founding_intent=phrase_index([*lex.data.get("plans", ()), *founding]),
    )


def is_deal(types: Iterable[str]) -> bool:
    """Are any of these relation types an ownership or funding act?"""
    return not DEAL_TYPES.isdisjoint(types)


def _hit(index: PhraseIndex, lows: list[str], k: int) -> bool:
    return lows[k] in index and index.match(lows, k) is not None


def intended(s: Sentence, k: int) -> bool:
    """An intent, expectation or ended-past word just before the act at k, in its phrase
    ("plans to acquire", "is the favourite to buy", "formerly owned by", "its planned
    takeover of")."""
    lows = s.lows
    words = deal_words(s.lex)
    amount = 0  # words of an amount passed: "is seeking a 12 million euro loan" stays near
    for b in range(k - 1, max(-1, k - 7), -1):
        w = lows[b]
        if w == M or w == "," or w in CLAUSE_STOP:
            return False
        amount += w in s.lex.money_words or w[:1].isdigit()
        if (k - b - amount < 5 and _hit(words.intent, lows, b)) or _hit(words.repaid, lows, b):
            return True  # "plans to acquire", "repaid a $20m loan to"
    return False


def planned(s: Sentence, k: int) -> bool:
    """A founding still to come: a word of intent just before the founding verb at k, in its
    phrase ("plan to form X", "would create X", "are in talks to set up X")."""
    # "would jointly create"; not "would go on to found" (a past)
    return plan_before(s.lows, k, deal_words(s.lex).founding_intent, 4, PLANNED_ADVERBS)


PLANNED_ADVERBS: Final[frozenset[str]] = frozenset({"jointly", "together", "also", "first", "soon"})


def planned_between(s: Sentence, lo: int, hi: int) -> bool:
    """A word of founding intent between lo and hi ("A and B plan to form a venture called X",
    "are in talks to create a joint venture, X"): the venture is not formed yet."""
    words = deal_words(s.lex).founding_intent
    return any(s.lows[b] in words and _hit(words, s.lows, b) for b in range(lo, hi))


def undone(s: Sentence, first: int, last: int) -> bool:
    """The deal phrase spanning first..last did not happen: an undoing verb just before it
    ("abandoned its takeover of Y") or a failure after it in its clause ("... collapsed")."""
    lows = s.lows
    n = len(lows)
    words = deal_words(s.lex)
    for k in range(first - 1, max(-1, first - 4), -1):
        if lows[k] in CLAUSE_STOP or lows[k] == ",":
            break
        if _hit(words.undoing, lows, k):
            return True
    for k in range(last + 1, min(n, last + 8)):
        w = lows[k]
        if w == M or w in CLAUSE_STOP:
            return False
        if _hit(words.failed, lows, k):
            return True
        if w == "," and k + 1 < n and lows[k + 1] in RELATIVES:
            return False
    return False


# `failed` phrases that are mere negations ("did not", "was not"): they may deny something else
NOT_FAILURES: frozenset[str] = frozenset({"not", "didn't", "would"})
# determiners of the deal noun in a "but" clause ("but the deal", "but that takeover")
CALLED_OFF_DETS: Final[frozenset[str]] = frozenset({"the", "that", "this", "its", "their", "those"})


def called_off(s: Sentence, last: int) -> bool:
    """A "but" clause after the act's object says the deal did not happen: "A agreed to buy B
    in May, but the deal collapsed in August", "..., but talks broke down"."""
    lows = s.lows
    n = len(lows)
    words = deal_words(s.lex)
    p = next((x for x in range(last + 1, n) if lows[x] == "but" or lows[x] in (";", ".")), n)
    if p >= n or lows[p] != "but":
        return False
    if _stopped(s, p + 1):
        return True
    q = p + 1
    while q < n and q - p <= 3 and (lows[q] in CALLED_OFF_DETS or lows[q] in words.called_off):
        q += 1
    if q == p + 1 or lows[q - 1] not in words.called_off:
        return False
    q += q < n and lows[q] in ("later", "then", "eventually", "ultimately", "quickly")
    hit = words.failed.match(lows, q) if q < n and lows[q] in words.failed else None
    return hit is not None and NOT_FAILURES.isdisjoint(lows[q : q + hit[0]])


STOPPER_REACH: int = 4  # words of the "but" clause's subject before its stopping verb


def _stopped(s: Sentence, start: int) -> bool:
    """A "but" clause from `start` whose subject stops the deal: a stopping verb within a few
    words, then the deal noun ("but regulators blocked the deal", "but shareholders of B voted
    down the takeover")."""
    lows = s.lows
    n = len(lows)
    words = deal_words(s.lex)
    for k in range(start, min(n, start + STOPPER_REACH + 1)):
        if lows[k] in CLAUSE_STOP or lows[k] == ",":
            return False
        hit = words.stopping.match(lows, k) if lows[k] in words.stopping else None
        if hit is None:
            continue
        q = k + hit[0]
        while q < n and lows[q] in CALLED_OFF_DETS:
            q += 1
        return q < n and lows[q] in words.called_off
    return False


# words before a deal's actor that make the deal an accusation, no fact: "accused X of secretly
# funding Y", "alleges that X owns Y"
ACCUSING: frozenset[str] = frozenset(
    {"accused", "accuses", "accusing", "alleges", "alleged", "alleging", "allege"}
)


def accused(s: Sentence, c: int) -> bool:
    """The actor at c is the one accused, in its clause: "Kell accused Orra of secretly
    funding Pell", "The suit alleges that Orra owns Pell" (no FUNDS or OWNS of Orra)."""
    lows = s.lows
    for k in range(c - 1, max(-1, c - 8), -1):
        if lows[k] in CLAUSE_STOP:
            return False
        if lows[k] in ACCUSING:
            return True
    return False


NOT_ADJUNCT = frozenset({"which", "who", "that", "whose", "where", "while", "after", "before"})


def _adjunct(s: Sentence, lo: int, hi: int) -> bool:
    """lo..hi-1 is empty or an adjunct: "in 2022", "for $1bn", "last year", "on Monday,"."""
    lows = s.lows
    if lo >= hi:
        return True
    first = lows[lo]
    if not (first in PREPOSITIONS or first in DATE_WORDS or first[:1] in "$£€0123456789"):
        return False
    for x in range(lo, hi):
        w = lows[x]
        if w == M or w in CLAUSE_STOP or w in NOT_ADJUNCT or (w == "," and x != hi - 1):
            return False
    return True


def object_of_earlier(s: Sentence, c: int, k: int) -> bool:
    """The name at c is the object of an earlier trigger that the deal noun at k is
    coordinated with ("the purchase of Oberlin in March and a minority investment in X")."""
    lows = s.lows
    a = next((x for x in range(c + 1, k) if lows[x] == "and"), -1)
    if a < 0 or not _adjunct(s, c + 1, a):
        return False
    if any(lows[x] == M or not lows[x].replace("-", "").isalpha() for x in range(a + 1, k)):
        return False
    p = c - 1
    while p >= 0 and c - p <= 6 and p not in s.starts:
        if lows[p] == M or lows[p] in CLAUSE_STOP or lows[p] == ",":
            return False
        p -= 1
    return p >= 0 and p in s.starts


SENTENCE_SUBJECT_REACH: Final[int] = 5  # words of a calling-off sentence's subject before its verb


def calls_off_sentence(lows: list[str], lex: Lexicon, present: frozenset[str]) -> bool:
    """A sentence that says the deal just read did not happen: "The deal collapsed in June.",
    "The takeover was blocked by regulators.", "Shareholders rejected the deal." (`withdraw`
    takes back the ownership and funding of the sentence before); `present` is the set of
    `lows` (`Analysis.words`)."""
    words = deal_words(lex)
    if words.called_off.isdisjoint(present):
        return False  # both readings end on a calling-off word: most sentences have none
    n = len(lows)
    q = 0
    while q < n and q <= 2 and lows[q] in CALLED_OFF_DETS:
        q += 1
    if q < n and lows[q] in words.called_off:
        q += 1
        q += q < n and lows[q] in ("later", "then", "eventually", "ultimately", "quickly")
        hit = words.failed.match(lows, q) if q < n and lows[q] in words.failed else None
        if hit is not None and NOT_FAILURES.isdisjoint(lows[q : q + hit[0]]):
            return True
    for k in range(1, min(n, SENTENCE_SUBJECT_REACH + 1)):
        if lows[k] in CLAUSE_STOP or lows[k] == ",":
            return False
        hit = words.stopping.match(lows, k) if lows[k] in words.stopping else None
        if hit is not None:
            p = k + hit[0]
            while p < n and lows[p] in CALLED_OFF_DETS:
                p += 1
            return p < n and lows[p] in words.called_off
    return False


WALK_ENDS: Final[frozenset[str]] = frozenset({".", ",", ";", "and", "but", "from", "of"})


@per_lexicon
def _walk_phrases(lex: Lexicon) -> PhraseIndex:
    return phrase_index((lex.data.get("deals") or {}).get("walked_away"))


def walked_away_at(lows: list[str], lex: Lexicon) -> int:
    """Where a phrase of walking away from a deal starts ("and walked away.", "pulled out of
    the deal"), else -1 ("pulled out of Peru" is another thing: "of" only before a deal word)."""
    walks = _walk_phrases(lex)
    if walks.absent_from(lows):
        return -1  # (most sentences: no look-up per word)
    n = len(lows)
    for k, w in enumerate(lows):
        hit = walks.match(lows, k) if w in walks else None
        if hit is None:
            continue
        e = k + hit[0]
        if e >= n or lows[e] in WALK_ENDS - {"from", "of"}:
            return k
        if lows[e] in ("from", "of") and not deal_words(lex).called_off.isdisjoint(
            lows[e + 1 : e + 4]
        ):
            return k
    return -1
