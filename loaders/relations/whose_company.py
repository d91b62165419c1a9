"""A person's own company named after "whose": "Lena Hartz, whose company Hartz Fischerei runs
the boat", "Ole Brandt, the Bremen trawler owner whose firm, Brandt Fisk, lost the licence"
(the person OWNS the company). Only a person owns so (an organization's "whose company" is
another reading), and only a company noun ("company", "firm", "business") with its name right
after it.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.whose_antecedent import whose_antecedent
from loaders.relations.words import M

COMPANY_NOUNS: Final[frozenset[str]] = frozenset({"company", "firm", "business"})
POSSESSIVE_ENDS: Final[frozenset[str]] = frozenset({"'s", "\u2019s", "'"})
PERSON: Final = "Person"


def cues(_lex: object) -> frozenset[str]:
    return frozenset({"whose"})


def whose_company(s: Sentence) -> None:
    """Emit OWNS from the person "whose company X" is said of to X."""
    lows = s.lows
    n = len(lows)
    for w in range(2, n - 2):
        if lows[w] != "whose" or lows[w + 1] not in COMPANY_NOUNS:
            continue
        c = w + 2 + (lows[w + 2] == ",")  # "whose firm, Brandt Fisk,"
        if c >= n or lows[c] != M or s.is_det(c) or "Organization" not in s.etypes(c):
            continue
        if c + 1 < n and lows[c + 1] in POSSESSIVE_ENDS:
            continue  # "whose company Hartz's chairman": another's
        owner = whose_antecedent(s, w)
        if owner < 0 or PERSON not in s.etypes(owner) or s.blocked(owner + 1, c):
            continue
        s.emit(s.ment(owner), ("OWNS",), s.ment(c), "holdings/whose-company", 0.7)
