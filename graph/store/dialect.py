"""Neo4j Cypher in, LadybugDB Cypher out: the same query gives the same answer on both stores.

`translate(cypher, catalog)` rewrites what the embedded store (LadybugDB, the Kuzu dialect) spells
or means differently, working on tokens grouped by brackets (graph.store.cypher_tokens), never on
raw text: string literals and names are never touched. What has no faithful translation raises
`DialectError` naming the construct and what to write instead; it never answers differently.
`hide_internal(cypher)` is the one rewrite the Neo4j store needs: a lone unlabelled node pattern
never matches erg's own `ErgMeta` node.

>>> translate("MATCH (p:Person) RETURN substring(p.name, 0, 3) AS s, p.aliases[0] AS a")
'MATCH (p:Person) RETURN substring(p.name, 1, 3) AS s, (p.aliases[1]) AS a'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from graph.errors import ErgError
from graph.store.base import ENTITY_COLUMNS, RELATION_COLUMNS
from graph.store.cypher_tokens import (
    Group,
    Item,
    Tok,
    ident,
    is_char,
    is_kw,
    join,
    parse,
    render,
    split,
    tree,
)

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


class DialectError(ErgError):
    """A Neo4j construct the embedded store cannot answer the same way."""

    def __init__(self, message: str):
        super().__init__(f"{message} (on the embedded store)")


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


def translate(cypher: str, catalog: Catalog | None = None) -> str:
    """The LadybugDB spelling of a Neo4j Cypher query (raises DialectError when there is none)."""
    return _translate(cypher, catalog or Catalog())


@lru_cache(maxsize=512)  # a notebook or dashboard asks the same questions again
def _translate(cypher: str, catalog: Catalog) -> str:
    return render(Translator(catalog, cypher).run(tree(cypher)))


def hide_internal(cypher: str) -> str:
    """Neo4j: a lone unlabelled node pattern in a MATCH never matches the internal ErgMeta node."""
    try:
        items = tree(cypher)
    except ErgError:
        return cypher  # the server says what is wrong with it, in its own words
    _hide(items)
    return render(items)


def _hide(items: list[Item]) -> None:
    in_match = False
    for i, item in enumerate(items):
        if isinstance(item, Group):
            _hide(item.items)
            if in_match and item.kind == "(" and _lone_node(items, i):
                _add_label(item, [":", "!", INTERNAL_LABEL])
        elif isinstance(item, Tok) and item.kind == "id" and item.upper in CLAUSES:
            in_match = item.upper in ("MATCH", "OPTIONAL")


def _lone_node(items: list[Item], i: int) -> bool:
    """items[i] is a node pattern standing alone (no relationship either side, no label)."""
    group = items[i]
    assert isinstance(group, Group)
    before = items[i - 1] if i else None
    after = items[i + 1] if i + 1 < len(items) else None
    if is_char(before, "-", ">", "<") or is_char(after, "-", "<", ">"):
        return False
    if before is not None and ident(before) and not is_kw(before, *WORDS, *CLAUSES):
        return False  # a function call's arguments
    return not any(is_char(t, ":") for t in group.items)


def _add_label(group: Group, texts: list[str]) -> None:
    at = 1 if group.items and ident(group.items[0]) else 0
    new = [Tok("id" if t[0].isalpha() else "char", t, "") for t in texts]
    group.items[at:at] = new


@dataclass
class Clause:
    kind: str
    head: list[Item]
    body: list[Item]


class Translator:
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

    # -- queries and clauses --------------------------------------------------------------
    def run(self, items: list[Item]) -> list[Item]:
        parts: list[list[Item]] = [[]]
        for item in items:
            if is_kw(item, "UNION"):
                parts.append([item])
            else:
                parts[-1].append(item)
        out: list[Item] = []
        for part in parts:
            head = part[:1] if part and is_kw(part[0], "UNION") else []
            if head and len(part) > 1 and is_kw(part[1], "ALL"):
                head = part[:2]
            out.extend(head)
            out.extend(self.single(part[len(head) :]))
        return out

    def single(self, items: list[Item]) -> list[Item]:
        clauses = self.clauses(items)
        visible: set[str] = set()  # what `RETURN *` returns: the analyst's own variables
        i = 0
        while i < len(clauses):
            clause = clauses[i]
            nxt = clauses[i + 1] if i + 1 < len(clauses) else None
            before = set(self.scope.pattern_vars) | set(self.scope.bound)
            if clause.kind == "MATCH":
                self.shortest = None
                extra = self.match(clause)
                shortest = cast("str | None", self.shortest)  # set again by match()
                if shortest and nxt is not None and nxt.kind == "WHERE":
                    if any(ident(t) and t.name == shortest for t in _flat(nxt.body)):  # type: ignore[union-attr]
                        raise DialectError(
                            "a WHERE condition on a shortestPath() path is applied after the "
                            "search there, not during it; filter in the pattern instead, "
                            "as in shortestPath((a)-[:FUNDS|BACKS*..4]-(b))"
                        )
                if extra:
                    if nxt is not None and nxt.kind == "WHERE":
                        nxt.body = parse(" (" + render(nxt.body) + ") AND " + " AND ".join(extra))
                    else:
                        where = Clause("WHERE", [Tok("id", "WHERE")], [])
                        where.body = parse(" " + " AND ".join(extra))
                        clauses.insert(i + 1, where)
                        i += 1
                if nxt is not None and nxt.kind == "WHERE":
                    nxt.body = self.expr(nxt.body)
                    i += 1
            elif clause.kind in ("WITH", "RETURN") and _star(clause.body):
                if clause.kind == "RETURN":
                    names = sorted(visible - self.generated)  # Neo4j's order for RETURN *
                    clause.body = parse(" " + ", ".join(_name(n) for n in names))
            else:
                self.clause(clause)
            added = (set(self.scope.pattern_vars) | set(self.scope.bound)) - before
            if clause.kind == "WITH" and not _star(clause.body):
                visible = {a for a, _ in _aliases(clause.body)}
            else:
                visible |= added
            i += 1
        self.order_in_with(clauses)
        self.shadowed_aliases(clauses)
        out: list[Item] = []
        for clause in clauses:
            out.extend(clause.head)
            out.extend(clause.body)
        return out

    def clauses(self, items: list[Item]) -> list[Clause]:
        clauses: list[Clause] = []
        prev: Item | None = None
        for item in items:
            if isinstance(item, Tok) and item.kind == "id" and self.starts_clause(item, prev):
                if (
                    clauses
                    and clauses[-1].kind in ("OPTIONAL", "ORDER", "DETACH")
                    and not (clauses[-1].body)
                ):
                    clauses[-1].head.append(item)
                    if clauses[-1].kind == "OPTIONAL":
                        clauses[-1].kind = "MATCH"
                else:
                    clauses.append(Clause(item.upper, [item], []))
            elif is_kw(item, "BY") and clauses and clauses[-1].kind == "ORDER":
                clauses[-1].head.append(item)
            elif clauses:
                clauses[-1].body.append(item)
            else:
                clauses.append(Clause("", [], [item]))
            prev = item
        return clauses

    @staticmethod
    def starts_clause(tok: Tok, prev: Item | None) -> bool:
        word = tok.upper
        if word not in CLAUSES or is_char(prev, ".", ":"):
            return False
        if word == "WITH" and is_kw(prev, "STARTS", "ENDS"):
            return False
        return True

    def clause(self, clause: Clause) -> None:
        kind = clause.kind
        if kind in ("WHERE", "ORDER", "SKIP", "LIMIT"):
            clause.body = self.expr(clause.body)
        elif kind in ("WITH", "RETURN"):
            clause.body = self.projection(clause.body, kind == "RETURN")
        elif kind == "UNWIND":
            cut = next((i for i, t in enumerate(clause.body) if is_kw(t, "AS")), len(clause.body))
            clause.body = self.expr(clause.body[:cut]) + clause.body[cut:]
            for tok in clause.body[cut + 1 :]:
                if ident(tok):
                    self.scope.bound.add(tok.name)  # type: ignore[union-attr]
        elif kind == "CALL" and clause.body and isinstance(clause.body[0], Group):
            raise DialectError(
                "CALL { ... } subqueries are not supported; use WITH, OPTIONAL MATCH, "
                "COUNT { } or EXISTS { } instead"
            )
        elif kind == "FOREACH":
            raise DialectError("FOREACH is not supported; use UNWIND")

    # -- projections ------------------------------------------------------------------------
    def projection(self, body: list[Item], is_return: bool) -> list[Item]:
        lead: list[Item] = []
        if body and is_kw(body[0], "DISTINCT"):
            lead, body = [body[0]], body[1:]
        if len(body) == 1 and is_char(body[0], "*"):
            return lead + body
        items = []
        for part in split(body):
            cut = next((i for i, t in enumerate(part) if is_kw(t, "AS")), None)
            expr, alias = (part, []) if cut is None else (part[:cut], part[cut:])
            written = render(expr, first_ws=False).strip().replace("`", "``")
            new = self.expr(expr)
            if alias:
                for k, tok in enumerate(alias[1:], 1):
                    if isinstance(tok, Tok) and ident(tok):
                        self.scope.bound.add(tok.name)
                        if tok.kind == "id" and tok.upper in RESERVED:  # `all`, `none`...
                            alias[k] = Tok("qid", f"`{tok.text}`", tok.ws)
            elif is_return and not (len(expr) == 1 and ident(expr[0])):
                alias = [Tok("id", "AS"), Tok("qid", f"`{written}`")]
            items.append(new + alias)
        return lead + join(items)

    def order_in_with(self, clauses: list[Clause]) -> None:
        """`WITH ... ORDER BY` needs SKIP or LIMIT here; a later collect() would lose the order."""
        for i, clause in enumerate(clauses):
            if clause.kind != "ORDER" or i == 0:
                continue
            owner = next((c for c in reversed(clauses[:i]) if c.kind in ("WITH", "RETURN")), None)
            if owner is None or owner.kind != "WITH":
                continue
            later = next((c for c in clauses[i + 1 :] if c.kind in ("WITH", "RETURN")), None)
            if later is not None and _calls(later.body, "collect"):
                raise DialectError(
                    "collect() does not keep the order of WITH ... ORDER BY; "
                    "return one row per item and order them with RETURN ... ORDER BY"
                )
            nxt = clauses[i + 1] if i + 1 < len(clauses) else None
            if nxt is None or nxt.kind not in ("SKIP", "LIMIT"):
                clauses.insert(i + 1, Clause("SKIP", [Tok("id", "SKIP")], [Tok("num", "0")]))

    def shadowed_aliases(self, clauses: list[Clause]) -> None:
        """`RETURN a.name AS a ORDER BY a` with a node `a`: project with WITH, then RETURN."""
        for i, clause in enumerate(clauses):
            if clause.kind != "RETURN" or not any(c.kind == "ORDER" for c in clauses[i + 1 :]):
                continue
            aliases = _aliases(clause.body)
            if not any(a in self.scope.pattern_vars for a, shadow in aliases if shadow):
                continue
            aliases = [(a, False) for a, _ in aliases]
            names = ", ".join("`" + a.replace("`", "``") + "`" for a, _ in aliases)
            body = clause.body
            clause.kind, clause.head = "WITH", [Tok("id", "WITH", clause.head[0].ws)]  # type: ignore[union-attr]
            clause.body = body
            clauses.insert(i + 1, Clause("RETURN", [Tok("id", "RETURN")], parse(" " + names)))
            return

    # -- patterns ---------------------------------------------------------------------------
    def match(self, clause: Clause) -> list[str]:
        """Rewrite a MATCH clause's patterns; returns the predicates it needs added to WHERE."""
        rels: list[Rel] = []
        paths = []
        parts: list[tuple[str | None, list[Rel]]] = []  # path variable, relationships
        for part in split(clause.body):
            before = len(rels)
            items = self.path(part, rels)
            mine = rels[before:]
            name = None
            if any(r.varlen for r in mine):  # checked through the path's relationships
                if len(items) > 2 and ident(items[0]) and is_char(items[1], "="):
                    name = items[0].name  # type: ignore[union-attr]
                else:
                    name = self.fresh("p")
                    ws = items[0].ws if isinstance(items[0], Tok) else items[0].open.ws
                    items = [
                        Tok("id", name, ws),
                        Tok("char", "=", " "),
                        _with_ws(items[0], " "),
                        *items[1:],
                    ]
            parts.append((name, mine))
            paths.append(items)
        clause.body = join(paths)
        return self.uniqueness(parts)

    def path(self, part: list[Item], rels: list[Rel]) -> list[Item]:
        lead: list[Item] = []
        if len(part) > 2 and ident(part[0]) and is_char(part[1], "="):
            self.scope.bound.add(part[0].name)  # type: ignore[union-attr]
            self.scope.pattern_vars.add(part[0].name)  # type: ignore[union-attr]
            lead, part = part[:2], part[2:]
        shortest = ""
        if len(part) == 2 and is_kw(part[0], "SHORTESTPATH", "ALLSHORTESTPATHS"):
            group = part[1]
            assert isinstance(group, Group)
            shortest = "ALL SHORTEST" if is_kw(part[0], "ALLSHORTESTPATHS") else "SHORTEST"
            self.shortest = lead[0].name if lead else None  # type: ignore[union-attr]
            ws = part[0].ws  # type: ignore[union-attr]
            part = group.items
            if part:
                part[0] = _with_ws(part[0], ws)
        return lead + self.chain(part, rels, shortest)

    def chain(self, part: list[Item], rels: list[Rel], shortest: str = "") -> list[Item]:
        nodes = [i for i, item in enumerate(part) if isinstance(item, Group) and item.kind == "("]
        if any(isinstance(g, Group) and any(isinstance(x, Group) for x in g.items) for g in part):
            if nodes and any(_starts_pattern(part[k].items, 0) for k in nodes):  # type: ignore[union-attr]
                raise DialectError(
                    "quantified path patterns ((a)-->(b)){1,3} are not supported; write a "
                    "variable-length relationship (a)-[*1..3]->(b)"
                )
        if not nodes or nodes[0] != 0:
            raise DialectError(f"cannot read the pattern {render(part, False)!r}")
        out: list[Item] = []
        lone = len(nodes) == 1 and len(part) == 1
        names: list[str | None] = []
        for at in nodes:
            group = part[at]
            assert isinstance(group, Group)
            names.append(self.node(group, lone))
        for n, at in enumerate(nodes):
            out.append(part[at])
            if n + 1 < len(nodes):
                segment = part[at + 1 : nodes[n + 1]]
                out.extend(self.rel(segment, names[n], names[n + 1], rels, shortest))
        if nodes[-1] != len(part) - 1:
            raise DialectError(f"cannot read the pattern {render(part, False)!r}")
        return out

    def node(self, group: Group, lone: bool) -> str | None:
        items = group.items
        var = items[0].name if items and ident(items[0]) else None  # type: ignore[union-attr]
        rest = items[1:] if var else items
        labels: list[str] = []
        if rest and is_char(rest[0], ":"):
            labels, rest = self.node_labels(rest)
        for k, item in enumerate(rest):
            if isinstance(item, Group) and item.kind == "{":
                item.items = self.map_literal(item.items)
            elif is_kw(item, "WHERE"):
                rest[k + 1 :] = self.expr(rest[k + 1 :])
                break
        fresh = var is None or var not in self.scope.bound
        if lone and not labels and fresh and self.catalog.node_labels:
            labels = list(self.catalog.node_labels)
        if var is None and self.want_ends and not lone:
            var = self.fresh("n")
        head: list[Item] = [Tok("id", var, "")] if var else []
        label_items: list[Item] = []
        for label in labels:
            label_items += [Tok("char", ":", ""), Tok("qid" if "`" in label else "id", label, "")]
        group.items = head + label_items + rest
        if var:
            self.scope.bound.add(var)
            self.scope.pattern_vars.add(var)
            if labels:
                self.scope.node_labels[var] = tuple(labels)
        return var

    def node_labels(self, rest: list[Item]) -> tuple[list[str], list[Item]]:
        """`:A`, `:A|B`, `:A|:B`; `:A:B` (both labels) has no faithful translation."""
        labels: list[str] = []
        k = 0
        seps: list[str] = []
        while k + 1 < len(rest) and is_char(rest[k], ":", "|", "&", "%"):
            seps.append(rest[k].text)  # type: ignore[union-attr]
            k += 1
            while k < len(rest) and is_char(rest[k], ":", "!"):  # `|:B`, `&!B`
                seps.append(rest[k].text)  # type: ignore[union-attr]
                k += 1
            if k >= len(rest) or not ident(rest[k]):
                break
            labels.append(rest[k].text)  # type: ignore[union-attr]
            k += 1
        ops = set(seps) - {":", "|"}
        seps = [sep for n, sep in enumerate(seps) if not (sep == ":" and n and seps[n - 1] == "|")]
        if ops:
            raise DialectError(
                f"the label expression with {''.join(sorted(ops))!r} is not supported; "
                "write (n:A|B) or a WHERE condition"
            )
        if len(labels) > 1 and "|" not in seps:
            raise DialectError(
                f"(n:{':'.join(labels)}) asks for a node with all these labels and an erg node "
                f"has one; write (n:{'|'.join(labels)}) for any of them"
            )
        return labels, rest[k:]

    def rel(
        self,
        segment: list[Item],
        left: str | None,
        right: str | None,
        rels: list[Rel],
        shortest: str,
    ) -> list[Item]:
        group = next((s for s in segment if isinstance(s, Group)), None)
        arrows = [s for s in segment if not isinstance(s, Group)]
        text = "".join(t.text for t in arrows)
        if text not in ("--", "-->", "<--", "<-->"):
            raise DialectError(f"cannot read the relationship pattern {render(segment, False)!r}")
        direction = "->" if text == "-->" else "<-" if text == "<--" else "-"
        var, varlen = None, False
        if group is None:
            group = Group(Tok("open", "[", ""), [], Tok("close", "]", ""))
            segment = (
                [arrows[0], group, *arrows[1:]]
                if text[0] == "-"
                else [*arrows[:2], group, *arrows[2:]]
            )
        var, varlen = self.rel_body(group, shortest)
        if shortest and not varlen:
            raise DialectError("shortestPath() needs a variable-length relationship [*..n]")
        info = Rel(var, left, right, direction, varlen, group)
        if var:
            self.scope.bound.add(var)
            self.scope.pattern_vars.add(var)
            self.scope.rels[var] = info
        if not shortest:
            rels.append(info)
        return segment

    def rel_body(self, group: Group, shortest: str) -> tuple[str | None, bool]:
        items = group.items
        var = items[0].name if items and ident(items[0]) else None  # type: ignore[union-attr]
        rest = items[1:] if var else items
        types: list[Item] = []
        k = 0
        while k < len(rest) and (is_char(rest[k], ":", "|") or ident(rest[k])):
            if not (is_char(rest[k], ":") and k > 0):  # `:A|:B` is `:A|B`
                types.append(rest[k])
            k += 1
        rest = rest[k:]
        star = next((j for j, t in enumerate(rest) if is_char(t, "*")), None)
        varlen = star is not None
        if star is not None:
            lo, hi, end = _range(rest, star + 1)
            if any(isinstance(t, Group) for t in rest[end:]):
                raise DialectError(
                    "property maps on variable-length relationships are not supported; "
                    "test the relationships with all(r IN relationships(p) WHERE ...)"
                )
            lo = lo if lo is not None else 1
            hi = hi if hi is not None else MAX_HOPS
            mode = shortest or "TRAIL"
            rest = parse(f"* {mode} {lo}..{hi}") + rest[end:]
        else:
            for item in rest:
                if isinstance(item, Group) and item.kind == "{":
                    item.items = self.map_literal(item.items)
        if var is None and (varlen or self.want_ends) and not shortest:
            var = self.fresh("r")
        head: list[Item] = [Tok("id", var, "")] if var else []
        group.items = head + types + rest
        return var, varlen

    def uniqueness(self, parts: list[tuple[str | None, list[Rel]]]) -> list[str]:
        """Neo4j never matches one relationship twice in a MATCH; LadybugDB would (walks)."""
        rels = [r for _, mine in parts for r in mine]
        if len(rels) < 2:
            return []
        for rel in rels:
            if rel.var is None and rel.group is not None:
                rel.var = self.fresh("r")
                rel.group.items.insert(0, Tok("id", rel.var, ""))
        if not any(path for path, _ in parts):
            return [
                f"id({a.var}) <> id({b.var})" for n, a in enumerate(rels) for b in rels[n + 1 :]
            ]
        # rels() of a variable-length relationship is unreliable in LadybugDB 0.22 when more
        # pattern follows it; rels() of the whole path is right.
        lists = []
        for path, mine in parts:
            if path:
                lists.append(f"list_transform(rels({path}), _x -> id(_x))")
            elif mine:
                lists.append("[" + ", ".join(f"id({r.var})" for r in mine) + "]")
        ids = lists[0]
        for more in lists[1:]:
            ids = f"list_concat({ids}, {more})"
        return [f"size(list_distinct({ids})) = size({ids})"]

    # -- expressions --------------------------------------------------------------------------
    def expr(self, items: list[Item]) -> list[Item]:
        out: list[Item] = []
        i = 0
        while i < len(items):
            item = items[i]
            prev = out[-1] if out else None
            if isinstance(item, Group) and item.kind == "(":
                if ident(prev) and not is_kw(prev, *WORDS):
                    out.pop()
                    out.extend(self.call(prev, item))  # type: ignore[arg-type]
                elif _starts_pattern(items, i):
                    end = _pattern_end(items, i)
                    out.extend(self.pattern_predicate(items[i:end], item.open.ws))
                    i = end
                    continue
                else:
                    item.items = self.expr(item.items)
                    out.append(item)
            elif isinstance(item, Group) and item.kind == "[":
                if prev is not None and _is_atom(prev):
                    self.subscript(item, out)
                else:
                    out.extend(self.list_literal(item))
            elif isinstance(item, Group):
                if is_kw(prev, "COUNT"):
                    self.pop_count = out.pop()  # type: ignore[assignment]
                out.extend(self.brace(item, prev))
            elif (
                isinstance(item, Tok)
                and item.kind == "id"
                and item.upper in RESERVED
                and item.text in self.scope.bound
                and not is_char(prev, ".")
                and not (i + 1 < len(items) and isinstance(items[i + 1], Group))
            ):
                out.append(Tok("qid", f"`{item.text}`", item.ws))
            elif is_char(item, ":") and ident(prev) and not is_kw(prev, *WORDS):
                i = self.label_predicate(items, i, out)
                continue
            else:
                out.append(item)
            i += 1
        return out

    def brace(self, item: Group, prev: Item | None) -> list[Item]:
        if is_kw(prev, "EXISTS", "COUNT"):
            body = item.items
            if body and isinstance(body[0], Group) and body[0].kind == "(":
                body = [Tok("id", "MATCH", " "), _with_ws(body[0], " "), *body[1:]]
            elif body and ident(body[0]) and len(body) > 1 and is_char(body[1], "="):
                body = [Tok("id", "MATCH", " "), *body]
            item.items = self.run(body)
            if is_kw(prev, "COUNT"):  # LadybugDB drops rows whose COUNT { } is 0: guard it
                return self.guarded_count(item)
            return [item]
        if is_kw(prev, "COLLECT"):
            raise DialectError(
                "COLLECT { } subqueries are not supported; use OPTIONAL MATCH ... "
                "WITH ..., collect(...)"
            )
        if prev is not None and ident(prev) and not is_kw(prev, *WORDS):
            raise DialectError(
                f"map projection {prev.text} {{...}} is not supported; "  # type: ignore[union-attr]
                "write a map literal {name: n.name, ...}"
            )
        item.items = self.map_literal(item.items)
        return [item]

    def guarded_count(self, item: Group) -> list[Item]:
        body = render(item.items)
        count = self.pop_count
        text = f"CASE WHEN EXISTS {{{body} }} THEN COUNT {{{body} }} ELSE 0 END"
        return parse(count.ws + text)

    def map_literal(self, items: list[Item]) -> list[Item]:
        parts = []
        for part in split(items):
            colon = next((k for k, t in enumerate(part) if is_char(t, ":")), None)
            if colon is None:
                parts.append(self.expr(part))
            else:
                parts.append(part[: colon + 1] + self.expr(part[colon + 1 :]))
        return join(parts)

    def label_predicate(self, items: list[Item], i: int, out: list[Item]) -> int:
        """`n:A` -> label(n) = 'A'; `n:A|B` -> label(n) IN ['A', 'B']."""
        var = out.pop()
        assert isinstance(var, Tok)
        labels, rest = self.node_labels(items[i:])
        used = len(items) - i - len(rest)
        if len(labels) == 1:
            text = f"(label({var.text}) = {_quote(labels[0])})"
        else:
            text = f"(label({var.text}) IN [{', '.join(_quote(x) for x in labels)}])"
        out.extend(parse(var.ws + text))
        return i + used

    def pattern_predicate(self, pattern: list[Item], ws: str) -> list[Item]:
        body = [Tok("id", "MATCH", " "), *pattern]
        body[1] = _with_ws(body[1], " ")
        group = Group(Tok("open", "{", " "), self.run(body), Tok("close", "}", " "))
        return [Tok("id", "EXISTS", ws), group]

    def subscript(self, group: Group, out: list[Item]) -> None:
        """`x[0]` -> `(x[1])`, `x[1..3]` -> `(x[2:3])` (in parentheses: LadybugDB cannot read
        `x[1] CONTAINS ...` or `x[1].name`); `n['name']` -> `n.name`."""
        items = group.items
        dots = [k for k, t in enumerate(items) if is_char(t, "..")]
        if len(items) == 1 and isinstance(items[0], Tok) and items[0].kind == "str":
            name = _unquote(items[0].text).replace("`", "``")
            out.extend([Tok("char", ".", ""), Tok("qid", f"`{name}`", "")])
            return
        if dots:
            lo = self.expr(items[: dots[0]])
            hi = self.expr(items[dots[0] + 1 :])
            start = _shift(lo, "start") if lo else "1"
            end = _shift(hi, "end") if hi else str(BIG)
            group.items = parse(f"{start}:{end}")
        else:
            group.items = parse(_shift(self.expr(items), "index"))
        group.open.ws = ""
        base = _pop_operand(out)
        ws = base[0].ws if isinstance(base[0], Tok) else base[0].open.ws
        base[0] = _with_ws(base[0], "")
        out.append(Group(Tok("open", "(", ws), [*base, group], Tok("close", ")", "")))

    def list_literal(self, group: Group) -> list[Item]:
        items = group.items
        if len(items) > 2 and ident(items[0]) and is_kw(items[1], "IN"):
            return self.comprehension(group)
        if (
            items
            and isinstance(items[0], Group)
            and items[0].kind == "("
            and (_starts_pattern(items, 0) or len(items) > 1 and is_kw(items[1], "WHERE"))
            or len(items) > 2
            and ident(items[0])
            and is_char(items[1], "=")
        ):
            raise DialectError(
                "pattern comprehensions [(a)-->(b) | ...] are not supported; use "
                "OPTIONAL MATCH (a)-->(b) WITH a, collect(...) or COUNT { (a)-->(b) }"
            )
        group.items = join([self.expr(p) for p in split(items)])
        return [group]

    def comprehension(self, group: Group) -> list[Item]:
        """`[x IN l WHERE p | e]` -> `list_transform(list_filter(l, x -> p), x -> e)`"""
        items = group.items
        var = items[0].text  # type: ignore[union-attr]
        where = next((k for k, t in enumerate(items) if is_kw(t, "WHERE")), None)
        bar = next((k for k, t in enumerate(items) if is_char(t, "|")), None)
        stop = where if where is not None else bar if bar is not None else len(items)
        source = _text(self.expr(items[2:stop]))
        if where is not None:
            pred = _text(self.expr(items[where + 1 : bar if bar is not None else len(items)]))
            source = f"list_filter({source}, {var} -> {pred})"
        if bar is not None:
            proj = _text(self.expr(items[bar + 1 :]))
            source = f"list_transform({source}, {var} -> {proj})"
        return parse(group.open.ws + source)

    # -- function calls -----------------------------------------------------------------------
    def call(self, name: Tok, group: Group) -> list[Item]:
        fn = name.text.lower() if name.kind == "id" else ""
        if fn == "exists" and group.items and _starts_pattern(group.items, 0):
            return self.pattern_predicate(group.items, name.ws)
        if fn == "reduce":
            return self.reduce(name, group)
        if fn in REFUSED and not (fn == "properties" and len(split(group.items)) == 2):
            raise DialectError(REFUSED[fn])
        if fn in ("all", "any", "none", "single"):  # parenthesized: `RETURN all(...)` misparses
            group.items = self.expr(group.items)
            ws, name = name.ws, Tok(name.kind, name.text, "")
            return [Group(Tok("open", "(", ws), [name, group], Tok("close", ")", ""))]
        args = [self.expr(a) for a in split(group.items)] if group.items else []
        texts = [_text(a) for a in args]
        new = self.function(fn, texts)
        if new is None:
            group.items = join(args)
            if fn in RENAMED:
                name = Tok("id", RENAMED[fn], name.ws)
            return [name, group]
        return parse(name.ws + new)

    def function(self, fn: str, args: list[str]) -> str | None:
        """The LadybugDB text for a Neo4j function call, or None to keep the call as it is."""
        one = args[0] if len(args) == 1 else None
        if fn == "substring" and len(args) in (2, 3):
            length = args[2] if len(args) == 3 else str(BIG)
            return f"substring({args[0]}, {_plus_one(args[1])}, {length})"
        if fn == "split" and len(args) == 2:
            # string_split drops empty parts ('a,,b'); Neo4j keeps them: mark each part first
            s, sep = args
            marked = f"'{MARK}' + replace({s}, {sep}, {sep} + '{MARK}')"
            return f"list_transform(string_split({marked}, {sep}), _s -> substring(_s, 2, {BIG}))"
        if fn in ("tointeger", "toint") and one:
            d = f"to_double({one})"
            return f"to_int64(CASE WHEN {d} < 0 THEN ceil({d}) ELSE floor({d}) END)"
        if fn == "toboolean" and one:
            return f"cast({one} AS BOOL)"
        if fn == "head" and one:
            return f"list_extract({one}, 1)"
        if fn == "last" and one:
            return f"list_extract({one}, -1)"
        if fn == "tail" and one:
            return f"list_slice({one}, 2, {BIG})"
        if fn == "isempty" and one:
            return f"(size({one}) = 0)"
        if fn == "round" and one:  # Neo4j rounds halves up (-2.5 -> -2.0), LadybugDB away from 0
            return f"floor(({one}) + 0.5)"
        if fn == "tostring" and one:
            return _to_string(one)
        if fn == "exp" and one:
            return f"pow({E}, {one})"
        if fn == "e" and not args:
            return E
        if fn == "reverse" and one:
            return _reverse(one)
        if fn == "labels" and one:
            return f"[label({one})]"
        if fn == "keys" and one:
            return self.keys(one)
        if fn in ("startnode", "endnode") and one:
            return self.endpoint(fn, one)
        return None

    def keys(self, var: str) -> str:
        if var in self.scope.rels:
            columns: tuple[str, ...] = RELATION_COLUMNS
        elif var in self.scope.pattern_vars:
            labels = self.scope.node_labels.get(var, ())
            columns = DOCUMENT_COLUMNS if labels == ("Document",) else ENTITY_COLUMNS
            if "Document" in labels and len(labels) > 1:
                columns = tuple(dict.fromkeys(ENTITY_COLUMNS + DOCUMENT_COLUMNS))
        else:
            raise DialectError("keys() works on a node or relationship variable of a MATCH pattern")
        # A filter over the names, not a list of CASEs: that form crashes LadybugDB 0.22.
        tests = " OR ".join(f"(_k = '{c}' AND {var}.{c} IS NOT NULL)" for c in columns)
        names = ", ".join(f"'{c}'" for c in columns)
        return f"list_filter([{names}], _k -> {tests})"

    def endpoint(self, fn: str, var: str) -> str:
        rel = self.scope.rels.get(var)
        if rel is None or rel.direction == "-" or rel.varlen:
            raise DialectError(
                f"{'startNode' if fn == 'startnode' else 'endNode'}({var}) needs {var} matched "
                f"with a direction, as in MATCH (a)-[{var}]->(b); then use a or b"
            )
        start, end = (rel.left, rel.right) if rel.direction == "->" else (rel.right, rel.left)
        return str(start if fn == "startnode" else end)

    def reduce(self, name: Tok, group: Group) -> list[Item]:
        """reduce(acc = init, x IN list | expr) -> list_reduce(list_concat([init], list), ...)"""
        items = group.items
        parts = split(items)
        bar = next((k for k, t in enumerate(items) if is_char(t, "|")), None)
        first = parts[0]
        if len(parts) != 2 or bar is None or len(first) < 3 or not is_char(first[1], "="):
            raise DialectError("cannot read reduce(); write reduce(acc = init, x IN list | expr)")
        acc, init = first[0].text, _text(self.expr(first[2:]))  # type: ignore[union-attr]
        second = parts[1]
        bar2 = next(k for k, t in enumerate(second) if is_char(t, "|"))
        var = second[0].text  # type: ignore[union-attr]
        source = _text(self.expr(second[2:bar2]))
        body = _text(self.expr(second[bar2 + 1 :]))
        return parse(
            f"{name.ws}list_reduce(list_concat([{init}], {source}), ({acc}, {var}) -> {body})"
        )


