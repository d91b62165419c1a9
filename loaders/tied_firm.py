"""A company reference in a relative clause on a person: "Lumicoat was launched by Annelie
Roduit. ... Roduit, who still heads the company, shrugged off the row": the company is the one
the person is already tied to (founded or leads), not the organization named last.

Only "P, who [adverb] VERB the company" with a verb of leading or founding (`leading`: "heads",
"runs", "founded"; not "who has sued the company"), at most `WHO_REACH` words between "who" and
the reference, and only when the earlier relations tie P to exactly one organization.

`agent_firm`: when P is the agent of a passive whose subject opens the sentence ("Rift Power is
chaired by Ada Moi, a former regulator who founded the company"), the company is that subject;
only the subject's own passive of founding, owning or leading ("X is/was VERBed by", not "X
said Y was founded by", "bought a rig built by", "was sued by"), and no clause or phrase after
"the company" ("the company that owns the field").

`started_by_firm`: "the company she started" is the one organization the latest person is
already tied to.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Final

from loaders.lexicon import read_data, word_set
from loaders.relations.model import Mention
from loaders.relations.words import COPULAS

WHO_REACH: Final = 3  # words between "who" and "the company": "who still heads"
APPOSED_REACH: Final = 6  # words of an appositive between P and "who": ", a former regulator"
AGENT_REACH: Final = 3  # words between "by" and P: "by the chemist Ada Moi"
# after "the company": a clause or phrase that makes it another firm than the subject's
# (`loaders/data/grammar.yaml` restricting_openers)
RESTRICTING: Final = word_set(read_data("grammar.yaml")["restricting_openers"])
# the auxiliaries of a subject's passive: "is", "was", "has been" (the copulas and perfect
# auxiliaries of `relations.words.COPULAS`)
PASSIVE_AUX: Final = COPULAS
TIE_TYPES: Final[frozenset[str]] = frozenset({"FOUNDED", "LEADS"})


def tied_firm(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    relations: Collection[tuple[str, str, str]],
    type_of: Callable[[str], str],
    leading: Callable[[str], bool],
) -> str | None:
    """The organization the person before ", who ..." ending just before the reference at i
    founded or leads, when the clause's verb is one of leading (`leading`) and earlier
    relations name exactly one; else None."""
    person = _who_person(lows, items, i, type_of, leading)
    if person is None:
        return None
    return one_tied(person, relations, type_of)


def started_by_firm(
    lows: Sequence[str],
    i: int,
    person: str | None,
    relations: Collection[tuple[str, str, str]],
    type_of: Callable[[str], str],
    leading: Callable[[str], bool],
) -> str | None:
    """ "The company she started" at i: the one organization the earlier relations tie the
    pronoun's `person` (the latest person named) to ("bought Dorn from its founder, Iris Blum.
    ... The company she started": Dorn); else None."""
    if person is None or not started_by_pronoun(lows, i):
        return None
    verb = next((v for v in range(i + 3, min(i + 5, len(lows))) if leading(lows[v])), -1)
    if verb < 0:
        return None  # "the company she started", "the company he once ran"
    if lows[verb + 1 : verb + 2] == [","]:
        return None  # "The company she started, Corivo Studios, ...": the aside may name it
    return one_tied(person, relations, type_of)


def started_by_pronoun(lows: Sequence[str], i: int) -> bool:
    """ "he" or "she" right after the two words of "the company" at i ("the company she
    started"): the cheap test of `started_by_firm`, made before looking up the person."""
    return lows[i + 2 : i + 3] in (["he"], ["she"])


def one_tied(
    person: str, relations: Collection[tuple[str, str, str]], type_of: Callable[[str], str]
) -> str | None:
    """The one organization the earlier relations say `person` founded or leads, else None."""
    tied = {
        dst
        for src, rel, dst in relations
        if src == person and rel in TIE_TYPES and type_of(dst) == "Organization"
    }
    return next(iter(tied)) if len(tied) == 1 else None


