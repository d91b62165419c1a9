"""A verb's object cannot stand for the subject of its own clause.

"Pellow Mills sued the bakery": the bakery is not Pellow Mills (that would take "sued itself").
The same holds for a non-reflexive pronoun ("Pellow Mills sued it") and for a description in
a prepositional phrase of the verb ("Pellow Mills filed a claim against the bakery"), and
past an appositive or an aside on the subject ("Pellow Mills, the largest miller in the
county, sued the bakery"; "Pellow Mills, which makes flour, sued it"). The subject of a
subject relative clause is its antecedent ("Pellow Mills, which sued the bakery, ...").

Nothing is bound when the reference is a subject itself (it opens its clause: "Pellow said
the bakery would appeal"), a possessor ("bought the bakery's rival": that may well be the
subject's), coordinated with a name ("Pellow and the bakery"), a predicate ("became the
largest miller"), or when its clause's subject is not a name the sentence gave (a reported
clause "Pellow said analysts expect the bakery to ...", a participle "..., leaving it with
debts", a "whose" clause).

`bound_subjects` finds the entities a reference may not stand for; `rebind` gives a
resolution that names one of them a second chance without them (`loaders.references`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Final

from loaders.clause_subject import OPENERS, conjuncts
from loaders.grammar_words import POSSESSIVE_MARKS, POSSESSIVES, SKIP_DETS
from loaders.lexicon import Lexicon
from loaders.relations.model import OBJECT_FOLLOWERS, Mention
from loaders.relations.words import (
    AND_OR,
    AUXILIARIES,
    BE_FORMS,
    COPULAS,
    HOLDER_LINKS,
    MODALS,
    OBJECT_CONTROL,
    PARTITIVES,
    PREPOSED_OPENERS,
    PREPOSITIONS,
    QUOTE_MARKS,
    RELATIVES,
    SAYING,
)

if TYPE_CHECKING:
    from loaders.coref import Salience

Resolution = tuple[tuple[str, ...], float]

# the pronouns that may be a verb's object (not "its", "he", "they": possessors and subjects)
OBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "him", "them"})
# words after an object "it" ("sued it in May", "accused it of", "criticised it."); a subject
# "it" has its verb after it
IT_FOLLOWERS: Final[frozenset[str]] = (
    (OBJECT_FOLLOWERS - AND_OR)
    | PREPOSITIONS
    | {"up", "down", "off", "out", "!", "?"}
    | QUOTE_MARKS
)
# a verb's first word right after a reference: the reference is that verb's subject
FINITE: Final[frozenset[str]] = AUXILIARIES | MODALS | BE_FORMS | {"had", "did", "does", "do"}
# words opening a clause whose subject comes right after them ("after", "said", "; ")
CLAUSE_STARTS: Final[frozenset[str]] = (
    (OPENERS - {","}) | PREPOSED_OPENERS | SAYING | RELATIVES | {";", ":"}
)
# a predicate describes its own subject: "X became the largest miller"
PREDICATE_LINKS: Final[frozenset[str]] = BE_FORMS | COPULAS | HOLDER_LINKS
# words joining two verbs of one subject ("cut prices and sued it"), or two clauses when a
# name follows them ("A cut prices and B sued it")
LINKS: Final[frozenset[str]] = AND_OR | {"but"}
LEAD_REACH: Final = 4  # descriptor words before a clause's named subject ("the trade group X")
POSSESSED_REACH: Final = 3  # nouns between a possessor and the preposition ("its final offer for")


def bound_subjects(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    ref: tuple[int, int, bool],
    type_of: Callable[[str], str],
) -> frozenset[str]:
    """The entities the reference at i..j may not stand for: the named subject of the clause
    it is an object in (and the names coordinated with it); empty when there is none (see the
    module docstring). `pronoun`: the reference is a pronoun, whose clause ends at an
    infinitive with an object of its own ("asked the court to protect it")."""
    i, j, pronoun = ref
    if i == 0 or lows[i] == "that" or (j < len(lows) and lows[j] in POSSESSIVE_MARKS):
        return frozenset()  # ("that the firm": a clause's subject)
    if pronoun and lows[i] == "it" and lows[j : j + 1] and lows[j] not in IT_FOLLOWERS:
        return frozenset()  # "whether it would", "what it called": a subject
    if j < len(lows) and lows[j] in FINITE:
        return frozenset()  # "saying the firm was ...": the subject of its own verb
    if i >= 2 and lows[i - 1] == "of" and lows[i - 2] in PARTITIVES:
        return frozenset()  # "most of it": a part of a thing
    prev = lows[i - 1]
    if prev in OPENERS or prev in CLAUSE_STARTS or prev in AND_OR or prev in PREDICATE_LINKS:
        return frozenset()
    if _possessed_phrase(lows, i):
        return frozenset()
    before = [m for m in items if m.j <= i]
    start = _clause_start(lows, before, i)
    if start is None or _quote_between(lows, start, i):
        return frozenset()
    if pronoun and _infinitive_between(lows, before, start, i):
        return frozenset()
    subject = _subject_at(lex, lows, before, start, i, type_of)
    if subject is None:
        return frozenset()
    return frozenset(rid for m in conjuncts(lows, before, subject, 1) for rid in m.ids)


def _clause_start(lows: Sequence[str], before: Sequence[Mention], i: int) -> int | None:
    """Where the clause of position i starts: after the last clause opener before i that no
    closed aside holds, or after the comma that closes a fronted phrase or clause ("After X
    cut prices, Y sued it"), else 0; None after a "whose", a trailing participle or a ", and"
    (a clause whose subject is no name given before it)."""
    comma = -1  # the last comma before i that closes no aside on a name
    k = i - 1
    while k >= 0:
        w = lows[k]
        if w == "," and k + 1 < i and (lows[k + 1] in AND_OR or lows[k + 1].endswith("ing")):
            return None  # "..., and analysts expect it", "..., leaving it with debts"
        if w == "," and _closes_aside(lows, before, k):
            k = _aside_open(lows, k) - 1
            continue
        if w == "whose":
            return None
        if w == "," and comma < 0:
            comma = k
        elif w in LINKS and not any(m.i == k + 1 for m in before):
            pass  # "X cut prices and sued it": one subject for both verbs
        elif w in CLAUSE_STARTS:
            return comma + 1 if comma > k else k + 1
        k -= 1
    return comma + 1 if comma >= 0 else 0


def _closes_aside(lows: Sequence[str], before: Sequence[Mention], k: int) -> bool:
    """The comma at k closes an aside on a name: "X, the county's largest miller, sued"."""
    o = _aside_open(lows, k)
    return o >= 0 and any(m.j == o for m in before)


def _aside_open(lows: Sequence[str], k: int) -> int:
    """The comma opening the aside the comma at k closes, else -1."""
    o = k - 1
    while o >= 0 and lows[o] not in (",", ";", ":") and lows[o] not in QUOTE_MARKS:
        o -= 1
    return o if o >= 0 and lows[o] == "," and o < k - 1 else -1


def _subject_at(
    lex: Lexicon,
    lows: Sequence[str],
    before: Sequence[Mention],
    start: int,
    i: int,
    type_of: Callable[[str], str],
) -> Mention | None:
    """The named subject of the clause starting at `start`: a relative's antecedent ("X,
    which"), else its first mention, a few descriptor words in ("the trade group X"), that
    is a name, no possessor and no preposition's object; past a name modifying a role ("X
    chief executive Y"); None when none stands there."""
    if start >= 2 and lows[start - 1] in RELATIVES and lows[start - 2] == ",":
        if not any(m.i == start for m in before):
            m = next((m for m in before if m.j == start - 2), None)  # "X, which sued it"
            if m is None or m.kind != "name":
                return None
            person = type_of(m.ids[0]) == "Person"
            return m if person == (lows[start - 1] == "who") else None  # "P, CEO of X, who"
    for m in before:
        if m.i < start or m.j > i:
            continue
        lead = lows[start : m.i]
        if len(lead) > LEAD_REACH or m.kind != "name":
            return None
        if any(w in PREPOSITIONS or w in POSSESSIVE_MARKS for w in lead):
            return None
        if m.j < len(lows) and lows[m.j] in POSSESSIVE_MARKS:
            return None  # "X's chief sued it": the chief
        if m.j < len(lows) and lows[m.j] in lex.roles:
            start = m.j  # "X chief executive Y": Y
            continue
        return m
    return None


def _possessed_phrase(lows: Sequence[str], i: int) -> bool:
    """The reference at i is the object of a preposition inside a possessed noun phrase ("its
    bid for the dairy", "X's offer for it"): the possessor, not the clause's subject, is what
    it may not be."""
    if lows[i - 1] not in PREPOSITIONS:
        return False
    for k in range(i - 2, max(-1, i - 2 - POSSESSED_REACH), -1):
        w = lows[k]
        if w in POSSESSIVES or w in POSSESSIVE_MARKS:
            return True
        if not w.isalpha() or w in PREPOSITIONS:
            return False
    return False


def _quote_between(lows: Sequence[str], start: int, i: int) -> bool:
    """A quotation opens between the clause start and i: its words are another voice's."""
    return sum(1 for w in lows[start:i] if w in QUOTE_MARKS) % 2 == 1


def _infinitive_between(lows: Sequence[str], before: Sequence[Mention], start: int, i: int) -> bool:
    """ "asked the court to protect it": an infinitive with an object of its own (or after a
    verb of control) between the clause's start and the pronoun."""
    for k in range(start + 1, i):
        if lows[k] != "to" or lows[k - 1] in PREPOSITIONS:
            continue
        if any(m.j == k for m in before) or lows[k - 1] in OBJECT_CONTROL:
            return True
        if lows[k - 1].isalpha() and lows[k - 2] in SKIP_DETS:
            return True  # "urged the regulator to block it"
    return False


@contextmanager
def hidden(salience: Salience, ids: frozenset[str]) -> Iterator[None]:
    """The salience record with `ids` left out, for the time of one resolution."""
    saved = (salience.recent, salience.order, salience.core, salience.last, salience.main)
    salience.recent = deque((r for r in salience.recent if r[0] not in ids), salience.recent.maxlen)
    salience.order = {s: [r for r in v if r not in ids] for s, v in salience.order.items()}
    salience.core = {s: [r for r in v if r not in ids] for s, v in salience.core.items()}
    salience.last = {r: s for r, s in salience.last.items() if r not in ids}
    salience.main = {t: r for t, r in salience.main.items() if r not in ids}
    try:
        yield
    finally:
        salience.recent, salience.order, salience.core, salience.last, salience.main = saved


def rebind(
    lex: Lexicon,
    got: Resolution | None,
    ref: tuple[int, int, str, str],
    items: list[Mention],
    lows: list[str],
    salience: Salience,
    again: Callable[[list[Mention]], Resolution | None],
    type_of: Callable[[str], str],
) -> Resolution | None:
    """The resolution of an object reference, unless it names its own clause's subject: then
    the next one found without that subject (`again`, given the mentions less the subject's)
    when the sentence named it before the reference (for a pronoun, as the one other entity of
    its type); else the resolution as it was, for the rules to judge."""
    i, j, kind, _ = ref
    if got is None or kind not in ("np", "pronoun"):
        return got
    if kind == "pronoun" and lows[i] not in OBJECT_PRONOUNS:
        return got
    banned = bound_subjects(lex, lows, items, (i, j, kind == "pronoun"), type_of)
    if banned.isdisjoint(got[0]):
        return got
    with hidden(salience, banned):
        found = again([m for m in items if banned.isdisjoint(m.ids)])
    if found is None or not banned.isdisjoint(found[0]):
        return got  # nothing else at hand: left to the rules (a share "of it" read as the topic)
    others = _others_before(items, banned, i, type_of, found[0])
    if not others.issuperset(found[0]) or (kind == "pronoun" and len(others) > 1):
        return got  # "sued it": a thing the sentence spoke of, more often than a firm far off
    return found


def _others_before(
    items: Sequence[Mention],
    banned: frozenset[str],
    i: int,
    type_of: Callable[[str], str],
    found: tuple[str, ...],
) -> set[str]:
    """The entities of the found ones' types the sentence mentioned before position i, other
    than `banned`."""
    kinds = {type_of(r) for r in found}
    return {r for m in items if m.j <= i for r in m.ids if r not in banned and type_of(r) in kinds}
