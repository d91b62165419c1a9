"""A partnership whose "with" opens a relative clause: the antecedent is the partner.

"Most of its leather comes from Himal Hides in Pokhara, with which it struck a partnership in
2011", "Greave Saddlery, with which Tanrow has had an alliance since 2019", "Orvo, with which
the group has partnered since 2020": the clause's subject partners with the name before
", with which" (past a place phrase locating it), or with the name a description before "with
which" is set off from ("Pellam Optics, the Dutch lens maker with which it has had an alliance
since 2018", "Kerrow Looms, a Galway weaving studio, with which the guild has worked in
partnership": `described_firm`). The clause must name the tie (`joint_words`
in loaders/data/partnering.yaml) before any other name or stop; a doubt ("with which it could
form an alliance"), a negation or a money act naming the antecedent the means ("the lender with
which it financed the joint venture": `money_act_participles`) reads nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.model import Sentence
from loaders.relations.nav import opening_mention, past_placed
from loaders.relations.partnering import TIE_DOUBTS, emit_partners
from loaders.relations.relative_heads import named_firm
from loaders.relations.service_traps import JOINT_WORDS
from loaders.relations.words import APPOSITIVE_DETS, MONEY_ACT_PARTICIPLES, PUNCT_STOP, M

# words from the relative's subject to its tie word ("has had a partnership")
CLAUSE_WORDS: Final = 6
DESCRIPTION_WORDS: Final = 8  # words of a description from its article to "with which"


def cues(lex: Lexicon) -> Collection[str]:
    return ("which",)


def with_which(s: Sentence) -> None:
    """ "X, with which it struck a partnership": the subject of the clause partners with X."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 3):
        if lows[k] != "with" or lows[k + 1] != "which":
            continue
        partner = _antecedent(s, k - 2) if lows[k - 1] == "," else -1
        if partner < 0:
            partner = described_firm(s, k - 2 if lows[k - 1] == "," else k - 1)
        subj = k + 2
        if partner < 0 or lows[subj] != M or "Organization" not in s.etypes(subj):
            continue
        if s.ment(subj).kind == "pronoun" and s.ment(subj).shares(s.ment(partner)):
            subj = opening_mention(s)  # "X uses offcuts from Y, with which it ...": X's "it"
            if subj < 0 or subj >= partner or "Organization" not in s.etypes(subj):
                continue
        tie = _tie_word(s, k + 3)
        if tie > 0 and TIE_DOUBTS.isdisjoint(lows[k + 2 : tie]) and not _paid_with(lows, k, tie):
            emit_partners(s, s.ment(subj), s.ment(partner), "with-which", k + 2, tie)


def _paid_with(lows: list[str], k: int, tie: int) -> bool:
    """ "the lender with which it financed the joint venture": the name is the means of a
    money act on the tie, not a party to it (`money_act_participles`)."""
    return not MONEY_ACT_PARTICIPLES.isdisjoint(lows[k + 2 : tie])


def _antecedent(s: Sentence, a: int) -> int:
    """The organization named at a, or before "in <place>" at a ("Himal Hides in Pokhara");
    else -1."""
    if past_placed(s, a) > 0:
        a -= 2
    return named_firm(s, a)


def described_firm(s: Sentence, a: int) -> int:
    """The organization a description ending at a is set off from by a comma: "Pellam Optics,
    the Dutch lens maker" (its last word a descriptor noun, its first an article; only plain
    words or places between), else -1."""
    lows, lex = s.lows, s.lex
    if a < 3 or not _firm_noun(lex, lows[a]):
        return -1
    for c in range(a - 1, max(0, a - DESCRIPTION_WORDS) - 1, -1):
        w = lows[c]
        if w == ",":
            if c < 1 or lows[c + 1] not in APPOSITIVE_DETS or lows[c - 1] != M:
                return -1
            return named_firm(s, c - 1)
        if w == M and "Location" not in s.etypes(c):
            return -1  # "the owner of Orvo with which": which name is meant is unclear
        if w != M and not w.replace("-", "").isalpha():
            return -1
    return -1


def _firm_noun(lex: Lexicon, w: str) -> bool:
    """A noun a firm is described by: a descriptor ("maker", "studio"), a company reference
    ("the group") or a trade a town may name ("roaster", "haulier")."""
    return w in lex.heads or w in lex.located_heads or lex.anaphora.lookup((w,)) == "Organization"


def _tie_word(s: Sentence, p: int) -> int:
    """Where a tie word stands in the clause from p (no name or stop before it), else -1."""
    lows = s.lows
    for q in range(p, min(len(lows), p + CLAUSE_WORDS)):
        if lows[q] in JOINT_WORDS:
            return q
        if lows[q] == M or lows[q] in PUNCT_STOP or lows[q] == ",":
            return -1
    return -1
