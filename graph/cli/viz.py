"""`erg viz` and `erg build`: the interactive HTML page of the store (or a part of it).

Registered by graph/cli/__init__.py; the work is done by graph.viz (select_view, render_html).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from graph.cli.app import AppState, extractor_options, load_options, store_option
from graph.errors import ErgError
from graph.model import GraphDocument
from graph.schema import Schema
from graph.store.base import snapshot

DEFAULT_HTML = "erg-graph.html"


def _split(values: tuple[str, ...]) -> list[str]:
    """`--types A,B --types C` -> [A, B, C]."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _written(path: str, doc: GraphDocument) -> None:
    where = Path(path).resolve()
    click.echo(
        f"wrote {path} ({len(doc.entities)} entities, {len(doc.relations)} relations); "
        f"open {where.as_uri()}"
    )
    if not doc.entities:
        click.echo("warning: the page is empty (nothing matched the selection)", err=True)


@click.command()
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False),
    help=f"HTML file to write [{DEFAULT_HTML}; with --png, only when given].",
)
@click.option(
    "--png",
    type=click.Path(dir_okay=False),
    help="Also draw the page as a PNG image (title, view, legend) with a headless Chromium.",
)
@click.option(
    "--focus",
    multiple=True,
    metavar="NAME",
    help="Only what is within --depth hops of this entity (name or alias; repeatable).",
)
@click.option("--depth", type=click.IntRange(0), default=None, help="Hops from --focus [1].")
@click.option(
    "--types", multiple=True, metavar="TYPES", help="Only these relation types: FOUNDED,FUNDS."
)
@click.option(
    "--entity-types", multiple=True, metavar="TYPES", help="Only these entity types: Person,..."
)
@click.option(
    "--min-sources",
    type=click.IntRange(0),
    default=0,
    help="Only relations supported by at least N documents.",
)
@click.option("--since", metavar="DATE", help="Only evidence dated on or after DATE.")
@click.option("--until", metavar="DATE", help="Only evidence dated on or before DATE.")
@click.option("--title", help="Title shown on the page.")
@store_option
@click.pass_obj
def viz(
    app: AppState,
    output: str | None,
    png: str | None,
    focus: tuple[str, ...],
    depth: int | None,
    types: tuple[str, ...],
    entity_types: tuple[str, ...],
    min_sources: int,
    since: str | None,
    until: str | None,
    title: str | None,
) -> None:
    """Write an interactive HTML page of the store (or of a selected part of it).

    The page is one self-contained file that works offline: filters, search, evidence.
    """
    from graph.viz import default_title, render_html, select_view

    if depth is not None and not focus:
        raise ErgError("--depth needs --focus NAME")
    with app.store(read_only=True) as store:
        schema = store.schema
        doc = snapshot(store)
    view = select_view(
        doc,
        schema,
        focus=list(focus),
        depth=1 if depth is None else depth,
        types=_split(types),
        entity_types=_split(entity_types),
        min_sources=min_sources,
        since=since,
        until=until,
    )
    page_title = title or default_title(doc, focus)
    if png is None or output is not None:
        output = output or DEFAULT_HTML
        render_html(view, output, title=page_title, schema=schema)
        _written(output, view)
    if png is not None:
        _draw_png(view, png, page_title, schema, output)


def _draw_png(
    view: GraphDocument, png: str, title: str, schema: Schema, html_path: str | None
) -> None:
    """The page's image through a headless Chromium; the page itself goes to a temporary
    file unless it was written with -o."""
    from graph.image import page_png
    from graph.viz import render_html

    with tempfile.TemporaryDirectory(prefix="erg-png-") as temp:
        page = Path(html_path) if html_path else Path(temp) / "page.html"
        if not html_path:
            render_html(view, page, title=title, schema=schema)
        width, height = page_png(page, png)
    click.echo(f"wrote {png} ({width}x{height} PNG)")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--html",
    "output",
    default=DEFAULT_HTML,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="HTML file to write.",
)
@load_options
@click.option("--title", help="Title shown on the page.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or load summary.")
@extractor_options
@store_option
@click.pass_obj
def build(
    app: AppState,
    paths: tuple[str, ...],
    output: str,
    lexicon: str | None,
    create_missing: bool,
    jobs: int | None,
    skip_bad: bool,
    report_file: str | None,
    title: str | None,
    quiet: bool,
) -> None:
    """Load articles or curated files into the store, then write the page of the whole store.

    The same as `erg load PATH...` followed by `erg viz -o OUT`.
    """
    from graph.cli.progress import load_and_report
    from graph.viz import default_title, render_html

    schema, doc = load_and_report(
        app,
        paths,
        quiet=quiet,
        then=lambda store: (store.schema, snapshot(store)),
        create_missing=create_missing,
        lexicon=lexicon,
        jobs=jobs,
        skip_bad=skip_bad,
        report_file=report_file,
    )
    render_html(doc, output, title=title or default_title(doc), schema=schema)
    _written(output, doc)
