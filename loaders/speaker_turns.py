"""Who speaks each sentence in the first person, beyond a quotation balanced in one sentence.

Two shapes carry a speaker's "we/our/us" and "I/my/me" over several sentences:

- a quotation that runs over sentences ('"We bought X. Since then we ...," said Ann Lee, chief
  executive of Y'; 'Ann Lee, chief executive of Y, said: "We ... Our ..."'), or over paragraphs
  (a paragraph that ends inside a quotation and a next one that opens with a quotation mark);
  its speaker is named in the sentence that closes it (a reporting verb after the close) or
  else in the one that opens it (a reporting verb or a colon before the open);
- a sentence that is all quotation after one that names a speaker: a line ending in a colon
  ("Ann Lee, chief executive of Y, said:"), a sentence of the same paragraph with a reporting
  verb outside its quote ('"We ...," said Ann Lee, ... "We also ..."'), or the speaker's own
  quote paragraph just before;
- the turns of a Q&A interview: a paragraph opened by a label, "Q:" (a question) or "A:" (the
  interviewee's answer; also "Q." and "A -"), or a person's name or initials ("Ostrova:",
  "HANA OSTROVA:", "HO:", that person's answer), or a one-sentence paragraph asking "you"
  ("Who are your partners?", a question), or, in an article with two or more, a short
  paragraph that ends in a question mark with an answer after it ("Who controls the firm
  now?", "Sales rose by a fifth. Where do they come from?");
  an answer runs on into unlabelled paragraphs once a question was labelled, and a bare
  paragraph right after a labelled question is its answer.

`plan` reads the sentences' words only (names are resolved later, by the article loader).

>>> from loaders.sentences import Sentence
>>> ws = [['"', 'we', 'rose', '.'], ['we', 'won', ',', '"', 'said', 'x', '.']]
>>> turns = plan(ws, [Sentence(0, 1, False, 1), Sentence(2, 3, False, 1)], ["", ""])
>>> turns[0].spans, turns[0].source, turns[1].spans, turns[1].source
(((0, 4),), 1, ((-1, 3),), 1)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby
from typing import Final, NamedTuple

from loaders.lexicon import read_data
from loaders.quotes import CLOSE, OPEN, STRAIGHT, inside
from loaders.quotes import spans as balanced
from loaders.relations.model import Mention
from loaders.relations.words import REPORTING, SAYING, TELLING
from loaders.sentences import Sentence

QUOTE_MARKS: Final[frozenset[str]] = OPEN | CLOSE | {STRAIGHT}
# a turn's label: "Q:", "A:", "Ostrova:", "HANA OSTROVA:" (one to three words and a colon)
TURN_RE: Final[re.Pattern[str]] = re.compile(
    r"^\W{0,2}([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})\W{0,2}:\W{0,2}\s"
)
# the short labels with a period or a dash: "Q. Who backs you?", "A - We did."
SHORT_TURN_RE: Final[re.Pattern[str]] = re.compile(r"^\W{0,2}([QA])(?:\.|\s[-–—])\s")
_DATA = read_data("speakers.yaml")
# the interviewer's words for the interviewee: an unlabelled question paragraph ("Who are
# your partners?") addresses them
ADDRESSED: frozenset[str] = frozenset(read_data("lexicon.yaml")["addressee_pronouns"])
QUESTION_LABELS: frozenset[str] = frozenset(_DATA["question_labels"])
ANSWER_LABELS: frozenset[str] = frozenset(_DATA["answer_labels"])
# a reported clause inside an answer is another voice's ("Analysts say we should ...")
OPINION_VERBS: frozenset[str] = REPORTING | frozenset(_DATA["opinion_verbs"])
FIRST_PERSON: frozenset[str] = frozenset(_DATA["first_person"])
# words outside a quotation that attribute it: "said", "told", "according to"
ATTRIBUTING_WORDS: frozenset[str] = frozenset(_DATA["attributing"])
ATTRIBUTING: frozenset[str] = REPORTING | TELLING | ATTRIBUTING_WORDS
MAX_BLOCK: Final[int] = 6  # sentences one carried quotation may run over
MAX_QUESTION: int = 45  # words of an unlabelled question paragraph, its lead-in included
Spans = list[tuple[int, int]]  # a sentence's quoted (open, close) positions


class Turn(NamedTuple):
    """One sentence's first-person reading: the positions in the speaker's voice (a carried
    quotation's, or an answer's), the sentence that names a quotation's speaker (-1: none), and
    the interview turn's kind ("question", "answer", else "") and label words."""

    spans: tuple[tuple[int, int], ...] = ()
    source: int = -1
    turn: str = ""
    label: tuple[str, ...] = ()


