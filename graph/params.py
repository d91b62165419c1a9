"""Cypher query parameters from `name=value` text (what `erg query --param` takes).

A value that parses as JSON is that JSON value (`3`, `2.5`, `true`, `null`, `["a","b"]`,
`{"k": 1}`); anything else is text (`name=Elon Musk`). `NaN` and `Infinity` are text too: they
are not JSON numbers. Values must be ones both stores hold the same way, so the same query gives
the same answer on LadybugDB and Neo4j:

- integers fit in 64 bits; nesting is at most 64 levels;
- a list holds one kind of value (numbers, texts, booleans, lists or mappings), nulls allowed,
  and is not empty; LadybugDB lists are typed and it cannot type an empty one;
- mappings in one list have the same keys (LadybugDB would silently rename them).

>>> parse_params(["source=microsoft", "n=3", "ids=[\\"a\\", \\"b\\"]", "x=NaN"])
{'source': 'microsoft', 'n': 3, 'ids': ['a', 'b'], 'x': 'NaN'}
>>> parse_params(['x=[1, "a", null]'])
Traceback (most recent call last):
graph.errors.ErgError: --param x: a list must hold one kind of value, got a number and text
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from graph.errors import ErgError
from graph.values import MAX_DEPTH, check_value, json_depth, type_name


def parse_params(values: Iterable[str]) -> dict[str, Any]:
    """`name=value` strings as a parameter mapping; ErgError (one line) for what cannot be."""
    params: dict[str, Any] = {}
    for text in values:
        key, sep, raw = text.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise ErgError(f"--param must look like name=value, got {text[:80]!r}")
        params[key] = check_parameter(key, parse_value(key, raw))
    return params


def parse_value(key: str, raw: str) -> Any:
    """The JSON value `raw` stands for, else `raw` itself as text."""
    if json_depth(raw)[1]:
        raise ErgError(f"--param {key}: nested more than {MAX_DEPTH} levels deep")
    try:
        return json.loads(raw, parse_constant=_text_constant)
    except ValueError:
        return raw


def _text_constant(name: str) -> Any:
    raise ValueError(name)  # NaN, Infinity: not JSON numbers, so the value stays text


def check_parameter(key: str, value: Any) -> Any:
    """`value` if both stores can take it as a parameter, else an ErgError naming `key`."""
    where = f"--param {key}"
    value = check_value(value, where)
    _check_lists(value, where)
    return value


def _check_lists(value: Any, where: str) -> None:
    if isinstance(value, dict):
        for k, item in value.items():
            _check_lists(item, f"{where}.{k}")
        return
    if not isinstance(value, list):
        return
    if not value:
        raise ErgError(f"{where}: an empty list cannot be a parameter (LadybugDB cannot type it)")
    kinds = list(dict.fromkeys(type_name(v) for v in value if v is not None))
    if len(kinds) > 1:
        raise ErgError(
            f"{where}: a list must hold one kind of value, got {' and '.join(kinds[:3])}"
        )
    if not kinds:
        raise ErgError(f"{where}: a list of nulls only cannot be a parameter")
    keys = {tuple(sorted(v)) for v in value if isinstance(v, dict)}
    if len(keys) > 1:
        raise ErgError(f"{where}: the mappings in a list must have the same keys")
    for i, item in enumerate(value):
        _check_lists(item, f"{where}[{i}]")
