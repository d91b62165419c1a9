"""How fast the HTML page opens: erg's page against a pyvis page with its defaults.

For synthetic graphs of 500, 2,000 and 5,000 entities (about 1.75 relations per entity, fixed
seed) it measures, in one run and in one headless Chromium (Debian's, driven by Playwright):

- Python: erg's layout alone, the whole render_html, and the page size;
- browser: the time from opening the file:// page to a drawn, settled network. erg's page
  sets `window.erg.ready` after its first drawing (physics off above 300 entities); the pyvis
  page (physics on, smooth "dynamic" edges: its defaults) is timed to the first drawing after
  vis-network's stabilization. The pyvis wait is capped (--cap, 180 s): "> cap" if exceeded.
  For erg's page also the CPU time Chromium spent on it (all its processes, and the renderer's
  main thread alone, read from /proc): on a shared machine the wall-clock time grows with the
  others' load, the CPU time hardly does.

Both pages run with every non-file:// request blocked (pyvis's Bootstrap CDN links fail fast),
and pyvis gets cdn_resources="in_line" so its vis-network is there at all offline.

    python benchmarks/viz.py                      # 500, 2000, 5000
    python benchmarks/viz.py --sizes 500 --cap 60
    python benchmarks/viz.py --compare-layouts    # also networkx spring_layout / forceatlas2

Results also go to benchmarks/out/viz.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synthetic import synthetic_graph  # noqa: E402

from graph.layout import layout  # noqa: E402
from graph.model import GraphDocument  # noqa: E402
from graph.viz import render_html  # noqa: E402

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ANCHOR = "network = new vis.Network(container, data, options);"
# Marks the pyvis page settled: the first drawing after stabilization (or the first drawing
# at all when physics is off).
PYVIS_HOOK = """
window.__bench = {ready: false};
(function (net) {
  function done() { net.once("afterDrawing", function () { window.__bench.ready = true; }); }
  if (net.physics.physicsEnabled) net.once("stabilizationIterationsDone", done);
  else done();
})(network);
"""


def pyvis_default_page(doc: GraphDocument) -> str:
    """What pyvis produces with its defaults (only the resources inlined, to work offline)."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for entity in doc.entities.values():
        net.add_node(entity.id, label=entity.name)
    for rel in doc.relations.values():
        net.add_edge(rel.source, rel.target)
    page: str = net.generate_html()
    assert ANCHOR in page
    return page.replace(ANCHOR, ANCHOR + PYVIS_HOOK, 1)


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _cpu(stat_path: str) -> float:
    """utime + stime of a /proc stat file, in seconds (0 when it has gone)."""
    try:
        stat = Path(stat_path).read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rfind(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def chromium_cpu() -> tuple[float, float]:
    """CPU seconds used so far by this process's Chromium: all its processes, and the main
    threads of its renderers (where the page's script, layout and drawing run). Unlike
    wall-clock time, these hardly change with what else the machine is doing."""
    total = main = 0.0
    for pid in _descendants(os.getpid()):
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() != "chromium":
                continue
            renderer = "--type=renderer" in Path(f"/proc/{pid}/cmdline").read_text()
        except OSError:
            continue
        total += _cpu(f"/proc/{pid}/stat")
        if renderer:
            main += _cpu(f"/proc/{pid}/task/{pid}/stat")
    return total, main


def open_and_wait(
    browser: Any, path: Path, ready: str, cap: float, cpu: list[tuple[float, float]] | None = None
) -> float | None:
    """Seconds from navigation to `ready` being true; None when it took longer than `cap`.
    With `cpu`, appends the Chromium CPU seconds (all, renderer main threads) it took."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith("file://") else route.abort()
        ),
    )
    try:
        before = chromium_cpu()
        started = time.perf_counter()
        page.goto(path.as_uri(), timeout=cap * 1000)
        page.wait_for_function(ready, timeout=cap * 1000, polling=50)
        took = time.perf_counter() - started
        if cpu is not None:
            after = chromium_cpu()
            cpu.append((after[0] - before[0], after[1] - before[1]))
        return took
    except Exception as exc:  # playwright's TimeoutError
        if "Timeout" in type(exc).__name__ or "Timeout" in str(exc):
            return None
        raise
    finally:
        context.close()


def compare_layouts(doc: GraphDocument) -> dict[str, float | str]:
    import networkx as nx

    g: Any = nx.Graph()
    g.add_nodes_from(doc.entities)
    g.add_edges_from((r.source, r.target) for r in doc.relations.values())
    out: dict[str, float | str] = {}
    runs: list[tuple[str, Any]] = [
        ("spring_layout(iterations=10)", lambda: nx.spring_layout(g, iterations=10, seed=7)),
        ("spring_layout(iterations=50)", lambda: nx.spring_layout(g, iterations=50, seed=7)),
        ("forceatlas2_layout(max_iter=100)", lambda: nx.forceatlas2_layout(g, seed=7)),
    ]
    for name, run in runs:
        if len(g) > 2000 and "iterations=10" not in name:
            out[name] = "skipped (minutes)"
            continue
        try:
            started = time.perf_counter()
            run()
            out[name] = round(time.perf_counter() - started, 2)
        except ImportError as exc:
            out[name] = f"needs {exc.name}"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--cap", type=float, default=180.0, help="pyvis wait cap, seconds")
    parser.add_argument("--repeat", type=int, default=3, help="erg page openings per size")
    parser.add_argument("--compare-layouts", action="store_true")
    parser.add_argument("--chromium", default=os.environ.get("ERG_CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args()

    import numpy  # noqa: F401  (imported once here, so the first layout time is the layout's)
    from playwright.sync_api import sync_playwright

    results = []
    workdir = Path(tempfile.mkdtemp(prefix="erg-viz-bench-"))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for n in args.sizes:
            doc = synthetic_graph(n, int(n * 1.75), seed=7)
            row: dict[str, Any] = {"entities": len(doc.entities), "relations": len(doc.relations)}
            row["load_average"] = round(os.getloadavg()[0], 2)  # others' work skews timings
            started = time.perf_counter()
            layout(list(doc.entities), [(r.source, r.target) for r in doc.relations.values()])
            row["erg_layout_s"] = round(time.perf_counter() - started, 3)
            started = time.perf_counter()
            erg_path = workdir / f"erg-{n}.html"
            render_html(doc, erg_path, title=f"synthetic {n}")
            row["erg_render_s"] = round(time.perf_counter() - started, 3)
            row["erg_html_kb"] = round(erg_path.stat().st_size / 1024)
            started = time.perf_counter()
            pyvis_path = workdir / f"pyvis-{n}.html"
            pyvis_path.write_text(pyvis_default_page(doc), encoding="utf-8")
            row["pyvis_render_s"] = round(time.perf_counter() - started, 3)
            row["pyvis_html_kb"] = round(pyvis_path.stat().st_size / 1024)
            if args.compare_layouts:
                row["networkx_layouts_s"] = compare_layouts(doc)

            cpu: list[tuple[float, float]] = []
            times = [
                open_and_wait(browser, erg_path, "window.erg && window.erg.ready", 120, cpu)
                for _ in range(args.repeat)
            ]
            row["erg_page_s"] = round(statistics.median(t for t in times if t is not None), 2)
            row["erg_page_cpu_s"] = round(statistics.median(c[0] for c in cpu), 2)
            row["erg_page_main_cpu_s"] = round(statistics.median(c[1] for c in cpu), 2)
            pyvis_s = open_and_wait(
                browser, pyvis_path, "window.__bench && window.__bench.ready", args.cap
            )
            row["pyvis_page_s"] = round(pyvis_s, 2) if pyvis_s is not None else f"> {args.cap:g}"
            low = pyvis_s if pyvis_s is not None else args.cap
            row["speedup"] = f"{'' if pyvis_s is not None else '> '}{low / row['erg_page_s']:.0f}x"
            results.append(row)
            print(json.dumps(row), flush=True)
        browser.close()

    print()
    header = (
        f"{'entities':>8} {'relations':>9} {'load':>5} {'layout s':>8} {'render s':>8} "
        f"{'erg KB':>7} {'erg page s':>10} {'cpu s':>6} {'main s':>6} {'pyvis KB':>8} "
        f"{'pyvis page s':>12} {'speedup':>8}"
    )
    print(header)
    for r in results:
        print(
            f"{r['entities']:>8} {r['relations']:>9} {r['load_average']:>5} "
            f"{r['erg_layout_s']:>8} {r['erg_render_s']:>8} {r['erg_html_kb']:>7} "
            f"{r['erg_page_s']:>10} {r['erg_page_cpu_s']:>6} {r['erg_page_main_cpu_s']:>6} "
            f"{r['pyvis_html_kb']:>8} {r['pyvis_page_s']!s:>12} {r['speedup']:>8}"
        )
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "viz.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
