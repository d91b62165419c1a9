"""`erg query`, `erg stats`, `erg schema`, `erg neighbors`, `erg why-merged`: reading the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from graph.cli.app import AppState, format_option, store_option
from graph.output import write_rows
from graph.params import parse_params

QUERY_TIMEOUT = 60.0  # seconds: long enough for any sensible interactive question


# -- reading ----------------------------------------------------------------------------------
@click.command()
@click.argument("cypher")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    help="Query parameter name=value (JSON values such as 3 or [1,2] are parsed; see the README).",
)
@format_option
@click.option("--write", is_flag=True, help="Allow the query to change the store.")
@click.option(
    "--explain-dialect",
    is_flag=True,
    help="Print the query as this store runs it (Neo4j Cypher translated), without running it.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=QUERY_TIMEOUT,
    show_default=True,
    help="Stop the query after this many seconds (0: no limit).",
)
@store_option
@click.pass_obj
def query(
    app: AppState,
    cypher: str,
    params: tuple[str, ...],
    fmt: str,
    write: bool,
    explain_dialect: bool,
    timeout: float,
) -> None:
    """Run a Cypher query (read-only unless --write; all its statements in one transaction).

    Without --write a query reads the store and nothing else: statements that read or write
    files, install or load extensions, or administer a Neo4j server are refused.
    """
    values = parse_params(params)
    with app.store(read_only=not write) as store:
        if explain_dialect:
            click.echo(store.translate(cypher))
            return
        result = store.query(cypher, values, write=write, timeout=timeout or None)
    write_rows(result.columns, result.rows, fmt)


@click.command()
@format_option
@store_option
@click.pass_obj
def stats(app: AppState, fmt: str) -> None:
    """Counts of entities and relations by type, documents and evidence."""
    from graph.summary import store_stats

    with app.store(read_only=True) as store:
        rows = store_stats(store)
    write_rows(["kind", "type", "count"], rows, fmt)


@click.command()
@format_option
@store_option
@click.pass_obj
def schema(app: AppState, fmt: str) -> None:
    """The entity and relation types this store knows (default schema plus extensions)."""
    from graph.store import is_neo4j_uri
    from graph.store.embedded import DB_FILE

    uri = app.store_uri
    exists = is_neo4j_uri(uri) or (Path(uri) / DB_FILE).exists()
    if exists:
        with app.store(read_only=True) as store:
            current = store.schema
    else:
        from graph.schema import DEFAULT_SCHEMA

        current = app.schema or DEFAULT_SCHEMA
    rows: list[list[Any]] = [
        ["entity", name, "", meaning] for name, meaning in current.entity_types.items()
    ]
    for name, spec in current.relation_types.items():
        rows.append(["relation", name, current.describe_endpoints(name), spec.meaning])
    write_rows(["kind", "type", "endpoints", "meaning"], rows, fmt)


@click.command()
@click.argument("name")
@click.option("--type", "types", multiple=True, help="Only these relation types.")
@format_option
@store_option
@click.pass_obj
def neighbors(app: AppState, name: str, types: tuple[str, ...], fmt: str) -> None:
    """Everything directly tied to NAME (a name or alias), with evidence."""
    from graph.summary import neighbor_rows

    with app.store(read_only=True) as store:
        columns, rows = neighbor_rows(
            store, name, [store.schema.check_relation_type(t) for t in types]
        )
    write_rows(columns, rows, fmt)


@click.command("why-merged")
@click.argument("name")
@format_option
@store_option
@click.pass_obj
def why_merged(app: AppState, name: str, fmt: str) -> None:
    """The names joined into the entity NAME (a name or alias), and the rule that joined each."""
    from graph.summary import merged_rows

    with app.store(read_only=True) as store:
        entity, rows = merged_rows(store, name)
    if fmt == "table":
        click.echo(f"{entity.name} ({entity.type}, id {entity.id})")
        if not rows:
            click.echo("no other names were joined into it")
            return
    write_rows(["name", "rule"], rows, fmt)
