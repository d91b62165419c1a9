"""Print rows as a readable table, JSON or CSV (the CLI's `--format` switch).

>>> import io
>>> buf = io.StringIO()
>>> write_rows(["a"], [[1]], "csv", buf)
>>> buf.getvalue().splitlines()
['a', '1']

JSON output always parses with any JSON reader: numbers that are not finite (NaN, infinities,
which a `--write` query or a division by zero can produce) are written as null.

>>> buf = io.StringIO()
>>> write_rows(["x"], [[float("nan")], [[1.0, float("inf")]]], "json", buf)
>>> json.loads(buf.getvalue())
[{'x': None}, {'x': [1.0, None]}]
"""

from __future__ import annotations

import csv
import json
import math
import sys
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

FORMATS = ("table", "json", "csv")


def to_jsonable(value: Any) -> Any:
    """`value` as plain JSON data: containers as lists and mappings, NaN and infinities as None,
    anything else (dates, ids) as text."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [to_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # a table or CSV cell may say nan; JSON cannot
    return json.dumps(to_jsonable(value), ensure_ascii=False, allow_nan=False)


def write_rows(
    columns: list[str],
    rows: list[list[Any]],
    fmt: str = "table",
    out: TextIO | None = None,
    title: str | None = None,
) -> None:
    out = out or sys.stdout
    if fmt == "json":
        records = [dict(zip(columns, map(to_jsonable, row), strict=False)) for row in rows]
        out.write(json.dumps(records, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[cell(v) for v in row] for row in rows])
    else:
        table = Table(title=title, show_lines=False, header_style="bold")
        for column in columns:
            table.add_column(escape(column), overflow="fold")
        for row in rows:
            table.add_row(*(escape(cell(v)) for v in row))
        console = Console(file=out, width=_width(out), soft_wrap=False)
        console.print(table)
        if not rows:
            console.print("(no rows)")


def _width(out: TextIO) -> int | None:
    # A pipe or file gets a wide table rather than rich's 80-column default.
    return None if getattr(out, "isatty", lambda: False)() else 160
