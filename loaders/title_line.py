"""An article's opening title line in sentence case, which `looks_like_headline` (title case)
does not catch: "Lakeside-area bakery chain Brenmoor sold to rival" above a blank line.

A title states no place: its place words modify ("Ardmore-area", "Kerry creamery"), and a
relation it alone gives is no evidence (the body says it again when it holds).

>>> title_line_end("Fenway-area dry cleaner Pressa sold\\n\\nPressa will be sold.")
35
>>> title_line_end("Pressa was sold.\\n\\nIt had four shops.")
-1
"""

from __future__ import annotations

import re
from typing import Final

from loaders.sentences import HEADLINE_ENDS, WORD_RE

# the first non-empty line, then a blank line before more text
TITLE_RE: Final = re.compile(r"\A\s*([^\n]+?)[ \t]*\n[ \t]*\n\s*\S")
MAX_TITLE_WORDS: Final = 25
OPEN_ENDS: Final = HEADLINE_ENDS + "?"  # a title ends on no sentence mark


def title_line_end(text: str) -> int:
    """Where the first line ends when it reads as a title (short, no closing mark, a blank line
    and a body after it), else -1."""
    m = TITLE_RE.match(text)
    if m is None:
        return -1
    line = m.group(1)
    words = WORD_RE.findall(line)
    if line[-1] in OPEN_ENDS or not 2 <= len(words) <= MAX_TITLE_WORDS:
        return -1
    return m.end(1)
