"""A pair "the two companies" resolved to two names the text never put together lately (round
22, `loaders.article` `_resolve_pair`, read by `loaders.relations.coordination.mutual`).

"Brenna Group makes vans. Kestra Bank lent it £5m. Later Orla Trucks joined the market. The two
are rivals": the salient pair is one named apart, one member two or more sentences back and no
recent sentence naming both; which two "the two" are is then a guess, too weak for a rivalry
("A and B make vans. The two compete" and "A makes vans, and B makes vans too. Both compete"
keep theirs). The resolution keeps the pair with a lower confidence (`APART_CONF`) that
the mutual rule reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence

APART_REACH: Final[int] = 3  # sentences before the reference in which the pair may meet
APART_CONF: Final[float] = 0.6  # the confidence of a pair resolved apart


def named_apart(
    ids: Sequence[str],
    sno: int,
    order: Mapping[int, Sequence[str]],
    before: Collection[str],
) -> bool:
    """No sentence of the last `APART_REACH` (nor the reference's own sentence before it,
    `before`) names both of the pair `ids`, and one of them was last named two or more
    sentences back."""
    pair = ids[:2]
    if len(pair) < 2 or all(r in before for r in pair):
        return False
    for k in range(sno - APART_REACH, sno):
        named = order.get(k, ())
        if all(r in named for r in pair):
            return False
    if _opened_in_turn(pair, sno, order):
        return False
    return any(r not in before and r not in order.get(sno - 1, ()) for r in pair)


def _opened_in_turn(pair: Sequence[str], sno: int, order: Mapping[int, Sequence[str]]) -> bool:
    """The two sentences before the reference each open with one of the pair ("Skyra flies to
    Lisbon. Velto flies there too. The pair compete")."""
    firsts = [order.get(k, ())[:1] for k in (sno - 2, sno - 1)]
    return {r for f in firsts for r in f} == set(pair)