NO_TURN = Turn()


@dataclass
class Talk:
    """An article's speaker state: each sentence's turn (`plan`), this sentence's, who speaks
    in it (person, organization), an interview's subject (the first person named) and the
    organization named beside them with no role, whether the headline names the interviewee,
    the last answer that was only an organization's name (sentence no, its id), and the last
    question that named one organization (sentence no, its id)."""

    turns: list[Turn] = field(default_factory=list)
    turn: Turn = NO_TURN
    voice: tuple[str | None, str | None] | None = None
    interviewee: str | None = None
    interviewee_org: str | None = None
    headline: bool = False
    name_answer: tuple[int, str] | None = None
    asked: tuple[int, str] | None = None  # the question just before, if it names one organization
    titled: tuple[str, str] | None = None  # "Mara Voss on Quillex's next decade": (person, org)


def plan(
    words: list[list[str]],
    sents: list[Sentence],
    firsts: list[str],
    word_sets: list[frozenset[str]] | None = None,
) -> list[Turn]:
    """Each sentence's `Turn`; `words` are the sentences' lower-case words (`word_sets`: each
    one's set, if known), `firsts` the text of each sentence that opens a paragraph ("" for the
    others)."""
    out = [NO_TURN] * len(words)
    for block in _blocks(words, sents, word_sets):
        _speak(out, words, block)
        if out[block[0][0]].source < 0:
            _after_speaker(out, words, sents, block[0][0], len(block))
    for no, lows in enumerate(words):
        if not out[no].spans and lows and lows[0] in QUOTE_MARKS:
            _after_speaker(out, words, sents, no, 1)
    _interview(out, words, sents, firsts)
    return out


def _blocks(
    words: list[list[str]], sents: list[Sentence], word_sets: list[frozenset[str]] | None
) -> list[list[tuple[int, Spans]]]:
    """Quotations that run over sentences: per block, (sentence no, its quoted spans) in order,
    each block closed in its last sentence (`word_sets`: each sentence's set of words, if known)."""
    blocks: list[list[tuple[int, Spans]]] = []
    current: list[tuple[int, Spans]] = []
    for no, lows in enumerate(words):
        if not current and QUOTE_MARKS.isdisjoint(lows if word_sets is None else word_sets[no]):
            continue  # no quotation open, none opened here (most sentences)
        if current and sents[no].paragraph != sents[current[-1][0]].paragraph:
            if not (lows and lows[0] in QUOTE_MARKS) or sents[no].headline:
                current = []  # a paragraph left inside a quotation, not continued: no block
        spans: list[tuple[int, int]] = []
        start = -1 if current else None
        for k, w in enumerate(lows):
            if k == 0 and start == -1 and w in QUOTE_MARKS:
                continue  # a continued paragraph's opening mark
            if start is None and (w in OPEN or w == STRAIGHT):
                start = k
            elif start is not None and (w in CLOSE or w == STRAIGHT):
                spans.append((start, k))
                start = None
        if start is not None:
            spans.append((start, len(lows)))
        if current or start is not None:
            current.append((no, spans))
        if current and start is None:
            if len(current) > 1:
                blocks.append(current)
            current = []
        elif len(current) > MAX_BLOCK:
            current = []
    return blocks


