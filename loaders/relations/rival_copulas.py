"""Rivalry family: a possessed rival noun after a copula or "as".

- `possessed_rival_is`: "Vantora's main rival in the north is Tarrant Markets", "Our rivals
  are mainly A and B": each name after the verb competes with the possessor (a short phrase of
  place or market and an adverb may stand between the noun and the verb's complement).

- `rival_predicate`: "Pascal Dairy, the French group that is now its closest rival",
  "Brenna, which is now X's biggest rival", "presents itself as X's nearest rival", "bills
  itself as the main rival of X": the relative's antecedent (or the reflexive's referent)
  competes with the possessor.

The adverbs are data (loaders/data/rivalry.yaml `copula_adverbs`).
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import PERFECT_AUX
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, right, subjects
from loaders.relations.rival_words import rival_words
from loaders.relations.words import APPOSITIVE_DETS, PREPOSITIONS, THING_RELATIVES, M

RULE_IS = "rivalry/possessed-rival-is"
RULE_PREDICATE = "rivalry/rival-predicate"
BE = frozenset({"is", "are", "was", "were", "remains", "remain", "remained"})
PHRASE_PREPS = frozenset({"in", "on", "for", "at", "across", "among"})
RIVAL_TYPES = frozenset({"Organization", "Product"})
BECOME = frozenset({"been", "become", "became"})
# words between a relative pronoun and its copula: "which has long been", "that has become"
PERFECT_FILLERS = frozenset({"has", "have", "had", "long", "always", "now", "since", "recently"})
REFLEXIVES = frozenset({"itself", "themselves"})
# what may follow the rival noun: not another noun ("its rival bid", "X's competitor index")
NOUN_ENDS = PREPOSITIONS | BE | frozenset({"and", "but", "since", "after", "for", "in"})


def _possessed_rival(s: Sentence, p: int, of_form: bool) -> tuple[int, int]:
    """ "X's main rival", "its closest competitors" (and, `of_form`, "the main rival of X")
    opening at p: (the possessor's position, the end of the rival phrase), else (-1, -1)."""
    lows = s.lows
    n = len(lows)
    nouns = rival_words(s.lex).rival_nouns
    if p < n and lows[p] == M and s.is_det(p):
        owner, q = p, p + 1
    elif p + 1 < n and lows[p] == M and lows[p + 1] == "'s":
        owner, q = p, p + 2
    elif of_form and p < n and lows[p] == "the":
        owner, q = -1, p + 1
    else:
        return -1, -1
    k = q
    while k < n and k - q < 3 and lows[k] not in nouns and lows[k].replace("-", "").isalpha():
        k += 1  # "main", "closest", "biggest", "nearest"
    if k >= n or lows[k] not in nouns:
        return -1, -1
    end = k + 1
    if end < n and lows[end].isalpha() and lows[end] not in NOUN_ENDS:
        return -1, -1  # "its rival bid": the noun modifies another
    if owner >= 0:
        return owner, end
    if end + 1 < n and lows[end] == "of" and lows[end + 1] == M and not s.is_det(end + 1):
        return end + 1, end + 2
    return -1, -1


def _past_phrase(s: Sentence, e: int) -> int:
    """Past "in the north", "in mortgages", "in Europe" (or two such phrases: "for hospital
    contracts in the south") after the rival noun ending at e: the position of the verb after
    it, else e."""
    lows = s.lows
    if e >= len(lows) or lows[e] not in PHRASE_PREPS:
        return e
    phrases = 1
    for q in range(e + 1, min(len(lows), e + 10)):
        if lows[q] in BE:
            return q
        if lows[q] == M and ("Location" in s.etypes(q) or s.ment(q).kind == "np"):
            continue
        if lows[q] in PHRASE_PREPS and phrases < 2 and lows[q - 1].isalpha():
            phrases += 1  # "rival for hospital contracts in the south is"
            continue
        if not lows[q].isalpha() or lows[q] in PREPOSITIONS or q - e > 5 * phrases:
            return e
    return e


def _past_adverbs(s: Sentence, q: int) -> int:
    """Past up to two adverbs at q ("are mainly", "is now")."""
    adverbs = rival_words(s.lex).copula_adverbs
    start = q
    while q < len(s.lows) and q - start < 2 and s.lows[q] in adverbs:
        q += 1
    return q


def possessed_rival_is(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    for p, w in enumerate(lows):
        if w != M:
            continue
        owner, end = _possessed_rival(s, p, False)
        if owner < 0:
            continue
        be = _past_phrase(s, end)
        if be >= n or lows[be] not in BE:
            continue
        rival = right(s, _past_adverbs(s, be + 1), 2)
        if rival < 0 or s.blocked(owner, rival):
            continue
        rivals = s.merged(coord(s, rival, +1))
        s.emit(rivals, ("COMPETES_WITH",), s.ment(owner), RULE_IS, 0.7)


def rival_predicate(s: Sentence) -> None:
    lows = s.lows
    for k, w in enumerate(lows):
        if w != "as" and w not in BE and w not in BECOME:
            continue
        owner, _ = _possessed_rival(s, _past_adverbs(s, k + 1), True)
        if owner < 0:
            continue
        subj = _reflexive(s, k) if w == "as" else _antecedent(s, k)
        if subj < 0 and (w in BE or _perfect(lows, k)) and s.ment(owner).kind == "name":
            subj = _clause_subject(s, k)  # "Vantora, founded in 1990, is X's nearest rival"
        if subj < 0 or s.blocked(subj, owner):
            continue
        s.emit(s.ment(subj), ("COMPETES_WITH",), s.ment(owner), RULE_PREDICATE, 0.65)


def _perfect(lows: list[str], k: int) -> bool:
    """ "has been", "has long been", "have become": a perfect before the verb of becoming at k
    ("Vantora has long been X's closest rival")."""
    if lows[k] not in BECOME:
        return False
    r = k - 1
    while r >= 1 and k - r <= 2 and lows[r] in PERFECT_ADVERBS:
        r -= 1  # "long", "always"
    return r >= 0 and lows[r] in PERFECT_AUX


PERFECT_ADVERBS: Final[frozenset[str]] = PERFECT_FILLERS - PERFECT_AUX  # "long", "always"


def _clause_subject(s: Sentence, k: int) -> int:
    """The organization subject of the copula at k, past an aside or a first predicate
    ("Vantora, founded in 1990, is", "Brennock has grown fast and is"), else -1."""
    subj = next(iter(subjects(s, k, True)), -1)
    if subj < 0 or not s.etypes(subj) <= RIVAL_TYPES or s.ment(subj).kind != "name":
        return -1
    if any(s.lows[m] == M and s.etypes(m) != {"Location"} for m in range(subj + 1, k)):
        return -1  # "A said B is", "the unit of A is": whose copula is it?
    return subj


def _reflexive(s: Sentence, k: int) -> int:
    """ "presents itself as": the reflexive before "as" at k, else -1."""
    m = s.ments[k - 1] if k >= 1 else None
    return k - 1 if m is not None and m.kind == "pronoun" and m.word in REFLEXIVES else -1


def _antecedent(s: Sentence, k: int) -> int:
    """The name a relative clause whose verb is at k describes: "B, which is", "B, the French
    group that is", "B is the group which has long been"; else -1."""
    lows = s.lows
    r = k - 1
    while r >= 0 and k - r <= 3 and lows[r] in PERFECT_FILLERS:
        r -= 1
    if r < 2 or lows[r] not in THING_RELATIVES:
        return -1
    a = r - 1
    if lows[a] == M and s.ment(a).kind == "np":
        a -= 1  # "B is the group which": a description the resolver read as a reference
    elif lows[a] != ",":
        while a >= 1 and r - a <= 5 and lows[a] not in APPOSITIVE_DETS:
            if not lows[a].replace("-", "").isalpha():
                return -1
            a -= 1  # "the French group"
        if a < 2 or lows[a] not in APPOSITIVE_DETS:
            return -1
        a -= 1
    if lows[a] not in (",", "is", "was"):
        return -1  # "B is the group which": the copula's subject, like an appositive's head
    if a < 1 or lows[a - 1] != M or s.is_det(a - 1):
        return -1
    return a - 1
