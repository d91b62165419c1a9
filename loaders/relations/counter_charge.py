"""A party sued or accused earlier that charges "it" back: "Osterby Bank sued Pollard Homes,
and Pollard Homes accused it of hiding losses". The object pronoun was bound to the verb's own
subject (no reflexive, so it cannot be), and the subject is the accused of an earlier dispute:
the pronoun is that dispute's accuser, whom the subject disputes. The verbs are the
`litigation` entry `counter_charge_verbs` in `loaders/data/triggers.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, verb_index
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.words import M

RULE: Final = "litigation/counter-charge"
OBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "them", "him", "her"})


@per_lexicon
def charge_back_verbs(lex: Lexicon) -> PhraseIndex:
    spec = lex.data.get("litigation") or {}
    return verb_index(spec.get("counter_charge_verbs"), lex.irregular, True)


def cues(lex: Lexicon) -> PhraseIndex:
    return charge_back_verbs(lex)


def counter_charge(s: Sentence) -> None:
    """ "..., and Pollard Homes accused it of hiding losses": the subject DISPUTES the
    accuser of its latest dispute when the object pronoun was bound to the subject itself."""
    lows = s.lows
    verbs = charge_back_verbs(s.lex)
    disputes = [
        *s.context.disputes,
        *((f.source, f.target) for f in s.found if f.type == "DISPUTES"),
    ]
    for k in range(len(lows) - 1):
        if lows[k] not in verbs or not verbs.match(lows, k) or lows[k + 1] != M:
            continue
        obj = s.ment(k + 1)
        if obj.kind != "pronoun" or obj.word not in OBJECT_PRONOUNS:
            continue
        subj = subjects(s, k, True)
        if not subj or not _own_clause(lows, subj[0], k):
            continue  # "A sued B in May and has since accused it": A's verb, "it" is B
        if not obj.shares(s.ment(subj[0])):
            continue
        own = s.ment(subj[0])
        if s.blocked(subj[0] + 1, k + 1):
            continue
        for accuser, accused in reversed(disputes):
            if accused in own.ids and accuser not in own.ids:
                s.emit(own, ("DISPUTES",), Mention((accuser,), k + 1, k + 1), RULE, 0.6)
                break


SUBJECT_GAP: Final = 3  # auxiliaries and adverbs between the subject and its verb


def _own_clause(lows: list[str], c: int, k: int) -> bool:
    """The subject at c stands right before the verb at k ("Pollard has since accused"), not
    across a coordinated verb phrase."""
    between = lows[c + 1 : k]
    return len(between) <= SUBJECT_GAP and all(w.isalpha() and w != "and" for w in between)
