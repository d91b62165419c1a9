"""`erg merge`, `unmerge`, `retype`, `rename`, `reject`, `restore`, `rejected`, `corrections`
and `suggest-merges`: analysts' corrections (the logic is in graph.corrections)."""

from __future__ import annotations

from typing import Any

import click

from graph import corrections as lib
from graph.cli.app import AppState, format_option, store_option
from graph.output import write_rows

by_option = click.option("--by", help="Who makes the correction (default: $USER).")
reason_option = click.option("--reason", default="", help="Why (kept with the correction).")


def _done(correction: lib.Correction, verb: str = "") -> None:
    who = correction.undone_by if verb else correction.by
    when = correction.undone_at if verb else correction.at
    click.echo(f"{verb}{correction.describe()} (by {who}, {when})")


@click.command()
@click.argument("keep")
@click.argument("other")
@by_option
@reason_option
@store_option
@click.pass_obj
def merge(app: AppState, keep: str, other: str, by: str | None, reason: str) -> None:
    """Merge OTHER into KEEP: OTHER becomes an alias of KEEP; its relations and evidence move.

    Undo with `erg unmerge OTHER`. Reloads keep the merge.
    """
    with app.store() as store:
        _done(lib.merge(store, keep, other, by=by, reason=reason))


@click.command()
@click.argument("name")
@by_option
@store_option
@click.pass_obj
def unmerge(app: AppState, name: str, by: str | None) -> None:
    """Undo the merge of NAME: it comes back with its own relations and evidence."""
    with app.store() as store:
        _done(lib.unmerge(store, name, by=by), "undone: ")


@click.command()
@click.argument("name")
@click.argument("new_type", metavar="TYPE")
@by_option
@reason_option
@store_option
@click.pass_obj
def retype(app: AppState, name: str, new_type: str, by: str | None, reason: str) -> None:
    """Give the entity NAME the type TYPE (its relations must allow it)."""
    with app.store() as store:
        _done(lib.retype(store, name, new_type, by=by, reason=reason))


@click.command()
@click.argument("name")
@click.argument("new_name", metavar="NEW")
@by_option
@reason_option
@store_option
@click.pass_obj
def rename(app: AppState, name: str, new_name: str, by: str | None, reason: str) -> None:
    """Rename the entity NAME to NEW; the old name stays as an alias."""
    with app.store() as store:
        _done(lib.rename(store, name, new_name, by=by, reason=reason))


@click.command()
@click.argument("source")
@click.argument("rel_type", metavar="TYPE")
@click.argument("target")
@by_option
@reason_option
@store_option
@click.pass_obj
def reject(
    app: AppState, source: str, rel_type: str, target: str, by: str | None, reason: str
) -> None:
    """Take the relation SOURCE TYPE TARGET out of the graph; no reload puts it back.

    `erg rejected` lists rejections, `erg restore SOURCE TYPE TARGET` brings one back.
    """
    with app.store() as store:
        _done(lib.reject(store, source, rel_type, target, by=by, reason=reason))


@click.command()
@click.argument("source")
@click.argument("rel_type", metavar="TYPE")
@click.argument("target")
@by_option
@store_option
@click.pass_obj
def restore(app: AppState, source: str, rel_type: str, target: str, by: str | None) -> None:
    """Bring back a rejected relation, with its evidence."""
    with app.store() as store:
        _done(lib.restore(store, source, rel_type, target, by=by), "undone: ")


@click.command()
@format_option
@store_option
@click.pass_obj
def rejected(app: AppState, fmt: str) -> None:
    """The rejected relations, with who rejected them, when and why."""
    with app.store(read_only=True) as store:
        found = lib.rejected(store)
    rows: list[list[Any]] = [
        [*c.names, c.by, c.at, c.reason, len(c.before["relation"]["evidence"])] for c in found
    ]
    write_rows(["source", "type", "target", "by", "at", "reason", "evidence"], rows, fmt)


@click.command(name="corrections")
@format_option
@store_option
@click.pass_obj
def corrections_list(app: AppState, fmt: str) -> None:
    """Every correction made in this store, oldest first (undone ones too)."""
    with app.store(read_only=True) as store:
        found = lib.stored_corrections(store)
    rows: list[list[Any]] = [
        [c.kind, c.describe(), c.by, c.at, c.reason, _status(c)] for c in found
    ]
    write_rows(["kind", "correction", "by", "at", "reason", "status"], rows, fmt)


def _status(correction: lib.Correction) -> str:
    if correction.active:
        return "in force"
    return f"undone by {correction.undone_by}, {correction.undone_at}"


@click.command(name="suggest-merges")
@click.option(
    "--min-score",
    type=float,
    default=85.0,
    show_default=True,
    help="Lowest name similarity (0-100) to suggest.",
)
@format_option
@store_option
@click.pass_obj
def suggest_merges(app: AppState, min_score: float, fmt: str) -> None:
    """Likely duplicate entities, best first; accept one with the `erg merge` shown."""
    from graph.suggest import suggest_merges as suggest

    with app.store(read_only=True) as store:
        found = suggest(store, min_score)
    rows: list[list[Any]] = [
        [
            s.score,
            s.keep.name,
            s.keep.type,
            s.keep_relations,
            s.keep_evidence,
            s.other.name,
            s.other.type,
            s.other_relations,
            s.other_evidence,
            s.command(),
        ]
        for s in found
    ]
    columns = [
        "score",
        "keep",
        "keep_type",
        "keep_relations",
        "keep_evidence",
        "other",
        "other_type",
        "other_relations",
        "other_evidence",
        "accept_with",
    ]
    write_rows(columns, rows, fmt)
