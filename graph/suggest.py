"""Likely duplicate entities, for an analyst to accept with `erg merge KEEP OTHER`.

Two entities are suggested when their names are alike (rapidfuzz's `ratio` on the names
lower-cased with spaces and punctuation removed, so `Open AI` and `OPENAI` score 100) or one's
name or alias is the other's, and when they could be one entity: the same type, or types such
that merging would break none of their relations. A pair an analyst has unmerged before is not
suggested again. Names are compared within groups that share their first character.

>>> from graph.ingest import load_paths
>>> from graph.model import Entity, GraphDocument
>>> from graph.store import open_store
>>> store = open_store("./erg-store")
>>> _ = load_paths(store, ["examples/stargate.yaml"])
>>> doc = GraphDocument()
>>> _ = doc.add_entity(Entity.named("Open AI", "Organization"))
>>> _ = store.upsert(doc)
>>> [s.command() for s in suggest_merges(store)]
["erg merge 'OpenAI' 'Open AI'"]
>>> store.close()
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from graph.corrections import stored_corrections
from graph.errors import ErgError
from graph.model import Entity, Relation, name_key
from graph.store.base import Store, snapshot
from graph.working_copy import WorkingCopy

MIN_SCORE = 85.0


@dataclass
class Suggestion:
    """`other` looks like a duplicate of `keep` (the one with more evidence)."""

    keep: Entity
    other: Entity
    score: float
    keep_relations: int
    keep_evidence: int
    other_relations: int
    other_evidence: int

    def command(self) -> str:
        return f"erg merge {self.keep.name!r} {self.other.name!r}"


def suggest_merges(store: Store, min_score: float = MIN_SCORE) -> list[Suggestion]:
    """Likely duplicates in the store, best first (score, then evidence, then names)."""
    if not 0 <= min_score <= 100:
        raise ErgError(f"--min-score must be between 0 and 100, got {min_score:g}")
    copy = WorkingCopy(snapshot(store), store.schema)  # every relation: evidence counts
    refused = {
        frozenset(c.args) for c in stored_corrections(store) if c.kind == "merge" and not c.active
    }
    relations, evidence = _counts(copy.relations.values())
    out = []
    for (a, b), score in sorted(_similar(list(copy.entities.values()), min_score).items()):
        if frozenset((a, b)) in refused:
            continue
        first, second = copy.entities[a], copy.entities[b]
        weight = {e.id: (evidence[e.id], relations[e.id]) for e in (first, second)}
        keep, other = sorted((first, second), key=lambda e: (-weight[e.id][0], -weight[e.id][1]))
        if not _compatible(copy, keep, other):
            if not _compatible(copy, other, keep):
                continue
            keep, other = other, keep
        out.append(
            Suggestion(
                keep,
                other,
                round(score, 1),
                relations[keep.id],
                evidence[keep.id],
                relations[other.id],
                evidence[other.id],
            )
        )
    out.sort(key=lambda s: (-s.score, -s.keep_evidence - s.other_evidence, s.keep.id, s.other.id))
    return out


def _compact(name: str) -> str:
    return re.sub(r"[\W_]+", "", name_key(name))


def _similar(entities: list[Entity], min_score: float) -> dict[tuple[str, str], float]:
    """Pairs of ids (in id order) whose names score at least `min_score`."""
    out: dict[tuple[str, str], float] = {}
    # A name or alias of one that is a name or alias of the other.
    holders: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            if name_key(name):
                holders[name_key(name)].add(entity.id)
    for ids in holders.values():
        ordered = sorted(ids)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                out[(a, b)] = 100.0
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity in entities:
        key = _compact(entity.name)
        if key:
            groups[key[0]].append((entity.id, key))
    for members in groups.values():
        if len(members) < 2:
            continue
        keys = [k for _, k in members]
        scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=min_score, workers=1)
        for i, j in zip(*scores.nonzero(), strict=True):
            a, b = members[int(i)][0], members[int(j)][0]
            if a < b:
                out[(a, b)] = max(out.get((a, b), 0.0), float(scores[i, j]))
    return out


def _compatible(copy: WorkingCopy, keep: Entity, other: Entity) -> bool:
    """Whether `other` can be merged into `keep` without breaking the schema."""
    if keep.type == other.type:
        return True
    for rel in copy.relations_of(other.id):
        s = keep.id if rel.source == other.id else rel.source
        t = keep.id if rel.target == other.id else rel.target
        if s != t and not copy.schema.allows(rel.type, copy.type_of(s), copy.type_of(t)):
            return False
    return True


def _counts(relations: Iterable[Relation]) -> tuple[Counter[str], Counter[str]]:
    """Relations and evidence items per entity id."""
    rels: Counter[str] = Counter()
    evidence: Counter[str] = Counter()
    for rel in relations:
        for end in (rel.source, rel.target):
            rels[end] += 1
            evidence[end] += len(rel.evidence)
    return rels, evidence