# -- helpers ---------------------------------------------------------------------------------
def _text(items: list[Item]) -> str:
    return render(items, first_ws=False).strip()


def _with_ws(item: Item, ws: str) -> Item:
    if isinstance(item, Tok):
        return Tok(item.kind, item.text, ws)
    item.open = Tok(item.open.kind, item.open.text, ws)
    return item


def _quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _unquote(text: str) -> str:
    body = text[1:-1]
    out, k = [], 0
    while k < len(body):
        if body[k] == "\\" and k + 1 < len(body):
            out.append(body[k + 1])
            k += 2
        else:
            out.append(body[k])
            k += 1
    return "".join(out)


def _is_atom(item: Item) -> bool:
    if isinstance(item, Group):
        return True
    return item.kind in ("qid", "param", "str") or item.kind == "id" and item.upper not in WORDS


DOUBLE_FUNCTIONS = {"avg", "tofloat", "sqrt", "percentilecont", "rand", "exp", "log", "log10"}
DOUBLE_PROPERTIES = {"confidence"}  # the one DOUBLE column of erg's layout
BOOL_WORDS = {"AND", "OR", "XOR", "NOT", "IS", "IN", "STARTS", "ENDS", "CONTAINS", "TRUE", "FALSE"}


E = "2.718281828459045"


