"""The leader or holder of a firm who also founded it, in the same sentence (wrongtype21): a
relative on them ("X, Y's chief executive, who founded the business"), a "since" clause ("has
run Y since founding it", "since she set it up"), one object shared by two verbs ("founded and
still runs Y"), a subject's "founded it", or a bare founder title ("Co-founder X, who still owns
30%", "X, a co-founder, is still chief executive").
"""

from __future__ import annotations

from typing import Final

from loaders.relations.founder_phrases import (
    ADVERBS,
    founded_at,
    founding_verb,
    relative_holder,
    skip,
)
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.words import PUNCT_STOP, M

SINCE_WORDS: Final[frozenset[str]] = frozenset({"since", "after"})


def founded_too(s: Sentence) -> None:
    """The leader or holder of a firm found in this sentence also founded it when a relative
    clause on them or a "since" clause says so: "X, Y's chief executive, who founded the
    business in 1999", "X, who has run Y since founding it", "X has chaired Y since she set it
    up"."""
    for f in list(s.found):
        if f.type not in ("LEADS", "OWNS") or s.type_of(f.source) != "Person":
            continue
        for h, word in enumerate(s.lows):
            if word == M and f.source in s.ment(h).ids and _titled_founder(s, h):
                firm = Mention((f.target,), -1, -1)
                s.emit(s.ment(h), ("FOUNDED",), firm, "unnamed-roles/founder-titled", 0.65)
        for w, word in enumerate(s.lows):
            if word == "who":
                h = relative_holder(s, w)
                v = skip(s.lows, w + 1, ADVERBS)
            elif word in SINCE_WORDS:
                h = _since_holder(s, f, w)
                v = w + 1 + (w + 1 < len(s.lows) and s.lows[w + 1] == M)  # "since she"
            elif word == M and "Person" in s.etypes(w) and not s.is_det(w):
                h, v = w, skip(s.lows, w + 1, ADVERBS)  # "X co-founded and still chairs Y"
            else:
                continue
            if h < 0 or f.source not in s.ment(h).ids or not _founds(s, f, v):
                continue
            if not s.blocked(h + 1, v + 1):
                firm = Mention((f.target,), -1, -1)
                s.emit(s.ment(h), ("FOUNDED",), firm, "unnamed-roles/founded-too", 0.7)


def _titled_founder(s: Sentence, h: int) -> bool:
    """A bare founder noun on the person at h, of no organization: "Co-founder X, who still
    owns 30%", "X, a co-founder, is still chief executive"."""
    lows = s.lows
    if h >= 1 and _founder_noun(s, h - 1):
        return h == 1 or lows[h - 2] in ("the", ",") or lows[h - 2] in PUNCT_STOP
    if h + 3 < len(lows) and lows[h + 1] == "," and lows[h + 2] in ("a", "the"):
        return _founder_noun(s, h + 3) and h + 4 < len(lows) and lows[h + 4] == ","
    return False


def _founder_noun(s: Sentence, k: int) -> bool:
    """A one-word founder noun at k ("founder", "co-founder")."""
    role = s.lex.roles.lookup((s.lows[k],))
    return role is not None and role.types == ("FOUNDED",) and not role.inverse


def _founds(s: Sentence, f: Found, v: int) -> bool:
    """A founding verb at v takes the firm of f as object, or an "it" left unresolved ("Its
    chief executive X founded it in 2010")."""
    if founded_at(s, f, v) >= 0:
        return True
    lows = s.lows
    if v + 1 >= len(lows) or lows[v + 1] != "it":
        return False
    return founding_verb(s, v)


def _since_holder(s: Sentence, f: Found, w: int) -> int:
    """The subject of the clause a "since" at w closes ("X has run Y since founding it",
    "X, who has chaired Y since she set it up"): the nearest person before w, when the
    firm stands between them; else -1."""
    lows = s.lows
    firm = False
    for m in range(w - 1, max(-1, w - 12), -1):
        if lows[m] in PUNCT_STOP:
            return -1
        if lows[m] != M:
            continue
        if f.target in s.ment(m).ids:
            firm = True
        elif "Person" in s.etypes(m) and not s.is_det(m):
            return m if firm else -1
    return -1
