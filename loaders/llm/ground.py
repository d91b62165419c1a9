"""Grounding: a model's quote must be in the article; its sentence and offsets become evidence.

>>> text = 'Acme said on Monday. “Acme will fund  Vantora,” its chief said.'
>>> find_quote(text, 'Acme will fund Vantora')          # whitespace differs
(22, 45)
>>> find_quote(text, '"acme will fund vantora"')        # straight quotes, case
(22, 45)
>>> find_quote(text, 'Acme will buy Vantora') is None   # not in the text: ungrounded
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from loaders.sentences import Sentence

_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2026": "...",
}  # fmt: skip
_EDGE = " \t\r\n\"'.,;:…“”‘’"
LEGAL_TAIL = re.compile(r"[\s,]+(inc|corp|corporation|co|ltd|llc|plc|ag|sa|s\.a|nv|se)\.?$", re.I)


def normalized(text: str) -> tuple[str, list[int]]:
    """`text` case-folded with quotes, dashes and spaces unified, and for each character of the
    result the offset of the character of `text` it came from."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        ch = _FOLD.get(ch, ch)
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        for c in unicodedata.normalize("NFKC", ch).lower():
            out.append(c)
            where.append(i)
    return "".join(out), where


def find_quote(text: str, quote: str, folded: tuple[str, list[int]] | None = None):
    """(start, end) of `quote` in `text`: exact first, then whitespace/quote/case-normalized."""
    q = quote.strip(_EDGE)
    if len(q) < 8:
        return None  # too short to tell a quote from a coincidence
    at = text.find(q)
    if at >= 0:
        return at, at + len(q)
    norm, where = folded or normalized(text)
    nq = normalized(q)[0].strip()
    at = norm.find(nq)
    if at < 0:
        return None
    return where[at], where[at + len(nq) - 1] + 1


def sentence_span(sentences: Sequence[Sentence], start: int, end: int) -> tuple[int, int]:
    """The span of the sentences that hold [start, end) (a quote may run over two)."""
    inside = [s for s in sentences if s.start < end and s.end > start]
    if not inside:
        return start, end
    return min(s.start for s in inside), max(s.end for s in inside)


def is_mentioned(folded_text: str, name: str) -> bool:
    """Whether `name` (or it without a legal suffix) is written in the text, as whole words."""
    for form in (name, LEGAL_TAIL.sub("", name.strip())):
        n = normalized(form)[0].strip()
        if len(n) >= 2 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded_text):
            return True
    return False
