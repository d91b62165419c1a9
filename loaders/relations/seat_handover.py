"""A seat handed on: "Maria Quint handed over the reins at Selby Hotels to Tom Hale", "passed
the helm of Coldwell Brewery to his daughter, Ella Penn", "handed Tom Hale the reins at Selby
Hotels": the recipient LEADS the organization, and so does a person who handed it on (the seats
are those of `unnamed_roles`; the literal sense, "the reins of a horse", names no
organization). "Ivo Sarr will hand over to Ada Pym" gives the taker what the giver leads in the
sentence, and "... as chief executive of X" gives both X. Words live in
`loaders/data/unnamed_roles.yaml`.
"""

from __future__ import annotations

from loaders.lexicon import read_data
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.unnamed_roles import SEATS
from loaders.relations.words import ARTICLES, PUNCT_STOP, M

_DATA = read_data("unnamed_roles.yaml")
HAND_VERBS: frozenset[str] = frozenset(_DATA["hand_verbs"])
# "hand over to P" with no seat named ("pass/turn over to P" hands on a ball or papers)
HAND_OVER_VERBS: frozenset[str] = frozenset(_DATA["hand_over_verbs"])
SEAT_PREPS: frozenset[str] = frozenset(_DATA["seat_preps"])
# the seats a verb can hand on: those that open with an article ("the reins", "the top job")
HANDED_SEATS: tuple[tuple[str, ...], ...] = tuple(seat for seat in SEATS if seat[0] == "the")


def handed_seat(s: Sentence) -> None:
    """Read each hand verb: "handed (over) SEAT PREP X to Y" and "handed Y SEAT PREP X"."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in HAND_VERBS:
            continue
        p = k + 1 + (k + 1 < len(lows) and lows[k + 1] == "over")
        taker = -1
        if p < len(lows) and lows[p] == M and "Person" in s.etypes(p):
            taker, p = p, p + 1  # "handed Tom Hale the reins at X"
        q = _seat_end(lows, p)
        if q < 0 or q + 1 >= len(lows) or lows[q] not in SEAT_PREPS or lows[q + 1] != M:
            continue
        org = q + 1
        if "Organization" not in s.etypes(org):
            continue
        if taker < 0:
            taker = _recipient(s, org + 1)
        if taker >= 0 and not s.blocked(max(0, k - 3), max(taker, org) + 1):
            s.emit(s.ment(taker), ("LEADS",), s.ment(org), "unnamed-roles/handed-seat", 0.75)
            giver = _giver(s, k)  # who held the reins: a former role counts
            if giver >= 0:
                s.emit(s.ment(giver), ("LEADS",), s.ment(org), "unnamed-roles/handed-seat", 0.7)


def handed_over_to(s: Sentence) -> None:
    """ "Ivo Sarr will hand over to Ada Pym", "Ivo Sarr handed over to his daughter, Ada Pym,
    as chief executive of X": the taker leads what the giver leads in this sentence, and both
    lead the organization of an "as <title> of X" (run after the role nouns, whose relations
    it reads)."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows[: n - 3]):
        if w not in HAND_OVER_VERBS or lows[k + 1] != "over" or lows[k + 2] != "to":
            continue
        giver, taker = _giver(s, k), _recipient(s, k + 2)
        if giver < 0 or taker < 0 or s.blocked(giver, taker) or _object_after(s, taker):
            continue  # "turned over to P the emails": a thing handed, not a post
        seat = _as_seat(s, taker)
        # the seat named after "as" passes either way; else only what the giver led
        pairs = ((giver, taker), (taker, giver)) if seat else ((giver, taker),)
        for one, other in pairs:
            ids = s.ment(one).ids
            for f in [f for f in s.found if f.type == "LEADS" and f.source in ids]:
                if seat and f.target not in seat:
                    continue  # "P, who runs Y, handed over to Q as chairman of X": X only
                org = Mention((f.target,), -1, -1, "context", 0.8)
                s.emit(s.ment(other), ("LEADS",), org, "unnamed-roles/handed-over", 0.65)


def _object_after(s: Sentence, taker: int) -> bool:
    """A noun phrase right after the recipient: the verb's object ("turned over to P the
    emails")."""
    q = taker + 1
    return q < len(s.lows) and (s.lows[q] == M or s.lows[q] in ARTICLES)


def _as_seat(s: Sentence, taker: int) -> tuple[str, ...]:
    """The organization of an "as <title> of/at X" after the recipient (or its appositive:
    "to his daughter, Ada Pym, as chief executive of X"), else ()."""
    lows = s.lows
    n = len(lows)
    q = taker + 1 + (taker + 1 < n and lows[taker + 1] == ",")
    if not (q < n and lows[q] == "as"):
        return ()
    for x in range(q + 1, min(n, q + 6)):
        if lows[x] in PUNCT_STOP:
            return ()
        if lows[x] in SEAT_PREPS and x + 1 < n and lows[x + 1] == M:
            return s.ment(x + 1).ids if "Organization" in s.etypes(x + 1) else ()
    return ()


def _giver(s: Sentence, k: int) -> int:
    """The named person who is the subject of the hand verb at k, else -1."""
    subj = subjects(s, k, True, near=4)
    if not subj or subj[0] >= k or s.ment(subj[0]).kind != "name":
        return -1
    return subj[0] if s.etypes(subj[0]) == {"Person"} else -1


def _seat_end(lows: list[str], p: int) -> int:
    """The end of a seat ("the reins") opening at p, else -1."""
    for seat in HANDED_SEATS:
        if tuple(lows[p : p + len(seat)]) == seat:
            return p + len(seat)
    return -1


def _recipient(s: Sentence, p: int) -> int:
    """The person after "to" within a few words of p ("to Tom Hale", "to his daughter, Ella
    Penn"), else -1."""
    lows = s.lows
    n = len(lows)
    to = next((x for x in range(p, min(n, p + 4)) if lows[x] == "to"), -1)
    if to < 0 or any(lows[x] == M or lows[x] in PUNCT_STOP for x in range(p, to)):
        return -1
    for x in range(to + 1, min(n, to + 6)):
        if lows[x] == M and not s.is_det(x):  # (not "his" of "his daughter")
            return x if "Person" in s.etypes(x) else -1
        if lows[x] in PUNCT_STOP:
            return -1
    return -1
