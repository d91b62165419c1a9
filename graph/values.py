"""Values that come from users (files, `--param`): bounded nesting, finite numbers, JSON.

Python's JSON and YAML readers recurse once per level of nesting, so a file or parameter nested
a few thousand levels deep ends in a RecursionError; Python's JSON also accepts `NaN` and
`Infinity`, which no JSON reader elsewhere does. These helpers turn both into one-line errors
before anything else sees the value.

>>> parse_json('{"a": [1, 2.5, null]}', "x.json")
{'a': [1, 2.5, None]}
>>> parse_json("[" * 100 + "]" * 100, "x.json")
Traceback (most recent call last):
graph.errors.ErgError: x.json:1: nested more than 64 levels deep
>>> check_value(float("nan"), "confidence")
Traceback (most recent call last):
graph.errors.ErgError: confidence: NaN is not a number erg can store (use a finite number)
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from graph.errors import ErgError

# Deeper than any curated record or query parameter needs (a curated file uses about 6 levels),
# far below where Python's readers run out of stack.
MAX_DEPTH = 64
# Integers both stores hold (64-bit signed).
INT_RANGE = (-(2**63), 2**63 - 1)


def json_depth(text: str) -> tuple[int, int]:
    """(deepest nesting, line where MAX_DEPTH is first exceeded or 0) of JSON text, unparsed.

    Brackets inside strings do not count. Linear, no recursion: safe on any input.

    >>> json_depth('{"a": ["]", {"b": 1}]}')
    (3, 0)
    """
    depth = deepest = 0
    line = 1
    in_string = escaped = False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if depth > MAX_DEPTH:
                    return deepest, line
        elif ch in "]}":
            depth -= 1
    return deepest, 0


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_json(text: str, where: str) -> Any:
    """Parse JSON text, or raise an ErgError `where:line: ...` (too deep, malformed, NaN)."""
    _, line = json_depth(text)
    if line:
        raise ErgError(f"{where}:{line}: nested more than {MAX_DEPTH} levels deep")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ErgError(f"{where}:{exc.lineno}: malformed JSON: {exc.msg}") from None
    except ValueError as exc:  # NaN, Infinity
        raise ErgError(f"{where}: malformed JSON: {exc}") from None


def depth(value: Any) -> int:
    """Levels of lists and mappings in a parsed value (iterative: safe on any value).

    >>> depth(1), depth([1]), depth({"a": [[]]})
    (0, 1, 3)
    """
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        level += 1
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level) for child in children)
    return deepest


def check_value(value: Any, where: str) -> Any:
    """A JSON-like value erg can store and print: finite numbers, 64-bit integers, text keys,
    nesting of at most MAX_DEPTH; dates become ISO text. Returns the (converted) value.

    >>> check_value({"born": dt.date(1971, 6, 28), "tags": ["a", 1, None]}, "properties")
    {'born': '1971-06-28', 'tags': ['a', 1, None]}
    """
    if depth(value) > MAX_DEPTH:
        raise ErgError(f"{where}: nested more than {MAX_DEPTH} levels deep")
    return _checked(value, where)


def _checked(value: Any, where: str) -> Any:
    if value is None or isinstance(value, str | bool):
        return value
    if isinstance(value, int):
        if not INT_RANGE[0] <= value <= INT_RANGE[1]:
            raise ErgError(f"{where}: the integer {value} does not fit in 64 bits")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            shown = "NaN" if math.isnan(value) else "an infinity"
            raise ErgError(f"{where}: {shown} is not a number erg can store (use a finite number)")
        return value
    if isinstance(value, dt.date):  # YAML reads 2025-01-22 as a date (datetime is a date too)
        return value.isoformat()
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ErgError(f"{where}: keys must be text, got {type_name(key)} {key!r}")
            out[key] = _checked(item, f"{where}.{key}")
        return out
    if isinstance(value, list | tuple):
        return [_checked(item, f"{where}[{i}]") for i, item in enumerate(value)]
    raise ErgError(f"{where}: unsupported value of type {type_name(value)}")


def type_name(value: Any) -> str:
    """What a value is, in the words of a curated file's author.

    >>> type_name(True), type_name(None), type_name([1]), type_name({}), type_name(1.5)
    ('a boolean', 'null', 'a list', 'a mapping', 'a number')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dt.date):
        return "a date"
    return type(value).__name__
