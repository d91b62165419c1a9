"""Advice given in relative and purpose clauses: the adviser is the relative pronoun's or the
hired one's name, never the person advised.

"Tom Ferrier, an ex-banker who has counselled her since 2018" (Ferrier ADVISES her); "Ada
Colquhoun, who gave him his first job and still counsels him" (Colquhoun ADVISES him, not the
reverse); "Gavilan has retained the lawyer Rhea Mond to counsel its directors" (Mond ADVISES
Gavilan: a specialist hired to advise a company's board advises the company). The verb read is
claimed, so the verbal family does not read it again. Words: `loaders/data/advice.yaml`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon, read_data
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.unnamed_roles import relative_head
from loaders.relations.words import PUNCT_STOP, SKIP_DETS, M

_DATA = read_data("advice.yaml")
ADVISE_VERBS: Final = frozenset(_DATA["advise_verbs"])
VERB_FILLERS = frozenset(_DATA["verb_fillers"])
HIRE_VERBS = frozenset(_DATA["hire_verbs"])
BODIES = frozenset(_DATA["bodies"])
ADVISER_NOUNS: Final = frozenset(_DATA["adviser_nouns"])
TAKEN_OVER_NOUNS: Final = frozenset(_DATA["taken_over_nouns"])
APPOINTED_SERVICES: Final[frozenset[str]] = frozenset(_DATA["appointed_services"])
HIRED = tuple(tuple(str(p).split()) for p in _DATA["hired_participles"])
DESCRIPTION_REACH = 9  # words of an appositive description before its "who"
CLAUSE_WORDS = frozenset({"who", "which", "that", "whom", "whose", "and", "or", "but"})
ASIDE_REACH = 6  # words of an aside between "who" and its verb: "who, now 79, still"
RELATIVE_REACH = 12  # words between "who" and a coordinated verb of advice


def cues(lex: Lexicon) -> Collection[str]:
    return ADVISE_VERBS


def _advised(s: Sentence, k: int, subject: int = -1) -> Mention | None:
    """Who the verb at k advises: the person or organization right after it, or the owner of
    the body it names ("its directors", "Gavilan's board", "the board": the hiring subject)."""
    lows = s.lows
    n = len(lows)
    p = k + 1
    if p >= n:
        return None
    if lows[p] == M and not s.is_det(p):
        if p + 1 < n and lows[p + 1] == "'s":
            return s.ment(p) if p + 2 < n and lows[p + 2] in BODIES else None
        return s.ment(p)
    if lows[p] == M and p + 1 < n and lows[p + 1] in BODIES:
        return s.ment(p)  # "its directors"
    if lows[p] == "the" and p + 1 < n and lows[p + 1] in BODIES and subject >= 0:
        return s.ment(subject)
    if lows[p] == "it" and subject >= 0:
        return s.ment(subject)  # "hired X to advise it on the sale": the hiring subject
    return None


def _relative_who(lows: list[str], k: int) -> int:
    """The "who" whose clause the verb at k belongs to: right before it (past fillers), or
    before a first predicate it is coordinated with ("who gave him his first job and still
    counsels him"); else -1."""
    a = k - 1
    while a >= 0 and lows[a] in VERB_FILLERS:
        a -= 1
    if a >= 0 and lows[a] == "who":
        return a
    if a >= 2 and lows[a] == ",":  # "who, now 79, still counsels him": past a short aside
        b = next((b for b in range(a - 1, max(0, a - ASIDE_REACH), -1) if lows[b] == ","), -1)
        if b >= 1 and lows[b - 1] == "who" and not any(w in PUNCT_STOP for w in lows[b:a]):
            return b - 1
        return -1
    if a < 0 or lows[a] != "and":
        return -1
    for b in range(a - 1, max(-1, a - RELATIVE_REACH), -1):
        w = lows[b]
        if w in PUNCT_STOP or w in (",", "which", "that", "whom"):
            return -1
        if w == "who":
            return b
    return -1


def adviser_head(s: Sentence, who: int) -> int:
    """The person a "who" at `who` is about: `relative_head`; the head of a first "who" it is
    coordinated with ("X, who hired him and who still counsels him"); or the person before an
    appositive description (`_described_person`); else -1."""
    head = relative_head(s, who)
    if head >= 0:
        return head
    if who >= 2 and s.lows[who - 1] == "and":
        first = _relative_who(s.lows, who)
        return adviser_head(s, first) if 0 < first < who - 1 else -1
    return _described_person(s, who)


def _described_person(s: Sentence, who: int) -> int:
    """ "X, a former chair of Brava Foods who", "X, a former Brava executive who": a
    description naming an organization; "X, the seasoned grocer who", the description read as
    a reference. A person named in the description could be the one the clause is about, so
    none is passed."""
    lows = s.lows
    m = who - 1
    np = s.ments[m]
    if np is not None and np.kind == "np" and m >= 2 and lows[m - 1] == ",":
        return m - 2 if lows[m - 2] == M and _is_person(s, m - 2) else -1
    while m >= 1 and who - m <= DESCRIPTION_REACH and lows[m] != ",":
        if lows[m] in PUNCT_STOP or lows[m] in CLAUSE_WORDS:
            return -1
        if lows[m] == M and "Organization" not in s.etypes(m):
            return -1
        m -= 1
    if lows[m] != "," or lows[m + 1] not in SKIP_DETS or lows[m - 1] != M:
        return -1
    return m - 1 if _is_person(s, m - 1) else -1


def _is_person(s: Sentence, k: int) -> bool:
    return not s.is_det(k) and "Person" in s.etypes(k)


def _other_person(s: Sentence, head: int, pronoun: str) -> Mention | None:
    """ "He owes a lot to X, who still counsels him": the person named before the relative
    clause's head ("He"), whom an object pronoun resolved to the head itself stands for; not
    one a pronoun of the other gender stands for ("X hired Y, who, like him, advises her")."""
    own = set(s.ment(head).ids)
    other = OTHER_GENDER.get(pronoun, frozenset())
    for m in range(head - 1, -1, -1):
        if s.lows[m] == M and "Person" in s.etypes(m) and not own & set(s.ment(m).ids):
            return None if _named_by(s, s.ment(m), other) else s.ment(m)
    return None


# the pronouns of the other gender than an object pronoun's (`_other_person`)
OTHER_GENDER: Final[dict[str, frozenset[str]]] = {
    "her": frozenset({"he", "him", "his", "himself"}),
    "him": frozenset({"she", "her", "hers", "herself"}),
}


def _named_by(s: Sentence, person: Mention, pronouns: frozenset[str]) -> bool:
    """A pronoun of `pronouns` in the sentence stands for `person`."""
    return any(
        p is not None and p.kind == "pronoun" and p.word in pronouns and p.shares(person)
        for p in s.ments
    )


def relative_advice(s: Sentence) -> None:
    """ "X, an ex-banker who has counselled her since 2018"; "X, who gave him his first job
    and still counsels him"."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in ADVISE_VERBS or k in s.claimed:
            continue
        who = _relative_who(lows, k)
        if who < 1:
            continue
        head = adviser_head(s, who)
        advised = _relative_advised(s, k, head) if head >= 0 else []
        if not advised:
            continue
        s.claimed.add(k)
        if not s.blocked(who, k + 1):
            for one in advised:
                s.emit(s.ment(head), ("ADVISES",), one, "advice/relative", 0.8)


def _relative_advised(s: Sentence, k: int, head: int) -> list[Mention]:
    """Who the relative's verb at k advises: the object and those coordinated with it ("who
    advises Brava Foods and Tallis Dairy"), or the organization of the body it counsels ("who
    counsels the board on pensions"); a pronoun resolved to the clause's own head stands for the
    person named before it ("He owes a lot to X, who still counsels him")."""
    advised = _advised(s, k) or body_owner(s, k + 1)
    if advised is None:
        return []
    members = [advised]
    if s.lows[k + 1] == M and s.ment(k + 1) is advised:
        members = [s.ment(x) for x in coord(s, k + 1, 1)]
    out: list[Mention] = []
    for one in members:
        if one.kind == "pronoun" and one.shares(s.ment(head)):
            other = _other_person(s, head, one.word)  # "him" is never the clause's own subject
            if other is None:
                return []
            one = other
        out.append(one)
    return out


def hired_to_advise(s: Sentence) -> None:
    """ "Gavilan has retained the lawyer Rhea Mond to counsel its directors on the appeal":
    the one hired advises the company whose board it counsels."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in ADVISE_VERBS or k < 3 or lows[k - 1] != "to" or k in s.claimed:
            continue
        adviser = k - 2
        if lows[adviser] != M or "Person" not in s.etypes(adviser):
            continue
        hire = next(
            (h for h in range(adviser - 1, max(-1, adviser - 5), -1) if lows[h] in HIRE_VERBS),
            -1,
        )
        if hire < 1 or any(lows[x] == M or lows[x] in PUNCT_STOP for x in range(hire, adviser)):
            continue
        got = subjects(s, hire, True, near=5)
        subject = got[0] if got and got[0] < hire else -1
        advised = _advised(s, k, subject)
        if advised is None or (subject >= 0 and "Organization" not in s.etypes(subject)):
            continue
        s.claimed.add(k)
        if not s.blocked(hire, k + 1):
            s.emit(s.ment(adviser), ("ADVISES",), advised, "advice/hired-to-advise", 0.8)


def body_advice(s: Sentence) -> None:
    """ "Ann Lee advises our board on pricing": a person who advises an organization's body
    named with a possessive ("our board", "its directors") advises the organization; so does
    one who counsels "the board of X", or "the directors" of the article's clear subject
    (`SentenceContext.managed`)."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in ADVISE_VERBS or k < 1 or k + 2 >= n or k in s.claimed:
            continue
        adviser, p = k - 1, k + 1
        while adviser > 0 and lows[adviser] in VERB_FILLERS:
            adviser -= 1  # "X has long advised our board"
        if lows[adviser] != M or s.is_det(adviser):
            adviser = _person_subject(s, k)  # "X, once a banker, counsels the directors"
        if adviser < 0 or "Person" not in s.etypes(adviser):
            continue
        advised = body_owner(s, p)
        if advised is None:
            continue
        s.claimed.add(k)
        if not s.blocked(adviser, p):
            s.emit(s.ment(adviser), ("ADVISES",), advised, "advice/body", 0.75)


def _person_subject(s: Sentence, k: int) -> int:
    got = subjects(s, k, True, near=5)
    return got[0] if got and got[0] < k and s.lows[got[0]] == M else -1


def body_owner(s: Sentence, p: int) -> Mention | None:
    """The organization whose body starts at p: "our board", "the board of X", "the
    directors" of the article's clear subject; else None."""
    lows = s.lows
    n = len(lows)
    if p + 1 >= n or lows[p + 1] not in BODIES:
        return None
    if lows[p] == M and s.is_det(p):
        return s.ment(p)
    if lows[p] != "the":
        return None
    if p + 2 < n and lows[p + 2] in ("of", "at"):
        owner = p + 3 + (p + 3 < n and lows[p + 3] == "the")  # "the board of (the) X"
        named = owner < n and lows[owner] == M and "Organization" in s.etypes(owner)
        return s.ment(owner) if named else None
    managed = s.context.managed
    return Mention((managed,), -1, -1, "context", 0.7) if managed else None


def hired_cues(lex: Lexicon) -> Collection[str]:
    return ADVISER_NOUNS


def hired_adviser(s: Sentence) -> None:
    """ "Carl Hume, an industry consultant hired by Tarrant Minerals, said ...": an adviser noun
    in apposition to a person, hired by an organization: the person advises it."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in ADVISER_NOUNS or k < 3:
            continue
        size = next((len(p) for p in HIRED if tuple(lows[k + 1 : k + 1 + len(p)]) == p), 0)
        by = k + 1 + size
        if not size or by + 1 >= n or lows[by] != "by" or lows[by + 1] != M:
            continue
        org = by + 1
        a = k - 1
        while a >= 1 and k - a <= 4 and lows[a] not in SKIP_DETS and lows[a].isalpha():
            a -= 1  # "an industry consultant"
        if lows[a] not in SKIP_DETS or lows[a - 1] != "," or lows[a - 2] != M:
            continue
        person = a - 2
        if "Person" not in s.etypes(person) or "Organization" not in s.etypes(org):
            continue
        if not s.blocked(person, org + 1):
            s.emit(s.ment(person), ("ADVISES",), s.ment(org), "advice/hired-adviser", 0.75)
