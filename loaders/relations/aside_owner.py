"""Whose a singular appositive is, after two names or a group of two: "Kestrel Air and Palmer
Jets, a small carrier based in Harnby", "a venture between Quillex and Ostrel Iberia, a valve
maker based in Fenby": "a carrier"/"a maker" describes the last name only, so a trigger inside
that appositive has only the last one as its subject ("two carriers based in ..." and "the
pair, both based in ..." keep both)."""

from __future__ import annotations

from loaders.relations.model import Mention, Sentence
from loaders.relations.words import INDEFINITE_ARTICLES, M


def aside_owner(s: Sentence, subj_idx: list[int], subject: Mention, obj: int) -> Mention:
    """The subject of a trigger whose object starts at `obj`: the last of several names when
    a singular "a/an N" appositive on it (no closing comma before the object) holds the
    trigger; else `subject` unchanged."""
    lows = s.lows
    last = subj_idx[-1]
    if len(subject.ids) < 2 or last + 3 >= obj or lows[last + 1] != ",":
        return subject
    if lows[last + 2] not in INDEFINITE_ARTICLES:  # "a carrier", "an airline": singular
        return subject
    aside = lows[last + 3 : obj]
    if "," in aside or M in aside or "pair" in aside or not s.lex.pair_heads.isdisjoint(aside):
        return subject  # "A and B, a Kell firm, sued C"; "A and B, a pair based in C"
    tail = s.ment(last)
    return Mention(tail.ids[-1:], tail.i, tail.j, tail.kind, tail.conf)
