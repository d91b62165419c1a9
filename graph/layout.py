"""Positions for a big graph, computed in Python so the page only draws it (graph.viz uses it
above its layout threshold): pivot-MDS per component, refined by grid-accelerated
Fruchterman-Reingold steps, components shelf-packed biggest first. Roughly linear time.
"""

from __future__ import annotations

import math
from typing import Any

EDGE_LENGTH = 120.0


def layout(
    nodes: list[str],
    edges: list[tuple[str, str]],
    *,
    edge_length: float = EDGE_LENGTH,
    iterations: int = 30,
    seed: int = 7,
) -> dict[str, tuple[float, float]]:
    """Positions for a big graph in roughly linear time (5,000 nodes in well under a second).

    Each connected component starts from a pivot-MDS embedding (BFS distances from a few
    pivots, reduced to 2D: the global shape in one step), is refined by Fruchterman-Reingold
    steps whose repulsion only acts between nearby nodes of the same component (a grid finds
    them), and the components are then packed in rows, biggest first, isolated nodes last.

    >>> pos = layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> sorted(pos), all(len(p) == 2 for p in pos.values())
    (['a', 'b', 'c'], True)
    """
    import numpy as np

    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {
        (min(index[s], index[t]), max(index[s], index[t]))
        for s, t in edges
        if s in index and t in index and s != t
    }
    ei = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    ej = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    indptr, indices = _csr(n, ei, ej)
    comp = _components(n, indptr, indices)
    rng = np.random.default_rng(seed)
    k = float(edge_length)
    pos = np.zeros((n, 2))
    sizes = np.bincount(comp)
    members = np.argsort(comp, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    for c, size in enumerate(sizes):
        ids = members[bounds[c] : bounds[c + 1]]
        if size == 1:
            continue
        if size < 12:
            angle = 2 * math.pi * np.arange(size) / size
            pos[ids] = np.c_[np.cos(angle), np.sin(angle)] * k * max(0.5, size / (2 * math.pi))
            continue
        pos[ids] = _pivot_mds(indptr, indices, ids, k)
    pos += rng.normal(scale=k * 0.01, size=pos.shape)  # no two nodes exactly on one spot
    if len(pairs):
        _refine(pos, ei, ej, comp, k, iterations)
    pos = _pack(pos, comp, sizes, members, bounds, k)
    return {
        node: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for node, i in index.items()
    }


def _csr(n: int, ei: Any, ej: Any) -> tuple[Any, Any]:
    """Undirected adjacency in compressed sparse row form (indptr, indices)."""
    import numpy as np

    src = np.concatenate([ei, ej])
    dst = np.concatenate([ej, ei])
    order = np.argsort(src, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    return indptr, dst[order]


def _neighbours_of(indptr: Any, indices: Any, frontier: Any) -> Any:
    import numpy as np

    starts = indptr[frontier]
    lens = indptr[frontier + 1] - starts
    total = int(lens.sum())
    if not total:
        return np.empty(0, dtype=np.int64)
    offsets = np.repeat(starts - (np.cumsum(lens) - lens), lens)
    return indices[np.arange(total) + offsets]


def _bfs(indptr: Any, indices: Any, source: int, n: int) -> Any:
    """Hop distances from `source` (-1 where unreachable), one numpy step per BFS level."""
    import numpy as np

    dist = np.full(n, -1, dtype=np.int64)
    dist[source] = 0
    frontier = np.array([source])
    level = 0
    while frontier.size:
        level += 1
        found = _neighbours_of(indptr, indices, frontier)
        found = np.unique(found[dist[found] < 0])
        dist[found] = level
        frontier = found
    return dist


def _components(n: int, indptr: Any, indices: Any) -> Any:
    """Component number per node, biggest component first."""
    import numpy as np

    comp = np.full(n, -1, dtype=np.int64)
    count = 0
    for start in range(n):
        if comp[start] >= 0:
            continue
        if indptr[start] == indptr[start + 1]:
            comp[start] = count
        else:
            comp[_bfs(indptr, indices, start, n) >= 0] = count
        count += 1
    rank = np.argsort(-np.bincount(comp), kind="stable")
    renumber = np.empty_like(rank)
    renumber[rank] = np.arange(len(rank))
    return renumber[comp]


def _pivot_mds(indptr: Any, indices: Any, ids: Any, k: float, pivots: int = 24) -> Any:
    """2D pivot-MDS embedding of one component, scaled so it covers about size * k^2."""
    import numpy as np

    n = len(indptr) - 1
    degree = indptr[ids + 1] - indptr[ids]
    chosen = [int(ids[np.argmax(degree)])]
    columns = []
    nearest = None
    for _ in range(min(pivots, len(ids))):
        dist = _bfs(indptr, indices, chosen[-1], n)[ids].astype(float)
        columns.append(dist)
        nearest = dist if nearest is None else np.minimum(nearest, dist)
        chosen.append(int(ids[np.argmax(nearest)]))  # farthest from every pivot so far
    d2 = np.column_stack(columns) ** 2
    c = -0.5 * (d2 - d2.mean(axis=0) - d2.mean(axis=1)[:, None] + d2.mean())
    _, vectors = np.linalg.eigh(c.T @ c)
    xy = c @ vectors[:, [-1, -2]]
    spread = np.sqrt(max(np.prod(xy.std(axis=0)), 1e-9))
    return (xy - xy.mean(axis=0)) * (0.35 * k * math.sqrt(len(ids)) / spread)


def _near_pairs(pos: Any, comp: Any, cell: float) -> tuple[Any, Any]:
    """All pairs (i, j) of the same component within one grid cell of each other."""
    import numpy as np

    grid = np.floor(pos / cell).astype(np.int64)
    grid -= grid.min(axis=0) - 1
    width_y = int(grid[:, 1].max()) + 2
    width_x = int(grid[:, 0].max()) + 2
    key = (comp * width_x + grid[:, 0]) * width_y + grid[:, 1]
    order = np.argsort(key, kind="stable")
    cells, start, count = np.unique(key[order], return_index=True, return_counts=True)
    out_i, out_j = [], []
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):
        wanted = cells + dx * width_y + dy
        at = np.minimum(np.searchsorted(cells, wanted), len(cells) - 1)
        a = np.nonzero(cells[at] == wanted)[0]
        b = at[a]
        ca, cb = count[a], count[b]
        total = ca * cb
        rep = np.repeat(np.arange(len(a)), total)
        t = np.arange(int(total.sum())) - np.repeat(np.cumsum(total) - total, total)
        ti, tj = t // cb[rep], t % cb[rep]
        if dx == 0 and dy == 0:
            keep = ti < tj
            rep, ti, tj = rep[keep], ti[keep], tj[keep]
        out_i.append(order[start[a][rep] + ti])
        out_j.append(order[start[b][rep] + tj])
    return np.concatenate(out_i), np.concatenate(out_j)


def _refine(pos: Any, ei: Any, ej: Any, comp: Any, k: float, iterations: int) -> None:
    """Fruchterman-Reingold steps in O(n) each: exact repulsion between nearby nodes (found
    with a grid), far repulsion from the centroids of a coarse grid's cells, edge attraction."""
    import numpy as np

    n = len(pos)
    cutoff = 1.5 * k
    sizes = np.bincount(comp)
    extent = np.array(
        [np.ptp(pos[comp == c], axis=0).max() if s > 1 else 0.0 for c, s in enumerate(sizes)]
    )
    start = np.maximum(k, extent / 8)[comp]  # far-out nodes may travel further at first
    for step in range(iterations):
        disp = _far_field(pos, comp, sizes, k)
        i, j = _near_pairs(pos, comp, cutoff)
        delta = pos[i] - pos[j]
        dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 0.01 * k)
        near = dist < cutoff
        i, j, delta, dist = i[near], j[near], delta[near], dist[near]
        push = delta * (k * k * (1 - dist / cutoff) / dist**2)[:, None]
        delta = pos[ei] - pos[ej]
        pull = delta * (np.hypot(delta[:, 0], delta[:, 1]) / k)[:, None]
        for axis in (0, 1):
            disp[:, axis] += (
                np.bincount(i, push[:, axis], n)
                - np.bincount(j, push[:, axis], n)
                - np.bincount(ei, pull[:, axis], n)
                + np.bincount(ej, pull[:, axis], n)
            )
        cool = 1 - step / iterations
        temperature = start * cool * cool + 0.05 * k
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]


