"""A deal's adviser is no "the company" of the firm it advised (round 18, `loaders.article`
`_resolve_np`).

"Harlan Bank advised Tarsa on the sale. The company said profits rose": Tarsa, the client, not
the adviser named first or last. A candidate the text made the subject of a verb of advice
(`loaders.deal_advisers`) or the source of an ADVISES relation to another candidate leaves the
candidates of "the company", "the group", "the business", "the firm", unless the text called
it by the description's noun ("Harlan Group advised Tarsa. The group ...") or every candidate
is an adviser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.non_names import data_words

if TYPE_CHECKING:
    from collections.abc import Mapping, Set

    from loaders.coref import Salience


def advisers_last(
    ids: list[str],
    head: str,
    salience: Salience,
    advisers: Set[str],
    relations: Mapping[tuple[str, str, str], object],
) -> list[str]:
    """The candidates of a company description without the advisers it cannot mean."""
    if len(ids) < 2 or head not in data_words(salience.registry.lex, "holder_blind_heads"):
        return ids

    def adviser(x: str) -> bool:
        if salience.called(x, head):
            return False
        return x in advisers or any((x, "ADVISES", y) in relations for y in ids if y != x)

    kept = [x for x in ids if not adviser(x)]
    return kept or ids
