"""The `erg` command line: a thin shell over the library (parse options, call, print).

This module only assembles the group. Each command lives in a module of this package that imports
downward (the library, then `graph.cli.app` for what commands share), never another command
module, so registration does not depend on the order in which modules are imported:

- `load`: load, extract, add;            - `read`: query, stats, schema, neighbors, why-merged;
- `viz`: viz, build;                     - `analysis`: path, central, communities, export;
- `neo4j`: push, pull;                    - `corrections`: merge, unmerge, retype, rename,
  reject, restore, rejected, corrections, suggest-merges.
"""

from __future__ import annotations

import click

from graph.cli import analysis, corrections, load, neo4j, read, viz
from graph.cli.app import AppState, ErgGroup
from graph.schema import Schema
from graph.store import default_store_uri

COMMAND_MODULES = (load, read, viz, analysis, neo4j, corrections)


@click.group(cls=ErgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    "store_uri",
    envvar="ERG_STORE",
    default=None,
    help="Store: a directory (embedded LadybugDB) or bolt:// / neo4j:// URI. "
    "Default: $ERG_STORE, else ./erg-store.",
)
@click.option(
    "--schema",
    "schema_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="YAML schema file adding entity or relation types (kept in the store).",
)
@click.option(
    "--debug",
    is_flag=True,
    help="Show the traceback of an unexpected failure (also ERG_DEBUG=1).",
)
@click.version_option(package_name="erg")
@click.pass_context
def main(ctx: click.Context, store_uri: str | None, schema_file: str | None, debug: bool) -> None:
    """erg: turn news articles into a typed graph of who is tied to whom, with evidence."""
    schema = Schema.from_file(schema_file) if schema_file else None
    ctx.obj = AppState(store_uri or default_store_uri(), schema)


def _register() -> None:
    """Every click command defined at the top level of a command module joins the group."""
    for module in COMMAND_MODULES:
        for value in vars(module).values():
            callback = getattr(value, "callback", None)
            if (
                isinstance(value, click.Command)
                and getattr(callback, "__module__", None) == module.__name__
            ):
                main.add_command(value)


_register()

__all__ = ["AppState", "main"]
