"""Lenders of the rest of a cost are no funders of the sponsors' group word: "Both sponsors add
equity, and Ferrow Bank and Ostra Credit lend the remainder to the partners" gives the lenders
FUNDS of the thing the article is funding (`funding` cost shares), never FUNDS of each sponsor
the group word names. The verb rules ask `rest_to_group` before emitting FUNDS.
"""

from __future__ import annotations

from loaders.relations.model import Sentence

# the part of a cost a later funder pays: the lexicon's `rest` words, and a shortfall
SHORTFALL: str = "shortfall"
_GROUP_KINDS: frozenset[str] = frozenset({"group", "pair"})


def rest_to_group(s: Sentence, cand: list[int]) -> bool:
    """The object at `cand` is a group word ("the partners", "both sponsors") and the sentence
    gives the rest of a cost whose thing the article is funding."""
    if not s.context.funded:
        return False
    if SHORTFALL not in s.lows and s.lex.stake_rest.isdisjoint(s.lows):
        return False
    return any(s.ment(k).kind in _GROUP_KINDS and len(s.ment(k).ids) > 1 for k in cand)
