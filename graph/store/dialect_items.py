"""Reading and reshaping token lists for the Cypher translation (graph.store.dialect): the text
of a part, literals quoted and unquoted, list positions shifted from 0- to 1-based, the bounds
of a variable-length relationship, where a pattern starts and ends, the names a projection
gives.
"""

from __future__ import annotations

from graph.store.cypher_tokens import (
    Group,
    Item,
    Tok,
    ident,
    is_char,
    is_kw,
    parse,
    render,
    split,
)
from graph.store.dialect_vocabulary import MAX_HOPS, RESERVED, WORDS, DialectError


def text_of(items: list[Item]) -> str:
    return render(items, first_ws=False).strip()


def with_ws(item: Item, ws: str) -> Item:
    if isinstance(item, Tok):
        return Tok(item.kind, item.text, ws)
    item.open = Tok(item.open.kind, item.open.text, ws)
    return item


def quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def unquote(text: str) -> str:
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


def is_atom(item: Item) -> bool:
    if isinstance(item, Group):
        return True
    return item.kind in ("qid", "param", "str") or item.kind == "id" and item.upper not in WORDS


def pop_operand(out: list[Item]) -> list[Item]:
    """Take the operand a subscript applies to off the end of `out`: `n.aliases`, `f(x)`, `$p`."""
    taken = [out.pop()]
    if isinstance(taken[0], Group) and taken[0].kind == "(" and out and ident(out[-1]):
        if not is_kw(out[-1], *WORDS):
            taken.insert(0, out.pop())
    if out and is_char(out[-1], ".") and len(out) > 1:
        dot = out.pop()
        taken = [*pop_operand(out), dot, *taken]
    return taken


def int_value(items: list[Item]) -> int | None:
    """The value of an integer literal, `-` included."""
    toks = [t for t in items if isinstance(t, Tok)]
    if len(toks) != len(items) or not toks or len(toks) > 2:
        return None
    sign = -1 if len(toks) == 2 and toks[0].text == "-" else 1
    if len(toks) == 2 and toks[0].text not in "-+":
        return None
    last = toks[-1]
    return sign * int(last.text) if last.kind == "num" and last.text.isdigit() else None


def plus_one(text: str) -> str:
    items = parse(text)
    value = int_value(items)
    return str(value + 1) if value is not None else f"({text}) + 1"


def shift(items: list[Item], role: str) -> str:
    """A 0-based Neo4j list position as LadybugDB's 1-based one (negatives count from the end)."""
    value = int_value(items)
    text = text_of(items)
    if role == "end":  # exclusive in Neo4j, inclusive in LadybugDB
        if value is not None:
            return str(value if value >= 0 else value - 1)
        return f"CASE WHEN ({text}) >= 0 THEN ({text}) ELSE ({text}) - 1 END"
    if value is not None:
        return str(value + 1 if value >= 0 else value)
    return f"CASE WHEN ({text}) >= 0 THEN ({text}) + 1 ELSE ({text}) END"


def hop_range(items: list[Item], k: int) -> tuple[int | None, int | None, int]:
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


def starts_pattern(items: list[Item], i: int) -> bool:
    """items[i] is a node pattern followed by a relationship: `(a)-->`, `(a)-[`, `(a)<-`."""
    nxt = items[i + 1 : i + 3]
    if len(nxt) < 2:
        return False
    if is_char(nxt[0], "-"):
        return is_char(nxt[1], "-") or isinstance(nxt[1], Group) and nxt[1].kind == "["
    return is_char(nxt[0], "<") and is_char(nxt[1], "-")


def pattern_end(items: list[Item], i: int) -> int:
    k = i + 1
    while k < len(items):
        if isinstance(items[k], Group) and items[k].kind == "(":
            if not starts_pattern(items, k):
                return k + 1
        elif not (is_char(items[k], "-", "<", ">") or isinstance(items[k], Group)):
            return k
        k += 1
    return k


def flat(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for item in items:
        if isinstance(item, Group):
            out.extend(flat(item.items))
        else:
            out.append(item)
    return out


def is_star(body: list[Item]) -> bool:
    rest = [t for t in body if not is_kw(t, "DISTINCT")]
    return len(rest) == 1 and is_char(rest[0], "*")


def variable_name(name: str) -> str:
    plain = name.isidentifier() and name.upper() not in RESERVED | WORDS
    return name if plain else "`" + name.replace("`", "``") + "`"


def calls(items: list[Item], fn: str) -> bool:
    prev: Item | None = None
    for item in items:
        if isinstance(item, Group):
            if item.kind == "(" and isinstance(prev, Tok) and prev.text.lower() == fn:
                return True
            if calls(item.items, fn):
                return True
        prev = item
    return False


def projected_names(body: list[Item]) -> list[tuple[str, bool]]:
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
