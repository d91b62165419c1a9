"""A name sold under as a brand is a product: "its nets, sold under the Seaguard name", "bottles
its cider under the Quarrow label", "markets the flour under the Ashvale brand", each name of a
brand list ("sells bread under the Sunmill and Crustwell brands") and a name after "under its
(own)" ("sells frames under its own Clearpoint name"). The seller's relation is read by
`loaders.relations.product_links` (one name) and `loaders.relations.brand_lists` (a list, or
"its"); this module types the names they need.

Guards: a selling or making verb (`under_brand_verbs`) within a few words before "under" (not
"trades under the Velmar banner", "operates under the Velmar name": a firm's trading name), and
a brand's head (`under_brand_heads`, or its plural) after the name or the list it ends.

>>> from tests.construction_check import types
>>> types("Its ropes, sold under the Seaguard name, are popular.")["Seaguard"]
'Product'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from loaders.grammar_words import LIST_JOINS, POSSESSIVE_MARKS
from loaders.lexicon import Lexicon, per_lexicon
from loaders.non_names import data_words
from loaders.relations.words import OWN_DETS, PUNCT_STOP  # OWN_DETS: "under the", "under its"

if TYPE_CHECKING:
    from loaders.mentions import Candidate
    from loaders.tokens import Tok

W_SOLD_UNDER: Final = 4.5  # as an owned appositive (`loaders.described_things.W_OWNED`)
VERB_REACH: Final = 5  # words from the verb to "under" ("sells its rye flour under")
LIST_REACH: Final = 12  # tokens of a brand list ("the Dorla, Pennick and Sarro Kitchen brands")
# what a selling verb is not looked for across: a clause's punctuation, a bracket, and another's
# goods ("sells Tarsa's biscuits under the Kelda name")
VERB_STOPS: Final[frozenset[str]] = PUNCT_STOP | POSSESSIVE_MARKS | {",", "(", ")"}


@per_lexicon
def brand_heads(lex: Lexicon) -> frozenset[str]:
    """ "brand", "brands", "label", "labels", ... (`under_brand_heads` and their plurals)."""
    heads = data_words(lex, "under_brand_heads")
    return heads | frozenset(h + "s" for h in heads)


def under_brand_verb(
    lows: Sequence[str],
    k: int,
    verbs: frozenset[str],
    stops: frozenset[str] = VERB_STOPS,
    reach: int = VERB_REACH,
) -> int:
    """The nearest verb of `verbs` (a selling verb, `under_brand_verbs`) at most `reach` words
    before "under" at k with no word of `stops` between, else -1: "sells its rye flour under".
    The one-name readers (`sold_under_vote`, `product_links`) use the defaults; a brand list's
    reader (`loaders.relations.brand_lists`) reaches further across the goods' list ("sells
    jam, honey and cakes under"), so it stops at clause words instead of commas, and at names."""
    for x in range(k - 1, max(-1, k - 1 - reach), -1):
        if lows[x] in stops:
            return -1
        if lows[x] in verbs:
            return x
    return -1


def _opener(lows: list[str], toks: list[Tok], i: int) -> int:
    """The position of "under" before a brand list whose first name ends at i (only names,
    commas and "and" between), else -1: "under the Dorla and [Pennick]"."""
    k = i - 1
    while k >= 0 and i - k <= LIST_REACH and (lows[k] in LIST_JOINS or toks[k].text[:1].isupper()):
        if lows[k] in OWN_DETS:
            break
        k -= 1
    if k < 1 or lows[k] not in OWN_DETS and lows[k] != "own":
        return -1
    k -= lows[k] == "own" and lows[k - 1] in OWN_DETS
    if k < 1 or lows[k] == "own" or lows[k - 1] != "under":
        return -1
    return k - 1


def _head_after(lows: list[str], toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """A brand head after the list the name at j-1 is in: "A and B brands", "A label"."""
    heads = brand_heads(lex)
    k = j
    while k < len(lows) and k - j <= LIST_REACH and lows[k] not in heads:
        if not (lows[k] in LIST_JOINS or toks[k].text[:1].isupper()):
            return False
        k += 1
    return k < len(lows) and lows[k] in heads


def sold_under_vote(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> None:
    """Vote Product for "VERB ... under the NAME brand/label/name", for each name of "under
    the A and B brands" and for "under its (own) NAME label"."""
    if c.i < 3 or c.j >= len(lows) or "under" not in lows[max(0, c.i - LIST_REACH - 2) : c.i]:
        return  # "under" opens the list at most LIST_REACH + 2 tokens back (`_opener`)
    if not _head_after(lows, toks, c.j, lex):
        return
    k = _opener(lows, toks, c.i)  # "under the NAME brand" too: k = c.i - 2
    if k < 1:
        return
    if under_brand_verb(lows, k, data_words(lex, "under_brand_verbs")) >= 0:
        c.vote("Product", W_SOLD_UNDER)
