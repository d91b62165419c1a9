"""Kinds of error on a blind set, as counts only: no name, no sentence, no per-article line.

Rule writers may not read a blind set, yet they need to know *what kind* of thing goes wrong on
it: a wrong antecedent, an entity never found, a name cut short, a relation read backwards. This
module sorts every spurious and missed relation and entity of a scored set into such kinds, from
the gold and predicted names alone, and counts them:

- spurious relations: ``reversed`` (gold has it the other way), ``other-type`` (gold links the
  pair with another type), ``unknown-endpoint`` (an endpoint is no gold entity: a wrong or cut
  name, or a non-entity), ``unlinked-pair`` (both are gold entities that gold does not link: most
  often a wrong antecedent or a wrong argument of the right sentence);
- missed relations: ``entity-missing`` (an endpoint was never found as an entity), the same
  ``reversed`` / ``other-type``, and ``pair-unlinked`` (both entities found, nothing between them);
- spurious entities: ``boundary`` (it shares a word with a gold name: cut or glued) or
  ``non-entity``, and one word or several;
- missed entities: ``boundary`` or ``absent``, by gold type; ``mistyped`` entities by
  gold type -> predicted type.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

Triple = tuple[str, str, str]
SYMMETRIC = {"PARTNERS_WITH", "COMPETES_WITH"}


@dataclass
class Names:
    """One article's entities as the scorer resolves them (gold canonical names, or `?name`)."""

    gold: dict[str, str]  # canonical name -> gold type
    predicted: dict[str, str]  # resolved name -> predicted type
    gold_words: dict[str, set[str]] = field(default_factory=dict)  # every gold surface's words


def words(name: str) -> set[str]:
    """The lower-cased words of a name, without punctuation and a leading `?`."""
    return set(re.sub(r"[^\w\s]", " ", name.lstrip("?").casefold()).split())


def names_of(gold: dict[str, Any], pred: dict[str, Any], resolve: Any) -> Names:
    gold_types = {e["name"]: e.get("type", "?") for e in gold["entities"]}
    predicted = {resolve(e["name"]): e.get("type", "?") for e in pred.get("entities", [])}
    surfaces: dict[str, set[str]] = {}
    for e in gold["entities"]:
        for n in [e["name"], *e.get("aliases", [])]:
            surfaces.setdefault(e["name"], set()).update(words(n))
    return Names(gold_types, predicted, surfaces)


def pair_types(triples: set[Triple]) -> dict[frozenset[str], set[tuple[str, str, str]]]:
    out: dict[frozenset[str], set[tuple[str, str, str]]] = {}
    for s, k, t in triples:
        out.setdefault(frozenset((s, t)), set()).add((s, k, t))
    return out


def relation_kind(triple: Triple, other: set[Triple], entities: set[str], missed: bool) -> str:
    """Why `triple` (in one set) is not in `other` (the other set)."""
    s, k, t = triple
    if (t, k, s) in other and k not in SYMMETRIC:
        return "reversed"
    if any(x != triple for x in pair_types(other).get(frozenset((s, t)), ())):
        return "other-type"
    if missed:
        return "entity-missing" if not {s, t} <= entities else "pair-unlinked"
    return "unknown-endpoint" if not {s, t} <= entities else "unlinked-pair"


def entity_kinds(names: Names) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(spurious kinds, missed kinds by gold type, gold type -> predicted type mistakes)."""
    spurious: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    mistyped: Counter[str] = Counter()
    gold_vocab = set().union(*names.gold_words.values()) if names.gold_words else set()
    extra = [n for n in names.predicted if n not in names.gold]
    extra_vocab = set().union(*(words(n) for n in extra)) if extra else set()
    for n in extra:
        shape = "one word" if len(words(n)) <= 1 else "several words"
        kind = "boundary" if words(n) & gold_vocab else "non-entity"
        spurious[f"{kind}, {shape}"] += 1
    for n, kind in names.gold.items():
        if n not in names.predicted:
            cut = names.gold_words.get(n, set()) & extra_vocab
            missed[f"{'boundary' if cut else 'absent'}, gold {kind}"] += 1
        elif names.predicted[n] != kind:
            mistyped[f"{kind} -> {names.predicted[n]}"] += 1
    return spurious, missed, mistyped


@dataclass
class Errors:
    """Counts of each kind of error over a set of articles."""

    spurious_relations: Counter[str] = field(default_factory=Counter)
    missed_relations: Counter[str] = field(default_factory=Counter)
    spurious_by_rule: Counter[str] = field(default_factory=Counter)
    missed_by_type: Counter[str] = field(default_factory=Counter)
    spurious_entities: Counter[str] = field(default_factory=Counter)
    missed_entities: Counter[str] = field(default_factory=Counter)
    mistyped_entities: Counter[str] = field(default_factory=Counter)

    def add(self, names: Names, gold: set[Triple], predicted: list[tuple[Triple, str]]) -> None:
        found = {t for t, _ in predicted}
        entities = set(names.predicted)
        for triple, rule in predicted:
            if triple not in gold:
                kind = relation_kind(triple, gold, set(names.gold), missed=False)
                self.spurious_relations[kind] += 1
                self.spurious_by_rule[f"{rule}: {kind}"] += 1
        for triple in gold - found:
            kind = relation_kind(triple, found, entities, missed=True)
            self.missed_relations[kind] += 1
            self.missed_by_type[f"{triple[1]}: {kind}"] += 1
        spurious, missed, mistyped = entity_kinds(names)
        self.spurious_entities.update(spurious)
        self.missed_entities.update(missed)
        self.mistyped_entities.update(mistyped)

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {k: dict(v.most_common()) for k, v in vars(self).items()}


def print_errors(errors: Errors, top: int = 25) -> None:
    for title, counts in errors.as_dict().items():
        print(f"\n{title.replace('_', ' ')} ({sum(counts.values())})")
        for kind, n in list(counts.items())[:top]:
            print(f"  {kind:48} {n:4}")
