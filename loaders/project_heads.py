"""Project names followed by their head noun: "the Tarrow ammonia plant", "the Harrowgate
wind farm" (heads typed Project in `loaders/data/lexicon.yaml`, key `heads`).

>>> from loaders.lexicon import Lexicon
>>> heads = Lexicon.load().heads
>>> lows = "the tarrow ammonia plant is a venture".split()
>>> headed_name_end(heads, lows, 4, lambda p: p == 2)
2
>>> [project_head(heads, lows, 2), project_head(heads, lows, 3), project_head(heads, lows, 4)]
[2, 1, 0]
>>> project_head(heads, "pellow wind farm".split(), 1)
2
"""

from __future__ import annotations

from collections.abc import Callable

from loaders.lexicon import PhraseIndex

HEAD_MODIFIERS = 2  # words between a project's name and its head ("X ammonia plant")


def _any(word: str) -> bool:
    return True


def _none(word: str) -> bool:
    return False


def project_head(
    heads: PhraseIndex, lows: list[str], i: int, modifier: Callable[[str], bool] = _any
) -> int:
    """How many words from i a project's head noun takes: the longest head at i ("plant",
    "wind farm"), or a word `modifier` accepts and the head after it ("ammonia plant"); else 0.
    """
    hit = heads.match(lows, i)
    if hit is not None and hit[1] == "Project":
        return int(hit[0])
    if i + 1 < len(lows) and modifier(lows[i]):
        hit = heads.match(lows, i + 1)
        if hit is not None and hit[1] == "Project":
            return int(hit[0]) + 1
    return 0


def headed_name_end(
    heads: PhraseIndex, lows: list[str], q: int, is_end: Callable[[int], bool]
) -> int:
    """Where a name ends that a project's head noun, ending before q, follows ("the Tarrow
    ammonia plant is": after "Tarrow"; `is_end` tells a name's end), else -1."""
    for size in (2, 1):  # "wind farm", "plant"
        h = q - size
        if h < 1 or project_head(heads, lows, h, _none) != size:
            continue
        for x in range(h, max(0, h - HEAD_MODIFIERS) - 1, -1):
            if is_end(x):
                return x
            if x < 1 or not lows[x - 1].isalpha():
                break
    return -1
