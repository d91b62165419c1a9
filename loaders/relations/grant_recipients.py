"""A money noun's nearest name that is the recipient of a giving verb (precjv19).

"The council gave Pemsley a £3m grant for the Harrowell reservoir": the noun trigger "grant
for" offers Pemsley as the one funding the reservoir, but Pemsley is what the council gave the
grant to (the giver funds; `funding.grants` reads the giver and the recipient).

Words: `cost_shares.grant_verbs` in `loaders/data/triggers.yaml` (with their inflections).
"""

from __future__ import annotations

from loaders.lexicon import Lexicon, inflected, per_lexicon
from loaders.relations.model import Sentence
from loaders.relations.words import ARTICLES


@per_lexicon
def giving_forms(lex: Lexicon) -> frozenset[str]:
    """The one-word forms of the giving verbs ("gave", "awarded", "handing"), not those that
    are also money nouns ("grant", "loans")."""
    spec = lex.data.get("cost_shares") or {}
    nouns = {str(w) for w in spec.get("loan_nouns") or ()}
    return frozenset(
        form[0]
        for phrase in spec.get("grant_verbs") or ()
        for form, _ in inflected(str(phrase), lex.irregular)
        if len(form) == 1 and form[0] not in nouns
    )


def given_to(s: Sentence, subj: int) -> bool:
    """The name at subj is the first object of a giving verb ("gave (the) X a grant")."""
    lows = s.lows
    v = subj - 1 - (subj >= 1 and lows[subj - 1] in ARTICLES)
    return v >= 0 and lows[v] in giving_forms(s.lex)
