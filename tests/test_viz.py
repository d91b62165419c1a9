"""The HTML page (graph.viz) and `erg viz` / `erg build`, without a browser.

What a browser does with the page is in test_viz_browser.py; here: the page is one
self-contained file, article text is never markup, big graphs come laid out, and the
commands select, write and fail as documented.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from graph.errors import ErgError
from graph.model import Document, Entity, Evidence, GraphDocument, Relation
from graph.schema import DEFAULT_SCHEMA
from graph.viz import layout, page_options, render_html, select_view, show

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

HOSTILE_NAME = "<img src=x onerror=window.__pwned=1>"
HOSTILE_SCRIPT = "</script><script>window.__pwned=2</script>"


def stargate() -> GraphDocument:
    from graph.resolve import resolve_document
    from loaders.curated import parse_curated

    return resolve_document(
        parse_curated(EXAMPLES / "stargate.yaml", [], DEFAULT_SCHEMA, False), []
    )


def hostile() -> GraphDocument:
    """Names, aliases, evidence, titles and URLs an article could carry to attack the page."""
    doc = GraphDocument()
    doc.add_document(
        Document(
            "doc-evil",
            title=f"Title {HOSTILE_SCRIPT}",
            source="javascript:window.__pwned=3",
            date="2025-01-02",
        )
    )
    doc.add_document(Document("doc-url", title="", source=f"https://e.org/?q={HOSTILE_NAME}"))
    doc.add_entity(
        Entity("evil", HOSTILE_NAME, "Person", aliases=[HOSTILE_SCRIPT], documents=["doc-evil"])
    )
    doc.add_entity(Entity("acme", "Acme & Sons", "Organization", documents=["doc-url"]))
    doc.add_relation(
        Relation(
            "evil",
            "LEADS",
            "acme",
            properties={"date": HOSTILE_NAME},
            evidence=[
                Evidence(f"He said {HOSTILE_NAME} and {HOSTILE_SCRIPT}", "doc-evil"),
                Evidence("Plain sentence.", "doc-url", extractor=HOSTILE_SCRIPT),
            ],
        )
    )
    return doc


def scripts(page: str) -> list[str]:
    return re.findall(r"<script\b[^>]*>", page, flags=re.I)


def page_json(page: str, start: str) -> object:
    """A JSON value embedded in pyvis's script, e.g. after 'nodes = new vis.DataSet('."""
    at = page.index(start) + len(start)
    value, _ = json.JSONDecoder().raw_decode(page[at:])
    return value


def page_data(page: str, element: str = "erg-data") -> dict:
    raw = re.search(rf'<script type="application/json" id="{element}">(.*?)</script>', page, re.S)
    assert raw
    return json.loads(raw.group(1))


def page_items(page: str, kind: str) -> list:
    """The page's vis-network nodes or edges (JSON in the erg-graph element, which the page
    hands to vis.DataSet)."""
    assert "nodes = new vis.DataSet(graph.nodes);" in page
    return page_data(page, "erg-graph")[kind]


# -- one self-contained page ------------------------------------------------------------------
def test_page_is_one_self_contained_file_with_vis_network_inlined():
    page = render_html(stargate(), title="Stargate")
    assert page.startswith("<!DOCTYPE html>")
    for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", page, flags=re.I):
        assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", tag, flags=re.I), tag
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "bootstrap" not in page.lower()
    assert "new vis.Network(" in page
    assert "vis-network" in page and len(page) > 400_000  # the library itself is in the page
    assert "ergAttach(network);" in page


def test_page_fills_the_window_and_explains_itself():
    page = render_html(stargate(), title="Stargate")
    assert "height: 100vh" in page and "600px" not in page
    assert '<h1 id="erg-title">Stargate</h1>' in page
    summary = re.search(r'<span id="erg-summary"[^>]*>(.*?)</span>', page).group(1)
    assert summary.startswith("14 entities · 21 relations · 21 evidence sentences · 1 source")
    assert "2025-01-23" in summary and "Musk Clashes with Altman" in summary
    for kind in ("Person", "Organization", "Project", "Location", "Product"):
        assert f'data-etype="{kind}"' in page
    for rel in DEFAULT_SCHEMA.relation_types:
        assert f'data-rtype="{rel}"' in page
    for control in ("erg-search", "erg-physics", "erg-reset", "erg-details"):
        assert f'id="{control}"' in page


def page_graph(page: str) -> tuple[dict, list]:
    """The page's nodes by entity id, and its edges with entity ids at both ends (the page's
    vis-network ids are n0, n1, ...: an entity may be called "constructor")."""
    raw = page_items(page, "nodes")
    entity = {n["id"]: n["eid"] for n in raw}
    edges = page_items(page, "edges")
    for e in edges:
        e["from"], e["to"] = entity[e["from"]], entity[e["to"]]
    return {n["eid"]: n for n in raw}, edges


def test_nodes_and_edges_carry_style_and_evidence():
    page = render_html(stargate())
    nodes, edges = page_graph(page)
    assert sorted(n["id"] for n in nodes.values()) == sorted(f"n{i}" for i in range(14))
    musk, trump = nodes["elon-musk"], nodes["donald-trump"]
    assert musk["label"] == "Elon Musk" and musk["etype"] == "Person"
    assert musk["aliases"] == ["Musk"] and musk["shape"] == "dot"
    assert musk["size"] > trump["size"]  # size grows with the number of relations
    assert musk["rank"] == 0 and musk["rank"] < trump["rank"]  # the most relations first
    assert nodes["openai"]["shape"] != musk["shape"]
    founded = [e for e in edges if e["rtype"] == "FOUNDED" and e["from"] == "elon-musk"]
    assert founded[0]["to"] == "openai"
    assert founded[0]["ev"][0][0].startswith("This feud has roots")
    assert founded[0]["arrows"] == "to"
    partners = next(e for e in edges if e["rtype"] == "PARTNERS_WITH")
    assert partners["arrows"] == "" and partners["sym"] is True  # symmetric: no arrow
    colours = {e["rtype"]: e["color"] for e in edges}
    assert len(set(colours.values())) == len(colours)
    colours = dict(page_data(page)["entityColours"])  # node colours, one per entity type
    assert colours["Person"]["background"] != colours["Organization"]["background"]
    assert "ergGraph()" in page  # which the page gives each node by its etype
    # Musk DISPUTES Altman and Altman DISPUTES Musk: fanned out, not drawn on top of each other
    pair = [e for e in edges if {e["from"], e["to"]} == {"elon-musk", "sam-altman"}]
    assert len(pair) == 2 and all(e["smooth"]["enabled"] for e in pair)
    data = page_data(page)
    assert data["documents"][0][0].startswith("Musk Clashes with Altman")


def test_entities_without_relations_start_hidden_and_sources_are_listed():
    doc = stargate()
    doc.add_entity(Entity("loner", "Lone Corp", "Organization"))
    page = render_html(doc)
    nodes, _ = page_graph(page)
    assert nodes["loner"]["hidden"] is True and nodes["loner"]["rank"] == 14
    assert not any(n.get("hidden") for eid, n in nodes.items() if eid != "loner")
    assert 'id="erg-isolated"' in page and 'id="erg-save"' in page
    sources = re.findall(r'data-source="(-?\d+)"> <span class="erg-name">(.*?)</span>', page)
    assert len(sources) == 1 and sources[0][1].startswith("Musk Clashes with Altman")
    assert 'id="erg-since" min="2025-01-23" max="2025-01-23"' in page


# -- article text is never markup ---------------------------------------------------------------
def test_hostile_text_is_escaped_everywhere():
    benign = render_html(stargate(), title="t")
    page = render_html(hostile(), title=f"Evil {HOSTILE_NAME}{HOSTILE_SCRIPT}")
    assert "<img" not in page.lower()
    assert HOSTILE_SCRIPT not in page and HOSTILE_NAME not in page
    assert len(scripts(page)) == len(scripts(benign))  # no script element was injected
    assert "<title>Evil &lt;img src=x onerror=window.__pwned=1&gt;&lt;/script&gt;" in page
    # the text itself survives, to be shown literally by the page
    nodes, _ = page_graph(page)
    assert nodes["evil"]["label"] == HOSTILE_NAME
    assert nodes["evil"]["aliases"] == [HOSTILE_SCRIPT]
    edge = page_items(page, "edges")[0]
    assert edge["ev"][0][0] == f"He said {HOSTILE_NAME} and {HOSTILE_SCRIPT}"
    assert edge["ev"][1][2] == HOSTILE_SCRIPT
    data = page_data(page)
    assert data["documents"][0][:2] == [f"Title {HOSTILE_SCRIPT}", "javascript:window.__pwned=3"]
    # the page's own code puts text on screen with textContent only
    assert "innerHTML" not in page.split('id="erg-data"')[1].split("</script>", 2)[1]


def test_hostile_type_names_from_a_hand_made_document_are_escaped_too():
    doc = hostile()
    doc.entities["evil"].type = HOSTILE_SCRIPT  # not a store type, but render_html takes any doc
    doc.relations[("evil", "LEADS", "acme")].type = HOSTILE_SCRIPT
    page = render_html(doc)
    assert HOSTILE_SCRIPT not in page and "<img" not in page.lower()
    assert len(scripts(page)) == len(scripts(render_html(stargate())))
    assert "&lt;/script&gt;" in page  # in the legend, as text


def test_show_embeds_the_page_in_a_sandboxed_srcdoc_iframe():
    shown = show(hostile(), title=HOSTILE_NAME, height=500)
    markup = shown._repr_html_() if hasattr(shown, "_repr_html_") else shown.data
    assert markup.startswith("<div><iframe srcdoc=") and 'sandbox="allow-scripts' in markup
    assert "height: 500px" in markup
    srcdoc = markup.split('srcdoc="', 1)[1].split('" style=', 1)[0]
    assert "<" not in srcdoc and '"' not in srcdoc  # the whole page is one escaped attribute
    assert "&lt;script&gt;" in srcdoc


def test_show_accepts_a_store(example_store):
    from graph.store import open_store

    store = open_store(str(example_store), read_only=True)
    try:
        shown = show(store)
    finally:
        store.close()
    markup = shown._repr_html_() if hasattr(shown, "_repr_html_") else shown.data
    assert "Elon Musk" in markup


# -- big graphs ---------------------------------------------------------------------------------
def chain_doc(n: int) -> GraphDocument:
    doc = GraphDocument()
    for i in range(n):
        doc.add_entity(Entity(f"p{i}", f"Person {i}", "Person"))
    for i in range(n - 1):
        doc.add_relation(Relation(f"p{i}", "ADVISES", f"p{i + 1}"))
    return doc


def test_small_graphs_use_physics_and_big_ones_come_laid_out():
    small = render_html(chain_doc(20))
    options = page_json(small, "var options = ")
    assert options["physics"]["enabled"] is True
    assert not any("x" in n for n in page_items(small, "nodes"))
    assert page_items(small, "edges")[0]["label"] == "ADVISES"

    big = render_html(chain_doc(301))
    options = page_json(big, "var options = ")
    assert options["physics"]["enabled"] is False
    assert options["edges"]["smooth"] is False  # no "dynamic" smoothing bodies
    assert options["layout"]["improvedLayout"] is False
    nodes = page_items(big, "nodes")
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert "label" not in page_items(big, "edges")[0]
    assert page_data(big)["physics"] is False


def test_threshold_and_physics_can_be_chosen():
    assert page_options(10, None, 5).physics is False
    assert page_options(10, True, 5).physics is True
    assert page_options(10, False).positions is True
    page = render_html(chain_doc(30), physics=False)
    assert page_json(page, "var options = ")["physics"]["enabled"] is False
    assert "x" in page_items(page, "nodes")[0]


def test_layout_is_deterministic_spreads_nodes_and_packs_components():
    nodes = [f"n{i}" for i in range(60)]
    edges = [(f"n{i}", f"n{i + 1}") for i in range(29)]  # a chain of 30 and 30 loose nodes
    edges += [("n0", "n15")]
    first, second = layout(nodes, edges), layout(nodes, edges)
    assert first == second and set(first) == set(nodes)
    points = sorted(first.values())
    assert len(set(points)) == len(points)
    chain = [first[f"n{i}"] for i in range(30)]
    loose = [first[f"n{i}"] for i in range(30, 60)]

    def box(ps):
        xs, ys = [p[0] for p in ps], [p[1] for p in ps]
        return min(xs), min(ys), max(xs), max(ys)

    a, b = box(chain), box(loose)
    assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]  # components apart
    lengths = [
        ((first[s][0] - first[t][0]) ** 2 + (first[s][1] - first[t][1]) ** 2) ** 0.5
        for s, t in edges
    ]
    assert 30 < sorted(lengths)[len(lengths) // 2] < 400  # edges about EDGE_LENGTH long


def test_layout_time_grows_about_linearly_with_the_graph():
    import random

    def random_graph(n: int) -> tuple[list[str], list[tuple[str, str]]]:
        rng = random.Random(3)
        nodes = [f"n{i}" for i in range(n)]
        return nodes, [(rng.choice(nodes), rng.choice(nodes)) for _ in range(n * 5 // 3)]

    def cpu_seconds(n: int) -> float:
        """The least CPU time of three layouts: other processes' load hardly changes it."""
        nodes, edges = random_graph(n)
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            positions = layout(nodes, edges)
            best = min(best, time.process_time() - started)
        assert len(positions) == n
        return best

    cpu_seconds(100)  # numpy's first calls
    # Four times the nodes took 3.5 to 5.3 times as long here; all pairs of nodes would be 16
    # times. (benchmarks/viz.py times the layout at 5,000 entities.)
    small, big = cpu_seconds(400), cpu_seconds(1600)
    assert big < 10 * small, (small, big)


# -- selecting what to draw ---------------------------------------------------------------------
def test_select_view_by_focus_types_entity_types_and_sources():
    doc = stargate()
    near = select_view(doc, focus=["Altman"], depth=1)
    assert "sam-altman" in near.entities and "openai" in near.entities
    assert "texas" not in near.entities
    funds = select_view(doc, types=["funds"])
    assert {r.type for r in funds.relations.values()} == {"FUNDS"}
    assert "texas" not in funds.entities
    people = select_view(doc, entity_types=["person"])
    assert {e.type for e in people.entities.values()} == {"Person"}
    assert {r.type for r in people.relations.values()} == {"DISPUTES", "ADVISES"}
    assert select_view(doc, min_sources=2).relations == {}
    assert select_view(doc, since="2025-02-01").entities == {}


def test_select_view_errors_say_what_is_known():
    doc = stargate()
    with pytest.raises(ErgError, match="known types: FOUNDED, LEADS"):
        select_view(doc, types=["FOUNDS"])
    with pytest.raises(ErgError, match="did you mean Elon Musk"):
        select_view(doc, focus=["Elon Mosk"])
    with pytest.raises(ErgError, match="unknown entity type 'Animal'"):
        select_view(doc, entity_types=["Animal"])
    with pytest.raises(ErgError, match="--since must be a date"):
        select_view(doc, since="last week")


# -- the commands -------------------------------------------------------------------------------
def test_erg_viz_writes_the_page(example_store, erg, tmp_path):
    out = tmp_path / "graph.html"
    ran = erg("viz", "-o", str(out), "--title", "Stargate <b>")
    assert ran.code == 0, ran.err
    assert f"wrote {out} (14 entities, 21 relations)" in ran.out
    page = out.read_text(encoding="utf-8")
    assert "<title>Stargate &lt;b&gt;</title>" in page


def test_erg_viz_selects_a_subgraph(example_store, erg, tmp_path):
    out = tmp_path / "focus.html"
    ran = erg(
        "viz", "-o", str(out), "--focus", "Musk", "--depth", "1", "--types", "FOUNDED,DISPUTES"
    )
    assert ran.code == 0, ran.err
    nodes = set(page_graph(out.read_text())[0])
    assert nodes == {"elon-musk", "openai", "xai", "sam-altman", "stargate"}
    ran = erg("viz", "-o", str(out), "--entity-types", "Person", "--min-sources", "1")
    assert ran.code == 0 and "(3 entities, 3 relations)" in ran.out  # DISPUTES x2, ADVISES
    ran = erg("viz", "-o", str(out), "--since", "2026-01-01", "--until", "2026-12-31")
    assert ran.code == 0 and "(0 entities" in ran.out and "warning: the page is empty" in ran.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--types", "FOUNDED,BANKS"], "unknown relation type 'BANKS'; known types: FOUNDED"),
        (["--focus", "Elon Mosk"], "no entity named 'Elon Mosk' in the store; did you mean"),
        (["--entity-types", "Animal"], "unknown entity type 'Animal'"),
        (["--depth", "2"], "--depth needs --focus"),
        (["--since", "soon"], "--since must be a date"),
        (["-o", "/nonexistent-dir/x.html"], "cannot write /nonexistent-dir/x.html"),
    ],
)
def test_erg_viz_errors(example_store, erg, args, message):
    ran = erg("viz", *args)
    assert ran.code == 2
    assert ran.err.startswith("error: ") and message in ran.err
    assert len(ran.err.strip().splitlines()) == 1


def test_erg_viz_without_a_store_fails_cleanly(erg, tmp_path):
    ran = erg("viz", "-o", str(tmp_path / "x.html"), store=tmp_path / "missing")
    assert ran.code == 2 and ran.err.startswith("error: ")


def test_erg_build_loads_then_writes_the_page(erg, store_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ran = erg("build", str(EXAMPLES / "stargate.yaml"), "--store", str(store_path))
    assert ran.code == 0, ran.err
    assert "14 entities created" in ran.out
    assert "wrote erg-graph.html (14 entities, 21 relations)" in ran.out
    assert (tmp_path / "erg-graph.html").exists()
    again = erg("build", str(EXAMPLES / "stargate.yaml"), "--html", "again.html", "-q")
    assert again.code == 0 and "wrote again.html (14 entities, 21 relations)" in again.out
    assert "entities created" not in again.out  # --quiet: no load summary


def test_erg_build_errors(erg, tmp_path):
    ran = erg("build", str(tmp_path / "missing.txt"), "--html", str(tmp_path / "x.html"))
    assert ran.code == 2 and ran.err.startswith("error: file not found")
    assert not (tmp_path / "x.html").exists()
    ran = erg("build")
    assert ran.code == 2 and "error:" in ran.err


def test_erg_build_of_an_article(erg, tmp_path):
    pytest.importorskip("loaders.article", reason="the article extractor is not there yet")
    out = tmp_path / "article.html"
    ran = erg("build", str(EXAMPLES / "stargate.txt"), "--html", str(out))
    assert ran.code == 0, ran.err
    nodes = {n["label"] for n in page_items(out.read_text(), "nodes")}
    assert {"Elon Musk", "Sam Altman", "OpenAI"} <= nodes
