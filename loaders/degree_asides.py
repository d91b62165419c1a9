"""A degree set off by commas after a name: "Li Wen, Ph.D., co-founder and president of
Hesta Bio", "Ann Ray, PhD, MBA, said".

The degree (`degrees` in loaders/data/lexicon.yaml, written capitalized or as initials) is an
aside of the name: the rules read past it, so the role after it is the person's as in "Li Wen,
founder of Hesta Bio". A degree written in lower case ("a master", "her degree") is left alone.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> from loaders.relations.model import Mention
>>> a = analyze("Li Wen, Ph.D., founder of Hesta Bio, said.", 0, Lexicon.load())
>>> sorted(degree_asides(a, [Mention(("li-wen",), 0, 2)], Lexicon.load()))
[2, 3]
"""

from __future__ import annotations

from typing import Final

from loaders.cue_mask import CUE_DEGREE
from loaders.lexicon import Lexicon
from loaders.mentions import Analysis
from loaders.non_names import NonNames
from loaders.relations.model import Mention

# what may follow the last degree of an aside: its closing comma or the sentence's end
ASIDE_ENDS: Final = frozenset({",", ".", ";"})


def degree_asides(a: Analysis, items: list[Mention], lex: Lexicon) -> set[int]:
    """The tokens of the degrees set off right after a name (", Ph.D.", ", PhD, MBA"), each
    with the comma before it; the aside's closing comma stays."""
    drop: set[int] = set()
    if not (a.cues & CUE_DEGREE):  # (the cue mask of `NonNames.degrees`: no scan of the words)
        return drop
    degrees = NonNames.of(lex).degrees
    lows, toks = a.lows, a.toks
    n = len(lows)
    for m in items:
        k = m.j
        while k + 1 < n and lows[k] == "," and lows[k + 1] in degrees:
            if toks[k + 1].text.islower():
                break
            k += 2
        if k > m.j and (k >= n or lows[k] in ASIDE_ENDS):
            drop.update(range(m.j, k))
    return drop
