"""A possessive pronoun on an answered claim that reads back to the one answering.

"Mr Tamm rejected her claims": the pronoun's antecedent cannot be Mr Tamm himself, the party
rejecting them. When the article's pronoun reading lands on the answerer (or on what the
answerer's subject resolves to), the claim's author is not the pronoun's antecedent but the
party of the last dispute against the answerer (`litigation.answer`); the pronoun is then
read as a mere determiner.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.words import M


def self_possessor(s: Sentence, k: int, c: int) -> int:
    """1 when the word at c (after the answering verb at k) is a possessive pronoun whose
    reading is the verb's own subject ("Tamm rejected her claims", "her" -> Tamm); else 0."""
    lows = s.lows
    if c >= len(lows) or lows[c] != M or not s.is_det(c):
        return 0
    subj = subjects(s, k, True)
    if not subj:
        return 0
    return int(s.ment(c).shares(s.ment(subj[0])))
