"""Cypher text as tokens: words, quoted names, strings, numbers, parameters, punctuation.

Comments and whitespace are dropped and string literals are single tokens, so a check that
looks for a keyword never sees one inside a string or a comment, and one split by a comment
(`LOAD/**/FROM`) is still found. Escapes follow LadybugDB's and Neo4j's lexers: a backslash
escapes the next character in a string, a doubled backtick is a backtick in a quoted name.

>>> [t.text for t in tokenize("MATCH (n) // a comment\\nRETURN 'a;b' AS `x y`")]
['MATCH', '(', 'n', ')', 'RETURN', 'a;b', 'AS', 'x y']
>>> [t.kind for t in tokenize("RETURN $p, 1.5")]
['word', 'param', 'punct', 'number']
>>> split_statements("RETURN ';' AS x; RETURN 2 AS y;")
["RETURN ';' AS x", 'RETURN 2 AS y']
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.errors import ErgError


@dataclass(frozen=True)
class Token:
    kind: str  # word, name (a `quoted` name), string, number, param, punct
    text: str  # as written; a string or quoted name without its quotes
    start: int
    end: int

    @property
    def word(self) -> str:
        """The upper-cased text of a word or quoted name ('' for other tokens)."""
        return self.text.upper() if self.kind in ("word", "name") else ""


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`; an unterminated string, name or comment is an ErgError."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise ErgError("query failed: a /* comment is not closed")
            i = end + 2
        elif c in "'\"":
            end = _string_end(text, i)
            tokens.append(Token("string", text[i + 1 : end], i, end + 1))
            i = end + 1
        elif c == "`":
            end = _name_end(text, i)
            tokens.append(Token("name", text[i + 1 : end].replace("``", "`"), i, end + 1))
            i = end + 1
        elif c == "$" or _word_char(c):
            j = i + 1
            while j < n and _word_char(text[j]):
                j += 1
            kind = "param" if c == "$" else ("number" if c.isdigit() else "word")
            if kind == "number":  # 1.5, 1e3: one token, so '.' never starts a property here
                while j < n and (_word_char(text[j]) or text[j] == "."):
                    j += 1
            tokens.append(Token(kind, text[i:j], i, j))
            i = j
        else:
            tokens.append(Token("punct", c, i, i + 1))
            i += 1
    return tokens


def split_statements(text: str) -> list[str]:
    """The statements of `text` separated by `;` outside strings, names and comments."""
    parts, start = [], 0
    for token in tokenize(text):
        if token.kind == "punct" and token.text == ";":
            parts.append(text[start : token.start])
            start = token.end
    parts.append(text[start:])
    return [p.strip() for p in parts if tokenize(p)]


def statements(tokens: list[Token]) -> list[list[Token]]:
    """Tokens grouped by statement (split at `;`), empty statements dropped."""
    out: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind == "punct" and token.text == ";":
            out.append([])
        else:
            out[-1].append(token)
    return [s for s in out if s]


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _string_end(text: str, start: int) -> int:
    quote, i = text[start], start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            return i
        i += 1
    raise ErgError("query failed: a string literal is not closed")


def _name_end(text: str, start: int) -> int:
    i = start + 1
    while i < len(text):
        if text[i] == "`":
            if text.startswith("``", i):
                i += 2
                continue
            return i
        i += 1
    raise ErgError("query failed: a `quoted name` is not closed")
