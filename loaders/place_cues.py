"""Constructions that show a capitalized name is a place, for places no list knows.

- a locative phrase before it: "a plant near Tarrowgate", "40 km north of Calama";
- "in" before it, unless the word before "in" takes an organization ("a stake in", "invested
  in", "$5 million in"): "a factory in Pellingford", "its head office in Varnholm";
- a place noun with "of": "the port of Kelmstad", "the town of Halvik";
- coordination with such a place: "flies from Gdansk and Katowice" once Gdansk is one.

A name that also ends in an organization word or is known keeps its type. The words live in
`loaders/data/lexicon.yaml` under `place_cues`.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> lex = Lexicon.load()
>>> [(c.text, c.best()) for c in analyze("Velmar runs a factory in Pellingford.", 0, lex).cands]
[('Velmar', None), ('Pellingford', 'Location')]
>>> [(c.text, c.best()) for c in analyze("Velmar took a stake in Dunmere.", 0, lex).cands]
[('Velmar', None), ('Dunmere', None)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.person_cues import organization_shaped

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis

W_NEAR = 4.0  # "near X", "north of X", "the town of X"
W_IN = 2.0  # "a factory in X": a place unless other cues say more
AMOUNT_CHARS = frozenset("$€£¥%0123456789")


def place_votes(a: Analysis, lex: Lexicon) -> None:
    """Add Location votes to the candidates of one analysed sentence (see the module doc)."""
    lows, cands = a.lows, a.cands
    cues = lex.place_cues
    voted: dict[int, float] = {}  # candidate end -> the weight it got, for coordination
    for c in cands:
        if organization_shaped(c, lows, lex) or c.i == 0:
            continue
        if c.j < len(lows) and lows[c.j] == "'s":
            continue  # "in Qalat's report": a possessor
        weight = _weight(lows, c.i, cues)
        if weight == 0.0 and c.i >= 2 and lows[c.i - 1] in (",", "and") and c.i - 1 in voted:
            weight = voted[c.i - 1]  # "from Gdansk and Katowice"
        if weight:
            c.vote("Location", weight)
            voted[c.j] = weight


def _weight(lows: list[str], i: int, cues) -> float:
    prev = lows[i - 1]
    for k in range(max(0, i - 3), i):  # "near", "north of", "40 km from"
        hit = cues.near.match(lows, k) if lows[k] in cues.near else None
        if hit and k + hit[0] == i:
            return W_NEAR
    if prev == "of" and i >= 2 and lows[i - 2] in cues.place_nouns:
        return W_NEAR  # "the port of Kelmstad"
    if prev != "in" or i < 2:
        return 0.0
    before = lows[i - 2]
    if before in cues.in_objects or before[:1] in AMOUNT_CHARS or before.endswith("%"):
        return 0.0  # "a 20% stake in X", "invested $5 million in X"
    if i >= 3 and lows[i - 3] in cues.in_objects and before in ("a", "an", "the", "its"):
        return 0.0
    return W_IN
