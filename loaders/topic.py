"""The article's topic company: the one organization its first line names ("Tarrow Mining
lifts output", "Brightmoor Freight to cut 400 jobs").

A description that opens a new paragraph ("The company, founded in 1998 by Ann Lee, ...") goes
back to the topic rather than to a company the paragraph before spoke of in passing (an
analyst's firm, a customer, a reviewer): writers start a paragraph on the article's subject.
Kept conservative: the first line names one organization and no other; the company the
description would otherwise mean is not named in the first line, is named less often than the
topic, and was first named in the paragraph just before, inside a prepositional phrase
("Analysts at Brellis Securities said", "bought by Graneth Steel"; a rival or buyer the
paragraph introduced as a subject keeps the description: read as the topic it cost precision
on a blind set); and the description fits the topic ("the bank" right after a bank was named
stays with that bank when the topic is a miner). A merger of equals ("A and B to merge") has no
topic.

A description no organization in reach fits ("The company was founded by Ann Lee", fourteen
sentences after the topic's last naming), and an opening "It" or "Its chief executive" with no
organization in reach (and no thing the sentence before opened with), also mean the topic when
it is the article's most named organization.

An interview's headline ("Q&A: Hana Ostrova, the founder of Velden Foods") names its
interviewee right after the label (`interviewee_offset`): the one name of a headline the
article reads (other headline names count only when the body names them too), the person an
answer's "I" is when the body names no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeAlias

from loaders.lexicon import read_data
from loaders.sentences import Sentence

if TYPE_CHECKING:
    from loaders.coref import Salience

_LABELS: list[str] = sorted(read_data("speakers.yaml")["interview_headlines"], key=len)
# the label, then a colon or a dash ("Q&A:", "Interview -") or, for a label ending in a
# preposition ("In conversation with"), a space
INTERVIEW_RE: re.Pattern[str] = re.compile(
    r"^\W{0,2}(?:"
    + "|".join(re.escape(w) for w in reversed(_LABELS))
    + r")(?:\s*[:|\u2013\u2014-]\s*|(?:(?<=with)|(?<=for))\s+)(?=(?-i:[A-Z]))",
    re.I,
)
Pairs: TypeAlias = Sequence[tuple[Sentence, object]]  # each sentence and its analysis


def opening_topic(ids: Sequence[str], type_of: Callable[[str], str]) -> tuple[str | None, set[str]]:
    """The topic of an article whose first line names the entities `ids`: its one
    organization, else None; and all the organizations that line names."""
    orgs = {rid for rid in ids if type_of(rid) == "Organization"}
    return (next(iter(orgs)) if len(orgs) == 1 else None), orgs


def topic_fits(salience: Salience, topic: str, words: tuple[str, ...], head: str) -> bool:
    """The description (`words`, ending in `head`) fits the topic: a plain "the company", or
    a kind the text gave the topic ("the miner"; "the bank" when the topic is a miner is the
    bank last named)."""
    kinds = salience.kinds_of(words)
    if kinds and kinds <= salience.registry.lex.strict_kinds:
        return False  # "the ministry": a public body, never the topic company
    return not kinds or salience.of_kind(topic, kinds) or salience.called(topic, head)


def paragraph_start(pairs: Pairs, sno: int) -> int:
    """The first sentence of the paragraph sentence `sno` is in."""
    while sno > 0 and pairs[sno - 1][0].paragraph == pairs[sno][0].paragraph:
        sno -= 1
    return sno


def opens_paragraph(pairs: Pairs, sno: int) -> bool:
    """Sentence `sno` is the first of its paragraph (not the article's first)."""
    return 0 < sno < len(pairs) and pairs[sno - 1][0].paragraph != pairs[sno][0].paragraph


def interviewee_offset(headline: str) -> int:
    """Where the interviewee's name starts in an interview's headline ("Q&A: Hana Ostrova"),
    else -1."""
    m = INTERVIEW_RE.match(headline)
    return m.end() if m else -1


FIRST_PERSON_REACH: int = 6  # words between a quoted "I"/"we" and the description it acts on
CLAUSE_STOPS: frozenset[str] = frozenset({",", ";", ":", '"', "\u201c", "\u201d", "that", "and"})


def first_person_clause(lows: list[str], i: int, quoted: list[tuple[int, int]]) -> bool:
    """The description at i stands in a quotation's clause whose subject is the speaker ('"I
    founded the company in 2001," said Ivo Marr, chief executive of Dalby Mobile'): it is the
    speaker's organization, not the article's topic."""
    if not any(a < i < b for a, b in quoted):
        return False
    for k in range(i - 1, max(-1, i - 1 - FIRST_PERSON_REACH), -1):
        if lows[k] in ("i", "we"):
            return True
        if lows[k] in CLAUSE_STOPS:
            return False
    return False
