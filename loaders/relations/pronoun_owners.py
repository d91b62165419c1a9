"""Whose a possessive pronoun before a site is: "the bank lent money to Orvik to refit its
plant in Graz" may be the bank's or Orvik's, so where the organization named last before the
pronoun is not the one it is bound to, the pronoun names no owner of the site."""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import M

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
