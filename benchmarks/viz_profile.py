"""Where the time goes when erg's page opens: a CPU profile of headless Chromium.

For one synthetic graph (same generator and seed as benchmarks/viz.py) it opens erg's page
from file:// in Debian's Chromium (Playwright) with the DevTools Protocol's sampling profiler
running from before navigation to `window.erg.ready`, and prints, per opening:

- the page's own clock: `attachMs` (vis-network has read the data and drawn nothing yet; the
  page's code starts) and `readyMs` (first drawing done), both from navigation start;
- inclusive CPU time of the phases (functions of the page and of vis-network, by name);
- the functions with the most self time.

Wall-clock figures on a shared machine are noisy: compare the phases within one opening,
repeat, and read the load average printed with each one.

    python benchmarks/viz_profile.py --size 5000 --repeat 3
    python benchmarks/viz_profile.py --size 5000 --repeat 1 --tree 50   # the call tree too
    python benchmarks/viz_profile.py --size 5000 --save /tmp/erg.cpuprofile  # for DevTools
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synthetic import synthetic_graph  # noqa: E402
from viz import CHROMIUM_ARGS  # noqa: E402

from graph.viz import render_html  # noqa: E402

# Phases by function name: inclusive time (a function's samples and its callees'), counted
# once per sample even when the function recurses. pyvis's drawGraph covers the DataSets,
# the Network constructor and ergAttach.
PHASES = [
    "(program)",
    "(garbage collector)",
    "drawGraph",
    "DataSet",
    "Network",
    "setData",
    "ergAttach",
    "applyFilters",
    "arrange",
    "sizeNames",
    "fit",
    "redraw",
    "_redraw",
    "_drawNodes",
    "_drawEdges",
    "draw",
    "calculateLabelSize",
    "measureText",
    "setOptions",
]


def phases(profile: dict[str, Any]) -> tuple[dict[str, float], list[tuple[str, float]], float]:
    """(inclusive ms per phase name, top self-time functions, total sampled ms)."""
    nodes = {n["id"]: n for n in profile["nodes"]}
    parent: dict[int, int] = {}
    for n in profile["nodes"]:
        for child in n.get("children", []):
            parent[child] = n["id"]
    deltas = profile["timeDeltas"]
    samples = profile["samples"]
    inclusive: dict[str, float] = defaultdict(float)
    self_ms: dict[str, float] = defaultdict(float)
    total = 0.0
    for i, node_id in enumerate(samples):
        # a sample's duration is the gap to the next sample
        ms = (deltas[i + 1] if i + 1 < len(deltas) else 0) / 1000
        total += ms
        frame = nodes[node_id]["callFrame"]
        url = frame["url"].rsplit("/", 1)[-1][:20]
        key = f"{frame['functionName'] or '(anonymous)'} {url}:{frame['lineNumber'] + 1}"
        self_ms[key] += ms
        seen = set()
        at: int | None = node_id
        while at is not None:
            name = nodes[at]["callFrame"]["functionName"]
            if name in PHASES and name not in seen:
                seen.add(name)
                inclusive[name] += ms
            at = parent.get(at)
    top = sorted(self_ms.items(), key=lambda kv: -kv[1])[:25]
    return dict(inclusive), top, total


def print_tree(profile: dict[str, Any], source: str, threshold_ms: float) -> None:
    """The call tree, inclusive (self) ms, down to callees of at least `threshold_ms`. The
    inlined vis-network is minified: each frame shows the start of its function's text."""
    lines = source.split("\n")
    nodes = {n["id"]: n for n in profile["nodes"]}
    deltas, samples = profile["timeDeltas"], profile["samples"]
    self_ms: dict[int, float] = defaultdict(float)
    for i, node_id in enumerate(samples):
        self_ms[node_id] += (deltas[i + 1] if i + 1 < len(deltas) else 0) / 1000
    inclusive: dict[int, float] = {}

    def total(node_id: int) -> float:
        children = nodes[node_id].get("children", [])
        inclusive[node_id] = self_ms[node_id] + sum(total(c) for c in children)
        return inclusive[node_id]

    def show(node_id: int, depth: int) -> None:
        frame = nodes[node_id]["callFrame"]
        line, column = frame["lineNumber"], frame["columnNumber"]
        text = lines[line][column : column + 50] if 0 <= line < len(lines) else ""
        name = frame["functionName"] or "(anonymous)"
        print(
            f"{'  ' * depth}{inclusive[node_id]:7.0f} ({self_ms[node_id]:5.0f}) {name} "
            f"{line + 1}:{column} {text!r}"
        )
        children = sorted(nodes[node_id].get("children", []), key=lambda c: -inclusive[c])
        for child in children:
            if inclusive[child] >= threshold_ms:
                show(child, depth + 1)

    root = profile["nodes"][0]["id"]
    total(root)
    show(root, 0)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def open_profiled(browser: Any, path: Path, interval_us: int) -> dict[str, Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith("file://") else route.abort()
        ),
    )
    cdp = context.new_cdp_session(page)
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": interval_us})
    cdp.send("Profiler.start")
    load = os.getloadavg()[0]
    page.goto(path.as_uri(), timeout=120_000)
    page.wait_for_function("window.erg && window.erg.ready", timeout=120_000, polling=50)
    profile = cdp.send("Profiler.stop")["profile"]
    clock = page.evaluate(
        """() => ({attachMs: window.erg.attachMs, readyMs: window.erg.readyMs,
                   marks: performance.getEntriesByType('mark').map(m => [m.name, m.startTime]),
                   domInteractive: performance.timing.domInteractive -
                     performance.timing.navigationStart,
                   stats: window.erg.stats || null})"""
    )
    context.close()
    return {"load": load, "clock": clock, "profile": profile}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--interval", type=int, default=200, help="sampling interval, µs")
    parser.add_argument("--save", help="write the last profile here (.cpuprofile)")
    parser.add_argument("--page", help="profile this HTML file instead of a synthetic graph")
    parser.add_argument(
        "--tree", type=float, metavar="MS", help="also print the call tree down to MS ms"
    )
    parser.add_argument("--chromium", default=os.environ.get("ERG_CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    if args.page:
        path = Path(args.page).resolve()
    else:
        doc = synthetic_graph(args.size, int(args.size * 1.75), seed=7)
        path = Path(tempfile.mkdtemp(prefix="erg-viz-profile-")) / f"erg-{args.size}.html"
        render_html(doc, path, title=f"synthetic {args.size}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for run in range(args.repeat):
            got = open_profiled(browser, path, args.interval)
            inclusive, top, total = phases(got["profile"])
            clock = got["clock"]
            print(
                f"\n== opening {run + 1}: load {got['load']:.2f}, domInteractive "
                f"{clock['domInteractive']} ms, attach {_ms(clock['attachMs'])}, ready "
                f"{_ms(clock['readyMs'])}, sampled {total:.0f} ms"
            )
            for name, at in clock["marks"]:
                print(f"   mark {name:<28} {at:8.0f} ms")
            if clock["stats"]:
                print(f"   stats {json.dumps(clock['stats'])}")
            for name in PHASES:
                if name in inclusive:
                    print(f"   {name:<22} {inclusive[name]:8.0f} ms inclusive")
            print("   top self time:")
            for key, ms in top:
                print(f"     {ms:8.1f} ms  {key}")
            if args.tree is not None:
                print_tree(got["profile"], path.read_text(encoding="utf-8"), args.tree)
            if args.save:
                Path(args.save).write_text(json.dumps(got["profile"]), encoding="utf-8")
        browser.close()


if __name__ == "__main__":
    main()
