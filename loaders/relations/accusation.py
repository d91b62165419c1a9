"""A named accuser's bare-verb charge: "The FCA says Lanner Bank overcharged customers",
"Horvath Mining said that Zell Metals had copied its designs": the accuser DISPUTES the
accused. The report may name its hearer or time before "that" ("told this newspaper that X
had misled", "said on Monday that X had"), and quote the charge ('said X had "misled
savers"'). The words are the `litigation` entries `accuse_say_verbs` and `wrongdoing_verbs`;
an unnamed accuser ("critics say") is no mention and yields nothing, the accused's own
admission ("Lanner says it overcharged") is one entity, and a negation or hedge blocks it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Final

from loaders.grammar_words import PERFECT_AUX
from loaders.lexicon import Lexicon, PhraseIndex, inflect, per_lexicon, phrase_index, word_set
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.words import BE_FORMS, MODALS, PASSIVE_AUX, PUNCT_STOP, QUOTE_MARKS, M

RULE = "litigation/said-wrongdoing"
REPORT_GAP = 4  # words between the verb of saying and "that": "told this newspaper that"
# words between the accused and its verb: "had overcharged", "has repeatedly misled"


@dataclass(frozen=True)
class AccuseWords:
    say: frozenset[str]  # every form of the verbs of saying
    wrong: frozenset[str]  # finite forms of the verbs of wrongdoing (no base, no -ing)
    fronted: frozenset[str] = frozenset()  # "Accusing X of fraud, Y ..."
    judged: frozenset[str] = frozenset()  # "said X had been reckless"


@per_lexicon
def accuse_words(lex: Lexicon) -> AccuseWords:
    spec = lex.data.get("litigation") or {}
    say = {f for v in spec.get("accuse_say_verbs") or () for f, _ in inflect(str(v), lex.irregular)}
    wrong = set()
    for v in spec.get("wrongdoing_verbs") or ():
        forms = [f for f, _ in inflect(str(v), lex.irregular)]
        wrong |= {f for f in forms[1:] if not f.endswith("ing")}
    fronted = word_set(spec.get("fronted_charges"))
    judged = word_set(spec.get("judged_words"))
    return AccuseWords(frozenset(say), frozenset(wrong), fronted, judged)


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
        v = report_verb(lows, accused, words.say)
        if v < 1:
            src = _according_source(lows, accused)  # "According to the union, X misled"
            if src > 0 and not s.blocked(accused, k):
                s.emit(s.ment(src), ("DISPUTES",), s.ment(accused), RULE, 0.7)
            continue
        subj = subjects(s, v, True)
        if not subj or s.blocked(subj[0] + 1, k):
            continue
        s.emit(s.ment(subj[0]), ("DISPUTES",), s.ment(accused), RULE, 0.7)


def report_verb(lows: list[str], start: int, say: Collection[str]) -> int:
    """The verb of saying that reports the clause starting at `start`: right before it or its
    "that", or a few words before "that" with no name or stop between ("told this newspaper
    that", "said on Monday that"); else -1."""
    if start < 1:
        return -1
    if lows[start - 1] != "that":
        return start - 1 if lows[start - 1] in say else -1
    for v in range(start - 2, max(-1, start - 3 - REPORT_GAP), -1):
        if lows[v] in say:
            return v
        if lows[v] == M or lows[v] in PUNCT_STOP or lows[v] in (",", "that"):
            return -1
    return -1


def _according_source(lows: list[str], accused: int) -> int:
    """The source's position when the sentence opens "According to (the) X," and the clause
    after that comma starts at `accused`; else -1."""
    src = 3 if accused > 2 and lows[2] == "the" else 2
    if accused == src + 2 and lows[:2] == ["according", "to"] and lows[src : src + 2] == [M, ","]:
        return src
    return -1


def _clause_subject(s: Sentence, k: int) -> int:
    """The named organization right before the verb at k (past "had", an -ly adverb), else -1;
    a passive ("was misled") has its victim there."""
    lows = s.lows
    m = k - 1
    while (
        m >= 0
        and k - m <= 4
        and (lows[m] in PERFECT_AUX or lows[m].endswith("ly") or lows[m] in QUOTE_MARKS)
    ):
        m -= 1
    if m < 0 or lows[m] != M or any(w in PASSIVE_AUX for w in lows[m:k]):
        return -1
    if "Organization" not in s.etypes(m):
        return -1
    return m


RULE_JUDGED = "litigation/said-judged"
JUDGED_LINKS: Final = frozenset({"was", "were", "is", "are", "been", "be", "being"})
JUDGED_SKIP: Final = frozenset({"so", "too", "very", "simply", "plain", "just"})


def judged_cues(lex: Lexicon) -> frozenset[str]:
    return accuse_words(lex).judged


def said_judged(s: Sentence) -> None:
    """ "The union said Kelso had been reckless", 'Ada Lenz told us that Kelso was "predatory"':
    the speaker of a reported clause that judges a named firm or person harshly disputes it
    (not a negated or hedged one: "said Kelso was not reckless", nor a modal's advice: "said
    Kelso would be reckless to cut prices")."""
    words = accuse_words(s.lex)
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in words.judged:
            continue
        m = k - 1
        while m >= 0 and k - m <= 4 and (lows[m] in QUOTE_MARKS or lows[m] in JUDGED_SKIP):
            m -= 1
        if m < 0 or lows[m] not in JUDGED_LINKS:
            continue
        while m >= 1 and lows[m - 1] in PERFECT_AUX | JUDGED_LINKS | MODALS:
            m -= 1  # "had been"; "would be reckless to" is advice, no charge
        judged = m - 1
        if judged < 0 or lows[judged] != M or s.is_det(judged):
            continue
        if any(x in MODALS for x in lows[m:k]):
            continue
        v = report_verb(lows, judged, words.say)
        subj = subjects(s, v, True) if v >= 1 else []
        if not subj or s.blocked(subj[0] + 1, k):
            continue
        s.emit(s.ment(subj[0]), ("DISPUTES",), s.ment(judged), RULE_JUDGED, 0.7)


RULE_QUOTED = "litigation/quoted-charge"


@per_lexicon
def quoted_leads(lex: Lexicon) -> PhraseIndex:
    spec = lex.data.get("litigation") or {}
    return phrase_index(spec.get("quoted_charge_leads"))


def quoted_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(QUOTE_MARKS)


def quoted_charge(s: Sentence) -> None:
    """'Ada Lenz said Kelso had "tried to bully its suppliers"', 'says Kelso's board "should
    have consulted us"': a quoted predicate opening with a charge, whose subject is a named
    firm or person right before it in a reported clause, is the speaker's dispute of it."""
    say, leads, lows = accuse_words(s.lex).say, quoted_leads(s.lex), s.lows
    for q, w in enumerate(lows[:-1]):
        hit = leads.match(lows, q + 1) if w in QUOTE_MARKS and lows[q + 1] in leads else None
        if not hit or (q + 1 + hit[0] < len(lows) and lows[q + 1 + hit[0]] in BE_FORMS):
            continue  # 'had "tried to be fair"' is praise
        m = q - 1
        while m >= 0 and q - m <= 2 and lows[m] in PERFECT_AUX:
            m -= 1
        judged = _possessed_subject(s, m)
        v = report_verb(lows, judged, say) if judged >= 0 else -1
        subj = subjects(s, v, True) if v >= 1 else []
        if subj and not s.blocked(subj[0] + 1, q):  # the quote's own "never" is the charge
            s.emit(s.ment(subj[0]), ("DISPUTES",), s.ment(judged), RULE_QUOTED, 0.65)


def _possessed_subject(s: Sentence, m: int) -> int:
    """The name that is the subject ending at m ("Kelso"), or the possessor of a one-word
    subject ("Kelso's board"); else -1."""
    lows = s.lows
    if m >= 2 and lows[m - 1] in ("'s", "’s"):
        m -= 2
    if m >= 0 and lows[m] == M and s.ment(m).kind == "name":
        return m  # not a pronoun: 'said it "should have happened"' is about a deal
    return -1


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