def _speak(out: list[Turn], words: list[list[str]], block: list[tuple[int, Spans]]) -> None:
    """The block's sentences' turns, with the sentence that names its speaker."""
    last_no, last_spans = block[-1]
    first_no, first_spans = block[0]
    source = -1
    lows = words[last_no]
    close = max((b for _, b in last_spans), default=-1)
    if any(w in REPORTING for w in lows[close + 1 :]):
        source = last_no  # '... since then we doubled it," said Ann Lee'
    else:
        lows = words[first_no]
        opened = min((a for a, _ in first_spans), default=0)
        before = lows[:opened]
        if before and (before[-1] == ":" or any(w in REPORTING for w in before)):
            source = first_no  # 'Ann Lee said: "We ...'
    for no, spans in block:
        out[no] = Turn(tuple(spans), source)


def _after_speaker(
    out: list[Turn], words: list[list[str]], sents: list[Sentence], no: int, size: int
) -> None:
    """A quotation opening the sentence `no` (and its block of `size` sentences), nothing
    outside it naming a speaker, after a sentence that does: one that ends in a colon ("Ann
    Lee, chief executive of Y, said:", the paragraph before or this one), or one of this
    paragraph with a reporting verb outside its own quotation ('"We ...," said Ann Lee, ...
    "We also ..."', 'Ann Lee, ... said sales rose. "We ..."')."""
    if no < 1 or sents[no].headline or sents[no - 1].headline:
        return
    before = words[no - 1]
    gap = sents[no].paragraph - sents[no - 1].paragraph
    colon = before[-1:] == [":"] and gap <= 1
    # a quote paragraph goes on after the speaker's own quote paragraph
    reach = 1 if before[:1] and before[0] in QUOTE_MARKS else 0
    source = no - 1
    if gap <= reach and out[no - 1].source >= 0:
        source = out[no - 1].source  # '"A," said Ann Lee. "B." "C."'
    elif not colon and (gap > reach or out[no - 1].spans or not _said(before, balanced(before))):
        return
    if size == 1:
        spans = balanced(words[no])
        if not spans or spans[0][0] != 0 or any(_said(words[no], spans)):
            return
        out[no] = Turn(tuple(spans), source)
        return
    for k in range(no, no + size):
        out[k] = out[k]._replace(source=source)


def _said(lows: list[str], spans: list[tuple[int, int]]) -> list[str]:
    """The reporting verbs of a sentence outside its quotations."""
    return [w for k, w in enumerate(lows) if w in REPORTING and not inside(spans, k)]


def _interview(out: list[Turn], words: list[list[str]], sents: list[Sentence], firsts: list[str]):
    """The turns of a Q&A: every sentence of a paragraph opened by a label, and of the
    unlabelled paragraphs after an answer once a question was labelled (an answer run on)."""
    turn, paragraph, asked = "", -1, False
    label: tuple[str, ...] = ()
    bare = _bare_questions(words, sents)
    for no, lows in enumerate(words):
        s = sents[no]
        if s.paragraph != paragraph:
            paragraph = s.paragraph
            opened = _opened(no, words, sents, firsts, turn)
            if not opened[0] and no in bare:
                opened = ("question", ())
            if opened[0] or not (asked and turn == "answer") or s.headline:
                turn, label = opened
            asked = asked or turn == "question"
        if not turn or out[no].spans:
            continue
        if turn == "question":
            asks = bool(lows) and lows[-1] == "?"
            out[no] = Turn(() if asks else ((-1, len(lows)),), -1, turn, label)
        else:
            out[no] = Turn(((-1, _own_voice_end(lows)),), -1, turn, label)


