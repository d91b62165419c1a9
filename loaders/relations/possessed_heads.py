"""A body's head named by a title that names one only in apposition, with a possessor anywhere
in the sentence (found42): "Ada Ruhl, the alliance's executive director, said", "Calder Mills'
general manager, Tom Vell, said", "the theatre is led by its director, Ivo Lind", "said Ola
Berg, its general manager." `role._apposed_head` reads the same titles after a sentence's
opening "Its"/"Their"; elsewhere they name one of many ("a director of X", "the finance
director", "directors of the bank"), so the title must be possessed (a name's or a noun's
"'s", "its", "their") and set off beside a name on either side: ", NAME" after it, or
"NAME, " before its possessor with a comma or a full stop after the title.

Words: `apposed_heads` in loaders/data/lexicon.yaml; "its director" after a sentence naming a
work (`SentenceContext.work_before`) is the work's, as for the opening "Its".
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.nav import pronoun_word
from loaders.relations.opened_bodies import unnamed_body
from loaders.relations.words import (
    CLAUSE_STOP,
    OWN_PRONOUNS,
    POSSESSIVE_MARKS,
    QUOTE_MARKS,
    REPORTING,
    M,
)

# what may follow a title set off after its holder ("X, its director, said", "said X, its
# director.")
CLOSERS: Final = frozenset({",", ".", ";"})
# what may stand before a possessed title whose holder follows it: a clause's or a list's
# opening, a reporting verb or a passive's "by" ("said its director, X", "and its director,
# X, said", "is led by its director, X"); not another verb's object ("advises its director,
# X": the pronoun may be some other body's)
OPENERS: Final = CLAUSE_STOP | QUOTE_MARKS | REPORTING | {",", "and", "by"}


def possessed_apposed_head(s: Sentence, k: int) -> int:
    """The end of an apposed-head title at k possessed and set off beside a person's name
    ("Y, X's general manager, said", "X's director, Y, said"), else 0."""
    lows = s.lows
    n = len(lows)
    if lows[k] not in s.lex.apposed_heads or (s.titled and s.titled[k]):
        return 0  # called at every word of the sentence: the cheapest test first
    hit = s.lex.apposed_heads.match(lows, k)
    if hit is None or k + hit[0] >= n:
        return 0
    e = k + hit[0]
    start = _possessor_start(s, k)
    if start < 0:
        return 0
    opens = start == 0 or lows[start - 1] in OPENERS
    if opens and lows[e] == "," and e + 1 < n and _person(s, e + 1):
        return e  # "the alliance's director, Ada Ruhl, said"
    if lows[e] in CLOSERS and start >= 2 and lows[start - 1] == "," and _person(s, start - 2):
        return e  # "Ada Ruhl, the alliance's director, said"
    return 0


def _possessor_start(s: Sentence, k: int) -> int:
    """Where the possessor of the title at k starts: a name or a resolved description
    ("Calder's", "the alliance's" of Fair Seams Alliance; not "the institute's" the resolver
    left unbound), "its" or "their" (not after a sentence naming a work, for "director", nor
    after an unnamed place or body brought in as an object, `opened_bodies`); else -1."""
    lows = s.lows
    before = lows[k - 1]
    if before in POSSESSIVE_MARKS:
        if lows[k - 2] != M or s.ment(k - 2).kind == "pronoun":
            return -1
        return k - 2
    word = pronoun_word(s, k - 1) if before == M else before
    if word not in OWN_PRONOUNS:
        return -1
    if lows[k] == "director" and s.context.work_before:
        return -1  # "The film premiered. Its director, Ola Haug, said": the film's
    if s.context.body_before or unnamed_body(s.lex, lows, k - 1):
        return -1  # "Kestrel opened a plant. Ada Ruhl, its general manager, said": the plant's
    return k - 1


def _person(s: Sentence, x: int) -> bool:
    return s.lows[x] == M and "Person" in s.etypes(x)
