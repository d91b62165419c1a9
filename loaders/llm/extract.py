"""Articles to a GraphDocument with a chat model: chunk, ask, validate, ground, resolve.

Nothing the model says is stored unchecked. Per relation, in order, it is dropped and counted
(`LLMStats.dropped`) when its type is not in the schema, an endpoint is not among the answer's
entities or not written in the article, the endpoint types break the schema, or its quote is
not in the article. What stays carries the quote's sentence and offsets as evidence, with
extractor `llm` and rule `llm/MODEL`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from graph.model import Document, Entity, Evidence, GraphDocument, Relation, name_key
from graph.schema import DEFAULT_SCHEMA, Schema
from loaders.lexicon import Lexicon
from loaders.llm.client import ChatClient, LLMError
from loaders.llm.config import LLMConfig
from loaders.llm.ground import LEGAL_TAIL, find_quote, is_mentioned, normalized, sentence_span
from loaders.llm.prompt import messages, response_format
from loaders.sentences import Sentence, split_sentences

CONFIDENCE = 0.8
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.I)


@dataclass
class Said:
    """What the model said about one chunk, checked for shape (not yet for truth)."""

    entities: list[tuple[str, str]] = field(default_factory=list)
    relations: list[dict[str, str]] = field(default_factory=list)


def chunk_spans(
    sentences: Sequence[Sentence], max_chars: int, overlap: int
) -> list[tuple[int, int]]:
    """Runs of whole sentences (index ranges) of at most `max_chars` characters each, the next
    starting `overlap` sentences before the previous ended (a relation across the cut is seen)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(sentences):
        j = i + 1
        while j < len(sentences) and sentences[j].end - sentences[i].start <= max_chars:
            j += 1
        spans.append((i, j))
        if j >= len(sentences):
            break
        i = max(i + 1, j - overlap)
    return spans


def parse_answer(content: str) -> Said | None:
    """The answer's entities and relations, or None when it is not the expected JSON."""
    try:
        data = json.loads(_FENCE.sub("", content.strip()))
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    ents, rels = data.get("entities", []), data.get("relations", [])
    if not isinstance(ents, list) or not isinstance(rels, list):
        return None
    said = Said()
    for e in ents:
        if isinstance(e, dict) and _strings(e, "name", "type"):
            said.entities.append((" ".join(e["name"].split()), e["type"].strip()))
    for r in rels:
        if isinstance(r, dict) and _strings(r, "source", "type", "target", "quote"):
            said.relations.append({k: r[k].strip() for k in ("source", "type", "target", "quote")})
        else:
            said.relations.append({})  # counted as malformed below
    return said


def _strings(item: dict[str, Any], *keys: str) -> bool:
    return all(isinstance(item.get(k), str) and item[k].strip() for k in keys)


