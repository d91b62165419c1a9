"""Typed fields of curated records: each helper returns the value or raises a one-line ErgError.

Nothing is coerced silently: `aliases: [1, true, null]` or a list given as a name is an error
that says where and what was expected, never the text "True" or "['a']" in the graph. `where`
is the file and line (`people.yaml:12`).

>>> record = {"name": "Ann", "aliases": ["A.", "Annie"], "confidence": "0.8"}
>>> text_field("f:1", record, "name", required=True), name_list("f:1", record, "aliases")
('Ann', ['A.', 'Annie'])
>>> confidence("f:1", record["confidence"])
0.8
>>> name_list("f:2", {"aliases": [1, True, None]}, "aliases")
Traceback (most recent call last):
graph.errors.ErgError: f:2: aliases must be names (text), got a number 1
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection
from typing import Any

from graph.errors import ErgError
from graph.values import check_value, type_name


def check_keys(where: str, record: dict[Any, Any], allowed: Collection[str], what: str) -> None:
    """Every key of `record` is text and one of `allowed` (`what`: "entity", "relation"...)."""
    odd = [k for k in record if not isinstance(k, str)]
    if odd:
        raise ErgError(f"{where}: {what} field names must be text, got {odd[0]!r}")
    extra = set(record) - set(allowed)
    if extra:
        raise ErgError(f"{where}: unknown {what} fields {', '.join(sorted(extra))}")


def text_field(where: str, record: dict[str, Any], key: str, *, required: bool = False) -> str:
    """A text field, stripped ('' when absent or null); numbers and lists are refused.

    `date` fields also take a date (YAML reads 2025-01-22 as one) and give its ISO text.
    """
    value = record.get(key)
    if isinstance(value, dt.date) and key == "date":
        value = value.isoformat()
    if value is None:
        value = ""
    if not isinstance(value, str):
        number = isinstance(value, int | float) and not isinstance(value, bool)
        hint = "; quote it" if number else ""
        raise ErgError(f"{where}: {key} must be text, got {type_name(value)} {value!r}{hint}")
    value = value.strip()
    if required and not value:
        raise ErgError(f"{where}: {key} is missing")
    return value


def name_list(where: str, record: dict[str, Any], key: str) -> list[str]:
    """A list of names: one text, or a list of texts ([] when absent or null)."""
    value = record.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ErgError(f"{where}: {key} must be a list of names, got {type_name(value)}")
    for item in value:
        if not isinstance(item, str):
            raise ErgError(f"{where}: {key} must be names (text), got {type_name(item)} {item!r}")
    return [item.strip() for item in value if item.strip()]


def confidence(where: str, value: Any, default: float = 1.0) -> float:
    """A confidence from 0 to 1: a number, or a number as text (CSV); `default` when absent."""
    if value is None or value == "":
        return default
    number = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            number = None
    if number is None or not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise ErgError(f"{where}: confidence must be a number from 0 to 1, got {value!r}")
    return number


def mapping(where: str, record: dict[str, Any], key: str) -> dict[str, Any]:
    """A mapping of free properties ({} when absent): text keys, finite numbers, dates as text."""
    value = record.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ErgError(f"{where}: {key} must be a mapping, got {type_name(value)}")
    checked: dict[str, Any] = check_value(value, f"{where}: {key}")
    return checked