def _reverse(arg: str) -> str:
    """reverse() of a list is list_reverse() there (its reverse() turns a list into text)."""
    items = parse(arg)
    first = items[0] if items else None
    if isinstance(first, Group) and first.kind == "[" or _is_list(items):
        return f"list_reverse({arg})"
    if len(items) == 1 and ident(first):
        raise DialectError(
            f"reverse({arg}): erg cannot tell a list from a text here; reverse the expression "
            "that made it, or write toString() around a text"
        )
    return f"reverse({arg})"


def _is_list(items: list[Item]) -> bool:
    last = items[-1] if items else None
    before = items[-2] if len(items) > 1 else None
    if isinstance(last, Group) and last.kind == "(" and ident(before):
        return before.text.lower() in LIST_FUNCTIONS  # type: ignore[union-attr]
    return ident(last) and last.text in LIST_PROPERTIES and is_char(before, ".")  # type: ignore[union-attr]


def _to_string(arg: str) -> str:
    """toString(x) as Neo4j writes numbers and booleans (`1.5`, `true`, not `1.500000`, `True`).

    LadybugDB evaluates every branch of a CASE, so the type is inferred here, from erg's layout
    and the expression's form: a float literal or DOUBLE property or function, or a predicate.
    """
    items = parse(arg)
    if len(items) == 1 and isinstance(items[0], Tok) and items[0].kind == "num":
        text = items[0].text
        return _quote(repr(float(text)) if "." in text or "e" in text.lower() else text)
    if _is_bool(items):
        return f"lower(cast({arg} AS STRING))"
    if _is_double(items):
        decimal = f"cast(cast({arg} AS DECIMAL(38, 15)) AS STRING)"
        return f"regexp_replace(regexp_replace({decimal}, '0+$', ''), '[.]$', '.0')"
    return f"cast({arg} AS STRING)"


