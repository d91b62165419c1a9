"""Word tokens with character offsets, shared by sentence splitting, mentions and rules.

>>> [t.text for t in tokenize("Musk's U.S.-based firm didn't pay $1.5 billion.")]
['Musk', "'s", 'U.S.', '-', 'based', 'firm', 'did', "n't", 'pay', '$1.5', 'billion', '.']
"""

from __future__ import annotations

import re

TOKEN_RE = re.compile(
    r"""
      [A-Za-z](?:\.[A-Za-z])+\.?              # dotted abbreviations: U.S., e.g., J.P.
    | [A-Z]['’][A-Z][a-z]+                    # O'Brien, D'Souza
    | n['’]t(?![\w])                          # negative clitic: did|n't
    | ['’](?:s|re|ve|ll|d|m)(?![\w])          # other clitics: Musk|'s, they|'re
    | \$?\d+(?:[.,]\d+)*(?:%|[A-Za-z]+\b)?     # numbers and amounts: $1.5, 10B, 20%, 2024
    | [^\W\d_]*?(?=n['’]t(?![\w]))            # the word before n't (did, do, is)
    | \w+(?:[-‐]\w+)*                         # words, hyphenated words
    | \S                                      # any other single character
    """,
    re.X,
)


class Tok:
    """One token: its text, a lower-cased form for matching, and absolute offsets."""

    __slots__ = ("text", "low", "start", "end")

    def __init__(self, text: str, low: str, start: int, end: int):
        self.text = text
        self.low = low
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start})"


def tokenize(text: str, base: int = 0) -> list[Tok]:
    """Tokens of `text`; offsets are `base` plus the position in `text`."""
    out = []
    for m in TOKEN_RE.finditer(text):
        s = m.group()
        if not s:
            continue
        out.append(Tok(s, s.lower().replace("’", "'"), base + m.start(), base + m.end()))
    return out


def words(phrase: str) -> tuple[str, ...]:
    """Lower-cased token tuple of a lexicon phrase ("n't" and "..." kept as they are)."""
    if phrase.strip() == "...":
        return ("...",)
    parts = []
    for chunk in phrase.split():
        if chunk == "...":
            parts.append("...")
        else:
            parts.extend(t.low for t in tokenize(chunk))
    return tuple(parts)
