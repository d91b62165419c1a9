"""A sentence-initial participle phrase, whose names are not the main clause's subject.

"Backed by Norrhavn Bank, Tessmoor Foods bought Yarrow Mills": Norrhavn backs Tessmoor (the
passive reading of "Backed by") but buys nothing; "Encouraged by Orsk Capital, Dravik sued
Pellmoor": Orsk sues no one; "Having sold Rimewalk to Velsen, Tessmoor bought Orbit": Velsen
buys nothing. The phrase is a past participle with its "by" agent within a few words
("Founded in 1990 by", "Owned since 2004 by"), or "Having" and a participle. A list of agents
("Backed by A, B and C, Tessmoor bought Y") is read to its closing comma, and so is a relative
clause on the agent ("Backed by A, which founded K, Tessmoor bought Y": A founded K).
`loaders.relations.model.preposed_end` closes such a phrase like an adverbial clause.

`fronted_opening` is the looser test of the definite-NP binder's `fronted_out`
(loaders/definite_guards.py): any fronted participle or gerund clause, with or without an agent
("Bought in 2019, the company ...", "After buying A, the group ..."). Both read the irregular
participles of triggers.yaml `irregular_verbs`; `fronted_opening` also those of coref.yaml
`fronted_participles_extra`.

>>> participle_opening(["backed", "by", "\\x00", ",", "\\x00", "bought"], 0, frozenset())
True
>>> participle_opening(["shares", "in", "\\x00", "fell"], 0, frozenset())
False
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

from loaders.lexicon import Lexicon
from loaders.non_names import data_words
from loaders.relations.words import DASHES, FRONT_ADVERBS, PUNCT_STOP, RELATIVE_WH, M

# words from the participle to its "by": "Founded in 1990 by", "Owned since 2004 by"
BY_REACH: Final = 4
MAX_PHRASE: Final = 30  # words from the participle to its closing comma
# the word that opens a perfect participle phrase: "Having sold X to Y, Z bought W"
PERFECT: Final = "having"
# what opens a fronted adverbial whose own subject is the main clause's: "After buying X, the
# group ...", "Since acquiring X, the company ..."
FRONTED_PREPS: Final = frozenset({"after", "since", "before", "following", "upon", "on", "by"})


def participles(lex: Lexicon) -> frozenset[str]:
    """The irregular past participles of the lexicon ("led", "held", "sold", "run")."""
    return lex.irregular_participles


def _participle(word: str, irregular: frozenset[str]) -> bool:
    return (len(word) > 4 and word.endswith("ed")) or word in irregular


def participle_opening(lows: list[str], p: int, irregular: frozenset[str]) -> bool:
    """The sentence proper, starting at p, opens with a participle phrase: "Backed by",
    "Founded in 1990 by", "Having sold"."""
    n = len(lows)
    p += p < n and lows[p] in FRONT_ADVERBS  # "Jointly owned by A and B, X ..."
    if p + 1 >= n:
        return False
    if lows[p] == PERFECT:
        return _participle(lows[p + 1], irregular)
    if not _participle(lows[p], irregular):
        return False
    for q in range(p + 1, min(n, p + 1 + BY_REACH)):
        if lows[q] == "by":
            return True
        if lows[q] == "," or lows[q] in PUNCT_STOP:
            return False
    return False


def fronted_opening(lows: list[str], lex: Lexicon) -> bool:
    """The sentence opens with a participle or gerund ("Formed", "Bought", "Having") or a
    preposition and a gerund ("After buying"). Looser than `participle_opening`: no agent
    needed, and any word in -ed or -ing counts."""
    first = lows[0]
    if (first.endswith(("ed", "ing")) and first.isalpha()) or first in participles(lex):
        return True
    if first in data_words(lex, "fronted_participles_extra"):
        return True  # "Grown from one shop, ...": not among `irregular_verbs`
    return first in FRONTED_PREPS and lows[1].endswith("ing") and lows[1].isalpha()


def agents_end(lows: list[str], q: int) -> int:
    """The comma at q, or the one closing a list of agents that continues after it: "Backed
    by A, B and C, Tessmoor ..." (not "Backed by A, B and C bought D": the main subjects)."""
    n = len(lows)
    r = q + 1
    while r + 1 < n and lows[r] == M and lows[r + 1] == ",":
        r += 2  # ", B,"
    if r + 2 < n and lows[r] == M and lows[r + 1] == "and" and lows[r + 2] == M:
        if r + 3 < n and lows[r + 3] == ",":
            return r + 3
    return q


def phrase_end(lows: list[str], p: int, irregular: frozenset[str]) -> int:
    """The comma closing the participle phrase that opens the sentence proper at p (past a
    list of its agents), else -1."""
    if not participle_opening(lows, p, irregular):
        return -1
    for q in range(p + 2, min(len(lows), p + MAX_PHRASE)):
        if lows[q] == ",":
            close = relative_close(lows, q)
            return close if close > q else agents_end(lows, q)
        if lows[q] in PUNCT_STOP or lows[q] in DASHES:
            return -1
    return -1


def relative_close(lows: list[str], q: int) -> int:
    """The comma closing a relative clause on the phrase's agent that opens after the comma at
    q ("Backed by Orsk Bank, which founded Kelda Rail in 1990, Tarn Capital ..."), else q."""
    n = len(lows)
    if not (q + 1 < n and lows[q + 1] in RELATIVE_WH):
        return q
    for r in range(q + 2, min(n, q + MAX_PHRASE)):
        if lows[r] == ",":
            return r
        if lows[r] in PUNCT_STOP or lows[r] in DASHES:
            break
    return q


class _Span(Protocol):
    ids: tuple[str, ...]
    j: int


def phrase_names(
    lows: list[str], items: Sequence[_Span], i: int, lex: Lexicon, start: int = 0
) -> set[str]:
    """The entities named in an opening participle phrase when the description at i opens the
    main clause right after it: "Backed by Norrhavn Bank, the company bought Yarrow" (the
    company is not Norrhavn); else empty. The sentence proper starts at `start`, past a
    dateline ("OSLO, April 2 - Backed by ...": `model.dateline_end`)."""
    end = phrase_end(lows, start, participles(lex))
    if end < 0 or i != end + 1:
        return set()
    return {x for m in items if start < m.j <= end for x in m.ids}
