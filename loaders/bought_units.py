"""The part a buyer's speaker means: "the unit", "the business" after a purchase.

"Larkfield Foods bought Penmore Creamery. Larkfield chief executive Ida Marsh said the
business would keep its name, and that Tom Ede was to remain managing director of the
unit": the firm the sentence names around the description (the speaker's or title's firm) is
the buyer, and a noun of a bought company (`acquired_heads`) means the one company it bought,
Penmore, not Larkfield itself. A buyer of two companies in reach, or a noun of no bought
company ("the firm"), keeps the firm the sentence names.

Only a purchase or a controlling holding counts (mend31a): "Larkfield holds a 5% stake in
Penmore" makes no Penmore "the business" of Larkfield's speaker; "a 60% stake", "a majority
stake" does (`control_stake_words`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from loaders.relations.words import ACQUIRED_HEADS, CONTROL_STAKE_WORDS

if TYPE_CHECKING:
    from graph.model import Relation
    from loaders.coref import Salience

# sentences back a purchase still gives "the unit" its company
REACH: Final[int] = 6
# the rule families of a share held or bought, and those of them that sell a whole company
STAKE_FAMILIES: Final[tuple[str, ...]] = ("stake/", "holdings/")
WHOLE_SALES: Final[tuple[str, ...]] = ("stake/sale-of", "stake/sold-to")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)")
_WORD = re.compile(r"[a-z][a-z-]*")


def _controlling(text: str) -> bool:
    """A stake sentence states control: a share over half, or a word of control."""
    low = text.lower()
    if any(float(p) > 50 for p in _PERCENT.findall(low)):
        return True
    return not CONTROL_STAKE_WORDS.isdisjoint(_WORD.findall(low))


def _bought(relation: Relation) -> bool:
    """An OWNS a purchase or a whole or controlling holding states, not a minority stake."""
    evidence = relation.evidence
    if not evidence:
        return True
    for ev in evidence:
        rule = ev.rule or ""
        if not rule.startswith(STAKE_FAMILIES) or rule.startswith(WHOLE_SALES):
            return True
        if _controlling(ev.text or ""):
            return True
    return False


def bought_unit(
    firm: str,
    head: str,
    owned: Sequence[str],
    relations: Mapping[tuple[str, str, str], Relation],
    salience: Salience,
    sno: int,
    heads: Collection[str] = ACQUIRED_HEADS,
) -> str:
    """The one company `firm` bought (or controls) that the text named within reach, when
    `head` is a noun of a bought company (one of `heads`); else `firm`. `owned`: what the
    article's OWNS relations so far say `firm` owns (`Ownership.owned`), each with its
    relation in `relations`."""
    if head not in ACQUIRED_HEADS or head not in heads:
        return firm
    last = salience.last
    bought = [
        t
        for t in owned
        if t != firm and sno - last.get(t, -99) <= REACH and _bought(relations[(firm, "OWNS", t)])
    ]
    return bought[0] if len(bought) == 1 else firm
