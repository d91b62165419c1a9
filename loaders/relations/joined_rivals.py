"""Joined rivals: an appositive whose last conjunct calls its head another firm's rival.

- `joined-own-rival`: "Corvel Tiles, the maker of the Duna range and Hestra's closest rival in
  the trade market, said ...", "It named Brisk Boards, the country's biggest board maker and
  Talvo's main competitor on price, as ...": the appositive opens with an article after the
  head's comma, ends with "<and> <possessor>'s <up to three modifiers> <rival noun>" and an
  optional prepositional phrase before its closing comma; the head competes with the
  possessor. Names inside the first conjunct ("the maker of the Duna range") do not stop it;
  a clause word, a second comma or a verb phrase does. The role rules read the shape whose
  first conjunct is a bare description ("the Leeds tile maker and Hestra's rival").

Words: the rival nouns of `loaders/data/rivalry.yaml` (`rival_words`).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.rival_descriptions import CLOSERS, modifiers_before
from loaders.relations.rival_words import rival_words
from loaders.relations.words import APPOSITIVE_DETS, CLAUSE_STOP, POSSESSIVE_MARKS, PREPOSITIONS, M

RULE: Final[str] = "rivalry/joined-own-rival"
CONJUNCT_REACH: Final = 12  # words from the appositive's comma to its "and"
TAIL_REACH: Final = 8  # words of a phrase after the rival noun ("in the trade market")


def joined_own_rival(s: Sentence) -> None:
    """The head of an appositive "..., and X's rival" competes with X."""
    lows = s.lows
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        if w not in nouns or w.endswith("s") or not tail_closes(s, k + 1):
            continue
        owner = _joined_owner(s, k)
        if owner < 0:
            continue
        head = _apposed_head(s, owner - 1)
        if head < 0 or s.etypes(head) != {"Organization"} or s.etypes(owner) != {"Organization"}:
            continue
        if s.ment(head).shares(s.ment(owner)) or s.negated(head + 1, k):
            continue
        s.emit(s.ment(head), ("COMPETES_WITH",), s.ment(owner), RULE, 0.6)


def _joined_owner(s: Sentence, k: int) -> int:
    """The possessor of the rival noun at k when "and" opens its phrase: "and Hestra's
    closest rival" (the name), else -1."""
    lows = s.lows
    q = modifiers_before(lows, k)
    if q < 3 or lows[q] not in POSSESSIVE_MARKS or lows[q - 1] != M or s.is_det(q - 1):
        return -1
    return q - 1 if lows[q - 2] == "and" else -1


def tail_closes(s: Sentence, p: int) -> bool:
    """The rival phrase closes at p, or after one prepositional phrase without names or
    clause words ("in the trade market,", "on supermarket shelves,")."""
    lows = s.lows
    n = len(lows)
    if p >= n or lows[p] in CLOSERS:
        return True
    if lows[p] not in PREPOSITIONS:
        return False
    for q in range(p + 1, min(n, p + 1 + TAIL_REACH)):
        if lows[q] in CLOSERS:
            return True
        if lows[q] == M or lows[q] in CLAUSE_STOP:
            return False
    return False


def _apposed_head(s: Sentence, conj: int) -> int:
    """The named head whose appositive runs from its comma to the "and" at conj: "Corvel
    Tiles, the maker of the Duna range and": the head's position, else -1."""
    lows = s.lows
    if lows[conj - 1] == ",":
        return -1  # "A, the maker of X, and B's rival, C": a list, no second conjunct of A's
    for c in range(conj - 2, max(-1, conj - CONJUNCT_REACH - 1), -1):
        w = lows[c]
        if w == ",":
            ok = c >= 1 and lows[c - 1] == M and lows[c + 1] in APPOSITIVE_DETS
            return c - 1 if ok and not s.is_det(c - 1) else -1
        if w in CLAUSE_STOP or w in CLOSERS or w == "and":
            return -1
    return -1
