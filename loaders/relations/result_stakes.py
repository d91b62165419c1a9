"""Result stakes: a share a deal leaves someone holding.

- `left-with`: "The deal left Aske with a 40% stake in Tolvik", "The merger will leave Aske
  with 55% of Varna", "Aske will end up with 30% of Tolvik": the one left holds the company
  (OWNS: a stake held).

Words: `stake.nouns` of `loaders/data/triggers.yaml` ("a 40% stake").
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.stake import percent_at
from loaders.relations.words import M

LEAVE_FORMS: frozenset[str] = frozenset({"leave", "leaves", "left", "leaving"})
SHARE_REACH = 3  # words between "with" and the share: "with a combined 40%"


def left_cues(lex: object) -> frozenset[str]:
    return LEAVE_FORMS | {"up"}


def left_with(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 4):
        if lows[k] in LEAVE_FORMS and lows[k + 1] == M and not s.is_det(k + 1):
            holders = coord(s, k + 1, 1)
            w = holders[-1] + 1  # "left A with"
        elif lows[k] == "up" and lows[k - 1] in ("end", "ends", "ended", "ending"):
            w = k + 1  # "A will end up with"
            subj = next((m for m in range(k - 2, -1, -1) if lows[m] == M), -1)
            if subj < 0:
                continue
            holders = coord(s, subj, -1)
        else:
            continue
        if w >= n or lows[w] != "with":
            continue
        owned = _owned_after_share(s, w + 1)
        if owned >= 0 and not s.blocked(k, owned):
            s.emit(s.merged(holders), ("OWNS",), s.ment(owned), "result-stakes/left-with", 0.65)


def _owned_after_share(s: Sentence, p: int) -> int:
    """The company after a share ("a 40% stake in X", "55% of X"), else -1."""
    lows = s.lows
    n = len(lows)
    q = p
    while q < n and q - p <= SHARE_REACH and percent_at(lows, q) is None:
        if lows[q] == M or not lows[q].isalpha():
            return -1
        q += 1
    pct = percent_at(lows, q) if q < n else None
    if pct is None:
        return -1
    e = pct[1]
    if e < n and lows[e] in s.lex.stake_nouns:
        e += 1
    if e + 1 < n and lows[e] in ("of", "in") and lows[e + 1] == M and not s.is_det(e + 1):
        return e + 1 if "Organization" in s.etypes(e + 1) else -1
    return -1
