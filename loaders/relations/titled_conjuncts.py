"""Holders coordinated before a titled name: "Dr Ana Roe and Dr Ivo Lund will keep 14% between
them" (both keep it). `nav.coord` walks left from a name over separators, so a title before the
name it starts from ("Dr", "Mr", "Ms") stops it; here the walk starts again past that title.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.nav import coord, prep_before
from loaders.relations.words import COMMA_AND, PREPOSITIONS, M

TITLE_REACH: Final = 2  # title words before a name ("Dr", "Dr ." as tokens)
# words before a title that name no department: "the", "its", "former", ...
TITLE_STOPS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "former", "then", "now", "new"}
)
# a holding verb in the singular: its subject is one holder ("B, which owns 15%"; "promoted A
# and finance director B holds 10%": the "and" joins clauses, A holds nothing)
SINGULAR_HOLDS: Final[frozenset[str]] = frozenset(
    {"owns", "holds", "has", "controls", "retains", "keeps"}
)


def conjuncts_before(s: Sentence, k: int) -> list[int]:
    """The names coordinated before the name at k, with k (`nav.coord` leftwards), also past a
    title before each name; none when a singular verb follows the name ("A and B holds")."""
    if s.lows[k + 1 : k + 2] and s.lows[k + 1] in SINGULAR_HOLDS:
        return [k]
    out = coord(s, k, -1)
    while True:
        p = _past_title(s, min(out))
        if p == min(out) or p < 2 or s.lows[p - 1] not in COMMA_AND or s.lows[p - 2] != M:
            return sorted(out)
        if not s.etypes(p - 2) & s.etypes(k) or s.is_det(p - 2) or _governed(s, p - 2):
            return sorted(out)  # "bought it from Dr A and Dr B holds 14%": not A
        out = coord(s, p - 2, -1) + out


def _governed(s: Sentence, m: int) -> bool:
    """A preposition governs the name at m, past its titles ("from Dr Ana Roe")."""
    q = _past_title(s, m)
    return prep_before(s, m) or (q >= 1 and s.lows[q - 1] in PREPOSITIONS)


def _past_title(s: Sentence, m: int) -> int:
    """The first word of the titles right before the name at m ("Dr", "Dr ."), else m."""
    lows, titles, abbreviations = s.lows, s.lex.titles, s.lex.abbreviations
    p = m
    while p > 0 and m - p < TITLE_REACH:
        w = lows[p - 1]
        if w in titles or w in abbreviations or (w == "." and p > 1 and lows[p - 2] in titles):
            p -= 1
        else:
            break
    if p < m and p > 1 and lows[p] in titles and _title_modifier(lows[p - 1]):
        p -= 1  # "finance director Ivo Lund": a department before the title
    return p


def _title_modifier(w: str) -> bool:
    """A lower-case word that may name a title's department ("engineering", "finance")."""
    return w.isalpha() and w not in COMMA_AND and w not in PREPOSITIONS and w not in TITLE_STOPS
