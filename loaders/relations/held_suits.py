"""A suit its defendant holds: the party that defends, or is caught in, a suit whose author an
agent names disputes that author, and the author disputes it.

- "Kelso is defending a lawsuit brought by Tarsa Foods", "Kelso remains embroiled in a suit
  filed by Tarsa": a holding verb (`held_suit_verbs` in the `litigation` data of
  loaders/data/triggers.yaml) before the claim, read by `litigation.claim_at` like the rebut
  verbs ("is fighting a lawsuit filed by Tarsa").
- For every claim `litigation.claimant` reads, held or not: the claim's noun phrase may open
  with up to two modifiers after its article ("a patent lawsuit brought by X", "a negligence
  claim filed by X": `modified_start`), and its filing participle may be followed by when or
  where it was filed before the agent ("brought in 2023 by X", "filed in the High Court in
  Kano by X": `venue_word`, read by `litigation._past_venue`).

Not held: a negated verb ("is not defending any suit by X"), a possessor's claim ("defended
Tarsa's claims" may back them: the holding verbs take only a claim whose author follows), a
claim only asserted ("defending the claims made by X"), an author that is a place.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, verb_index, word_set
from loaders.relations.model import Sentence
from loaders.relations.words import ARTICLES, PREPOSITIONS, PUNCT_STOP, M

HOLD_REACH: Final = 4  # words from a holding verb's first word to the claim's noun phrase
MODIFIER_REACH: Final = 2  # noun modifiers between an article and a claim: "a patent case"
NEGATIONS: Final[frozenset[str]] = frozenset({"not", "n't", "never", "no"})


@per_lexicon
def held_suit_verbs(lex: Lexicon) -> PhraseIndex:
    """The verbs whose subject holds a suit ("defends", "embroiled in"), in every form."""
    spec = lex.data.get("litigation") or {}
    return verb_index(spec.get("held_suit_verbs"), lex.irregular, True)


@per_lexicon
def unfiled_participles(lex: Lexicon) -> frozenset[str]:
    """Participles of a claim only asserted, not filed: "the claims made by X"."""
    spec = lex.data.get("litigation") or {}
    return word_set(spec.get("held_suit_unfiled"))


def held_authors(s: Sentence, c: int, authors: list[int]) -> bool:
    """The claim at c has its authors named by an agent after it ("a suit brought by X"), none
    of them a place (a name cut short: "by the Southmoor County Council", "Southmoor" alone),
    and was filed, not only asserted ("defending the claims made by X" may back them)."""
    if authors[0] < c or any("Location" in s.etypes(a) for a in authors):
        return False
    return not unfiled_participles(s.lex).intersection(s.lows[c + 1 : authors[0]])


def held_verb(s: Sentence, start: int) -> int:
    """A holding verb ending right before the claim's noun phrase at `start` ("is defending a
    suit", "remains embroiled in a lawsuit"), not negated; else -1."""
    lows = s.lows
    verbs = held_suit_verbs(s.lex)
    for v in range(start - 1, max(-1, start - HOLD_REACH - 1), -1):
        w = lows[v]
        if w == M or w in PUNCT_STOP or w == ",":
            return -1
        hit = verbs.match(lows, v) if w in verbs else None
        if hit and v + hit[0] == start:
            negated = any(x in NEGATIONS for x in lows[max(0, v - 3) : v])
            return -1 if negated else v
    return -1


def modified_start(s: Sentence, c: int, fillers: frozenset[str]) -> int:
    """The first of up to two modifiers an article opens before the claim's noun at c ("a
    patent lawsuit", "a negligence claim"); else c itself."""
    lows = s.lows
    for m in range(c - 1, max(0, c - MODIFIER_REACH - 1), -1):
        w = lows[m]
        if w == M or not w.isalpha() or w in PREPOSITIONS or w in fillers:
            break
        if lows[m - 1] in ARTICLES:
            return m
    return c


def venue_word(s: Sentence, q: int, forum_at: bool) -> bool:
    """The word at q may stand between a filing participle and its "by" as part of when or
    where the claim was filed: a year ("brought in 2023 by"), or a court or a place's name
    ("filed in the High Court in Kano by"; `forum_at`: the mention at q is a court)."""
    w = s.lows[q]
    if w.isdigit() and len(w) == 4:
        return True
    return w == M and (forum_at or "Location" in s.etypes(q))
