"""Plural descriptions of named groups: "the canneries" after "the canneries Tunamar and
Selka", "the big processors" after "processors such as Harl Foods and Dunmore Mills".

`named_groups` reads the groups a sentence introduces (a plural noun right before a list of
names, directly or through "such as", "including", "like", "among them"); `plural_at` finds a
later "the [one or two modifiers] NOUNs" that names a remembered group. The groups are kept by
`loaders.groups.GroupMemory`, with the other kinds of group, and looked up through it.

>>> lows = ["the", "canneries", "tunamar", "and", "selka", "ltd", "cut", "prices"]
>>> named_groups(lows, {2: (3, ("tunamar",)), 4: (6, ("selka",))}, frozenset())
{'canneries': ('tunamar', 'selka')}
>>> later = ["sea", "guild", "blamed", "the", "canneries", "for"]
>>> plural_at(later, 3, {"canneries": ("tunamar", "selka")}, set())
(5, 'canneries')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set
from typing import Final

from loaders.clause_subject import joined_pair
from loaders.relations.model import Mention

# words between a plural noun and the names it introduces
LINKS: Final[tuple[tuple[str, ...], ...]] = (
    ("such", "as"),
    ("including",),
    ("like",),
    ("among", "them"),
    ("notably",),
    ("namely",),
)


def _plural(word: str, stop: Set[str]) -> bool:
    return (
        len(word) >= 5
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in stop
    )


def named_groups(
    lows: list[str], names: Mapping[int, tuple[int, tuple[str, ...]]], stop: Set[str]
) -> dict[str, tuple[str, ...]]:
    """{plural noun: ids} for each list of two or more names right after a plural noun;
    `names` maps where each name starts to where it ends and its entity ids."""
    out: dict[str, tuple[str, ...]] = {}
    n = len(lows)
    for start in sorted(names):
        p = start - 1
        if p >= 0 and lows[p] == ",":
            p -= 1
        for link in LINKS:
            b = p - len(link) + 1
            # (its last word first: most words end no link, and then no slice is copied)
            if b >= 0 and lows[p] == link[-1] and tuple(lows[b : p + 1]) == link:
                p = b - 1
                if p >= 0 and lows[p] == ",":
                    p -= 1
                break
        if p < 0 or not _plural(lows[p], stop):
            continue
        end, first = names[start]
        ids = list(first)
        q = end
        while q + 1 < n:
            if lows[q] == "," and q + 2 < n and lows[q + 1] == "and" and q + 2 in names:
                q += 2
            elif lows[q] in (",", "and") and q + 1 in names:
                q += 1
            else:
                break
            end, more = names[q]
            ids.extend(i for i in more if i not in ids)
            q = end
        if len(ids) >= 2:
            out[lows[p]] = tuple(ids)
    return out


def plural_at(
    lows: list[str], i: int, groups: Mapping[str, tuple[str, ...]], starts: Set[int]
) -> tuple[int, str] | None:
    """(end, noun) when "the [mods] NOUN" at i names a remembered group and no name follows
    ("the canneries Tunamar and Selka" introduces a group, it does not refer to one)."""
    n = len(lows)
    if lows[i] != "the":
        return None
    for p in range(i + 1, min(n, i + 4)):
        w = lows[p]
        if w in groups:
            return None if p + 1 in starts else (p + 1, w)
        if not w.isalpha() or p in starts:
            return None
    return None


# what opens the clause of "the two" after the pair it names: "; both firms", ", and the two
# firms", "in Spain, where the two are rivals"
PAIR_OPENERS: Final[frozenset[tuple[str, ...]]] = frozenset({(";",), (",", "and"), (",", "where")})
# the mentions that can make up such a pair: names, and a subject "it" or "the company" resolved
# to one entity ("It is building the kiln with Ferox; both firms ...")
PAIR_KINDS: Final[frozenset[str]] = frozenset({"name", "pronoun", "np"})


def opens_clause(
    lows: Sequence[str], i: int, openers: frozenset[tuple[str, ...]] = PAIR_OPENERS
) -> bool:
    """ "the two firms" at i opens a new clause of its sentence: one or two words before it
    are one of `openers` ("; both ...", ", and the two"; `pair_reading` reads more)."""
    return tuple(lows[i - 1 : i]) in openers or tuple(lows[max(0, i - 2) : i]) in openers


def own_pair(
    items: Sequence[Mention],
    lows: Sequence[str],
    i: int,
    type_of: Callable[[str], str],
    etype: str,
    skip: Set[str] = frozenset(),
) -> list[str]:
    """The two entities of `etype` named earlier in the same sentence when "the two firms" or
    "both companies" at i opens a new clause after them: "Stowe began using Kibo's robots,
    and the two firms have since widened their alliance" (Stowe and Kibo; never when three
    are named, nor inside the clause that names them: "X is owned by the two companies")."""
    if not opens_clause(lows, i):
        return []  # ", and the two firms ...", "; both companies ...": not "sued A and the two"
    ids: list[str] = []
    for m in items:
        if m.j > i or m.kind not in PAIR_KINDS or (m.kind != "name" and len(m.ids) != 1):
            continue
        for rid in m.ids:
            if rid not in ids and rid not in skip and type_of(rid) == etype:
                ids.append(rid)
    if len(ids) != 2:
        return []
    first = min(m.i for m in items if m.j <= i and not set(m.ids).isdisjoint(ids))
    # one clause names both: "A, which sues B, hired C, and the two ..." is no pair
    return ids if lows[first:i].count(",") <= 1 else []


def coordinated_pair(
    items: Sequence[Mention],
    lows: Sequence[str],
    i: int,
    type_of: Callable[[str], str],
    etype: str,
    skip: Set[str] = frozenset(),
) -> list[str]:
    """The two entities of `etype` coordinated as the sentence's first names ("A and B") in a
    clause that ends (", and", ";") before "both firms" at i: "Quillex and Vantora compete in
    ovens, and the only other supplier, Brannock, competes with both firms" (never a pair
    inside the reference's own clause: "Brannock sued A and B, and both firms ..." is read by
    `own_pair`)."""
    pair = joined_pair(lows, items, i, (["and"],), first=True, single=False)
    if not pair:
        return []
    ids = [pair[0].ids[0], pair[1].ids[0]]
    if any(type_of(x) != etype or x in skip for x in ids) or ids[0] == ids[1]:
        return []
    rest = lows[pair[1].j : i]
    ends = ";" in rest or any(rest[k : k + 2] == [",", "and"] for k in range(len(rest)))
    return ids if ends and "," not in lows[: pair[0].i] else []


def subject_pair(items: Sequence[Mention], lows: Sequence[str], i: int) -> tuple[str, ...]:
    """The two entities opening the clause of "their" at i, which opens an appositive to the
    name right before it: "Both chains face Varnock, their main rival" ("both chains"
    resolved), "Tilbury and Ardena face Varnock, their rival"; else ()."""
    before = [m for m in items if m.j <= i]
    if len(before) < 2 or before[-1].j != i - 1:
        return ()
    first = before[0]
    if first.i > 0 and lows[first.i - 1] != ",":
        return ()  # "Analysts at A and B rate X, their ...": not a clause's subject
    if first.kind == "pair" and len(first.ids) == 2 and len(before) == 2:
        return tuple(first.ids)
    if len(before) != 3 or first.kind != "name" or before[1].kind != "name":
        return ()
    if first.j + 1 != before[1].i or lows[first.j] != "and":
        return ()
    return (first.ids[0], before[1].ids[0])
