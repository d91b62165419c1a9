"""A verb's named object that only modifies or possesses the head noun the verb is about.

"attacked the directors over the Brunello deal", "later paid for a new Orlane workshop",
"challenged the Halvik Steel hearing": the deal, the workshop and the hearing are what is
disputed or paid for; the name before them is no party (`modified_things` of
`loaders/data/grammar.yaml`). A plan-like head ("backed Quenby's request", "criticised
Zippora's business model") stands for its possessor and is not listed, also after a deal word
("backed Quenby's merger plan": `plan_nouns`); a verb of owning, leading or founding keeps its
own reading of a named site or unit (`verbal._names_a_part`).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, Trigger, per_lexicon, word_set
from loaders.relations.model import Sentence
from loaders.relations.words import (
    AND_OR,
    ARTICLES,
    AUXILIARIES,
    MODIFIED_BREAKS,
    MODIFIED_THINGS,
    POSSESSIVE_MARKS,
    PREPOSED_OPENERS,
    PREPOSITIONS,
    M,
)

# the relation types whose object a modified thing cannot stand for
THING_TYPES: Final[frozenset[str]] = frozenset({"FUNDS", "BACKS", "DISPUTES", "COMPETES_WITH"})
MODIFIER_REACH: Final = 3  # words between the name and the head ("'s own", "sand-and-gravel")
# words that end the name's noun phrase: a preposition, a clause opener ("sued Vexa after merger
# talks collapsed"), a quantifier ("before any deal"), an article or an auxiliary
PHRASE_BREAKS: Final = PREPOSITIONS | PREPOSED_OPENERS | MODIFIED_BREAKS | ARTICLES | AUXILIARIES


@per_lexicon
def plan_heads(lex: Lexicon) -> frozenset[str]:
    """Heads of a firm's own plan (`plan_nouns` of `loaders/data/holdings.yaml`)."""
    return word_set((lex.data.get("holdings") or {}).get("plan_nouns"))


def names_a_thing(s: Sentence, obj: int, trigs: tuple[Trigger, ...]) -> bool:
    """The name at obj modifies or possesses a head noun in `modified_things` within a few
    words, and every trigger gives only funding, backing, dispute or rivalry."""
    if not all(set(t.types) <= THING_TYPES for t in trigs):
        return False
    lows = s.lows
    n = len(lows)
    if not (0 <= obj < n and lows[obj] == M) or s.is_det(obj):
        return False
    q = obj + 1 + (obj + 1 < n and lows[obj + 1] in POSSESSIVE_MARKS)
    for x in range(q, min(n, q + MODIFIER_REACH)):
        w = lows[x]
        if w in MODIFIED_THINGS:
            if q > obj + 1 and x + 1 < n and lows[x + 1] in plan_heads(s.lex):
                return False  # "backed Vexa's merger plan": the possessor's own plan (a bare
                # "the Corvo Dairy takeover plan" names the deal's target: still a thing)
            return x + 1 >= n or lows[x + 1] != M  # "the Brunello deal Vexa": a name after it
        if not w.replace("-", "").isalpha() or w in AND_OR or w in PHRASE_BREAKS:
            return False  # "stood up for X throughout the inquiry": the noun phrase ended
    return False
