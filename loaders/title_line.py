"""An article's opening title line in sentence case, which `looks_like_headline` (title case)
does not catch: "Lakeside-area bakery chain Brenmoor sold to rival" above a blank line.

A title states no place: its place words modify ("Ardmore-area", "Kerry creamery"), and a
relation it alone gives is no evidence (the body says it again when it holds).

>>> title_line_end("Fenway-area dry cleaner Pressa sold\\n\\nPressa will be sold.")
35
>>> title_line_end("Pressa was sold.\\n\\nIt had four shops.")
-1
>>> title_line_end('Pressa, based in Lyon, said it was "hard."\\n\\nIt had four shops.')
-1
"""

from __future__ import annotations

import re
from typing import Final

from loaders.relations.words import REPORTING
from loaders.sentences import CLOSING, HEADLINE_ENDS, WORD_RE

# the first non-empty line, then a blank line before more text
TITLE_RE: Final = re.compile(r"\A\s*([^\n]+?)[ \t]*\n[ \t]*\n\s*\S")
MAX_TITLE_WORDS: Final = 25
OPEN_ENDS: Final = HEADLINE_ENDS + "?"  # a title ends on no sentence mark
MAX_TITLE_COMMAS: Final = 2
# a lead sentence's marks: a quotation opened after a colon or comma (': "We will win"') or a
# reporting clause after a comma (", its chief executive said")
QUOTED_RE: Final = re.compile(r"[:,]\s*[\"“‘']")
REPORTED_RE: Final = re.compile(
    r",(?:\s+\S+){0,3}?\s+(?:" + "|".join(sorted(REPORTING)) + r")\b", re.IGNORECASE
)


def title_line_end(text: str) -> int:
    """Where the first line ends when it reads as a title (short, no closing mark even inside
    closing quotes or brackets, no quotation or reporting clause, at most two commas, a blank
    line and a body after it), else -1."""
    m = TITLE_RE.match(text)
    if m is None:
        return -1
    line = m.group(1)
    words = WORD_RE.findall(line)
    bare = line.rstrip(CLOSING)  # 'said the year was "difficult."'
    if not bare or bare[-1] in OPEN_ENDS or not 2 <= len(words) <= MAX_TITLE_WORDS:
        return -1
    if line.count(",") > MAX_TITLE_COMMAS or QUOTED_RE.search(line) or REPORTED_RE.search(line):
        return -1  # a one-line lead paragraph, not a title
    return m.end(1)
