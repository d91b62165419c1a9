"""Launches told in a relative clause after a long description (FOUNDED by the launcher).

"Velta 2, a low-noise valve with a brass seat that Quillex launched in May, ..." and "Orrim, a
ferry booking app that lets walkers pay on board, which Brannock introduced last year": the
name the appositive describes (not a name inside the description) was launched by the
relative clause's subject. The narrow relative rule reads short descriptions; this reading
walks back over a longer one (prepositional phrases, a first relative clause, an infinitive,
places) to the ", a|an|the" that opens it. A founding participle set off after such a
description reads the same way: "Kelso Bikes, a maker of cargo bikes for city couriers,
founded in 2011 by Ines Varga, ..." (the agent after "by" FOUNDED the described name).

Guards: the launch verb has no object of its own ("which Quillex launched a range with": not
a relative gap); the subject is one organization or person; the description holds no other
name than places; a name a narrow rule already gave a founder is left alone; negations and
hedges block it ("which Quillex never launched"). Words: `launch_participles` in
loaders/data/names.yaml and the past forms of `event_founding_verbs` in lexicon.yaml.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.non_names import data_words
from loaders.relations.model import Sentence
from loaders.relations.words import (
    APPOSITIVE_DETS,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_STOP,
    OBJ_STOP,
    PREPOSITIONS,
    PUNCT_STOP,
    WHICH_THAT,
    M,
)

RULE: Final = "described-launch/relative"
PARTICIPLE_RULE: Final = "described-launch/participle"
BY_REACH: Final = 5  # words from the participle to its "by" ("founded in May 2011 by")
DESCRIPTION_REACH: Final = 30  # words from the relative pronoun back to ", a|an|the"
ADVERB_REACH: Final = 3  # auxiliaries and adverbs between the subject and the verb
LAUNCHERS: Final = frozenset({"Organization", "Person"})
LAUNCHED: Final = frozenset({"Organization", "Product", "Project"})
# words that may follow the verb of an object relative ("launched in May", "launched last
# year", "launched jointly with"), besides prepositions and punctuation
AFTER_VERB: Final = frozenset(
    {"last", "this", "earlier", "and", "together", "jointly", "first", "back", "only"}
)


def cues(lex: Lexicon) -> frozenset[str]:
    """The past forms of launching and founding ("launched", "founded"), and the first word
    of a two-word one ("set" of "set up")."""
    founding = data_words(lex, "event_founding_verbs")
    return (
        data_words(lex, "launch_participles")
        | {w for w in founding if w.endswith("ed") and " " not in w}
        | {w.split()[0] for w in _phrasal(lex)}
    )


def _phrasal(lex: Lexicon) -> frozenset[str]:
    """The two-word founding verbs ("set up"; a past form is its present one)."""
    return frozenset(w for w in data_words(lex, "event_founding_verbs") if " " in w)


def described_launch(s: Sentence) -> None:
    """ "X, a <long description> that|which <subject> launched ...": the subject FOUNDED X."""
    lows = s.lows
    words = data_words(s.lex, "launch_participles") | data_words(s.lex, "event_founding_verbs")
    for k, w in enumerate(lows):
        two = " ".join(lows[k : k + 2]) in words and not w.endswith("s")
        e = k + 2 if two else k + 1  # "set up" (not "sets up")
        if e == k + 1 and (w not in words or not w.endswith("ed")):
            continue
        if k >= 2 and lows[k - 1] == ",":
            _described_participle(s, e - 1)  # "..., founded in 2011 by P"
            continue
        if _market_entry(s, k, e):
            continue  # "introduced to Britain in 2015": an import, no founding
        subj = _subject_before(s, k) if _no_object(lows, e) else -1
        r = subj - 1 - (subj >= 2 and lows[subj - 1] in ARTICLES)  # "that the Treasury"
        end = _description_end(s, r) if subj >= 1 else -1
        if end >= 0 and _inner_noun(s, end, r):
            continue  # "a supplier to the range that Tesco introduced": the range's launch
        named = _described_name(s, end) if end >= 0 else -1
        if named >= 0 and not s.blocked(subj, e):
            _found(s, subj, named, RULE)


def _market_entry(s: Sentence, k: int, e: int) -> bool:
    """The verb at k (ending before e) brings a thing to a market: a market-entry verb and
    "to"/"into" after it before the clause ends ("introduced to Britain in 2015", "introduced
    in 2016 by Orvel to the Dutch market")."""
    lows = s.lows
    if lows[k] not in data_words(s.lex, "market_entry_verbs"):
        return False
    preps = data_words(s.lex, "market_entry_preps")
    for q in range(e, min(len(lows), e + 2 * BY_REACH)):
        if lows[q] in PUNCT_STOP or lows[q] == ",":
            return False
        if lows[q] in preps:
            return True
    return False


def _inner_noun(s: Sentence, end: int, r: int) -> bool:
    """The noun phrase ending at `end` is a complement inside the description and the relative
    (or contact) clause follows it directly, no comma: "a supplier to the range that", "a
    member of the lending scheme that", "a maker of hiking boots that"."""
    lows = s.lows
    if lows[r] in WHICH_THAT and lows[r - 1] == ",":
        return False  # ", which X launched": set off, it may reach back to the head
    preps = data_words(s.lex, "inner_complement_preps")
    q = end
    while q > 0 and end - q < 5 and (lows[q] in ARTICLES or _np_word(lows[q]) or q == end):
        q -= 1
    return q < end and lows[q] in preps


def _np_word(w: str) -> bool:
    """A modifier or noun of a noun phrase, a participle or gerund too ("the lending scheme")."""
    if not w.replace("-", "").isalpha() or w in PREPOSITIONS or w in AUXILIARIES or w in OBJ_STOP:
        return False
    return w not in CLAUSE_STOP and not w.endswith("ly")


def _found(s: Sentence, subj: int, named: int, rule: str) -> None:
    """The launcher at subj FOUNDED the described name at `named`, unless a narrow rule has
    read its founder or they are one entity."""
    thing, doer = s.ment(named), s.ment(subj)
    if thing.shares(doer) or not s.etypes(named) & LAUNCHED:
        return
    if any(f.type == "FOUNDED" and f.target in thing.ids for f in s.found):
        return  # a narrow rule has read its founder
    s.emit(doer, ("FOUNDED",), thing, rule, 0.6)


def _described_participle(s: Sentence, k: int) -> None:
    """ "X, a <long description>, founded in 2011 by P": P FOUNDED X (a date or place
    between the participle ending at k and "by")."""
    lows = s.lows
    c = k - 1 - (lows[k - 1] != ",")  # the comma before the participle
    by = next((b for b in range(k + 1, min(len(lows), k + 1 + BY_REACH)) if lows[b] == "by"), -1)
    if by < 0 or by + 1 >= len(lows) or lows[by + 1] != M or s.is_det(by + 1):
        return
    if any(w == M and s.etypes(x) != {"Location"} for x, w in enumerate(lows[k + 1 : by], k + 1)):
        return  # "founded by" belongs to another name in between
    if not s.etypes(by + 1) & LAUNCHERS or any(w in PUNCT_STOP or w == "," for w in lows[k:by]):
        return
    if _market_entry(s, k, k + 1):
        return  # "introduced in 2016 by Orvel to the Dutch market": an import
    named = _described_name(s, c - 1)
    if named >= 0 and not s.blocked(named, by + 2):
        _found(s, by + 1, named, PARTICIPLE_RULE)


def _no_object(lows: list[str], p: int) -> bool:
    """The verb ending before p stands without an object: the relative's gap is its object."""
    if p >= len(lows):
        return True
    w = lows[p]
    if w == M or w in ARTICLES:
        return False
    if w in PREPOSITIONS or w in AFTER_VERB or w in PUNCT_STOP or w == ",":
        return True
    return w[:1].isdigit() or (w.endswith("ly") and w.isalpha())


def _subject_before(s: Sentence, k: int) -> int:
    """The single organization or person right before the verb at k (auxiliaries and
    adverbs between), not one of a coordination; else -1."""
    lows = s.lows
    j = k - 1
    while j > 0 and k - j <= ADVERB_REACH and (lows[j] in AUXILIARIES or lows[j].endswith("ly")):
        j -= 1
    if j < 1 or lows[j] != M or s.is_det(j) or not s.etypes(j) & LAUNCHERS:
        return -1
    return -1 if lows[j - 1] in ("and", "or", ",") else j


def _description_end(s: Sentence, r: int) -> int:
    """The last word of the description before the relative clause whose subject follows r:
    before "that|which" (and its comma), or a descriptor noun itself for a contact relative
    ("a model Quillex launched"); else -1."""
    lows = s.lows
    if lows[r] in WHICH_THAT:
        return r - 1 - (lows[r - 1] == ",") if r >= 2 else -1
    return r if _head_noun(lows[r]) else -1  # "a night serum Quillex unveiled"


def _head_noun(w: str) -> bool:
    """A plain lower-case word that may end a description as its head noun: no function word,
    adverb or participle ("a serum Quillex unveiled", not "a serum and Quillex unveiled")."""
    if not w.replace("-", "").isalpha() or w in PREPOSITIONS or w in AUXILIARIES or w in OBJ_STOP:
        return False
    return w not in CLAUSE_STOP and not w.endswith(("ly", "ed", "ing"))


def _described_name(s: Sentence, end: int) -> int:
    """The name an appositive description ending at `end` describes: walking back over
    words, commas, amounts and places to ", a|an|the", the name right before it; else -1."""
    lows = s.lows
    for d in range(end, max(1, end - DESCRIPTION_REACH), -1):
        w = lows[d]
        if w in PUNCT_STOP:
            return -1
        if w == M and s.ment(d).kind == "name" and s.etypes(d) != {"Location"}:
            return -1  # another name inside: whose launch it is is unclear
        if w in APPOSITIVE_DETS and lows[d - 1] == "," and d >= 2:
            named = d - 2
            if named >= 1 and lows[named - 1] == M and _head_noun(lows[named]):
                named -= 1  # "its Vela 2 valve, a low-noise model ...": Vela 2
            return named if lows[named] == M and not s.is_det(named) else -1
    return -1
