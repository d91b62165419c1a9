"""The named thing an object relative describes across an appositive (round 29,
`loaders.relations.deal_loans`).

"Carrow Sound, a £70m ferry berth near Oban that Kessock Marine is building with a loan from
Strand Bank" and "Fenwick Yard, a £40m rail depot in Perth, which Lorne Rail will finance
alongside a loan from Tay Bank": the lender pays for the berth or the depot, the antecedent of
the relative, not for the builder the relative names (nor for a co-funder). The appositive
starts with "a"/"an" right after the name and may hold places ("near Oban"); its head noun
(the word before "that") names no organization ("a start-up that X is building").
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import WHICH_THAT, M

APPOSITIVE_REACH: Final = 14  # words of "a £70m ferry berth near Oban" back to its comma
PLACE_KINDS: Final[frozenset[str]] = frozenset({"Location"})
PLACE_PREPS: Final[frozenset[str]] = frozenset({"in", "at", "near", "outside", "around"})
BARRED: Final[frozenset[str]] = frozenset({"Person", "Location"})


def described_antecedent(s: Sentence, subj: int) -> int:
    """The name (a position) an object relative whose subject is the name at `subj`
    describes, across the appositive between them; else -1."""
    lows = s.lows
    if subj < 5 or lows[subj - 1] not in WHICH_THAT:
        return -1
    c = subj - 2
    if lows[subj - 1] == "which":
        if lows[c] != ",":
            return -1
        c -= 1
        if lows[c] == M and s.etypes(c).isdisjoint(BARRED) and lows[c - 1] not in PLACE_PREPS:
            return c  # "Fenwick Yard, which Lorne Rail will finance": no appositive
    if lows[c].isalpha() and s.lex.heads.lookup((lows[c],)) == "Organization":
        return -1  # "a start-up that X is building": a firm
    stop = max(0, c - APPOSITIVE_REACH)
    while c > stop and lows[c] != ",":
        if lows[c] in (";", ".") or lows[c] in WHICH_THAT:
            return -1
        if lows[c] == M and not s.etypes(c) <= PLACE_KINDS and lows[c - 1] not in PLACE_PREPS:
            return -1  # another party inside: "a depot it shares with Tay Bank, which"
        c -= 1
    if lows[c] != "," or lows[c + 1 : c + 2] not in (["a"], ["an"]) or lows[c - 1] != M:
        return -1
    return c - 1 if s.etypes(c - 1).isdisjoint(BARRED) else -1
