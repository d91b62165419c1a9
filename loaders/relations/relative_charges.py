"""A charge in an object relative: "Verrini Vetro, the glass supplier that sells shades to
both firms, which Lumetto had accused of passing drawings to Arcova", "mooring charges levied
by the Broads Waterways Conservators, which she accused of milking boat firms": the relative's
subject DISPUTES the relative's antecedent (the name before the comma, or before an appositive
that names no other party). The verbs are the `litigation` entry `party_charge_verbs` in
`loaders/data/triggers.yaml` (their object is always a party); a verb with an object of its own
("which Lumetto sued Arcova over") is no object relative, and a negation or hedge blocks it.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, verb_index
from loaders.relations.model import Sentence
from loaders.relations.words import AUXILIARIES, PUNCT_STOP, RELATIVE_WH, M

RULE: Final = "litigation/relative-charge"
OBJECT_RELATIVES: Final[frozenset[str]] = (RELATIVE_WH - {"whose"}) | {"that", "whom"}
PARTY_TYPES: Final[frozenset[str]] = frozenset({"Organization", "Person"})
SUBJECT_GAP: Final = 3  # auxiliaries and adverbs between the subject and the verb
APPOSITIVE_REACH: Final = 14  # words of an appositive between the antecedent and the relative


@per_lexicon
def party_charge_verbs(lex: Lexicon) -> PhraseIndex:
    spec = lex.data.get("litigation") or {}
    return verb_index(spec.get("party_charge_verbs"), lex.irregular, True)


def cues(lex: Lexicon) -> PhraseIndex:
    return party_charge_verbs(lex)


def relative_charge(s: Sentence) -> None:
    """ "Y, which X had accused of ...": X DISPUTES Y."""
    lows = s.lows
    n = len(lows)
    verbs = party_charge_verbs(s.lex)
    for k in range(3, n):
        if lows[k] not in verbs or not verbs.match(lows, k):
            continue
        if k + 1 < n and (lows[k + 1] == M or lows[k + 1] in ("that", "by")):
            continue  # "which Lumetto sued Arcova over": the verb has its own object
        subj = _relative_subject(s, k)
        if subj < 0:
            continue
        head = _antecedent(s, subj - 1)
        if head < 0 or s.blocked(subj + 1, k + 1):
            continue
        accuser, accused = s.ment(subj), s.ment(head)
        if not accuser.shares(accused):
            s.emit(accuser, ("DISPUTES",), accused, RULE, 0.6)


def _relative_subject(s: Sentence, k: int) -> int:
    """The party named right after a relative word and before the verb at k ("which Lumetto
    had accused", "whom she accused"), else -1."""
    lows = s.lows
    q = k - 1
    while (
        q > 0
        and k - q <= SUBJECT_GAP
        and (lows[q] in AUXILIARIES or (lows[q].endswith("ly") and lows[q].isalpha()))
    ):
        q -= 1
    if q < 2 or lows[q] != M or s.is_det(q) or lows[q - 1] not in OBJECT_RELATIVES:
        return -1
    return q if PARTY_TYPES & s.etypes(q) else -1


def _antecedent(s: Sentence, r: int) -> int:
    """The named party the relative word at r stands for: the name right before it or before
    its comma, or the name before an appositive that names no other party ("Verrini Vetro, the
    glass supplier that sells shades to both firms, which ..."); else -1."""
    lows = s.lows
    c = r - 1
    if lows[c] == M:
        return c if _party(s, c) else -1
    if lows[c] != ",":
        return -1
    if lows[c - 1] == M:
        return c - 1 if _party(s, c - 1) else -1
    for q in range(c - 1, max(0, c - APPOSITIVE_REACH) - 1, -1):
        w = lows[q]
        if w in PUNCT_STOP or (w == M and PARTY_TYPES & s.etypes(q)):
            return -1
        if w == "," and q >= 1 and lows[q - 1] == M:
            return q - 1 if _party(s, q - 1) else -1
    return -1


def _party(s: Sentence, x: int) -> bool:
    return not s.is_det(x) and bool(PARTY_TYPES & s.etypes(x))
