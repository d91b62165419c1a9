"""The graph's data model: the one currency between loaders and stores.

>>> doc = GraphDocument()
>>> musk = doc.add_entity(Entity.named("Elon Musk", "Person", aliases=["Musk"]))
>>> musk.id
'elon-musk'
>>> _ = doc.add_entity(Entity.named("Tesla", "Organization"))
>>> doc.add_relation(Relation("elon-musk", "LEADS", "tesla")).key
('elon-musk', 'LEADS', 'tesla')
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# Letters that Unicode decomposition does not reduce to ASCII.
_TRANSLITERATE = str.maketrans(
    {
        "Ø": "O",
        "ø": "o",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "ß": "ss",
        "Ł": "L",
        "ł": "l",
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Þ": "Th",
        "þ": "th",
        "ı": "i",
    }
)


# compiled once: names are keyed and slugged for every mention of every article
_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")
_PUNCT_RE = re.compile(r"[^\w\s]")
_LEADING_THE_RE = re.compile(r"^\s*the\s+")


def slugify(name: str) -> str:
    """Stable id for a canonical name: lower case ASCII words joined by hyphens.

    >>> slugify("Sam Altman"), slugify("OpenAI, Inc."), slugify("Société Générale")
    ('sam-altman', 'openai-inc', 'societe-generale')
    >>> slugify("Ørsted"), slugify("Łódź Straße")
    ('orsted', 'lodz-strasse')
    """
    text = unicodedata.normalize("NFKD", name.translate(_TRANSLITERATE))
    text = text.encode("ascii", "ignore").decode("ascii")
    text = _NOT_SLUG_RE.sub("-", text.lower()).strip("-")
    if text:
        return text
    # Names with no ASCII letters (e.g. CJK) still need a stable, distinct id.
    return "e-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Case- and punctuation-insensitive key used to match names and aliases.

    >>> name_key("The Musk"), name_key("OpenAI's")
    ('musk', 'openai s')
    """
    text = _PUNCT_RE.sub(" ", name.casefold())
    text = _LEADING_THE_RE.sub("", text)
    return " ".join(text.split())


def document_kind(document_id: str) -> str:
    """The kind of document an id names, from its prefix: `doc` (a file's content hash: an
    article or a curated file), `url`, `manual`, `import`.

    >>> document_kind("doc-1a2b"), document_kind("url-9f"), document_kind("")
    ('doc', 'url', '')
    """
    return document_id.split("-", 1)[0] if "-" in document_id else ""


