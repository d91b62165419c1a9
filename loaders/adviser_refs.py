"""A deal's adviser is no "the company" of the firm it advised (round 18, `loaders.article`
`_resolve_np`).

"Harlan Bank advised Tarsa on the sale. The company said profits rose": Tarsa, the client, not
the adviser named first or last. A candidate the text made the subject of a verb of advice
(`loaders.deal_advisers`) or the source of an ADVISES relation to another candidate leaves the
candidates of "the company", "the group", "the business", "the firm" or "the concern"
(`holder_blind_heads`, `loaders.holder_refs.drop_unless_called`), unless the text called it by
the description's noun ("Harlan Group advised Tarsa. The group ...") or every candidate is an
adviser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.holder_refs import drop_unless_called

if TYPE_CHECKING:
    from collections.abc import Mapping, Set

    from loaders.coref import Salience


def advisers_last(
    ids: list[str],
    head: str,
    salience: Salience,
    advisers: Set[str],
    relations: Mapping[tuple[str, str, str], object],
    clients: Set[str] = frozenset(),
) -> list[str]:
    """The candidates of a company description without the advisers it cannot mean; when the
    first one was such an adviser, the one client among the rest first ("Harlan Bank advised
    Pemby Foods. The firm's chairman ...": Pemby, not a firm named before)."""

    def adviser(x: str) -> bool:
        return x in advisers or any((x, "ADVISES", y) in relations for y in ids if y != x)

    kept = drop_unless_called(ids, head, salience, adviser)
    if not ids or not kept or kept[0] == ids[0]:
        return kept
    advised = [x for x in kept if x in clients]
    if len(advised) != 1:
        return kept
    return advised + [x for x in kept if x != advised[0]]
