"""A founder's or joiner's later leading role, named without its organization: "Ann Lee, who
founded Cobalt in 2004 and later took the top job", "Rita Oake founded Samphire Foods and
later became chief executive", "X, who joined Halden Bank in 2015 and then took the helm",
"Ada Moll founded Corrib in 2010 and has been chair ever since" (founderleads13): the role is
of the organization the first verb phrase names.

Words live in `loaders/data/unnamed_roles.yaml` (`first_role_verbs`, `became_verbs`,
`later_adverbs`; the seats of `seats`; the link verbs and adverbs of `link_verbs`,
`link_adverbs`).
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import PERFECT_AUX
from loaders.lexicon import read_data
from loaders.relations.model import Mention, Sentence
from loaders.relations.unnamed_roles import (
    LINK_ADVERBS,
    LINK_VERBS,
    SEATS,
    TAKE_VERBS,
    _leading_role,
    relative_head,
)
from loaders.relations.words import PUNCT_STOP, SKIP_DETS, M

_DATA = read_data("unnamed_roles.yaml")
FIRST_ROLE_VERBS: frozenset[str] = frozenset(_DATA["first_role_verbs"])
BECAME_VERBS: frozenset[str] = frozenset(_DATA["became_verbs"])
LATER_ADVERBS: frozenset[str] = frozenset(_DATA["later_adverbs"])
CUES: frozenset[str] = FIRST_ROLE_VERBS
FIRST_REACH: int = 8  # words from the first verb's organization to "and"


def later_role(s: Sentence) -> None:
    """ "who founded X in 2004 and later took the top job", "X co-founded Y in 2010 and has
    been chairman ever since", "... and remains its chief executive": the holder LEADS X."""
    lows = s.lows
    n = len(lows)
    for a, w in enumerate(lows):
        if w != "and":
            continue
        q = a + 1
        while q < n and lows[q] in LATER_ADVERBS:
            q += 1
        e = _role_end(s, q)
        if e < 0 or (e < n and lows[e] in ("of", "at")):
            continue  # "became chief executive of Y": the role rules read it
        holder, org = _first_phrase(s, a)
        if org >= 0 and not s.blocked(holder + 1, e):
            s.emit(s.ment(holder), ("LEADS",), s.ment(org), "unnamed-roles/later-role", 0.7)


def _role_end(s: Sentence, q: int) -> int:
    """The end of "took the top job" or "became chief executive" at q, else -1."""
    lows = s.lows
    if q >= len(lows):
        return -1
    if lows[q] in TAKE_VERBS:
        for seat in SEATS:
            if tuple(lows[q + 1 : q + 1 + len(seat)]) == seat:
                return q + 1 + len(seat)
        return -1
    q += lows[q] in PERFECT_AUX and q + 1 < len(lows) and lows[q + 1] in LINK_VERBS
    if lows[q] in BECAME_VERBS or lows[q] in LINK_VERBS:
        # "became (its) chief executive", "has been chairman ever since", "is still chair"
        p = q + 1
        while p < len(lows) and lows[p] in LINK_ADVERBS:
            p += 1
        p += p < len(lows) and lows[p] == M and s.is_det(p)
        return _leading_role(s, p, reach=2)
    return -1


def _first_phrase(s: Sentence, a: int) -> tuple[int, int]:
    """(holder, organization) of a first verb phrase ending at the "and" at a: "X, who founded
    Y in 2004", "X founded Y", "X, who set up Y"; else (-1, -1)."""
    lows = s.lows
    for m in range(a - 1, max(0, a - FIRST_REACH) - 1, -1):
        if lows[m] in PUNCT_STOP or lows[m] == ",":
            return -1, -1
        if lows[m] != M:
            continue
        if "Organization" not in s.etypes(m) or s.is_det(m) or m < 2:
            return -1, -1
        v = m - 1
        if lows[v] == "up" and lows[v - 1] == "set":
            v -= 1
        if lows[v] not in FIRST_ROLE_VERBS:
            return -1, -1
        h = v - 1
        holder = relative_head(s, h) if lows[h] == "who" else h
        if holder < 0 or lows[holder] != M or "Person" not in s.etypes(holder):
            return -1, -1
        return holder, m
    return -1, -1


STILL_REACH: int = 14  # words from "who" to the comma before the link verb


