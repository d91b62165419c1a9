"""Sites in a relative clause set off after a firm's appositive: the firm holds them.

"Garrow Textiles, the Lyon-based weaver, which also runs mills in Graz and Linz, ...", "sold
to Halbeck Group, a family-run holding based in Tarvo, Estonia, that now operates a plant in
Namur": the relative ("which", "that") after the appositive's comma hangs on the appositive's
head, so on the name it describes; a verb of holding sites (`site_owning_verbs`), a site noun,
then the places. The firm is there, as in "X, which runs mills in A" without the appositive
(the noun triggers read that one).

Only a plain appositive opens it (an article, lower-case words and places; no other name), and a
planned or paid-for site is no seat (`site_guards.no_site`, as for the other site rules), nor
are plural sites over a state or a region ("which runs plants in New England": a footprint,
`held_sites.spread_sites`; a country stays, measured).
"""

from __future__ import annotations

from typing import Final

from loaders.place_words import SITE_OWNING_VERBS
from loaders.relations.held_sites import spread_sites
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.place_lists import LIST_SITES, SITE_PREPS
from loaders.relations.site_guards import no_site
from loaders.relations.words import SKIP_DETS, WHICH_THAT, M

# words between the relative and its verb: "which also runs", "that by then ran"
CLAUSE_ADVERBS: Final = frozenset(
    {"also", "now", "still", "already", "then", "by", "today", "since", "further", "itself"}
)
APPOSITIVE_WORDS = 14  # "a family-run holding based in Tarvo, Estonia,"
SITE_WORDS = 5  # "runs two bigger dyeing mills in"


def relative_cues(lex: object) -> frozenset[str]:
    return WHICH_THAT


def apposed_relative_sites(s: Sentence) -> None:
    """Each set-off relative after an appositive and the sites its verb holds (module
    docstring)."""
    lows = s.lows
    for r in range(4, len(lows) - 4):
        if lows[r] not in WHICH_THAT or lows[r - 1] != ",":
            continue
        firm = _apposed_name(s, r - 1)
        if firm < 0:
            continue
        site, at = _site_place(s, r + 1)
        if at < 0 or s.blocked(firm, at):
            continue
        for p in coord(s, at, +1):  # "mills in Graz and Linz"
            if s.etypes(p) == {"Location"} and not spread_sites(s, site, p, countries=False):
                s.emit(s.ment(firm), ("LOCATED_IN",), s.ment(p), "located/apposed-relative", 0.65)


def _apposed_name(s: Sentence, c: int) -> int:
    """The organization's name before the appositive that ends at the comma c ("X, the
    Lyon-based weaver,"), else -1."""
    lows = s.lows
    for a in range(c - 1, max(1, c - APPOSITIVE_WORDS), -1):
        w = lows[a]
        if w == M and s.etypes(a) != {"Location"}:
            return -1  # another name inside: not a plain appositive
        if w in SKIP_DETS and lows[a - 1] == "," and a >= 2 and lows[a - 2] == M:
            firm = a - 2
            return firm if s.etypes(firm) == {"Organization"} else -1
        if w not in (",", "-", M) and not w.replace("-", "").isalpha():
            return -1
    return -1


def _site_place(s: Sentence, p: int) -> tuple[int, int]:
    """The site noun and the place after the clause's verb of holding: "also runs mills in
    Graz", "by then ran a bigger plant in Namur"; else (-1, -1)."""
    lows = s.lows
    n = len(lows)
    while p < n and lows[p] in CLAUSE_ADVERBS:
        p += 1
    if p >= n or lows[p] not in SITE_OWNING_VERBS:
        return -1, -1
    q = p + 1
    while q < n and q - p <= SITE_WORDS and lows[q] not in LIST_SITES:
        if not lows[q].replace("-", "").isalnum():
            return -1, -1
        q += 1
    if q + 1 >= n or lows[q] not in LIST_SITES or lows[q + 1] not in SITE_PREPS:
        return -1, -1
    if no_site(s, q):
        return -1, -1
    return q, place_after(s, q + 2)
