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
from typing import Final, NamedTuple

from loaders.lexicon import Lexicon, per_lexicon, read_data, word_set

_DATA: dict = read_data("layouts.yaml")
KINDS: tuple[str, ...] = (
    *("links", "guards", "owners", "funders", "units", "founders", "people", "rivals", "places"),
    *("buyers", "targets"),
)
# a deal box's two sides, each the other's counterpart: "Buyer: A" and "Target: B"
DEAL_SIDES: dict[str, str] = {"buyers": "targets", "targets": "buyers"}
PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    kind: tuple(tuple(str(p).lower().split()) for p in _DATA[kind]) for kind in KINDS
}
BOX_TITLES: frozenset[str] = word_set(_DATA["box_titles"])
CAPTIONS: tuple[str, ...] = tuple(str(p).lower() for p in _DATA["captions"])
ITEM_VERBS: frozenset[str] = frozenset(_DATA["item_verbs"])
ROLE_MODIFIERS: frozenset[str] = frozenset(_DATA["role_modifiers"])
# a label of one to six words and a colon, nothing after: "Shareholders:", "Board of directors:"
# and a bracketed note: "Top shareholders (as of March 31):"
LABEL_HEAD_RE: re.Pattern[str] = re.compile(
    r"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}(?:\s*\([^()\n]{1,40}\))?\s*:\s*$"
)
# a fact box's field, a label of one to three words before a colon: "Founders: A and B"
FIELD_RE: re.Pattern[str] = re.compile(
    r"[-–—•*·▪]?\s*([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}):\s+\S"
)
# a numbered item's marker, which the sentence splitter leaves on a sentence of its own: "1."
NUMBER_MARK_RE: re.Pattern[str] = re.compile(r"\s*(?:\d{1,2}[.)])?\s*$")
# a bulleted or numbered item line: "- Halden Capital (42%)", "2. Norlund Capital, 31%"
MARKED_RE: Final[re.Pattern[str]] = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s")
_MARK_CHARS: Final = "-–—•*·▪"  # the marks `MARKED_RE` opens with (else one or two digits)


def marked(text: str) -> bool:
    """`MARKED_RE` matches the text: tried only when its first character after spaces may open
    a mark (a digit or a bullet), not on every sentence."""
    first = text.lstrip()[:1]
    if not first or (first not in _MARK_CHARS and not first.isdigit()):
        return False
    return MARKED_RE.match(text) is not None


DIGIT_RE: re.Pattern[str] = re.compile(r"\d")
LETTER_RE: re.Pattern[str] = re.compile(r"[A-Za-z]")  # a table's header, not its "|---|" rule
HEAD_WORD_RE: re.Pattern[str] = re.compile(r"[a-z][a-z'’-]*")
BULLET_CHARS: str = "-–—•*·▪"
MAX_ITEMS: int = 40  # lines walked back from an item to its head
MAX_ITEM: int = 200  # characters of an item line


class ListHead(NamedTuple):
    """A list's head line (where it ends), what its items are (`head_kind`) and the company the
    list is about (an entity id; None when none is known)."""

    end: int  # where the head line ends
    kind: str
    topic: str | None
    label: bool = False  # a labelled line, head and items in one: "Founders: A and B"
    other: tuple[str, ...] = ()  # a deal box's other side: the buyer of "Target: B"


def is_head(line: str) -> bool:
    """A label line that opens a list: "Shareholders:", "Who owns Brightmoor"."""
    line = line.strip()
    if LABEL_HEAD_RE.match(line):
        return True
    if "|" in line and not DIGIT_RE.search(line) and LETTER_RE.search(line):
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
        if is_head(line) or line.rstrip().endswith(":"):
            return lo, hi
        if len(line) > MAX_ITEM or bulleted != (MARKED_RE.match(line) is not None):
            return None  # a line of prose, or bullets then a line of prose
        pos = lo - 1
    return None


class Lists:
    """An article's last list head, which the item lines after it are read under."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.head: ListHead | None = None
        self.box: tuple[int, str] | None = None  # the last field line's end and company
        # the box's deal sides so far: "Buyer: A" and "Target: B" lines, by kind
        self.sides: dict[str, tuple[str, ...]] = {}

    def item_head(
        self, start: int, end: int, orgs: list[str], topic: str | None
    ) -> ListHead | None:
        """The head of the list whose item is the sentence at start..end, else a fact box's
        field (`labelled_line`), else None. A head line itself is remembered (its company: the
        one it names, else `topic`, the company the article is about)."""
        text = self.text
        line = text[start:end]
        opens = text.rfind("\n", 0, start) + 1 == start
        # a head opens its line, or ends a line of prose: "... a Series B. Investors in it:"
        if (opens or line.endswith(":")) and is_head(line) and text[end : end + 1] in ("\n", ""):
            named = orgs[0] if orgs and "|" not in line else None  # no column's label
            self.head = ListHead(end, head_kind(line), named or topic)
            return None
        if self.head is not None and self.head.end < start:
            span = head_line(text, start)
            if span is not None and span[1] == self.head.end:
                return self.head
        return self.field(start, end, orgs, topic)

    def field(self, start: int, end: int, orgs: list[str], topic: str | None) -> ListHead | None:
        """A line of a fact box, its label and its values in one: "Founders: Rui Matos and
        Clara Neves", "Headquarters: Lisbon", "Chief executive: Clara Neves" (the label is read
        by `head_kind`, or as a role by the item rules). The fields of one box, line after
        line, are of one company: the one a box's title names ("Factbox: Fennick Dairy"), else
        the article's at the box's first line."""
        label = field_label(self.text, start, end)
        if label is None:
            return None
        last = self.box
        if last is not None and last[0] == start - 1:
            topic = last[1] or None
        else:
            self.sides = {}  # a new box
            if label.lower() in BOX_TITLES and len(orgs) == 1:
                topic = orgs[0]
        self.box = (end, topic or "")
        kind = head_kind(label)
        if kind in DEAL_SIDES:
            other = self.sides.get(DEAL_SIDES[kind], ())
            self.sides[kind] = tuple(orgs)
            return ListHead(end, kind, None, True, other) if other else None
        return None if kind == "guard" or topic is None else ListHead(end, kind, topic, True)


def field_label(text: str, start: int, end: int) -> str | None:
    """The label of a fact box's field that is the whole line start..end ("Founders" of
    "Founders: Rui Matos and Clara Neves"), else None."""
    if text.rfind("\n", 0, start) + 1 != start or text[end : end + 1] not in ("\n", ""):
        return None  # the sentence is not a whole line
    m = FIELD_RE.match(text, start, end)
    return m.group(1) if m else None


@per_lexicon
def item_verbs(lex: Lexicon) -> frozenset[str]:
    """The words that open a list item's predicate ("Quillex - bought Vantora", "• Acquired
    Deller Tankers"): the triggers' verb forms and `item_verbs`."""
    forms = {
        phrase[0]
        for bucket in lex.triggers.values()
        for phrase, trigs in bucket
        if any(t.family == "verb" for t in trigs)
    }
    return frozenset(forms) | ITEM_VERBS
