"""What `erg query` may run: read-only means reading the store, nothing else.

A read-only transaction stops writes to the store, but not statements that reach outside it:
LadybugDB's `LOAD FROM`, `COPY ... TO`, `EXPORT DATABASE`, `INSTALL` and `LOAD EXTENSION` read
and write files, or the network, in a read-only transaction and even in a read-only database;
Neo4j runs `TERMINATE TRANSACTIONS` and `CALL dbms.killConnections()` in a READ session.
LadybugDB has no setting that turns file access or extensions off, so without `--write` such
statements are refused here, from the query's tokens (never from its raw text: a keyword in a
string or a comment is not a keyword; one split by a comment still is). Transaction control
(`BEGIN`, `COMMIT`, `ROLLBACK`) is refused in every query: erg runs each query in its own
transaction, and a `COMMIT` would end the read-only one.

>>> check_embedded_query("MATCH (p:Person) RETURN p.name", write=False)
>>> try:
...     check_embedded_query("MATCH (n) LOAD/**/FROM '/etc/passwd' RETURN *", write=False)
... except ErgError as exc:
...     print(exc)
read-only queries cannot use LOAD FROM (it reads files); rerun with --write to allow it
"""

from __future__ import annotations

from graph.errors import ErgError
from graph.store.cypher_text import Token, statements, tokenize

WRITE_HINT = "this query writes to the store; rerun with --write (write=True) to allow it"
TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "ROLLBACK"}
PREFIXES = {"EXPLAIN", "PROFILE"}  # EXPLAIN still runs some statements (EXPORT DATABASE)

# -- LadybugDB --------------------------------------------------------------------------------
# A read-only statement starts with one of these (the others write to the store, or reach
# files, extensions, other databases or the session's settings).
EMBEDDED_READ_STARTS = {"MATCH", "OPTIONAL", "RETURN", "UNWIND", "WITH", "CALL"}
EMBEDDED_WRITE_STARTS = {"CREATE", "MERGE", "SET", "DELETE", "DROP", "ALTER", "COMMENT"}
EMBEDDED_OUTSIDE = {
    "LOAD": "LOAD (it reads files or loads extensions)",
    "COPY": "COPY (it reads or writes files)",
    "EXPORT": "EXPORT DATABASE (it writes files)",
    "IMPORT": "IMPORT DATABASE (it reads files)",
    "INSTALL": "INSTALL (it downloads extensions)",
    "UNINSTALL": "UNINSTALL (it removes extensions)",
    "UPDATE": "UPDATE (it downloads extensions)",
    "ATTACH": "ATTACH (it opens other databases)",
    "DETACH": "DETACH DATABASE",
    "USE": "USE (it switches to another database)",
    "CHECKPOINT": "CHECKPOINT",
    "FORCE": "FORCE CHECKPOINT",
    "ANALYZE": "ANALYZE",
}
# Table functions that read files: READ_CSV_PARALLEL, READ_PARQUET, READ_NPY, ... and the
# scans extensions add (SQLITE_SCAN, ...).
FILE_FUNCTION_PREFIXES = ("READ_",)
FILE_FUNCTION_SUFFIXES = ("_SCAN",)


def check_embedded_query(cypher: str, write: bool) -> None:
    """Refuse (ErgError) what a LadybugDB query may not run; `write` is `--write`."""
    for statement in statements(tokenize(cypher)):
        head = _head(statement)
        first = head.word if head else ""
        if first in TRANSACTION_CONTROL:
            raise ErgError(f"{first} is not allowed: erg runs each query in one transaction")
        if write:
            continue
        if first in EMBEDDED_OUTSIDE:
            _refuse(EMBEDDED_OUTSIDE[first])
        if first in EMBEDDED_WRITE_STARTS:
            raise ErgError(WRITE_HINT)
        if first not in EMBEDDED_READ_STARTS:
            _refuse_admin(f"{first or 'this'} statements")
        _check_embedded_clauses(statement)


def _check_embedded_clauses(tokens: list[Token]) -> None:
    for i, token in enumerate(tokens):
        after = tokens[i + 1].word if i + 1 < len(tokens) else ""
        if token.kind == "word" and token.word == "LOAD" and after in ("FROM", "WITH"):
            _refuse("LOAD FROM (it reads files)")
        if token.word == "CALL" and i + 2 < len(tokens) and tokens[i + 2].text == "=":
            _refuse(f"CALL {tokens[i + 1].text} = ... (it changes a setting)")
        if _calls(tokens, i) and (
            token.word.startswith(FILE_FUNCTION_PREFIXES)
            or token.word.endswith(FILE_FUNCTION_SUFFIXES)
        ):
            _refuse(f"{token.text}() (it reads files)")


