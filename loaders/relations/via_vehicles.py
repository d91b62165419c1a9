"""A holder's own vehicle named after "via"/"through" and a possessive pronoun.

"Kelvin Group controls Harlow Foods through its holding company Vesta Partners", "Harlow Foods
is 30% owned by Kelvin Group via its holding vehicle Vesta Partners": the possessive is the
holder of the stake (the passive's agent, else the holding verb's subject), who owns the
vehicle. The role noun rule hands this frame over (`via_possessor`, `own_vehicle`): read as a
role it made V the owner of "its" ("Y's holding company V") and bound "its" to the most salient
firm. The vehicle's own stake in what its holder holds is `stake.held_via`'s.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.relative_heads import named_before
from loaders.relations.words import BE_FORMS, PUNCT_STOP, RELATIVES, M

VIA: Final[frozenset[str]] = frozenset({"via", "through"})
RULE_VIA_VEHICLE: Final[str] = "stake/via-vehicle"
HOLDER_REACH: Final[int] = 16  # words from the holder back to "via"


def via_possessor(s: Sentence, k: int) -> bool:
    """The possessive pronoun at k opens "via/through its <vehicle noun>" (a holder's vehicle;
    not "through its parent V", whose V holds "its")."""
    lows = s.lows
    if k < 1 or lows[k - 1] not in VIA or not s.is_det(k):
        return False
    q = k + 1
    while q < len(lows) and lows[q] != M and lows[q].isalpha():
        if lows[q] == "parent":
            return False
        q += 1
    head = lows[q - 1]
    return q > k + 1 and (head in s.lex.stake_vehicles or head in ("vehicle", "vehicles"))


def own_vehicle(s: Sentence, pos: int, vehicle: int) -> bool:
    """ "X holds 12% of Y through its investment vehicle V" (the possessive at pos, V at
    `vehicle`): X OWNS V, X the holder named in the clause before "via"; False (nothing read)
    when the clause names no holder ("is controlled by the Wynn family through its holding
    company V": "its" may be the firm held)."""
    holder = _holder(s, pos - 1)
    if holder < 0 or s.blocked(holder, vehicle):
        return False
    return s.emit(s.ment(holder), ("OWNS",), s.ment(vehicle), RULE_VIA_VEHICLE, 0.9)


def _holder(s: Sentence, k: int) -> int:
    """Who holds through the vehicle: the named agent of "owned by X via", else the named
    subject of an active holding verb before "via" at k; else UNNAMED or -1."""
    lows = s.lows
    for p in range(k - 1, max(-1, k - HOLDER_REACH), -1):
        if lows[p] in PUNCT_STOP and lows[p] != ",":
            return -1
        if lows[p] == "by":
            return p + 1 if lows[p + 1] == M and not s.is_det(p + 1) else UNNAMED
        if lows[p] in s.lex.stake_hold:
            if p >= 1 and lows[p - 1] in BE_FORMS:
                return UNNAMED  # a passive with no named agent
            ant = _antecedent(s, p)
            if ant != NO_RELATIVE:
                return ant if ant >= 0 else UNNAMED
            subj = subjects(s, p, True)
            return subj[0] if subj and not s.is_det(subj[0]) else UNNAMED
    return -1


UNNAMED: Final[int] = -3
NO_RELATIVE: Final[int] = -2


def _antecedent(s: Sentence, v: int) -> int:
    """The name a relative pronoun just before the verb at v stands for ("X, which holds"),
    -1 when that antecedent is no name ("the Ferro family, which holds"), NO_RELATIVE when no
    relative pronoun opens the verb's clause."""
    lows = s.lows
    r = v - 1
    while r >= 0 and v - r <= 3 and lows[r] not in RELATIVES and lows[r].isalpha():
        r -= 1  # "which still holds", "which has long held"
    if r < 0 or lows[r] not in RELATIVES:
        return NO_RELATIVE
    return named_before(s, r)


def held_through_own(s: Sentence) -> None:
    """The frame when its vehicle noun is no role noun ("through her investment company, V",
    "via his family office V"): the role rule has not folded the possessive away."""
    lows = s.lows
    for k in range(1, len(lows) - 2):
        if lows[k] != M or not via_possessor(s, k):
            continue
        v = next((q for q in range(k + 1, min(len(lows), k + 6)) if lows[q] == M), -1)
        if v >= 0 and not s.is_det(v):
            own_vehicle(s, k, v)
