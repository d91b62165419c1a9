"""Every module of `loaders/` can be imported on its own, in any order (a notebook's
`import loaders.coref` first, a doctest run of one file).

Python runs a module's top-level imports in order; a module that imports, at top level, a
module which (through its own top-level imports) imports the first one back finds it
half-initialized, and `from X import name` fails there. The test reads the static import graph
of `loaders/` (top-level imports only; `if TYPE_CHECKING:` blocks and imports inside functions
are not run at import time) and checks it has no cycle. Importing a submodule runs its
package's `__init__` first, so a package's submodules depend on their `__init__`, except a
facade `__init__` that imports only its own submodules (it always runs before them). A few
modules are then imported alone in fresh interpreters, as a user would.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _modules() -> dict[str, Path]:
    found = {}
    for path in (ROOT / "loaders").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(path: Path, known: dict[str, Path]) -> set[str]:
    """The `loaders` modules `path` imports at top level."""
    out: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("loaders"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                out.add(sub if sub in known else node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("loaders"))
    return {m for m in out if m in known}


def _graph() -> dict[str, set[str]]:
    known = _modules()
    edges = {m: _imports(p, known) for m, p in known.items()}
    packages = {m for m, p in known.items() if p.name == "__init__.py"}
    facades = {p for p in packages if all(d.startswith(p + ".") for d in edges[p])}
    for m in known:
        parts = m.split(".")
        for k in range(2, len(parts)):
            package = ".".join(parts[:k])
            if package in packages and package not in facades:
                edges[m].add(package)
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str]:
    """One import cycle, as a path of modules, or []."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str]:
        state[m] = 1
        stack.append(m)
        for d in sorted(edges[m]):
            if state.get(d) == 1:
                return stack[stack.index(d) :] + [d]
            if d not in state and (found := visit(d)):
                return found
        stack.pop()
        state[m] = 2
        return []

    for m in sorted(edges):
        if m not in state and (found := visit(m)):
            return found
    return []


def test_the_loaders_import_graph_has_no_cycle() -> None:
    assert _cycle(_graph()) == []


def test_a_cycle_is_found_when_there_is_one() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert _cycle(edges) == ["a", "b", "c", "a"]


@pytest.mark.parametrize(
    "module",
    ["loaders.coref", "loaders.type_cues", "loaders.mentions", "loaders.relations.words"],
)
def test_a_module_imports_alone(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr.splitlines()[-1:]
