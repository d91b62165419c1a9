"""Progress bar and summary for `erg load` and `erg build` (rich), apart from the loading logic."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from graph.errors import ErgError, LoadInterrupted
from graph.ingest import LoadReport, load_paths
from graph.store.base import Store
from loaders.config import ExtractionConfig
from loaders.lexicon import Lexicon

if TYPE_CHECKING:
    from graph.cli.app import AppState

T = TypeVar("T")


@overload
def load_and_report(
    app: AppState,
    paths: tuple[str, ...] | list[str],
    quiet: bool = False,
    *,
    then: Callable[[Store], T],
    lexicon: str | None = None,
    **options: Any,
) -> T: ...


@overload
def load_and_report(
    app: AppState,
    paths: tuple[str, ...] | list[str],
    quiet: bool = False,
    then: None = None,
    lexicon: str | None = None,
    **options: Any,
) -> None: ...


def load_and_report(
    app: AppState,
    paths: tuple[str, ...] | list[str],
    quiet: bool = False,
    then: Callable[[Store], T] | None = None,
    lexicon: str | None = None,
    report_file: str | None = None,
    **options: Any,
) -> T | None:
    """Load `paths` into the app's store with a progress bar, then print the summary.

    `then(store)` runs on the store after the load, before it closes (`erg build` reads the
    graph there); its result is returned. The summary is printed once the store is closed,
    so a command that fails before then prints only its error. Articles are extracted with
    the store's schema (the `--schema` file added to it) and the lexicon extended by `lexicon`.
    `report_file` receives the load's full report as JSON (written only when the load
    succeeded).
    """
    target = check_report_path(report_file) if report_file else None
    lex = Lexicon.load(lexicon)  # a bad lexicon file fails before the store is opened
    model = app.model_config()  # so does a model extractor without a server
    saved = False
    try:
        with app.store() as store:
            config = ExtractionConfig(
                schema=store.schema, lexicon=lex, extractor=app.extractor, llm=model
            )
            try:
                report = load_with_progress(
                    store, list(paths), quiet=quiet, config=config, **options
                )
            except KeyboardInterrupt as exc:  # the store says whether its commit went through
                raise exc if isinstance(exc, LoadInterrupted) else LoadInterrupted(False) from None
            saved = True
            try:
                result = then(store) if then is not None else None
            except KeyboardInterrupt:  # the store is kept, even a new one
                raise LoadInterrupted(True) from None
        if target is not None:
            target.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
        if not quiet:
            print_report(report)
    except KeyboardInterrupt as exc:  # while the store closed or the summary printed
        raise exc if isinstance(exc, LoadInterrupted) else LoadInterrupted(saved) from None
    return result


def check_report_path(path: str) -> Path:
    """The report's path, checked before anything is loaded: its folder must exist."""
    target = Path(path)
    if target.is_dir():
        raise ErgError(f"--report {path}: is a directory, give a file name")
    if not target.parent.is_dir():
        raise ErgError(f"--report {path}: folder {target.parent} does not exist")
    return target


def load_with_progress(
    store: Store, paths: list[str], quiet: bool = False, **options: Any
) -> LoadReport:
    """Run `load_paths` with a progress bar on stderr (hidden when quiet or not a terminal)."""
    console = Console(stderr=True)
    with Progress(
        TextColumn("loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("load", total=None)
        return load_paths(
            store,
            paths,
            progress=lambda _: progress.advance(task),
            on_files=lambda n: progress.update(task, total=n),
            **options,
        )


def print_report(report: LoadReport) -> None:
    r = report.result
    click.echo(
        f"loaded {report.files} files ({report.articles} articles, {report.curated} curated): "
        f"{r.summary()}"
    )
    if report.entity_types:
        click.echo(
            "entities: " + ", ".join(f"{k} {v}" for k, v in sorted(report.entity_types.items()))
        )
    if report.relation_types:
        click.echo(
            "relations: " + ", ".join(f"{k} {v}" for k, v in sorted(report.relation_types.items()))
        )
    print_reconciliation(report)
    if report.corrected:
        click.echo(
            "analysts' corrections: "
            + ", ".join(f"{k} {v}" for k, v in sorted(report.corrected.items()))
        )
    for made in report.corrections:
        click.echo(f"corrected: {made.describe()}")
    if report.llm_summary:
        click.echo(report.llm_summary)
    for path, why in report.skipped:
        click.echo(f"skipped {path}: {why}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)


SHOWN = 10


def print_reconciliation(report: LoadReport) -> None:
    """Relations dropped because their endpoints' reconciled types rule them out (listed, up
    to SHOWN), then how many names were merged and lone words left out."""
    rec = report.reconciliation
    if rec.dropped:
        click.echo(f"dropped {len(rec.dropped)} relations whose endpoint types were reconciled:")
        for item in rec.dropped[:SHOWN]:
            click.echo(f"  {item.line()}")
        if len(rec.dropped) > SHOWN:
            click.echo(f"  ... and {len(rec.dropped) - SHOWN} more (--report FILE lists them all)")
    merged = sum(len(notes) for notes in rec.merges.values())
    if merged or rec.noise or rec.retyped:
        click.echo(
            f"reconciled: {merged} names merged into {len(rec.merges)} entities, "
            f"{len(rec.retyped)} entities typed by rule, {len(rec.noise)} lone words left out"
        )
