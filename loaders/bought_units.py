"""The part a buyer's speaker means: "the unit", "the business" after a purchase.

"Larkfield Foods bought Penmore Creamery. Larkfield chief executive Ida Marsh said the
business would keep its name, and that Tom Ede was to remain managing director of the
unit": the firm the sentence names around the description (the speaker's or title's firm) is
the buyer, and a noun of a bought company (`acquired_heads`) means the one company it bought,
Penmore, not Larkfield itself. A buyer of two companies in reach, or a noun of no bought
company ("the firm"), keeps the firm the sentence names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from loaders.relations.words import ACQUIRED_HEADS

if TYPE_CHECKING:
    from loaders.coref import Salience

# sentences back a purchase still gives "the unit" its company
REACH: Final[int] = 6


def bought_unit(
    firm: str,
    head: str,
    relations: Mapping[tuple[str, str, str], object],
    salience: Salience,
    sno: int,
) -> str:
    """The one company `firm` owns that the text named within reach, when `head` is a noun of
    a bought company; else `firm`."""
    if head not in ACQUIRED_HEADS:
        return firm
    last = salience.last
    owned = [
        t
        for (src, kind, t) in relations
        if src == firm and kind == "OWNS" and t != firm and sno - last.get(t, -99) <= REACH
    ]
    return owned[0] if len(owned) == 1 else firm
