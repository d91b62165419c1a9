"""`erg load`, `erg extract` and `erg add`: data in."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from graph.cli.app import AppState, extractor_options, load_options, store_option
from graph.output import write_rows

if TYPE_CHECKING:
    from loaders.config import ExtractionConfig


# -- loading ----------------------------------------------------------------------------------
@click.command()
@click.argument("paths", nargs=-1, required=True)
@load_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@extractor_options
@store_option
@click.pass_obj
def load(
    app: AppState,
    paths: tuple[str, ...],
    create_missing: bool,
    lexicon: str | None,
    jobs: int | None,
    skip_bad: bool,
    report_file: str | None,
    quiet: bool,
) -> None:
    """Load articles (.txt, .md, ...), curated files (.yaml, .csv, .json) or directories of them.

    A load is all or nothing; loading the same input again changes nothing.
    """
    from graph.cli.progress import load_and_report

    load_and_report(
        app,
        paths,
        quiet=quiet,
        create_missing=create_missing,
        lexicon=lexicon,
        jobs=jobs,
        skip_bad=skip_bad,
        report_file=report_file,
    )


@click.command()
@click.argument("article", type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default=None,
    help="json (default), or table; with --explain/--why the default is text.",
)
@click.option("--lexicon", type=click.Path(dir_okay=False), help="Extra extraction lexicon (YAML).")
@extractor_options
@click.option(
    "--explain",
    "explain_",
    is_flag=True,
    help="For each relation: the rule and construction that fired, its sentence, the mentions "
    "of its endpoints and how they were resolved; how each entity was typed and merged.",
)
@click.option(
    "--why",
    "why_names",
    multiple=True,
    metavar="NAME",
    help="Say why NAME is (or is not) an entity, and of which type (repeatable).",
)
@click.pass_obj
def extract(
    app: AppState,
    article: str,
    fmt: str | None,
    lexicon: str | None,
    explain_: bool,
    why_names: tuple[str, ...],
) -> None:
    """Print the entities and relations found in ARTICLE, without storing them (with the
    types of `--schema` when given)."""
    from loaders.article import extract_file, to_contract_json
    from loaders.config import ExtractionConfig

    config = ExtractionConfig.build(
        schema=app.schema, lexicon=lexicon, extractor=app.extractor, llm=app.model_config()
    )
    if explain_ or why_names:
        _explain(article, fmt, config, explain_, why_names)
        return
    fmt = fmt or "json"
    result = to_contract_json(extract_file(article, config))
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    write_rows(
        ["source", "type", "target", "evidence"],
        [[r["source"], r["type"], r["target"], r["evidence"]] for r in result["relations"]],
    )


def _explain(
    article: str,
    fmt: str | None,
    config: ExtractionConfig,
    relations: bool,
    names: tuple[str, ...],
) -> None:
    from loaders.article import read_article
    from loaders.explain import explain, render, why

    text, title = read_article(article)
    ex = explain(text, config, title=title)
    if fmt == "json":
        out = ex.to_json() if relations else {}
        if names:
            out["why"] = {name: why(ex, name) for name in names}
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    click.echo(render(ex, relations, names))


@click.command()
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