def _who_person(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    leading: Callable[[str], bool],
) -> str | None:
    """The person named right before the ", who" that opens the clause holding i, when a verb
    of leading stands between "who" and i (and only words: "who still heads")."""
    w = _who_clause(lows, i, leading)
    if w < 1 or lows[w - 1] != "," or not all(x.isalpha() for x in lows[w + 1 : i - 1]):
        return None  # "Roduit, who has sued the company": not her own firm
    m = _apposed_person(lows, items, w, type_of)
    return m.ids[0] if m is not None and m.j == w - 1 else None


def _who_clause(lows: Sequence[str], i: int, leading: Callable[[str], bool]) -> int:
    """The "who" at most `WHO_REACH` words before the reference at i whose clause has a verb
    of leading or founding (`leading`) before i ("who still heads the company"), else -1."""
    w = next((k for k in range(i - 2, max(0, i - 2 - WHO_REACH), -1) if lows[k] == "who"), -1)
    return w if w >= 1 and any(leading(x) for x in lows[w + 1 : i]) else -1


def agent_firm(
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    type_of: Callable[[str], str],
    leading: Callable[[str], bool],
    own_passive: Callable[[Sequence[str]], bool],
) -> str | None:
    """The organization opening the sentence whose passive's agent ("by P") is the person of
    the "who" clause holding the reference at i ("Lagune was founded by Aya Sow, who still runs
    the business"; "... by Ada Moi, a former regulator who founded the company"), when a verb
    of leading or founding stands between "who" and i; else None. Only the subject's own
    passive ("X is/was/has been VERBed by": `_subject_passive`), a verb `own_passive` accepts
    (not "was sued by", "was hired by"), and "the company" with no clause or phrase after it
    that makes it another ("who runs the company that owns the field")."""
    w = _who_clause(lows, i, leading)
    if w < 1:
        return None
    if lows[i + 2 : i + 3] and lows[i + 2] in RESTRICTING:
        return None  # "who runs the company which owns the field", "the company behind it"
    person = _apposed_person(lows, items, w, type_of)
    if person is None or not _agent_at(lows, person.i):
        return None
    first = items[0] if items else None
    if first is None or first.i > 1 or len(first.ids) != 1 or first.j >= person.i:
        return None  # the subject opens the sentence ("Rift", "The Kelso mill")
    if type_of(first.ids[0]) != "Organization" or "," in lows[first.j : person.i]:
        return None
    if any(first.j <= m.i < person.i for m in items):
        return None  # "Rift said Stel was set up by P": Stel's passive
    if not _subject_passive(lows[first.j : person.i], own_passive):
        return None  # "Rift bought a rig built by P", "Rift was sued by P"
    return first.ids[0]


def _subject_passive(words: Sequence[str], own_passive: Callable[[Sequence[str]], bool]) -> bool:
    """The words between the subject and its agent are "is/was/has been [adverb] VERBed
    [...] by" ("shares were bought in 2020 by"), the verb one `own_passive` accepts."""
    k = 1 if words[1:2] and words[1] in PASSIVE_AUX and words[0] not in PASSIVE_AUX else 0
    if not words[k : k + 1] or words[k] not in PASSIVE_AUX:
        return False  # (one noun first: "Rift Power shares were bought by")
    while k < len(words) and words[k] in PASSIVE_AUX:
        k += 1
    for n in range(k, min(len(words), k + 3)):
        if own_passive(words[n:]):
            return True
    return False


def _apposed_person(
    lows: Sequence[str], items: Sequence[Mention], w: int, type_of: Callable[[str], str]
) -> Mention | None:
    """The person named right before "who" at w, or before the comma of an appositive that
    ends in it (", a former regulator who"), with no other mention between."""
    before = [m for m in items if m.j <= w]
    if not before:
        return None
    m = before[-1]
    if len(m.ids) != 1 or type_of(m.ids[0]) != "Person":
        return None
    gap = lows[m.j : w]
    if gap == [","]:
        return m
    if 2 <= len(gap) <= APPOSED_REACH and gap[0] == "," and "," not in gap[1:]:
        return m if gap[1] in ("a", "an", "the") else None
    return None


def _agent_at(lows: Sequence[str], p: int) -> bool:
    """ "by" a few words before p, with no comma between ("by the chemist Ada Moi")."""
    for k in range(p - 1, max(-1, p - 2 - AGENT_REACH), -1):
        if lows[k] == "by":
            return True
        if not lows[k].isalpha():
            return False
    return False
