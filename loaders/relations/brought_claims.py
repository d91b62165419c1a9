"""Litigation family: a claim brought in an object relative.

"the claim that Orvel Mills had filed against Tamsin Dairy", "a complaint which
Orvel lodged against Tamsin": the relative's subject brings the claim against the party after
"against" (Orvel DISPUTES Tamsin). The claim noun is one of the `litigation` entries `claims`
and `suit_nouns`, the verb one of `bringing_verbs` (`loaders/data/triggers.yaml`); a negation
or hedge blocks it ("a claim that Orvel may bring against Tamsin"), and so does a modal ("would
file"); so does a client named after the party (`counsel_marks`: "on behalf of X", "for its
client X"), which makes the subject counsel.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, verb_index, word_set
from loaders.relations.model import Sentence
from loaders.relations.nav import right
from loaders.relations.words import (
    AUXILIARIES,
    MODALS,
    POSSESSIVES,
    PUNCT_STOP,
    SKIP_DETS,
    THING_RELATIVES,
    M,
)

RULE: Final = "litigation/brought-claim"
PARTY_TYPES: Final[frozenset[str]] = frozenset({"Organization", "Person"})
SUBJECT_GAP: Final = 3  # auxiliaries and adverbs between the subject and the verb


@per_lexicon
def bringing_verbs(lex: Lexicon) -> PhraseIndex:
    spec = lex.data.get("litigation") or {}
    return verb_index(spec.get("bringing_verbs"), lex.irregular, True)


@per_lexicon
def counsel_marks(lex: Lexicon) -> frozenset[str]:
    spec = lex.data.get("litigation") or {}
    return word_set(spec.get("counsel_marks"))


@per_lexicon
def claim_nouns(lex: Lexicon) -> frozenset[str]:
    spec = lex.data.get("litigation") or {}
    return word_set(spec.get("claims")) | word_set(spec.get("suit_nouns"))


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"against"})


def brought_claim(s: Sentence) -> None:
    """ "the case that X has brought against Y": X DISPUTES Y."""
    lows = s.lows
    verbs = bringing_verbs(s.lex)
    for k in range(4, len(lows) - 2):
        if lows[k] not in verbs or lows[k + 1] != "against" or not verbs.match(lows, k):
            continue
        subj = _relative_subject(s, k)
        if subj < 0:
            continue
        other = right(s, k + 2, 3)
        if other < 0 or any(lows[x] == "," for x in range(k + 2, other)):
            continue
        if _hedged(s, subj + 1, k) or not PARTY_TYPES & s.etypes(other):
            continue
        if for_client(s, other + 1):
            continue  # "... against Y on behalf of Z": the subject is counsel
        accuser, accused = s.ment(subj), s.ment(other)
        if not accuser.shares(accused):
            s.emit(accuser, ("DISPUTES",), accused, RULE, 0.65)


def _hedged(s: Sentence, lo: int, hi: int) -> bool:
    """A negation, hedge or modal among the relative's auxiliaries ("that X may bring", "would
    file"); not
    `Sentence.blocked`, which reads "the claim that" as hearsay."""
    lex, lows = s.lex, s.lows
    return any(
        (lows[q] in lex.negation and lex.negation.match(lows, q))
        or (lows[q] in lex.hedges and lex.hedges.match(lows, q))
        or lows[q] in MODALS
        for q in range(lo, hi)
    )


def for_client(s: Sentence, p: int) -> bool:
    """The clause from p names the party a claim is brought for: "on behalf of (its client)
    X", "for (its client) X"; not "for breach of X's patent"."""
    lows = s.lows
    marks = counsel_marks(s.lex)
    for x in range(p, len(lows)):
        if lows[x] in PUNCT_STOP or lows[x] == ",":
            return False
        if lows[x] not in marks:
            continue
        if lows[x] != "for":
            return True  # "on behalf of"
        y = x + 1
        while y < len(lows) and (lows[y] in SKIP_DETS or lows[y] in POSSESSIVES or s.is_det(y)):
            y += 1
        if y + 1 < len(lows) and lows[y] != M and lows[y + 1] == M:
            y += 1  # "for its client Orvel"
        if y < len(lows) and lows[y] == M and PARTY_TYPES & s.etypes(y):
            return True
    return False


def _relative_subject(s: Sentence, k: int) -> int:
    """The party between a claim noun's relative word and the verb at k ("case that X has
    brought"), else -1."""
    lows = s.lows
    q = k - 1
    while q > 0 and k - q <= SUBJECT_GAP and lows[q] in AUXILIARIES:
        q -= 1
    if q < 2 or lows[q] != M or s.is_det(q) or not PARTY_TYPES & s.etypes(q):
        return -1
    rel = q - 1
    if lows[rel] in THING_RELATIVES:
        rel -= 1  # (a bare relative "the claim X filed against Y" is read by the noun rules)
    else:
        return -1
    return q if lows[rel] in claim_nouns(s.lex) else -1