def _is_bool(items: list[Item]) -> bool:
    return any(
        is_char(t, "=", "<", ">", "<>", "<=", ">=", "=~") or is_kw(t, *BOOL_WORDS) for t in items
    )


def _is_double(items: list[Item]) -> bool:
    for k, item in enumerate(items):
        if isinstance(item, Group):
            before = items[k - 1] if k else None
            if item.kind == "(" and ident(before) and before.text.lower() in DOUBLE_FUNCTIONS:  # type: ignore[union-attr]
                return True
            if _is_double(item.items):
                return True
        elif item.kind == "num" and ("." in item.text or "e" in item.text.lower()):
            return True
        elif ident(item) and item.text in DOUBLE_PROPERTIES and is_char(items[k - 1], "."):
            return True
    return False


def _pop_operand(out: list[Item]) -> list[Item]:
    """Take the operand a subscript applies to off the end of `out`: `n.aliases`, `f(x)`, `$p`."""
    taken = [out.pop()]
    if isinstance(taken[0], Group) and taken[0].kind == "(" and out and ident(out[-1]):
        if not is_kw(out[-1], *WORDS):
            taken.insert(0, out.pop())
    if out and is_char(out[-1], ".") and len(out) > 1:
        dot = out.pop()
        taken = [*_pop_operand(out), dot, *taken]
    return taken


