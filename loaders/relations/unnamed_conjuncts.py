"""A named funder listed after an unnamed one in a passive's agent phrase.

"The line is funded by the state and Harlan Bank", "paid for by the national government and
by Vorn Capital", "funded by local councils and the Adriatic Lending Bank": the unnamed first
conjunct (a short common-noun phrase) does not block the named one after "and", which FUNDS
the patient. Only funding passives read it (`verbal.passive`); an amount or a loan as the first
conjunct ("by a loan and X") or an "of" phrase ("by the end of May and X") reads nothing.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import DATE_WORDS, M

CONJUNCT_DETS: Final[frozenset[str]] = frozenset({"the", "its", "their", "local", "some"})
# words after the named conjunct that close the agent phrase
CONJUNCT_ENDS: Final[frozenset[str]] = frozenset(
    {",", ".", ";", "for", "over", "in", "since", "to", "with", "and", "through", "until"}
)


def funder_after_unnamed(s: Sentence, k: int) -> int:
    """The name after "and" that follows an unnamed first conjunct at k ("the state and
    Harlan Bank"), else -1."""
    lows = s.lows
    n = len(lows)
    q = k + (k < n and lows[k] in CONJUNCT_DETS)
    start = q
    while q < n and q - start < 3 and (lows[q].isalpha() or lows[q] == "-"):
        w = lows[q]
        if w in ("and", "of", "or", "by") or w in s.lex.money_words:
            break
        q += 1
    if q == start or q >= n or lows[q] != "and" or lows[q - 1] == "-":
        return -1
    if lows[q - 1] in s.lex.money_words or lows[q - 1] in DATE_WORDS:
        return -1
    m = q + 1 + (q + 1 < n and lows[q + 1] in ("by", "from"))
    m += m < n and lows[m] == "the"
    if m >= n or lows[m] != M or s.is_det(m):
        return -1
    if m + 1 < n and lows[m + 1] not in CONJUNCT_ENDS:
        return -1
    return m
