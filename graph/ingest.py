"""Load files into a store: parse (articles in parallel), resolve names, upsert in one go.

>>> from graph import open_store
>>> store = open_store("./erg-store")
>>> report = load_paths(store, ["examples/stargate.yaml"])
>>> report.curated, report.result.relations_created
(1, 21)
>>> store.close()
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from graph.corrections import (
    Correction,
    CorrectionSet,
    apply_corrections,
    check_requests,
    commit_requests,
    stored_corrections,
)
from graph.errors import ErgError
from graph.model import GraphDocument
from graph.resolve import resolve_document
from graph.store.base import Store, UpsertResult
from graph.values import parse_json
from loaders.config import ExtractionConfig
from loaders.formats import ARTICLE_SUFFIXES

if TYPE_CHECKING:
    from loaders.llm.client import LLMStats

CURATED_SUFFIXES = {".yaml", ".yml", ".json", ".csv"}
# Other tools' graph formats (GraphML, GEXF) and erg's Cypher exports, read by graph.readwrite;
# node-link .json and neo4j-admin .csv are recognized by their content.
GRAPH_SUFFIXES = {".graphml", ".gexf", ".cypher"}
ProgressFn = Callable[[str], None]


@dataclass
class LoadReport:
    """What a load did: files read and skipped (with why), counts, and the store's answer."""

    articles: int = 0
    curated: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    entity_types: Counter[str] = field(default_factory=Counter)
    relation_types: Counter[str] = field(default_factory=Counter)
    result: UpsertResult = field(default_factory=UpsertResult)
    warnings: list[str] = field(default_factory=list)
    # What the analysts' corrections changed in this load (merged, rejected, ...: see
    # graph.corrections.apply_corrections) and the curated corrections it made.
    corrected: Counter[str] = field(default_factory=Counter)
    corrections: list[Correction] = field(default_factory=list)
    # The model-backed extractor's requests, tokens and drops (empty with the rules alone).
    llm_summary: str = ""

    @property
    def files(self) -> int:
        return self.articles + self.curated