def _far_field(pos: Any, comp: Any, sizes: Any, k: float, cells: int = 10) -> Any:
    """Repulsion of every node of a big component from its coarse-grid cells' centroids
    (softened by the cell size), the long-range part of Fruchterman-Reingold's repulsion."""
    import numpy as np

    disp = np.zeros_like(pos)
    for c in np.nonzero(sizes >= 50)[0]:
        ids = np.nonzero(comp == c)[0]
        p = pos[ids]
        lo = p.min(axis=0)
        size = max(float(np.ptp(p, axis=0).max()) / cells, k)
        cell = np.floor((p - lo) / size).astype(np.int64)
        key = cell[:, 0] * (cells + 1) + cell[:, 1]
        _, inverse, mass = np.unique(key, return_inverse=True, return_counts=True)
        centre = np.c_[np.bincount(inverse, p[:, 0]), np.bincount(inverse, p[:, 1])] / mass[:, None]
        dx = p[:, 0:1] - centre[:, 0]
        dy = p[:, 1:2] - centre[:, 1]
        weight = (k * k) * mass / (dx * dx + dy * dy + size * size)
        disp[ids, 0] = (dx * weight).sum(axis=1)
        disp[ids, 1] = (dy * weight).sum(axis=1)
    return disp


def _pack(pos: Any, comp: Any, sizes: Any, members: Any, bounds: Any, k: float) -> Any:
    """Shelf-pack the components (biggest first) into rows about as wide as they are tall."""
    import numpy as np

    out = pos.copy()
    boxes = []
    for c in range(len(sizes)):
        ids = members[bounds[c] : bounds[c + 1]]
        lo, hi = pos[ids].min(axis=0), pos[ids].max(axis=0)
        boxes.append((ids, lo, hi - lo + k))
    total_area = sum(float(size[0] * size[1]) for _, _, size in boxes)
    row_width = max(max(float(size[0]) for _, _, size in boxes), math.sqrt(total_area) * 1.2)
    x = y = row_height = 0.0
    for ids, lo, size in boxes:
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        out[ids] = pos[ids] - lo + np.array([x, y])
        x += float(size[0])
        row_height = max(row_height, float(size[1]))
    return out - (out.min(axis=0) + out.max(axis=0)) / 2
