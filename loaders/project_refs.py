"""A pronoun that money is put towards stands for the scheme in view (round 29,
`loaders.references` `_clause_owner`).

"Corvel Foods is building the Ashgrove Bakery Works. The Tamar Rural Fund has pledged £3m
towards it": what money goes "towards" is a thing built, run or paid for, not the firm that
salience would pick for "it". The reading takes the latest Project named in the sentence before
the pronoun, else the latest one of the last `PROJECT_REACH` sentences when no organization
or product was named after it; nothing when none is in view or no giver is named before the
pronoun (an unnamed giver, "the state bank", is left to the usual readings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from loaders.coref import Salience
    from loaders.relations.model import Mention

TOWARD: Final[frozenset[str]] = frozenset({"toward", "towards"})
PROJECT_REACH: Final = 2  # sentences back a scheme stays in view for "towards it"
# kinds named after the scheme that leave it in view: "... Tolland Quay near Dover. ... it"
PASSED: Final[frozenset[str]] = frozenset({"Location", "Person"})


def project_it(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    sno: int,
    salience: Salience,
    type_of: Callable[[str], str],
) -> str | None:
    """The Project an "it" at i after "towards" stands for, else None."""
    if lows[i] != "it" or i < 1 or lows[i - 1] not in TOWARD:
        return None
    if not any(m.kind == "name" and m.j <= i and type_of(m.ids[0]) != "Project" for m in items):
        return None  # "The state bank has put $2m towards it": no giver named, no reading
    here = [m.ids[0] for m in items if m.j <= i and type_of(m.ids[0]) == "Project"]
    if here:
        return here[-1]
    for rid, seen in reversed(salience.recent):
        if sno - seen > PROJECT_REACH:
            return None
        kind = type_of(rid)
        if seen < sno and kind == "Project":
            return rid
        if seen < sno and kind not in PASSED:
            return None  # "Ostrava Mills is building Halle Nord ... towards it": not a scheme
    return None
