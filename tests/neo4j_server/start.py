"""Start a real Neo4j 5.26 community server from Maven Central jars, for tests (no Docker).

Not a doctest (a server takes 30-60 s to start; tests/neo4j_fixtures.py starts one per run)::

    server = start_server()
    server.uri, server.user         # ('bolt://127.0.0.1:40123', 'neo4j')
    server.stop()

Run as a script it starts a server and keeps it up until Ctrl-C:

    python tests/neo4j_server/start.py [--port 7687] [--password PW] [--home DIR]

The classpath is resolved once by Maven (`dependency:build-classpath`, about 150 MB of jars
into ~/.m2 the first time) and cached in tests/neo4j_server/target/classpath.txt; the server is
`java -cp <classpath> Launcher.java PORT PASSWORD [HOME]` (Java 17 single-file source launch).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
POM = HERE / "pom.xml"
LAUNCHER = HERE / "Launcher.java"
TARGET = HERE / "target"
CLASSPATH_FILE = TARGET / "classpath.txt"
USER = "neo4j"
READY_TIMEOUT = 120.0
RESOLVE_TIMEOUT = 900.0
# Modest by default: tests run alongside (each pytest-xdist worker starts its own server).
HEAP = os.environ.get("ERG_NEO4J_HEAP", "1g")
# The heap starts small for the tests (one server per pytest-xdist worker); benchmarks start it
# at its maximum, as Neo4j's memory guide recommends (growing the heap costs full collections).
HEAP_INITIAL = os.environ.get("ERG_NEO4J_HEAP_INITIAL", "256m")
PAGECACHE = os.environ.get("ERG_NEO4J_PAGECACHE", "128m")
# A class-data-sharing archive of Neo4j's classes halves the start time (measured 25 s -> 13 s;
# with C1-only JIT 15 s -> 7 s). It is written by the first server that stops cleanly and kept
# outside the work tree, so fresh clones on the same machine reuse it.
CDS_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "erg-neo4j"


class ServerUnavailable(RuntimeError):
    """Java or Maven is missing: the caller may skip rather than fail."""


class ServerFailed(RuntimeError):
    """The tools are there but the server could not be resolved or started."""


@dataclass
class Neo4jServer:
    uri: str
    user: str
    password: str
    process: subprocess.Popen
    port: int
    home: Path | None = None
    log: deque = field(default_factory=lambda: deque(maxlen=200))
    _cds: _CdsDump | None = None

    def __iter__(self):
        """Unpack as (uri, user, password, process)."""
        return iter((self.uri, self.user, self.password, self.process))

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 60.0) -> None:
        """Shut the server down cleanly (stdin EOF, then SIGTERM, then SIGKILL)."""
        proc = self.process
        if proc.poll() is not None:
            return
        with contextlib.suppress(OSError):
            if proc.stdin:
                proc.stdin.close()
        try:
            proc.wait(timeout=timeout / 2)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=timeout / 2)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._finish_cds()

    def kill(self) -> None:
        """Kill the server abruptly (SIGKILL), as a crash or a pulled plug would."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._finish_cds()

    def _finish_cds(self) -> None:
        if self._cds is not None:
            self._cds.finish(self.process.returncode == 0)
            self._cds = None


def missing_tools() -> str | None:
    """Why this machine cannot start the test server, or None when it can."""
    java, mvn = shutil.which("java"), shutil.which("mvn")
    if not java and not mvn:
        return "neither java (17+) nor mvn is installed"
    if not java:
        return "java (17+) is not installed"
    if not mvn and not _cached_classpath():
        return "mvn is not installed (needed once to fetch the Neo4j jars)"
    version = java_major_version(java)
    if version is not None and version < 17:
        return f"java {version} is too old: Neo4j 5.26 needs Java 17 or 21"
    return None


def java_major_version(java: str = "java") -> int | None:
    out = java_version_text(java)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


class _CdsDump:
    """This server writes the class-data archive at exit; keep it only if it exited cleanly."""

    def __init__(self, final: Path, lock) -> None:
        self.final = final
        self.partial = final.with_name(f"{final.stem}.{os.getpid()}.partial")
        self.lock = lock

    def finish(self, clean: bool) -> None:
        try:
            if clean and self.partial.exists() and self.partial.stat().st_size > 0:
                self.partial.replace(self.final)
        finally:
            self.partial.unlink(missing_ok=True)
            self.lock.close()


