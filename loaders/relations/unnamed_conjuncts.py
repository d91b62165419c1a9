"""A named funder behind an unnamed agent of funding.

- `funder_after_unnamed`: a named funder listed after an unnamed one in a passive's agent
  phrase.
"The line is funded by the state and Harlan Bank", "paid for by the national government and
by Vorn Capital", "funded by local councils and the Adriatic Lending Bank": the unnamed first
conjunct (a short common-noun phrase) does not block the named one after "and", which FUNDS
the patient. Only funding passives read it (`verbal.passive`); an amount or a loan as the first
conjunct ("by a loan and X") or an "of" phrase ("by the end of May and X") reads nothing.
- `fund_owner_after`: "funded by a fund set up by Vorn Capital", "got €5m from a fund run by
  the Osk Foundation": the one who set up or runs the unnamed fund FUNDS the patient (the fund
  nouns are `fund_nouns` in `loaders/data/loans.yaml`).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data
from loaders.relations.model import Sentence
from loaders.relations.nav import agent_after
from loaders.relations.words import DATE_WORDS, OWN_DETS, SKIP_DETS, M

FUND_NOUNS: Final[frozenset[str]] = frozenset(read_data("loans.yaml")["fund_nouns"])
# participles of a fund's maker or manager: "a fund set up by X", "a programme run by X"
FUND_MAKERS: Final[frozenset[str]] = frozenset(
    {"set", "run", "managed", "created", "established", "launched", "operated", "backed"}
)

CONJUNCT_DETS: Final[frozenset[str]] = OWN_DETS | {"local", "some"}
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


def fund_owner_after(s: Sentence, k: int) -> int:
    """The agent of "a fund set up by X" at k ("a state-backed fund run by X"), else -1."""
    lows = s.lows
    n = len(lows)
    if k >= n or lows[k] not in SKIP_DETS:
        return -1
    q = k + 1
    while q < n and q - k <= 3 and lows[q] not in FUND_NOUNS and _modifier(lows[q]):
        q += 1
    if q >= n or lows[q] not in FUND_NOUNS:
        return -1
    v = q + 1
    if v >= n or lows[v] not in FUND_MAKERS:
        return -1
    by = v + 1 + (v + 1 < n and lows[v + 1] == "up")
    return agent_after(s, by + 1) if by < n and lows[by] == "by" else -1


def _modifier(w: str) -> bool:
    """A word of a fund's premodifier: "green", "state-backed" (with its hyphen)."""
    return w.isalpha() or w == "-"
