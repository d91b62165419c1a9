"""A named accuser's bare-verb charge: "The FCA says Lanner Bank overcharged customers",
"Horvath Mining said that Zell Metals had copied its designs": the accuser DISPUTES the
accused. The words are the `litigation` entries `accuse_say_verbs` and `wrongdoing_verbs`;
an unnamed accuser ("critics say") is no mention and yields nothing, the accused's own
admission ("Lanner says it overcharged") is one entity, and a negation or hedge blocks it.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.grammar_words import PERFECT_AUX
from loaders.lexicon import Lexicon, inflect, per_lexicon, word_set
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.words import PASSIVE_AUX, PUNCT_STOP, M

RULE = "litigation/said-wrongdoing"
# words between the accused and its verb: "had overcharged", "has repeatedly misled"


@dataclass(frozen=True)
class AccuseWords:
    say: frozenset[str]  # every form of the verbs of saying
    wrong: frozenset[str]  # finite forms of the verbs of wrongdoing (no base, no -ing)
    fronted: frozenset[str] = frozenset()  # "Accusing X of fraud, Y ..."


@per_lexicon
def accuse_words(lex: Lexicon) -> AccuseWords:
    spec = lex.data.get("litigation") or {}
    say = {f for v in spec.get("accuse_say_verbs") or () for f, _ in inflect(str(v), lex.irregular)}
    wrong = set()
    for v in spec.get("wrongdoing_verbs") or ():
        forms = [f for f, _ in inflect(str(v), lex.irregular)]
        wrong |= {f for f in forms[1:] if not f.endswith("ing")}
    fronted = word_set(spec.get("fronted_charges"))
    return AccuseWords(frozenset(say), frozenset(wrong), fronted)


def cues(lex: Lexicon) -> frozenset[str]:
    return accuse_words(lex).wrong


def said_wrongdoing(s: Sentence) -> None:
    words = accuse_words(s.lex)
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in words.wrong:
            continue
        accused = _clause_subject(s, k)
        if accused < 0:
            continue
        v = accused - 1 - (accused >= 1 and lows[accused - 1] == "that")
        if v < 1 or lows[v] not in words.say:
            continue
        subj = subjects(s, v, True)
        if not subj or s.blocked(subj[0] + 1, k):
            continue
        s.emit(s.ment(subj[0]), ("DISPUTES",), s.ment(accused), RULE, 0.7)


def _clause_subject(s: Sentence, k: int) -> int:
    """The named organization right before the verb at k (past "had", an -ly adverb), else -1;
    a passive ("was misled") has its victim there."""
    lows = s.lows
    m = k - 1
    while m >= 0 and k - m <= 3 and (lows[m] in PERFECT_AUX or lows[m].endswith("ly")):
        m -= 1
    if m < 0 or lows[m] != M or any(w in PASSIVE_AUX for w in lows[m:k]):
        return -1
    if "Organization" not in s.etypes(m):
        return -1
    return m


RULE_FRONTED = "litigation/fronted-charge"
FRONTED_REACH = 16  # words from the accused to the comma before the clause's subject


def fronted_cues(lex: Lexicon) -> frozenset[str]:
    return accuse_words(lex).fronted


def fronted_charge(s: Sentence) -> None:
    """ "Accusing Ostler Credit of misleading savers, Brenna Bank lodged a complaint": the
    subject after the comma DISPUTES each one the opening participle charges."""
    lows = s.lows
    n = len(lows)
    if n < 6 or lows[0] not in accuse_words(s.lex).fronted or lows[1] != M or s.is_det(1):
        return
    accused = coord(s, 1, +1)
    c = accused[-1] + 1
    while c < n and c - accused[-1] <= FRONTED_REACH and lows[c] != ",":
        if lows[c] in PUNCT_STOP or lows[c] == M:
            return
        c += 1
    if c + 1 >= n or lows[c] != "," or lows[c + 1] != M or s.is_det(c + 1):
        return
    if s.blocked(0, c + 1):
        return
    for x in accused:
        s.emit(s.ment(c + 1), ("DISPUTES",), s.ment(x), RULE_FRONTED, 0.7)
