"""MATCH patterns in the Cypher translation (graph.store.dialect): node labels, relationship
types and variable-length bounds as LadybugDB writes them, shortestPath(), the catalog's labels
for a lone node, and Neo4j's rule that a MATCH never uses one relationship twice.
"""

from __future__ import annotations

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
)
from graph.store.dialect_items import hop_range, starts_pattern, with_ws
from graph.store.dialect_scope import Clause, Rel, TranslatorBase
from graph.store.dialect_vocabulary import MAX_HOPS, DialectError


class PatternTranslation(TranslatorBase):
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
                        with_ws(items[0], " "),
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
                part[0] = with_ws(part[0], ws)
        return lead + self.chain(part, rels, shortest)

    def chain(self, part: list[Item], rels: list[Rel], shortest: str = "") -> list[Item]:
        nodes = [i for i, item in enumerate(part) if isinstance(item, Group) and item.kind == "("]
        if any(isinstance(g, Group) and any(isinstance(x, Group) for x in g.items) for g in part):
            if nodes and any(starts_pattern(part[k].items, 0) for k in nodes):  # type: ignore[union-attr]
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
            lo, hi, end = hop_range(rest, star + 1)
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
