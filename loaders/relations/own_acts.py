"""Acts a person does in their own name, read in a relative clause after their role at a firm.

"Ivo Dar, head of the Kelso Growers Guild, who accused Y": "who" may be the person or the firm
the appositive ends in. The person holds it only for the acts people do themselves: a charge
or suit (the `litigation` entry `counter_charge_verbs` and `own_name_acts.disputes`), a
founding (`own_name_acts.founding`) and backing another person (`own_name_acts.backing`, its
object a person), in `loaders/data/triggers.yaml`. A firm's acts stay the firm's ("who lent
£5m to Y", "who led the round", "who fined Y", "who signed a partnership with Y"), and so does
a verb that agrees with a plural ("who have accused Y", "who are suing Y": the guild's
members), an intent or a modal ("who plans to sue Y", "who will sue Y").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from loaders.lexicon import (
    Lexicon,
    PhraseIndex,
    inflect,
    per_lexicon,
    read_data,
    verb_index,
    word_set,
)
from loaders.relations.hedge_scope import SEQUENCE
from loaders.relations.model import Sentence
from loaders.relations.words import M

# auxiliaries of a singular subject and the adverbs that may sit before the relative's verb
# (`loaders/data/grammar.yaml` singular_aux, steady_adverbs)
SINGULAR_AUX: Final[frozenset[str]] = word_set(read_data("grammar.yaml")["singular_aux"])
STEADY_ADVERBS: Final[frozenset[str]] = word_set(read_data("grammar.yaml")["steady_adverbs"])
VERB_REACH: Final = 4  # words between "who" and its verb
SPEECH, FOUNDING, BACKING = "speech", "founding", "backing"


@dataclass(frozen=True)
class OwnActs:
    verbs: PhraseIndex  # every form of the verbs, valued by family
    plural: frozenset[str]  # base forms that are no past: "accuse" (a plural's present)


@per_lexicon
def own_acts(lex: Lexicon) -> OwnActs:
    spec = lex.data.get("own_name_acts") or {}
    charges = (lex.data.get("litigation") or {}).get("counter_charge_verbs") or []
    families = [
        (SPEECH, list(charges) + list(spec.get("disputes") or [])),
        (FOUNDING, list(spec.get("founding") or [])),
        (BACKING, list(spec.get("backing") or [])),
    ]
    verbs = PhraseIndex()
    plural: set[str] = set()
    for family, items in families:
        verb_index(items, lex.irregular, family, verbs)
        for item in items:
            forms = [f for f, _ in inflect(str(item).lower().split()[0], lex.irregular)]
            if forms[0] not in forms[2:]:
                plural.add(forms[0])  # "accuse" is a plural's present; "set" also a past
    return OwnActs(verbs, frozenset(plural))


def own_act(s: Sentence, m: int) -> bool:
    """The relative clause the "who" at m opens has a verb of a person's own act that agrees
    with one person: "who (has) accused Y", "who co-founded Y", "who backs Ana Rook"."""
    lows = s.lows
    acts = own_acts(s.lex)
    v = m + 1
    bare = True  # no auxiliary before the verb
    while v < len(lows) and v - m <= VERB_REACH and _before_verb(lows[v]):
        bare = bare and lows[v] not in SINGULAR_AUX
        v += 1
    hit = acts.verbs.match(lows, v)  # None past the end too
    if hit is None or (bare and lows[v] in acts.plural):
        return False
    if hit[1] != BACKING:
        return True
    o = v + hit[0]
    return o < len(lows) and lows[o] == M and s.etypes(o) == {"Person"}


def _before_verb(w: str) -> bool:
    return (
        w in SINGULAR_AUX
        or w in STEADY_ADVERBS
        or w in SEQUENCE
        or (w.endswith("ly") and w.isalpha())
    )
