"""Which name a seat belongs to, and which place it is in (precplaces18).

"Kelda Dairy bought Tarsa Foods, based in Lewes" puts Tarsa Foods in Lewes, never the buyer;
"Tarsa Foods and Kelda Dairy, based in Lyon" puts only Kelda Dairy there, the whole
coordination only after a distributive word ("A and B, both based in Lyon"); "competes with
Tiverly, a processor based in Lecce" puts Tiverly there, the name the appositive describes.
The words are data: `set_off_seats` and `set_off_distributives` in `loaders/data/places.yaml`.

A part of a town named before the town ("a store in the Marais district of Paris") places the
site in the town the gazetteer lists (`town_parts`).
"""

from __future__ import annotations

from loaders.gazetteer import city_names, place_data
from loaders.lexicon import word_set
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.words import INDEFINITE_ARTICLES, M

_DATA = place_data()
SET_OFF_SEATS: frozenset[str] = word_set(_DATA["set_off_seats"])
DISTRIBUTIVES: frozenset[str] = word_set(_DATA["set_off_distributives"])
TOWN_PARTS: frozenset[str] = word_set(_DATA["town_parts"])
SEAT_ADVERBS: frozenset[str] = frozenset({"also", "now", "still", "currently", "formerly"})
HEAD_WORDS = 4  # "a small family-owned cheese processor based in"


def set_off_holder(s: Sentence, k: int) -> list[int] | None:
    """The holder of the seat participle at k when a comma sets it off ("Y, based in P"):
    the name before the comma, or its coordination after "both"; [] when a place or people
    ("Kelda's lawyers, based in P") stand before the comma (nothing is read); None when the
    participle is not set off or another word stands there."""
    lows = s.lows
    if lows[k] not in SET_OFF_SEATS:
        return None
    p = k - 1
    spread = False
    while p >= 0 and (lows[p] in DISTRIBUTIVES or lows[p] in SEAT_ADVERBS):
        spread = spread or lows[p] in DISTRIBUTIVES
        p -= 1
    if p >= 1 and lows[p] != "," and not spread:
        return _apposed_name(s, p)
    if p < 1 or lows[p] != ",":
        return None
    h = p - 1
    if lows[h] != M:
        if s.person_head(lows[h]) or s.person_head(lows[h].rstrip("s")):
            return []  # "Kelda's lawyers, based in P": the people are there
        return None  # "a maker of cheese, based in P": left to the subject search
    if "Location" in s.etypes(h):
        return []  # "opened a plant in Lyon, based in ...": no holder named
    return sorted(coord(s, h, -1)) if spread else [h]


def _apposed_name(s: Sentence, p: int) -> list[int] | None:
    """ "Tiverly, a processor based in P": an indefinite head noun at p ending an appositive
    right after a name; the name (a person too: "Ann Vole, a lawyer based in P" places no
    firm), else None."""
    lows = s.lows
    a = p
    while a >= 0 and p - a < HEAD_WORDS and lows[a] not in INDEFINITE_ARTICLES:
        if not lows[a].replace("-", "").isalpha():
            return None
        a -= 1
    if a < 2 or lows[a] not in INDEFINITE_ARTICLES or lows[a - 1] != "," or lows[a - 2] != M:
        return None
    h = a - 2
    if s.is_det(h) or "Location" in s.etypes(h):
        return None
    return [h]


def town_of_part(s: Sentence, cand: list[int]) -> list[int]:
    """ "in the Marais district of Paris": the town (a gazetteer city) after the part named at
    cand, when the part is none; else cand."""
    lows = s.lows
    m = cand[-1]
    if len(cand) != 1 or m + 3 >= len(lows) or lows[m + 1] not in TOWN_PARTS:
        return cand
    t = m + 3
    if lows[m + 2] != "of" or lows[t] != M or "Location" not in s.etypes(t):
        return cand
    cities = city_names()
    town, part = s.ment(t).ids[0], s.ment(m).ids[0]
    if town.replace("-", " ") in cities and part.replace("-", " ") not in cities:
        return [t]
    return cand
