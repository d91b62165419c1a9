"""Rivalry family: a possessed rival noun whose clause names its other side from afar.

- `rival_complement`: "Marbeck Ropes, the Hull-based maker that was then Ostrel's closest
  rival.", "Kelvo Air, which has been adding routes from Oslo and is Ostrel's nearest
  competitor on the coast.", "Across the bay, Tarnwick Foods, the York group that has bought
  40 bakeries, has opened a depot in Leeds, and is now Ostrel's most obvious rival.": the
  possessed rival phrase closes the clause after a copula, and its subject is the named head
  of a relative clause or of a coordinated predicate; that head competes with the possessor.
- `rival_subject`: "Ostrel's fiercest rival for much of the postwar era was Marbeck Ropes": the
  possessed rival phrase, past a longer phrase of time or market, is the copula's subject;
  the names after the verb compete with the possessor.

Both read only names (no pronoun or description on either side), and only where nothing but
places and the head itself is named between the head and the copula ("A said B is C's rival":
whose copula?).
Words: `rival_nouns` and `copula_adverbs` of `loaders/data/rivalry.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.joined_rivals import tail_closes
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, right
from loaders.relations.rival_copulas import BE, BECOME, PERFECT_FILLERS, RIVAL_TYPES
from loaders.relations.rival_words import rival_words
from loaders.relations.words import APPOSITIVE_DETS, CLAUSE_STOP, PUNCT_STOP, THING_RELATIVES, M

RULE_COMPLEMENT: Final[str] = "rivalry/rival-complement"
RULE_SUBJECT: Final[str] = "rivalry/rival-subject"
MODIFIER_REACH: Final = 3  # words between the possessor and the rival noun ("most obvious")
HEAD_REACH: Final = 40  # words from the clause's head to its copula
PHRASE_REACH: Final = 8  # words of a phrase between the rival noun and the copula
COPULAS: Final[frozenset[str]] = BE | BECOME
# a rival phrase's possessor: a name followed by "'s" (the tokenizer's mark for "'s" and "'")
POSSESSIVE: Final = "'s"


def _possessed(s: Sentence, k: int) -> tuple[int, int]:
    """The named possessor of the rival noun at k ("Ostrel's most obvious rival") and the
    start of its phrase, else (-1, -1)."""
    lows = s.lows
    q = k - 1
    while q >= 2 and k - q <= MODIFIER_REACH and lows[q].replace("-", "").isalpha():
        if lows[q] in ("and", "or", "the", "a", "an"):
            return -1, -1
        q -= 1  # "most", "obvious", "closest"
    if q < 1 or lows[q] != POSSESSIVE or lows[q - 1] != M or s.is_det(q - 1):
        return -1, -1
    owner = q - 1
    if s.ment(owner).kind != "name" or not s.etypes(owner) <= RIVAL_TYPES:
        return -1, -1
    return owner, owner


def _copula_before(s: Sentence, start: int) -> int:
    """The copula before a rival phrase opening at `start`, past up to two adverbs ("is now",
    "was then", "has long been"), else -1."""
    adverbs = rival_words(s.lex).copula_adverbs
    b = start - 1
    while b >= 0 and start - b <= 2 and s.lows[b] in adverbs:
        b -= 1
    return b if b >= 0 and s.lows[b] in COPULAS else -1


def _verb_start(lows: list[str], b: int) -> int:
    """The first word of the verb group ending with the copula at b ("has long been")."""
    r = b
    while r >= 1 and b - r < 3 and lows[r - 1] in PERFECT_FILLERS:
        r -= 1
    return r


def _relative_head(s: Sentence, r: int) -> int:
    """The named head of a relative pronoun at r: "X, which", "X, the Hull-based maker that"
    (a description of words, hyphens and places between the appositive's article and the
    pronoun), else -1."""
    lows = s.lows
    a = r - 1
    if lows[a] != ",":
        while a >= 1 and r - a <= 8 and lows[a] not in APPOSITIVE_DETS:
            if not (lows[a].isalpha() or lows[a] == "-" or _place(s, a)):
                return -1
            a -= 1
        if a < 2 or lows[a] not in APPOSITIVE_DETS or lows[a - 1] != ",":
            return -1
        a -= 1
    return a - 1 if a >= 1 and lows[a - 1] == M and not s.is_det(a - 1) else -1


def _place(s: Sentence, a: int) -> bool:
    return s.lows[a] == M and s.etypes(a) == {"Location"}


def _coordinated_head(s: Sentence, v: int) -> int:
    """The subject of a predicate coordinated by the "and" before the verb group at v: the
    relative's head ("X, which has grown fast and is") or the clause's first name ("X, the
    York group that ..., has opened a depot, and is"), else -1."""
    lows = s.lows
    if v < 2 or lows[v - 1] != "and":
        return -1
    for r in range(v - 2, max(-1, v - HEAD_REACH), -1):
        w = lows[r]
        if w in THING_RELATIVES and (head := _relative_head(s, r)) >= 0:
            return head
        if w in CLAUSE_STOP:
            return _opening_head(s, r + 1, v)
    return _opening_head(s, 0, v)


def _opening_head(s: Sentence, lo: int, v: int) -> int:
    """The clause's first mention at or after lo, when a name opens the clause (after an
    optional fronted phrase closed by a comma: "Across the bay, X, ...")."""
    lows = s.lows
    first = next((x for x in range(lo, v) if lows[x] == M), -1)
    if first < 0 or s.is_det(first) or "Location" in s.etypes(first):
        return -1
    if first > lo and lows[first - 1] != ",":
        return -1
    if first > lo and any(w in PUNCT_STOP or w == M for w in lows[lo : first - 1]):
        return -1
    return first


def _subject(s: Sentence, v: int) -> int:
    """The named subject of the verb group starting at v: a relative's head or a coordinated
    predicate's subject, else -1."""
    lows = s.lows
    if v >= 1 and lows[v - 1] in THING_RELATIVES:
        return _relative_head(s, v - 1)
    return _coordinated_head(s, v)


def _clear_between(s: Sentence, head: int, v: int) -> bool:
    """Nothing but places and the head itself named in (head, v), no reporting clause."""
    ids = set(s.ment(head).ids)
    for x in range(head + 1, v):
        if s.lows[x] == M and not (_place(s, x) or set(s.ment(x).ids) <= ids):
            return False
    return True


def rival_complement(s: Sentence) -> None:
    lows = s.lows
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        if w not in nouns or w.endswith("s") or not tail_closes(s, k + 1):
            continue
        owner, start = _possessed(s, k)
        if owner < 0:
            continue
        b = _copula_before(s, start)
        if b < 0:
            continue
        v = _verb_start(lows, b)
        head = _subject(s, v)
        if head < 0 or not s.etypes(head) <= RIVAL_TYPES or s.ment(head).kind != "name":
            continue
        if s.ment(head).shares(s.ment(owner)) or not _clear_between(s, head, v):
            continue
        if s.negated(head + 1, k) or s.blocked(head, owner):
            continue
        s.emit(s.ment(head), ("COMPETES_WITH",), s.ment(owner), RULE_COMPLEMENT, 0.6)


def rival_subject(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        if w not in nouns:
            continue
        owner, _ = _possessed(s, k)
        if owner < 0:
            continue
        b = _phrase_copula(s, k + 1)
        if b < 0 or b + 1 >= n:
            continue
        adverbs = rival_words(s.lex).copula_adverbs
        q = b + 1
        while q < n and q - b <= 2 and lows[q] in adverbs:
            q += 1
        rival = right(s, q, 2)
        if rival < 0 or not s.etypes(rival) <= RIVAL_TYPES or s.ment(rival).kind != "name":
            continue
        if s.blocked(owner, rival):
            continue
        rivals = s.merged(coord(s, rival, +1))
        s.emit(rivals, ("COMPETES_WITH",), s.ment(owner), RULE_SUBJECT, 0.65)


def _phrase_copula(s: Sentence, p: int) -> int:
    """The copula after a phrase of up to `PHRASE_REACH` plain words (a preposition first)
    opening at p: "for most of the decade was", else -1."""
    lows = s.lows
    if p >= len(lows) or lows[p] not in ("for", "in", "on", "over", "during", "across", "at"):
        return -1
    for q in range(p + 1, min(len(lows), p + 1 + PHRASE_REACH)):
        if lows[q] in BE:
            return q
        if not (lows[q].isalnum() or _place(s, q)):
            return -1  # "for most of the 1990s" passes; a comma or a name stops it
    return -1
