"""Disputes talked about, asked about or alleged: who speaks and what the claim is about are
no parties.

- "Ada Lenz of Korvel Research asked about a lawsuit against X", "an analyst pointed to the
  suit A brought against B": the person who asks or points is no party, nor is the
  firm named with them; when the speaker is a firm's chief ("X's chair would not discuss the
  grievance by B"), the complaint disputes the firm, not the person.
- "X questioned whether Y would ever fill the hall", "grilled and kept questioning two
  officials of X":
  doubt about a plan and a hearing's questions are no dispute.
- "sued B, alleging that the Vento heater infringed its patents": a name the allegation's clause
  is about (not its subject) is no party.

Each rule drops what the rules before it found. Words: loaders/data/parties.yaml.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon, read_data, word_set
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.words import (
    AUXILIARIES,
    BE_FORMS,
    MODALS,
    PUNCT_STOP,
    QUESTION_AUXILIARIES,
    M,
)

_WORDS: Final = read_data("parties.yaml")
REPORTING_VERBS: Final = word_set(_WORDS["reporting_verbs"])
DISPUTE_NOUNS: Final = word_set(_WORDS["dispute_nouns"])
QUESTION_FORMS: Final = word_set(_WORDS["question_forms"])
QUESTION_OPENERS: Final = word_set(_WORDS["question_openers"])
HEARING_OBJECTS: Final = word_set(_WORDS["hearing_objects"])
ALLEGE_FORMS: Final = word_set(_WORDS["allege_forms"])
REPORT_LINKS: Final = word_set(_WORDS["report_links"])
UNOWNED_DETS: Final = word_set(_WORDS["unowned_dets"])
NOUN_GAP: Final = 4  # words between the verb's determiner and its dispute noun
SUBJECT_GAP: Final = 4  # words between a speaker and the verb: "also asked"
MODIFIER_LEADS: Final = word_set(_WORDS["modifier_leads"])
# words after a name that make it the clause's subject: "that the Tarrow council had ..."
VERBISH: Final = AUXILIARIES | MODALS | QUESTION_AUXILIARIES | BE_FORMS


def _where(s: Sentence, ident: str) -> list[int]:
    return [k for k, w in enumerate(s.lows) if w == M and ident in s.ment(k).ids]


def _disputes(s: Sentence) -> list[Found]:
    return [f for f in s.found if f.type == "DISPUTES"]


def reporting_cues(lex: Lexicon) -> Collection[str]:
    return REPORTING_VERBS


def bystanders(s: Sentence) -> None:
    """A person who asks about or points to a dispute noun ("asked about a lawsuit against
    X") is no party of it, nor is the firm named with them; a party inside the noun phrase that
    the rules tied to the speaker disputes the speaker's firm instead ("would not
    discuss the grievance by B")."""
    if not _disputes(s):
        return
    for v in _reported_nouns(s.lows):
        speaker = _person_before(s, v)
        for f in _disputes(s):
            src, tgt = _where(s, f.source), _where(s, f.target)
            if not src or not tgt:
                continue
            if speaker >= 0 and max(src) < v < min(tgt):
                s.withdraw([f])
            elif max(tgt) < v < min(src) and s.type_of(f.target) == "Person":
                s.withdraw([f])
                src_m = Mention((f.source,), 0, 0)
                for firm in _led_by(s, f.target):
                    s.emit(src_m, ("DISPUTES",), Mention((firm,), 0, 0), f.rule, f.confidence)


def _person_before(s: Sentence, v: int) -> int:
    """The person named as the subject of the verb at v ("Ada Lenz of Korvel Research also
    asked"): the nearest name within a few words before v, or -1."""
    lows = s.lows
    for k in range(v - 1, max(-1, v - SUBJECT_GAP), -1):
        if lows[k] == M:
            if "Person" in s.etypes(k):
                return k
            if k >= 2 and lows[k - 1] == "of" and lows[k - 2] == M:
                return k - 2  # "Ada Lenz of Korvel Research": a firm's analyst
            return -1
        if lows[k] in PUNCT_STOP or lows[k] == ",":
            return -1
    return -1


def _reported_nouns(lows: list[str]) -> list[int]:
    """Positions of reporting verbs followed by an unowned dispute noun ("asked about a
    lawsuit", "pointed to the legal challenge")."""
    out = []
    for v, w in enumerate(lows):
        if w not in REPORTING_VERBS:
            continue
        k = v + 1
        while k < len(lows) and lows[k] in REPORT_LINKS:
            k += 1
        if k < len(lows) and lows[k] in UNOWNED_DETS:
            span = lows[k + 1 : k + 2 + NOUN_GAP]
            if any(x in DISPUTE_NOUNS for x in span[: span.index(M) if M in span else None]):
                out.append(v)
    return out


def _led_by(s: Sentence, person: str) -> list[str]:
    return [f.target for f in s.found if f.type == "LEADS" and f.source == person]


def question_cues(lex: Lexicon) -> Collection[str]:
    return QUESTION_FORMS


def questioned(s: Sentence) -> None:
    """ "questioned whether X would ...", "questioning two officials of X": no dispute of X."""
    lows = s.lows
    for q in range(len(lows) - 2):
        if lows[q] not in QUESTION_FORMS:
            continue
        nxt = lows[q + 1]
        if nxt in QUESTION_OPENERS or (nxt in HEARING_OBJECTS and lows[q + 2] == "of"):
            _drop_across(s, q)


def _drop_across(s: Sentence, q: int) -> None:
    """Drop the verb-read disputes from a name before q to a name after it."""
    for f in _disputes(s):
        if not f.rule.startswith("verbal/"):
            continue
        src, tgt = _where(s, f.source), _where(s, f.target)
        if src and tgt and min(src) < q < min(tgt):
            s.withdraw([f])


def allege_cues(lex: Lexicon) -> Collection[str]:
    return ALLEGE_FORMS


def alleged_things(s: Sentence) -> None:
    """A name only inside a noun phrase of the clause of "alleging that ..." ("the Vento
    heater", "a batch of Oatly pellets") is what the claim is about, when the one who
    alleges disputes a party named outside the clause: no party itself."""
    if not _disputes(s):
        return
    lows = s.lows
    for a in range(len(lows) - 1):
        if lows[a] not in ALLEGE_FORMS or lows[a + 1] != "that":
            continue
        end = next((k for k in range(a + 2, len(lows)) if lows[k] in PUNCT_STOP), len(lows))
        inside = {
            i
            for k in range(a + 2, end)
            if lows[k] == M and _modifier(lows, k)
            for i in s.ment(k).ids
        }
        outside = {
            i for k, w in enumerate(lows) if w == M and not a < k < end for i in s.ment(k).ids
        }
        for f in _disputes(s):
            if f.target in inside - outside and _other_party(s, f, outside):
                s.withdraw([f])


def _other_party(s: Sentence, f: Found, outside: set[str]) -> bool:
    """The source of `f` disputes another party named outside the allegation's clause."""
    return any(g.source == f.source and g.target in outside for g in _disputes(s) if g is not f)


def _modifier(lows: list[str], k: int) -> bool:
    """The name at k is inside a noun phrase: after "of" ("a batch of Oatly pellets"), or
    between a determiner and a noun ("the Vento amplifier"; not "the Tarrow council failed",
    whose next word may be the clause's verb)."""
    if lows[k - 1] == "of":
        return True
    if lows[k - 1] not in MODIFIER_LEADS or k + 1 >= len(lows):
        return False
    nxt = lows[k + 1]
    return nxt.isalpha() and not nxt.endswith(("ed", "s")) and nxt not in VERBISH