def _int(items: list[Item]) -> int | None:
    """The value of an integer literal, `-` included."""
    toks = [t for t in items if isinstance(t, Tok)]
    if len(toks) != len(items) or not toks or len(toks) > 2:
        return None
    sign = -1 if len(toks) == 2 and toks[0].text == "-" else 1
    if len(toks) == 2 and toks[0].text not in "-+":
        return None
    last = toks[-1]
    return sign * int(last.text) if last.kind == "num" and last.text.isdigit() else None


def _plus_one(text: str) -> str:
    items = parse(text)
    value = _int(items)
    return str(value + 1) if value is not None else f"({text}) + 1"


def _shift(items: list[Item], role: str) -> str:
    """A 0-based Neo4j list position as LadybugDB's 1-based one (negatives count from the end)."""
    value = _int(items)
    text = _text(items)
    if role == "end":  # exclusive in Neo4j, inclusive in LadybugDB
        if value is not None:
            return str(value if value >= 0 else value - 1)
        return f"CASE WHEN ({text}) >= 0 THEN ({text}) ELSE ({text}) - 1 END"
    if value is not None:
        return str(value + 1 if value >= 0 else value)
    return f"CASE WHEN ({text}) >= 0 THEN ({text}) + 1 ELSE ({text}) END"


def _range(items: list[Item], k: int) -> tuple[int | None, int | None, int]:
    """Bounds of `*`, `*n`, `*a..b`, `*..b`, `*a..` starting at items[k]; and where they end."""
    lo = hi = None
    if k < len(items) and isinstance(items[k], Tok) and items[k].kind == "num":
        lo = int(items[k].text)  # type: ignore[union-attr]
        k += 1
        if not (k < len(items) and is_char(items[k], "..")):
            return lo, lo, k
    if k < len(items) and is_char(items[k], ".."):
        k += 1
        if k < len(items) and isinstance(items[k], Tok) and items[k].kind == "num":
            hi = int(items[k].text)  # type: ignore[union-attr]
            k += 1
    if hi is not None and hi > MAX_HOPS or lo is not None and lo > MAX_HOPS:
        raise DialectError(f"variable-length relationships go up to {MAX_HOPS} hops")
    return lo, hi, k


