"""Where a list read leftwards from a clause's subject must stop: a list inside a fronted
phrase ("In Pellmouth, Orrisby and Tandle, A and B compete"; "across several towns, among them
P, O and T, the two bakers were rivals") is no part of the subject, and a plural description
in apposition to a pair ("A and B, the two largest lenders, compete") restates the pair.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.words import PREPOSITIONS, PUNCT_STOP, M

# words before a fronted list's first member: a preposition, "such as", "among them"
LIST_OPENERS: frozenset[str] = PREPOSITIONS | frozenset({"as", "them"})
# where a fronted phrase may begin: the sentence's start or after these
CLAUSE_OPENERS: frozenset[str] = frozenset({",", "that", ":", ";"})
ANDS: frozenset[str] = frozenset({"and", "or", "&"})


def pair_apposition(s: Sentence, k: int) -> int | None:
    """For a plural description ("the two bakers") at k read leftwards past a comma: the
    member before the comma when the description is an appositive of a pair ("A and B, the
    two largest lenders, compete": walk from B instead), -1 when it is a subject after a
    fronted phrase (walk no further), None when it is neither."""
    lows = s.lows
    ment = s.ment(k)
    if ment.kind not in ("pair", "group") or k < 2 or lows[k - 1] != ",":
        return None
    p = k + 1
    while p < len(lows) and p - k <= 6 and lows[p] != M and lows[p].isalpha():
        p += 1
    closed = p < len(lows) and lows[p] == "," and lows[p + 1 : p + 2] not in (["which"], ["who"])
    if not closed or lows[k - 2] != M or lows[k - 3 : k - 2] != ["and"]:
        return -1
    return k - 2


def fronted_cut(s: Sentence, out: list[int], seps_of: list[list[str]]) -> list[int]:
    """The members of a leftward walk `out` (member out[i + 1] joined by seps_of[i]) that
    belong to the subject's own list: a second "and" further left opens another list ("In P,
    O and T, A and B"), and a bare comma closes a fronted phrase whose first word is a
    preposition ("In P, A and B compete")."""
    anded = [i for i, seps in enumerate(seps_of) if ANDS & set(seps)]
    if not anded:
        return out
    commas = [i for i, seps in enumerate(seps_of) if seps == [","] and i > anded[0]]
    if not commas:
        return out
    if len(anded) > 1 and anded[1] > commas[0]:
        return out[: commas[0] + 1]
    if _fronted(s, out[-1]):
        return out[: commas[0] + 1]
    return out


def _fronted(s: Sentence, m: int) -> bool:
    """The mention at m is a list's first member right after a phrase that opens with a
    preposition at the start of a clause ("In P, ...", ", across P, ...")."""
    lows = s.lows
    if m < 1 or lows[m - 1] not in LIST_OPENERS:
        return False
    c = m - 1
    while c > 0 and lows[c - 1] not in CLAUSE_OPENERS and lows[c - 1] not in PUNCT_STOP:
        if lows[c - 1] == M:
            return False
        c -= 1
    return lows[c] in PREPOSITIONS
