"""Backing by ellipsis: "The chairman has stood behind her, and so has the main investor, Ostrom
Group" (Ostrom Group BACKS her too).

`so-too`: ", and so AUX X" after a clause whose verb backs an object ("backs", "supported",
"stood behind"): X backs the same object. The backer is the first name after the auxiliary,
past a short description ("the main investor,"); the object the first mention right after the
backing verb, not one in a relative aside ("Orsk Bank, which backs K, cut its forecast, and so
did X": no backing), nor "recommend" a firm rather than its bid ("recommended K shares"). Not
when the clause's backing is negated or hedged ("has not backed her, and so ..."); only when no
backing verb is found, a backing another rule read in the clause ("has stood by Ada Rusk").
Words: `back_verbs`, `behind` and `so_auxiliaries` in `loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.words import ARTICLES, PUNCT_STOP, RELATIVE_WH, M

RULE = "backing/so-too"
DESCRIPTION = 5  # words of a description before the backer ("the main investor,")
OBJECT_GAP = 2  # words between the backing verb and its object ("backed the plan's author")
# the backing verb that backs only a bid or plan ("recommended Kelda Rail's offer"), not a firm
# ("recommended Kelda Rail shares": advice)
BID_ONLY: Final = "recommend"
BACKER_TYPES: Final[frozenset[str]] = frozenset({"Organization", "Person"})
# what may follow the backer's name: the clause ends ("and so has X, its largest holder")
CLOSERS: Final[frozenset[str]] = frozenset({",", "too", "as", ")"})


def so_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"so"})


def elided_backer(s: Sentence, q: int) -> int:
    """The name the elliptical clause names at q or after a short description, else -1."""
    lows = s.lows
    for x in range(q, min(len(lows), q + DESCRIPTION + 1)):
        described = lows[x] == M and (s.is_det(x) or s.ment(x).kind != "name")
        if described and lows[x + 1 : x + 3] == [",", M]:
            x += 2  # "the main investor, Ostrom Group": the name in apposition
        if lows[x] == M:
            ok = not s.is_det(x) and not BACKER_TYPES.isdisjoint(s.etypes(x))
            # the clause ends with its name: not "and so is now Kelso's largest holder"
            closed = x + 1 >= len(lows) or lows[x + 1] in PUNCT_STOP or lows[x + 1] in CLOSERS
            return x if ok and closed else -1
        if lows[x] in PUNCT_STOP or not (lows[x].isalpha() or lows[x] == ","):
            return -1
    return -1


def backed_object(s: Sentence, end: int) -> tuple[int, int]:
    """The last backing verb of the clause ending at `end` and the mention right after it:
    (verb, object); else (-1, -1)."""
    lows = s.lows
    start = max((x + 1 for x in range(end) if lows[x] in PUNCT_STOP), default=0)
    hw = holding_words(s.lex)
    hits = [(i, n) for i, n, _ in hw.back_verbs.hits(lows, start, end)]
    hits += [(i, n) for i, n, _ in hw.behind.hits(lows, start, end)]
    asides = relative_asides(lows, start, end)
    for i, n in sorted(hits, reverse=True):
        if any(a < i < b for a, b in asides):
            continue  # "Orsk Bank, which backs Kelda Rail, cut its forecast": not the clause's
        o = i + n
        while o < end and o - (i + n) < OBJECT_GAP and lows[o] in ARTICLES:
            o += 1
        if o < end and lows[o] == M:
            if lows[i].startswith(BID_ONLY) and not _bid_of(lows, o, hw.bid_nouns):
                continue  # "recommended Kelda Rail shares": an analyst's advice, no backing
            return i, o
    return -1, -1


def relative_asides(lows: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The (opening, closing) commas of each ", which/who ... ," between start and end."""
    asides = []
    for x in range(start, end - 1):
        if lows[x] == "," and lows[x + 1] in RELATIVE_WH:
            close = next((r for r in range(x + 2, end) if lows[r] == ","), -1)
            if close > 0:
                asides.append((x, close))
    return asides


def _bid_of(lows: list[str], o: int, bids: frozenset[str]) -> bool:
    """The mention at o names a bid or plan's owner: "Kelda Rail's offer", "the Kelda bid"."""
    q = o + 1 + (o + 1 < len(lows) and lows[o + 1] == "'s")
    return q < len(lows) and lows[q] in bids


def back_elided(s: Sentence, p: int, backer: int, rule: str) -> bool:
    """The elided second backer at `backer` backs the object of the backing verb before `p`
    ("A has backed P, and so has B"; "..., as has B"); False when no backing verb is there."""
    lows = s.lows
    verb, obj = backed_object(s, p - 1)
    if verb < 0:
        return False
    # from the subject: "has not backed her, and so ..." is no one's backing
    subj = next((x for x in range(verb - 1, -1, -1) if lows[x] == M or lows[x] in PUNCT_STOP), 0)
    if not s.blocked(subj, obj + 1):
        s.emit(s.ment(backer), ("BACKS",), s.ment(obj), rule, 0.6)
    return True


def so_too(s: Sentence) -> None:
    lows = s.lows
    so_aux = holding_words(s.lex).so_auxiliaries
    for p in range(3, len(lows) - 2):
        if lows[p] != "so" or lows[p - 1] != "and" or lows[p + 1] not in so_aux:
            continue
        backer = elided_backer(s, p + 2)
        if backer < 0:
            continue
        if back_elided(s, p, backer, RULE):
            continue
        # a backing another rule read in the clause ("has stood by Ada Rusk"), not in an aside
        asides = relative_asides(lows, 0, p - 1)
        for f in [f for f in s.found if f.type == "BACKS"]:
            if any(
                lows[t] == M and f.target in s.ment(t).ids and not any(a < t < b for a, b in asides)
                for t in range(p)
            ):
                s.emit(s.ment(backer), ("BACKS",), Mention((f.target,), -1, -1), RULE, 0.6)