def founder_still(s: Sentence) -> None:
    """ "Ada Vorn, who founded Tarsa in 1998, is still chief executive", "Ruhl, who set up
    Fenwater after leaving a bank, remains chairman": the holder of a relative clause that
    founded or joined an organization leads it when the main clause gives a bare leading role."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in LINK_VERBS or k < 4 or lows[k - 1] != ",":
            continue
        p = k + 1
        while p < len(lows) and lows[p] in LINK_ADVERBS:
            p += 1
        e = _leading_role(s, p, reach=1)
        if e < 0 or (e < len(lows) and lows[e] in ("of", "at")):
            continue  # "is chief executive of Y": the role rules read it
        holder, org = _relative_phrase(s, k - 1)
        if org >= 0 and not s.blocked(holder + 1, e):
            s.emit(s.ment(holder), ("LEADS",), s.ment(org), "unnamed-roles/founder-still", 0.7)


def _relative_phrase(s: Sentence, c: int) -> tuple[int, int]:
    """(holder, organization) of "X, who founded Y ..." closing at the comma at c; else
    (-1, -1)."""
    lows = s.lows
    w = c - 1
    while w > 0 and c - w <= STILL_REACH and lows[w] != "who":
        if lows[w] in PUNCT_STOP or lows[w] in (",", "and", "but"):
            return -1, -1
        w -= 1
    if lows[w] != "who":
        return -1, -1
    v = w + 1
    v += lows[v] in LATER_ADVERBS
    if lows[v] not in FIRST_ROLE_VERBS:
        return -1, -1
    m = v + 1 + (lows[v] == "set" and lows[v + 1] == "up")
    holder = relative_head(s, w)
    if m >= c or lows[m] != M or "Organization" not in s.etypes(m) or s.is_det(m):
        return -1, -1
    if holder < 0 or lows[holder] != M or "Person" not in s.etypes(holder):
        return -1, -1
    if not _founding_adjuncts(s, m + 1, c):
        return -1, -1
    return holder, m


# words after the founded firm that tell of a later act on it: "who founded Tarsa Bank before
# selling it to Orvo Capital" (she no longer holds it)
LATER_ACT_WORDS: Final[frozenset[str]] = frozenset({"before", "until", "it", "its", "them"})
# prepositions of a founding's partner or place: "with her brother", "in Fenby"
ADJUNCT_PREPS: Final[frozenset[str]] = frozenset({"with", "in", "at"})


def _founding_adjuncts(s: Sentence, lo: int, hi: int) -> bool:
    """lo..hi-1 holds only adjuncts of the founding: a time, a place, a partner or what came
    before it ("in 1998", "in Fenby", "with her brother", "after leaving a bank"); not a later
    act on the firm ("before selling it to X") nor another name."""
    lows = s.lows
    for x in range(lo, hi):
        if lows[x] in LATER_ACT_WORDS:
            return False
        if lows[x] == M and lows[x - 1] not in ADJUNCT_PREPS:
            return False  # "before selling it to Orvo Capital"
    return True


def kin_founder(s: Sentence) -> None:
    """ "Ravel Paints chief executive Jon Tess, the nephew of founder Aldo Tess, stays on",
    "Jon Tess, son of the founder Aldo Tess, runs Ravel": the founder named after a kin noun
    founded what the kin's holder leads or founded in this sentence, else the organization the
    article was just about when the sentence names none."""
    lows = s.lows
    n = len(lows)
    for x in range(2, n - 3):
        if lows[x] not in s.lex.person_cues.kin or lows[x + 1] != "of":
            continue
        t = x + 2 + (lows[x + 2] == "the")
        hit = s.lex.roles.match(lows, t) if t < n and lows[t] in s.lex.roles else None
        if not hit or "FOUNDED" not in hit[1].types or hit[1].inverse:
            continue
        f = t + hit[0]
        head = _kin_head(s, x)
        if f >= n or lows[f] != M or head < 0 or "Person" not in s.etypes(f):
            continue
        for org in _kin_orgs(s, head, f):
            s.emit(s.ment(f), hit[1].types, org, "unnamed-roles/kin-founder", 0.6)


def _kin_head(s: Sentence, x: int) -> int:
    """The person whose kin the noun at x names: "X, the nephew of", "X, son of"; else -1."""
    lows = s.lows
    c = x - 1 - (lows[x - 1] in SKIP_DETS)
    if c < 1 or lows[c] != "," or lows[c - 1] != M:
        return -1
    return c - 1 if "Person" in s.etypes(c - 1) else -1


def _kin_orgs(s: Sentence, head: int, f: int) -> list[Mention]:
    """What the kin's holder at `head` leads or founded in this sentence, else the article's
    organization when the sentence names none."""
    ids, founder = s.ment(head).ids, s.ment(f).ids
    led = {
        r.target
        for r in s.found
        if r.source in ids and r.type in ("LEADS", "FOUNDED") and r.target not in founder
    }
    if not led and s.context.org:
        led = {s.context.org}
    return [Mention((t,), -1, -1, "context", 0.7) for t in sorted(led)]
