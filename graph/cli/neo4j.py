"""`erg push` and `erg pull`: copy the graph between the embedded store and Neo4j."""

from __future__ import annotations

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from graph.cli.app import AppState, store_option
from graph.errors import ErgError
from graph.store import is_neo4j_uri, open_store
from graph.store.base import Store
from graph.transfer import copy_store


def _copy(source: Store, target: Store, label: str) -> None:
    console = Console(stderr=True)
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=None)
        result = copy_store(
            source,
            target,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    click.echo(f"{label} {source.uri} -> {target.uri}: {result.summary()}")


@click.command()
@click.option(
    "--to", "to_uri", required=True, help="Target Neo4j URI (bolt://, neo4j://, neo4j+s://)."
)
@store_option
@click.pass_obj
def push(app: AppState, to_uri: str) -> None:
    """Copy the store (--store) into Neo4j; running it again adds nothing."""
    if not is_neo4j_uri(to_uri):
        raise ErgError(f"--to must be a Neo4j URI (bolt://, neo4j://, neo4j+s://), got {to_uri!r}")
    with app.store(read_only=True) as source:
        target = open_store(to_uri)
        try:
            _copy(source, target, "pushed")
        finally:
            target.close()


@click.command()
@click.option("--from", "from_uri", required=True, help="Source Neo4j URI.")
@store_option
@click.pass_obj
def pull(app: AppState, from_uri: str) -> None:
    """Copy a Neo4j graph into the store (--store); running it again adds nothing."""
    if not is_neo4j_uri(from_uri):
        raise ErgError(
            f"--from must be a Neo4j URI (bolt://, neo4j://, neo4j+s://), got {from_uri!r}"
        )
    source = open_store(from_uri, read_only=True)
    try:
        with app.store() as target:
            _copy(source, target, "pulled")
    finally:
        source.close()
