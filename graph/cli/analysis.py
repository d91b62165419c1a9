"""`erg path`, `erg central`, `erg communities` and `erg export`: options in, rows out.

Registered by graph/cli/__init__.py; the work is done by graph.analysis and graph.readwrite. Every
command reads the store read-only and can narrow the graph first to relation types (`--types`)
and to evidence dated within `--since`/`--until` (graph.network.filter_dates).

`erg path` exits 0 when the two entities are not connected within --max-hops (that is an answer,
not an error): the table format says so in a line, json prints `[]`, csv only the header, and a
note goes to stderr. Unknown names are errors (exit 2) that suggest close names.
"""

from __future__ import annotations

import re
from typing import Any

import click

from graph.analysis import (
    COMMUNITY_METHODS,
    DEFAULT_MAX_HOPS,
    MEASURES,
    centrality,
    describe_path,
    resolve_entity,
    shortest_paths,
)
from graph.analysis import communities as find_communities
from graph.cli.app import AppState, format_option, store_option
from graph.errors import ErgError
from graph.model import GraphDocument
from graph.network import filter_dates, subgraph
from graph.output import write_rows
from graph.readwrite import FORMATS, format_for, write_graph_file
from graph.schema import Schema
from graph.store.base import snapshot

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bound(value: str | None, option: str, *, end: bool) -> str | None:
    """A full ISO date from `2025`, `2025-03` or `2025-03-14`; partial dates cover their whole
    year or month (`--until 2025` means up to 2025-12-31)."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    if not m:
        raise ErgError(
            f"{option} must be a date such as 2025-01-31 (or 2025-01, 2025), got {value!r}"
        )
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        month = "12" if end else "01"
    if day is None:
        day = "31" if end else "01"
    return f"{year}-{month}-{day}"


def split_types(values: tuple[str, ...], schema: Schema) -> set[str] | None:
    """`--types FOUNDED,funds --types LEADS` -> {FOUNDED, FUNDS, LEADS} (None: all types)."""
    names = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return {schema.check_relation_type(n) for n in names} if names else None


def selection_options(f: Any) -> Any:
    """--types, --since and --until, shared by every command here."""
    f = click.option("--until", metavar="DATE", help="Only evidence dated on or before DATE.")(f)
    f = click.option("--since", metavar="DATE", help="Only evidence dated on or after DATE.")(f)
    return click.option(
        "--types",
        multiple=True,
        metavar="TYPES",
        help="Only these relation types, e.g. FOUNDED,FUNDS (repeatable).",
    )(f)


def load_selection(
    app: AppState, types: tuple[str, ...], since: str | None, until: str | None
) -> tuple[GraphDocument, GraphDocument, Schema]:
    """(the whole stored graph, the selected part of it, the store's schema)."""
    lo = date_bound(since, "--since", end=False)
    hi = date_bound(until, "--until", end=True)
    if lo and hi and lo > hi:
        raise ErgError(f"--since {since} is after --until {until}")
    with app.store(read_only=True) as store:
        schema = store.schema
        whole = snapshot(store)
    wanted = split_types(types, schema)
    doc = filter_dates(whole, lo, hi)
    if wanted is not None:
        doc = subgraph(doc, types=wanted)
    return whole, doc, schema


# -- path -------------------------------------------------------------------------------------
@click.command()
@click.argument("source")
@click.argument("target")
@click.option(
    "--max-hops",
    type=click.IntRange(1),
    default=DEFAULT_MAX_HOPS,
    show_default=True,
    help="Longest path to look for.",
)
@click.option(
    "--top",
    "-k",
    type=click.IntRange(1),
    default=None,
    help="The K shortest paths (longer detours included) instead of every shortest path.",
)
@selection_options
@format_option
@store_option
@click.pass_obj
def path(
    app: AppState,
    source: str,
    target: str,
    max_hops: int,
    top: int | None,
    types: tuple[str, ...],
    since: str | None,
    until: str | None,
    fmt: str,
) -> None:
    """How SOURCE and TARGET (names or aliases) are connected: shortest paths, with the
    evidence of every relation on them. Direction is ignored to find paths; each relation is
    shown as stored (source, type, target)."""
    whole, doc, schema = load_selection(app, types, since, until)
    a, b = resolve_entity(whole, source), resolve_entity(whole, target)
    if a.id == b.id:
        raise ErgError(f"{source!r} and {target!r} are the same entity ({a.name})")
    found = []
    if a.id in doc.entities and b.id in doc.entities:
        found = shortest_paths(doc, a.id, b.id, max_hops=max_hops, k=top, schema=schema)
    columns = ["path", "hop", "source", "type", "target", "evidence"]
    rows: list[list[Any]] = []
    for i, p in enumerate(found, start=1):
        for j, hop in enumerate(p.hops, start=1):
            for tie in hop.ties:
                r = tie.relation
                sentences = [e.text for e in r.evidence]
                rows.append(
                    [
                        i,
                        j,
                        doc.entities[r.source].name,
                        r.type,
                        doc.entities[r.target].name,
                        sentences if fmt == "json" else "\n".join(sentences),
                    ]
                )
    if not found:
        selected = " in the selected relations and dates" if (types or since or until) else ""
        plural = "hop" if max_hops == 1 else "hops"
        message = f"no path between {a.name} and {b.name} within {max_hops} {plural}{selected}"
        if fmt == "table":
            click.echo(message)
            return
        click.echo(message, err=True)
        write_rows(columns, rows, fmt)
        return
    if fmt == "table":
        hops = found[0].length
        kind = "shortest path" if top is None else "path"
        click.echo(
            f"{len(found)} {kind}{'s' if len(found) > 1 else ''} between {a.name} and {b.name}"
            + (f" ({hops} hops)" if top is None else "")
            + ":"
        )
        for i, p in enumerate(found, start=1):
            click.echo(f"  {i}. {describe_path(p, doc)}")
    write_rows(columns, rows, fmt)


# -- central ----------------------------------------------------------------------------------
@click.command()
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="How many.")
@click.option(
    "--by",
    type=click.Choice(MEASURES),
    default="degree",
    show_default=True,
    help="degree: distinct neighbours; betweenness: on shortest paths between others; "
    "pagerank: tied to well-tied actors.",
)
@selection_options
@format_option
@store_option
@click.pass_obj
def central(
    app: AppState,
    top: int,
    by: str,
    types: tuple[str, ...],
    since: str | None,
    until: str | None,
    fmt: str,
) -> None:
    """The most central actors. `ties` counts relations; parallel relation types between the
    same two entities are one neighbour, and a symmetric relation counts once."""
    _, doc, schema = load_selection(app, types, since, until)
    scores = centrality(doc, by, top=top, schema=schema)
    rows = [
        [i, s.name, s.type, s.score if by == "degree" else round(s.score, 4), s.neighbours, s.ties]
        for i, s in enumerate(scores, start=1)
    ]
    write_rows(["rank", "entity", "type", by, "neighbours", "ties"], rows, fmt)


