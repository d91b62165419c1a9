"""The seller in "A buys X from Y": Y holds X (it OWNS X while the sale is pending).

"Ibbeson Group is to buy Starlight Kino, the Yeadon operator, from buyout firm Holmcroft Fund",
"Glenmorrow, which is buying the Nantle Chip Company from Quoich Agrifund", "agreed to acquire
Pellow Labs from the Danish group Norsk Kemi": the seller OWNS the company bought (the buyer's
OWNS is the verb rules' own). A done sale's seller ("bought X from Y") is a past owner, left.
Only a named company bought from a named company: "bought a 20% stake in X from Y", "bought X
from its founder" and "buys chips from Y" (no name after the verb) are left, and so is a seller
apposed with "its" ("from Orsk Group, its largest investor": the appositive says whose).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence
from loaders.relations.nav import agent_after
from loaders.relations.sale_gaps import aside_close
from loaders.relations.words import ARTICLES, BE_FORMS, M

_PENDING_OPENERS: Final[frozenset[str]] = frozenset(
    {"to", "will", "would", "shall", "could", "may", "might", "'ll"}
)
_FILLER: Final[int] = 4  # "in May", "for £60m": words between the thing bought and "from"
_FILLER_STOP: Final[frozenset[str]] = frozenset(
    {"and", "or", "but", "which", "that", "who", "to", "with", "as", "after", "because"}
)


def cues(lex: Lexicon) -> frozenset[str]:
    return holding_words(lex).bought_forms


def bought_from(s: Sentence) -> None:
    """ "A is to buy X, the ... operator, from Y for £60m": Y OWNS X."""
    lows = s.lows
    n = len(lows)
    bought = holding_words(s.lex).bought_forms
    for v in range(1, n - 3):
        if lows[v] not in bought or v in s.claimed or not _pending(lows, v):
            continue
        x = v + 2 if lows[v + 1] in ARTICLES else v + 1  # "buying the Nantle Chip Company"
        if lows[x] != M or s.is_det(x) or lows[x + 1 : x + 2] == ["'s"]:
            continue
        f = _from_after(s, x)
        if f < 0 or f + 1 >= n:
            continue
        y = f + 1 if lows[f + 1] == M else agent_after(s, f + 1)  # "from buyout firm Y"
        if y < 0 or lows[y] != M or s.is_det(y) or lows[y + 1 : y + 2] == ["'s"]:
            continue
        if "Organization" not in s.etypes(y) or "Person" in s.etypes(x):
            continue
        if s.ment(y).ids == s.ment(x).ids or s.blocked(x, y):
            continue
        if y + 2 < n and lows[y + 1] == "," and s.is_det(y + 2):
            continue  # "from Orsk Group, its largest investor": the apposed tie says whose
        s.emit(s.ment(y), ("OWNS",), s.ment(x), "holdings/bought-from", 0.7)


def _pending(lows: list[str], v: int) -> bool:
    """A purchase not yet done, its seller still the holder: "is to buy", "agreed to acquire",
    "will buy", "is buying" (not "bought X from Y": a past owner, whom the text may not count)."""
    w, before = lows[v], lows[v - 1]
    if w.endswith("ing"):
        return before in BE_FORMS
    return before in _PENDING_OPENERS and not w.endswith(("s", "ed")) and w != "bought"


def _from_after(s: Sentence, x: int) -> int:
    """The "from" of the seller after the thing bought at x, past an appositive closed by a
    comma and a short filler of dates and prices; else -1."""
    lows = s.lows
    n = len(lows)
    p = x + 1
    if p + 1 < n and lows[p] == ",":
        close = aside_close(s, p + 1)
        if close < 0:
            return -1
        p = close + 1
    for q in range(p, min(n, p + _FILLER)):
        w = lows[q]
        if w == "from":
            return q
        if w == M or w in _FILLER_STOP or w in (",", ".", ";", ":"):
            return -1
    return -1
