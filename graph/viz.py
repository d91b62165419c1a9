"""Interactive HTML page of a graph: one self-contained file built with pyvis (vis-network).

The page works offline (vis-network is inlined, nothing is fetched), explains itself (title,
summary, legend) and stays fast on big graphs: above `layout_threshold` entities the layout is
computed in Python (graph.layout) and the browser only draws it (no physics, straight edges).

>>> from graph.model import Entity, GraphDocument, Relation
>>> doc = GraphDocument()
>>> _ = doc.add_entity(Entity.named("Ann", "Person"))
>>> _ = doc.add_entity(Entity.named("Acme", "Organization"))
>>> _ = doc.add_relation(Relation("ann", "LEADS", "acme"))
>>> page = render_html(doc, title="Ann and Acme")
>>> "new vis.Network(" in page, re.search(r"<(script|link)[^>]+(src|href)=.?https?:", page)
(True, None)

Article text (names, aliases, evidence, titles, URLs) never reaches the page as markup: it
travels as JSON (with `<`, `>`, `&` escaped) and the page shows it with `textContent`.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.errors import ErgError
from graph.layout import layout
from graph.model import GraphDocument
from graph.schema import DEFAULT_SCHEMA, Schema

DEFAULT_LAYOUT_THRESHOLD = 300
DEFAULT_TITLE = "erg graph"
# vis-network draws a label when its size on screen is at least this minus 1 px (it fades in
# up to this size). The page sizes the first-view labels above it and the others below.
LABEL_DRAW_THRESHOLD = 8
# The page's own code, under graph/static/, inlined in this order.
PAGE_SCRIPTS = ("erg-view.js", "erg-image.js", "erg.js")

# Colour and vis-network shape per entity type; types added by a schema file get the extras.
ENTITY_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Project": ("#59a14f", "diamond"),
    "Location": ("#b07aa1", "triangle"),
    "Product": ("#e15759", "hexagon"),
}
EXTRA_ENTITY_STYLES = [
    ("#76b7b2", "star"),
    ("#9c755f", "triangleDown"),
    ("#bab0ac", "dot"),
    ("#edc948", "square"),
    ("#ff9da7", "diamond"),
]
RELATION_COLOURS: dict[str, str] = {
    "FOUNDED": "#2e7d32",
    "LEADS": "#5e35b1",
    "OWNS": "#c2185b",
    "FUNDS": "#ef6c00",
    "BACKS": "#7cb342",
    "DISPUTES": "#d32f2f",
    "ADVISES": "#8d6e63",
    "PARTNERS_WITH": "#1e88e5",
    "LOCATED_IN": "#757575",
    "COMPETES_WITH": "#00897b",
}
EXTRA_RELATION_COLOURS = ["#3949ab", "#6d4c41", "#00acc1", "#c0ca33", "#8e24aa", "#f4511e"]


# -- styles -----------------------------------------------------------------------------------
def entity_styles(types: list[str]) -> dict[str, tuple[str, str]]:
    """(colour, shape) for each entity type, stable for the default ones."""
    out: dict[str, tuple[str, str]] = {}
    extra = 0
    for t in types:
        if t in ENTITY_STYLES:
            out[t] = ENTITY_STYLES[t]
        else:
            out[t] = EXTRA_ENTITY_STYLES[extra % len(EXTRA_ENTITY_STYLES)]
            extra += 1
    return out


def relation_colours(types: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    extra = 0
    for t in types:
        if t in RELATION_COLOURS:
            out[t] = RELATION_COLOURS[t]
        else:
            out[t] = EXTRA_RELATION_COLOURS[extra % len(EXTRA_RELATION_COLOURS)]
            extra += 1
    return out


def _ordered_types(present: set[str], known: list[str]) -> list[str]:
    return [t for t in known if t in present] + sorted(present - set(known))


# -- the page ---------------------------------------------------------------------------------
@dataclass
class PageOptions:
    """What decides how the page behaves (derived from the graph's size and the caller)."""

    physics: bool
    positions: bool
    edge_labels: bool


def page_options(
    n_nodes: int, physics: bool | None, layout_threshold: int = DEFAULT_LAYOUT_THRESHOLD
) -> PageOptions:
    """Physics (vis-network lays the graph out live) up to `layout_threshold` nodes; above
    it, positions computed in Python and physics off, unless `physics` says otherwise."""
    big = n_nodes > layout_threshold
    on = (not big) if physics is None else physics
    return PageOptions(physics=on, positions=big or not on, edge_labels=not big)


def render_html(
    doc: GraphDocument,
    path: str | Path | None = None,
    *,
    title: str = DEFAULT_TITLE,
    schema: Schema = DEFAULT_SCHEMA,
    physics: bool | None = None,
    layout_threshold: int = DEFAULT_LAYOUT_THRESHOLD,
) -> str:
    """The graph as one self-contained, offline HTML page; written to `path` when given.

    `physics=None` lets vis-network lay out graphs up to `layout_threshold` entities and
    computes the layout in Python above it (physics off); True or False forces either.
    """
    from graph.pyvis_page import empty_page  # imports jinja2: only when a page is made

    options = page_options(len(doc.entities), physics, layout_threshold)
    degree = relation_counts(doc)
    etypes = _ordered_types({e.type for e in doc.entities.values()}, list(schema.entity_types))
    rtypes = _ordered_types({r.type for r in doc.relations.values()}, list(schema.relation_types))
    estyle = entity_styles(etypes)
    rcolour = relation_colours(rtypes)
    doc_index = {doc_id: i for i, doc_id in enumerate(doc.documents)}
    positions: dict[str, tuple[float, float]] = {}
    if options.positions:
        positions = layout(
            list(doc.entities), [(r.source, r.target) for r in doc.relations.values()]
        )

    graph = {
        "nodes": _vis_nodes(doc, degree, positions, doc_index, estyle),
        "edges": _vis_edges(doc, schema, rcolour, doc_index, options),
    }
    # pyvis gives the page (template, vis-network inlined); the nodes and edges travel as JSON
    # beside it (see _finish_page): JSON.parse reads them faster than a script literal.
    page = empty_page(_vis_options(options, len(doc.entities)))
    page = _finish_page(page, doc, graph, title, etypes, rtypes, estyle, rcolour, options, schema)
    if path is not None:
        try:
            Path(path).write_text(page, encoding="utf-8")
        except OSError as exc:
            raise ErgError(f"cannot write {path}: {exc.strerror or exc}") from None
    return page


def _vis_nodes(
    doc: GraphDocument,
    degree: Counter[str],
    positions: dict[str, tuple[float, float]],
    doc_index: dict[str, int],
    estyle: dict[str, tuple[str, str]],
) -> list[dict[str, Any]]:
    """vis-network's nodes. vis-network indexes plain objects by node id, so an entity called
    "constructor" or "__proto__" would break it: node ids are n0, n1, ... and the entity id
    rides along as `eid`. The page gives each node its type's colour (DATA.entityColours)
    before vis-network reads them: one object per type keeps a 5,000-node page small, and
    vis-network reads a node's own colour faster than it merges a group's options into it."""
    rank = {eid: i for i, eid in enumerate(importance_order(doc, degree))}
    nodes = []
    for i, entity in enumerate(doc.entities.values()):
        node: dict[str, Any] = {
            "id": f"n{i}",
            "label": entity.name,
            "eid": entity.id,
            "shape": estyle[entity.type][1],
            "size": round(min(36.0, 9 + 4 * math.sqrt(degree[entity.id])), 1),
            "etype": entity.type,
            "deg": degree[entity.id],
            "rank": rank[entity.id],
        }
        if entity.id in positions:
            node["x"], node["y"] = positions[entity.id]
        if entity.aliases:
            node["aliases"] = list(entity.aliases)
        docs = [doc_index[d] for d in entity.documents if d in doc_index]
        if docs:
            node["docs"] = docs
        if not degree[entity.id]:
            node["hidden"] = True  # no relation: behind the page's "show N entities" control
        nodes.append(node)
    return nodes


def _vis_edges(
    doc: GraphDocument,
    schema: Schema,
    rcolour: dict[str, str],
    doc_index: dict[str, int],
    options: PageOptions,
) -> list[dict[str, Any]]:
    """vis-network's edges (ids e0, e1, ...), each with its evidence as
    [sentence, document index, extractor, confidence]."""
    vis_id = {eid: f"n{i}" for i, eid in enumerate(doc.entities)}
    curves = _parallel_curves(doc)
    edges = []
    for n, rel in enumerate(doc.relations.values()):
        if rel.source not in doc.entities or rel.target not in doc.entities:
            continue
        symmetric = schema.is_symmetric(rel.type)
        sources = {ev.document or ev.text for ev in rel.evidence}
        edge: dict[str, Any] = {
            "id": f"e{n}",
            "from": vis_id[rel.source],
            "to": vis_id[rel.target],
            "color": rcolour[rel.type],  # a string sets the normal, hover and selected colour
            "arrows": "" if symmetric else "to",
            "rtype": rel.type,
            "ev": [
                [ev.text, doc_index.get(ev.document, -1), ev.extractor, ev.confidence]
                for ev in rel.evidence
            ],
        }
        if symmetric:
            edge["sym"] = True
        if len(sources) > 1:
            edge["width"] = round(1 + min(4, len(sources) - 1) * 0.75, 2)
        if rel.properties:
            edge["props"] = {str(k): str(v) for k, v in rel.properties.items()}
            if rel.properties.get("date"):
                edge["date"] = str(rel.properties["date"])
        if options.edge_labels:
            edge["label"] = rel.type
        if rel.key in curves:
            edge["smooth"] = curves[rel.key]
        edges.append(edge)
    return edges


def relation_counts(doc: GraphDocument) -> Counter[str]:
    """Number of relations of each entity (both ends) among those drawn."""
    degree: Counter[str] = Counter()
    for rel in doc.relations.values():
        if rel.source in doc.entities and rel.target in doc.entities:
            degree[rel.source] += 1
            degree[rel.target] += 1
    return degree


def importance_order(doc: GraphDocument, degree: Counter[str] | None = None) -> list[str]:
    """Entity ids, most important first: most relations, then most documents, then by name.
    The page names the first ones at first sight and the rest as the analyst zooms in.

    >>> from graph.model import Entity, Relation
    >>> doc = GraphDocument()
    >>> for name in ("Bob", "Ann", "Acme"):
    ...     _ = doc.add_entity(Entity.named(name, "Person"))
    >>> _ = doc.add_relation(Relation("ann", "ADVISES", "acme"))
    >>> importance_order(doc)
    ['acme', 'ann', 'bob']
    """
    degree = relation_counts(doc) if degree is None else degree
    return sorted(
        doc.entities,
        key=lambda i: (-degree[i], -len(doc.entities[i].documents), doc.entities[i].name, i),
    )


def _darker(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _parallel_curves(doc: GraphDocument) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Relations sharing a pair of entities fan out as curves instead of overlapping."""
    by_pair: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for key in doc.relations:
        s, _, t = key
        by_pair.setdefault((min(s, t), max(s, t)), []).append(key)
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for (low, _), keys in by_pair.items():
        if len(keys) < 2:
            continue
        for i, key in enumerate(keys):
            offset = (i - (len(keys) - 1) / 2) * 0.3
            if abs(offset) < 1e-9:
                out[key] = {"enabled": False}
                continue
            clockwise = (offset > 0) == (key[0] == low)
            out[key] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(abs(offset), 2),
            }
    return out


def _node_colour(colour: str) -> dict[str, Any]:
    return {
        "background": colour,
        "border": _darker(colour),
        "highlight": {"background": colour, "border": "#111111"},
        "hover": {"background": colour, "border": "#111111"},
    }


def _vis_options(options: PageOptions, n_nodes: int) -> dict[str, Any]:
    big = not options.edge_labels
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 100 and not options.positions},
        "nodes": {
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3},
            "scaling": {"label": {"drawThreshold": LABEL_DRAW_THRESHOLD, "maxVisible": 30}},
            "borderWidth": 1,
        },
        "edges": {
            # "dynamic" smoothing adds a hidden physics body per edge: far too slow when big.
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "scaling": {"label": {"drawThreshold": LABEL_DRAW_THRESHOLD}},
            "font": {
                "size": 10,
                "align": "middle",
                "color": "#444444",
                "strokeWidth": 3,
                "face": "system-ui, sans-serif",
            },
            "color": {"opacity": 0.85},
            "arrows": {"to": {"scaleFactor": 0.6}},
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
        "physics": {
            "enabled": options.physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "springLength": 150,
                "springConstant": 0.03,
                "damping": 0.3,
                "avoidOverlap": 0.3,
            },
            # No fit of its own after stabilizing: the page packs the components and fits them.
            "stabilization": {"enabled": True, "iterations": 400, "fit": False},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
        },
    }


def _summary(doc: GraphDocument) -> str:
    evidence = sum(len(r.evidence) for r in doc.relations.values())
    cited = {ev.document for r in doc.relations.values() for ev in r.evidence if ev.document}
    documents = [d for d in doc.documents.values() if d.id in cited] or list(doc.documents.values())
    parts = [
        f"{len(doc.entities)} entities",
        f"{len(doc.relations)} relations",
        f"{evidence} evidence sentences",
        f"{len(documents)} source{'s' if len(documents) != 1 else ''}",
    ]
    dates = sorted(d.date[:10] for d in documents if d.date)
    if dates:
        parts.append(dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}")
    text = " · ".join(parts)
    names = [d.title or d.source or d.id for d in documents[:3]]
    if names:
        more = f" and {len(documents) - 3} more" if len(documents) > 3 else ""
        text += ": " + "; ".join(names) + more
    return text


def _json_for_script(data: Any) -> str:
    """JSON that cannot end its <script> element nor open markup (`<`, `>`, `&` escaped)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


_SHAPE_SVG = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "triangle": '<polygon points="8,1 15,14 1,14"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,15"/>',
    "hexagon": '<polygon points="4,2 12,2 15,8 12,14 4,14 1,8"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
}


def _legend(
    doc: GraphDocument,
    etypes: list[str],
    rtypes: list[str],
    estyle: dict[str, tuple[str, str]],
    rcolour: dict[str, str],
    schema: Schema,
) -> str:
    ecount = Counter(e.type for e in doc.entities.values())
    rcount = Counter(r.type for r in doc.relations.values())
    rows = ['<h2>Entities</h2><ul class="erg-legend" id="erg-entity-types">']
    for t in etypes:
        colour, shape = estyle[t]
        svg = (
            f'<svg width="16" height="16" viewBox="0 0 16 16" fill="{colour}" '
            f'stroke="{_darker(colour)}">{_SHAPE_SVG.get(shape, _SHAPE_SVG["dot"])}</svg>'
        )
        rows.append(
            f'<li><label><input type="checkbox" checked data-etype="{html.escape(t)}"> {svg} '
            f'<span class="erg-name">{html.escape(t)}</span> '
            f'<span class="erg-count">{ecount[t]}</span></label></li>'
        )
    rows.append('</ul><h2>Relations</h2><ul class="erg-legend" id="erg-relation-types">')
    for t in rtypes:
        colour = rcolour[t]
        symmetric = schema.is_symmetric(t)
        head = "" if symmetric else f'<polygon points="22,5 30,9 22,13" fill="{colour}"/>'
        svg = (
            f'<svg width="32" height="18" viewBox="0 0 32 18"><line x1="1" y1="9" '
            f'x2="{30 if symmetric else 23}" y2="9" stroke="{colour}" stroke-width="2.5"/>'
            f"{head}</svg>"
        )
        meaning = schema.relation_types[t].meaning if t in schema.relation_types else ""
        hint = f' title="{html.escape(meaning)}"' if meaning else ""
        rows.append(
            f'<li{hint}><label><input type="checkbox" checked data-rtype="{html.escape(t)}"> '
            f'{svg} <span class="erg-name">{html.escape(t)}</span> '
            f'<span class="erg-count">{rcount[t]}</span></label></li>'
        )
    rows.append("</ul>")
    rows.append(
        '<p class="erg-note">Node size: number of relations. Arrows point from subject to '
        "object; symmetric relations have none. Line width: number of sources.</p>"
    )
    return "".join(rows)


_ANCHOR = "network = new vis.Network(container, data, options);"
_DATASETS = re.compile(
    r"nodes = new vis\.DataSet\(\[\]\);\s*edges = new vis\.DataSet\(\[\]\);.*?"
    r"data = \{nodes: nodes, edges: edges\};",
    re.S,
)
_READ_GRAPH = (
    "var graph = ergGraph();\n"
    "                  nodes = new vis.DataSet(graph.nodes);\n"
    "                  edges = new vis.DataSet(graph.edges);\n"
    "                  data = {nodes: nodes, edges: edges};"
)


def _sources_panel(doc: GraphDocument) -> str:
    """The Sources filter: one checkbox per document (title, date, relations it supports),
    and a date range when anything is dated. The page's script wires them."""
    supports: Counter[int] = Counter()
    index = {doc_id: i for i, doc_id in enumerate(doc.documents)}
    dates: set[str] = set()
    for rel in doc.relations.values():
        cited = {index.get(ev.document, -1) for ev in rel.evidence} or {-1}
        supports.update(cited)
        if rel.properties.get("date"):
            dates.add(str(rel.properties["date"])[:10])
    dates |= {d.date[:10] for d in doc.documents.values() if d.date}
    listed = [(i, d) for i, d in enumerate(doc.documents.values()) if supports[i]]
    if not listed:
        return ""
    listed.sort(key=lambda item: (item[1].date or "9999", item[1].title or item[1].source))
    rows = ['<h2>Sources</h2><ul class="erg-legend" id="erg-sources">']
    entries = [(i, d.title or d.source or d.id, d.date[:10]) for i, d in listed]
    if supports[-1]:
        entries.append((-1, "no source document", ""))
    for i, name, date in entries:
        when = f' <span class="erg-date">{html.escape(date)}</span>' if date else ""
        rows.append(
            f'<li><label title="{html.escape(name)}"><input type="checkbox" checked '
            f'data-source="{i}"> <span class="erg-name">{html.escape(name)}{when}</span> '
            f'<span class="erg-count">{supports[i]}</span></label></li>'
        )
    rows.append("</ul>")
    if dates:
        low, high = html.escape(min(dates)), html.escape(max(dates))
        rows.append(
            '<div id="erg-dates" class="erg-note"><label>From <input type="date" '
            f'id="erg-since" min="{low}" max="{high}"></label> <label>to <input type="date" '
            f'id="erg-until" min="{low}" max="{high}"></label>'
            f"<div>Evidence dated {low} to {high}</div></div>"
        )
    return "".join(rows)


def _finish_page(
    page: str,
    doc: GraphDocument,
    graph: dict[str, list[dict[str, Any]]],
    title: str,
    etypes: list[str],
    rtypes: list[str],
    estyle: dict[str, tuple[str, str]],
    rcolour: dict[str, str],
    options: PageOptions,
    schema: Schema,
) -> str:
    """Turn pyvis's page into erg's: no external resources, full window, controls, legend."""
    page = _own_page(page, title)
    summary = _summary(doc)
    data = {
        "title": title,
        "summary": summary,
        "documents": [[d.title, d.source, d.date] for d in doc.documents.values()],
        "physics": options.physics,
        "positions": options.positions,
        "labelThreshold": LABEL_DRAW_THRESHOLD,
        # [type, colour, shape] and [type, colour, symmetric]: pairs, never objects keyed by
        # a name, for the page's Maps.
        "entityStyles": [[t, estyle[t][0], estyle[t][1]] for t in etypes],
        "relationStyles": [[t, rcolour[t], schema.is_symmetric(t)] for t in rtypes],
        "entityColours": [[t, _node_colour(c)] for t, (c, _) in estyle.items()],
    }
    controls = (
        f"{_header(title, summary, options.physics)}"
        '<aside id="erg-panel">'
        f"{_legend(doc, etypes, rtypes, estyle, rcolour, schema)}"
        f"{_sources_panel(doc)}"
        '<h2>Details</h2><div id="erg-details"><p class="erg-note">Hover over a node or an '
        "edge for its details; click one to keep them here and highlight its neighbours."
        "</p></div></aside>"
        '<div id="erg-tooltip" role="tooltip" hidden></div>'
        f'<script type="application/json" id="erg-data">{_json_for_script(data)}</script>'
        f'<script type="application/json" id="erg-graph">{_json_for_script(graph)}</script>'
        f"<script>{''.join(static_text(name) for name in PAGE_SCRIPTS)}</script>"
    )
    page = page.replace("<body>", "<body>" + controls, 1)
    return page.replace(_ANCHOR, _ANCHOR + "\n                  ergAttach(network);", 1)


def _own_page(page: str, title: str) -> str:
    """pyvis's page without external resources or its own heading, reading the graph from
    the erg-graph element, with erg's title, viewport and style."""
    # External resources: pyvis links Bootstrap from a CDN even in in_line mode.
    page = re.sub(r"<link\b[^>]*\bhref=[\"']?(?:https?:)?//[^>]*>\s*", "", page, flags=re.I)
    page = re.sub(
        r"<script\b[^>]*\bsrc=[\"']?(?:https?:)?//[^>]*>\s*</script>\s*", "", page, flags=re.I
    )
    page = re.sub(r"<center>\s*<h1>.*?</h1>\s*</center>\s*", "", page, flags=re.S)
    if "vis-network" not in page or _ANCHOR not in page or not _DATASETS.search(page):
        raise ErgError("this pyvis version's page is not supported (vis-network not inlined)")
    # pyvis's empty DataSets (and its copies of them for menus erg does not use) give way to
    # the graph read from the erg-graph JSON element.
    page = _DATASETS.sub(lambda _: _READ_GRAPH, page, count=1)
    head = (
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{static_text('erg.css')}</style>"
    )
    page = page.replace("<head>", "<head>" + head, 1)
    if not page.lstrip().lower().startswith("<!doctype"):
        page = "<!DOCTYPE html>\n" + page
    return page


def _header(title: str, summary: str, physics: bool) -> str:
    """The page's header: title, summary and controls (search, physics, reset, save, panel)."""
    return (
        f'<header id="erg-header"><h1 id="erg-title">{html.escape(title)}</h1>'
        f'<span id="erg-summary" title="{html.escape(summary)}">{html.escape(summary)}</span>'
        '<div id="erg-controls">'
        '<input id="erg-search" type="search" placeholder="Find a name or alias" '
        'list="erg-names" autocomplete="off" aria-label="Find a name or alias">'
        '<datalist id="erg-names"></datalist>'
        '<button id="erg-find" type="button">Find</button>'
        '<span id="erg-search-status" role="status"></span>'
        f'<label><input id="erg-physics" type="checkbox"{" checked" if physics else ""}>'
        " Physics</label>"
        '<button id="erg-reset" type="button" title="Show everything, clear the selection">'
        "Reset</button>"
        '<button id="erg-save" type="button" title="Save the current view as a PNG image, with '
        'the title and legend">Save image</button>'
        '<button id="erg-isolated" type="button" hidden aria-pressed="false"></button>'
        '<button id="erg-panel-toggle" type="button" title="Hide or show the side panel">'
        "Panel</button></div></header>"
    )


def static_text(name: str) -> str:
    """The text of one of the page's own files under graph/static/ (erg.js, erg.css), read at
    render time and inlined. Everything that came from an article is put on the page by erg.js
    with textContent (never innerHTML), so names and sentences show literally and run nothing.

    >>> "ergAttach" in static_text("erg.js")
    True
    """
    from importlib.resources import files

    text = files("graph").joinpath("static", name).read_text(encoding="utf-8")
    # Inlined into <script>/<style>: a closing tag inside would end the element early.
    if re.search(r"</(script|style)", text, flags=re.I):
        raise ErgError(f"graph/static/{name} must not contain a closing script or style tag")
    return text


# -- choosing what to draw ----------------------------------------------------------------------
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def select_view(
    doc: GraphDocument,
    schema: Schema = DEFAULT_SCHEMA,
    *,
    focus: list[str] | tuple[str, ...] = (),
    depth: int = 1,
    types: list[str] | tuple[str, ...] = (),
    entity_types: list[str] | tuple[str, ...] = (),
    min_sources: int = 0,
    since: str | None = None,
    until: str | None = None,
) -> GraphDocument:
    """The part of `doc` to draw: evidence dated within [since, until], only `entity_types`,
    then what lies within `depth` hops of the `focus` names (names or aliases) along relations
    of `types` backed by at least `min_sources` documents. Unknown names and types are errors
    that say what is known.

    >>> from graph.model import Entity, Relation
    >>> doc = GraphDocument()
    >>> for name, kind in [("Ann", "Person"), ("Acme", "Organization"), ("Bob", "Person")]:
    ...     _ = doc.add_entity(Entity.named(name, kind))
    >>> _ = doc.add_relation(Relation("ann", "LEADS", "acme"))
    >>> sorted(select_view(doc, focus=["ann"]).entities)
    ['acme', 'ann']
    """
    from graph.network import filter_dates, subgraph
    from graph.resolve import Resolver

    rel_types = {schema.check_relation_type(t) for t in types} or None
    ent_types = {schema.check_entity_type(t) for t in entity_types}
    for flag, value in (("--since", since), ("--until", until)):
        if value and not _DATE_RE.match(value):
            raise ErgError(f"{flag} must be a date such as 2025-01-31, got {value!r}")
    resolver = Resolver(doc.entities.values())
    focus_ids = [resolver.require(name).id for name in focus]
    view = filter_dates(doc, since, until)
    if ent_types:
        view = _only_entity_types(view, ent_types)
    if focus_ids or rel_types or min_sources:
        view = subgraph(view, focus_ids or None, depth, rel_types, min_sources)
    return view


def _only_entity_types(doc: GraphDocument, types: set[str]) -> GraphDocument:
    out = GraphDocument(warnings=list(doc.warnings))
    out.entities = {i: e for i, e in doc.entities.items() if e.type in types}
    out.relations = {
        k: r
        for k, r in doc.relations.items()
        if r.source in out.entities and r.target in out.entities
    }
    used = {ev.document for r in out.relations.values() for ev in r.evidence}
    used |= {d for e in out.entities.values() for d in e.documents}
    out.documents = {i: d for i, d in doc.documents.items() if i in used}
    return out


def default_title(doc: GraphDocument, focus: list[str] | tuple[str, ...] = ()) -> str:
    """'erg graph', or what the page is centred on."""
    if focus:
        return f"{', '.join(focus)} and neighbours"
    return DEFAULT_TITLE


# -- notebooks --------------------------------------------------------------------------------
class InlinePage:
    """Displays a page in Jupyter (via _repr_html_) when IPython itself is not importable."""

    def __init__(self, markup: str, page: str):
        self.markup = markup
        self.page = page

    def _repr_html_(self) -> str:
        return self.markup


def show(graph: Any, *, height: int = 650, **options: Any) -> Any:
    """Display the page inline in a notebook: `show(doc)` or `show(store)`.

    The self-contained page goes into a sandboxed iframe's `srcdoc`, so it needs no server,
    no file and no internet. Options are those of `render_html` (title, physics, ...).
    """
    if isinstance(graph, GraphDocument):
        doc = graph
    else:
        from graph.store.base import snapshot

        doc = snapshot(graph)
        options.setdefault("schema", graph.schema)
    page = render_html(doc, **options)
    markup = (
        f'<div><iframe srcdoc="{html.escape(page, quote=True)}" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #d0d7de" '
        'sandbox="allow-scripts allow-popups" title="erg graph"></iframe></div>'
    )
    try:
        from IPython.core.display import HTML
    except ImportError:
        return InlinePage(markup, page)
    return HTML(markup)  # type: ignore[no-untyped-call]  # IPython leaves HTML() unannotated