def _starts_pattern(items: list[Item], i: int) -> bool:
    """items[i] is a node pattern followed by a relationship: `(a)-->`, `(a)-[`, `(a)<-`."""
    nxt = items[i + 1 : i + 3]
    if len(nxt) < 2:
        return False
    if is_char(nxt[0], "-"):
        return is_char(nxt[1], "-") or isinstance(nxt[1], Group) and nxt[1].kind == "["
    return is_char(nxt[0], "<") and is_char(nxt[1], "-")


def _pattern_end(items: list[Item], i: int) -> int:
    k = i + 1
    while k < len(items):
        if isinstance(items[k], Group) and items[k].kind == "(":
            if not _starts_pattern(items, k):
                return k + 1
        elif not (is_char(items[k], "-", "<", ">") or isinstance(items[k], Group)):
            return k
        k += 1
    return k


def _flat(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for item in items:
        if isinstance(item, Group):
            out.extend(_flat(item.items))
        else:
            out.append(item)
    return out


def _star(body: list[Item]) -> bool:
    rest = [t for t in body if not is_kw(t, "DISTINCT")]
    return len(rest) == 1 and is_char(rest[0], "*")


def _name(name: str) -> str:
    plain = name.isidentifier() and name.upper() not in RESERVED | WORDS
    return name if plain else "`" + name.replace("`", "``") + "`"


def _calls(items: list[Item], fn: str) -> bool:
    prev: Item | None = None
    for item in items:
        if isinstance(item, Group):
            if item.kind == "(" and isinstance(prev, Tok) and prev.text.lower() == fn:
                return True
            if _calls(item.items, fn):
                return True
        prev = item
    return False


def _aliases(body: list[Item]) -> list[tuple[str, bool]]:
    """Each projected name, and whether it renames something else (`a.name AS a`)."""
    names = []
    for part in split([t for t in body if not is_kw(t, "DISTINCT")]):
        if len(part) >= 2 and is_kw(part[-2], "AS") and ident(part[-1]):
            alias = part[-1].name  # type: ignore[union-attr]
            names.append((alias, not (len(part) == 3 and ident(part[0]) and part[0].name == alias)))  # type: ignore[union-attr]
        elif len(part) == 1 and ident(part[0]):
            names.append((part[0].name, False))  # type: ignore[union-attr]
        else:
            return []
    return names
