"""Function calls in the Cypher translation (graph.store.dialect): the LadybugDB text of each
Neo4j function that is spelled, indexed or typed differently there (substring's 1-based start,
split's empty parts, toString's number format, keys() from erg's layout, startNode()...).
"""

from __future__ import annotations

from graph.store.base import ENTITY_COLUMNS, RELATION_COLUMNS
from graph.store.cypher_tokens import Group, Item, Tok, ident, is_char, is_kw, parse
from graph.store.dialect_items import plus_one, quote
from graph.store.dialect_scope import Scope
from graph.store.dialect_vocabulary import (
    BIG,
    BOOL_WORDS,
    DOCUMENT_COLUMNS,
    DOUBLE_FUNCTIONS,
    DOUBLE_PROPERTIES,
    LIST_FUNCTIONS,
    LIST_PROPERTIES,
    MARK,
    DialectError,
    E,
)


def function(fn: str, args: list[str], scope: Scope) -> str | None:
    """The LadybugDB text for a Neo4j function call, or None to keep the call as it is."""
    one = args[0] if len(args) == 1 else None
    if fn == "substring" and len(args) in (2, 3):
        length = args[2] if len(args) == 3 else str(BIG)
        return f"substring({args[0]}, {plus_one(args[1])}, {length})"
    if fn == "split" and len(args) == 2:
        # string_split drops empty parts ('a,,b'); Neo4j keeps them: mark each part first
        s, sep = args
        marked = f"'{MARK}' + replace({s}, {sep}, {sep} + '{MARK}')"
        return f"list_transform(string_split({marked}, {sep}), _s -> substring(_s, 2, {BIG}))"
    if fn in ("tointeger", "toint") and one:
        d = f"to_double({one})"
        return f"to_int64(CASE WHEN {d} < 0 THEN ceil({d}) ELSE floor({d}) END)"
    if fn == "toboolean" and one:
        return f"cast({one} AS BOOL)"
    if fn == "head" and one:
        return f"list_extract({one}, 1)"
    if fn == "last" and one:
        return f"list_extract({one}, -1)"
    if fn == "tail" and one:
        return f"list_slice({one}, 2, {BIG})"
    if fn == "isempty" and one:
        return f"(size({one}) = 0)"
    if fn == "round" and one:  # Neo4j rounds halves up (-2.5 -> -2.0), LadybugDB away from 0
        return f"floor(({one}) + 0.5)"
    if fn == "tostring" and one:
        return _to_string(one)
    if fn == "exp" and one:
        return f"pow({E}, {one})"
    if fn == "e" and not args:
        return E
    if fn == "reverse" and one:
        return _reverse(one)
    if fn == "labels" and one:
        return f"[label({one})]"
    if fn == "keys" and one:
        return keys(one, scope)
    if fn in ("startnode", "endnode") and one:
        return endpoint(fn, one, scope)
    return None


def keys(var: str, scope: Scope) -> str:
    """keys(var): the names of erg's columns that are set on the node or relationship."""
    if var in scope.rels:
        columns: tuple[str, ...] = RELATION_COLUMNS
    elif var in scope.pattern_vars:
        labels = scope.node_labels.get(var, ())
        columns = DOCUMENT_COLUMNS if labels == ("Document",) else ENTITY_COLUMNS
        if "Document" in labels and len(labels) > 1:
            columns = tuple(dict.fromkeys(ENTITY_COLUMNS + DOCUMENT_COLUMNS))
    else:
        raise DialectError("keys() works on a node or relationship variable of a MATCH pattern")
    # A filter over the names, not a list of CASEs: that form crashes LadybugDB 0.22.
    tests = " OR ".join(f"(_k = '{c}' AND {var}.{c} IS NOT NULL)" for c in columns)
    names = ", ".join(f"'{c}'" for c in columns)
    return f"list_filter([{names}], _k -> {tests})"


def endpoint(fn: str, var: str, scope: Scope) -> str:
    """startNode(var) / endNode(var): the node variable at that end of its MATCH pattern."""
    rel = scope.rels.get(var)
    if rel is None or rel.direction == "-" or rel.varlen:
        raise DialectError(
            f"{'startNode' if fn == 'startnode' else 'endNode'}({var}) needs {var} matched "
            f"with a direction, as in MATCH (a)-[{var}]->(b); then use a or b"
        )
    start, end = (rel.left, rel.right) if rel.direction == "->" else (rel.right, rel.left)
    return str(start if fn == "startnode" else end)


def _reverse(arg: str) -> str:
    """reverse() of a list is list_reverse() there (its reverse() turns a list into text)."""
    items = parse(arg)
    first = items[0] if items else None
    if isinstance(first, Group) and first.kind == "[" or _is_list(items):
        return f"list_reverse({arg})"
    if len(items) == 1 and ident(first):
        raise DialectError(
            f"reverse({arg}): erg cannot tell a list from a text here; reverse the expression "
            "that made it, or write toString() around a text"
        )
    return f"reverse({arg})"


def _is_list(items: list[Item]) -> bool:
    last = items[-1] if items else None
    before = items[-2] if len(items) > 1 else None
    if isinstance(last, Group) and last.kind == "(" and ident(before):
        return before.text.lower() in LIST_FUNCTIONS  # type: ignore[union-attr]
    return ident(last) and last.text in LIST_PROPERTIES and is_char(before, ".")  # type: ignore[union-attr]


def _to_string(arg: str) -> str:
    """toString(x) as Neo4j writes numbers and booleans (`1.5`, `true`, not `1.500000`, `True`).

    LadybugDB evaluates every branch of a CASE, so the type is inferred here, from erg's layout
    and the expression's form: a float literal or DOUBLE property or function, or a predicate.
    """
    items = parse(arg)
    if len(items) == 1 and isinstance(items[0], Tok) and items[0].kind == "num":
        text = items[0].text
        return quote(repr(float(text)) if "." in text or "e" in text.lower() else text)
    if _is_bool(items):
        return f"lower(cast({arg} AS STRING))"
    if _is_double(items):
        decimal = f"cast(cast({arg} AS DECIMAL(38, 15)) AS STRING)"
        return f"regexp_replace(regexp_replace({decimal}, '0+$', ''), '[.]$', '.0')"
    return f"cast({arg} AS STRING)"


def _is_bool(items: list[Item]) -> bool:
    return any(
        is_char(t, "=", "<", ">", "<>", "<=", ">=", "=~") or is_kw(t, *BOOL_WORDS) for t in items
    )


def _is_double(items: list[Item]) -> bool:
    for k, item in enumerate(items):
        if isinstance(item, Group):
            before = items[k - 1] if k else None
            if item.kind == "(" and ident(before) and before.text.lower() in DOUBLE_FUNCTIONS:  # type: ignore[union-attr]
                return True
            if _is_double(item.items):
                return True
        elif item.kind == "num" and ("." in item.text or "e" in item.text.lower()):
            return True
        elif ident(item) and item.text in DOUBLE_PROPERTIES and is_char(items[k - 1], "."):
            return True
    return False
