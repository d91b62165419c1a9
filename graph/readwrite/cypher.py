"""A Cypher script that recreates the graph in any Neo4j (5.x), and a strict reader for it.

The script is for a person to run (`cypher-shell -f graph.cypher`, or paste it into Neo4j
Browser). It creates one uniqueness constraint per label, then MERGEs every document, entity
and relation in erg's store layout, one statement per line, so running it twice changes nothing
and the README's Cypher cookbook works on the result.

Safety: every value is written as a literal with JSON string escaping (`\\"`, `\\\\`, `\\n`,
`\\uXXXX`), which is valid Cypher string syntax, so no text from an article can end a string or
add a clause; line and paragraph separators are escaped too, so each statement stays on one
line. Labels and relationship types are checked against erg's identifier rules (`^[A-Z]...`)
and backquoted before they are spliced in.

Reading: erg never runs a script. `read_cypher` parses only the exact statement shapes this
module writes (values decoded as JSON, nothing evaluated) and reports any other statement as
skipped, so only erg's own exports load; a hand-written script is refused.

>>> cypher_literal('He said "hi"\\n'), cypher_literal(["a", 1, 2.5, None, True])
('"He said \\\\"hi\\\\"\\\\n"', '["a", 1, 2.5, null, true]')
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from graph.errors import ErgError
from graph.model import GraphDocument
from graph.readwrite.common import (
    DocumentBuilder,
    atomic_write,
    check_output,
    read_bytes,
)
from graph.schema import DEFAULT_SCHEMA, Schema, valid_entity_identifier, valid_relation_identifier
from graph.store.base import entity_row, relation_row

# Characters json.dumps leaves raw that a line-based reader or a text editor would split on.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}
_IDENT = re.compile(r"`([A-Za-z][A-Za-z0-9_]*)`")
_KEY = re.compile(r"[a-z_]+")
_DECODER = json.JSONDecoder()


# -- writing ----------------------------------------------------------------------------------
def cypher_literal(value: Any) -> str:
    """A Cypher literal for a string, number, boolean, None or list of them."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return json.dumps(value) if math.isfinite(value) else "null"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    text = json.dumps(str(value), ensure_ascii=False)
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    return text


def quote_label(name: str) -> str:
    if name != "Document" and not valid_entity_identifier(name):
        raise ErgError(f"entity type {name!r} is not a valid label; cannot write Cypher")
    return f"`{name}`"


def quote_type(name: str) -> str:
    if not valid_relation_identifier(name):
        raise ErgError(f"relation type {name!r} is not a valid relationship type")
    return f"`{name}`"


def _set(var: str, values: dict[str, Any]) -> str:
    return ", ".join(f"{var}.{k} = {cypher_literal(v)}" for k, v in values.items())


def to_lines(doc: GraphDocument) -> list[str]:
    """The script, one statement per line."""
    lines = [
        f"// erg graph export: {len(doc.entities)} entities, {len(doc.relations)} relations, "
        f"{len(doc.documents)} documents.",
        "// Recreates the graph in Neo4j 5 in erg's store layout (the README's queries work).",
        "// Run it with: cypher-shell -a neo4j://localhost:7687 -u neo4j -f THIS_FILE",
        "// or paste it into Neo4j Browser. MERGE everywhere: running it twice changes nothing.",
    ]
    labels = sorted({e.type for e in doc.entities.values()})
    for label in ["Document", *labels]:
        lines.append(
            f"CREATE CONSTRAINT erg_{label}_id IF NOT EXISTS "
            f"FOR (n:{quote_label(label)}) REQUIRE n.id IS UNIQUE;"
        )
    for d in doc.documents.values():
        values = {"title": d.title, "source": d.source, "date": d.date}
        lines.append(
            f"MERGE (d:`Document` {{id: {cypher_literal(d.id)}}}) SET {_set('d', values)};"
        )
    for e in doc.entities.values():
        row = entity_row(e)
        values = {k: row[k] for k in ("name", "aliases", "documents", "props")}
        lines.append(
            f"MERGE (n:{quote_label(e.type)} {{id: {cypher_literal(e.id)}}}) "
            f"SET {_set('n', values)};"
        )
    for r in doc.relations.values():
        ends = [doc.entities.get(r.source), doc.entities.get(r.target)]
        if ends[0] is None or ends[1] is None:
            raise ErgError(f"relation {r.type} refers to an entity missing from the export")
        row = relation_row(r)
        values = {k: v for k, v in row.items() if k not in ("s", "t")}
        lines.append(
            f"MATCH (a:{quote_label(ends[0].type)} {{id: {cypher_literal(r.source)}}}), "
            f"(b:{quote_label(ends[1].type)} {{id: {cypher_literal(r.target)}}}) "
            f"MERGE (a)-[r:{quote_type(r.type)}]->(b) SET {_set('r', values)};"
        )
    return lines


