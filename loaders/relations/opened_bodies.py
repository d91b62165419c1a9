"""An unnamed place or body a sentence brings in as an object: "Kestrel Foods opened a plant in
Ghent", "set up a charitable foundation", "opened a new hotel." A possessed title after it ("Ada
Ruhl, its general manager, said", "and its director, Ada Ruhl,") may be that thing's, not the
company's, so `possessed_heads` reads no "its" there (rv442).

Words: `opened_bodies` in loaders/data/lexicon.yaml; the noun ends its phrase, one to three words
after "a"/"an", which no copula, preposition or comma stands before (not the company's own
description: "Orla, a hotel in Ghent,", "Orla is a museum", "opened in a former mill").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.words import BE_FORMS

# what may stand before the article of the object: not a copula (`BE_FORMS`, "becomes"), "as",
# a preposition or a comma
NOT_OBJECT: Final = BE_FORMS | frozenset(
    {
        "becomes",
        "became",
        "as",
        ",",
        "in",
        "at",
        "of",
        "from",
        "into",
        "on",
        "near",
        "to",
        "with",
        "for",
        "by",
        "like",
        "than",
    }
)
# what may follow the body noun, its phrase ended: "a plant in Ghent", "a foundation last year"
PHRASE_END: Final = frozenset(
    {
        ",",
        ".",
        ";",
        "in",
        "at",
        "near",
        "on",
        "outside",
        "for",
        "with",
        "last",
        "this",
        "that",
        "which",
        "and",
        "to",
        "earlier",
    }
)
ARTICLES: Final = frozenset({"a", "an"})
REACH: Final = 3  # words from the article to the noun: "a new research centre"


def unnamed_body(lex: Lexicon, lows: Sequence[str], end: int) -> bool:
    """Whether lows[:end] brings in an unnamed place or body as an object ("opened a plant in
    Ghent").

    >>> lows = "kestrel foods opened a new hotel in ghent .".split()
    >>> unnamed_body(Lexicon.load(), lows, len(lows))
    True
    >>> lows = "orla , a hotel in ghent , said".split()
    >>> unnamed_body(Lexicon.load(), lows, len(lows))
    False
    """
    for a in range(1, end):
        if lows[a] not in ARTICLES or lows[a - 1] in NOT_OBJECT:
            continue
        for p in range(a + 1, min(end, a + 1 + REACH)):
            if lows[p] in lex.opened_bodies and (p + 1 >= end or lows[p + 1] in PHRASE_END):
                return True
            if not lows[p].isalpha():
                break
    return False
