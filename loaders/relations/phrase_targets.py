"""Typed trigger phrases that do not fit the name after them.

A gapped phrase limited to some target types ("arrange ... loan for" a Project) covers the
words of a shorter trigger inside it ("loan for"). When the name right after the phrase is of
none of those types ("Hexa Bank arranged a $500m loan for Keller Maritime": a company), the
phrase could emit nothing, and taking it would hide the shorter trigger: `misfit` says to
leave it for a shorter match.
"""

from __future__ import annotations

from loaders.amount_words import MONEY_TO
from loaders.lexicon import GAP, Trigger
from loaders.relations.model import Sentence
from loaders.relations.nav import right
from loaders.relations.with_buyers import gerund_at
from loaders.relations.words import ARTICLES, OBJ_GAP, PREPOSITIONS, SKIP_DETS, M


def misfit(s: Sentence, phrase: tuple[str, ...], e: int, trigs: tuple[Trigger, ...]) -> bool:
    """A gapped phrase ending before e whose triggers each take only some target types, and
    the name its object search finds after e is typed, and of none of them. A one-word
    trigger hides no other, and may be passive ("was approved by Ostrel Council": the agent
    after it); a reversed trigger's target is its subject: never a misfit."""
    if GAP not in phrase or any(t.target is None or t.reverse for t in trigs):
        return False
    gap = min((t.object_gap for t in trigs if t.object_gap is not None), default=OBJ_GAP)
    m = right(s, e, gap)  # "for the shipping group Keller Maritime": the name
    if m < 0:
        return False
    types = s.etypes(m)
    return bool(types) and all(t.target is not None and types.isdisjoint(t.target) for t in trigs)


def source_in_gap(s: Sentence, phrase: tuple[str, ...], k: int, e: int) -> bool:
    """A gapped phrase closing on "to" whose gap names a source after "from": "took a loan from
    L to fund the plant" (L lends; "to" opens a purpose, no recipient), left to "loan from"."""
    if GAP not in phrase or phrase[-1] != "to" or e >= len(s.lows):
        return False
    lows = s.lows
    after = lows[e]
    if after == M or after in ARTICLES or after in SKIP_DETS or not after.isalpha():
        return False  # "a loan from L to a customer": a recipient, not a purpose
    return any(lows[x] == "from" and lows[x + 1] == M for x in range(k + 1, e - 2))


WITH_GAP: int = 3  # words between "with" and the backing noun ("the full", "the unanimous")


def loose_with(s: Sentence, phrase: tuple[str, ...], k: int, e: int) -> bool:
    """A "with ... support of" phrase (backer after "of") that is no attendant backing: its gap
    is more than an article and its adjectives ("parted ways with X after losing the support
    of Y", "met with X to seek the backing of Y"), or the name before "with" is a verb's object
    ("sued Mettle Brands with the support of Y": the backing is the subject's)."""
    if phrase[:2] != ("with", GAP):
        return False
    lows = s.lows
    gap = lows[k + 1 : e - 2]
    if not gap or len(gap) > WITH_GAP or gap[0] not in SKIP_DETS:
        return True
    if any(w == M or w in PREPOSITIONS or w in ARTICLES or not w.isalpha() for w in gap[1:]):
        return True
    before = lows[k - 2] if k >= 2 else ""
    return (
        k >= 2
        and lows[k - 1] == M
        and before.isalpha()
        and before not in ARTICLES | PREPOSITIONS | {"and", "or"}
    )


def buys_after(s: Sentence, phrase: tuple[str, ...], e: int) -> bool:
    """A money phrase closing on "towards"/"for"/"to" before a buying gerund ("will lend X £5m
    towards buying Y", "contributed £2m towards acquiring Y"): the money goes to the buyer's
    purchase, and Y, the thing bought, is not funded (review 29)."""
    return phrase[-1] in MONEY_TO and e < len(s.lows) and gerund_at(s.lows, e) > 0
