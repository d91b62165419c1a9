"""The subject a verb after "and" shares with the verb before it.

"Orlan bought a stake in Tissard last year and now owns 60% of it": the name nearest "owns" is
the first verb's object; the second verb, joined by "and" (and adverbs), has the first verb's
subject (Orlan), not its object. Only a short adjunct without names or commas may stand between
that object and "and" ("last year", "in 2019", "to C": "sold B to C and bought D"), and a
trigger word or past form must stand just before the object.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon
from loaders.relations.model import Sentence
from loaders.relations.nav import opening_mention, subjects
from loaders.relations.words import (
    ARTICLES,
    AUXILIARIES,
    DASHES,
    DATE_WORDS,
    PREPOSITIONS,
    PUNCT_STOP,
    REPORTING,
    SUBJECT_CONTROL,
    M,
)

# heads of a coordinated predicate's infinitive: "and agreeing to buy C", "and went on to
# found C" (the verb after "to" has the first predicate's subject)
PREDICATE_CONTROLS: Final = frozenset(
    {"agreed", "agreeing", "agrees", "decided", "deciding", "went", "going", "goes", "moved"}
)

ADJUNCT = 5  # words between the first verb's object and "and"
PP_ADJUNCT = 8  # ... when they open with a preposition ("in a rented kitchen in 1990")
APPOSED_REACH = 3  # more words to the first verb before an apposed object (", B,")
TIME_REACH = 3  # words of a time adjunct after "and" ("and in 1978 co-founded")
OBJECT_REACH = 7  # words between the first verb and its object
# endings of words in -s that are no present verb ("across", "versus", "bonus", "analysis")
NOT_PRESENT: Final = ("ss", "us", "is", "'s")
LINK_ADVERBS: Final = frozenset(
    {"now", "also", "since", "later", "then", "still", "already", "soon"}
)


def _verb_start(lows: list[str], v: int) -> int:
    """The position before the verb at v, past auxiliaries and adverbs."""
    a = v - 1
    while a >= 0 and (
        lows[a] in AUXILIARIES
        or lows[a] in LINK_ADVERBS
        or (len(lows[a]) > 4 and lows[a].endswith("ly") and lows[a].isalpha())
    ):
        a -= 1
    return a


def _and_start(lows: list[str], v: int) -> int:
    """The position of "and" that opens the predicate of the verb at v, past auxiliaries,
    adverbs, a control head ("and agreeing to buy", "and went on to found") and a short time
    adjunct ("and in 1978 co-founded", "and last month bought"); else the position before v."""
    a = _verb_start(lows, v)
    if a >= 1 and lows[a] == "to" and lows[a - 1] in PREDICATE_CONTROLS:
        a = _verb_start(lows, a - 1)
    elif a >= 2 and lows[a] == "to" and lows[a - 1] == "on" and lows[a - 2] in PREDICATE_CONTROLS:
        a = _verb_start(lows, a - 2)  # "and went on to found"
    for b in range(a, max(0, a - TIME_REACH) - 1, -1):
        if lows[b] == "and":
            return b if all(_time_word(w) for w in lows[b + 1 : a + 1]) else a
    return a


def _time_word(w: str) -> bool:
    return w in DATE_WORDS or w[:1].isdigit() or w == ","


def _unpossessed(lows: list[str], x: int) -> bool:
    """A name at x that is no possessor ("Spain" in "Spain's biggest bakery" is one)."""
    return lows[x] == M and (x + 1 >= len(lows) or lows[x + 1] != "'s")


def _prep_object(lows: list[str], x: int) -> bool:
    """The name at x is a preposition's object ("to C" in "sold B to C and bought D")."""
    return lows[x] == M and lows[x - 1] in PREPOSITIONS


def verb_like(s: Sentence, x: int) -> bool:
    """A trigger word or a past form ("bought", "acquired", "left") at x, or a present verb
    right after a name ("X supplies Y and sued Z")."""
    w = s.lows[x]
    if not w.isalpha():
        return False
    if w in s.lex.triggers or (len(w) > 4 and w.endswith("ed")) or w in _pasts(s.lex):
        return True
    return w in SUBJECT_CONTROL or _present_after_name(s, x)


def _present_after_name(s: Sentence, x: int) -> bool:
    """A present form in -s right after a name: "X supplies Y", "X runs Y"."""
    w = s.lows[x]
    if x < 1 or s.lows[x - 1] != M or s.is_det(x - 1) or len(w) < 4:
        return False
    return w.endswith("s") and not w.endswith(NOT_PRESENT)


@per_lexicon
def _pasts(lex: Lexicon) -> frozenset[str]:
    """Irregular past forms ("sold", "bought", "lent")."""
    return frozenset(f for forms in lex.irregular.values() for f in forms[:2])


