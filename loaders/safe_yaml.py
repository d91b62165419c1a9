"""YAML for curated files: no anchors or aliases, bounded nesting, errors with a line.

An alias repeats a whole subtree, so a few hundred bytes of nested aliases expand to gigabytes
(the "billion laughs"); an alias to its own parent is a cycle; and YAML nested a thousand levels
deep exhausts Python's stack. Curated files need none of these, so they are refused while the
file is composed, before any value is built.

>>> load_yaml("entities: [{name: Ann, type: Person}]", "a.yaml")[0]
{'entities': [{'name': 'Ann', 'type': 'Person'}]}
>>> load_yaml("a: &x [1]\\nb: *x", "a.yaml")  # doctest: +ELLIPSIS
Traceback (most recent call last):
graph.errors.ErgError: a.yaml:1: YAML anchors and aliases (&x, *x) are not allowed ...
"""

from __future__ import annotations

from typing import Any

import yaml

from graph.errors import ErgError
from graph.values import MAX_DEPTH


class _Refused(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


class CuratedLoader(yaml.SafeLoader):
    """PyYAML's safe loader that refuses anchors, aliases and deep nesting as it composes."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        line = event.start_mark.line + 1
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent) or anchor:
            raise _Refused(
                line,
                f"YAML anchors and aliases (&{anchor}, *{anchor}) are not allowed in curated "
                "files; write the value out",
            )
        nested = isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent)
        if nested:
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise _Refused(line, f"nested more than {MAX_DEPTH} levels deep")
        try:
            return super().compose_node(parent, index)
        finally:
            if nested:
                self._depth -= 1


def compose_yaml(text: str, where: str) -> yaml.Node | None:
    """The YAML node tree of `text` (None for an empty document), or a one-line ErgError."""
    loader = CuratedLoader(text)
    try:
        return loader.get_single_node()
    except _Refused as refused:
        raise ErgError(f"{where}:{refused.line}: {refused}") from None
    except yaml.YAMLError as exc:
        raise ErgError(_yaml_message(exc, where)) from None
    finally:
        loader.dispose()


def load_yaml(text: str, where: str) -> tuple[Any, yaml.Node | None]:
    """The value of YAML `text` and its node tree (for line numbers), or a one-line ErgError."""
    node = compose_yaml(text, where)
    if node is None:
        return None, None
    loader = CuratedLoader("")
    try:
        return loader.construct_document(node), node
    except yaml.YAMLError as exc:
        raise ErgError(_yaml_message(exc, where)) from None
    finally:
        loader.dispose()


def _yaml_message(exc: yaml.YAMLError, where: str) -> str:
    mark = getattr(exc, "problem_mark", None)
    line = f":{mark.line + 1}" if mark else ""
    problem = getattr(exc, "problem", None) or "syntax error"
    return f"{where}{line}: malformed YAML: {problem}"
