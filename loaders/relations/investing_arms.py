"""A company's investing arm named as a round's investor: the company funds.

"closed a €6m Series A headed by A and joined by the investment unit of the brewer B":
the arm is no named entity, so the round's investor is B, the company after "of" (its
descriptors skipped by the caller's search for the next name).

>>> from loaders.lexicon import Lexicon
>>> from loaders.relations.model import Sentence
>>> lows = ["joined", "by", "the", "investment", "unit", "of", "the", "brewer", "b"]
>>> s = Sentence(lows, [None] * len(lows), lambda r: "Organization", Lexicon.load(), None)
>>> past_investing_arm(s, 2), past_investing_arm(s, 6)
(6, 6)

Words: `holdings.investing_arm_mods`, `holdings.investing_arm_heads` in
`loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence


def past_investing_arm(s: Sentence, k: int) -> int:
    """The position after "the venture arm of" at k ("the investment unit of", "the corporate
    venture arm of"), where the arm's company follows; else k."""
    lows = s.lows
    hw = holding_words(s.lex)
    q = k + 1 if k < len(lows) and lows[k] == "the" else k
    hit = hw.arm_mods.match(lows, q) if q < len(lows) and lows[q] in hw.arm_mods else None
    if hit is None:
        return k
    h = q + hit[0]
    if h + 1 < len(lows) and lows[h] in hw.arm_heads and lows[h + 1] == "of":
        return h + 2
    return k