def write_cypher(
    doc: GraphDocument, path: str | Path, schema: Schema = DEFAULT_SCHEMA
) -> list[str]:
    """Write `doc` as a Cypher script; returns warnings (none)."""
    path = check_output(path)
    lines = to_lines(doc)
    with atomic_write(path) as handle:
        handle.write("\n".join(lines) + "\n")
    return []


# -- reading ----------------------------------------------------------------------------------
class _Mismatch(Exception):
    pass


class _Cursor:
    """Walks one statement, accepting only the exact shapes `to_lines` writes."""

    def __init__(self, text: str):
        self.text = text
        self.i = 0

    def expect(self, token: str) -> None:
        if not self.text.startswith(token, self.i):
            raise _Mismatch
        self.i += len(token)

    def ident(self) -> str:
        m = _IDENT.match(self.text, self.i)
        if not m:
            raise _Mismatch
        self.i = m.end()
        return m.group(1)

    def literal(self) -> Any:
        try:
            value, self.i = _DECODER.raw_decode(self.text, self.i)
        except ValueError:
            raise _Mismatch from None
        return value

    def assignments(self, var: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        while True:
            self.expect(f"{var}.")
            m = _KEY.match(self.text, self.i)
            if not m:
                raise _Mismatch
            self.i = m.end()
            self.expect(" = ")
            out[m.group(0)] = self.literal()
            if self.text.startswith(", ", self.i):
                self.i += 2
                continue
            return out

    def end(self) -> None:
        self.expect(";")
        if self.text[self.i :].strip():
            raise _Mismatch


def _statement(line: str, builder: DocumentBuilder) -> bool:
    c = _Cursor(line.strip())
    try:
        if line.startswith("CREATE CONSTRAINT "):
            return bool(
                re.fullmatch(
                    r"CREATE CONSTRAINT erg_\w+ IF NOT EXISTS FOR \(n:`\w+`\) "
                    r"REQUIRE n\.id IS UNIQUE;",
                    line.strip(),
                )
            )
        if line.startswith("MERGE (d:`Document` "):
            c.expect("MERGE (d:`Document` {id: ")
            doc_id = c.literal()
            c.expect("}) SET ")
            values = c.assignments("d")
            c.end()
            builder.documents([{**values, "id": doc_id}])
            return True
        if line.startswith("MERGE (n:"):
            c.expect("MERGE (n:")
            label = c.ident()
            c.expect(" {id: ")
            node_id = c.literal()
            c.expect("}) SET ")
            values = c.assignments("n")
            c.end()
            builder.node(str(node_id), {**values, "type": label})
            return True
        if line.startswith("MATCH (a:"):
            c.expect("MATCH (a:")
            c.ident()
            c.expect(" {id: ")
            source = c.literal()
            c.expect("}), (b:")
            c.ident()
            c.expect(" {id: ")
            target = c.literal()
            c.expect("}) MERGE (a)-[r:")
            rel_type = c.ident()
            c.expect("]->(b) SET ")
            values = c.assignments("r")
            c.end()
            attrs = {"type": rel_type, "evidence": values.get("evidence_json", "[]")}
            attrs["props"] = values.get("props", "{}")
            builder.edge(str(source), str(target), attrs)
            return True
    except _Mismatch:
        return False
    return False


def read_cypher(path: str | Path, schema: Schema = DEFAULT_SCHEMA) -> GraphDocument:
    """Read a Cypher script written by `write_cypher` (nothing in it is executed)."""
    path = Path(path)
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ErgError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    builder = DocumentBuilder(schema, path, erg=True, raw=raw)
    skipped: list[int] = []
    understood = 0
    # Split on "\n" only: str.splitlines() would also split inside strings on U+001C..U+001E.
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        if _statement(stripped, builder):
            understood += 1
        else:
            skipped.append(number)
    if not understood:
        raise ErgError(
            f"{path}: not a Cypher script written by erg; erg loads only its own exports "
            "(erg export --format cypher) and never runs Cypher from a file"
        )
    if skipped:
        shown = ", ".join(map(str, skipped[:10])) + (" ..." if len(skipped) > 10 else "")
        builder.warn(
            f"{len(skipped)} statement(s) are not erg's export statements and were skipped "
            f"(lines {shown})"
        )
    return builder.finish()
