"""A pair of products referred to by their plural noun: "the two kettles are direct rivals",
"both scooters" (after "X's Brisa kettle ... Y's Solace kettle"): the two latest products,
not the two latest firms (which would compete, or dispute, in the products' place).

>>> from loaders.lexicon import Lexicon
>>> import loaders.article
>>> lex = Lexicon.load()
>>> product_pair(["the", "two", "kettles", "are", "rivals"], 0, lex)
True
>>> product_pair(["the", "two", "firms", "are", "rivals"], 0, lex)
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon


def product_pair(lows: list[str], i: int, lex: Lexicon) -> bool:
    """ "the two <products>" or "both <products>" at i: a plural that the lexicon's heads type
    Product ("kettles", "phones", "drugs"), with a name neither right after it."""
    k = i + 2 if lows[i] == "the" else i + 1
    if lows[i] == "the" and lows[i + 1 : i + 2] != ["two"]:
        return False
    if k >= len(lows) or not lows[k].endswith("s") or not lows[k].isalpha():
        return False
    hit = lex.heads.match(lows, k)
    return hit is not None and hit[0] == 1 and hit[1] == "Product"
