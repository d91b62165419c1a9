"""Guards of the definite-NP binder (`loaders.article` `_resolve_np`), round 16.

`no_place_names` drops the candidates of "the company" whose own name ends (or, for a river or
lake, opens) with a place's head noun (`place_name_tails`, `place_name_heads` in
loaders/data/coref.yaml): a river or street the typer took for an organization ("the Tarrow
River", "River Tarrow", "Fenby Street") is what no "the cooperative" means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.coref import Registry
    from loaders.lexicon import Lexicon


def no_place_names(ids: list[str], registry: Registry, lex: Lexicon) -> list[str]:
    """The candidates whose names do not end in a place's head noun."""
    ents = registry.entities
    return [x for x in ids if x not in ents or not _place_named(ents[x].name, lex)]


def _place_named(name: str, lex: Lexicon) -> bool:
    """ "Fenby Street", "the Tarrow River", "River Tarrow": a name of two words or more that
    ends (or, for a river or lake, opens) with a place's head noun."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    return words[-1] in data_words(lex, "place_name_tails") or words[0] in data_words(
        lex, "place_name_heads"
    )
