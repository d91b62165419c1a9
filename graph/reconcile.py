"""One graph from many extracted articles: resolve their entities into each other and into the
store's, decide each entity's type from all its mentions, and drop (and report) the relations
those types rule out, before the store sees anything.

The result depends on the set of articles, never on their order: articles are read in the
order of their content hash, and every choice (canonical name, type, ties) is made by a rule.

Types, in order: an analyst's correction (`fixed_types`), a curated file of the same load, the
store's type; otherwise the vote of the articles (one vote per article), a tie going to the type
that keeps more of the entity's relations valid, then to the schema's order of types.

>>> from graph.model import Entity, GraphDocument, Relation, Document
>>> a, b = GraphDocument(), GraphDocument()
>>> a.add_document(Document("doc-a")) and b.add_document(Document("doc-b")) and None
>>> for d, t in ((a, "Product"), (b, "Organization")):
...     _ = d.add_entity(Entity.named("Brightwell", t, documents=[next(iter(d.documents))]))
>>> _ = a.add_entity(Entity.named("Orrin Capital", "Organization"))
>>> _ = a.add_relation(Relation("orrin-capital", "OWNS", "brightwell"))
>>> _ = b.add_entity(Entity.named("Stargate", "Project"))
>>> _ = b.add_relation(Relation("brightwell", "FUNDS", "stargate"))
>>> r = reconcile([b, a])
>>> r.doc.entities["brightwell"].type, len(r.doc.relations), r.dropped
('Organization', 2, [])
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.model import (
    MERGED,
    Entity,
    GraphDocument,
    Relation,
    merge_aliases,
    merge_notes,
    name_key,
    slugify,
)
from graph.namekeys import (
    ALIAS,
    FIRST_NAME,
    POSSESSIVE,
    SAME_ARTICLE,
    SPACING,
    SURNAME,
    join_rule,
    loose_key,
    possessive_parts,
)
from graph.schema import DEFAULT_SCHEMA, Schema

ANALYST, CURATED, STORED, VOTE = "analyst correction", "curated file", "store", "vote"
# One article after its own merges, and the notes that explain them (entity id -> notes).
Tidied = tuple[GraphDocument, dict[str, list[dict[str, str]]]]


@dataclass
class DroppedRelation:
    """A relation the reconciled types rule out (or whose two ends became one entity)."""

    source: str
    type: str
    target: str
    source_type: str
    target_type: str
    reason: str
    files: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.source} ({self.source_type}) -[{self.type}]-> {self.target} "
            f"({self.target_type}): {self.reason} [{', '.join(self.files)}]"
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Retyped:
    """An entity whose mentions disagreed on its type, and how the type was decided."""

    entity: str
    name: str
    type: str
    rule: str
    votes: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Reconciliation:
    doc: GraphDocument
    dropped: list[DroppedRelation] = field(default_factory=list)
    merges: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # id -> notes
    retyped: list[Retyped] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)


@dataclass
class _Node:
    """Every record of one entity id: the store's, a curated file's, the articles'."""

    id: str
    names: Counter[str] = field(default_factory=Counter)  # article names -> articles
    aliases: list[str] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)  # type -> articles
    fixed: tuple[str, str] | None = None  # (type, rule)
    anchor: str = ""  # the name the store or a curated file gives it
    documents: list[str] = field(default_factory=list)
    uncued: bool = True
    articles: int = 0
    notes: list[dict[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        if self.anchor:
            return self.anchor
        return max(self.names, key=lambda n: (self.names[n], n)) if self.names else self.id

    def types(self) -> set[str]:
        return {self.fixed[0]} if self.fixed else set(self.votes)


def reconcile(
    articles: Iterable[GraphDocument],
    known: Iterable[Entity] = (),
    fixed_types: Mapping[str, str] | None = None,
    curated: Iterable[GraphDocument] = (),
    schema: Schema = DEFAULT_SCHEMA,
) -> Reconciliation:
    """Fold extracted articles into one GraphDocument resolved against `known` (the store's
    entities) and `curated` documents of the same load (whose entities' types are fixed);
    `fixed_types` maps entity ids to types an analyst decided."""
    docs = sorted(articles, key=lambda d: sorted(d.documents))
    known, curated = list(known), list(curated)
    owners = _all_name_keys(docs, known, curated)
    tidied = [_tidy(doc, owners) for doc in docs]
    nodes = _nodes(tidied, known, curated, fixed_types or {})
    clusters = _Clusters(nodes)
    clusters.link()
    out = Reconciliation(GraphDocument())
    canon = clusters.canonical()
    types = _decide_types(clusters, canon, tidied, schema, out)
    _relations(tidied, clusters, canon, types, schema, out)
    _entities(tidied, clusters, canon, types, out)
    _drop_noise(clusters, canon, out)
    for doc, _ in tidied:
        out.doc.documents.update(doc.documents)
        out.doc.warnings.extend(doc.warnings)
    return out


def _all_name_keys(
    docs: list[GraphDocument], known: list[Entity], curated: list[GraphDocument]
) -> set[str]:
    """Names that can own something: every entity's, and the first word of an organization's
    ("Tessmer's Harbor Fund" when Tessmer Ventures is about)."""
    keys: set[str] = set()
    for entity in [*known, *(e for d in [*docs, *curated] for e in d.entities.values())]:
        key = name_key(entity.name)
        keys.add(key)
        if entity.type == "Organization" and " " in key and not possessive_parts(entity.name):
            keys.add(key.split()[0])
    return keys


def drop_possessors(name: str, aliases: list[str]) -> list[str]:
    """Aliases that are not the possessor of the name ("SoftBank" is not "SoftBank's Fund")."""
    owners = {name_key(p[0]) for n in [name, *aliases] if (p := possessive_parts(n))}
    return [a for a in aliases if name_key(a) not in owners] if owners else aliases


def _tidy(doc: GraphDocument, owners: set[str]) -> Tidied:
    """One article's own merges: "SoftBank's Vision Fund" is Vision Fund when SoftBank is an
    entity; an uncued first name is the one person of the article with that first name."""
    rename: dict[str, Entity] = {}
    firsts: dict[str, list[Entity]] = defaultdict(list)
    for e in doc.entities.values():
        if e.type == "Person" and len(name_key(e.name).split()) > 1:
            firsts[name_key(e.name).split()[0]].append(e)
    notes: dict[str, list[dict[str, str]]] = defaultdict(list)
    for e in doc.entities.values():
        parts = possessive_parts(e.name)
        if parts and name_key(parts[0]) in owners and name_key(parts[1]):
            target = doc.entities.get(slugify(parts[1])) or Entity.named(parts[1], e.type)
            rename[e.id] = target
            notes[target.id].append({"name": e.name, "rule": POSSESSIVE})
        elif e.id in doc.uncued and len(firsts.get(name_key(e.name), ())) == 1:
            target = firsts[name_key(e.name)][0]
            rename[e.id] = target
            notes[target.id].append({"name": e.name, "rule": FIRST_NAME})
    out = GraphDocument(documents=doc.documents, warnings=doc.warnings)
    out.uncued = {i for i in doc.uncued if i not in rename}
    for e in doc.entities.values():
        kept = e.copy()
        into = rename.get(e.id)
        if into is not None:
            kept = Entity(into.id, into.name, into.type, [e.name, *e.aliases], {}, kept.documents)
        kept.aliases = drop_possessors(kept.name, merge_aliases(kept.aliases, name=kept.name))
        out.add_entity(kept)
    for rel in doc.relations.values():
        s, t = rename.get(rel.source), rename.get(rel.target)
        out.add_relation(
            Relation(
                s.id if s else rel.source,
                rel.type,
                t.id if t else rel.target,
                dict(rel.properties),
                list(rel.evidence),
            )
        )
    return out, notes


def _nodes(
    tidied: list[Tidied],
    known: list[Entity],
    curated: list[GraphDocument],
    fixed_types: Mapping[str, str],
) -> dict[str, _Node]:
    nodes: dict[str, _Node] = {}
    for entity in known:
        node = nodes[entity.id] = _Node(entity.id, anchor=entity.name, uncued=False)
        node.aliases = drop_possessors(entity.name, list(entity.aliases))
        node.fixed = (entity.type, STORED)
    for doc in curated:
        for entity in doc.entities.values():
            node = nodes.setdefault(entity.id, _Node(entity.id, anchor=entity.name))
            node.uncued = False
            node.aliases = merge_aliases(node.aliases, entity.aliases)
            node.fixed = (entity.type, CURATED)
    for doc, notes in tidied:
        for entity in doc.entities.values():
            node = nodes.setdefault(entity.id, _Node(entity.id))
            node.names[entity.name] += 1
            node.votes[entity.type] += 1
            node.articles += 1
            node.aliases = merge_aliases(node.aliases, entity.aliases)
            node.documents.extend(d for d in entity.documents if d not in node.documents)
            node.uncued = node.uncued and entity.id in doc.uncued
            node.notes = merge_notes(node.notes, notes.get(entity.id))
    for entity_id, etype in fixed_types.items():
        if entity_id in nodes:
            nodes[entity_id].fixed = (etype, ANALYST)
            nodes[entity_id].uncued = False
    return nodes


class _Clusters:
    """Union-find over nodes: at most one stored or curated entity per cluster (what the store
    keeps apart, or an analyst declared apart, a load never joins)."""

    def __init__(self, nodes: dict[str, _Node]):
        self.nodes = nodes
        self.parent = {i: i for i in nodes}
        self.anchored = {i: bool(n.anchor) for i, n in nodes.items()}
        self.rule: dict[str, str] = {}  # node id -> the rule that joined it

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str, rule: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (self.anchored[ra] and self.anchored[rb]):
            return False
        na, nb = self.nodes[a], self.nodes[b]
        if not (na.uncued or nb.uncued or na.types() & nb.types()):
            return False  # a Person "Stark" is not the company "Stark AG"
        root, child = (
            (ra, rb) if self.anchored[ra] or (not self.anchored[rb] and ra < rb) else (rb, ra)
        )
        self.parent[child] = root
        self.anchored[root] = self.anchored[ra] or self.anchored[rb]
        for node in (a, b):
            self.rule.setdefault(node, rule)
        return True

    def link(self) -> None:
        """Join nodes whose names are one name's forms, then names that are another's alias."""
        by_name: dict[str, list[str]] = defaultdict(list)
        by_alias: dict[str, set[str]] = defaultdict(set)
        for i in sorted(self.nodes):
            node = self.nodes[i]
            for name in sorted({node.name, *node.names}):
                by_name[loose_key(name)].append(i)
            for alias in node.aliases:
                by_alias[loose_key(alias)].add(i)
        for key in sorted(by_name):
            members = list(dict.fromkeys(by_name[key]))
            if not key or len(members) < 2 or not any(self.nodes[m].articles for m in members):
                continue
            first = members[0]
            for other in members[1:]:
                rule = join_rule(self.nodes[first].name, self.nodes[other].name) or SPACING
                self.union(first, other, rule)
        for i in sorted(self.nodes):
            node = self.nodes[i]
            if not node.articles:
                continue
            for name in sorted(node.names):
                roots = {self.find(j) for j in by_alias.get(loose_key(name), ())}
                roots.discard(self.find(i))
                if len(roots) == 1:
                    root = roots.pop()
                    etype = next(iter(sorted(self.nodes[root].types())), "")
                    rule = join_rule(self.nodes[root].name, name, etype) or ALIAS
                    # a lone first name or surname names a person only in its own article
                    if rule not in (FIRST_NAME, SURNAME):
                        self.union(root, i, rule)

    def members(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for i in sorted(self.nodes):
            out[self.find(i)].append(i)
        return out

    def canonical(self) -> dict[str, str]:
        """Cluster root -> the node whose id and name the entity takes: the stored or curated
        one, else the one named in most articles (then not an acronym, the longer name, the
        fewer spaces, ASCII, then by name)."""
        out = {}
        for root, ids in self.members().items():
            anchored = [i for i in ids if self.nodes[i].anchor]
            if anchored:
                out[root] = anchored[0]
                continue
            out[root] = max(
                ids,
                key=lambda i: (
                    self.nodes[i].articles,
                    not self.nodes[i].name.isupper(),
                    len(loose_key(self.nodes[i].name)),  # "Satya Nadella" over "Nadella"
                    -self.nodes[i].name.count(" "),  # "OpenAI" over "Open AI"
                    self.nodes[i].name.isascii(),  # "Gazprom" over "Газпром" (its id too)
                    self.nodes[i].name,
                ),
            )
        return out


def _decide_types(
    clusters: _Clusters,
    canon: dict[str, str],
    tidied: list[Tidied],
    schema: Schema,
    out: Reconciliation,
) -> dict[str, str]:
    """Cluster root -> type: fixed types first, then the articles' vote (ties: relations)."""
    members = clusters.members()
    types: dict[str, str] = {}
    tied: dict[str, list[str]] = {}
    votes: dict[str, Counter[str]] = {}
    order = {t: n for n, t in enumerate(schema.entity_types)}
    for root, ids in members.items():
        fixed = _fixed(clusters.nodes, canon[root], ids)
        votes[root] = Counter()
        for i in ids:
            votes[root].update(clusters.nodes[i].votes)
        if fixed:
            types[root] = fixed[0]
            continue
        top = max(votes[root].values(), default=0)
        best = sorted(
            (t for t, v in votes[root].items() if v == top), key=lambda t: order.get(t, 99)
        )
        types[root] = best[0] if best else "Organization"
        if len(best) > 1:
            tied[root] = best
    if tied:
        kept = _relations_kept(tied, tidied, clusters, types, schema)
        for root, options in tied.items():
            types[root] = max(options, key=lambda t: (kept[root][t], -order.get(t, 99)))
    for root, ids in members.items():
        if len(votes[root]) > 1 or (votes[root] and types[root] not in votes[root]):
            fixed = _fixed(clusters.nodes, canon[root], ids)
            rule = fixed[1] if fixed else (VOTE + " tie: relations kept" if root in tied else VOTE)
            node = clusters.nodes[canon[root]]
            out.retyped.append(Retyped(node.id, node.name, types[root], rule, dict(votes[root])))
    return types


def _fixed(nodes: dict[str, _Node], canon: str, ids: list[str]) -> tuple[str, str] | None:
    rank = {ANALYST: 0, CURATED: 1, STORED: 2}
    found = [nodes[i].fixed for i in [canon, *ids] if nodes[i].fixed]
    return min(found, key=lambda f: rank[f[1]]) if found else None  # type: ignore[index]


def _relations_kept(
    tied: dict[str, list[str]],
    tidied: list[Tidied],
    clusters: _Clusters,
    types: dict[str, str],
    schema: Schema,
) -> dict[str, Counter[str]]:
    kept: dict[str, Counter[str]] = {root: Counter() for root in tied}
    for doc, _ in tidied:
        for rel in doc.relations.values():
            s, t = clusters.find(rel.source), clusters.find(rel.target)
            for root, other, is_source in ((s, t, True), (t, s, False)):
                for option in tied.get(root, ()):
                    pair = (option, types[other]) if is_source else (types[other], option)
                    kept[root][option] += schema.allows(rel.type, *pair)
    return kept


def _relations(
    tidied: list[Tidied],
    clusters: _Clusters,
    canon: dict[str, str],
    types: dict[str, str],
    schema: Schema,
    out: Reconciliation,
) -> None:
    dropped: dict[tuple[str, str, str], DroppedRelation] = {}
    for doc, _ in tidied:
        files = [d.source or d.title or d.id for d in doc.documents.values()]
        for rel in doc.relations.values():
            rs, rt = clusters.find(rel.source), clusters.find(rel.target)
            s, t = canon[rs], canon[rt]
            reason = ""
            if s == t:
                reason = "both ends are one entity"
            elif not schema.allows(rel.type, types[rs], types[rt]):
                reason = f"{rel.type} cannot link {types[rs]} to {types[rt]}"
            if not reason:
                out.doc.add_relation(
                    Relation(s, rel.type, t, dict(rel.properties), list(rel.evidence))
                )
                continue
            names = clusters.nodes[s].name, clusters.nodes[t].name
            entry = dropped.setdefault(
                (s, rel.type, t),
                DroppedRelation(names[0], rel.type, names[1], types[rs], types[rt], reason),
            )
            entry.files.extend(f for f in files if f not in entry.files)
            entry.evidence.extend(e.text for e in rel.evidence if e.text not in entry.evidence)
    out.dropped = list(dropped.values())


def _entities(
    tidied: list[Tidied],
    clusters: _Clusters,
    canon: dict[str, str],
    types: dict[str, str],
    out: Reconciliation,
) -> None:
    nodes = clusters.nodes
    for root, ids in clusters.members().items():
        if not any(nodes[i].articles for i in ids):
            continue
        main = nodes[canon[root]]
        names = [n for i in ids for n in sorted(nodes[i].names)]
        aliases = merge_aliases(names, *(nodes[i].aliases for i in ids), name=main.name)
        if main.anchor:  # the store or a curated file has this entity: send only what is new
            aliases = [a for a in aliases if a not in main.aliases]
        notes = _notes(nodes, ids, main, clusters.rule)
        entity = Entity(
            main.id,
            main.name,
            types[root],
            drop_possessors(main.name, aliases),
            {MERGED: notes} if notes else {},
            list(dict.fromkeys(d for i in ids for d in nodes[i].documents)),
        )
        out.doc.add_entity(entity)
        if notes:
            out.merges[entity.id] = notes


def _notes(
    nodes: dict[str, _Node], ids: list[str], main: _Node, rules: dict[str, str]
) -> list[dict[str, str]]:
    """Why each name joined the entity: the rule of the cross-article link, the article's own
    merges, or (for an extractor's alias) the rule it fits."""
    etype = main.fixed[0] if main.fixed else next(iter(sorted(main.votes)), "")
    notes: list[dict[str, str]] = []
    for i in ids:
        node = nodes[i]
        if i != main.id:
            notes.append({"name": node.name, "rule": rules.get(i, SPACING)})
        notes.extend(node.notes)
        for alias in node.aliases if node.articles else ():
            notes.append(
                {"name": alias, "rule": join_rule(node.name, alias, etype) or SAME_ARTICLE}
            )
    key = name_key(main.name)
    return [n for n in merge_notes(notes) if name_key(n["name"]) != key]


def _drop_noise(clusters: _Clusters, canon: dict[str, str], out: Reconciliation) -> None:
    """A lone capitalized word no article gave a cue for, with no relation, that neither the
    store nor a curated file knows, is not an entity ("Az", "Macs", a lone "Dario")."""
    related = {end for key in out.doc.relations for end in (key[0], key[2])}
    for root, ids in clusters.members().items():
        entity_id = canon[root]
        if entity_id not in out.doc.entities or entity_id in related:
            continue
        if all(clusters.nodes[i].uncued for i in ids):
            out.noise.append(out.doc.entities.pop(entity_id).name)
            out.merges.pop(entity_id, None)
    out.noise.sort()


def report_dict(rec: Reconciliation) -> dict[str, Any]:
    """The JSON `--report FILE` writes: dropped relations, merges, retyped entities, noise."""
    return {
        "dropped_relations": [d.to_dict() for d in rec.dropped],
        "merges": [{"entity": k, "names": v} for k, v in sorted(rec.merges.items())],
        "retyped": [r.to_dict() for r in rec.retyped],
        "noise": list(rec.noise),
    }


__all__: Sequence[str] = ("reconcile", "Reconciliation", "DroppedRelation", "Retyped")