def _cds_options(classpath: str) -> tuple[list[str], _CdsDump | None]:
    """JVM options to use (or, for the first server, to write) the class-data archive."""
    if os.environ.get("ERG_NEO4J_CDS", "1") == "0":
        return [], None
    java = java_version_text()
    digest = hashlib.sha256((classpath + "\n" + java).encode()).hexdigest()[:16]
    archive = CDS_DIR / f"neo4j-{digest}.jsa"
    quiet = "-Xlog:cds=off,cds+dynamic=off"
    if archive.exists():
        return [f"-XX:SharedArchiveFile={archive}", quiet], None
    try:
        CDS_DIR.mkdir(parents=True, exist_ok=True)
        lock = open(CDS_DIR / f"neo4j-{digest}.lock", "w")  # held until the server exits
    except OSError:
        return [], None
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # another server is writing it right now
        lock.close()
        return [], None
    dump = _CdsDump(archive, lock)
    return [f"-XX:ArchiveClassesAtExit={dump.partial}", quiet], dump


def java_version_text(java: str = "java") -> str:
    try:
        return subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=30
        ).stderr.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def _pom_digest() -> str:
    return hashlib.sha256(POM.read_bytes()).hexdigest()[:16]


def _cached_classpath() -> str | None:
    """The cached classpath when it matches the current pom and every jar is still there."""
    stamp = TARGET / "classpath.stamp"
    if not CLASSPATH_FILE.exists() or not stamp.exists():
        return None
    if stamp.read_text().strip() != _pom_digest():
        return None
    classpath = CLASSPATH_FILE.read_text().strip()
    if not classpath or not all(Path(p).exists() for p in classpath.split(os.pathsep)):
        return None
    return classpath


