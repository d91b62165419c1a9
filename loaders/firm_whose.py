"""A firm's descriptor noun right before "whose" possesses what follows: "Corbin Tots, the
Dunedin company whose Vinto buggy ...", "a Sharjah manufacturer whose Greeno plates ...",
"The Leeds-based maker, whose Tenby kettle ...". The noun is an Organization head of the
lexicon (`heads: Organization`: company, maker, manufacturer, group, ...), maybe set off by a
comma; a person's or a place's noun ("the founder whose", "the town whose") is not a firm's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon


def firm_noun_whose(lows: list[str], poss: int, lex: Lexicon) -> bool:
    """An Organization head noun ends right before "whose" at poss (past one comma)."""
    q = poss - 1
    if q >= 1 and lows[q] == ",":
        q -= 1
    if q < 1 or not lows[q].isalpha():
        return False
    return lex.heads.lookup((lows[q],)) == "Organization"


# a verb that, passive right after the possessed name ("whose Crumbo brand was sold to B"),
# says the thing has left the possessor; "licensed from" says it is another's
LEFT_VERBS: Final = frozenset({"sold", "divested", "offloaded", "spun", "transferred"})
BE_PAST: Final = frozenset({"was", "were", "been"})
CLAUSE_REACH: Final = 5  # words from the possessed name to the clause's verb


def handed_on(lows: list[str], k: int, lex: Lexicon) -> bool:
    """The "whose" clause after the possessed name at k says the possessor does not own it:
    "whose Crumbo biscuit brand was sold to B", "whose Halpin Bakeries business was sold last
    year", "whose Velcor drug is licensed from B" (not "whose Munchy biscuits are sold in 4,000
    shops" or "were sold in 40 countries": goods on sale stay the maker's)."""
    unit = False
    for q in range(k + 1, min(len(lows) - 1, k + 1 + CLAUSE_REACH)):
        w = lows[q]
        if not w.isalpha():
            return False
        unit = unit or lex.heads.lookup((w,)) == "Organization"  # "brand", "business", "unit"
        if lows[q + 1] == "licensed":
            return q + 2 < len(lows) and lows[q + 2] == "from"
        if w in BE_PAST and lows[q + 1] in LEFT_VERBS:
            return unit or lows[q + 1] != "sold"
    return False
