"""Further sites in the object list of a verb of holding: the same holder's.

"Tarrow Dairies operates five creameries in Wales, including a butter plant in Brecon", "runs
two packhouses in Kent as well as a cider press in Faversham", "operates three hotels: a lodge
in Keswick": after the verb (`held_sites.HELD_VERBS`), each conjunct of its object list opened
by "as well as", "including", "plus" or a colon, then an article, "its" or a number, up to four
words of modifier, a site noun, "in", "near", "outside" or "at" and the places: the verb's
subject, an organization, is there. A plain "and" or comma is `place_lists`' later-place ("two
mills in A and a coating line in B").

The walk stops where the object list may end: a clause word ("which", "while", "but"), a
semicolon, a verb-led aside, or a name that is no place (a site "for Brenmoor" is a
customer's). Plural sites in a state or a country are a footprint (`held_sites.spread_sites`);
a site a guard gives to someone else (`site_guards.no_site`) is not read.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.held_sites import HELD_VERBS, SITE_NOUNS, _compound_nouns, spread_sites
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.site_guards import no_site
from loaders.relations.words import M

LIST_SPAN: Final[int] = 40  # tokens the object list may run after the verb
SITE_GAP: Final[int] = 5  # "a 40,000-tonne cold store": opener to site noun
CONJ_PREPS: Final = frozenset({"in", "near", "outside", "at"})
# (a plain "and" or comma is `place_lists` later-place's: "two mills in A and a line in B")
LINKS: Final = frozenset({":", "including", "plus"})
OPENERS: Final = frozenset({"a", "an", "its", "one", "two", "three", "four", "five", "six"})
LIST_ENDS: Final = frozenset(
    {";", "which", "that", "who", "whose", "where", "while", "but", "although", "though"}
    | {"said", "says", "after", "because", "since", "when", "for", "to", "from", "with"}
)


def held_conjunct_cues(lex: Lexicon) -> frozenset[str]:
    return HELD_VERBS


def held_conjuncts(s: Sentence) -> None:
    """Each verb of holding and the linked sites of its object list (module docstring)."""
    lows = s.lows
    for v in range(1, len(lows) - 6):
        if lows[v] not in HELD_VERBS:
            continue
        subj = subjects(s, v, True)
        if not subj or s.etypes(subj[0]) != {"Organization"}:
            continue
        for h in _linked_sites(s, v):
            at = place_after(s, h + 2)
            if at < 0 or no_site(s, h) or s.blocked(subj[0], at):
                continue
            for p in coord(s, at, +1):
                if s.etypes(p) == {"Location"} and not spread_sites(s, h, p):
                    s.emit(s.ment(subj[0]), ("LOCATED_IN",), s.ment(p), "located/held-more", 0.6)


def _linked_sites(s: Sentence, v: int) -> list[int]:
    """The site nouns after a link in the object list of the verb at v (not its first)."""
    lows = s.lows
    n = min(len(lows), v + LIST_SPAN)
    compound = _compound_nouns(s.lex)
    out: list[int] = []
    k = v + 2
    while k < n:
        w = lows[k]
        if w in LIST_ENDS or (w == M and s.etypes(k) != {"Location"}):
            break
        if w in OPENERS and (lows[k - 1] in LINKS or lows[k - 3 : k] == ["as", "well", "as"]):
            h = _site_at(lows, k + 1, n, compound)
            if h >= 0 and lows[h + 1] in CONJ_PREPS:
                out.append(h)
        k += 1
    return out


def _site_at(lows: list[str], k: int, n: int, compound: frozenset[str]) -> int:
    """The site noun (a compound's last) within `SITE_GAP` words from k, else -1."""
    for h in range(k, min(n - 1, k + SITE_GAP)):
        if lows[h] == M or not lows[h].replace("-", "").replace(",", "").isalnum():
            return -1
        if lows[h] in compound:
            while h + 1 < n and lows[h + 1] in compound:
                h += 1
            return h if lows[h] in SITE_NOUNS or lows[h] in compound else -1
    return -1
