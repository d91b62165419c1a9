"""A money noun's nearest name that is the recipient of a giving verb (precjv19).

"The council gave Pemsley a £3m grant for the Harrowell reservoir": the noun trigger "grant
for" offers Pemsley as the one funding the reservoir, but Pemsley is what the council gave the
grant to (the giver funds; `funding.grants` reads the giver and the recipient).

Words: `cost_shares.grant_verbs` and `site_giving_verbs` in `loaders/data/triggers.yaml` (with
their inflections).
"""

from __future__ import annotations

from loaders.lexicon import Lexicon, inflected, per_lexicon
from loaders.relations.model import Sentence
from loaders.relations.pronoun_owners import owning_pronoun
from loaders.relations.words import ARTICLES, M


@per_lexicon
def giving_forms(lex: Lexicon) -> frozenset[str]:
    """The one-word forms of the giving verbs ("gave", "awarded", "handing"), not those that
    are also money nouns ("grant", "loans")."""
    spec = lex.data.get("cost_shares") or {}
    nouns = frozenset(str(w) for w in spec.get("loan_nouns") or ())
    return _one_word_forms(lex, "grant_verbs") - nouns


def given_to(s: Sentence, subj: int) -> bool:
    """The name at subj is the first object of a giving verb ("gave (the) X a grant")."""
    return _object_of(s.lows, subj, giving_forms(s.lex))


@per_lexicon
def site_giving_forms(lex: Lexicon) -> frozenset[str]:
    """The one-word forms of the verbs that hand over a thing ("gave", "handing":
    `cost_shares.site_giving_verbs`)."""
    return _one_word_forms(lex, "site_giving_verbs")


def _one_word_forms(lex: Lexicon, key: str) -> frozenset[str]:
    """The one-word inflected forms of the `cost_shares` verbs under `key`."""
    spec = lex.data.get("cost_shares") or {}
    return frozenset(
        form[0]
        for phrase in spec.get(key) or ()
        for form, _ in inflected(str(phrase), lex.irregular)
        if len(form) == 1
    )


def _object_of(lows: list[str], c: int, forms: frozenset[str]) -> bool:
    """The name at c is the first object of one of the verb `forms`, an article allowed
    between them ("gave (the) X")."""
    v = c - 1 - (c >= 1 and lows[c - 1] in ARTICLES)
    return v >= 0 and lows[v] in forms


def handed(s: Sentence, c: int) -> bool:
    """The mention at c is what a handing verb hands something to: its first object ("the
    deal gives X a plant") or a possessive right after a pronoun object ("would give it its
    first hangar"); not a supplier's client ("supplies X, which runs a mill"), not the giver's
    own possessive after a named object ("will hand X its stores") or after the verb ("gave
    its plant a new kiln")."""
    lows, forms = s.lows, site_giving_forms(s.lex)
    if c >= 2 and lows[c - 1] == M and lows[c - 2] in forms:
        if s.ment(c - 1).kind != "pronoun":
            return False  # "will hand Merrow Foods its stores": the giver's own stores
        c -= 1
    elif owning_pronoun(s, c):
        return False  # "gave its plant in Lyon a new kiln": its own plant
    return _object_of(lows, c, forms)
