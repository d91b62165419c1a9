"""Expressions in the Cypher translation (graph.store.dialect): subqueries (EXISTS, COUNT),
map and list literals, list comprehensions and subscripts, label predicates, reserved words
used as variables, and function calls (graph.store.dialect_functions gives their spelling).
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
from graph.store.dialect_functions import function
from graph.store.dialect_items import (
    is_atom,
    pattern_end,
    pop_operand,
    quote,
    shift,
    starts_pattern,
    text_of,
    unquote,
    with_ws,
)
from graph.store.dialect_scope import TranslatorBase
from graph.store.dialect_vocabulary import BIG, REFUSED, RENAMED, RESERVED, WORDS, DialectError


class ExpressionTranslation(TranslatorBase):
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
                elif starts_pattern(items, i):
                    end = pattern_end(items, i)
                    out.extend(self.pattern_predicate(items[i:end], item.open.ws))
                    i = end
                    continue
                else:
                    item.items = self.expr(item.items)
                    out.append(item)
            elif isinstance(item, Group) and item.kind == "[":
                if prev is not None and is_atom(prev):
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
                body = [Tok("id", "MATCH", " "), with_ws(body[0], " "), *body[1:]]
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
            text = f"(label({var.text}) = {quote(labels[0])})"
        else:
            text = f"(label({var.text}) IN [{', '.join(quote(x) for x in labels)}])"
        out.extend(parse(var.ws + text))
        return i + used

    def pattern_predicate(self, pattern: list[Item], ws: str) -> list[Item]:
        body = [Tok("id", "MATCH", " "), *pattern]
        body[1] = with_ws(body[1], " ")
        group = Group(Tok("open", "{", " "), self.run(body), Tok("close", "}", " "))
        return [Tok("id", "EXISTS", ws), group]

    def subscript(self, group: Group, out: list[Item]) -> None:
        """`x[0]` -> `(x[1])`, `x[1..3]` -> `(x[2:3])` (in parentheses: LadybugDB cannot read
        `x[1] CONTAINS ...` or `x[1].name`); `n['name']` -> `n.name`."""
        items = group.items
        dots = [k for k, t in enumerate(items) if is_char(t, "..")]
        if len(items) == 1 and isinstance(items[0], Tok) and items[0].kind == "str":
            name = unquote(items[0].text).replace("`", "``")
            out.extend([Tok("char", ".", ""), Tok("qid", f"`{name}`", "")])
            return
        if dots:
            lo = self.expr(items[: dots[0]])
            hi = self.expr(items[dots[0] + 1 :])
            start = shift(lo, "start") if lo else "1"
            end = shift(hi, "end") if hi else str(BIG)
            group.items = parse(f"{start}:{end}")
        else:
            group.items = parse(shift(self.expr(items), "index"))
        group.open.ws = ""
        base = pop_operand(out)
        ws = base[0].ws if isinstance(base[0], Tok) else base[0].open.ws
        base[0] = with_ws(base[0], "")
        out.append(Group(Tok("open", "(", ws), [*base, group], Tok("close", ")", "")))

    def list_literal(self, group: Group) -> list[Item]:
        items = group.items
        if len(items) > 2 and ident(items[0]) and is_kw(items[1], "IN"):
            return self.comprehension(group)
        if (
            items
            and isinstance(items[0], Group)
            and items[0].kind == "("
            and (starts_pattern(items, 0) or len(items) > 1 and is_kw(items[1], "WHERE"))
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
        source = text_of(self.expr(items[2:stop]))
        if where is not None:
            pred = text_of(self.expr(items[where + 1 : bar if bar is not None else len(items)]))
            source = f"list_filter({source}, {var} -> {pred})"
        if bar is not None:
            proj = text_of(self.expr(items[bar + 1 :]))
            source = f"list_transform({source}, {var} -> {proj})"
        return parse(group.open.ws + source)

    # -- function calls -----------------------------------------------------------------------
    def call(self, name: Tok, group: Group) -> list[Item]:
        fn = name.text.lower() if name.kind == "id" else ""
        if fn == "exists" and group.items and starts_pattern(group.items, 0):
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
        texts = [text_of(a) for a in args]
        new = function(fn, texts, self.scope)
        if new is None:
            group.items = join(args)
            if fn in RENAMED:
                name = Tok("id", RENAMED[fn], name.ws)
            return [name, group]
        return parse(name.ws + new)

    def reduce(self, name: Tok, group: Group) -> list[Item]:
        """reduce(acc = init, x IN list | expr) -> list_reduce(list_concat([init], list), ...)"""
        items = group.items
        parts = split(items)
        bar = next((k for k, t in enumerate(items) if is_char(t, "|")), None)
        first = parts[0]
        if len(parts) != 2 or bar is None or len(first) < 3 or not is_char(first[1], "="):
            raise DialectError("cannot read reduce(); write reduce(acc = init, x IN list | expr)")
        acc, init = first[0].text, text_of(self.expr(first[2:]))  # type: ignore[union-attr]
        second = parts[1]
        bar2 = next(k for k, t in enumerate(second) if is_char(t, "|"))
        var = second[0].text  # type: ignore[union-attr]
        source = text_of(self.expr(second[2:bar2]))
        body = text_of(self.expr(second[bar2 + 1 :]))
        return parse(
            f"{name.ws}list_reduce(list_concat([{init}], {source}), ({acc}, {var}) -> {body})"
        )
