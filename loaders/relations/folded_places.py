"""A place inside a premodifying role phrase that the role family folds into its holder.

"the Lyon hat-maker Maison Orvel", "the Durban venture fund Umsindo Capital", "defunct Kelso
label Tarn Sound": the role family reads such a phrase like "Tesla CEO Elon Musk" and folds it
into the holder's mention, so no later rule sees the town. When the holder is an organization
and the phrase's only name before it is a town (not a state or a country: "the Texas lender X"
is a label, no seat; nor a possessive: "Lyon's oldest bakery X", read elsewhere), the
organization is in that town. Read just before the fold (`role.collapse_roles`). A town after
"former" or "ex-" ("the ex-Lyon publisher X") or left later in the sentence ("the Lyon
publisher X, which moved to Paris", `seat_moves` in places.yaml) was a past seat: none.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import phrase_index
from loaders.relations.appositive import state_only
from loaders.relations.model import Sentence
from loaders.relations.words import POSSESSIVE_MARKS, M

ORG: Final = frozenset({"Organization"})
PLACE: Final = frozenset({"Location"})
SEAT_MOVES: Final = phrase_index(place_data()["seat_moves"])


def folded_places(s: Sentence) -> None:
    """Each fold whose holder is an organization and whose phrase names one town first."""
    lows = s.lows
    for first, _last, holder in s.folds:
        if holder <= first or lows[holder] != M or s.etypes(holder) != ORG:
            continue
        places = [k for k in range(first, holder) if lows[k] == M]
        if len(places) != 1 or s.etypes(places[0]) != PLACE:
            continue
        k = places[0]
        if lows[k + 1] in POSSESSIVE_MARKS or s.ment(k).short or state_only(s.ment(k).ids[0]):
            continue
        if _former(s, first) or _moved(lows, holder):
            continue
        if all(w.replace("-", "").isalpha() for w in lows[k + 1 : holder]):
            s.emit(s.ment(holder), ("LOCATED_IN",), s.ment(k), "folded_places/place-role", 0.7)


def _former(s: Sentence, first: int) -> bool:
    """ "the former Lyon publisher X", "the ex-Lyon publisher X": a past seat."""
    lows = s.lows
    b = first - 1 - (first >= 1 and lows[first - 1] == "-")
    return b >= 0 and lows[b] in s.lex.former_before


def _moved(lows: list[str], holder: int) -> bool:
    """A move of seat later in the sentence: "X, which moved to Paris in 2019"."""
    return any(
        w in SEAT_MOVES and SEAT_MOVES.match(lows, b) is not None
        for b, w in enumerate(lows[holder + 1 :], holder + 1)
    )
