"""A firm's descriptor noun right before "whose" possesses what follows: "Corbin Tots, the
Dunedin company whose Vinto buggy ...", "a Sharjah manufacturer whose Greeno plates ...",
"The Leeds-based maker, whose Tenby kettle ...". The noun is an Organization head of the
lexicon (`heads: Organization`: company, maker, manufacturer, group, ...), maybe set off by a
comma; a person's or a place's noun ("the founder whose", "the town whose") is not a firm's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