# -- communities ------------------------------------------------------------------------------
@click.command()
@click.option(
    "--method",
    type=click.Choice(COMMUNITY_METHODS),
    default="louvain",
    show_default=True,
    help="Louvain (fixed seed) or greedy modularity; both give the same groups on every run.",
)
@click.option(
    "--resolution",
    type=click.FloatRange(0, min_open=True),
    default=1.0,
    show_default=True,
    help="Above 1: more, smaller groups; below 1: fewer, larger ones.",
)
@click.option(
    "--min-size",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Hide groups smaller than this.",
)
@selection_options
@format_option
@store_option
@click.pass_obj
def communities(
    app: AppState,
    method: str,
    resolution: float,
    min_size: int,
    types: tuple[str, ...],
    since: str | None,
    until: str | None,
    fmt: str,
) -> None:
    """Groups of actors more tied to each other than to the rest (most connected first)."""
    _, doc, schema = load_selection(app, types, since, until)
    groups = find_communities(
        doc, method=method, resolution=resolution, min_size=min_size, schema=schema
    )
    rows = []
    for c in groups:
        names = c.names(doc)
        rows.append([c.index, len(names), names if fmt == "json" else ", ".join(names)])
    write_rows(["community", "size", "members"], rows, fmt)


# -- export -----------------------------------------------------------------------------------
@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="graphml (yEd, Gephi, Cytoscape), gexf (Gephi), json (node-link, D3), csv "
    "(neo4j-admin import directory), cypher (script for Neo4j). Default: from OUT's suffix.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(),
    help="File to write (a directory for csv).",
)
@selection_options
@store_option
@click.pass_obj
def export(
    app: AppState,
    fmt: str | None,
    output: str,
    types: tuple[str, ...],
    since: str | None,
    until: str | None,
) -> None:
    """Write the graph (or the selected part of it) for another tool. `erg load` reads every
    format back except that a cypher script loads only when erg wrote it."""
    fmt = fmt or format_for(output)
    if fmt is None:
        raise ErgError(
            f"cannot tell the format from {output!r}; give --format ({', '.join(FORMATS)})"
        )
    _, doc, schema = load_selection(app, types, since, until)
    warnings = write_graph_file(doc, output, fmt, schema)
    click.echo(
        f"wrote {output} ({fmt}: {len(doc.entities)} entities, {len(doc.relations)} relations, "
        f"{len(doc.documents)} documents)"
    )
    if fmt == "csv":
        from graph.readwrite.neo4j_csv import import_command

        click.echo(f"import into an empty Neo4j database with:\n  {import_command(output)}")
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    if not doc.entities:
        click.echo("warning: the export is empty (nothing matched the selection)", err=True)
