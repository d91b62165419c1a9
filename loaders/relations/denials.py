"""Denials of an act or a fact, answering a dispute stated before without naming the claim.

- gerund: "Ostrel Foods denied owing any money", "denies breaching the contract";
- clause: "Ostrel denies it owes anything" (a pronoun opens the denied clause);
- relative: "Dunmere accuses Ostrel of hiding debts, which Ostrel denies" (the clause denied
  is the sentence's own charge).

`litigation.answer` then finds the earlier dispute against the one who denies. The verbs are
`denial_verbs` in the `litigation` entry of `loaders/data/triggers.yaml`; the gerund and
clause shapes take "deny" only ("rejected funding from X" is no denial).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.relations.words import PUNCT_STOP, M

if TYPE_CHECKING:  # model imports `denied_act`
    from loaders.relations.model import Sentence

# what may close the denied relative clause: "which Ostrel denies.", "which X rejects as false"
RELATIVE_ENDS: frozenset[str] = frozenset({"as", "and", "but", ",", "in", "outright"})
# words between the relative's subject and its verb: "which Ostrel has denied"
RELATIVE_AUX: frozenset[str] = frozenset({"has", "have", "had", "strongly", "firmly", "also"})
# words after "denied" that end no gerund: "denied nothing", "denied anything", "during"
NOT_GERUNDS: frozenset[str] = frozenset({"nothing", "anything", "something", "during", "bring"})
# words that open a denied clause after "denied": "denied that ...", "denies he had ..."
CLAUSE_OPENERS: frozenset[str] = frozenset({"that", "he", "she", "they"})


def denied_act(lows: list[str], lo: int, hi: int) -> bool:
    """A form of "deny" right before a gerund or a denied clause between lo and hi: "Ostrel
    denied buying Dunmere", "denies having invested in X", "denied that he had invested in X"
    (the act is denied, no relation)."""
    if DENY_FORMS.isdisjoint(lows):
        return False  # (most sentences: no scan)
    for k in range(lo, min(hi, len(lows) - 1)):
        if lows[k] in DENY_FORMS and (_gerund(lows[k + 1]) or lows[k + 1] in CLAUSE_OPENERS):
            return True
    return False


def _gerund(w: str) -> bool:
    return w.endswith("ing") and w.isalpha() and w not in NOT_GERUNDS


DENY_FORMS: Final[frozenset[str]] = frozenset({"deny", "denies", "denied", "denying"})


def denies_act(s: Sentence, k: int) -> bool:
    """The denial verb at k denies an act or fact: a gerund, a pronoun's clause, or the
    clause a ", which X denies" relative points back to."""
    lows = s.lows
    if lows[k] not in s.lex.denial_verbs:
        return False
    if _relative(s, k):
        return True
    if lows[k] not in DENY_FORMS or k + 1 >= len(lows):
        return False
    w = lows[k + 1]
    if _gerund(w):
        return True  # "denied owing any money"
    return w == M and s.ment(k + 1).kind == "pronoun" and _clause_after(s, k + 2)


def _clause_after(s: Sentence, p: int) -> bool:
    """A verb follows the denied clause's pronoun at p - 1: "denies it owes anything"."""
    lows = s.lows
    return p < len(lows) and lows[p].isalpha() and lows[p] not in ("to", "for", "and")


def _relative(s: Sentence, k: int) -> bool:
    """ ", which Ostrel (has) denied" closing its clause at k."""
    lows = s.lows
    n = len(lows)
    m = k - 1
    while m >= 0 and lows[m] in RELATIVE_AUX:
        m -= 1
    if m < 2 or lows[m] != M or lows[m - 1] != "which" or lows[m - 2] != ",":
        return False
    e = k + 1
    return e >= n or lows[e] in PUNCT_STOP or lows[e] in RELATIVE_ENDS
