"""Guards for "the P-based N", a description that names where its firm sits (round 16).

A description such as "the Kellmouth-based group" names a town; the coreference ranking
(`loaders.article`, `_resolve_np`) picks the topical candidate, and these guards correct it
where the local text says otherwise:

- a candidate the text already placed in another town (and not in P) is never meant: "Quillex
  is based in Harnby ... The Fenby-based group" is not Quillex; when none is left, nothing;
- "X has been part/a unit of Y. The P-based group": Y, the parent the sentence before named;
- "A will buy B, the P-based company said": the reporting subject A, not the object B;
- "A lifted its bid for the P-based operator": never A, the subject of the bid's own clause;
- "the P-based company" is no regulator or authority while another candidate is left ("The
  Kell Competition Authority fined it. The Harnby-based company will appeal").

Countries and regions are no town ("a Fenby-based firm" may also be placed in its country).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Final

from graph.model import Relation
from loaders.gazetteer import country_names, region_names, state_names
from loaders.relations.model import Mention, dateline_end
from loaders.relations.words import REPORTING

# "X has been part of Y", "X, a unit of Y": the parent of the name before
PARENT_LINKS = frozenset({"part", "unit", "subsidiary", "arm", "division", "member"})
# heads that a parent (not a shop or a plant) is called by
PARENT_HEADS = frozenset({"group", "parent", "owner", "holding", "conglomerate"})
# the last word of a public body's name, and the heads that describe one ("the P-based agency")
BODY_HEADS = frozenset(
    {"authority", "regulator", "commission", "agency", "ministry", "council", "watchdog", "body"}
)
# the words of a firm's seat, "based", "headquartered" and "headquarters" (also `where_seat`'s)
SEAT_HEADS: Final = ("based", "headquartered", "headquarters")
# "based in P", "headquartered in P", "its head office in P": a seat, not a plant
SEAT_WORDS = (*SEAT_HEADS, "head office", "home")


def based_places(
    lows: Sequence[str], here: Sequence[Mention], i: int, j: int, type_of: Callable[[str], str]
) -> set[str]:
    """The towns a "the P-based N" description at i..j names (empty for any other
    description, and for a country or region)."""
    if "based" not in lows[i + 1 : j] and "headquartered" not in lows[i + 1 : j]:
        return set()
    places = {m.ids[0] for m in here if i < m.i and m.j <= j and m.ids}
    return {p for p in places if type_of(p) == "Location"}


def is_town(name: str) -> bool:
    """A place name that is no country, state or region."""
    low = name.lower()
    return low not in country_names() and low not in region_names() and low not in state_names()


def seat_said(text: str, place: str) -> bool:
    """The sentence says a firm has its seat in the place ("based in P", "a P-based firm",
    "headquartered in P", "its head office in P"), not only a plant or a shop there."""
    low, p = " ".join(text.lower().split()), place.lower()
    return f"{p}-based" in low or any(f"{w} in {p}" in low for w in SEAT_WORDS)


def placed_elsewhere(
    ids: list[str],
    places: set[str],
    relations: Mapping[tuple[str, str, str], Relation],
    name_of: Callable[[str], str],
) -> list[str]:
    """The candidates the text has not said to sit in another town than the description's."""
    towns = {p for p in places if is_town(name_of(p))}
    if not towns:
        return ids
    seats: dict[str, set[str]] = {}
    for (src, rel, dst), r in relations.items():
        if rel != "LOCATED_IN" or src not in ids or not is_town(name_of(dst)):
            continue
        if any(seat_said(e.text, name_of(dst)) for e in r.evidence):
            seats.setdefault(src, set()).add(dst)
    return [x for x in ids if x not in seats or seats[x] & towns]


def reporting_subject(
    lows: Sequence[str], items: Sequence[Mention], i: int, j: int, type_of: Callable[[str], str]
) -> str:
    """ "A will buy B, the P-based company said (on Monday)": the name opening the sentence
    (after a dateline only when it names P, the town the story is filed from), when the
    description closes its clause as the speaker of a trailing reporting verb; else ""."""
    n = len(lows)
    if i < 1 or lows[i - 1] != "," or j >= n or lows[j] not in REPORTING:
        return ""
    if j + 1 < n and lows[j + 1] in ("to", "by", "that", "it", "he", "she", "they"):
        return ""  # "B, the P-based firm said to be for sale"; "..., the firm said it would"
    names = [m for m in items if m.kind == "name"]
    first = names[0] if names else None
    dated = first is not None and first.i == 0 and type_of(first.ids[0]) == "Location"
    start = dateline_end(list(lows)) if dated else 0
    if start and first is not None:
        # "HAUGESUND, May 4 - ..., the Haugesund-based company said": filed from the seat
        town = list(lows[first.i : first.j])
        if town != list(lows[i + 1 : i + 1 + len(town)]):
            return ""
    if start and len(names) > 1:
        first = names[1]  # "OSLO, May 4 - A will buy B, the Oslo-based company said"
    if first is None or first.i != start or len(first.ids) != 1:
        return ""
    return first.ids[0] if type_of(first.ids[0]) == "Organization" else ""


def parent_named(
    before_lows: Sequence[str], before: Sequence[Mention], head: str, ids: list[str]
) -> str:
    """ "X has been part of Y since 2019. The P-based group": Y, when the sentence before
    names it as the parent of X and the description's head is a parent's."""
    if head not in PARENT_HEADS:
        return ""
    for m in before:
        if m.i >= 2 and before_lows[m.i - 1] == "of" and before_lows[m.i - 2] in PARENT_LINKS:
            if m.ids and m.ids[0] in ids:
                return m.ids[0]
    return ""


def bid_subject(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    bid_nouns: Collection[str],
    bidder_verbs: Collection[str],
) -> str:
    """ "A lifted its bid for the P-based operator", "... when A, its rival, raised its offer
    for the P-based operator": A, the subject of a bidder's verb (`bidder_verbs`) on a bid
    noun right before the description ("for"), which the description cannot mean; else ""
    ("B had rejected its bid for the P-based shipper": B is the target)."""
    if i < 2 or lows[i - 1] != "for" or lows[i - 2] not in bid_nouns:
        return ""
    names = [m for m in items if m.kind == "name" and m.j <= i - 2]
    if not names or len(names[-1].ids) != 1:
        return ""
    last = names[-1]
    between = list(lows[last.j : i - 2])
    if between[:1] == [","] and "," in between[1:]:
        between = between[between.index(",", 1) + 1 :]  # "A, its biggest rival, lifted ..."
    if any(w in (",", ";", "and", "but", "for", "of") or w in REPORTING for w in between):
        return ""
    return last.ids[0] if any(w in bidder_verbs for w in between) else ""


def no_public_body(ids: list[str], head: str, name_of: Callable[[str], str]) -> list[str]:
    """The candidates without public bodies ("Kell Competition Authority"), when some other
    candidate is left and the description's head is no body's ("the P-based agency")."""
    if head in BODY_HEADS:
        return ids
    kept = [x for x in ids if name_of(x).lower().split()[-1:][0] not in BODY_HEADS]
    return kept or ids
