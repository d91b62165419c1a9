"""A name sold under as a brand is a product: "its nets, sold under the Seaguard name", "bottles
its cider under the Quarrow label", "markets the flour under the Ashvale brand". The seller's
relation is read by `loaders.relations.product_links`; this module types the name it needs.

Guards: a selling or making verb (`under_brand_verbs`) within a few words before "under" (not
"trades under the Velmar banner", "operates under the Velmar name": a firm's trading name), and
a brand's head (`under_brand_heads`) right after the name.

>>> from tests.construction_check import types
>>> types("Its ropes, sold under the Seaguard name, are popular.")["Seaguard"]
'Product'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate

W_SOLD_UNDER: Final = 4.5  # as an owned appositive (`loaders.described_things.W_OWNED`)
VERB_REACH: Final = 5  # words from the verb to "under" ("sells its rye flour under")
STOPS: Final = frozenset({",", ".", ";", ":", "(", ")"})


def sold_under_vote(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """Vote Product for "VERB ... under the NAME brand/label/name"."""
    if c.i < 3 or c.j >= len(lows) or lows[c.i - 1] != "the" or lows[c.i - 2] != "under":
        return
    if lows[c.j] not in data_words(lex, "under_brand_heads"):
        return
    verbs = data_words(lex, "under_brand_verbs")
    for k in range(c.i - 3, max(-1, c.i - 3 - VERB_REACH), -1):
        if lows[k] in STOPS:
            return
        if lows[k] in verbs:
            c.vote("Product", W_SOLD_UNDER)
            return
