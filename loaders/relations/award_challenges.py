"""The award a bare "the award" or "the contract" names, stated earlier in its sentence.

"Tarrow Council has awarded the bin contract to Kelby Waste, beating Orlan Services, which has
lodged a legal challenge against the award": the loser's challenge of "the award" fights the award
the sentence states, so it disputes its winner (Kelby Waste) and the body that awarded it
(Tarrow Council). The verbs are data: `litigation.award_verbs` in loaders/data/triggers.yaml.
"""

from __future__ import annotations

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, verb_index
from loaders.relations.model import Sentence
from loaders.relations.nav import match_gap, right, subjects
from loaders.relations.words import CLAUSE_STOP, DEFINITE_DETS, DETS, MEMBER_NOUNS, M

# words from an award verb to the "to" of its winner ("awarded a contract to clear birds from
# the runways at Tarrow Airport to X")
AWARD_REACH = 20


@per_lexicon
def award_verbs(lex: Lexicon) -> PhraseIndex:
    """`litigation.award_verbs` in every form, once per lexicon."""
    spec = lex.data.get("litigation") or {}
    return verb_index(spec.get("award_verbs"), lex.irregular, True)


def stated_award(s: Sentence, start: int) -> tuple[int, int]:
    """(winner, grantor) of the award a definite noun phrase starting at `start` ("the award")
    names: an award verb before it in the sentence with "to" and an organization after it
    ("has awarded its contract to X"), and its subject when one is named; else
    (-1, -1)."""
    lows = s.lows
    if lows[start] not in DEFINITE_DETS:
        return -1, -1
    verbs = award_verbs(s.lex)
    for v in range(start - 1, -1, -1):
        if not any(match_gap(s, v, phrase) >= 0 for phrase, _ in verbs.bucket(lows[v])):
            continue  # "hand ... contract to" spans a gap ("handed its bin contract to X")
        winner = _winner(s, v + 1, min(start, v + AWARD_REACH))
        if winner < 0:
            return -1, -1
        subj = subjects(s, v, True)
        grantor = subj[0] if subj and "Organization" in s.etypes(subj[0]) else -1
        return winner, grantor
    return -1, -1


def _winner(s: Sentence, lo: int, hi: int) -> int:
    """The organization right after the first "to" between lo and hi that names one ("a
    contract to clean the parks to X"), its recipient (`_recipient`); a clause stop ends the
    search; else -1."""
    lows = s.lows
    for t in range(lo, hi):
        if lows[t] in CLAUSE_STOP:
            return -1
        if lows[t] == "to":
            w = right(s, t + 1, 2)
            if w >= 0 and "Organization" in s.etypes(w) and _recipient(s, t, w):
                return w
    return -1


def _recipient(s: Sentence, t: int, w: int) -> bool:
    """The name at w is what "to" at t gives the award to: right after it, or after a
    determiner, a descriptor noun or a hyphened place ("to the Leeds-based X", "to local firm
    X"; "to help X expand" is a purpose), and no member noun after it ("to X staff")."""
    lows = s.lows
    b = w - 1
    if b > t and not (
        lows[b] in DETS
        or lows[b] == M
        or lows[b - 1] == "-"
        or s.lex.heads.match(lows, b) is not None
    ):
        return False
    return w + 1 >= len(lows) or lows[w + 1] not in MEMBER_NOUNS
