"""Pytest fixtures for a real Neo4j 5.26 server (imported by tests/conftest.py).

- `neo4j_server` (session): the server at `$NEO4J_URI` (with `$NEO4J_USERNAME`/`$NEO4J_PASSWORD`)
  when set, otherwise one started from Maven Central jars by tests/neo4j_server/start.py and
  stopped at the end of the session (each pytest-xdist worker starts its own, so tests that wipe
  the database never see each other). Without java or mvn the tests skip with the reason, unless
  `ERG_REQUIRE_NEO4J=1` (CI), which turns the skip into a failure.
- `neo4j_clean` (function): the same server with an empty database (nodes, relationships,
  constraints and indexes dropped) before the test.
- `neo4j_store` (function): a `Neo4jStore` on that empty database, closed after the test.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.util
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def _load_start_module():
    """tests/neo4j_server/start.py, under a name that cannot clash with other modules."""
    name = "erg_neo4j_test_server"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parent / "neo4j_server" / "start.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


neo4j_start = _load_start_module()

DATABASE = "neo4j"


@dataclass
class ServerInfo:
    """Where the test server is; `process` is None for an external server (`$NEO4J_URI`)."""

    uri: str
    user: str
    password: str | None
    database: str = DATABASE
    process: object | None = None  # a start.Neo4jServer when this session started it

    @property
    def auth(self) -> tuple[str, str] | None:
        return (self.user, self.password) if self.password is not None else None

    def env(self) -> dict[str, str]:
        """Environment variables that point erg (or a subprocess) at this server."""
        out = {"NEO4J_USERNAME": self.user, "NEO4J_DATABASE": self.database}
        if self.password is not None:
            out["NEO4J_PASSWORD"] = self.password
        return out


def _unavailable(reason: str) -> None:
    message = f"no Neo4j server for the neo4j tests: {reason}"
    if os.environ.get("ERG_REQUIRE_NEO4J") == "1":
        pytest.fail(message + " (ERG_REQUIRE_NEO4J=1 makes this a failure)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[ServerInfo]:
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield ServerInfo(
            uri,
            os.environ.get("NEO4J_USERNAME", "neo4j"),
            os.environ.get("NEO4J_PASSWORD"),
            os.environ.get("NEO4J_DATABASE", DATABASE),
        )
        return
    reason = neo4j_start.missing_tools()
    if reason:
        _unavailable(reason)
    try:
        server = neo4j_start.start_server()
    except neo4j_start.ServerUnavailable as exc:
        _unavailable(str(exc))
    except neo4j_start.ServerFailed as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield ServerInfo(server.uri, server.user, server.password, DATABASE, server)
    finally:
        server.stop()


@contextlib.contextmanager
def _exclusive(server: ServerInfo) -> Iterator[None]:
    """Serialize tests on a shared external server across pytest-xdist workers."""
    if server.process is not None:  # our own server: this worker is its only user
        yield
        return
    key = hashlib.sha256(f"{server.uri}/{server.database}".encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"erg-neo4j-tests-{key}.lock"
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def wipe(server: ServerInfo) -> None:
    """Empty the database: data, constraints and indexes (not lookup indexes)."""
    from neo4j import GraphDatabase

    with GraphDatabase.driver(server.uri, auth=server.auth) as driver:
        with driver.session(database=server.database) as session:
            session.run("MATCH (n) DETACH DELETE n").consume()
            for record in session.run("SHOW CONSTRAINTS YIELD name").data():
                session.run(f"DROP CONSTRAINT `{record['name']}` IF EXISTS").consume()
            for record in session.run(
                "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"
            ).data():
                session.run(f"DROP INDEX `{record['name']}` IF EXISTS").consume()


@pytest.fixture
def neo4j_clean(neo4j_server: ServerInfo) -> Iterator[ServerInfo]:
    with _exclusive(neo4j_server):
        wipe(neo4j_server)
        yield neo4j_server


@pytest.fixture
def neo4j_store(neo4j_clean: ServerInfo, monkeypatch: pytest.MonkeyPatch):
    """A Neo4jStore on an empty database (credentials passed the way erg reads them)."""
    from graph.store.neo4j import Neo4jStore

    for name, value in neo4j_clean.env().items():
        monkeypatch.setenv(name, value)
    store = Neo4jStore(neo4j_clean.uri)
    yield store
    store.close()
