"""How fast the embedded store (LadybugDB) takes a synthetic graph, first load and reload.

python benchmarks/embedded_load.py [--entities 10000] [--relations 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_graph  # noqa: E402

from graph.store.embedded import EmbeddedStore  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--relations", type=int, default=100_000)
    args = parser.parse_args()
    doc = synthetic_graph(args.entities, args.relations)
    rows = len(doc.entities) + len(doc.relations)
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        for label in ("first load", "reload (no change)"):
            start = time.perf_counter()
            result = store.upsert(doc)
            took = time.perf_counter() - start
            print(
                f"{label}: {len(doc.entities)} entities + {len(doc.relations)} relations "
                f"in {took:.2f} s = {rows / took:,.0f} rows/s ({result.summary()})"
            )
        start = time.perf_counter()
        n = len(store.relations())
        print(f"read back {n} relations in {time.perf_counter() - start:.2f} s")
        store.close()


if __name__ == "__main__":
    main()
