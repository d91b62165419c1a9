"""Neo4j Cypher in, LadybugDB Cypher out: the same query gives the same answer on both stores.

`translate(cypher, catalog)` rewrites what the embedded store (LadybugDB, the Kuzu dialect) spells
or means differently, working on tokens grouped by brackets (graph.store.cypher_tokens), never on
raw text: string literals and names are never touched. What has no faithful translation raises
`DialectError` naming the construct and what to write instead; it never answers differently.
`hide_internal(cypher)` is the one rewrite the Neo4j store needs: a lone unlabelled node pattern
never matches erg's own `ErgMeta` node (graph.store.internal_label).

The translator reads clauses and projections here; its parts live beside it: patterns
(dialect_patterns), expressions (dialect_expressions), function calls (dialect_functions), with
the words both dialects use (dialect_vocabulary), the scope of one query (dialect_scope) and
helpers on token lists (dialect_items).

>>> translate("MATCH (p:Person) RETURN substring(p.name, 0, 3) AS s, p.aliases[0] AS a")
'MATCH (p:Person) RETURN substring(p.name, 1, 3) AS s, (p.aliases[1]) AS a'
"""

from __future__ import annotations

from functools import lru_cache
from typing import cast

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
from graph.store.dialect_expressions import ExpressionTranslation
from graph.store.dialect_items import (
    calls,
    flat,
    is_star,
    projected_names,
    variable_name,
)
from graph.store.dialect_patterns import PatternTranslation
from graph.store.dialect_scope import Catalog, Clause
from graph.store.dialect_vocabulary import CLAUSES, RESERVED, DialectError
from graph.store.internal_label import hide_internal

__all__ = ["Catalog", "DialectError", "hide_internal", "translate"]


def translate(cypher: str, catalog: Catalog | None = None) -> str:
    """The LadybugDB spelling of a Neo4j Cypher query (raises DialectError when there is none)."""
    return _translate(cypher, catalog or Catalog())


@lru_cache(maxsize=512)  # a notebook or dashboard asks the same questions again
def _translate(cypher: str, catalog: Catalog) -> str:
    return render(Translator(catalog, cypher).run(tree(cypher)))


class Translator(PatternTranslation, ExpressionTranslation):
    """One query's translation: clauses and projections here, patterns and expressions in the
    classes it is made of."""

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
                    if any(ident(t) and t.name == shortest for t in flat(nxt.body)):  # type: ignore[union-attr]
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
            elif clause.kind in ("WITH", "RETURN") and is_star(clause.body):
                if clause.kind == "RETURN":
                    names = sorted(visible - self.generated)  # Neo4j's order for RETURN *
                    clause.body = parse(" " + ", ".join(variable_name(n) for n in names))
            else:
                self.clause(clause)
            added = (set(self.scope.pattern_vars) | set(self.scope.bound)) - before
            if clause.kind == "WITH" and not is_star(clause.body):
                visible = {a for a, _ in projected_names(clause.body)}
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
            if later is not None and calls(later.body, "collect"):
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
            aliases = projected_names(clause.body)
            if not any(a in self.scope.pattern_vars for a, shadow in aliases if shadow):
                continue
            aliases = [(a, False) for a, _ in aliases]
            names = ", ".join("`" + a.replace("`", "``") + "`" for a, _ in aliases)
            body = clause.body
            clause.kind, clause.head = "WITH", [Tok("id", "WITH", clause.head[0].ws)]  # type: ignore[union-attr]
            clause.body = body
            clauses.insert(i + 1, Clause("RETURN", [Tok("id", "RETURN")], parse(" " + names)))
            return
