"""A place inside a premodifying role phrase that the role family folds into its holder.

"the Lyon hat-maker Maison Orvel", "the Durban venture fund Umsindo Capital", "defunct Kelso
label Tarn Sound": the role family reads such a phrase like "Tesla CEO Elon Musk" and folds it
into the holder's mention, so no later rule sees the town. When the holder is an organization
and the phrase's only name before it is a town (not a state or a country: "the Texas lender X"
is a label, no seat; nor a possessive: "Lyon's oldest bakery X", read elsewhere), the
organization is in that town. Read just before the fold (`role.collapse_roles`).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.appositive import state_only
from loaders.relations.model import Sentence
from loaders.relations.words import POSSESSIVE_MARKS, M

ORG: Final = frozenset({"Organization"})
PLACE: Final = frozenset({"Location"})


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
        if all(w.replace("-", "").isalpha() for w in lows[k + 1 : holder]):
            s.emit(s.ment(holder), ("LOCATED_IN",), s.ment(k), "folded_places/place-role", 0.7)
