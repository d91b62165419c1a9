"""What the Cypher translation (graph.store.dialect) keeps while it reads a query: the store's
catalog, the variables bound so far and what they were bound to, the clauses, and the state
every part of the translator shares (`TranslatorBase`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.store.cypher_tokens import Group, Item, Tok


@dataclass(frozen=True)
class Catalog:
    """What the translation needs to know of the store: its visible node labels."""

    node_labels: tuple[str, ...] = ()


@dataclass
class Rel:
    var: str | None
    left: str | None  # variables of the node patterns either side
    right: str | None
    direction: str  # "->", "<-" or "-"
    varlen: bool
    group: Group | None = None  # its bracket, to name it when it has no variable


@dataclass
class Scope:
    bound: set[str] = field(default_factory=set)
    pattern_vars: set[str] = field(default_factory=set)
    node_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rels: dict[str, Rel] = field(default_factory=dict)


@dataclass
class Clause:
    kind: str
    head: list[Item]
    body: list[Item]


class TranslatorBase:
    """The state of one translation, and the steps each part of the translator asks of the
    others (clauses: `run`; patterns: `node_labels`; expressions: `expr`, `map_literal`)."""

    def __init__(self, catalog: Catalog, text: str):
        self.catalog = catalog
        self.scope = Scope()
        self.counter = 0
        lowered = text.lower()
        self.want_ends = "startnode" in lowered or "endnode" in lowered
        self.pop_count = Tok("id", "COUNT")
        self.generated: set[str] = set()  # names this translation gave to anonymous parts
        self.shortest: str | None = None  # the path variable of the last shortestPath

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        name = f"_{prefix}{self.counter}"
        self.generated.add(name)
        return name

    def run(self, items: list[Item]) -> list[Item]:
        raise NotImplementedError

    def expr(self, items: list[Item]) -> list[Item]:
        raise NotImplementedError

    def map_literal(self, items: list[Item]) -> list[Item]:
        raise NotImplementedError

    def node_labels(self, rest: list[Item]) -> tuple[list[str], list[Item]]:
        raise NotImplementedError
