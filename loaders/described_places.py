"""Places in a description that refers back ("the Dallas company", "the Lecco-based parent"):
such a description leans to a firm its own sentence named aside (`coref._rank_topical`):
"Orla sews Tarlo's range for the Dallas company" is Tarlo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import name_key

if TYPE_CHECKING:
    from loaders.coref import Registry


def _place_ids(registry: Registry, words: tuple[str, ...]) -> set[str]:
    """The Location entities that one word, or two words in a row, of `words` name."""
    seq = [w for w in words if w.isalpha() or ("-" in w and w != "-")]
    keys = set(seq) | {f"{a} {b}" for a, b in zip(seq, seq[1:], strict=False)}
    out: set[str] = set()
    for k in keys:
        for rid in registry.lookup_key(name_key(k)):
            if registry.type_of(rid) == "Location":
                out.add(rid)
    return out


def place_described(registry: Registry, modifiers: tuple[str, ...]) -> frozenset[str]:
    """The places among a description's modifiers ("lecco - based"), or none."""
    if not modifiers:
        return frozenset()
    return frozenset(_place_ids(registry, modifiers))