def shared_subject(s: Sentence, v: int, cands: list[int]) -> list[int]:
    """Subject candidates of the verb at v, the first verb's subject first when v is the
    second verb of "X verbed Y ... and verbs"; else `cands` unchanged."""
    lows = s.lows
    a = _and_start(lows, v)
    if a < 1 or lows[a] != "and" or not cands or cands[0] >= a:
        return cands
    obj = cands[0]
    if obj >= 2 and lows[obj - 1] in PREPOSITIONS and lows[obj - 2] == M:
        obj -= 2  # "sold B to C and bought D": the first verb's object is B
    between = [w for x, w in enumerate(lows[obj + 1 : a], obj + 1) if not _prep_object(lows, x)]
    apposed = lows[obj - 1] == "," and between[:1] == [","]  # "bought the servicer, B, in 2024"
    between = between[1:] if apposed else between
    reach = PP_ADJUNCT if between[:1] and between[0] in PREPOSITIONS else ADJUNCT
    if len(between) > reach or M in between or "," in between:
        return cands
    if any(w in PUNCT_STOP for w in between):
        return cands
    lo = max(-1, obj - OBJECT_REACH - (APPOSED_REACH if apposed else 0) - 1)
    verb = next((x for x in range(obj - 1, lo, -1) if verb_like(s, x)), -1)
    if verb < 0 or any(_unpossessed(lows, x) for x in range(verb + 1, obj)):
        return cands  # a possessor may stand there: "bought Spain's biggest bakery, B,"
    first = [c for c in subjects(s, verb, True) if c < verb]
    if not first:
        return cands
    return [first[0]] + [c for c in cands if c != first[0]]


SECOND_COPULAS: frozenset[str] = frozenset({"is", "was"})
# words that open another clause between the opening name and "and": its subject is not the
# opening name's ("X bought Y, which makes chips and is based in Z")
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"which", "who", "whose", "that", "while", "whereas", "but", "after", "before", "when"}
)


def second_predicate(s: Sentence, k: int, cands: list[int]) -> list[int]:
    """Subject candidates of the noun trigger at k ("based in", "headquartered in") when it is
    a second predicate, "and is based in", of the name the sentence opens with: "X is a
    subsidiary of Y and is headquartered in Z", "X, a portfolio company of Y, develops parks
    and is based in Z" -> X first; else `cands` unchanged. Not past a relative or reported
    clause ("X said Y ... and is based in"), a sentence stop or a plural "are"."""
    lows = s.lows
    c = k - 1
    while c >= 0 and lows[c] in LINK_ADVERBS:
        c -= 1  # "and is also based in"
    if c < 2 or lows[c] not in SECOND_COPULAS or lows[c - 1] != "and":
        return cands
    head = opening_mention(s)
    if head < 0 or head >= c - 2 or (cands and cands[0] == head):
        return cands
    if head > 0 and lows[head - 1] not in ARTICLES and lows[head - 1] not in DASHES:
        return cands  # "According to X, ...", "After X bought Y, ..."
    between = lows[head + 1 : c - 1]
    if any(w in CLAUSE_OPENERS or w in REPORTING or w in PUNCT_STOP for w in between):
        return cands
    if s.etypes(head) and "Location" in s.etypes(head):
        return cands
    return [head] + [x for x in cands if x != head]


OWN_SUBJECT_REACH = 6  # words of an unnamed subject ("the plant's shop stewards")
CLAUSE_JOINS: Final = frozenset({"and", "but"})
# possessors whose people may speak for them ("and Harlow's chief has criticised Y")
PARTY_TYPES: Final = frozenset({"Organization", "Person"})
# prepositions of a place inside an unnamed subject ("the drivers' union at Kelso")
SUBJECT_PLACE_PREPS: Final = frozenset({"at", "in", "from"})


def own_subject(s: Sentence, c: int, v: int) -> bool:
    """ "P has called the plan a gamble, and the plant's shop stewards have criticised Q": the
    verb at v follows a clause join (", and", ", but", ";") and a subject of its own that names
    no entity; the name at c before the join is not its subject."""
    lows = s.lows
    a = _verb_start(lows, v)
    p = a
    while p > c and a - p < OWN_SUBJECT_REACH and lows[p] not in ARTICLES:
        if lows[p] == M and lows[p + 1] == "'s" and PARTY_TYPES.isdisjoint(s.etypes(p)):
            break  # "the plant's shop stewards": a possessor no party speaks for
        if lows[p] == M and lows[p - 1] in SUBJECT_PLACE_PREPS:
            p -= 2  # "the drivers' union at Kelso": a place inside the subject
            continue
        if lows[p] not in ("'s", "'") and (not lows[p].isalpha() or lows[p] in AUXILIARIES):
            return False
        p -= 1
    if p <= c + 2 or p == a or (lows[p] not in ARTICLES and lows[p] != M):
        return False
    return lows[p - 1] == ";" or (lows[p - 1] in CLAUSE_JOINS and lows[p - 2] == ",")
