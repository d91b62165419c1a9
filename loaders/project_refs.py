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
    """The Project an "it" at i after "towards" stands for; "" when it stands for no entity
    (mend29b: a thing introduced in its own sentence, "needs a new ship, and F will put £3m
    towards it", or no scheme in view, "Tarrin Dairy is building a cheese plant. F has granted
    £1m towards it": never the firm building it); a firm named before the giver in its own
    sentence ("Bray bought Harwick Ports and has put £30m towards it"); else None."""
    if lows[i] != "it" or i < 1 or lows[i - 1] not in TOWARD:
        return None
    named = [m for m in items if m.kind == "name" and m.j <= i]
    others = [m for m in named if type_of(m.ids[0]) != "Project"]
    if not others:
        return None  # "The state bank has put $2m towards it": no giver named, no reading
    here = [m.ids[0] for m in named if type_of(m.ids[0]) == "Project"]
    if here:
        return here[-1]
    if any(_new_thing(lows, p, i, named) for p in range(i)):
        return ""  # "Sandgate needs a new ship, and Kent Growth Fund will put £3m towards it"
    n = _givers(lows, others)
    later = [m for m in others[n:] if type_of(m.ids[0]) == "Organization"]
    if later:
        return later[-1].ids[0]  # "Bray bought Harwick Ports and has since put £30m towards it"
    for rid, seen in reversed(salience.recent):
        if sno - seen > PROJECT_REACH:
            break
        if seen < sno and type_of(rid) == "Project":
            return rid
    return ""  # no scheme in view: not the firm that salience would pick


INDEFINITE: Final[frozenset[str]] = frozenset({"a", "an"})
LINKS: Final[frozenset[str]] = frozenset({"and", "or", ","})
MONEY_REACH: Final = 5  # words from "a" to the pronoun: "a further £3m towards it"


def _givers(lows: Sequence[str], others: Sequence[Mention]) -> int:
    """How many of the names open the sentence as its subject: the first named and those
    coordinated with it ("Kent Growth Fund and Bray Capital have put ...")."""
    n = 1
    while n < len(others) and all(w in LINKS for w in lows[others[n - 1].j : others[n].i]):
        n += 1
    return n


def _new_thing(lows: Sequence[str], p: int, i: int, named: Sequence[Mention]) -> bool:
    """Whether an article at p brings in a thing of its own ("needs a new ship", "raising a
    £20m fund") before the pronoun at i: not an appositive of a name (", a state lender,") nor
    the sum itself ("has put a further £3m towards it")."""
    if lows[p] not in INDEFINITE or i - p <= MONEY_REACH:
        return False
    return not (p >= 1 and lows[p - 1] == "," and any(m.j == p - 1 for m in named))
