"""The pair of organizations a sentence made act together, for a later "the two companies"
(round 18, `loaders.article` `_resolve_pair`).

"Harlan Steel and Voss Metals agreed terms. Calder Bank advised Voss Metals. The two companies
will ...": Harlan and Voss, coordinated as one clause's parties, not Calder (an adviser) and Voss,
the latest two named. A sentence that coordinates two organizations ("A and B", "a venture
between A and B") names the pair; a later pair that holds an outsider (a fund, an adviser, a
public body), a name of the reference's own sentence, or one the text tied to a member as its
owner, lender, adviser or backer is no "two companies" (`intruders`). (A pair read from the
relations a sentence found, "A criticised B", and a candidate named only in a prepositional
phrase, "Analysts at X", were tried as well: they cost precision on the described sets.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from loaders.relations.model import Mention

TIE_TYPES: Final[tuple[str, ...]] = ("OWNS", "FUNDS", "ADVISES", "BACKS")
JOINT_REACH: Final[int] = 4  # words from the subject to its companion: "bid jointly with"
ACTED_REACH: Final[int] = 3  # sentences between the pair's sentence and "the two companies"


def coordinated_orgs(
    lows: Sequence[str], names: Sequence[Mention], type_of: Callable[[str], str]
) -> tuple[str, str] | None:
    """The two organizations a sentence coordinates as "A and B" (not three or more in a list,
    "A, B and C") or makes act together ("A bid jointly with B"), else None."""
    joint = _joint_pair(lows, names, type_of)
    if joint is not None:
        return joint
    # (the words between two names are read by position: no slice copied for each pair)
    for k in range(len(names) - 1):
        a, b = names[k], names[k + 1]
        if not _one_word(lows, a.j, b.i, AND):
            continue
        if k > 0 and _one_word(lows, names[k - 1].j, a.i, LIST_MARKS):
            return None  # "A, B and C"
        if k + 2 < len(names) and _one_word(lows, b.j, names[k + 2].i, LIST_MARKS):
            return None  # "A and B, C"
        x, y = a.ids[0], b.ids[0]
        if x != y and type_of(x) == "Organization" == type_of(y):
            return (x, y)  # not "Ann Lee and Ivo Marr said A and B would merge": read on
    return None


def _joint_pair(
    lows: Sequence[str], names: Sequence[Mention], type_of: Callable[[str], str]
) -> tuple[str, str] | None:
    """ "A bid jointly with B", "A, together with B, bid": the subject and its companion
    (a few words between, no other name)."""
    for k in range(len(names) - 1):
        a, b = names[k], names[k + 1]
        end = min(b.i, len(lows))  # the words between: lows[a.j:end]
        if not 2 <= end - a.j <= JOINT_REACH or lows[end - 1] != "with":
            continue
        if lows[end - 2] not in JOINT_ADVERBS:
            continue
        x, y = a.ids[0], b.ids[0]
        if x != y and type_of(x) == "Organization" == type_of(y):
            return (x, y)
    return None


AND: Final[tuple[str, ...]] = ("and",)
LIST_MARKS: Final[tuple[str, ...]] = (",", "and")  # a list's separators: "A, B and C"
JOINT_ADVERBS: Final[tuple[str, ...]] = ("jointly", "together")  # "bid jointly with B"


def _one_word(lows: Sequence[str], start: int, end: int, words: tuple[str, ...]) -> bool:
    """lows[start:end] is one word, one of `words`."""
    return min(end, len(lows)) - start == 1 and lows[start] in words


def intruders(
    ids: Sequence[str],
    pair: tuple[str, str],
    relations: Mapping[tuple[str, str, str], object],
    outsider: Callable[[str], bool],
) -> bool:
    """The two candidates `ids` (the latest named) are no pair, or one of them, outside
    `pair`, is an outsider (a fund, an adviser, a public body) or the owner, lender, adviser or
    backer of a member of `pair`, or one of those members' own holding: the pair means
    `pair`."""
    if len(ids) < 2:
        return True
    for x in ids[:2]:
        if x in pair:
            continue
        if outsider(x):
            return True
        for y in pair:
            if any((x, t, y) in relations or (y, t, x) in relations for t in TIE_TYPES):
                return True
    return False
