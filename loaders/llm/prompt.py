"""The prompt and the JSON Schema of the answer, both made from the store's schema.

Analysts' own types (`erg --schema my.yaml`) are in both, so the model is asked for them too.
`PROMPT_VERSION` is part of every cache key: change it whenever the wording changes.
"""

from __future__ import annotations

import json
from typing import Any

from graph.schema import Schema

PROMPT_VERSION = "erg-llm-1"

SYSTEM = """You extract a knowledge graph from one excerpt of a news article for analysts.
Return ONE JSON object and nothing else, of exactly this shape:
{"entities": [{"name": "...", "type": "..."}],
 "relations": [{"source": "...", "type": "...", "target": "...", "quote": "..."}]}
Rules:
- Use only the entity types and relation types listed below, with the endpoint types allowed.
- Names are written as in the text (the fullest form used there: "Elon Musk", not "Musk").
- Every relation needs "quote": a span copied word for word from the excerpt that states it.
- Only what the text states as fact: no guesses, no intentions, no denied or hypothetical ties.
- Every relation's source and target must also be listed in "entities".
- If nothing qualifies, return {"entities": [], "relations": []}."""


def describe_schema(schema: Schema) -> str:
    """The types as lines the model can follow."""
    lines = ["Entity types:"]
    lines += [f"- {name}: {meaning}" for name, meaning in schema.entity_types.items()]
    lines.append("Relation types (source types -> target types: meaning):")
    for name, spec in schema.relation_types.items():
        sym = " (symmetric)" if spec.symmetric else ""
        lines.append(
            f"- {name}: {'/'.join(spec.sources)} -> {'/'.join(spec.targets)}{sym}: {spec.meaning}"
        )
    return "\n".join(lines)


def messages(schema: Schema, excerpt: str) -> list[dict[str, str]]:
    """The chat messages for one excerpt."""
    return [
        {"role": "system", "content": SYSTEM + "\n\n" + describe_schema(schema)},
        {"role": "user", "content": 'Excerpt:\n"""\n' + excerpt + '\n"""'},
    ]


def answer_schema(schema: Schema) -> dict[str, Any]:
    """A JSON Schema of the answer, types limited to the schema's (for `response_format`)."""
    entity = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "type": {"type": "string", "enum": sorted(schema.entity_types)},
        },
        "required": ["name", "type"],
        "additionalProperties": False,
    }
    relation = {
        "type": "object",
        "properties": {
            "source": {"type": "string"},
            "type": {"type": "string", "enum": sorted(schema.relation_types)},
            "target": {"type": "string"},
            "quote": {"type": "string"},
        },
        "required": ["source", "type", "target", "quote"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {
            "entities": {"type": "array", "items": entity},
            "relations": {"type": "array", "items": relation},
        },
        "required": ["entities", "relations"],
        "additionalProperties": False,
    }


def response_format(schema: Schema) -> dict[str, Any]:
    """OpenAI's structured-output request (Ollama, vLLM and llama.cpp's server accept it)."""
    return {
        "type": "json_schema",
        "json_schema": {"name": "erg_extraction", "strict": True, "schema": answer_schema(schema)},
    }


def fingerprint(schema: Schema) -> str:
    """What of the schema the prompt depends on, for the cache key."""
    return json.dumps(schema.to_dict(), sort_keys=True)
