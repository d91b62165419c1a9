"""A facility noun for the company a buyer bought, named sentences before (round 28).

"Ostrel Dairy Group completed its purchase of Harnby Creamery in May. ... (several sentences
on the buyer's plans) ... The creamery was founded in 1931 by ...": "the creamery" names the
one company the buyer was found to own, not the buyer the candidates in reach start with, when
the text never called the buyer so and the bought firm is of no other kind. `holder_refs.
bought_facility` reads the same when both are in reach; this reads the bought firm from
further back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.coref import Salience


def bought_far(
    ids: list[str],
    head: str,
    salience: Salience,
    relations: Mapping[tuple[str, str, str], object],
) -> list[str]:
    """The candidates with the one organization the first owns put first, for a facility
    noun ("the mill", "the brewery") the first was never called and the owned one fits."""
    lex = salience.registry.lex
    if not ids or head not in data_words(lex, "facility_heads"):
        return ids
    kinds = salience.kinds_of((head,))
    first = ids[0]
    if salience.called(first, head):
        return ids  # a buyer the text called a mill (a food group is no mill by kind alone)
    ents = salience.registry.entities
    owned = {
        x
        for s, r, x in relations
        if s == first and r == "OWNS" and x in salience.last and ents[x].type == "Organization"
    }
    called = {x for x in owned if salience.called(x, head)}
    owned = called or owned  # "the mill" the text called so ("Kell's flour mill")
    if len(owned) != 1:
        return ids
    got = next(iter(owned))
    said = ents[got].descr - set(ents[got].name.lower().split())  # not its name's words
    own_kinds = salience.kinds_of(tuple(said))
    if own_kinds and kinds and not own_kinds & kinds and not salience.called(got, head):
        return ids  # "... bought Kell Software. The mill": no software firm
    return [got] + [x for x in ids if x != got]
