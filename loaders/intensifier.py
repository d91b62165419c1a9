"""An intensifying "itself" in a side construction on a firm: "Halvik is owned by Kelmar,
which is itself owned by Lorrimer", "..., Kelmar, itself a unit of Lorrimer", "Kelmar, a
holding firm which itself is controlled by Lorrimer". The "itself" stands for the firm the
relative clause or the appositive hangs on (Kelmar), the nearest link of an ownership chain,
never the sentence's subject or the article's salient firm (which would give Lorrimer OWNS
Halvik, collapsing the chain).

Only "itself" after ", which (is|was|has been)", after a bare comma, or after a short
descriptor appositive of the name (", a services company which is itself"); the name must be
an organization written right before that comma.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.grammar_words import SKIP_DETS
from loaders.relations.model import Mention
from loaders.relations.words import WHICH_THAT

COPULAS = frozenset({"is", "was", "has", "been", "being", "are", "were"})
RELATIVES: Final[frozenset[str]] = WHICH_THAT
DESCRIPTOR_REACH = 6  # words of a descriptor appositive: ", a services company which"


def intensified_head(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
) -> str | None:
    """The organization an intensifying "itself" at i stands for, else None."""
    if lows[i] != "itself":
        return None
    k = i - 1
    while k >= 0 and lows[k] in COPULAS:
        k -= 1
    if k < 1:
        return None
    if lows[k] in RELATIVES:
        k -= 1
        if lows[k] != ",":
            k = _descriptor_start(lows, items, k)
    if k < 1 or lows[k] != ",":
        return None
    head = next((m for m in items if m.j == k and m.kind == "name" and len(m.ids) == 1), None)
    if head is None or type_of(head.ids[0]) != "Organization":
        return None
    return head.ids[0]


def _descriptor_start(lows: Sequence[str], items: Sequence[Mention], k: int) -> int:
    """The comma opening a descriptor appositive that ends at k (", a holding firm which"),
    naming nothing; else -1."""
    for c in range(k, max(-1, k - DESCRIPTOR_REACH), -1):
        if lows[c] == ",":
            named = any(c < m.i <= k for m in items)
            return -1 if named or lows[c + 1] not in SKIP_DETS else c
        if not lows[c].isalpha():
            return -1
    return -1


def object_relative_head(lows: Sequence[str], items: Sequence[Mention], i: int) -> set[str]:
    """The head of an object relative clause whose subject is the pronoun at i: "Kelpmoor,
    which it bought in 2018" (the "it" is never Kelpmoor, which would have bought itself);
    else no id."""
    if lows[i] not in ("it", "he", "she", "they") or i < 3 or lows[i - 1] not in RELATIVES:
        return set()
    if lows[i - 2] != ",":
        return set()
    return {x for m in items if m.j == i - 2 and m.kind == "name" for x in m.ids}
