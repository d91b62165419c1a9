"""The parents of a joint venture fund it: "X, a joint venture between A and B", "X is a
50-50 venture of A and B", "X is being built by a joint venture between A and B", "A and B are
joint-venture partners in X".

Each partner of a joint venture funds the venture's project (or the venture's company, the
name the venture noun describes): A FUNDS X and B FUNDS X. The parents are the coordinated
names after "between" / "of" (a short descriptor before the first is skipped: "between the
builder A and B"), or the subjects of "are joint-venture partners in X".

Guards: a venture still to come ("a planned joint venture between A and B", "plan to form a
joint venture", "talks on a joint venture") and any hedge or negation between the venture and
its parents (`Sentence.blocked`).

Words: the venture nouns are `venture_heads` (grammar.yaml), the intent words before the venture
`venture_parents.intent` (triggers.yaml), the agent verbs `venture_parents.agent_verbs`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon, read_data
from loaders.relations.deal_guards import planned_between
from loaders.relations.joint_holders import venture_subject
from loaders.relations.model import Sentence, sentence_start
from loaders.relations.nav import coord
from loaders.relations.words import VENTURE_HEADS, M

_DATA: Final = read_data("triggers.yaml")["venture_parents"]
# words of a venture not yet formed just before its noun: "a planned joint venture of A and B"
INTENT: Final[frozenset[str]] = frozenset(_DATA["intent"])
# verbs whose agent a venture is: "X is being built by a joint venture between A and B"
AGENT_VERBS: Final[frozenset[str]] = frozenset(_DATA["agent_verbs"])
# words after an agent venture that make it a hired contractor: "under a contract with the city"
CONTRACTOR_WORDS: Final[frozenset[str]] = frozenset(_DATA["contractor_words"])
# words between a subject and its verb: "is now being", "was also", "is not" (a negation the
# hedge check reads)
VERB_FILLERS: Final[frozenset[str]] = frozenset(
    {"is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would"}
    | {"now", "also", "still", "already", "currently", "not", "jointly", "largely", "mainly"}
)
PARENT_PREPS: Final[frozenset[str]] = frozenset({"between", "of"})
BE_FORMS: Final[frozenset[str]] = frozenset({"is", "was", "are", "were", "be", "been", "being"})
DESCRIPTOR_REACH: Final = 5  # words before the first parent: "between the Oslo paving group A"
MODIFIER_REACH: Final = 4  # words from the article to the venture noun: "a new 50-50 joint"
AGENT_REACH: Final = 6  # words from the subject to "by": "is now being built by"
ASIDE_REACH: Final = 30  # words of an aside between the subject and its verb
ASIDE_STOPS: Final[frozenset[str]] = frozenset({",", ".", ";", ":", "(", ")"})
# the words of a group mention that is a joint venture of its members
VENTURE_GROUPS: Final[frozenset[str]] = frozenset(_DATA["groups"])
PARTNER_NOUNS: Final[frozenset[str]] = frozenset({"partners", "partner"})
VENTURE_MARKS: Final[frozenset[str]] = frozenset({"joint-venture", "jv"})
# words that mark a venture as held by more than one ("a joint venture", "a 50-50 venture")
JOINT_MARKS: Final[frozenset[str]] = frozenset({"joint", "joint-venture", "three-way", "equal"})
RULE: Final = "venture-parents/parent"
CONF: Final = 0.65


def cues(lex: Lexicon) -> Collection[str]:
    return VENTURE_HEADS


def parents_of(s: Sentence) -> None:
    """ "X, a joint venture between A and B", "X is a venture of A and B", "X is run by a
    joint venture between A and B": A and B fund X."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] not in VENTURE_HEADS or lows[k + 1] not in PARENT_PREPS:
            continue
        first = _first_parent(s, k + 2)
        if first < 0:
            continue
        host = venture_subject(s, k)
        if host >= 0 and "by" in s.lows[host + 1 : k]:
            host = -1  # "X is managed by a venture of A and B": the agent reading's verbs
        if host < 0:
            host = max(_agent_host(s, k), _copula_host(s, k))
        if host < 0 or _not_yet(s, host, k):
            continue
        parents = s.merged(_parents(s, first))
        if len(parents.ids) < 2 and not _joint(s, k):
            continue  # "X is a venture of A": a business of A's, not a joint venture
        if not s.blocked(host + 1, first + 1):
            s.emit(parents, ("FUNDS",), s.ment(host), RULE, CONF)


def group_cues(lex: Lexicon) -> Collection[str]:
    return (M,)


def venture_group(s: Sentence) -> None:
    """A venture already read as one mention of its parents ("a joint venture between A and
    B"): "X, a joint venture between A and B,", "X is a joint venture of A and B", "X is being
    built by a joint venture between A and B": A and B fund X."""
    lows = s.lows
    for k in range(2, len(lows)):
        m = s.ments[k] if lows[k] == M else None
        if m is None or m.kind != "group" or m.word not in VENTURE_GROUPS or len(m.ids) < 2:
            continue
        host = -1
        if lows[k - 1] == "," and lows[k - 2] == M and not s.is_det(k - 2):
            host = k - 2
        elif lows[k - 1] in BE_FORMS:
            host = _opening_subject(s, k - 1)
        elif lows[k - 1] == "by" and lows[k - 2] in AGENT_VERBS and not _hired(s, k):
            host = _opening_subject(s, k - 2)
        if host >= 0 and not _not_yet(s, host, k) and not s.blocked(host + 1, k + 1):
            s.emit(m, ("FUNDS",), s.ment(host), RULE, CONF)


