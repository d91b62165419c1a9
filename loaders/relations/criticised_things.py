"""Litigation family: criticism of a firm's possession by named critics.

`possessed_criticism`: "Vendell Grain's pricing model has come under fire from Fairgrain",
"Orrin's plan came under criticism from growers and from Kelso Farms": criticising the firm's
model, plan or pricing disputes the firm. The verb rules read "X has come under fire from Y",
but a possessed subject ("X's plan") is not their subject. Each critic named right after a
"from" of the phrase disputes the possessor; a critic named only as the employer of someone
("from analysts at Kelso Bank") is no party, and a negation or hedge blocks the reading.
The words are the `litigation` entries `criticism_states` and `state_verbs`.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.lexicon import Lexicon, inflect, per_lexicon, word_set
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.words import POSSESSIVE_MARKS, PUNCT_STOP, M

RULE = "litigation/possessed-criticism"
# the critics' types: a firm or a person (not a place or a product)
CRITIC_TYPES = frozenset({"Organization", "Person"})
# what may stand between the verb and the possessed noun phrase: "has", "has been", "now"
AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "also", "now"})


@dataclass(frozen=True)
class CriticismWords:
    states: frozenset[str]  # "fire", "criticism", "attack" (after "under")
    verbs: frozenset[str]  # every form of "come"


@per_lexicon
def criticism_words(lex: Lexicon) -> CriticismWords:
    spec = lex.data.get("litigation") or {}
    states = word_set(spec.get("criticism_states"))
    verbs = {f for v in spec.get("state_verbs") or () for f, _ in inflect(str(v), lex.irregular)}
    return CriticismWords(states, frozenset(verbs))


def cues(lex: Lexicon) -> frozenset[str]:
    return criticism_words(lex).states


def possessed_criticism(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    words = criticism_words(s.lex)
    for k, w in enumerate(lows):
        if w not in words.states or k < 2 or k + 2 >= n or lows[k - 1] != "under":
            continue
        if lows[k + 1] != "from":
            continue
        owner = _possessor(s, k - 2, words.verbs)
        if owner < 0 or s.blocked(owner + 1, k):
            continue
        for critic in _critics(s, k + 1):
            if not s.ment(critic).shares(s.ment(owner)):
                s.emit(s.ment(critic), ("DISPUTES",), s.ment(owner), RULE, 0.7)


def _possessor(s: Sentence, v: int, verbs: frozenset[str]) -> int:
    """The firm whose thing is the subject of the verb at v ("Vendell Grain's pricing model
    has come"): the possessor's position, when the phrase opens its clause; else -1."""
    lows = s.lows
    if v < 0 or lows[v] not in verbs:
        return -1
    q = v - 1
    while q >= 0 and v - q <= 3 and lows[q] in AUX:
        q -= 1
    start = q
    while q >= 0 and start - q < 3 and lows[q] != M and lows[q].replace("-", "").isalpha():
        q -= 1  # "pricing model", "new fee structure"
    if q == start or q < 1 or lows[q] not in POSSESSIVE_MARKS or lows[q - 1] != M:
        return -1
    owner = q - 1
    opener = lows[owner - 1] if owner >= 1 else "."
    if s.is_det(owner) or "Organization" not in s.etypes(owner):
        return -1
    return owner if opener in PUNCT_STOP or opener in (",", "that", "but", "and") else -1


def _critics(s: Sentence, f: int) -> list[int]:
    """The critics named right after the "from" at f and after each later "and from" of the
    clause ("from some growers and from Fairgrain"), with their coordinated names."""
    lows = s.lows
    out: list[int] = []
    q = f
    while q < len(lows) and lows[q] not in PUNCT_STOP:
        if lows[q] == "from" and (q == f or lows[q - 1] == "and"):
            m = q + 1
            if m < len(lows) and lows[m] == M and not s.is_det(m):
                out += [x for x in coord(s, m, +1) if s.etypes(x) <= CRITIC_TYPES]
        q += 1
    return out
