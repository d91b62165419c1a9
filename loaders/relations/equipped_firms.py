"""A firm described by the sites it has: "Parrel Feeds, a producer with depots near Tamworth",
"Osk Kyl, a Danish operator with five cold stores around Vejle". An appositive (a comma, an
article, up to four modifiers and a company or trade noun) ends in "with", a count and
modifiers, a site noun and a preposition of place: the firm is at the place.

Not a footprint (plural sites in a state or a country: `held_sites.spread_sites`), not sites
only planned or to be sold (`site_guards`), and only a name typed Organization.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.place_words import trade_noun
from loaders.relations.held_sites import spread_sites
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.own_sites import compound_end, own_site_nouns
from loaders.relations.site_guards import PLANNED_SITES, sold_site
from loaders.relations.words import SKIP_DETS, M

HEAD_WORDS: Final = 4  # "a 140-year-old family-owned seed producer with"
SITE_WORDS: Final = 3  # "with five small cold stores"
EQUIPPED_PREPS: Final[frozenset[str]] = frozenset({"in", "near", "outside", "around"})


def with_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"with"})


def equipped_firms(s: Sentence) -> None:
    """Each appositive "NAME, a NOUN with SITES near PLACE" (module docstring)."""
    lows = s.lows
    n = len(lows)
    for w in range(4, n - 3):
        if lows[w] != "with":
            continue
        firm = _described(s, w)
        h = _site_head(s, w) if firm >= 0 else -1
        if h < 0 or h + 2 >= n or lows[h + 1] not in EQUIPPED_PREPS or _not_held(s, w, h):
            continue
        at = place_after(s, h + 2)
        if at < 0 or s.blocked(firm, at):
            continue
        for p in coord(s, at, +1):
            if s.etypes(p) == {"Location"} and not spread_sites(s, h, p):
                s.emit(s.ment(firm), ("LOCATED_IN",), s.ment(p), "located/equipped", 0.6)


def _described(s: Sentence, w: int) -> int:
    """The name an appositive ending before "with" at w describes: "NAME, a [mods] NOUN";
    -1 unless the noun is a company noun or a trade and the name is typed Organization."""
    lows = s.lows
    head = lows[w - 1]
    if head not in s.lex.located_heads and not trade_noun(head):
        return -1
    a = w - 2
    while a >= 0 and w - 1 - a <= HEAD_WORDS and lows[a] not in SKIP_DETS:
        if lows[a] == M or not lows[a].replace("-", "").isalnum():
            return -1
        a -= 1
    if a < 2 or lows[a] not in SKIP_DETS or lows[a - 1] != "," or lows[a - 2] != M:
        return -1
    return a - 2 if s.etypes(a - 2) == {"Organization"} else -1


def _not_held(s: Sentence, w: int, h: int) -> bool:
    """The sites between "with" at w and the noun at h are only planned ("with planned depots
    near C") or to be sold; the owner is the appositive's name, so no other guard applies."""
    return not PLANNED_SITES.isdisjoint(s.lows[w + 1 : h]) or sold_site(s, h)


def _site_head(s: Sentence, w: int) -> int:
    """The last word of the site noun after "with" at w, past a count and modifiers; else -1."""
    lows = s.lows
    nouns = own_site_nouns(s.lex)
    for h in range(w + 1, min(len(lows), w + 2 + SITE_WORDS)):
        if lows[h] in nouns:
            return compound_end(lows, h, nouns)
        if lows[h] == M or not lows[h].replace("-", "").replace(",", "").isalnum():
            return -1
    return -1
