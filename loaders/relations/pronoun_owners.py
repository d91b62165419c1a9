"""Whose a possessive pronoun before a site is: "the bank lent money to Orvik to refit its
plant in Graz" may be the bank's or Orvik's, so where the organization named last before the
pronoun is not the one it is bound to, the pronoun names no owner of the site."""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import ARTICLES, RELATIVES, M

OWNING_DETS: Final = frozenset({"its", "their", "our"})


def owning_pronoun(s: Sentence, k: int) -> bool:
    """The mention at k is a possessive determiner ("its plant")."""
    if s.lows[k] != M:
        return False
    m = s.ment(k)
    return m.kind == "pronoun" and m.word in OWNING_DETS and s.is_det(k)


def other_firm_before(s: Sentence, k: int) -> bool:
    """The organization named last before the pronoun at k is not the one it is bound to: the
    pronoun may be either's ("the bank lent money to Orvik to refit its plant")."""
    ids = set(s.ment(k).ids)
    for j in range(k - 1, -1, -1):
        if s.lows[j] == M and "Organization" in s.etypes(j):
            return ids.isdisjoint(s.ment(j).ids)
    return False


def rival_owner_before(s: Sentence, k: int) -> bool:
    """The pronoun at k opens a clause after one in which its own firm and another one both
    stand, with no comma or relative between them ("A sued B in May, alleging that its plant
    in P ...", "a bank lent money to B to refit its plant"): the site may be either's.
    Another firm in an aside on the pronoun's firm ("A, which is owned by B, makes pumps at
    its plant") is no rival reading."""
    ids = set(s.ment(k).ids)
    j = next((j for j in range(k - 1, -1, -1) if _firm(s, j)), -1)
    if j < 0 or not ids.isdisjoint(s.ment(j).ids):
        return False
    i = next((i for i in range(j - 1, -1, -1) if _firm(s, i) and s.ment(i).ids[0] in ids), -1)
    if i < 0 or any(w == "," or w in RELATIVES for w in s.lows[i + 1 : j]):
        return False
    # a new clause or an infinitive after the other firm ("lent money to B to refit its
    # plant"); in one clause "A makes pumps with B at its plant" is A's
    lows = s.lows
    return any(lows[q] == "," or _infinitive(lows, q) for q in range(j + 1, k))


def _infinitive(lows: list[str], q: int) -> bool:
    return lows[q] == "to" and lows[q + 1].isalpha() and lows[q + 1] not in ARTICLES


def _firm(s: Sentence, j: int) -> bool:
    return s.lows[j] == M and "Organization" in s.etypes(j)