def skip_reason(path: str | Path, error: Exception) -> str:
    """Why a file was skipped, without the path the error message starts with.

    >>> skip_reason("a.yaml", ErgError("a.yaml:3: malformed YAML: x")), skip_reason("b.txt",
    ...     ErgError("b.txt: file is empty")), skip_reason("c", ErgError("file not found: c"))
    ('line 3: malformed YAML: x', 'file is empty', 'file not found: c')
    """
    message, prefix = str(error), f"{path}:"
    if not message.startswith(prefix):
        return message
    rest = message[len(prefix) :]
    line, sep, after = rest.partition(":")
    if sep and line.isdigit():
        return f"line {line}:{after}"
    return rest.strip()


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to load (directories walked, sorted) and the files skipped with the reason."""
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    supported = ARTICLE_SUFFIXES | CURATED_SUFFIXES | GRAPH_SUFFIXES
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise ErgError(f"file not found: {path}")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file())
            for p in found:
                if any(part.startswith(".") for part in p.relative_to(path).parts):
                    continue
                if p.suffix.lower() in supported:
                    files.append(p)
                else:
                    skipped.append((str(p), f"unsupported file type {p.suffix or '(none)'}"))
            continue
        if path.suffix.lower() not in supported:
            raise ErgError(
                f"{path}: unsupported file type {path.suffix or '(none)'}; erg loads "
                f"{', '.join(sorted(supported))}"
            )
        files.append(path)
    return files, skipped


def parse_paths(
    files: list[Path],
    store: Store,
    *,
    config: ExtractionConfig,
    create_missing: bool = False,
    jobs: int | None = None,
    skip_bad: bool = False,
    progress: ProgressFn | None = None,
    report: LoadReport | None = None,
) -> tuple[GraphDocument, LoadReport]:
    """Parse every file into one GraphDocument (not yet resolved against the store); articles
    are extracted with `config`."""
    report = report or LoadReport()
    combined = GraphDocument()
    articles = [f for f in files if f.suffix.lower() in ARTICLE_SUFFIXES]
    others = [f for f in files if f.suffix.lower() not in ARTICLE_SUFFIXES]
    for name, result in _extract_articles(articles, config, jobs):
        if progress:
            progress(name)
        if isinstance(result, ErgError):
            if not skip_bad or result.fatal:
                raise result
            report.skipped.append((name, skip_reason(name, result)))
            continue
        report.articles += 1
        if not result.relations and not result.entities:
            report.warnings.append(f"{name}: no entities found")
        combined.extend(result)
    if others:
        from loaders.curated import parse_curated

        known = list(store.entities())
        for path in others:
            if progress:
                progress(str(path))
            try:
                if (
                    path.suffix.lower() in GRAPH_SUFFIXES
                    or _is_graph_json(path)
                    or _is_graph_csv(path)
                ):
                    from graph.readwrite import read_graph_file

                    doc = read_graph_file(path, store.schema)
                else:
                    doc = parse_curated(
                        path, [*known, *combined.entities.values()], store.schema, create_missing
                    )
            except ErgError as exc:
                if not skip_bad:
                    raise
                report.skipped.append((str(path), skip_reason(path, exc)))
                continue
            report.curated += 1
            combined.extend(doc)
    report.warnings.extend(combined.warnings)
    return combined, report


def load_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    config: ExtractionConfig | None = None,
    create_missing: bool = False,
    jobs: int | None = None,
    skip_bad: bool = False,
    progress: ProgressFn | None = None,
    on_files: Callable[[int], None] | None = None,
) -> LoadReport:
    """Parse, resolve and store `paths` as one all-or-nothing load.

    Articles are extracted with `config`; without one, with the default lexicon and the
    store's schema (which includes the types it was given before).
    """
    files, skipped = expand(paths)
    if on_files:
        on_files(len(files))
    report = LoadReport(skipped=skipped)
    config = config or ExtractionConfig(schema=store.schema)
    stats = _begin_model_load(config)
    combined, report = parse_paths(
        files,
        store,
        config=config,
        create_missing=create_missing,
        jobs=jobs,
        skip_bad=skip_bad,
        progress=progress,
        report=report,
    )
    report.result = store_document(store, combined, report)
    if stats is not None:
        report.llm_summary = stats.summary()
    for entity in combined.entities.values():
        report.entity_types[entity.type] += 1
    for rel in combined.relations.values():
        report.relation_types[rel.type] += 1
    return report


def store_document(
    store: Store, doc: GraphDocument, report: LoadReport | None = None
) -> UpsertResult:
    """Resolve a document against the store's entities, apply the analysts' corrections and
    upsert it; then make the corrections of its curated files (checked before any write)."""
    report = report if report is not None else LoadReport()
    # The corrections in force; `fixes.fixed_types()` gives the analysts' entity types.
    fixes = CorrectionSet.of(stored_corrections(store))
    resolved = resolve_document(doc, store.entities())
    resolved = apply_corrections(resolved, fixes, report.corrected, store.schema)
    pending = check_requests(store, resolved, doc.corrections)
    result = store.upsert(resolved)
    report.corrections = commit_requests(store, pending)
    return result


def _is_graph_json(path: Path) -> bool:
    """Node-link JSON (D3/networkx) rather than erg's curated shape."""
    if path.suffix.lower() != ".json":
        return False
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if '"nodes"' not in text[:4096]:
        return False
    # A long node list can push "links" far from the start: look at the parsed file.
    try:
        data = parse_json(text, str(path))
    except ErgError:
        return False  # the curated loader reports the error with its line
    return isinstance(data, dict) and ("links" in data or "edges" in data)


def _is_graph_csv(path: Path) -> bool:
    """neo4j-admin import CSV (header with an :ID or :START_ID column), not a curated CSV."""
    if path.suffix.lower() != ".csv":
        return False
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
            header = handle.readline()
    except OSError:
        return False
    from graph.readwrite.neo4j_csv import is_neo4j_csv_header

    return is_neo4j_csv_header(header)


def _begin_model_load(config: ExtractionConfig) -> LLMStats | None:
    """Fresh request and token counts when a model extracts this load."""
    if config.llm is None or config.extractor == "rules":
        return None
    from loaders.llm.run import begin_load

    return begin_load(config.llm)


def _extract_one(path: str, config: ExtractionConfig) -> tuple[str, GraphDocument | ErgError]:
    from loaders.article import extract_file

    try:
        return path, extract_file(path, config)
    except ErgError as exc:
        return path, exc


# The configuration of the articles a worker process extracts, given once when it starts.
_worker_config: ExtractionConfig | None = None


def _start_worker(config: ExtractionConfig) -> None:
    global _worker_config
    _worker_config = config


def _extract_in_worker(path: str) -> tuple[str, GraphDocument | ErgError]:
    assert _worker_config is not None, "set by _start_worker"
    return _extract_one(path, _worker_config)


def _extract_articles(
    articles: list[Path], config: ExtractionConfig, jobs: int | None
) -> Iterator[tuple[str, GraphDocument | ErgError]]:
    if not articles:
        return
    paths = [str(p) for p in articles]
    workers = min(jobs or os.cpu_count() or 1, len(paths))
    if config.extractor != "rules":
        workers = 1  # the model's client runs chunks concurrently and keeps the load's counts
    if workers <= 1:
        for path in paths:
            yield _extract_one(path, config)
        return
    # The configuration goes to each worker once (pickled), not with every article.
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(config,)
    ) as pool:
        chunks = max(1, len(paths) // (workers * 8))
        yield from pool.map(_extract_in_worker, paths, chunksize=chunks)