@dataclass
class Document:
    """Where evidence came from: an article, a curated file, a manual entry."""

    id: str
    title: str = ""
    source: str = ""
    date: str = ""

    @staticmethod
    def from_text(text: str, title: str = "", source: str = "", date: str = "") -> Document:
        """A document whose id is the hash of its content (same text, same id)."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        return Document(id=f"doc-{digest}", title=title, source=source, date=date)

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title, "source": self.source, "date": self.date}


@dataclass
class Evidence:
    """A sentence that supports a relation, and where it was found."""

    text: str
    document: str = ""
    start: int = -1
    end: int = -1
    extractor: str = "manual"
    confidence: float = 1.0
    rule: str = ""

    @property
    def key(self) -> tuple[str, str, int]:
        """What makes two evidence items the same: the sentence (spaces aside), where it is.

        A sentence found in an article is one item per place (document, offset). A sentence an
        analyst quoted in a curated file (no offsets) is one item however many curated files
        quote it: those files are containers, not sources. Its URL document, when given, is.

        >>> a = Evidence("Ann leads Acme.", "doc-1", extractor="curated")
        >>> b = Evidence("Ann  leads Acme.", "doc-2", extractor="curated")
        >>> a.key == b.key, a.key == Evidence("Ann leads Acme.", "url-9").key
        (True, False)
        """
        text = " ".join(self.text.split())
        if self.start < 0 and document_kind(self.document) == "doc":
            return ("doc", text, self.start)
        return (self.document, text, self.start)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "extractor": self.extractor,
            "confidence": self.confidence,
            "rule": self.rule,
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Evidence:
        return Evidence(
            text=str(data.get("text", "")),
            document=str(data.get("document", "")),
            start=int(data.get("start", -1)),
            end=int(data.get("end", -1)),
            extractor=str(data.get("extractor", "manual")),
            confidence=float(data.get("confidence", 1.0)),
            rule=str(data.get("rule", "")),
        )


def merge_evidence(old: list[Evidence], new: list[Evidence]) -> list[Evidence]:
    """Union of two evidence lists, without duplicates, in first-seen order."""
    seen: dict[tuple[str, str, int], Evidence] = {}
    for item in [*old, *new]:
        seen.setdefault(item.key, item)
    return list(seen.values())


def merge_aliases(*groups: list[str], name: str = "") -> list[str]:
    """Union of alias lists, case-insensitively, without the canonical name itself."""
    out: list[str] = []
    keys = {name_key(name)} if name else set()
    for group in groups:
        for alias in group:
            k = name_key(alias)
            if alias.strip() and k not in keys:
                keys.add(k)
                out.append(alias.strip())
    return out


# The entity property that records which names were joined into an entity, and by what rule:
# a list of {"name": ..., "rule": ...} (`erg why-merged NAME` prints it).
MERGED = "merged"


def merge_notes(*groups: Any) -> list[dict[str, str]]:
    """Union of merge records ({"name", "rule"}), one per name key, in first-seen order.

    >>> merge_notes([{"name": "Open AI", "rule": "spacing and case"}],
    ...             [{"name": "open ai", "rule": "alias"}, {"name": "OAI", "rule": "acronym"}])
    [{'name': 'Open AI', 'rule': 'spacing and case'}, {'name': 'OAI', 'rule': 'acronym'}]
    """
    out: dict[str, dict[str, str]] = {}
    for group in groups:
        for note in group or []:
            if isinstance(note, dict) and note.get("name"):
                out.setdefault(
                    name_key(str(note["name"])),
                    {"name": str(note["name"]), "rule": str(note.get("rule", ""))},
                )
    return list(out.values())


@dataclass
class Entity:
    """A person, organization, project, place or product."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)

    @staticmethod
    def named(
        name: str,
        type: str,
        aliases: list[str] | None = None,
        properties: dict[str, Any] | None = None,
        documents: list[str] | None = None,
    ) -> Entity:
        name = " ".join(name.split())
        return Entity(
            id=slugify(name),
            name=name,
            type=type,
            aliases=merge_aliases(aliases or [], name=name),
            properties=dict(properties or {}),
            documents=list(documents or []),
        )

    def copy(self) -> Entity:
        """An independent record: its lists and properties are copies, not shared."""
        return Entity(
            self.id,
            self.name,
            self.type,
            list(self.aliases),
            dict(self.properties),
            list(self.documents),
        )

    def merge(self, other: Entity) -> None:
        """Fold another record of the same entity into this one (type and name stay)."""
        self.aliases = merge_aliases(self.aliases, [other.name, *other.aliases], name=self.name)
        props = {**other.properties, **self.properties}
        joined = merge_notes(self.properties.get(MERGED), other.properties.get(MERGED))
        if joined:
            props[MERGED] = joined
        self.properties = props
        self.documents = list(dict.fromkeys([*self.documents, *other.documents]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "properties": dict(self.properties),
            "documents": list(self.documents),
        }


@dataclass
class Relation:
    """A typed, directed tie between two entity ids, with its evidence."""

    source: str
    type: str
    target: str
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)

    def merge(self, other: Relation) -> None:
        self.properties = {**self.properties, **other.properties}
        self.evidence = merge_evidence(self.evidence, other.evidence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "type": self.type,
            "target": self.target,
            "properties": dict(self.properties),
            "evidence": [e.to_dict() for e in self.evidence],
        }


# The kinds of analyst correction and how many arguments each takes.
CORRECTION_KINDS = {"merge": 2, "retype": 2, "reject": 3, "rename": 2}


@dataclass
class CorrectionRequest:
    """An analyst's correction as written in a curated file: names, not yet resolved.

    `kind` is merge, retype, reject or rename; `where` is the file and line it came from.
    """

    kind: str
    args: list[str]
    reason: str = ""
    by: str = ""
    where: str = ""


@dataclass
class GraphDocument:
    """Entities, relations and the documents they came from, as one unit of loading."""

    entities: dict[str, Entity] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], Relation] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    corrections: list[CorrectionRequest] = field(default_factory=list)
    # Ids of entities an extractor found no cue for (one capitalized word with no title,
    # suffix, role, descriptor or relation): a corpus load keeps them only when it knows them.
    uncued: set[str] = field(default_factory=set)

    def add_entity(self, entity: Entity) -> Entity:
        """Add or merge an entity; returns the kept record."""
        kept = self.entities.get(entity.id)
        if kept is None:
            self.entities[entity.id] = entity
            return entity
        kept.merge(entity)
        return kept

    def add_relation(self, relation: Relation) -> Relation:
        """Add a relation or merge its evidence into the one with the same identity."""
        kept = self.relations.get(relation.key)
        if kept is None:
            self.relations[relation.key] = relation
            return relation
        kept.merge(relation)
        return kept

    def add_document(self, document: Document) -> Document:
        return self.documents.setdefault(document.id, document)

    def extend(self, other: GraphDocument) -> None:
        # uncued only if every record of the entity is
        self.uncued = {i for i in self.uncued if i not in other.entities or i in other.uncued} | {
            i for i in other.uncued if i not in self.entities or i in self.uncued
        }
        for entity in other.entities.values():
            self.add_entity(entity)
        for relation in other.relations.values():
            self.add_relation(relation)
        for document in other.documents.values():
            self.add_document(document)
        self.warnings.extend(other.warnings)
        self.corrections.extend(other.corrections)

    def __len__(self) -> int:
        return len(self.entities) + len(self.relations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": [e.to_dict() for e in self.entities.values()],
            "relations": [r.to_dict() for r in self.relations.values()],
            "documents": [d.to_dict() for d in self.documents.values()],
        }
