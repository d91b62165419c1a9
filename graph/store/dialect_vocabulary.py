"""The words of the Neo4j-to-LadybugDB translation (graph.store.dialect): clause keywords, names
one parser allows and the other reserves, functions spelled or typed differently, and the
constructs refused with what to write instead.
"""

from __future__ import annotations

from graph.errors import ErgError

DOCUMENT_COLUMNS = ("id", "title", "source", "date")
INTERNAL_LABEL = "ErgMeta"
MAX_HOPS = 30  # LadybugDB's bound on variable-length relationships
BIG = 2147483647
CLAUSES = {
    "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "ORDER", "SKIP", "LIMIT", "UNWIND", "CALL",
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "YIELD", "UNION", "USE",
    "LOAD", "FINISH",
}  # fmt: skip
WORDS = {
    "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "WHERE", "WHEN", "THEN",
    "ELSE", "END", "CASE", "AS", "DISTINCT", "STARTS", "ENDS", "WITH", "CONTAINS", "ASC", "DESC",
    "ASCENDING", "DESCENDING", "BY", "ORDER", "RETURN", "SKIP", "LIMIT", "MATCH", "OPTIONAL",
}  # fmt: skip
# Names Neo4j allows for variables that LadybugDB's parser reads as keywords.
RESERVED = {
    "ALL", "NONE", "ANY", "SINGLE", "SHORTEST", "TRAIL", "ACYCLIC", "WALK", "GLOB", "MACRO",
    "COLUMN", "DEFAULT", "FOREIGN", "GROUP", "PRIMARY", "TABLE", "FROM", "TO", "CREATE", "DROP",
    "ON", "COPY", "EXPORT", "IMPORT", "RECURSIVE", "INSTALL", "PROFILE", "EXPLAIN", "UNWIND",
}  # fmt: skip
RENAMED = {"tofloat": "to_double", "relationships": "rels", "log": "ln"}  # log is log10 there
LIST_FUNCTIONS = {
    "collect", "nodes", "relationships", "split", "keys", "labels", "range", "tail", "reverse",
    "string_split", "list_filter", "list_transform", "list_slice", "list_concat", "rels",
}  # fmt: skip
LIST_PROPERTIES = {"aliases", "documents", "evidence", "sources", "extractors"}
MARK = "\x1f"  # a character no analyst's text holds, marking where each part of a split began
REFUSED = {
    "stdev": "stDev() has no equivalent; compute it from avg() of squares",
    "stdevp": "stDevP() has no equivalent; compute it from avg() of squares",
    "shortestpath": "shortestPath() only works as MATCH p = shortestPath((a)-[*..n]-(b))",
    "allshortestpaths": "allShortestPaths() only works as MATCH p = allShortestPaths(...)",
    "tointegerornull": "toIntegerOrNull() has no equivalent; use toInteger() on valid text",
    "tofloatornull": "toFloatOrNull() has no equivalent; use toFloat() on valid text",
    "tobooleanornull": "toBooleanOrNull() has no equivalent; use toBoolean() on valid text",
    "tostringornull": "toStringOrNull() has no equivalent; use toString()",
    "properties": "properties(x) has no equivalent that drops null properties on the embedded "
    "store; return the node itself or a map {name: x.name, ...}",
}


DOUBLE_FUNCTIONS = {"avg", "tofloat", "sqrt", "percentilecont", "rand", "exp", "log", "log10"}
DOUBLE_PROPERTIES = {"confidence"}  # the one DOUBLE column of erg's layout
BOOL_WORDS = {"AND", "OR", "XOR", "NOT", "IS", "IN", "STARTS", "ENDS", "CONTAINS", "TRUE", "FALSE"}


E = "2.718281828459045"


class DialectError(ErgError):
    """A Neo4j construct the embedded store cannot answer the same way."""

    def __init__(self, message: str):
        super().__init__(f"{message} (on the embedded store)")