def resolve_classpath(refresh: bool = False) -> str:
    """The launcher's classpath, asking Maven only when the cache is missing or stale.

    A file lock makes concurrent callers (pytest-xdist workers) wait for one Maven run.
    """
    TARGET.mkdir(parents=True, exist_ok=True)
    with open(TARGET / ".resolve.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        cached = None if refresh else _cached_classpath()
        if cached:
            return cached
        mvn = shutil.which("mvn")
        if not mvn:
            raise ServerUnavailable("mvn is not installed (needed once to fetch the Neo4j jars)")
        out_file = TARGET / "classpath.tmp"
        cmd = [
            mvn,
            "-q",
            "-B",
            "-f",
            str(POM),
            "dependency:build-classpath",
            f"-Dmdep.outputFile={out_file}",
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=RESOLVE_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise ServerFailed(
                f"Maven did not resolve the Neo4j jars within {RESOLVE_TIMEOUT:.0f} s"
            ) from None
        if proc.returncode != 0 or not out_file.exists():
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise ServerFailed(f"Maven could not resolve the Neo4j jars:\n{tail}")
        out_file.replace(CLASSPATH_FILE)
        (TARGET / "classpath.stamp").write_text(_pom_digest() + "\n")
        return CLASSPATH_FILE.read_text().strip()


def resolve_plugins() -> Path:
    """target/plugins with APOC Core and what it needs (Maven's `apoc` profile), fetched once."""
    plugins = TARGET / "plugins"
    stamp = plugins / ".stamp"
    TARGET.mkdir(parents=True, exist_ok=True)
    with open(TARGET / ".resolve.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stamp.exists() and stamp.read_text().strip() == _pom_digest():
            return plugins
        mvn = shutil.which("mvn")
        if not mvn:
            raise ServerUnavailable("mvn is not installed (needed once to fetch APOC)")
        shutil.rmtree(plugins, ignore_errors=True)
        cmd = [
            mvn,
            "-q",
            "-B",
            "-f",
            str(POM),
            "-Papoc",
            "dependency:copy-dependencies",
            "-DincludeArtifactIds=apoc-core,apoc-common,opencsv,RoaringBitmap",
            f"-DoutputDirectory={plugins}",
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=RESOLVE_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise ServerFailed(f"Maven did not fetch APOC within {RESOLVE_TIMEOUT:.0f} s") from None
        if proc.returncode != 0 or not list(plugins.glob("apoc-core-*.jar")):
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise ServerFailed(f"Maven could not fetch APOC:\n{tail}")
        stamp.write_text(_pom_digest() + "\n")
        return plugins


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(
    port: int | None = None,
    password: str | None = None,
    home: str | Path | None = None,
    *,
    heap: str = HEAP,
    heap_initial: str = HEAP_INITIAL,
    pagecache: str = PAGECACHE,
    fast_start: bool | None = None,
    apoc: bool = False,
    timeout: float = READY_TIMEOUT,
) -> Neo4jServer:
    """Start Neo4j on 127.0.0.1 (a free port unless given) and wait until Bolt accepts logins.

    `home` keeps the database in that directory (restart on the same data); without it the
    server uses a temporary directory that is deleted when it stops. `fast_start` uses the
    C1-only JIT: about twice as fast to start, slower under sustained load (benchmarks pass
    False; `ERG_NEO4J_FAST_START=0` sets the default). `apoc` loads APOC Core as a plugin.
    """
    reason = missing_tools()
    if reason:
        raise ServerUnavailable(reason)
    if fast_start is None:
        fast_start = os.environ.get("ERG_NEO4J_FAST_START", "1") != "0"
    classpath = resolve_classpath()
    plugins = resolve_plugins() if apoc else None
    password = password or "erg-test-" + secrets.token_hex(8)
    for attempt in range(3):
        chosen = port or free_port()
        try:
            return _launch(
                classpath,
                chosen,
                password,
                home,
                (heap_initial, heap),
                pagecache,
                fast_start,
                plugins,
                timeout,
            )
        except _PortTaken:
            if port or attempt == 2:
                raise ServerFailed(f"port {chosen} is already in use") from None
    raise AssertionError("unreachable")


class _PortTaken(Exception):
    pass


def _launch(
    classpath: str,
    port: int,
    password: str,
    home: str | Path | None,
    heap: tuple[str, str],
    pagecache: str,
    fast_start: bool,
    plugins: Path | None,
    timeout: float,
) -> Neo4jServer:
    if plugins is not None:
        # As the server's own launcher does: plugin jars on the classpath too, so that their
        # extension factories (APOC's thread pools) are found, and in plugin_dir for procedures.
        jars = sorted(str(p) for p in plugins.glob("*.jar"))
        classpath = os.pathsep.join([classpath, *jars])
    cds_options, cds_dump = _cds_options(classpath)
    cmd = [
        shutil.which("java") or "java",
        f"-Xms{heap[0]}",
        f"-Xmx{heap[1]}",
        "-XX:+UseG1GC",
        "-XX:+ExitOnOutOfMemoryError",
        *(["-XX:TieredStopAtLevel=1"] if fast_start else []),
        *cds_options,
        "-cp",
        classpath,
        str(LAUNCHER),
        str(port),
        password,
    ]
    if home is not None:
        cmd.append(str(Path(home).resolve()))
    env = {**os.environ, "ERG_NEO4J_PAGECACHE": pagecache}
    env.pop("ERG_NEO4J_PLUGINS", None)
    if plugins is not None:
        env["ERG_NEO4J_PLUGINS"] = str(plugins)
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=HERE,
    )
    server = Neo4jServer(
        f"bolt://127.0.0.1:{port}", USER, password, proc, port, Path(home) if home else None
    )
    server._cds = cds_dump
    ready = threading.Event()
    outcome: list[str] = []

    def pump() -> None:
        # Keep reading so the server never blocks on a full pipe; remember the tail for errors.
        assert proc.stdout is not None
        for line in proc.stdout:
            server.log.append(line.rstrip())
            if line.startswith(("READY ", "FAILED ")) and not outcome:
                outcome.append(line.strip())
                ready.set()
        ready.set()

    threading.Thread(target=pump, name=f"neo4j-{port}-output", daemon=True).start()
    ready.wait(timeout)
    if not (outcome and outcome[0].startswith("READY ")) or proc.poll() is not None:
        alive = proc.poll() is None
        server.stop(timeout=20)
        log = "\n".join(list(server.log)[-25:])
        if "Address already in use" in log:
            raise _PortTaken()
        if outcome:
            why = f"failed to start: {outcome[0].removeprefix('FAILED ')}"
        else:
            why = f"was not ready within {timeout:.0f} s" if alive else "exited"
        raise ServerFailed(f"the Neo4j test server {why}; its last output:\n{log}")
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=None, help="Bolt port (default: a free one)")
    parser.add_argument("--password", default=None, help="password of user neo4j")
    parser.add_argument("--home", default=None, help="keep the database in this directory")
    parser.add_argument("--apoc", action="store_true", help="load APOC Core as a plugin")
    parser.add_argument(
        "--resolve-only", action="store_true", help="only fetch the jars and cache the classpath"
    )
    args = parser.parse_args(argv)
    t0 = time.monotonic()
    try:
        if args.resolve_only:
            resolve_classpath(refresh=True)
            print(f"classpath resolved in {time.monotonic() - t0:.1f} s: {CLASSPATH_FILE}")
            return 0
        server = start_server(args.port, args.password, args.home, apoc=args.apoc)
    except (ServerUnavailable, ServerFailed) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    # `kill PID` (SIGTERM) stops the server cleanly too, as Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"Neo4j ready in {time.monotonic() - t0:.1f} s", file=sys.stderr)
    print(f"NEO4J_URI={server.uri}")
    print(f"NEO4J_USERNAME={server.user}")
    print(f"NEO4J_PASSWORD={server.password}")
    sys.stdout.flush()
    try:
        server.process.wait()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
