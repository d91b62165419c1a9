"""Questions about the shape of the graph: how are two actors connected, who is central, which
groups form. Library functions on networkx; they return data and never print.

How relations become the graph these measures run on (`connection_graph`):

- Connection questions ignore direction: "Musk FOUNDED OpenAI" ties Musk and OpenAI whichever
  way it points. Each reported edge still carries its real source, target and type.
- One undirected edge per pair of entities that has any relation; it holds every relation
  between the two (parallel types such as FOUNDED and DISPUTES, and both directions of a
  DISPUTES feud). Its `weight` is the number of those relations, a symmetric relation
  (PARTNERS_WITH, COMPETES_WITH) counting once even if it was recorded in both directions.
- So parallel relation types never count as extra neighbours or extra shortest paths: being
  tied to OpenAI in three ways makes one neighbour and one hop, reported with all three ties.
  They do strengthen the tie where a measure uses weights (PageRank, communities).

Measures (`centrality`):
- `degree`: number of distinct entities tied to the entity (its neighbours); `ties` beside it
  counts the relations themselves.
- `betweenness`: share of shortest paths between other pairs that pass through the entity
  (normalized to 0..1, unweighted); sampled with a fixed seed above `BETWEENNESS_EXACT_LIMIT`
  entities so big graphs stay fast.
- `pagerank`: PageRank on the undirected graph weighted by tie count (damping 0.85; pure
  Python power iteration, so no SciPy is needed).

Communities use networkx's Louvain method with a fixed seed on the weighted graph (or greedy
modularity), so the same graph always gives the same groups.

>>> from graph.model import Entity, GraphDocument, Relation
>>> doc = GraphDocument()
>>> for n, t in [("Ann", "Person"), ("Acme", "Organization"), ("Beta", "Organization")]:
...     _ = doc.add_entity(Entity.named(n, t))
>>> _ = doc.add_relation(Relation("ann", "LEADS", "acme"))
>>> _ = doc.add_relation(Relation("acme", "FUNDS", "beta"))
>>> [describe_path(p, doc) for p in shortest_paths(doc, "Ann", "Beta")]
['Ann -[LEADS]-> Acme -[FUNDS]-> Beta']
>>> [(s.name, s.score) for s in centrality(doc, "degree")]
[('Acme', 2), ('Ann', 1), ('Beta', 1)]
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.errors import ErgError
from graph.model import Entity, GraphDocument, Relation
from graph.resolve import Resolver
from graph.schema import DEFAULT_SCHEMA, Schema

MEASURES = ("degree", "betweenness", "pagerank")
COMMUNITY_METHODS = ("louvain", "greedy")
DEFAULT_MAX_HOPS = 4
SEED = 42
BETWEENNESS_EXACT_LIMIT = 3000
BETWEENNESS_SAMPLE = 500


# -- the graph the measures run on -------------------------------------------------------------
def connection_graph(doc: GraphDocument, schema: Schema = DEFAULT_SCHEMA) -> nx.Graph[str]:
    """Undirected simple graph: one node per entity, one edge per tied pair.

    Edge attributes: `relations` (every Relation between the pair, sorted by type and
    direction) and `weight` (how many). Nodes and edges are added in sorted order so that
    every algorithm below is deterministic.
    """
    g: nx.Graph[str] = nx.Graph()
    for eid in sorted(doc.entities):
        e = doc.entities[eid]
        g.add_node(eid, name=e.name, type=e.type)
    pairs: dict[tuple[str, str], dict[tuple[str, str, str], Relation]] = {}
    for rel in doc.relations.values():
        if rel.source == rel.target or rel.source not in g or rel.target not in g:
            continue
        low, high = sorted((rel.source, rel.target))
        pair = (low, high)
        # A symmetric relation recorded both ways is one tie.
        key = (low, high, rel.type) if schema.is_symmetric(rel.type) else rel.key
        pairs.setdefault(pair, {}).setdefault(key, rel)
    for (a, b), rels in sorted(pairs.items()):
        ordered = sorted(rels.values(), key=lambda r: (r.type, r.source, r.target))
        g.add_edge(a, b, relations=ordered, weight=len(ordered))
    return g


# -- paths ------------------------------------------------------------------------------------
@dataclass
class Tie:
    """One relation on a hop, in its real direction, with its evidence."""

    relation: Relation
    forward: bool  # True when it points along the path (from the hop's start to its end)
    symmetric: bool = False

    def to_dict(self, names: dict[str, str]) -> dict[str, Any]:
        r = self.relation
        return {
            "source": names.get(r.source, r.source),
            "type": r.type,
            "target": names.get(r.target, r.target),
            "direction": "<->" if self.symmetric else ("->" if self.forward else "<-"),
            "evidence": [e.to_dict() for e in r.evidence],
        }


@dataclass
class Hop:
    """A step of a path between two entity ids, with every relation that ties them."""

    start: str
    end: str
    ties: list[Tie] = field(default_factory=list)


@dataclass
class Path:
    """A chain of entities from the first to the last, hop by hop."""

    nodes: list[str]
    hops: list[Hop]

    @property
    def length(self) -> int:
        return len(self.hops)

    @property
    def evidence_count(self) -> int:
        return sum(len(t.relation.evidence) for h in self.hops for t in h.ties)


def resolve_entity(doc: GraphDocument, name: str) -> Entity:
    """The entity called `name` (name, alias or id); unknown names suggest close ones."""
    return Resolver(doc.entities.values()).require(name)


def shortest_paths(
    doc: GraphDocument,
    source: str,
    target: str,
    *,
    max_hops: int = DEFAULT_MAX_HOPS,
    k: int | None = None,
    limit: int = 100,
    schema: Schema = DEFAULT_SCHEMA,
    graph: nx.Graph[str] | None = None,
) -> list[Path]:
    """How `source` and `target` (names, aliases or ids) are connected, within `max_hops`.

    With `k` None: every shortest path (at most `limit` of them). With `k`: the k shortest
    simple paths, which may include longer detours. Paths of equal length come best-evidenced
    first, then by names. An empty list means no connection within `max_hops`.
    """
    if max_hops < 1:
        raise ErgError("max hops must be at least 1")
    if k is not None and k < 1:
        raise ErgError("the number of paths must be at least 1")
    a, b = resolve_entity(doc, source), resolve_entity(doc, target)
    if a.id == b.id:
        raise ErgError(f"{source!r} and {target!r} are the same entity ({a.name})")
    g = graph if graph is not None else connection_graph(doc, schema)
    if k is None:
        try:
            found = list(itertools.islice(nx.all_shortest_paths(g, a.id, b.id), limit))
        except nx.NetworkXNoPath:
            return []
        found = [p for p in found if len(p) - 1 <= max_hops]
    else:
        found = []
        try:
            for p in nx.shortest_simple_paths(g, a.id, b.id):
                if len(p) - 1 > max_hops:
                    break
                # Finish the length group we are in, so ties in length are ranked fairly.
                if len(found) >= k and len(p) > len(found[-1]):
                    break
                found.append(p)
        except nx.NetworkXNoPath:
            return []
    paths = [_path(g, nodes, schema) for nodes in found]
    paths.sort(key=lambda p: (p.length, -p.evidence_count, [doc.entities[n].name for n in p.nodes]))
    return paths[:k] if k is not None else paths


def _path(g: nx.Graph[str], nodes: list[str], schema: Schema) -> Path:
    hops = []
    for u, v in itertools.pairwise(nodes):
        ties = [
            Tie(rel, rel.source == u, schema.is_symmetric(rel.type))
            for rel in g.edges[u, v]["relations"]
        ]
        hops.append(Hop(u, v, ties))
    return Path(list(nodes), hops)


def describe_path(path: Path, doc: GraphDocument) -> str:
    """One line such as `Elon Musk -[FOUNDED]-> OpenAI <-[FUNDS]- Microsoft`.

    Parallel ties on a hop are joined: `-[DISPUTES|FOUNDED]->`; ties in different directions
    are listed side by side: `-[DISPUTES]-> <-[DISPUTES]-`; symmetric ones have no arrow head.
    """

    def name(eid: str) -> str:
        e = doc.entities.get(eid)
        return e.name if e else eid

    parts = [name(path.nodes[0])]
    for hop in path.hops:
        groups: dict[str, list[str]] = {}
        for tie in hop.ties:
            d = "<->" if tie.symmetric else ("->" if tie.forward else "<-")
            groups.setdefault(d, []).append(tie.relation.type)
        arrows = []
        for d in ("->", "<-", "<->"):
            if d in groups:
                types = "|".join(groups[d])
                arrows.append(
                    {"->": f"-[{types}]->", "<-": f"<-[{types}]-", "<->": f"-[{types}]-"}[d]
                )
        parts.append(" ".join(arrows))
        parts.append(name(hop.end))
    return " ".join(parts)


def path_records(paths: list[Path], doc: GraphDocument) -> list[dict[str, Any]]:
    """Paths as plain data: one record per path with its hops and their ties and evidence."""
    names = {eid: e.name for eid, e in doc.entities.items()}
    return [
        {
            "path": i,
            "length": p.length,
            "summary": describe_path(p, doc),
            "nodes": [names.get(n, n) for n in p.nodes],
            "hops": [
                {
                    "from": names.get(h.start, h.start),
                    "to": names.get(h.end, h.end),
                    "ties": [t.to_dict(names) for t in h.ties],
                }
                for h in p.hops
            ],
        }
        for i, p in enumerate(paths, start=1)
    ]


# -- centrality -------------------------------------------------------------------------------
@dataclass
class Score:
    id: str
    name: str
    type: str
    score: float
    neighbours: int
    ties: int


def centrality(
    doc: GraphDocument,
    by: str = "degree",
    *,
    top: int | None = None,
    schema: Schema = DEFAULT_SCHEMA,
    graph: nx.Graph[str] | None = None,
) -> list[Score]:
    """Entities ranked by `by` (degree, betweenness or pagerank), highest first, ties by name."""
    if by not in MEASURES:
        raise ErgError(f"unknown centrality measure {by!r}; choose one of {', '.join(MEASURES)}")
    g = graph if graph is not None else connection_graph(doc, schema)
    if by == "degree":
        values: dict[str, float] = {n: d for n, d in g.degree()}
    elif by == "betweenness":
        n = g.number_of_nodes()
        sample = BETWEENNESS_SAMPLE if n > BETWEENNESS_EXACT_LIMIT else None
        values = nx.betweenness_centrality(g, k=sample, normalized=True, seed=SEED)
    else:
        values = pagerank(g)
    scores = [
        Score(
            node,
            g.nodes[node]["name"],
            g.nodes[node]["type"],
            values.get(node, 0.0),
            g.degree(node),
            int(g.degree(node, weight="weight")),
        )
        for node in g.nodes
    ]
    scores.sort(key=lambda s: (-s.score, -s.ties, s.name))
    return scores[:top] if top is not None else scores


def pagerank(
    g: nx.Graph[str], alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200
) -> dict[str, float]:
    """PageRank of an undirected weighted graph by power iteration (weights: `weight`).

    The same values as `networkx.pagerank`, without its SciPy dependency.
    """
    nodes = list(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    strength = {u: float(g.degree(u, weight="weight")) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if strength[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if strength[u] == 0:
                continue
            share = alpha * rank[u] / strength[u]
            for v, data in g[u].items():
                new[v] += share * data.get("weight", 1)
        err = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if err < n * tol:
            break
    return rank


# -- communities ------------------------------------------------------------------------------
@dataclass
class Community:
    index: int
    members: list[str]  # entity ids, most connected first

    def names(self, doc: GraphDocument) -> list[str]:
        return [doc.entities[m].name for m in self.members]


def communities(
    doc: GraphDocument,
    *,
    method: str = "louvain",
    resolution: float = 1.0,
    min_size: int = 1,
    seed: int = SEED,
    schema: Schema = DEFAULT_SCHEMA,
    graph: nx.Graph[str] | None = None,
) -> list[Community]:
    """Groups of entities more tied to each other than to the rest, largest first.

    Deterministic: a fixed seed (Louvain) and a graph built in sorted order. Members are listed
    most connected first; entities with no relation form groups of one (see `min_size`).
    """
    if method not in COMMUNITY_METHODS:
        raise ErgError(
            f"unknown community method {method!r}; choose one of {', '.join(COMMUNITY_METHODS)}"
        )
    g = graph if graph is not None else connection_graph(doc, schema)
    if g.number_of_nodes() == 0:
        return []
    groups: list[set[str]] | list[frozenset[str]]
    if method == "louvain":
        groups = nx.community.louvain_communities(
            g, weight="weight", resolution=resolution, seed=seed
        )
    else:
        groups = nx.community.greedy_modularity_communities(
            g, weight="weight", resolution=resolution
        )

    def rank(node: str) -> tuple[int, int, str]:
        return (-g.degree(node), -int(g.degree(node, weight="weight")), g.nodes[node]["name"])

    ordered = [sorted(group, key=rank) for group in groups if len(group) >= min_size]
    ordered.sort(key=lambda members: (-len(members), g.nodes[members[0]]["name"]))
    return [Community(i, members) for i, members in enumerate(ordered, start=1)]
