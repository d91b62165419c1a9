"""A holder said to have bought its share, in a relative after the holder's name: OWNS and FUNDS.

- ", which bought in during 2019": the relative right after the holder (`holdings`).
- ", the Lyon glassware group that bought into the firm in 2017", ", a Dutch fund, which
  acquired the stake in 2019": the relative after an appositive that describes the holder (a
  place name may stand in it; no other name, and no second comma but the one before "which").
- "X is 35% owned by A, a Leeds fund that bought into X back in 2016": the agent of a
  minority percentage passive that bought in (`minority_bought_in`; FUNDS beside OWNS; a
  majority bought is OWNS alone).

Words: `holdings.bought_in` and `bought_in_bare` in `loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.holding_words import HoldingWords
from loaders.relations.minority_passive import share_before
from loaders.relations.model import Mention, Sentence
from loaders.relations.stake import MAJORITY, percent_at
from loaders.relations.words import AUXILIARIES, DATE_WORDS, INDEFINITE_ARTICLES, RELATIVES, M
from loaders.unnamed_refs import organization_word

# words between the share and a holding participle: "40% owned", "40 per cent jointly owned"
SHARE_REACH: Final = 5

# adverbs between a buying verb and its object or date: "invested heavily in", "back in 2016"
OBJECT_ADVERBS: Final = frozenset({"heavily", "back", "first", "early", "later", "directly"})
# the words of a date that name no time themselves: "in 2016", "during 2019"
DATE_PREPOSITIONS: Final = frozenset({"in", "during", "at", "on", "this"})
HOLDER_ADVERBS: Final = frozenset(
    {"still", "now", "also", "each", "together", "jointly", "currently"}
)
# the relatives that open the holder's clause: ", which bought", "the group that bought"
APPOSED_REACH: Final = 9  # words of the appositive before its relative


def bought_after_holder(s: Sentence, end: int, hw: HoldingWords) -> bool:
    """ ", which bought in during 2018", ", the Oslo fund that bought into the firm" after a
    holder ending at `end`."""
    return _bought_end(s, end, hw) >= 0


def _bought_end(s: Sentence, end: int, hw: HoldingWords) -> int:
    """Where the buying phrase of `bought_after_holder` ends, else -1."""
    lows = s.lows
    if end + 2 >= len(lows) or lows[end] != ",":
        return -1
    if lows[end + 1] in ("which", "who"):
        return _bought_at(s, end + 2, hw)
    rel = _apposed_relative(s, end + 1)
    return _bought_at(s, rel + 1, hw) if rel >= 0 else -1


def _apposed_relative(s: Sentence, a: int) -> int:
    """The relative word closing an appositive that opens at a ("the Paris spirits group that",
    "a Dutch fund, which"); else -1."""
    lows = s.lows
    if lows[a] not in INDEFINITE_ARTICLES and lows[a] != "the":
        return -1
    for q in range(a + 1, min(len(lows) - 1, a + APPOSED_REACH)):
        w = lows[q]
        if w in RELATIVES and q > a + 1:
            return q if lows[q - 1] != "," or w != "that" else -1
        if w == "," and lows[q + 1] in ("which", "who"):
            continue
        if w == M and "Location" in s.etypes(q):
            continue
        if w == M or not (w.isalpha() or "-" in w or w == "'s"):
            return -1
    return -1


def _bought_at(s: Sentence, q: int, hw: HoldingWords) -> int:
    """Where a buying phrase at q ends, auxiliaries and adverbs skipped ("has since bought
    into"), else -1."""
    lows = s.lows
    while q < len(lows) and (lows[q] in AUXILIARIES or lows[q] in HOLDER_ADVERBS):
        q += 1
    hit = hw.bought_in.match(lows, q)
    return q + hit[0] if hit is not None else -1


def minority_bought_in(s: Sentence, k: int, end: int, owned: Mention, hw: HoldingWords) -> bool:
    """ "X is 35% owned by A, a Leeds fund that bought into X back in 2016": a share
    below half states the passive at k, and a relative after the agent ending at `end` says
    the agent bought in: into X by name, "it", "the recycler", a stake, or with no object
    ("which bought in during 2019"); not "bought into retail", "its debt", "the rival chain"."""
    lows = s.lows
    pct = share_before(lows, k, SHARE_REACH)
    share = pct[0] if pct is not None else -1.0
    q = _bought_end(s, end, hw) if 0 < share < MAJORITY else -1
    if q < 0:
        return False
    last = lows[q - 1]  # "bought", "bought into", "invested"
    while q < len(lows) and lows[q] in HOLDER_ADVERBS | OBJECT_ADVERBS:
        q += 1
    intransitive = last in hw.bought_in_bare and last != "into"  # "bought in", "invested"
    if intransitive and _dated(lows, q):
        return True  # "bought in during 2019", "invested in 2019"
    if last == "invested" and q < len(lows) and lows[q] in hw.bought_in_bare:
        q += 1  # "invested in X": the object after "in"
    elif intransitive:
        return False
    return _bought_owned(s, q, owned)


def _dated(lows: list[str], q: int) -> bool:
    """Nothing but a date or the clause's end at q: "in 2016", "during May", "last year", "."
    (not "in wind farms")."""
    if q >= len(lows) or lows[q] in (",", ".", ";", "and"):
        return True
    p = q
    while p < len(lows) and lows[p] in DATE_WORDS:
        p += 1
    named = any(w not in DATE_PREPOSITIONS for w in lows[q:p])  # "last year", "in May"
    return named or (p < len(lows) and lows[p][:1].isdigit())


def _bought_owned(s: Sentence, q: int, owned: Mention) -> bool:
    """The object at q is the owned thing: its name, "it", "the chain" read as it, an unnamed
    "the recycler", or a stake ("the holding", "a 30% stake in X")."""
    lows = s.lows
    if q >= len(lows):
        return False
    if lows[q] == M:
        m = s.ment(q)
        plain = m.kind == "name" or m.word == "it" or (m.kind == "np" and m.j - m.i <= 2)
        return plain and not set(m.ids).isdisjoint(owned.ids)  # not "its debt", "Sorn Foods"
    if lows[q] not in ("the", "a", "an"):
        return False  # "into retail", "into hotels"
    p = q + 1
    while p < len(lows) and (percent_at(lows, p) is not None or lows[p] in ("%", "per", "cent")):
        p += 1
    if p < len(lows) and lows[p] in s.lex.stake_nouns:
        tail = p + 2 < len(lows) and lows[p + 1] in ("in", "of") and lows[p + 2] == M
        return not tail or not set(s.ment(p + 2).ids).isdisjoint(owned.ids)
    if lows[q] != "the" or p + 1 >= len(lows) or not organization_word(s.lex, lows[p]):
        return False  # "the rival chain", "a seat on the board"
    return _dated(lows, p + 1) or lows[p + 1] in HOLDER_ADVERBS | OBJECT_ADVERBS
