"""Doctests in graph/ and loaders/ run as a user would type them at the repository's root.

(pytest only; loaders/conftest.py uses the same fixture.)

Each module's examples run in a fresh temporary directory holding a link to `examples/`, so
`open_store("./erg-store")` and `parse_curated("examples/stargate.yaml")` work as written and
leave nothing behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.doctest import DoctestItem

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def doctest_directory(request: pytest.FixtureRequest) -> None:
    if not isinstance(request.node, DoctestItem):
        return
    tmp_path: Path = request.getfixturevalue("tmp_path")
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    request.getfixturevalue("monkeypatch").chdir(tmp_path)
