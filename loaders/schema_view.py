"""A schema's answers for one article, remembered.

Every relation a rule would emit asks the schema whether its two entity types may be joined by
that type (`Schema.allows`) and whether the type is symmetric: some forty questions an article,
on about a dozen distinct triples. `graph.schema` stays plain Python (the graph side is not
compiled), so each answer is kept here, in the compiled extractor, for the article's life: a
schema may still be extended between articles, as `ExtractionConfig.build` does.
"""

from __future__ import annotations

from graph.schema import Schema


class SchemaView:
    """`allows` and `is_symmetric` of one schema, each answer computed once."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self._allows: dict[tuple[str, str, str], bool] = {}
        self._symmetric: dict[str, bool] = {}

    def allows(self, rel_type: str, source_type: str, target_type: str) -> bool:
        key = (rel_type, source_type, target_type)
        hit = self._allows.get(key)
        if hit is None:
            hit = self._allows[key] = self.schema.allows(rel_type, source_type, target_type)
        return hit

    def is_symmetric(self, rel_type: str) -> bool:
        hit = self._symmetric.get(rel_type)
        if hit is None:
            hit = self._symmetric[rel_type] = self.schema.is_symmetric(rel_type)
        return hit
