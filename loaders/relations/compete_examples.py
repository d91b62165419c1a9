"""Rivalry family: examples set off after the plural object of a verb of competing.

- `compete_examples`: "Brenlow competes for school contracts with far bigger rivals,
  including Ostrel Print and Kadden Press", "It vies with several regional carriers, among
  them Fjordway and Tarnair", "Velmora competes with larger chains, such as Dunholt's frozen
  unit and the discounter Prisca": the verb's subject competes with each named example (a
  possessor's unit counts for its possessor, and the list goes on after "and"). The object
  is a plural noun of up to four plain words, set off from the examples by a comma; the
  subject is a name or a resolved pronoun, and nothing else is named between it and the verb
  ("A said B competes with ..." is B's).
Words: `compete_forms` and `example_openers` of `loaders/data/rivalry.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, right, subjects
from loaders.relations.rival_copulas import RIVAL_TYPES
from loaders.relations.rival_words import rival_words
from loaders.relations.words import M

RULE: Final[str] = "rivalry/compete-examples"
PREP_REACH: Final = 6  # words between the verb and its "with" ("for school contracts")
NOUN_REACH: Final = 4  # words of the plural object ("far bigger regional rivals")
UNIT_REACH: Final = 5  # words of a possessor's thing ("frozen food unit")
# a name, a resolved pronoun ("It competes") or description ("The firm competes")
SUBJECT_KINDS: Final[frozenset[str]] = frozenset({"name", "pronoun", "np"})
COMPETE_PREPS: Final[frozenset[str]] = frozenset({"with", "against"})


def cues(lex: Lexicon) -> frozenset[str]:
    return rival_words(lex).compete_forms


def compete_examples(s: Sentence) -> None:
    lows = s.lows
    rw = rival_words(s.lex)
    forms, openers = rw.compete_forms, rw.example_openers
    for k, w in enumerate(lows):
        if w not in forms:
            continue
        p = _prep_after(lows, k)
        close = _plural_object(lows, p + 1, openers) if p > 0 else -1
        first = _example(s, close + (lows[close] == ","), openers) if close > 0 else -1
        if first < 0:
            continue
        subj = rival_subject(s, k)
        if subj < 0:
            continue
        members = _members(s, first)
        if not members or any(s.ment(x).shares(s.ment(subj)) for x in members):
            continue
        if s.negated(subj + 1, first) or s.blocked(subj, members[-1]):
            continue
        s.emit(s.ment(subj), ("COMPETES_WITH",), s.merged(members), RULE, 0.6)


def _prep_after(lows: list[str], k: int) -> int:
    """The "with"/"against" after the verb at k past plain words, else -1."""
    for p in range(k + 1, min(len(lows), k + 2 + PREP_REACH)):
        if lows[p] in COMPETE_PREPS:
            return p
        if not lows[p].replace("-", "").isalpha() or lows[p] in ("and", "or", "that"):
            return -1
    return -1


def _plural_object(lows: list[str], p: int, openers: frozenset[str]) -> int:
    """The comma or example opener closing a plural noun phrase of plain words opening at p
    ("much larger rivals,", "apps from studios such"), else -1."""
    for q in range(p, min(len(lows) - 1, p + NOUN_REACH + 1)):
        w = lows[q]
        if w == "," or w in openers or " ".join(lows[q : q + 2]) in openers:
            plural = q > p and lows[q - 1].endswith("s") and lows[q - 1] != "its"
            return q if plural else -1
        if not w.replace("-", "").isalpha() or w in ("and", "or"):
            return -1
    return -1


def _example(s: Sentence, q: int, openers: frozenset[str]) -> int:
    """The first named example after an opener at q ("including A", "among them A"), else -1."""
    lows = s.lows
    for width in (2, 1):
        if " ".join(lows[q : q + width]) in openers:
            first = right(s, q + width, 3)
            return -1 if first < 0 or s.is_det(first) else first
    return -1


def _members(s: Sentence, first: int) -> list[int]:
    """The coordinated examples from `first`, past a possessor's thing ("A's frozen unit and
    the discounter B")."""
    lows = s.lows
    members = coord(s, first, +1)
    last = members[-1]
    if last + 1 < len(lows) and lows[last + 1] == "'s":
        q = last + 2
        while q < len(lows) and q - last <= UNIT_REACH and lows[q].replace("-", "").isalpha():
            if lows[q] == "and":
                more = right(s, q + 1, 4)
                if more >= 0 and not s.is_det(more) and s.etypes(more) <= RIVAL_TYPES:
                    members += coord(s, more, +1)
                break
            q += 1
    return [x for x in members if s.etypes(x) <= RIVAL_TYPES]


def rival_subject(s: Sentence, k: int) -> int:
    """The named or resolved subject of the verb at k when nothing else is named between."""
    subj = next(iter(subjects(s, k, True)), -1)
    if subj < 0 or not s.etypes(subj) <= RIVAL_TYPES:
        return -1
    if s.ment(subj).kind not in SUBJECT_KINDS:
        return -1
    ids = set(s.ment(subj).ids)
    if any(s.lows[x] == M and not set(s.ment(x).ids) <= ids for x in range(subj + 1, k)):
        return -1
    return subj