# -- Neo4j ------------------------------------------------------------------------------------
# Procedures a READ session would still run that act on the server or other users' work, or
# read and write files. `dbms.` procedures are refused unless listed as reading only.
NEO4J_READ_DBMS = {
    "dbms.components",
    "dbms.showcurrentuser",
    "dbms.procedures",
    "dbms.functions",
    "dbms.info",
    "dbms.clientconfig",
    "dbms.routing.getroutingtable",
    "dbms.cluster.routing.getroutingtable",
}
NEO4J_REFUSED_PROCEDURES = (
    "db.clearquerycaches",
    "db.checkpoint",
    "db.create",
    "db.resample",
    "db.prepareforreplanning",
    "apoc.export",
    "apoc.import",
    "apoc.load",
    "apoc.periodic",
    "apoc.trigger",
    "apoc.systemdb",
    "apoc.cypher",
    "apoc.config",
    "apoc.log",
)
NEO4J_ADMIN_STARTS = {
    "GRANT",
    "DENY",
    "REVOKE",
    "START",
    "STOP",
    "ENABLE",
    "DEALLOCATE",
    "REALLOCATE",
    "DRYRUN",
    "RENAME",
}
NEO4J_WRITE_STARTS = {"CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER"}


def check_neo4j_query(cypher: str, write: bool) -> None:
    """Refuse (ErgError) administration and file access in a Neo4j READ session.

    `SHOW ...` commands (transactions, indexes, procedures) are allowed: they change nothing,
    and the server shows each user only what their privileges allow.
    """
    for statement in statements(tokenize(cypher)):
        head = _head(statement, neo4j=True)
        first = head.word if head else ""
        if first in TRANSACTION_CONTROL:
            raise ErgError(f"{first} is not allowed: erg runs each query in one transaction")
        if write:
            continue
        if first in NEO4J_ADMIN_STARTS:
            _refuse_admin(f"{first} (an administration command)")
        if first in NEO4J_WRITE_STARTS:
            raise ErgError(WRITE_HINT)
        for i, token in enumerate(statement):
            after = statement[i + 1].word if i + 1 < len(statement) else ""
            if token.word == "TERMINATE" and after in ("TRANSACTION", "TRANSACTIONS"):
                _refuse_admin("TERMINATE TRANSACTIONS (it ends other users' work)")
            if token.word == "LOAD" and after == "CSV":
                _refuse("LOAD CSV (it reads files and URLs)")
            if token.word == "CALL":
                name = _dotted_name(statement, i + 1).lower()
                if _refused_procedure(name):
                    _refuse_admin(f"CALL {name} (it acts on the server or on files)")


def _refused_procedure(name: str) -> bool:
    if name.startswith("dbms."):
        return name not in NEO4J_READ_DBMS
    return name.startswith(NEO4J_REFUSED_PROCEDURES)


def _dotted_name(tokens: list[Token], i: int) -> str:
    """`a.b.c` starting at tokens[i] (words or quoted names joined by dots)."""
    parts = []
    while i < len(tokens) and tokens[i].kind in ("word", "name"):
        parts.append(tokens[i].text)
        if i + 1 < len(tokens) and tokens[i + 1].text == ".":
            i += 2
        else:
            break
    return ".".join(parts)


# -- shared -----------------------------------------------------------------------------------
def _head(statement: list[Token], neo4j: bool = False) -> Token | None:
    """The statement's first keyword after EXPLAIN/PROFILE (and, in Neo4j, `CYPHER` options
    and a `USE name` clause)."""
    i = 0
    while i < len(statement):
        word = statement[i].word
        if word in PREFIXES:
            i += 1
        elif neo4j and word == "CYPHER":
            i += 1
            while i < len(statement) and (
                statement[i].kind in ("number", "punct")
                or (i + 1 < len(statement) and statement[i + 1].text == "=")
                or (i > 0 and statement[i - 1].text == "=")
            ):
                i += 1
        elif neo4j and word == "USE":
            i += 2
            while i + 1 < len(statement) and statement[i].text == ".":
                i += 2
        else:
            return statement[i]
    return None


def _calls(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a function name: a word or quoted name followed by `(`."""
    return (
        tokens[i].kind in ("word", "name")
        and i + 1 < len(tokens)
        and tokens[i + 1].text == "("
        and not (i > 0 and tokens[i - 1].text in (".", ":"))
    )


def _refuse(what: str) -> None:
    raise ErgError(f"read-only queries cannot use {what}; rerun with --write to allow it")


def _refuse_admin(what: str) -> None:
    raise ErgError(f"read-only queries cannot run {what}; rerun with --write to allow it")
