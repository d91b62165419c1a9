"""The model-backed extractors as `erg` runs them: `llm` alone, or `rules+llm` merged.

One `ChatClient` per model configuration serves a whole load (its cache, budget and counts are
the load's); `begin_load` starts the counts afresh and `stats_for` reads them for the summary.
"""

from __future__ import annotations

import atexit
import threading

from graph.model import Evidence, GraphDocument
from loaders.config import ExtractionConfig
from loaders.llm.client import ChatClient, LLMStats
from loaders.llm.config import LLMConfig
from loaders.llm.extract import extract_with_llm

_clients: dict[LLMConfig, ChatClient] = {}
_lock = threading.Lock()


def client_for(config: LLMConfig) -> ChatClient:
    with _lock:
        client = _clients.get(config)
        if client is None:
            client = _clients[config] = ChatClient(config)
        return client


def begin_load(config: LLMConfig) -> LLMStats:
    """Fresh counts for a new load with this model (the summary line is per load)."""
    client = client_for(config)
    client.stats = LLMStats()
    client.structured = True
    return client.stats


def stats_for(config: LLMConfig) -> LLMStats:
    return client_for(config).stats


@atexit.register
def _close_all() -> None:
    for client in _clients.values():
        client.close()


def extract_with_model(
    text: str, config: ExtractionConfig, *, title: str | None = None, source: str = ""
) -> GraphDocument:
    """One article with `config.extractor` (`llm` or `rules+llm`)."""
    assert config.llm is not None, "ExtractionConfig checks that a model is configured"
    client = client_for(config.llm)
    found = extract_with_llm(
        text,
        config=config.llm,
        title=title,
        source=source,
        schema=config.schema,
        lexicon=config.lexicon,
        client=client,
    )
    if config.extractor == "llm":
        return found
    from loaders.article import extract

    return combine(extract(text, config, title=title, source=source), found, config, client)


def combine(
    rules: GraphDocument, model: GraphDocument, config: ExtractionConfig, client: ChatClient
) -> GraphDocument:
    """The rules' document with the model's added: a relation both found keeps the evidence of
    each (a sentence both found is one item, extractor `rules+llm`); an entity both found keeps
    the rules' type, and a model relation that type rules out is dropped and counted."""
    out = GraphDocument()
    out.extend(rules)
    for entity in model.entities.values():
        out.add_entity(entity)
    for rel in model.relations.values():
        src, tgt = out.entities.get(rel.source), out.entities.get(rel.target)
        if src is None or tgt is None or not config.schema.allows(rel.type, src.type, tgt.type):
            client.stats.drop("model relations whose endpoints the rules typed otherwise")
            continue
        kept = out.relations.get(rel.key)
        if kept is not None:
            _agree(kept.evidence, rel.evidence)
        out.add_relation(rel)
    return out


def _agree(ours: list[Evidence], theirs: list[Evidence]) -> None:
    """A sentence both extractors found stays one evidence item, credited to `rules+llm`."""
    model = {e.key: e for e in theirs}
    for item in ours:
        other = model.get(item.key)
        if other is not None and item.extractor == "rules":
            item.extractor = "rules+llm"
            item.rule = f"{item.rule}; {other.rule}" if item.rule else other.rule
            item.confidence = max(item.confidence, other.confidence)
