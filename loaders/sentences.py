"""Sentence splitting with character offsets into the original text.

Paragraph breaks and headline lines always end a sentence; inside a paragraph a sentence ends
at `.`, `!` or `?` (with any closing quotes or brackets) before a capital, a digit or an
opening quote, unless the word before the period is an abbreviation (Mr., Dr., U.S., Inc.,
initials) and what follows does not look like the start of a new sentence.

>>> from loaders.lexicon import Lexicon
>>> text = 'Apple Inc. said on Tuesday. Dr. Li met U.S. officials. "Why?" he asked.'
>>> [text[s.start:s.end] for s in split_sentences(text, Lexicon.load())]
['Apple Inc. said on Tuesday.', 'Dr. Li met U.S. officials.', '"Why?" he asked.']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from loaders.lexicon import Lexicon

# A sentence longer than this is cut at a space so that no later step works on huge strings.
MAX_SENTENCE: Final = 1200

LINE_RE = re.compile(r"[^\n]+")
# (matched only at a terminal mark: see `_split_block`)
END_RE: Final = re.compile(
    r"""([.!?…][.!?…]*)(["'”’)\]]*)(\s+)(?=["'“‘(\[]*(?:[A-Z0-9$£€]|[a-z]+[A-Z]))""",
)
WORD_BEFORE_RE = re.compile(r"([^\s\"'“‘(\[]+)$")
WORD_STOPS: Final = "\"'“‘(["  # with the spaces: the characters no word (`WORD_BEFORE_RE`) has
NEXT_WORD_RE = re.compile(r"""["'“‘(\[]*([A-Za-z]+)""")
TERMINAL_RE: Final = re.compile(r"""[.!?…:]["'”’)\]]*\s*$""")
CLOSING: Final = "\"'”’)]"  # the closing marks TERMINAL_RE allows after a terminal mark
CONTINUES_RE = re.compile(r"""(?:[,;(\-–—]|\b(?:and|or|of|the|a|an|to|in|for|with|by))\s*$""")
WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
HEADLINE_END_RE = re.compile(r"[.!…:;,]\s*$")
HEADLINE_ENDS: Final = ".!…:;,"  # the characters HEADLINE_END_RE ends on
# a body line opened by a label of one to three words and a colon ("Pictured: A, CEO of X",
# "Media contact: A", "Q: Why sue X?", "- Buyer: X"): a caption, contact, question or list
# item of the article's body, no heading
LABEL_LINE_RE: Final[re.Pattern[str]] = re.compile(
    r"^[-–—•*·]?\s*[A-Z][\w'’]*(?:\s+[A-Za-z][\w'’]*){0,2}:\s+\S"
)
MINOR: Final = frozenset(
    "a an the and or but of in on at to for with by from over as vs via into up out is are".split()
)


class Sentence(NamedTuple):
    """A sentence's span in the original text; `headline` marks title-case heading lines. (A
    named tuple: one is made for every sentence, and a frozen dataclass sets its fields one
    `object.__setattr__` at a time.)"""

    start: int
    end: int
    headline: bool = False
    paragraph: int = 0

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


def looks_like_headline(line: str) -> bool:
    """A short title-case line with no final period: "Musk Clashes with Altman Over X"."""
    line = line.strip()
    # (`HEADLINE_END_RE.search(line)` on the stripped line: its last character, not a search)
    if not line or len(line) > 200 or line[-1] in HEADLINE_ENDS:
        return False
    ws = WORD_RE.findall(line)
    if len(ws) < 2 or len(ws) > 25:
        return False
    content = [w for w in ws if w.lower() not in MINOR]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= 0.75


def _terminal(line: str) -> bool:
    """`TERMINAL_RE.search(line)`, tried only where a match can start: the last character
    before the trailing space and closing marks."""
    end = len(line.rstrip().rstrip(CLOSING)) - 1
    return TERMINAL_RE.search(line, end if end > 0 else 0) is not None


def _continues(line: str) -> bool:
    """`CONTINUES_RE.search(line)`, tried only where a match can start: within the longest
    of its words ("with") before the trailing space."""
    end = len(line.rstrip()) - 4
    return CONTINUES_RE.search(line, end if end > 0 else 0) is not None


def _paragraphs(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is_single_line) blocks: lines joined when a sentence runs on across them."""
    start = end = -1
    lines = 0
    prev = ""
    for m in LINE_RE.finditer(text):
        line = m.group()
        if not line.strip():
            if start >= 0:
                yield start, end, lines == 1
                start = -1
            continue
        if start >= 0:
            stripped = line.lstrip()
            runs_on = not _terminal(prev) and (
                _continues(prev) or (stripped[:1].islower() and len(prev) > 40)
            )
            blank_between = "\n" in text[end : m.start()].replace("\n", "", 1)
            if runs_on and not blank_between:
                end = m.end()
                prev = line
                lines += 1
                continue
            yield start, end, lines == 1
        start, end, lines, prev = m.start(), m.end(), 1, line
    if start >= 0:
        yield start, end, lines == 1


def _word_before(text: str, lo: int, dot: int) -> str:
    """What `WORD_BEFORE_RE` finds in text[lo:dot] ("" for none) without trying every start."""
    if dot > lo and text[dot - 1] == "\n":  # "$" also matches before a final newline
        m = WORD_BEFORE_RE.search(text, lo, dot)
        return m.group(1) if m else ""
    k = dot  # back from the period to the last space or opening mark (a word is short)
    while k > lo and not (text[k - 1].isspace() or text[k - 1] in WORD_STOPS):
        k -= 1
    return text[k:dot]


def _is_abbreviation(text: str, dot: int, start: int, follow: int, lex: Lexicon) -> bool:
    """True when the period at `dot` belongs to an abbreviation rather than ending a sentence."""
    word = _word_before(text, max(start, dot - 40), dot)
    if not word:
        return False
    word = word.lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Donald J. Trump"
    if word in lex.number_signs:  # "No. 5", "Rs. 40", "Rs. crore"; not an answer's "No. We"
        nxt = NEXT_WORD_RE.match(text, follow)
        return nxt is None or nxt.group(1).islower()
    if word in lex.never_final:
        return True
    if word in lex.legal_suffixes and word != "co" and _opens_sentence(text, follow, lex):
        return False  # "... of Ostrel Ltd. Ruling published by ...": a new sentence
    dotted = "." in word and all(len(p) <= 2 for p in word.split("."))
    if word in lex.abbreviations or dotted:
        nxt = NEXT_WORD_RE.match(text, follow)
        return not (nxt and nxt.group(1).lower() in lex.sentence_starters)
    return False


def _opens_sentence(text: str, follow: int, lex: Lexicon) -> bool:
    """A capitalized word at `follow` (after a legal suffix's period) that is no suffix or
    abbreviation and no title-case role before a name ("Quillex Inc. Chief Executive Ada
    Brannock said" stays one sentence; "Ostrel Ltd. Chief executive Ada Brannock" splits)."""
    nxt = NEXT_WORD_RE.match(text, follow)
    if not nxt or nxt.group(0) != nxt.group(1) or not nxt.group(1)[0].isupper():
        return False  # not "Quillon Therapeutics, Inc. (NASDAQ: QLTX) announced"
    low = nxt.group(1).lower()
    if low in lex.legal_suffixes or low in lex.abbreviations:
        return False
    if low not in lex.roles and low not in lex.titles:
        return True
    after = WORD_RE.search(text, nxt.end(), nxt.end() + 40)
    return after is not None and after.group(0)[0].islower()


TERMINALS: Final = ".!?…"  # the characters END_RE's matches open with


def _terminals(text: str, start: int, end: int) -> list[int]:
    """The positions of the terminal marks (`TERMINALS`) in text[start:end], in order."""
    at: list[int] = []
    kinds = 0
    for mark in TERMINALS:
        i = text.find(mark, start, end)
        kinds += i >= 0
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1, end)
    if kinds > 1:
        at.sort()
    return at


def _split_block(text: str, start: int, end: int, lex: Lexicon) -> Iterator[tuple[int, int]]:
    # END_RE's matches, as `END_RE.finditer(text, start, end)` finds them, but tried only at
    # the terminal marks (found by `str.find`): the regex search tests every character of the
    # text against its opening character set, the most of the splitting's cost
    pos = after = start
    for dot in _terminals(text, start, end):
        m = END_RE.match(text, dot, end) if dot >= after else None
        if m is None:
            continue
        after = m.end()
        if m.group(1) == "." and _is_abbreviation(text, dot, pos, after, lex):
            continue
        yield pos, m.end(2)
        pos = after
    if pos < end:
        yield pos, end


def _cap(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long sentence at spaces (after a comma or semicolon when one is near)."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(", ", start, limit), text.rfind("; ", start, limit))
        if cut < start + MAX_SENTENCE // 2:
            cut = text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        else:
            cut += 1
        yield start, cut
        start = cut
    yield start, end


BULLETS: Final[frozenset[str]] = frozenset("-–—•*·▪")


def _body_line(line: str) -> bool:
    """A labelled line or a list item of the body, no heading: "Pictured: A", "• Kestrel
    Capital", "- Piet Smit, chairman of Boreal Bank", a table's row "Halden | Norway | 40%"."""
    return (
        (":" in line and LABEL_LINE_RE.match(line) is not None)  # (no match without one)
        or (line[:1] in BULLETS and line[1:2] == " ")
        or " | " in line
    )


def split_sentences(text: str, lex: Lexicon) -> Iterator[Sentence]:
    """Sentences of `text` in order, as spans (leading and trailing spaces trimmed)."""
    listed = False  # the line before was a list's head or item, with no blank line between
    prev_end = -1
    for number, (pstart, pend, single) in enumerate(_paragraphs(text)):
        line = text[pstart:pend]
        headline = single and looks_like_headline(line)
        under = listed and "\n" not in text[prev_end:pstart].replace("\n", "", 1)
        if headline and number > 0 and (under or _body_line(line.lstrip())):
            headline = False  # "Pictured: Ana Ruiz, CEO of Talby", "- Piet Smit, chairman of X"
        stripped = line.strip()
        listed = single and (stripped.endswith(":") or under or _body_line(stripped))
        prev_end = pend
        spans = [(pstart, pend)] if headline else _split_block(text, pstart, pend, lex)
        for s, e in spans:
            for cs, ce in _cap(text, s, e) if e - s > MAX_SENTENCE else ((s, e),):
                while cs < ce and text[cs].isspace():
                    cs += 1
                while ce > cs and text[ce - 1].isspace():
                    ce -= 1
                if ce > cs:
                    # (`tuple.__new__`: the named tuple's `__new__` is interpreted Python)
                    yield tuple.__new__(Sentence, (cs, ce, headline, number))
