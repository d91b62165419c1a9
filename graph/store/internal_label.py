"""The one rewrite the Neo4j store makes to an analyst's Cypher: a lone unlabelled node pattern
in a MATCH never matches erg's own `ErgMeta` node.

>>> hide_internal("MATCH (n) RETURN count(n)")
'MATCH (n:!ErgMeta) RETURN count(n)'
"""

from __future__ import annotations

from graph.errors import ErgError
from graph.store.cypher_tokens import Group, Item, Tok, ident, is_char, is_kw, render, tree
from graph.store.dialect_vocabulary import CLAUSES, INTERNAL_LABEL, WORDS


def hide_internal(cypher: str) -> str:
    """Neo4j: a lone unlabelled node pattern in a MATCH never matches the internal ErgMeta node."""
    try:
        items = tree(cypher)
    except ErgError:
        return cypher  # the server says what is wrong with it, in its own words
    _hide(items)
    return render(items)


def _hide(items: list[Item]) -> None:
    in_match = False
    for i, item in enumerate(items):
        if isinstance(item, Group):
            _hide(item.items)
            if in_match and item.kind == "(" and _lone_node(items, i):
                _add_label(item, [":", "!", INTERNAL_LABEL])
        elif isinstance(item, Tok) and item.kind == "id" and item.upper in CLAUSES:
            in_match = item.upper in ("MATCH", "OPTIONAL")


def _lone_node(items: list[Item], i: int) -> bool:
    """items[i] is a node pattern standing alone (no relationship either side, no label)."""
    group = items[i]
    assert isinstance(group, Group)
    before = items[i - 1] if i else None
    after = items[i + 1] if i + 1 < len(items) else None
    if is_char(before, "-", ">", "<") or is_char(after, "-", "<", ">"):
        return False
    if before is not None and ident(before) and not is_kw(before, *WORDS, *CLAUSES):
        return False  # a function call's arguments
    return not any(is_char(t, ":") for t in group.items)


def _add_label(group: Group, texts: list[str]) -> None:
    at = 1 if group.items and ident(group.items[0]) else 0
    new = [Tok("id" if t[0].isalpha() else "char", t, "") for t in texts]
    group.items[at:at] = new
