"""Entity and relation types, their allowed endpoints, and validation of type names.

The default schema lives in `graph/data/schema.yaml`; an analyst's schema file has the same
shape and extends it (`erg --schema FILE`). Every type name is checked against
`^[A-Z][A-Z0-9_]*$` (relations) or `^[A-Z][A-Za-z0-9_]*$` (entities) before it is used, so only
validated identifiers are ever spliced into a Cypher string.

>>> s = DEFAULT_SCHEMA
>>> s.check_relation_type("funds")
'FUNDS'
>>> s.allows("LEADS", "Person", "Organization"), s.allows("LEADS", "Location", "Person")
(True, False)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ErgError

RELATION_TYPE_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
ENTITY_TYPE_RE = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
ANY = "*"
# Labels the stores use for their own bookkeeping: not available as entity types.
RESERVED_LABELS = {"Document", "ErgMeta"}


def valid_relation_identifier(name: str) -> bool:
    return bool(RELATION_TYPE_RE.fullmatch(name))


def valid_entity_identifier(name: str) -> bool:
    return bool(ENTITY_TYPE_RE.fullmatch(name)) and name not in RESERVED_LABELS


@dataclass
class RelationType:
    name: str
    sources: list[str]
    targets: list[str]
    symmetric: bool = False
    meaning: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": list(self.sources),
            "to": list(self.targets),
            "symmetric": self.symmetric,
            "meaning": self.meaning,
        }


@dataclass
class Schema:
    entity_types: dict[str, str] = field(default_factory=dict)
    relation_types: dict[str, RelationType] = field(default_factory=dict)

    # -- construction -------------------------------------------------------------------------
    @staticmethod
    def from_dict(data: Any, origin: str = "schema") -> Schema:
        schema = Schema()
        schema.extend(data, origin)
        return schema

    @staticmethod
    def from_file(path: str | Path) -> Schema:
        """Read a schema file (YAML or JSON) and return the default schema extended by it."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ErgError(f"schema file not found: {path}") from None
        except UnicodeDecodeError:
            raise ErgError(f"{path}: schema file is not UTF-8 text") from None
        except OSError as exc:
            raise ErgError(f"{path}: cannot read schema file ({exc.strerror})") from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}" if mark else ""
            raise ErgError(f"{path}{where}: malformed schema file") from None
        schema = DEFAULT_SCHEMA.copy()
        schema.extend(data, str(path))
        return schema

    def copy(self) -> Schema:
        """An independent copy. Built directly: a schema is valid once built, so its copy needs
        no second validation (`ExtractionConfig()` copies the default schema per article)."""
        return Schema(
            dict(self.entity_types),
            {
                k: RelationType(v.name, list(v.sources), list(v.targets), v.symmetric, v.meaning)
                for k, v in self.relation_types.items()
            },
        )

    def extend(self, data: Any, origin: str = "schema") -> None:
        """Add entity types, relation types, or endpoints to existing relation types."""
        if data is None:
            return
        if not isinstance(data, dict):
            raise ErgError(f"{origin}: a schema is a mapping with entity_types and relation_types")
        unknown = set(data) - {"entity_types", "relation_types"}
        if unknown:
            raise ErgError(f"{origin}: unknown schema keys: {', '.join(sorted(unknown))}")
        entity_types = data.get("entity_types") or {}
        if isinstance(entity_types, list):
            entity_types = {name: "" for name in entity_types}
        if not isinstance(entity_types, dict):
            raise ErgError(f"{origin}: entity_types must be a mapping or a list")
        for name, meaning in entity_types.items():
            name = str(name)
            if not valid_entity_identifier(name):
                raise ErgError(
                    f"{origin}: invalid entity type name {name!r} "
                    "(use a capitalized identifier such as Person or Vessel)"
                )
            self.entity_types.setdefault(name, str(meaning or ""))
        relation_types = data.get("relation_types") or {}
        if not isinstance(relation_types, dict):
            raise ErgError(f"{origin}: relation_types must be a mapping")
        for name, spec in relation_types.items():
            self._add_relation_type(str(name), spec or {}, origin)

    def _add_relation_type(self, name: str, spec: Any, origin: str) -> None:
        if not valid_relation_identifier(name):
            raise ErgError(
                f"{origin}: invalid relation type name {name!r} (must match ^[A-Z][A-Z0-9_]*$)"
            )
        if not isinstance(spec, dict):
            raise ErgError(f"{origin}: relation type {name} must be a mapping with from/to")
        sources = _type_list(spec.get("from", [ANY]))
        targets = _type_list(spec.get("to", [ANY]))
        for t in sources + targets:
            if t != ANY and t not in self.entity_types:
                raise ErgError(
                    f"{origin}: relation type {name} refers to unknown entity type {t!r}; "
                    f"known: {', '.join(self.entity_types)}"
                )
        existing = self.relation_types.get(name)
        if existing is None:
            self.relation_types[name] = RelationType(
                name,
                sources,
                targets,
                bool(spec.get("symmetric", False)),
                str(spec.get("meaning", "")),
            )
        else:
            existing.sources = list(dict.fromkeys(existing.sources + sources))
            existing.targets = list(dict.fromkeys(existing.targets + targets))

    # -- validation ---------------------------------------------------------------------------
    def check_relation_type(self, name: str) -> str:
        """Return the canonical (upper-case) relation type or raise a listing error."""
        canonical = str(name).strip().upper().replace(" ", "_").replace("-", "_")
        if canonical in self.relation_types:
            return canonical
        known = ", ".join(self.relation_types)
        raise ErgError(f"unknown relation type {str(name)!r}; known types: {known}")

    def check_entity_type(self, name: str) -> str:
        """Return the canonical entity type (case-insensitive match) or raise."""
        wanted = str(name).strip()
        for known in self.entity_types:
            if known.lower() == wanted.lower():
                return known
        raise ErgError(
            f"unknown entity type {wanted!r}; known types: {', '.join(self.entity_types)}"
        )

    def endpoint_types(self, rel_type: str, side: str) -> list[str]:
        spec = self.relation_types[rel_type]
        listed = spec.sources if side == "from" else spec.targets
        if spec.symmetric:
            listed = list(dict.fromkeys(spec.sources + spec.targets))
        return list(self.entity_types) if ANY in listed else listed

    def allows(self, rel_type: str, source_type: str, target_type: str) -> bool:
        spec = self.relation_types.get(rel_type)
        if spec is None:
            return False
        src, tgt = spec.sources, spec.targets  # (no helper function: extraction asks this a lot)
        if (source_type in src or ANY in src) and (target_type in tgt or ANY in tgt):
            return True
        return (
            spec.symmetric
            and (target_type in src or ANY in src)
            and (source_type in tgt or ANY in tgt)
        )

    def is_symmetric(self, rel_type: str) -> bool:
        spec = self.relation_types.get(rel_type)
        return bool(spec and spec.symmetric)

    def endpoint_pairs(self, rel_type: str) -> list[tuple[str, str]]:
        """All (source label, target label) pairs a store table must accept for a type."""
        pairs = []
        for s in self.endpoint_types(rel_type, "from"):
            for t in self.endpoint_types(rel_type, "to"):
                if self.allows(rel_type, s, t):
                    pairs.append((s, t))
        return pairs

    def describe_endpoints(self, rel_type: str) -> str:
        spec = self.relation_types[rel_type]
        arrow = "<->" if spec.symmetric else "->"
        return f"{'/'.join(spec.sources)} {arrow} {'/'.join(spec.targets)}"

    # -- serialization ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_types": dict(self.entity_types),
            "relation_types": {k: v.to_dict() for k, v in self.relation_types.items()},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict())


def _type_list(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ErgError("relation endpoints (from/to) must be a type name or a list of them")
    return [str(v) for v in value]


def _load_default() -> Schema:
    text = resources.files("graph").joinpath("data/schema.yaml").read_text(encoding="utf-8")
    return Schema.from_dict(yaml.safe_load(text), "default schema")


DEFAULT_SCHEMA = _load_default()
