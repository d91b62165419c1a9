"""A company reference in a relative clause on a person: "Lumicoat was launched by Annelie
Roduit. ... Roduit, who still heads the company, shrugged off the row": the company is the one
the person is already tied to (founded or leads), not the organization named last.

Only "P, who [adverb] VERB the company" with a verb of leading or founding (`leading`: "heads",
"runs", "founded"; not "who has sued the company"), at most `WHO_REACH` words between "who" and
the reference, and only when the earlier relations tie P to exactly one organization."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Final

from loaders.relations.model import Mention

WHO_REACH: Final = 3  # words between "who" and "the company": "who still heads"
TIE_TYPES: Final[frozenset[str]] = frozenset({"FOUNDED", "LEADS"})


def tied_firm(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    relations: Collection[tuple[str, str, str]],
    type_of: Callable[[str], str],
    leading: Callable[[str], bool],
) -> str | None:
    """The organization the person before ", who ..." ending just before the reference at i
    founded or leads, when the clause's verb is one of leading (`leading`) and earlier
    relations name exactly one; else None."""
    person = _who_person(lows, items, i, type_of, leading)
    if person is None:
        return None
    tied = {
        dst
        for src, rel, dst in relations
        if src == person and rel in TIE_TYPES and type_of(dst) == "Organization"
    }
    return next(iter(tied)) if len(tied) == 1 else None


def _who_person(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    leading: Callable[[str], bool],
) -> str | None:
    """The person named right before the ", who" that opens the clause holding i, when a verb
    of leading stands between "who" and i."""
    for w in range(i - 2, max(1, i - 2 - WHO_REACH), -1):
        if lows[w] == "who" and lows[w - 1] == ",":
            if not any(leading(x) for x in lows[w + 1 : i]):
                return None  # "Roduit, who has sued the company": not her own firm
            m = next((m for m in items if m.j == w - 1 and len(m.ids) == 1), None)
            if m is not None and type_of(m.ids[0]) == "Person":
                return m.ids[0]
            return None
        if not lows[w].isalpha():
            return None
    return None
