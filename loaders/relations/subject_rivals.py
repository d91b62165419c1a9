"""A bare "rival" before a name, read against the organization its clause is about.

"Ostrava Glass has hired Lene Brix, a former buyer at rival glassmaker Vitrek, as its adviser",
"Merrow Labs, the Leeds-based tester, has filed a claim accusing rival Pallin of poaching
staff": the rival noun names no owner ("rival of X", "X's rival"), and the article's context
may lean on another firm, but the sentence opens on an organization that is the subject of
its main verb; the rival is that organization's (`subject_rival_emit`).

A person subject stands for the firm that opens the sentence as its possessor ("Its finance
chief, P, joined from rival Vitrek"); a sentence naming no firm but the rival is read against
the firm "its" would name there, when no firm was leaned on for a bare rival.

It reads nothing when the sentence names a third organization (whose rival is unclear), or
when the subject is a public body (a regulator has no rivals).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.words import POSSESSIVE_MARKS, M

RULE: Final = "role/subject-rival"
OPENING_WORDS: Final = 3  # "Its", "The firm's", "Ostrava Glass's": where a possessor opens


def _org_of(s: Sentence, x: int) -> int:
    """The organization the subject at x stands for: itself, or the firm whose officer it
    is ("Its finance chief, P, joined from rival Y", "Ostrava's buyer P"); else -1."""
    if s.etypes(x) == {"Organization"} and not s.is_det(x):
        return x
    if "Person" not in s.etypes(x):
        return -1
    lows = s.lows
    first = next((q for q in range(min(OPENING_WORDS, x)) if lows[q] == M), -1)
    if first >= 0 and s.etypes(first) == {"Organization"} and _possessor(s, first):
        return first
    return -1


def _possessor(s: Sentence, x: int) -> bool:
    lows = s.lows
    return s.is_det(x) or (x + 1 < len(lows) and lows[x + 1] in POSSESSIVE_MARKS)


def _subject_org(s: Sentence, k: int, own: set[str]) -> int:
    """The organization the clause around the rival noun at k is about: its first subject
    candidate, or the firm a person subject serves; else -1."""
    for x in subjects(s, k, True):
        subject = _org_of(s, x)
        if subject >= 0:
            return -1 if own.intersection(s.ment(subject).ids) else subject
    return -1


def _third_org(s: Sentence, subject: int, holders: list[int], own: set[str]) -> bool:
    """The sentence names an organization other than the subject and the rivals (a court
    it sues in is a venue, no party: "lodged its case at the Commercial Court")."""
    subj = set(s.ment(subject).ids)
    venues = s.lex.venue_words
    for x, w in enumerate(s.lows):
        if w != M or x == subject or x in holders or "Organization" not in s.etypes(x):
            continue
        ids = set(s.ment(x).ids)
        if ids <= subj or ids <= own or any(i.split("-")[-1] in venues for i in ids):
            continue  # "it", "the company", a shorter name of either
        return True
    return False


def subject_rival_emit(s: Sentence, holders: list[int], k: int) -> bool:
    """ "Merrow Labs has sued rival Pallin": the holders of the bare rival noun at k compete
    with the organization the sentence opens on, the subject of its main verb."""
    own = {i for x in holders for i in s.ment(x).ids}
    subject = _subject_org(s, k, own)
    if subject < 0:
        return _unnamed_firm(s, holders, k, own)
    if _third_org(s, subject, holders, own) or s.blocked(subject + 1, k):
        return False
    if any(i.split("-")[-1] in s.lex.public_bodies for i in s.ment(subject).ids):
        return False  # "The Competition Authority cleared rival Pallin's bid"
    return s.emit(s.merged(holders), ("COMPETES_WITH",), s.ment(subject), RULE, 0.6)


def _unnamed_firm(s: Sentence, holders: list[int], k: int, own: set[str]) -> bool:
    """ "Its new buyer, who joined from rival Vitrek, said ...": a sentence naming no firm but
    the rival, where "its" would name the firm the article is about (`SentenceContext.org`)
    and no firm was leaned on for a bare rival."""
    org = s.context.org
    if s.context.rival is not None or not org or org in own or s.blocked(0, k):
        return False
    if any(
        w == M and x not in holders and "Organization" in s.etypes(x) for x, w in enumerate(s.lows)
    ):
        return False
    ctx = Mention((org,), -1, -1, "context", 0.7)
    return s.emit(s.merged(holders), ("COMPETES_WITH",), ctx, RULE, 0.6)
