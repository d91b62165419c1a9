"""Cypher as tokens grouped by brackets: what the dialect translator reads and rewrites.

A query becomes a list of items, each a `Tok` (identifier, keyword, string, number, parameter,
operator) or a `Group` (the items between matching brackets). Every token keeps the text and
whitespace it was written with, so whatever a rewrite leaves alone is printed exactly as written;
string literals and backquoted names are single tokens that no rewrite looks inside.

>>> items = tree("RETURN substring('a(b', 0) AS s")
>>> [type(i).__name__ for i in items]
['Tok', 'Tok', 'Group', 'Tok', 'Tok']
>>> render(items)
"RETURN substring('a(b', 0) AS s"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.errors import ErgError

_LEXER = re.compile(
    r"""(?P<ws>(?:\s+|//[^\n]*|/\*.*?\*/)+)
      |(?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      |(?P<qid>`(?:[^`]|``)*`)
      |(?P<param>\$(?:[^\W\d]\w*|\d+|`(?:[^`]|``)*`))
      |(?P<op><>|<=|>=|=~|!=|\.\.|\+=)
      |(?P<num>\d+\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+|0x[0-9a-fA-F]+|\d+|\.\d+(?:[eE][+-]?\d+)?)
      |(?P<id>[^\W\d]\w*)
      |(?P<open>[(\[{])
      |(?P<close>[)\]}])
      |(?P<char>.)""",
    re.S | re.X,
)
PAIRS = {"(": ")", "[": "]", "{": "}"}


@dataclass(slots=True)
class Tok:
    """One token: `kind` is id, qid (backquoted name), str, num, param, op or char."""

    kind: str
    text: str
    ws: str = " "
    upper: str = field(init=False)  # the keyword an identifier may be ("" for other tokens)

    def __post_init__(self) -> None:
        self.upper = self.text.upper() if self.kind == "id" else ""

    def is_kw(self, *words: str) -> bool:
        return self.upper in words if self.upper else False

    @property
    def name(self) -> str:
        """The name an identifier token stands for (backquotes removed)."""
        if self.kind == "qid":
            return self.text[1:-1].replace("``", "`")
        return self.text


@dataclass(slots=True)
class Group:
    """Items between an opening bracket and its match: `kind` is "(", "[" or "{"."""

    open: Tok
    items: list[Item] = field(default_factory=list)
    close: Tok = field(default_factory=lambda: Tok("close", ")", ""))

    @property
    def kind(self) -> str:
        return self.open.text


Item = Tok | Group


def tokens(text: str) -> list[Tok]:
    out: list[Tok] = []
    ws = ""
    for m in _LEXER.finditer(text):
        kind = m.lastgroup or "char"
        if kind == "ws":
            ws = m.group()
            continue
        if kind == "str" and len(m.group()) < 2 or kind == "char" and m.group() in "'\"`":
            raise ErgError(f"query failed: unterminated quote at character {m.start() + 1}")
        out.append(Tok(kind, m.group(), ws))
        ws = ""
    if ws:
        out.append(Tok("end", "", ws))
    return out


def tree(text: str) -> list[Item]:
    """The query's tokens with each bracketed part nested as a Group."""
    stack: list[Group] = [Group(Tok("open", "", ""))]
    for tok in tokens(text):
        if tok.kind == "open":
            stack.append(Group(tok))
        elif tok.kind == "close":
            group = stack.pop()
            if len(stack) == 0 or PAIRS.get(group.kind) != tok.text:
                raise ErgError(f"query failed: unbalanced brackets near {tok.text!r}")
            group.close = tok
            stack[-1].items.append(group)
        elif tok.kind != "end":
            stack[-1].items.append(tok)
    if len(stack) != 1:
        raise ErgError(f"query failed: {stack[-1].kind!r} is never closed")
    return stack[0].items


def render(items: list[Item], first_ws: bool = True) -> str:
    parts: list[str] = []
    _render(items, parts)
    text = "".join(parts)
    return text if first_ws else text.lstrip()


def _render(items: list[Item], parts: list[str]) -> None:
    for item in items:
        if isinstance(item, Tok):
            parts.append(item.ws)
            parts.append(item.text)
        else:
            parts.append(item.open.ws)
            parts.append(item.open.text)
            _render(item.items, parts)
            parts.append(item.close.ws)
            parts.append(item.close.text)


def split(items: list[Item], sep: str = ",") -> list[list[Item]]:
    """Split at top-level separator tokens (nested groups are not looked into)."""
    out: list[list[Item]] = [[]]
    for item in items:
        if isinstance(item, Tok) and item.kind == "char" and item.text == sep:
            out.append([])
        else:
            out[-1].append(item)
    return out


def join(parts: list[list[Item]], sep: str = ",") -> list[Item]:
    out: list[Item] = []
    for i, part in enumerate(parts):
        if i:
            out.append(Tok("char", sep, ""))
        out.extend(part)
    return out


def is_char(item: Item | None, *chars: str) -> bool:
    return isinstance(item, Tok) and item.kind in ("char", "op") and item.text in chars


def is_kw(item: Item | None, *words: str) -> bool:
    return item.__class__ is Tok and item.upper in words and item.upper != ""


def ident(item: Item | None) -> bool:
    return isinstance(item, Tok) and item.kind in ("id", "qid")


def parse(text: str) -> list[Item]:
    """Tokens of a generated fragment (spacing as in `text`)."""
    return tree(text)