def partners_in(s: Sentence) -> None:
    """ "A and B are joint-venture partners in X": A and B fund X."""
    lows = s.lows
    for k in range(2, len(lows) - 2):
        if lows[k] not in PARTNER_NOUNS or lows[k + 1] != "in":
            continue
        x = k + 2 + (lows[k + 2] == "the")
        if x >= len(lows) or lows[x] != M:
            continue
        if lows[k - 1] not in VENTURE_MARKS and lows[k - 1] != "venture":
            continue
        v = k - 1 - (lows[k - 1] == "venture" and lows[k - 2] == "joint")
        if v < 2 or lows[v - 1] not in ("are", "were", "became") or lows[v - 2] != M:
            continue
        subject = v - 2
        if s.is_det(x) or _not_yet(s, subject, k):
            continue
        parents = s.merged(coord(s, subject, -1))
        if len(parents.ids) > 1 and not s.blocked(subject + 1, x + 1):
            s.emit(parents, ("FUNDS",), s.ment(x), RULE, CONF)


def _first_parent(s: Sentence, q: int) -> int:
    """The first parent's mention at or a short descriptor after q, else -1."""
    lows = s.lows
    for m in range(q, min(len(lows), q + DESCRIPTOR_REACH + 1)):
        if lows[m] == M and "Location" in s.etypes(m):
            continue  # "of the Lyon weaver A", "between Lyon-based A": a home town
        if lows[m] == M:
            return -1 if s.is_det(m) else m
        if lows[m] != "-" and not lows[m].replace("-", "").isalpha() or lows[m] in ("and", "or"):
            return -1
    return -1


def _parents(s: Sentence, first: int) -> list[int]:
    """The coordinated parents from the first one: `coord`, or "A and the Danish paving
    group B" (a descriptor before the second)."""
    idx = coord(s, first, +1)
    if len(idx) > 1 or first + 1 >= len(s.lows) or s.lows[first + 1] != "and":
        return idx
    second = _first_parent(s, first + 2)
    return idx if second < 0 or s.lows[first + 2] == M and second > first + 2 else [first, second]


def _agent_host(s: Sentence, k: int) -> int:
    """The subject of "X is being built by a joint venture" (the venture noun at k)."""
    lows = s.lows
    a = k - 1
    while a > 0 and k - a <= MODIFIER_REACH and lows[a] not in ("a", "an", "the"):
        a -= 1
    if a < 2 or lows[a] not in ("a", "an", "the") or lows[a - 1] != "by":
        return -1
    verb = a - 2
    return _opening_subject(s, verb) if lows[verb] in AGENT_VERBS and not _hired(s, k) else -1


def _hired(s: Sentence, k: int) -> bool:
    """A contract or hiring word after the venture at k: a contractor ("built by a joint
    venture of A and B under a contract with the council"), not the project's funders."""
    return any(w in CONTRACTOR_WORDS for w in s.lows[k + 1 :])


def _joint(s: Sentence, k: int) -> bool:
    """The venture noun at k is marked joint ("a joint venture", "a 50-50 venture", "a JV")."""
    lows = s.lows
    marks = lows[max(0, k - MODIFIER_REACH) : k + 1]
    return lows[k] != "venture" or any(w in JOINT_MARKS or w[:1].isdigit() for w in marks)


def _copula_host(s: Sentence, k: int) -> int:
    """The subject of "X, built in 2020, is a joint venture" (the venture noun at k)."""
    lows = s.lows
    a = k - 1
    while a > 0 and k - a <= MODIFIER_REACH and lows[a] not in ("a", "an"):
        a -= 1
    if a < 2 or lows[a] not in ("a", "an") or lows[a - 1] not in BE_FORMS:
        return -1
    return _opening_subject(s, a - 1)


def _opening_subject(s: Sentence, verb: int) -> int:
    """The sentence's first mention when only its verb phrase, or an aside set off by commas
    ("X, a £9m scheme on the quay, is being built"), stands between it and the verb at `verb`;
    else -1."""
    lows = s.lows
    start = sentence_start(s)
    first = start + (start < len(lows) and lows[start] == "the")
    m = verb - 1
    while m > first and verb - m <= AGENT_REACH and lows[m] in VERB_FILLERS:
        m -= 1
    if m > first + 1 and lows[m] == "," and lows[first + 1] == ",":
        aside = range(first + 2, m)  # "X, a £9m scheme of flats, shops and a park, is being"
        quiet = all(lows[c] not in ASIDE_STOPS or lows[c] == "," for c in aside)
        named = any(lows[c] == M and "Location" not in s.etypes(c) for c in aside)
        m = first if quiet and not named and m - first <= ASIDE_REACH else -1
    return m if m == first and lows[m] == M and not s.is_det(m) else -1


def _not_yet(s: Sentence, host: int, k: int) -> bool:
    """A venture still to come: a word of intent before its noun or in the phrase."""
    lows = s.lows
    lo = max(host + 1, k - MODIFIER_REACH)
    return any(w in INTENT for w in lows[lo:k]) or planned_between(s, host + 1, k)