class LLMExtraction:
    """One article: ask for every chunk (concurrently), then keep what checks out."""

    def __init__(self, text: str, schema: Schema, client: ChatClient, lex: Lexicon):
        self.text = text
        self.schema = schema
        self.client = client
        self.stats = client.stats
        self.sentences = list(split_sentences(text, lex))
        self.folded = normalized(text)

    def ask_all(self) -> list[Said]:
        spans = chunk_spans(
            self.sentences, self.client.config.chunk_chars, self.client.config.overlap_sentences
        )
        with ThreadPoolExecutor(max_workers=max(1, self.client.config.concurrency)) as pool:
            return [s for said in pool.map(self._ask, spans) for s in said]

    def _ask(self, span: tuple[int, int]) -> list[Said]:
        i, j = span
        excerpt = self.text[self.sentences[i].start : self.sentences[j - 1].end]
        self.stats.add(chunks=1)
        asked, wanted = messages(self.schema, excerpt), response_format(self.schema)
        for _attempt in range(2):
            answer = self.client.complete(asked, wanted)
            if answer.finish_reason == "length":
                if j - i > 1:  # the answer was cut off: ask for each half instead
                    mid = (i + j) // 2
                    return self._ask((i, mid)) + self._ask((mid, j))
                raise LLMError(
                    "the model's answer was cut off (finish_reason=length) even for one "
                    "sentence: raise the server's output limit (max_tokens / num_predict)"
                )
            said = parse_answer(answer.content)
            if said is not None:
                return [said]
            self.stats.drop("malformed answers")
        raise LLMError(
            "the model did not answer with the expected JSON object twice in a row "
            '({"entities": [...], "relations": [...]}); try another model'
        )

    # -- checking ------------------------------------------------------------------------------
    def entity_types(self, said: list[Said]) -> dict[str, tuple[str, str]]:
        """name key -> (name, type): a vote over chunks, known types only, names in the text."""
        votes: dict[str, Counter[str]] = {}
        names: dict[str, str] = {}
        for s in said:
            for name, etype in s.entities:
                if etype not in self.schema.entity_types:
                    self.stats.drop("entities of a type outside the schema")
                elif not is_mentioned(self.folded[0], name):
                    self.stats.drop("entities not in the text")
                else:
                    key = name_key(name)
                    names.setdefault(key, name)
                    votes.setdefault(key, Counter())[etype] += 1
        return {k: (names[k], max(sorted(c), key=lambda t: c[t])) for k, c in votes.items()}

    def relation(self, r: dict[str, str], known: Names, doc_id: str) -> Relation | None:
        """The relation with its grounded evidence, or None (and the reason counted)."""
        drop = self.stats.drop
        if not r:
            return drop("malformed relations")
        rtype = r["type"].upper()
        if rtype not in self.schema.relation_types:
            return drop("relations of a type outside the schema")
        src, tgt = known.get(r["source"]), known.get(r["target"])
        if src is None or tgt is None:
            return drop("relations with an endpoint not in the text or untyped")
        if name_key(src[0]) == name_key(tgt[0]):
            return drop("self-relations")
        if not self.schema.allows(rtype, src[1], tgt[1]):
            return drop("relations whose endpoint types break the schema")
        where = find_quote(self.text, r["quote"], self.folded)
        if where is None:
            return drop("ungrounded relations (quote not in the article)")
        s0, s1 = sentence_span(self.sentences, *where)
        ev = Evidence(
            text=self.text[s0:s1],
            document=doc_id,
            start=s0,
            end=s1,
            extractor="llm",
            confidence=CONFIDENCE,
            rule=f"llm/{self.client.config.model}",
        )
        source, target = Entity.named(*src), Entity.named(*tgt)
        return Relation(source.id, rtype, target.id, evidence=[ev])


def extract_with_llm(
    text: str,
    *,
    config: LLMConfig,
    title: str | None = None,
    source: str = "",
    date: str = "",
    schema: Schema = DEFAULT_SCHEMA,
    lexicon: Lexicon | None = None,
    client: ChatClient | None = None,
) -> GraphDocument:
    """Entities and grounded relations of one article, from the model at `config.base_url`."""
    own = client is None
    chat = client or ChatClient(config)
    try:
        doc = GraphDocument()
        document = doc.add_document(
            Document.from_text(text, title=title or "", source=source, date=date)
        )
        if not text.strip():
            doc.warnings.append(f"{source or 'article'}: empty article")
            return doc
        run = LLMExtraction(text, schema, chat, lexicon or Lexicon.load())
        said = run.ask_all()
        known = Names(run.entity_types(said))
        for s in said:
            for r in s.relations:
                rel = run.relation(r, known, document.id)
                if rel is not None:
                    doc.add_relation(rel)
        used = {x for key in doc.relations for x in (key[0], key[2])}
        for name, etype in known.entities():
            entity = Entity.named(name, etype, documents=[document.id])
            if entity.id in used:  # entities with a relation; lone names are not worth a node
                doc.add_entity(entity)
        chat.stats.add(relations_kept=len(doc.relations))
        return doc
    finally:
        if own:
            chat.close()


class Names:
    """An answer's names to its typed entities: the name itself, the name without a legal
    suffix, or a lone last name when exactly one Person has it ("Musk" -> Elon Musk), as the
    rules resolve them."""

    def __init__(self, known: dict[str, tuple[str, str]]):
        self.known = known
        self.surnames: dict[str, list[tuple[str, str]]] = {}
        for name, etype in known.values():
            parts = name.split()
            if etype == "Person" and len(parts) > 1:
                self.surnames.setdefault(name_key(parts[-1]), []).append((name, etype))

    def get(self, name: str) -> tuple[str, str] | None:
        for form in (name, LEGAL_TAIL.sub("", name)):
            found = self.known.get(name_key(form))
            if found is not None:
                people = self.surnames.get(name_key(form), [])
                return people[0] if len(name.split()) == 1 and len(people) == 1 else found
        people = self.surnames.get(name_key(name), [])
        return people[0] if len(name.split()) == 1 and len(people) == 1 else None

    def entities(self) -> set[tuple[str, str]]:
        """The entities after resolution (a lone last name is not an entity of its own)."""
        return {self.get(name) or (name, etype) for name, etype in self.known.values()}
