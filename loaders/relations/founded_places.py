"""Founding premises: the town a firm was founded in places it (the gold's convention).

- appositive or relative passive: "Tarrow Tiles, founded in Namur in 1971, ...", "Tarrow Tiles,
  which was established in 1971 in Namur, ...", "Tarrow Tiles was set up in Namur";
- fronted participle: "Founded in Namur in 1971, Tarrow Tiles makes ...";
- active, with the firm as object: "Ann Vell started Tarrow Tiles in an old barn in Namur".

The place comes after "in", past a year ("in 1971 in Namur") or a premises phrase ("in an old
barn in Namur", "in a garage outside Namur"). Only a city of the gazetteer is a founding town: a
state, a country or a nation is none (like "a Texas lender"; measured, places
beyond the cities cost as much as they found), and a bound reference ("the firm, founded in")
is not read (measured: it placed the wrong firm). The founding words are the person cues'
`founding` participles and "set up".
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import city_id
from loaders.lexicon import Lexicon
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.place_lists import SITE_PREPS
from loaders.relations.words import POSSESSIVE_MARKS, M

# words between "was" and the participle: "was originally founded in"
AUX_WORDS: Final = frozenset({"was", "were", "is", "been", "originally", "first", "initially"})
PREMISES_WORDS = 4  # "in an old converted dairy in"
PHRASE_WORDS = 10  # from the participle to the town at most


def founded_in(s: Sentence) -> None:
    """The founded firm of each founding participle and its town (module docstring)."""
    lows = s.lows
    for k in range(len(lows) - 2):
        v = _founding_end(s, k)
        if v < 0:
            continue
        org = _founded_firm(s, k, v)
        if org < 0 or s.ment(org).kind != "name":
            continue  # "the firm, founded in": a bound reference may be the wrong firm
        p = _founding_place(s, v + 1 if org == v else v)
        if p < 0 or not city_id(s.ment(p).ids[0]) or s.blocked(min(org, k), p):
            continue
        s.emit(s.ment(org), ("LOCATED_IN",), s.ment(p), "founded/place", 0.7)


def _founding_end(s: Sentence, k: int) -> int:
    """The word after a founding participle at k ("founded", "set up"), else -1."""
    w = s.lows[k]
    if w == "set":
        return k + 2 if s.lows[k + 1] == "up" else -1
    return k + 1 if w in s.lex.person_cues.founding else -1


def _founded_firm(s: Sentence, k: int, v: int) -> int:
    """The founded firm's mention: the name the passive hangs on ("X, founded", "X was
    founded", "X, which was founded"), the main clause's subject after a fronted participle, or
    the active verb's object at v ("started X in"); else -1."""
    lows = s.lows
    if k == 0:
        return _fronted_subject(s, v)
    if lows[v] == M and k >= 1 and lows[k - 1] not in AUX_WORDS:
        return v if s.etypes(v) == {"Organization"} else -1
    a = k - 1
    while a >= 0 and lows[a] in AUX_WORDS:
        a -= 1
    if a == k - 1 and lows[a] != ",":
        return -1  # "the festival Ann Vell founded in": no passive
    if a >= 2 and lows[a] == "which" and lows[a - 1] == ",":
        a -= 2
    elif a >= 1 and lows[a] == "," and a == k - 1:
        a -= 1
    if a >= 0 and lows[a] == M and "Location" not in s.etypes(a):
        return a
    return -1


def _fronted_subject(s: Sentence, v: int) -> int:
    """ "Founded in Namur in 1971, Tarrow Tiles makes ...": the name right after the
    participle clause's comma (not a possessor: "Founded in Namur, X's rival ..."), else -1."""
    lows = s.lows
    n = len(lows)
    c = v
    while c < n and c - v <= PHRASE_WORDS and lows[c] != ",":
        c += 1
    p = c + 1
    if p < n and lows[p] == M and "Location" not in s.etypes(p):
        if p + 1 < n and lows[p + 1] in POSSESSIVE_MARKS:
            return -1
        return p
    return -1


def _founding_place(s: Sentence, p: int) -> int:
    """The town after the participle: "in Namur", "in 1971 in Namur", "in an old dairy in
    Namur", "in the town of Namur"; else -1."""
    lows = s.lows
    n = len(lows)
    end = min(n, p + PHRASE_WORDS)
    while p + 1 < end and lows[p] in SITE_PREPS:
        at = place_after(s, p + 1)
        if at >= 0:
            return at
        q = p + 1
        if lows[q].isdigit():
            p = q + 1  # "in 1971 in Namur"
            continue
        while q < end and q - p <= PREMISES_WORDS and lows[q].isalpha():
            if lows[q] in SITE_PREPS and q > p + 1:
                break
            q += 1  # "in an old dairy"
        if q == p + 1 or q >= end or lows[q] not in SITE_PREPS:
            return -1
        p = q
    return -1


def founding_cues(lex: Lexicon) -> frozenset[str]:
    """The words that open a founding participle: `founding` and "set"."""
    return frozenset(lex.person_cues.founding) | {"set"}
