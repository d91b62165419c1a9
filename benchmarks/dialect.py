"""What the Neo4j-to-LadybugDB translation costs: per query, and on the cookbook's latency.

python benchmarks/dialect.py [--rounds 200]

1. Translation alone, for every query of tests/data/cypher_corpus.yaml (median, p95, max) and
   for the README cookbook's queries.
2. The cookbook on the embedded store over examples/stargate.yaml: each query run with the
   translation (as `erg query` does) and with it bypassed (the query sent as written, as before
   the translation existed), alternating, median of the rounds.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.errors import ErgError  # noqa: E402
from graph.ingest import load_paths  # noqa: E402
from graph.store.dialect import Catalog, _translate  # noqa: E402
from graph.store.embedded import EmbeddedStore  # noqa: E402

LABELS = Catalog(("Document", "Location", "Organization", "Person", "Product", "Project"))


def cookbook() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    body = readme.split("<!-- cookbook:start -->")[1].split("<!-- cookbook:end -->")[0]
    return re.findall(r"```cypher\n(.*?)\n```", body, re.S)


def per_call(
    fn: Callable[[], object], rounds: int, clock: Callable[[], float] = time.perf_counter
) -> list[float]:
    times = []
    for _ in range(rounds):
        start = clock()
        fn()
        times.append(clock() - start)
    return times


def translation_cost(queries: list[str], rounds: int) -> list[float]:
    """Median CPU microseconds to translate each query, bypassing the cache of translations
    (refused ones included: they cost too). CPU time, not wall time: the machine is shared."""
    uncached = _translate.__wrapped__  # type: ignore[attr-defined]

    def one(q: str) -> None:
        try:
            uncached(q, LABELS)
        except ErgError:
            pass

    out = []
    for q in queries:
        times = per_call(partial(one, q), rounds, time.process_time)
        out.append(statistics.median(times) * 1e6)
    return out


def report(name: str, micros: list[float]) -> None:
    micros = sorted(micros)
    p95 = micros[min(len(micros) - 1, int(len(micros) * 0.95))]
    print(
        f"{name}: {len(micros)} queries, translation median {statistics.median(micros):.0f} µs, "
        f"p95 {p95:.0f} µs, max {micros[-1]:.0f} µs"
    )


def cookbook_latency(rounds: int) -> None:
    params = {"source": "microsoft", "target": "stargate"}
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        load_paths(store, [ROOT / "examples" / "stargate.yaml"], jobs=1)
        translated = store.translate
        uncached = _translate.__wrapped__  # type: ignore[attr-defined]
        catalog = Catalog(tuple(store._visible_labels()))
        ways: dict[str, Callable[[str], str]] = {
            "as before (no translation)": lambda c: c,
            "translated, first time": lambda c: uncached(c, catalog),
            "translated, asked again": translated,
        }
        medians: dict[str, list[float]] = {name: [] for name in ways}
        for q in cookbook():
            times: dict[str, list[float]] = {name: [] for name in ways}
            for _ in range(rounds):  # the three ways in turn, so load on the machine hits all
                for name, way in ways.items():
                    store.translate = way  # type: ignore[method-assign,assignment]
                    times[name] += per_call(partial(store.query, q, params), 1)
            for name in ways:
                medians[name].append(statistics.median(times[name]) * 1e3)
        store.translate = translated  # type: ignore[method-assign]
        store.close()
    print("cookbook on the embedded store, median ms per query (wall time):")
    print("      " + " | ".join(ways))
    for n in range(len(medians["as before (no translation)"])):
        print(f"  {n + 1:2d}. " + " | ".join(f"{medians[w][n]:6.2f}" for w in ways))
    print("  total " + " | ".join(f"{sum(medians[w]):.2f}" for w in ways))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    corpus = yaml.safe_load((ROOT / "tests" / "data" / "cypher_corpus.yaml").read_text("utf-8"))
    report("corpus", translation_cost([e["q"] for e in corpus["queries"]], args.rounds))
    report("cookbook", translation_cost(cookbook(), args.rounds))
    cookbook_latency(max(5, args.rounds // 10))


if __name__ == "__main__":
    main()
