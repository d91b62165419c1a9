"""An "it" inside a relative clause on a buyer that stands for the thing sold.

"Fjordline sold a ship to Hallen of Kiel, which paid 12m euros for it": "it" is the ship, not
Fjordline, so Hallen owns no Fjordline; likewise "bought a plant from Nordkabel, which had
invested 10m euros in it". `sold_thing_it` tells when an "it" is such a thing; the reference
is then left unread (the thing is rarely an entity of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from loaders.relations.model import Mention

# verbs that pass a thing to a party named after "to" or take it from one named after "from"
PASSING_VERBS: Final = frozenset(
    {"sold", "sells", "sell", "transferred", "transfers", "handed", "hands", "leased", "leases"}
    | {"licensed", "licenses", "passed", "offloaded", "divested"}
)
TAKING_VERBS: Final = frozenset(
    {"bought", "buys", "buy", "acquired", "acquires", "purchased", "purchases", "took", "takes"}
)
# the words before an "it" that is a paid or bought thing: "paid $5m for it", "invest in it"
THING_MARKS: Final = frozenset({"for", "in", "into", "towards"}) | TAKING_VERBS
# "it", or a description of the thing: "which will invest 120m euros in the plant"
THING_REFS: Final = frozenset({"it", "the"})
RELATIVE_OPENERS: Final = frozenset({"which", "who", "that"})
STOPS: Final = frozenset({".", ";", "!", "?", ":"})


def sold_thing_it(lows: Sequence[str], items: Sequence[Mention], i: int) -> bool:
    """The "it" (or "the" of a description) at i closes a relative clause on the party a thing
    was sold to or bought from ("sold a ship to H of Kiel, which paid $5m for it", "..., which
    will invest 120m euros in the plant"): it is the thing, not the seller."""
    if lows[i] not in THING_REFS or i < 4 or lows[i - 1] not in THING_MARKS:
        return False
    described = lows[i] == "the"
    if described and lows[i - 1] in TAKING_VERBS:
        return False  # "which bought the firm": the firm sold, named before
    r = i - 1
    while r > 0 and lows[r] not in RELATIVE_OPENERS:
        if lows[r] in STOPS:
            return False
        r -= 1
    if r < 2 or lows[r - 1] != ",":
        return False
    party = _party_before(lows, items, r - 1)
    if party is None or party.i < 2:
        return False
    prep = lows[party.i - 1]
    verbs = PASSING_VERBS if prep == "to" else TAKING_VERBS if prep == "from" else frozenset()
    for v in range(party.i - 2, -1, -1):
        if lows[v] in STOPS or lows[v] in RELATIVE_OPENERS:
            return False
        if lows[v] in verbs:
            # a thing between the verb and "to": "sold a ship to"; a description names it only
            # when it is unnamed ("sold its seed unit to", not "sold it to" or "sold Kell to")
            return v < party.i - 2 and not (described and _named_between(lows, items, v, party.i))
    return False


def _party_before(lows: Sequence[str], items: Sequence[Mention], e: int) -> Mention | None:
    """The name that ends before e, through a home town: "Hallen Reederei of Hamburg"."""
    m = next((x for x in items if x.j == e and x.kind == "name"), None)
    if m is None:
        return None
    if m.i < 1 or lows[m.i - 1] != "of":
        return m
    return next((x for x in items if x.j == m.i - 1 and x.kind == "name"), m)


def _named_between(lows: Sequence[str], items: Sequence[Mention], v: int, e: int) -> bool:
    """A name or "it" between the verb at v and the party at e: "sold it to", "sold Kell to"."""
    return "it" in lows[v + 1 : e] or any(v < x.i < e and x.kind == "name" for x in items)
