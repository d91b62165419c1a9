"""An opening "Its <role>" after a sentence whose subject advised a client (round 19,
`loaders.article` `_resolve_pronoun`).

"Harlan Bank is advising Kest Foods on the sale. Its largest investor, Vorn Capital, wants
$50m": the adviser is the sentence's subject, but the story is the client's; "its" is the one
organization the sentence before named besides its advisers (the subjects of a verb of advice,
`loaders.deal_advisers`), and nothing when there are several: never the adviser. The round 18
rule (`adviser_refs`) does the same for "the company".
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from loaders.deal_advisers import advising_subjects

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from loaders.relations.model import Mention


def advised_client(
    found: Sequence[str],
    prev: tuple[Sequence[str], Sequence[Mention]],
    type_of: Callable[[str], str],
    here: Sequence[str] = (),
) -> str | None:
    """The client an opening "its" means when `found` (what it was bound to) is the adviser of
    the sentence before: that sentence's one other organization, else "" (bind nothing); None
    when `found` advised no one there, or when this sentence (`here`) names the adviser by its
    head ("Its chief executive ... has run the bank": the adviser's)."""
    lows, items = prev
    advisers = advising_subjects(lows, items)
    if not advisers or not set(found) <= advisers:
        return None
    heads = {lows[m.j - 1] for m in items if m.j > m.i and advisers.intersection(m.ids)}
    if any(w == "the" and nxt in heads for w, nxt in pairwise(here)):
        return None
    clients = {
        rid
        for m in items
        for rid in m.ids
        if rid not in advisers and type_of(rid) == "Organization"
    }
    return next(iter(clients)) if len(clients) == 1 else ""
