"""The `erg` command line: a thin shell over the library (parse options, call, print).

Errors are one line on stderr starting with `error:`; exit 2 for bad input or usage,
1 for an unexpected failure.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from graph.errors import ErgError
from graph.output import FORMATS, write_rows
from graph.schema import Schema
from graph.store import default_store_uri, open_store


@dataclass
class AppState:
    store_uri: str
    schema: Schema | None

    @contextmanager
    def store(self, read_only: bool = False):
        """The store, closed afterwards; if the command fails, a store it created is removed.

        A failed `erg load bad.yaml --store new-dir` leaves no empty store behind; a store
        that existed before the command is never removed.
        """
        store = open_store(self.store_uri, schema=self.schema, read_only=read_only)
        done = False
        try:
            yield store
            done = True
        finally:
            discard = None if done else getattr(store, "discard_if_new", None)
            if discard is not None:  # embedded stores; a Neo4j database is not ours to drop
                discard()
            else:
                store.close()


def fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


class ErgGroup(click.Group):
    """Turns every failure into one `error:` line and the contract's exit code."""

    def main(self, args: Any = None, prog_name: Any = None, **extra: Any) -> Any:  # type: ignore[override]
        extra.pop("standalone_mode", None)
        try:
            rv = super().main(args=args, prog_name=prog_name, standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.Abort:
            fail("aborted", 1)
        except click.ClickException as exc:
            hint = ""
            if isinstance(exc, click.UsageError) and exc.ctx is not None:
                hint = f" (see: {exc.ctx.command_path} --help)"
            fail(f"{exc.format_message()}{hint}", 2)
        except ErgError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.exit(1)
        except Exception as exc:  # the contract: one line, never a traceback
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            fail(f"unexpected failure: {type(exc).__name__}: {detail}", 1)
        sys.exit(rv if isinstance(rv, int) else 0)


format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output as a readable table, a JSON list of row objects, or CSV.",
)


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
@click.version_option(package_name="erg")
@click.pass_context
def main(ctx: click.Context, store_uri: str | None, schema_file: str | None) -> None:
    """erg: turn news articles into a typed graph of who is tied to whom, with evidence."""
    schema = Schema.from_file(schema_file) if schema_file else None
    ctx.obj = AppState(store_uri or default_store_uri(), schema)


def store_option(f: Any) -> Any:
    """`--store` is accepted after the command name too (`erg load FILE --store S`)."""

    def set_store(ctx: click.Context, _: Any, value: str | None) -> None:
        if value:
            ctx.find_object(AppState).store_uri = value

    return click.option(
        "--store",
        "store_uri",
        default=None,
        expose_value=False,
        callback=set_store,
        is_eager=True,
        help="Store directory or bolt:// / neo4j:// URI.",
    )(f)


# -- loading ----------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--create-missing", is_flag=True, help="Create relation endpoints not yet known.")
@click.option("--lexicon", type=click.Path(dir_okay=False), help="Extra extraction lexicon (YAML).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None, help="Parallel workers.")
@click.option("--skip-bad", is_flag=True, help="Skip unreadable files (listed) instead of failing.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@store_option
@click.pass_obj
def load(
    app: AppState,
    paths: tuple[str, ...],
    create_missing: bool,
    lexicon: str | None,
    jobs: int | None,
    skip_bad: bool,
    quiet: bool,
) -> None:
    """Load articles (.txt, .md), curated files (.yaml, .csv, .json) or directories of them.

    A load is all or nothing; loading the same input again changes nothing.
    """
    from graph.cli_progress import load_and_report

    load_and_report(
        app,
        paths,
        quiet=quiet,
        create_missing=create_missing,
        lexicon=lexicon,
        jobs=jobs,
        skip_bad=skip_bad,
    )


@main.command()
@click.argument("article", type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True
)
@click.option("--lexicon", type=click.Path(dir_okay=False), help="Extra extraction lexicon (YAML).")
def extract(article: str, fmt: str, lexicon: str | None) -> None:
    """Print the entities and relations found in ARTICLE, without storing them."""
    from loaders.article import extract_file, to_contract_json

    result = to_contract_json(extract_file(article, lexicon))
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    write_rows(
        ["source", "type", "target", "evidence"],
        [[r["source"], r["type"], r["target"], r["evidence"]] for r in result["relations"]],
    )


@main.command()
@click.argument("source")
@click.argument("rel_type", metavar="TYPE")
@click.argument("target")
@click.option("--evidence", help="The sentence or note that supports the relation.")
@click.option("--url", help="Where the evidence comes from.")
@click.option("--date", help="Date of the evidence (YYYY-MM-DD).")
@click.option("--source-type", help="Create SOURCE with this entity type if it is unknown.")
@click.option("--target-type", help="Create TARGET with this entity type if it is unknown.")
@store_option
@click.pass_obj
def add(
    app: AppState,
    source: str,
    rel_type: str,
    target: str,
    evidence: str | None,
    url: str | None,
    date: str | None,
    source_type: str | None,
    target_type: str | None,
) -> None:
    """Add (or add evidence to) the relation SOURCE TYPE TARGET, by name or alias."""
    from graph.manual import add_relation

    with app.store() as store:
        rel, result, names = add_relation(
            store,
            source,
            rel_type,
            target,
            evidence=evidence,
            url=url,
            date=date,
            source_type=source_type,
            target_type=target_type,
        )
    state = (
        "added"
        if result.relations_created
        else ("evidence added to" if result.evidence_added else "already in the store:")
    )
    click.echo(f"{state} {names[rel.source]} -[{rel.type}]-> {names[rel.target]}")


# -- reading ----------------------------------------------------------------------------------
def parse_params(values: tuple[str, ...]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for value in values:
        key, sep, raw = value.partition("=")
        if not sep or not key.strip().isidentifier():
            raise ErgError(f"--param must look like name=value, got {value!r}")
        try:
            params[key.strip()] = json.loads(raw)
        except json.JSONDecodeError:
            params[key.strip()] = raw
    return params


@main.command()
@click.argument("cypher")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    help="Query parameter name=value (JSON values such as 3 or [1,2] are parsed).",
)
@format_option
@click.option("--write", is_flag=True, help="Allow the query to change the store.")
@store_option
@click.pass_obj
def query(app: AppState, cypher: str, params: tuple[str, ...], fmt: str, write: bool) -> None:
    """Run a Cypher query (read-only unless --write)."""
    values = parse_params(params)
    with app.store(read_only=not write) as store:
        result = store.query(cypher, values, write=write)
    write_rows(result.columns, result.rows, fmt)


@main.command()
@format_option
@store_option
@click.pass_obj
def stats(app: AppState, fmt: str) -> None:
    """Counts of entities and relations by type, documents and evidence."""
    from graph.summary import store_stats

    with app.store(read_only=True) as store:
        rows = store_stats(store)
    write_rows(["kind", "type", "count"], rows, fmt)


@main.command()
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


@main.command()
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


def _register_optional_commands() -> None:
    """Commands that live in their own modules (visualization, analysis, Neo4j, export)."""
    import importlib

    for module_name, names in [
        ("graph.cli_viz", ["build", "viz"]),
        ("graph.cli_analysis", ["path", "central", "communities", "export"]),
        ("graph.cli_neo4j", ["push", "pull"]),
    ]:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        for name in names:
            command = getattr(module, name, None)
            if command is not None:
                main.add_command(command)


_register_optional_commands()
