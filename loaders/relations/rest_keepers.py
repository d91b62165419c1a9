"""The holder of "the remaining N%" past an auxiliary or a description of it.

"Orvel Capital has agreed to buy a 70% stake in Dunmore Ceramics. Ines Dunmore, the founder's
niece, will keep the remaining 30%" (or "Ines Dunmore, who runs the shop, will keep ..."; "Ines
and Rolf Dunmore will keep the other 30% between them": both): Ines keeps the rest of
Dunmore Ceramics (the firm whose stake the sentences just before stated,
`SentenceContext.held_before`). The holder stands before the verb past auxiliaries ("will",
"still") or past an appositive or a relative clause that names no other party; a relative
("B, which holds the rest") and a plain "B holds the rest" are read by `stake._rest_holder`
itself.

Round 41: the aside may name others and still describe the holder: a possessive pronoun or
a name after "of" in an appositive ("Nikos Varda, Lefka's director and a grandson of its
founder, keeps the other 15%", "the niece of founder Ivo Roe"); a longer relative clause with
commas of its own ("Jonas Brek, who opened the shop alongside his brother, Emil, near Tartu,
keeps a 6% holding", "..., and still holds 55% of it"); a relative after such an appositive
("P, the chairman's niece, who holds 28% of the firm"). The kept-share (`holdings`) and
percentage (`stake._stake_holders`) readings take this holder too, before a nearer name
inside the aside.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence
from loaders.relations.nav import prep_before
from loaders.relations.titled_conjuncts import conjuncts_before
from loaders.relations.words import (
    ARTICLES,
    AUXILIARIES,
    DATE_WORDS,
    NEARNESS_PREPS,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    M,
)

# verbs of keeping a share before "the remaining N%", in any form after an auxiliary
REST_VERBS: Final[frozenset[str]] = frozenset(
    {"keep", "keeps", "kept", "retain", "retains", "retained", "hold", "holds", "own", "owns"}
)
DESCRIPTION_REACH: Final = 12  # words of an appositive between the holder and its comma
# words from a relative to the "and" before its second verb, or to the comma closing it
RELATIVE_REACH: Final = 14
LONG_RELATIVE_REACH: Final = 24  # the same, across the commas of an aside inside the clause
KEEPER_RELATIVES: Final[frozenset[str]] = frozenset({"which", "who", "that"})
HEAD_RELATIVES: Final[frozenset[str]] = KEEPER_RELATIVES - {"that"}  # after a comma: no "that"
CLAUSE_ENDS: Final[frozenset[str]] = frozenset({";", ":", "."})
DESCRIPTION_STOPS: Final[frozenset[str]] = frozenset({";", ":", ".", "which", "who", "that"})
# the words that may open an aside inside a longer relative clause (", his brother, Emil,",
# ", in a barn near Kalmar,", ", in 2002"): a name, an article or a preposition, never a verb
# or a conjunction of the main clause (", said the seller, P,", ", but her brother, P,")
ASIDE_OPENERS: Final[frozenset[str]] = PREPOSITIONS | NEARNESS_PREPS | ARTICLES | DATE_WORDS


def kept_rest_holder(s: Sentence, v: int) -> int:
    """The holder whose verb of keeping stands at v ("will keep the remaining 30%", "Ines,
    the founder's niece, keeps the remaining 30%"); else -1."""
    lows = s.lows
    if v < 1 or lows[v] not in REST_VERBS:
        return -1
    r = v - 1
    while r >= 0 and lows[r] in AUXILIARIES:
        r -= 1
    if r >= 0 and lows[r] == M:
        return r if not s.is_det(r) and r < v - 1 else -1  # the plain case is the caller's
    if r >= 1 and lows[r - 1] == M and _counted_people(s, r):
        return r - 1  # "The two sisters will retain the other 15%"
    if r >= 2 and lows[r] == "and":
        return _conjoined_relative(s, r)
    if r >= 3 and lows[r] in HEAD_RELATIVES and lows[r - 1] == "," and lows[r - 2] != M:
        h = _described(s, r - 1)  # "P, the chairman's niece, who holds 28% of the firm"
        return h if h < 0 or _agrees(s, r, h) else -1
    if r < 2 or lows[r] != ",":
        return -1
    described = _described(s, r)
    return described if described >= 0 else _relative_head(s, r)


def _counted_people(s: Sentence, r: int) -> bool:
    """A people noun at r after a counted pair ("the two sisters", "the two families": the
    pair reference reads "the two", the noun is left over)."""
    m = s.ments[r - 1]
    return m is not None and m.kind == "pair" and s.lows[r] in holding_words(s.lex).seller_people


def _conjoined_relative(s: Sentence, a: int) -> int:
    """The antecedent of a relative whose second verb follows the "and" at a ("Orvel, a fund
    that invested in 2016 and will keep the remaining 30%": Orvel); else -1."""
    lows = s.lows
    q = _relative_before(s, a, KEEPER_RELATIVES)
    if q < 0:
        q = _long_relative(s, a)  # "P, who opened it alongside her cousin, C, and holds 55%"
        if q < 0 or lows[q - 1] != ",":
            return -1
    if lows[q - 1] == "," and lows[q - 2] == M and not s.is_det(q - 2):
        return q - 2  # "Orvel, which invested ... and keeps"
    c = _comma_before(s, q)  # "Orvel, a fund that ..."
    return c - 1 if c >= 1 and lows[c - 1] == M and not s.is_det(c - 1) else -1


def _relative_before(s: Sentence, a: int, relatives: frozenset[str]) -> int:
    """The relative word (of `relatives`) nearest before a, within `RELATIVE_REACH` words and
    with no comma or clause end between; else -1."""
    lows = s.lows
    for q in range(a - 1, max(1, a - RELATIVE_REACH) - 1, -1):
        w = lows[q]
        if w in CLAUSE_ENDS or w == ",":
            return -1
        if w in relatives:
            return q
    return -1


def _comma_before(s: Sentence, q: int) -> int:
    """The comma that opens the short description ending before q ("a Milan fund": a place
    may stand in it), else -1."""
    lows = s.lows
    for c in range(q - 1, max(-1, q - 1 - DESCRIPTION_REACH), -1):
        if lows[c] == ",":
            return c
        if not (lows[c].isalpha() or (lows[c] == M and "Location" in s.etypes(c))):
            return -1
    return -1


def _relative_head(s: Sentence, c: int) -> int:
    """The name a relative clause ending at the comma c is said of ("Ines Roe, who runs the
    shop, owns the remaining 24%": Ines), when the clause is short and holds no clause end;
    else -1."""
    q = _relative_before(s, c, HEAD_RELATIVES)
    if q < 0:
        q = _long_relative(s, c)
    if q < 0:
        return -1
    h = q - 2
    return h if s.lows[q - 1] == "," and s.lows[h] == M and not s.is_det(h) else -1


def _long_relative(s: Sentence, c: int) -> int:
    """The relative word of a longer clause ending at the comma c, with commas of its own
    around a name or a phrase ("Jonas Brek, who opened the shop alongside his brother, Emil,
    near Tartu, keeps a 6% holding"), within `LONG_RELATIVE_REACH` words and with no clause
    end, no ", and" and no other relative between, and no comma opening a verb or a
    conjunction of the main clause ("P, who chairs X, said the seller, S, keeps 30%": S keeps
    it), but for the relative's own verb after an aside opened at once ("P, who, with her
    brother, B, founded it, keeps 20%"); else -1."""
    lows = s.lows
    verbs = 0  # commas before a word that opens no aside: a verb or a conjunction
    for q in range(c - 1, max(1, c - LONG_RELATIVE_REACH) - 1, -1):
        w = lows[q]
        if w in CLAUSE_ENDS or (w == "and" and lows[q - 1] == ","):
            return -1
        if w == "," and q + 1 < c and not _aside_opener(s, q + 1):
            verbs += 1
        if w in KEEPER_RELATIVES:
            opened = verbs == 1 and lows[q + 1] == ","
            own = w in HEAD_RELATIVES and _agrees(s, q, q - 2)
            return q if own and (verbs == 0 or opened) else -1
    return -1


def _aside_opener(s: Sentence, k: int) -> bool:
    """The word at k may open an aside inside a relative clause: a name, an article, a
    preposition or a date word, or a number ("in 1988", "2002")."""
    w = s.lows[k]
    return w == M or w in ASIDE_OPENERS or w[:1].isdigit()


def _agrees(s: Sentence, q: int, h: int) -> bool:
    """The relative word at q may be said of the mention at h: no "which" of a person
    ("P, Vela's chief executive, which owns 30%": Vela owns it, not P)."""
    return not (s.lows[q] == "which" and h >= 0 and "Person" in s.etypes(h))


def _described(s: Sentence, c: int) -> int:
    """The name before the appositive that ends at the comma c ("Ines, the founder's niece,"),
    when the appositive names no entity but a possessor; else -1."""
    lows = s.lows
    if c < 2:
        return -1
    for b in range(c - 1, max(-1, c - 1 - DESCRIPTION_REACH), -1):
        w = lows[b]
        if w == ",":
            h = b - 1
            return h if h >= 0 and lows[h] == M and not s.is_det(h) and b < c - 1 else -1
        if w in DESCRIPTION_STOPS or (w == M and not _describing_name(s, b)):
            return -1
    return -1


def _describing_name(s: Sentence, b: int) -> bool:
    """The mention at b is part of the holder's description, no party of its own: a possessor
    ("the founder's niece", "Orvel's director"), a possessive pronoun ("a grandson of its
    founder") or a name after "of" ("the niece of founder Ivo Roe", "a partner of B")."""
    lows = s.lows
    if lows[b + 1] in POSSESSIVE_MARKS or s.is_det(b):
        return True
    if b >= 1 and lows[b - 1] == "of":
        return True
    return b >= 2 and lows[b - 2] == "of" and lows[b - 1].isalpha()  # "of founder Ivo Roe"


def keeper_first(s: Sentence, v: int, cands: list[int]) -> list[int]:
    """The subject candidates of the verb at v with the holder of its kept share first when it
    stands before them ("P, who opened it alongside her cousin, C, keeps 6%": P, not the
    apposed cousin; `kept_rest_holder`)."""
    keeper = kept_rest_holder(s, v)
    if keeper >= 0 and (not cands or keeper < cands[0]):
        return [keeper] + [c for c in cands if c != keeper]
    return cands


def kept_together(s: Sentence, holder: int) -> list[int]:
    """The holder of the rest at `holder`, before its verb, with the names coordinated before
    it ("Ana Roe and Ivo Roe keep the remaining 30% jointly": both), none governed
    by a preposition ("sold 70% of X to A, and B keeps the rest": not X)."""
    return [m for m in conjuncts_before(s, holder) if m == holder or not prep_before(s, m)]
