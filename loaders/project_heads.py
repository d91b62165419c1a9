"""Project names followed by their head noun: "the Tarrow ammonia plant", "the Harrowgate
wind farm" (heads typed Project in `loaders/data/lexicon.yaml`, key `heads`).

>>> from loaders.lexicon import Lexicon
>>> lows = "the tarrow ammonia plant is a venture".split()
>>> headed_name_end(Lexicon.load().heads, lows, 4, lambda p: p == 2)
2
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from loaders.lexicon import PhraseIndex

HEAD_MODIFIERS = 2  # words between a project's name and its head ("X ammonia plant")


def headed_name_end(
    heads: PhraseIndex, lows: Sequence[str], q: int, is_end: Callable[[int], bool]
) -> int:
    """Where a name ends that a project's head noun, ending before q, follows ("the Tarrow
    ammonia plant is": after "Tarrow"; `is_end` tells a name's end), else -1."""
    for size in (2, 1):  # "wind farm", "plant"
        h = q - size
        if h < 1 or heads.lookup(tuple(lows[h:q])) != "Project":
            continue
        for x in range(h, max(0, h - HEAD_MODIFIERS) - 1, -1):
            if is_end(x):
                return x
            if x < 1 or not lows[x - 1].isalpha():
                break
    return -1
