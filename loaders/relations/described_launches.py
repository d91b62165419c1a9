"""Launches told in a relative clause after a long description (FOUNDED by the launcher).

"Velta 2, a low-noise valve with a brass seat that Quillex launched in May, ..." and "Orrim, a
ferry booking app that lets walkers pay on board, which Brannock introduced last year": the
name the appositive describes (not a name inside the description) was launched by the
relative clause's subject. The narrow relative rule reads short descriptions; this reading
walks back over a longer one (prepositional phrases, a first relative clause, an infinitive,
places) to the ", a|an|the" that opens it.

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
    founding = data_words(lex, "event_founding_verbs")
    return data_words(lex, "launch_participles") | {
        w for w in founding if w.endswith("ed") and " " not in w
    }


def described_launch(s: Sentence) -> None:
    """ "X, a <long description> that|which <subject> launched ...": the subject FOUNDED X."""
    lows = s.lows
    verbs = cues(s.lex)
    for k, w in enumerate(lows):
        if w not in verbs or not _no_object(lows, k + 1):
            continue
        subj = _subject_before(s, k)
        if subj < 1:
            continue
        end = _description_end(s, subj - 1)
        if end < 0:
            continue
        named = _described_name(s, end)
        if named < 0 or s.blocked(subj, k + 1):
            continue
        thing, doer = s.ment(named), s.ment(subj)
        if set(thing.ids) & set(doer.ids) or not s.etypes(named) & LAUNCHED:
            continue
        if any(f.type == "FOUNDED" and f.target in thing.ids for f in s.found):
            continue  # a narrow rule has read its founder
        s.emit(doer, ("FOUNDED",), thing, RULE, 0.6)


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