def _bare_questions(words: list[list[str]], sents: list[Sentence]) -> set[int]:
    """The first sentences of an interview's unlabelled question paragraphs: short paragraphs
    (a question, or a lead-in sentence and a question: "A shipper has sued you. Why?") that end
    in a question mark, with a paragraph after them that does not; only where an article has
    at least two, so that one rhetorical question ("What went wrong?") starts no interview. A
    short question line may have been read as a crosshead: it is still a question."""
    paragraphs = [list(p) for _, p in groupby(range(len(sents)), lambda no: sents[no].paragraph)]
    found: set[int] = set()
    for k, para in enumerate(paragraphs[:-1]):
        first, last, after = para[0], para[-1], paragraphs[k + 1][-1]
        if first == 0 or len(para) > 2 or words[last][-1:] != ["?"]:
            continue
        if sum(len(words[n]) for n in para) > MAX_QUESTION or words[after][-1:] == ["?"]:
            continue
        if words[first][:1] and words[first][0] not in QUOTE_MARKS:
            found.add(first)
    return found if len(found) >= 2 else set()


def _opened(
    no: int, words: list[list[str]], sents: list[Sentence], firsts: list[str], turn: str
) -> tuple[str, tuple[str, ...]]:
    """The turn a paragraph opening at sentence `no` starts: its label's; else an answer
    right after a question ("Q: Who backs you?" then a bare paragraph); else a question when
    it is one sentence asking "you" ("Who are your partners?"); else none."""
    s = sents[no]
    if not firsts[no] or s.headline:
        return "", ()
    opened = _label(firsts[no])
    if opened[0]:
        return opened
    if turn == "question":
        return "answer", ()
    lows = words[no]
    alone = no + 1 >= len(sents) or sents[no + 1].paragraph != s.paragraph
    if (
        alone
        and lows[-1:] == ["?"]
        and not ADDRESSED.isdisjoint(lows)
        and lows[0] not in QUOTE_MARKS
    ):
        return "question", ()
    return "", ()


def _label(text: str) -> tuple[str, tuple[str, ...]]:
    # (TURN_RE, which backtracks, only where its colon is)
    m = (TURN_RE.match(text) if ":" in text else None) or SHORT_TURN_RE.match(text)
    if not m:
        return "", ()
    label = tuple(m.group(1).lower().split())
    if label[-1] in QUESTION_LABELS:
        return "question", ()
    if label[-1] in ANSWER_LABELS:
        return "answer", ()
    return "answer", label


def _own_voice_end(lows: list[str]) -> int:
    """Where the answer stops speaking for itself: an opinion verb with another subject
    ("Analysts say we should ..."), a quotation's opening mark ('The board told us: "We
    ..."'), else its end."""
    for k, w in enumerate(lows):
        if w in OPINION_VERBS and k >= 1 and lows[k - 1] not in FIRST_PERSON:
            return k
        if w in OPEN or (w == STRAIGHT and k >= 1):
            return k
    return len(lows)


def speaker_person(
    lows: list[str], quoted: list[tuple[int, int]], names: list[Mention], type_of: Callable
) -> str | None:
    """The person a sentence's quotation is attributed to: the first person named outside it,
    in a sentence with a reporting verb (or "according to") outside it ('"I ...," said Ann
    Lee'); else None."""
    if not any(lows[k] in ATTRIBUTING for k in range(len(lows)) if not inside(quoted, k)):
        return None
    for m in names:
        if not inside(quoted, m.i) and type_of(m.ids[0]) == "Person":
            return m.ids[0]
    return None


def pronoun_speaker(lows: list[str], quoted: list[tuple[int, int]]) -> int:
    """A quotation attributed to "he" or "she" ('"We ...," she said', 'he told reporters',
    'said he'): the pronoun's position, next to a reporting verb, both outside the
    quotation; else -1."""
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in SPEAKING_PRONOUNS or inside(quoted, k):
            continue
        if (k + 1 < n and lows[k + 1] in SAYING) or (k >= 1 and lows[k - 1] in SAYING):
            return k
    return -1


SPEAKING_PRONOUNS: frozenset[str] = frozenset(_DATA["speaking_pronouns"])
