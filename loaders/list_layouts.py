"""Lists under a head line: "Shareholders:" then "Halden Capital 42%", "Key people:" then
"- Ann Lee, chief executive", "Who owns Brightmoor" then "- Norlund Capital (31%)".

An item is a line of its own under the head, with no blank line between (or, for bulleted
items, blank lines between bullets); the head is a short label ending in a colon, a caption
that opens with "Who owns", or a table's header row ("Holder | Stake"). What the head names
decides what each item says of the company the list is about (`loaders/relations/
list_items.py`): holders own it, funders fund it, people lead it, rivals compete with it; a
head of customers, suppliers, former owners or sources says nothing (`loaders/data/
layouts.yaml`).

>>> text = "Tarn Foods is a bakery.\\n\\nShareholders:\\nHalden Capital 42%\\nNorlund 31%\\n"
>>> head_line(text, text.index("Norlund"))
(25, 38)
>>> head_kind("Shareholders:")
'owners'
>>> head_kind("Former owners:"), head_kind("Customers:"), head_kind("Speakers:")
('guard', 'guard', '')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from loaders.lexicon import read_data

_DATA: dict = read_data("layouts.yaml")
KINDS: tuple[str, ...] = ("guards", "owners", "funders", "people", "rivals")
PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    kind: tuple(tuple(str(p).lower().split()) for p in _DATA[kind]) for kind in KINDS
}
CAPTIONS: tuple[str, ...] = tuple(str(p).lower() for p in _DATA["captions"])
ROLE_MODIFIERS: frozenset[str] = frozenset(_DATA["role_modifiers"])
# a label of one to six words and a colon, nothing after: "Shareholders:", "Board of directors:"
# and a bracketed note: "Top shareholders (as of March 31):"
LABEL_HEAD_RE: re.Pattern[str] = re.compile(
    r"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}(?:\s*\([^()\n]{1,40}\))?\s*:\s*$"
)
# a numbered item's marker, which the sentence splitter leaves on a sentence of its own: "1."
NUMBER_MARK_RE: re.Pattern[str] = re.compile(r"\s*(?:\d{1,2}[.)])?\s*$")
# a bulleted or numbered item line: "- Halden Capital (42%)", "2. Norlund Capital, 31%"
MARKED_RE: re.Pattern[str] = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s")
DIGIT_RE: re.Pattern[str] = re.compile(r"\d")
HEAD_WORD_RE: re.Pattern[str] = re.compile(r"[a-z][a-z'’-]*")
BULLET_CHARS: str = "-–—•*·▪"
MAX_ITEMS: int = 40  # lines walked back from an item to its head
MAX_ITEM: int = 200  # characters of an item line


class ListHead(NamedTuple):
    """A list's head line (its offsets), what its items are (`head_kind`) and the company the
    list is about (an entity id; None when none is known)."""

    start: int
    kind: str
    topic: str | None


def is_head(line: str) -> bool:
    """A label line that opens a list: "Shareholders:", "Who owns Brightmoor"."""
    line = line.strip()
    if LABEL_HEAD_RE.match(line):
        return True
    if "|" in line and not DIGIT_RE.search(line):
        return True  # a table's header row: "Holder | Country | Stake"
    low = line.lower()
    return low.startswith(CAPTIONS) and not line.endswith((".", "?", "!"))


def head_kind(line: str) -> str:
    """What a head line's items are: "owners", "funders", "people", "rivals"; "guard" for a
    head whose items say nothing of the company ("Customers:", "Former owners:"); "" else."""
    ws = HEAD_WORD_RE.findall(line.lower().replace("’", "'"))
    for kind in KINDS:
        for phrase in PHRASES[kind]:
            n = len(phrase)
            if any(tuple(ws[k : k + n]) == phrase for k in range(len(ws) - n + 1)):
                return "guard" if kind == "guards" else kind
    return ""


def _line_at(text: str, end: int) -> tuple[int, int]:
    """The line that ends at `end` (a newline's offset): its start and end."""
    return text.rfind("\n", 0, end) + 1, end


def head_line(text: str, start: int) -> tuple[int, int] | None:
    """The head line (start, end) of the list whose item line starts at `start`, else None."""
    line_start = text.rfind("\n", 0, start) + 1
    if not NUMBER_MARK_RE.match(text, line_start, start):
        return None  # the sentence does not open its line (after a number: "1. Halden 42%")
    item_end = text.find("\n", start)
    item = text[line_start : item_end if item_end >= 0 else len(text)]
    bulleted = MARKED_RE.match(item) is not None
    pos = line_start - 1
    for _ in range(MAX_ITEMS):
        if pos < 0:
            return None
        lo, hi = _line_at(text, pos)
        line = text[lo:hi]
        blank = not line.strip()
        if blank:
            if not bulleted:
                return None
            pos = lo - 1
            continue
        if is_head(line):
            return lo, hi
        if len(line) > MAX_ITEM or (bulleted and not MARKED_RE.match(line)):
            return None
        pos = lo - 1
    return None


class Lists:
    """An article's last list head, which the item lines after it are read under."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.head: ListHead | None = None

    def item_head(
        self, start: int, end: int, orgs: list[str], topic: Callable[[], str | None]
    ) -> ListHead | None:
        """The head of the list whose item is the sentence at start..end, else None. A head
        line itself is remembered (its company: the one it names, else `topic()`)."""
        text = self.text
        if text.rfind("\n", 0, start) + 1 == start and is_head(text[start:end]):
            if text[end : end + 1] in ("\n", ""):
                line = text[start:end]
                named = orgs[0] if orgs and "|" not in line else None  # no column's label
                self.head = ListHead(start, head_kind(line), named or topic())
                return None
        if self.head is None or self.head.start > start:
            return None
        span = head_line(text, start)
        return self.head if span is not None and span[0] == self.head.start else None
