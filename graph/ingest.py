"""Load files into a store: parse (articles in parallel), resolve names, upsert in one go.

>>> from graph import open_store
>>> store = open_store("./erg-store")
>>> report = load_paths(store, ["examples/stargate.yaml"])
>>> report.curated, report.result.relations_created
(1, 21)
>>> store.close()
"""

from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.corrections import (
    Correction,
    CorrectionSet,
    apply_corrections,
    corrections_in_force,
    edit_requests,
)
from graph.errors import ErgError, ExtractorFailure
from graph.model import Entity, GraphDocument, Relation
from graph.reconcile import Reconciliation, reconcile, report_dict
from graph.resolve import resolve_document
from graph.store.base import Store, UpsertResult, check_document, orient
from graph.store.guard import retried
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
    reconciliation: Reconciliation = field(default_factory=lambda: Reconciliation(GraphDocument()))

    @property
    def files(self) -> int:
        return self.articles + self.curated

    def to_dict(self) -> dict[str, Any]:
        """What `--report FILE` writes: counts, files skipped, and the reconciliation (relations
        dropped, names merged, entities retyped, noise left out)."""
        r = self.result
        return {
            "files": {"articles": self.articles, "curated": self.curated},
            "stored": {
                "entities_created": r.entities_created,
                "entities_updated": r.entities_updated,
                "relations_created": r.relations_created,
                "relations_updated": r.relations_updated,
                "evidence_added": r.evidence_added,
            },
            "skipped": [{"file": f, "reason": why} for f, why in self.skipped],
            **report_dict(self.reconciliation),
            "warnings": list(self.warnings),
        }


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
    fixed_types: Mapping[str, str] | None = None,
    known: list[Entity] | None = None,
    articles: dict[str, GraphDocument | ErgError] | None = None,
) -> tuple[GraphDocument, LoadReport]:
    """Parse every file into one GraphDocument: the articles reconciled with each other, the
    store (`known`, read from it when not given) and the curated files (not yet resolved).

    `fixed_types` maps entity ids to the types analysts decided (`erg retype`); they win over
    everything. `articles` keeps what was extracted by path (given again, nothing is
    extracted twice).
    """
    report = report or LoadReport()
    known = list(store.entities()) if known is None else known
    texts = [f for f in files if f.suffix.lower() in ARTICLE_SUFFIXES]
    others = [f for f in files if f.suffix.lower() not in ARTICLE_SUFFIXES]
    extracted: list[GraphDocument] = []
    cache = articles if articles is not None else {}
    for name, result in _extracted_once(texts, config, jobs, cache):
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
        extracted.append(result)
    rec = reconcile(extracted, known, fixed_types, (), store.schema)
    analysts = set(fixed_types or ())
    curated = _parse_others(
        others, store, known, rec.doc, analysts, create_missing, skip_bad, progress, report
    )
    if curated and extracted:
        rec = reconcile(extracted, known, fixed_types, curated, store.schema)
    combined = rec.doc
    for doc in curated:
        combined.extend(doc)
    report.reconciliation = rec
    report.warnings.extend(combined.warnings)
    return combined, report


