"""Criticism of a board told to an audience: "Ivo Brandt told shareholders that the directors
had 'chased size over quality'", "told investors the board was 'asleep at the wheel'": the
speaker disputes the organization the board runs (`SentenceContext.managed`, the article's
clear topic). A bare "said the board had '...'" is not read: its quotation is too often neutral
or praise.

The quotation marks are the mark of the criticism: "said the board had met five times" reports
a fact, no dispute. A commentator's remark (an analyst, a judge: `commentators` in the
`litigation` entry of `loaders/data/triggers.yaml`) disputes no one, and another organization
named after the verb leaves whose board it is unclear.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.litigation import MANAGEMENT_FILLERS, MANAGEMENT_WORDS, forum
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.words import PUNCT_STOP, QUOTE_MARKS, REPORTING, TELLING, M

RULE: Final = "litigation/quoted-board"
# who may be told between "told" and the reported clause: "told shareholders", "told the
# annual meeting"
AUDIENCE_REACH = 3
# words from the board noun to the quotation: "had 'lost'", "was simply 'asleep'"
QUOTE_REACH = 4


def cues(lex: Lexicon) -> frozenset[str]:
    return MANAGEMENT_WORDS


@per_lexicon
def commentators(lex: Lexicon) -> frozenset[str]:
    """Role nouns of people whose remarks dispute no one: "an analyst at Kestrel"."""
    spec = lex.data.get("litigation") or {}
    return word_set(spec.get("commentators"))


def quoted_board(s: Sentence) -> None:
    org = s.context.managed
    if not org:
        return
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in TELLING and not _said_at_meeting(s, k):
            continue  # "said the board had 'x'": too often a neutral or a praising quote
        b = _board_after(s, k)
        if b < 0 or not _quoted_after(s, b):
            continue
        subj = subjects(s, k, True)
        if not subj or forum(s, subj[0]) or s.blocked(subj[0] + 1, b):
            continue
        if commentators(s.lex).intersection(lows[:k]):
            continue  # "Ida Marr, an analyst at Kestrel, said the board had 'lost its way'"
        critics = coord(s, subj[0], -1)
        if any(org in s.ment(x).ids or _leads(s, x, org) for x in critics):
            continue  # the company's own voice: "Its chair, Ola Berg, said the board had ..."
        if any(x > k and "Organization" in s.etypes(x) for x, v in enumerate(lows) if v == M):
            continue  # "said the board of Vessan had ...": read by the verbal rules
        ctx = Mention((org,), -1, -1, "context", 0.7)
        s.emit(s.merged(critics), ("DISPUTES",), ctx, RULE, 0.6)


@per_lexicon
def meeting_nouns(lex: Lexicon) -> frozenset[str]:
    """Meetings whose audience a remark is told to: "said at the vote that"."""
    spec = lex.data.get("litigation") or {}
    return word_set(spec.get("meeting_nouns"))


def _said_at_meeting(s: Sentence, k: int) -> bool:
    """ "said at the vote that", "said at the annual meeting that": a reporting verb at k
    told to the holders at their meeting, like "told shareholders"."""
    lows = s.lows
    if lows[k] not in REPORTING or k + 1 >= len(lows) or lows[k + 1] != "at":
        return False
    span = lows[k + 2 : k + 2 + AUDIENCE_REACH]
    return "that" in span and any(w in meeting_nouns(s.lex) for w in span)


def _leads(s: Sentence, x: int, org: str) -> bool:
    """The person at x leads `org` by this sentence's role rules."""
    ids = s.ment(x).ids
    return any(f.type == "LEADS" and f.source in ids and f.target == org for f in s.found)


def _board_after(s: Sentence, k: int) -> int:
    """The board noun opening the clause reported by the telling verb at k past its audience:
    "told shareholders that the directors", "told investors the company's management"; else -1
    (also for "told the board that ...", where the board is the audience)."""
    lows = s.lows
    n = len(lows)
    p = q = k + 1
    while q < n and q - p < AUDIENCE_REACH and lows[q].isalpha() and lows[q] != "that":
        if lows[q] in MANAGEMENT_WORDS:
            return -1  # "told the board": the audience, not the one criticised
        if q > p and _board_at(s, q) >= 0:
            break  # "told investors the directors"
        q += 1
    if q == p:
        return -1
    p = q + (q < n and lows[q] == "that")
    return _board_at(s, p)


def _board_at(s: Sentence, p: int) -> int:
    """The board noun of the phrase at p ("the board", "the company's management"), else -1."""
    lows = s.lows
    n = len(lows)
    while p < n and (lows[p] in MANAGEMENT_FILLERS or lows[p] == "'s"):
        p += 1
    return p if p < n and lows[p] in MANAGEMENT_WORDS else -1


def _quoted_after(s: Sentence, b: int) -> bool:
    """A quotation (double, or a single mark before a word) opens a few words after the board
    noun at b, in its clause: "had 'lost'", 'was "asleep"'."""
    lows = s.lows
    for p in range(b + 1, min(len(lows), b + 1 + QUOTE_REACH)):
        if lows[p] in QUOTE_MARKS:
            return True
        if lows[p] == "'" and p + 1 < len(lows) and lows[p + 1].isalpha():
            return lows[p + 1] not in ("s", "t")  # 'lost their nerve' (not an apostrophe)
        if lows[p] == M or lows[p] in PUNCT_STOP or lows[p] == ",":
            return False
    return False
