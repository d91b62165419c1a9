"""Places in a description that refers back ("the Dallas company", "the Lecco-based parent"):
such a description leans to a firm its own sentence named as a possessor
(`coref.Salience._rank_topical`):
"Orla sews Tarlo's range for the Dallas company" is Tarlo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import name_key

if TYPE_CHECKING:
    from loaders.coref import Registry


def place_described(registry: Registry, modifiers: tuple[str, ...]) -> frozenset[str]:
    """The Location entities that one word, or two words in a row, of a description's modifiers
    name ("lecco - based": Lecco). Only words count: a lone hyphen, a number or a mark between
    two is skipped, and they are in a row."""
    seq = [w for w in modifiers if w.isalpha() or ("-" in w and w != "-")]
    keys = set(seq) | {f"{a} {b}" for a, b in zip(seq, seq[1:], strict=False)}
    return frozenset(
        rid
        for k in keys
        for rid in registry.lookup_key(name_key(k))
        if registry.type_of(rid) == "Location"
    )