def _parse_others(
    others: list[Path],
    store: Store,
    known: list[Entity],
    articles: GraphDocument,
    analysts: set[str],
    create_missing: bool,
    skip_bad: bool,
    progress: ProgressFn | None,
    report: LoadReport,
) -> list[GraphDocument]:
    """Curated files and other tools' graphs, strict: a type that contradicts the store's or
    an earlier curated file's is an error naming the file and line. An analyst's retype
    (ids in `analysts`) wins over a curated type without an error."""
    if not others:
        return []
    from loaders.curated import parse_curated

    fixed = {e.id: (e.type, "in the store") for e in known if e.id not in analysts}
    names = [*known, *articles.entities.values()]
    out: list[GraphDocument] = []
    for path in others:
        if progress:
            progress(str(path))
        try:
            if path.suffix.lower() in GRAPH_SUFFIXES or _is_graph_json(path) or _is_graph_csv(path):
                from graph.readwrite import read_graph_file

                doc = read_graph_file(path, store.schema)
            else:
                doc = parse_curated(path, names, store.schema, create_missing, fixed=fixed)
        except ErgError as exc:
            if not skip_bad:
                raise
            report.skipped.append((str(path), skip_reason(path, exc)))
            continue
        report.curated += 1
        for entity in doc.entities.values():
            if entity.id not in analysts:
                fixed.setdefault(entity.id, (entity.type, f"in {path}"))
            names.append(entity)
        out.append(doc)
    return out


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
    fixed_types: Mapping[str, str] | None = None,
) -> LoadReport:
    """Parse, reconcile, resolve and store `paths` as one all-or-nothing load.

    Articles are extracted with `config`; without one, with the default lexicon and the
    store's schema (which includes the types it was given before).
    """
    files, skipped = expand(paths)
    if on_files:
        on_files(len(files))
    config = config or ExtractionConfig(schema=store.schema)
    stats = _begin_model_load(config)
    articles: dict[str, GraphDocument | ErgError] = {}  # extracted once, however often read
    shown: list[ProgressFn | None] = [progress]

    def attempt() -> tuple[GraphDocument, LoadReport]:
        # Everything read from the store (its entities resolve names, even a curated file's)
        # is read again when the store refused a load whose corrections changed meanwhile.
        known = list(store.entities())
        fixes = corrections_in_force(store)
        # analysts' retypes win over every other type; a caller's `fixed_types` over those
        fixed = {**fixes.fixed_types(), **(fixed_types or {})}
        combined, report = parse_paths(
            files,
            store,
            config=config,
            create_missing=create_missing,
            jobs=jobs,
            skip_bad=skip_bad,
            progress=shown.pop() if shown else None,
            report=LoadReport(skipped=list(skipped)),
            fixed_types=fixed,
            known=known,
            articles=articles,
        )
        report.result = _store_once(store, combined, report, known, fixes)
        return combined, report

    combined, report = retried(attempt, "the load")
    if stats is not None:
        report.llm_summary = stats.summary()
    for entity in combined.entities.values():
        report.entity_types[entity.type] += 1
    for rel in combined.relations.values():
        report.relation_types[rel.type] += 1
    return report


def store_document(
    store: Store,
    doc: GraphDocument,
    report: LoadReport | None = None,
    *,
    known: list[Entity] | None = None,
    fixes: CorrectionSet | None = None,
) -> UpsertResult:
    """Resolve a document against the store's entities (`known`, read when not given), apply
    the analysts' corrections (`fixes`, read when not given), check it naming the file of
    anything wrong, and write it with the corrections of its curated files (checked before
    any write) in one transaction.

    The store refuses the write if the corrections it holds are no longer those applied, or
    if what the curated corrections read changed meanwhile (another writer, graph.store.guard):
    the document is then resolved and corrected again from a fresh read.
    """
    report = report if report is not None else LoadReport()
    first = [(known, fixes)]

    def attempt() -> UpsertResult:
        given_known, given_fixes = first.pop() if first else (None, None)
        report.corrected.clear()
        return _store_once(store, doc, report, given_known, given_fixes)

    return retried(attempt, "the load")


def _store_once(
    store: Store,
    doc: GraphDocument,
    report: LoadReport,
    known: list[Entity] | None,
    fixes: CorrectionSet | None,
) -> UpsertResult:
    known = list(store.entities()) if known is None else known
    fixes = corrections_in_force(store) if fixes is None or fixes.seen is None else fixes
    resolved = resolve_document(doc, known)
    resolved = apply_corrections(resolved, fixes, report.corrected, store.schema)
    edit = edit_requests(store, resolved, doc.corrections)
    stored = {e.id: e.type for e in known}
    check_document(orient(resolved, store.schema), store.schema, stored, where=_origin(resolved))
    if edit is None:
        report.corrections = []
        return store.upsert(resolved, corrections=fixes.seen)
    result = edit.commit(store, resolved, fixes.seen)
    report.corrections = edit.made
    return result


