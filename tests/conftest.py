"""Shared fixtures: temporary real stores, the example graph, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j_fixtures import neo4j_clean, neo4j_server, neo4j_store  # noqa: F401

from graph.cli import main
from graph.store.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# shared/ (scorer, corpus) sits beside the repository; a git worktree is one level deeper
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "eval" / "score.py").exists()),
    ROOT.parent / "shared",
)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to test a compiled extractor module older than its source: Python imports the
    compiled one first, so the tests would not see the edit (see setup.py)."""
    stale = [
        so.relative_to(ROOT).as_posix()
        for so in (ROOT / "loaders").rglob("*.so")
        if (src := so.with_name(so.name.split(".")[0] + ".py")).exists()
        and src.stat().st_mtime > so.stat().st_mtime
    ]
    if stale:
        pytest.exit(f"compiled modules older than their source (delete them): {stale[:3]}", 4)


@dataclass
class Ran:
    code: int
    out: str
    err: str


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def embedded(store_path: Path):
    store = EmbeddedStore(store_path)
    yield store
    store.close()


@pytest.fixture
def erg(store_path: Path):
    """Run `erg ARGS...` in-process against the test's store; returns (code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args: str, store: Path | str | None = None) -> Ran:
        env = {"ERG_STORE": str(store or store_path)}
        result = runner.invoke(main, list(args), env=env, catch_exceptions=False)
        return Ran(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def erg_process(store_path: Path):
    """Run the installed console script as a real process (for locking, exit codes)."""

    def run(*args: str, store: Path | str | None = None, timeout: float = 120) -> Ran:
        env = {**os.environ, "ERG_STORE": str(store or store_path)}
        proc = subprocess.run(
            [sys.executable, "-m", "graph", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            cwd=ROOT,
        )
        return Ran(proc.returncode, proc.stdout, proc.stderr)

    return run


@pytest.fixture
def example_store(store_path: Path, erg) -> Path:
    """A store holding the curated Stargate graph (examples/stargate.yaml)."""
    ran = erg("load", str(EXAMPLES / "stargate.yaml"), "--quiet")
    assert ran.code == 0, ran.err
    return store_path


STORE_KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(params=STORE_KINDS)
def any_store(request, tmp_path: Path):
    """The same behaviour test runs against every store kind (Neo4j: a real 5.26 server)."""
    if request.param == "neo4j":
        yield request.getfixturevalue("neo4j_store")
        return
    store = EmbeddedStore(tmp_path / "store")
    yield store
    store.close()
