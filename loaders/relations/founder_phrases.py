"""The founding phrase a founder's second role hangs on (wrongtype21): the founding verb and
its firm ("founded Y", "set up Y", "co-founded the app maker Y", "founded and still runs Y"),
and the person a "who" is about past an appositive ("X, once a roofer, who", "X, the founder of
Y, who", "X – who"). Read by `founder_also` and `founded_too`.
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import SKIP_DETS
from loaders.lexicon import read_data
from loaders.relations.founder_roles import FIRST_ROLE_VERBS, LATER_ADVERBS
from loaders.relations.model import Found, Sentence
from loaders.relations.unnamed_roles import LINK_ADVERBS, relative_head
from loaders.relations.words import POSSESSIVE_MARKS, PUNCT_STOP, M

_DATA = read_data("unnamed_roles.yaml")
FOUNDING_GERUNDS: Final[frozenset[str]] = frozenset(_DATA["founding_gerunds"])
SET_FORMS: Final[frozenset[str]] = frozenset({"set", "setting"})
ADVERBS: Final[frozenset[str]] = LINK_ADVERBS | LATER_ADVERBS
ASIDE_MARKS: Final[frozenset[str]] = frozenset({"–", "—", "(", ")"})
FOUNDING_ADJUNCTS: Final[frozenset[str]] = frozenset({"in", "and", "with", "from", "as", "at"})


def founding_verb(s: Sentence, v: int) -> bool:
    """A founding verb at v ("founded", "co-founded", "started")."""
    w = s.lows[v]
    return w in FIRST_ROLE_VERBS or w in s.lex.person_cues.founding


def skip(lows: list[str], p: int, words: frozenset[str]) -> int:
    while p < len(lows) and lows[p] in words:
        p += 1
    return p


def relative_holder(s: Sentence, w: int) -> int:
    """The person a "who" at w is about: `relative_head`, or past an appositive with no
    article or with its organization ("X, once a roofer, who", "X, the founder of Y, who");
    else -1."""
    h = relative_head(s, w)
    if h >= 0:
        return h
    lows = s.lows
    if w >= 2 and lows[w - 1] in ASIDE_MARKS and lows[w - 2] == M:
        return w - 2 if "Person" in s.etypes(w - 2) else -1  # "X – who founded Y –", "X (who"
    m = w - 1 - (w >= 1 and lows[w - 1] == ",")
    while m >= 0 and w - m <= 9 and lows[m] != "," and lows[m] not in PUNCT_STOP:
        if lows[m] == M and not firm_in_apposition(s, m):
            return -1  # "X, a friend of Tom Reyes, who": Tom Reyes's relative
        m -= 1
    if m < 1 or m >= w - 2 or lows[m] != "," or lows[m - 1] != M:
        return -1
    return m - 1 if "Person" in s.etypes(m - 1) else -1


def firm_in_apposition(s: Sentence, m: int) -> bool:
    """The mention at m is an organization inside a person's appositive: "the founder of Y",
    "Y's chief executive"."""
    lows = s.lows
    if "Organization" not in s.etypes(m) or m < 1:
        return False
    return lows[m - 1] == "of" or (m + 1 < len(lows) and lows[m + 1] in POSSESSIVE_MARKS)


def founded_at(s: Sentence, f: Found, v: int) -> int:
    """The founded firm's position when a founding verb at v takes it as object ("founded Y",
    "set up Y", "co-founded Y"), else -1."""
    lows = s.lows
    if v >= len(lows):
        return -1
    up = lows[v] in SET_FORMS and v + 1 < len(lows) and lows[v + 1] == "up"
    founding = founding_verb(s, v)
    if not up and not founding and lows[v] not in FOUNDING_GERUNDS:
        return -1
    o = v + 1 + up
    if o < len(lows) and lows[o] == "and":  # "founded and still runs Y": a shared object
        o = skip(lows, o + 1, ADVERBS) + 1
    if o < len(lows) and lows[o] in SKIP_DETS:
        o = past_descriptor(s, o + 1)
    if o < len(lows) and lows[o] == M and f.target in s.ment(o).ids:
        return o
    return -1


def past_descriptor(s: Sentence, p: int) -> int:
    """ "(founded the) app maker Kelby Labs", "(the) Brisk Pay app maker Kelby Labs": the
    mention after a short descriptor from p (a name may premodify its noun); else -1."""
    lows = s.lows
    for x in range(p, min(len(lows), p + 6)):
        if lows[x] == M:
            nxt = lows[x + 1] if x + 1 < len(lows) else "."
            if nxt.isalpha() and nxt not in FOUNDING_ADJUNCTS:
                continue  # "Brisk Pay app maker": a premodifier
            return x
        if not lows[x].isalpha():
            return -1
    return -1