def _origin(doc: GraphDocument) -> Callable[[Relation], str]:
    """The files a relation came from (its evidence's documents, else its endpoints')."""

    def where(rel: Relation) -> str:
        ids = [e.document for e in rel.evidence]
        for end in (rel.source, rel.target):
            entity = doc.entities.get(end)
            ids.extend(entity.documents if entity else ())
        files = [
            doc.documents[i].source or doc.documents[i].title
            for i in dict.fromkeys(ids)
            if i in doc.documents
        ]
        return ", ".join(f for f in files if f) or "this load"

    return where


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
    except Exception as exc:  # a bug on one article: named, and --skip-bad goes on without it
        return path, ExtractorFailure.of(path, exc)


WORKER_GC_THRESHOLD = 10_000
# The configuration of the articles a worker process extracts, given once when it starts.
_worker_config: ExtractionConfig | None = None


def tune_collector() -> tuple[int, int, int]:
    """Set the garbage collector up for extraction; the thresholds it replaced.

    The one place both extraction paths (a pool's workers and the single process of
    `erg load --jobs 1` or of one file) set the collector, so that both extract at the same
    speed. What was loaded before (modules, the lexicon) lives as long as the process: it is
    moved out of the collector's reach (`gc.freeze`), so full collections do not walk it again
    and again (nor, in a forked worker, copy its memory pages from the parent by touching
    them). An article makes many short-lived objects and few reference cycles, so the youngest
    generation is collected after `WORKER_GC_THRESHOLD` allocations instead of Python's 700
    (the time spent collecting falls from about 5% to about 2% of extraction).
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, 10, 10)
    return old


def start_worker(config: ExtractionConfig) -> None:
    """A forked extraction worker's initializer (`erg load`, benchmarks/extract.py): the
    collector tuned for the worker's whole life (`tune_collector`)."""
    global _worker_config
    _worker_config = config
    tune_collector()


def extract_in_worker(path: str) -> tuple[str, GraphDocument | ErgError]:
    assert _worker_config is not None, "set by start_worker"
    return _extract_one(path, _worker_config)


def _extracted_once(
    paths: list[Path],
    config: ExtractionConfig,
    jobs: int | None,
    cache: dict[str, GraphDocument | ErgError],
) -> Iterator[tuple[str, GraphDocument | ErgError]]:
    """Each article's extraction in path order, taken from `cache` when it is there."""
    fresh = _extract_articles([p for p in paths if str(p) not in cache], config, jobs)
    for path in paths:
        name = str(path)
        if name not in cache:
            name, cache[name] = next(fresh)
        yield name, cache[name]


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
        yield from _extract_here(paths, config)
        return
    # The configuration goes to each worker once (pickled), not with every article.
    with ProcessPoolExecutor(
        max_workers=workers, initializer=start_worker, initargs=(config,)
    ) as pool:
        chunks = chunk_size(len(paths), workers)
        yield from pool.map(extract_in_worker, paths, chunksize=chunks)


def _extract_here(
    paths: list[str], config: ExtractionConfig
) -> Iterator[tuple[str, GraphDocument | ErgError]]:
    """The articles extracted in this process, with the collector tuned as in a worker
    (`tune_collector`), and put back as it was afterwards."""
    old = tune_collector()
    try:
        for path in paths:
            yield _extract_one(path, config)
    finally:
        gc.unfreeze()
        gc.set_threshold(*old)


def chunk_size(articles: int, workers: int) -> int:
    """Articles a worker takes at a time: a few (one article's pickled round trip is cheap),
    so that no worker is left with a long last chunk while the others are idle."""
    return max(1, min(8, articles // (workers * 8)))
