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
claim only asserted ("defending the claims made by X", "defended claims by X that ...": a
filing participle is needed), what is no legal action ("defended the decision/ruling/fine
imposed by X", "the petition launched by X": backed), an author that is a place. Nor a suit
only supposed ("would defend any lawsuit brought by X", "fears being embroiled in ...", "...
should one be filed"), nor one its holder defends as counsel ("the law firm Hale Vance is
defending a suit brought by X on behalf of Y", "Ann Roe, a lawyer at Hale Vance, is defending
...": `counsel_holder`).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, verb_index, word_set
from loaders.relations.brought_claims import for_client
from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.non_parties import COUNSEL_NAMES, COUNSEL_NOUNS
from loaders.relations.words import ARTICLES, PREPOSITIONS, PUNCT_STOP, M

HOLD_REACH: Final = 4  # words from a holding verb's first word to the claim's noun phrase
MODIFIER_REACH: Final = 2  # noun modifiers between an article and a claim: "a patent case"
NEGATIONS: Final[frozenset[str]] = frozenset({"not", "n't", "never", "no"})
SUPPOSED_DETS: Final[frozenset[str]] = frozenset({"any", "every"})  # "would defend any suit"
CONDITIONALS: Final[frozenset[str]] = frozenset({"if", "should", "unless"})  # "should one be"
HEDGE_REACH: Final = 3  # words before a holding verb a hedge may stand: "fears being embroiled"
COUNSEL_REACH: Final = 4  # words of a person's appositive before "lawyer at": "a senior lawyer"


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


@per_lexicon
def filing_participles(lex: Lexicon) -> frozenset[str]:
    """Participles of a claim filed, not only asserted: "brought", "filed", "lodged" (the
    claim agents less the unfiled ones)."""
    return lex.claim_agents - unfiled_participles(lex)


@per_lexicon
def held_nouns(lex: Lexicon) -> frozenset[str]:
    """The claim nouns of a legal action a party may hold ("suit", "claim", "charges")."""
    spec = lex.data.get("litigation") or {}
    return word_set(spec.get("held_suit_nouns"))


@per_lexicon
def bare_suits(lex: Lexicon) -> frozenset[str]:
    """The held nouns that are a suit with no filing participle: "a suit by X"."""
    spec = lex.data.get("litigation") or {}
    return word_set(spec.get("held_suit_bare"))


@per_lexicon
def fear_words(lex: Lexicon) -> frozenset[str]:
    """Words of a suit only feared or avoided: "fears being embroiled in"."""
    spec = lex.data.get("litigation") or {}
    return word_set(spec.get("held_suit_fears"))


def held_at(s: Sentence, c: int, authors: list[int], start: int, end: int) -> int:
    """The holding verb of the legal action at c whose authors an agent after it names
    ("is defending a suit brought by X"), when its holder is a party to it; else -1."""
    if not held_authors(s, c, authors) or not SUPPOSED_DETS.isdisjoint(s.lows[start:c]):
        return -1
    if end < len(s.lows) and s.lows[end] in CONDITIONALS:
        return -1  # "prepared to defend a suit brought by X should one be filed"
    v = held_verb(s, start)
    if v < 0 or supposed(s, v) or counsel_holder(s, v, end):
        return -1
    return v


def held_authors(s: Sentence, c: int, authors: list[int]) -> bool:
    """The legal action at c has its authors named by an agent after it ("a suit brought by
    X"), none of them a place (a name cut short: "by the Southmoor County Council",
    "Southmoor" alone), and was filed ("brought", "lodged"; a suit may have its agent alone),
    not only asserted ("defending the claims made by X", "the decision by X" may back them)."""
    if s.lows[c] not in held_nouns(s.lex) or authors[0] < c:
        return False
    if any("Location" in s.etypes(a) for a in authors):
        return False
    between = s.lows[c + 1 : authors[0]]
    if s.lows[c] in bare_suits(s.lex) and not unfiled_participles(s.lex).intersection(between):
        return True  # "is defending a suit by X"
    return not filing_participles(s.lex).isdisjoint(between)


def supposed(s: Sentence, v: int) -> bool:
    """A hedge or a fear a few words before the holding verb at v: "could be mired in",
    "fears being embroiled in"."""
    lows, lex = s.lows, s.lex
    for q in range(v - 1, max(-1, v - HEDGE_REACH - 1), -1):
        w = lows[q]
        if w == M or w in PUNCT_STOP or w == ",":
            return False
        if w in fear_words(lex) or (w in lex.hedges and lex.hedges.match(lows, q)):
            return True
    return False


def counsel_holder(s: Sentence, v: int, end: int) -> bool:
    """The holding verb's subject defends the claim as counsel: a client named after the claim
    ("on behalf of Y", "for its client Y"), a law firm by its name or noun ("Hale Legal LLP",
    "the law firm Hale Vance"), or a person whose appositive calls them a lawyer at a firm
    ("Ann Roe, a lawyer at Hale Vance, is defending")."""
    lows = s.lows
    if for_client(s, end):
        return True
    subj = subjects(s, v, True)
    if not subj:
        return False
    h = subj[0]
    if any(not COUNSEL_NAMES.isdisjoint(i.split("-")) for i in s.ment(h).ids):
        return True
    if any(tuple(lows[max(0, h - len(n)) : h]) == n for n in COUNSEL_NOUNS):
        return True
    if "Person" not in s.etypes(h) or h + 1 >= len(lows) or lows[h + 1] != ",":
        return False
    for q in range(h + 2, min(len(lows) - 1, h + 2 + COUNSEL_REACH)):
        if lows[q] in s.lex.spokespeople and lows[q + 1] == "at":
            return True
    return False


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
