"""Rivalry family: a firm described as another's rival in an appositive.

- `apposed_own_rival`: "Talvo denied it had approached Brisk Boards, its Irish rival, about a
  merger", "may bid for Halvik, Quillex's closest competitor": the appositive's head competes
  with the possessor. The description is stated as a fact whatever the clause around it says
  (a denial, a hedge or an intent), so only a negation inside the appositive blocks it; the
  role rules read the same shape in a plain clause.

- `competing_thing_named`: "Kelda undercuts the main competing service, Velta", "Fernlink
  outsells the rival app, Orvo Soft's Pulse": a rival thing set off by a name, as a verb's
  object, competes with the clause's subject (products compete with products).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.rival_words import rival_words
from loaders.relations.words import CLAUSE_STOP, OWN_DETS, POSSESSIVE_MARKS, M

RULE_APPOSED_OWN = "rivalry/apposed-own-rival"
# what closes the appositive after the rival noun: "B, its Irish rival, about ...", "B, its rival."
CLOSERS: Final = frozenset({",", ".", ";", ")", "--", "\u2014"})


def apposed_own_rival(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        if w not in nouns or w.endswith("s") or k + 1 >= n or lows[k + 1] not in CLOSERS:
            continue
        owner = _owner_before(s, k)
        if owner < 0:
            continue
        comma = owner - 1
        head = comma - 1
        if head < 0 or lows[comma] != "," or lows[head] != M or s.is_det(head):
            continue
        if s.etypes(head) != {"Organization"} or s.etypes(owner) != {"Organization"}:
            continue
        if s.ment(head).shares(s.ment(owner)) or s.negated(comma, k):
            continue
        s.emit(s.ment(head), ("COMPETES_WITH",), s.ment(owner), RULE_APPOSED_OWN, 0.65)


MODIFIER_REACH: Final = 3  # "Irish", "long-time", "most direct", "biggest American"


def modifiers_before(lows: list[str], k: int) -> int:
    """The position before the modifiers of the rival noun at k ("closest", "long-time",
    "biggest American"; up to `MODIFIER_REACH` words), where its possessor should stand."""
    q = k - 1
    while q >= 0 and k - q <= MODIFIER_REACH and lows[q].replace("-", "").isalpha():
        q -= 1
    return q


def _owner_before(s: Sentence, k: int) -> int:
    """The possessor opening the rival phrase that ends at k: "its Irish rival", "Quillex's
    closest competitor" (up to three modifiers between), else -1."""
    lows = s.lows
    q = modifiers_before(lows, k)
    if q >= 0 and lows[q] == M and s.is_det(q):
        return q
    if q >= 1 and lows[q] in POSSESSIVE_MARKS and lows[q - 1] == M and not s.is_det(q - 1):
        return q - 1 if q - 2 >= 0 and lows[q - 2] == "," else -1
    return -1


RULE_COMPETING_THING = "rivalry/competing-thing-named"
RIVAL_PARTY_TYPES = frozenset({"Organization", "Product"})


def competing_thing_named(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.rival_mods or k + 3 >= n or lows[k + 1] not in rw.rival_things:
            continue
        if lows[k + 1].endswith("s") or lows[k + 2] != "," or not _definite_before(lows, k):
            continue
        named = _name_after(s, k + 3)
        subj = next(iter(subjects(s, k, True)), -1)
        if named < 0 or subj < 0 or subj >= k or s.is_det(subj):
            continue
        if not s.etypes(named) <= RIVAL_PARTY_TYPES or not s.etypes(subj) <= RIVAL_PARTY_TYPES:
            continue
        if any(lows[x] in CLAUSE_STOP for x in range(subj + 1, k)) or s.blocked(subj + 1, k):
            continue
        s.emit(s.ment(subj), ("COMPETES_WITH",), s.ment(named), RULE_COMPETING_THING, 0.6)


def _definite_before(lows: list[str], k: int) -> bool:
    """ "the competing", "the main competing", "its closest rival": a definite phrase opens
    before the modifier at k (up to one adjective between)."""
    q = k - 1
    if q >= 1 and lows[q].isalpha() and lows[q] not in OWN_DETS:
        q -= 1  # "main", "closest", "nearest"
    return q >= 0 and lows[q] in OWN_DETS


def _name_after(s: Sentence, q: int) -> int:
    """The name set off at q ("Velta", "Orvo Soft's Pulse": the possessed name), else -1."""
    lows = s.lows
    if q >= len(lows) or lows[q] != M or s.is_det(q):
        return -1
    if q + 2 < len(lows) and lows[q + 1] in POSSESSIVE_MARKS and lows[q + 2] == M:
        return q + 2
    return q
