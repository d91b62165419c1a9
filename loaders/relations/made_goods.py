"""Goods made in a town without "its": the maker sits where it makes them.

- `bare-goods`: "Ostby Vans makes delivery vans in Graz", "Kell Brewery brews lager in Tarvo";
- after "has"/"have" and a participle: "Pallin Tiles has fired tiles in Namur since 1971".

The object is one to three lower-case words with no determiner ("makes its vans in" is
`place_lists.made_in`'s), none of them `not_goods` ("makes money in", "made inroads in"), and its
last word is goods (`made_goods`): not an adverb ("grows fastest in"), an abstract noun ("makes
headway", "builds relationships", "has built market share") or works built for a client where
it wants them ("builds roads in Nairobi", "builds houses in Leeds"); only a city of the gazetteer
is the place ("produces oil in Nigeria" names a footprint). The verbs and the goods are data:
`bare_making_verbs` and `made_goods` in `loaders/data/places.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import city_id, place_data
from loaders.grammar_words import PERFECT_AUX
from loaders.lexicon import Lexicon, word_set
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.place_lists import NOT_GOODS
from loaders.relations.words import M

BARE_MAKING_VERBS: Final[frozenset[str]] = word_set(place_data()["bare_making_verbs"])
MADE_GOODS: Final[frozenset[str]] = word_set(place_data()["made_goods"])
GOODS_WORDS = 3  # "makes electric delivery vans in"
MADE_PREPS: Final = frozenset({"in", "at"})


def bare_cues(lex: Lexicon) -> frozenset[str]:
    return BARE_MAKING_VERBS


def bare_goods(s: Sentence) -> None:
    """Each verb of making, its bare goods and the city after "in" (module docstring)."""
    lows = s.lows
    n = len(lows)
    for v in range(1, n - 3):
        w = lows[v]
        if w not in BARE_MAKING_VERBS or (not w.endswith("s") and lows[v - 1] not in PERFECT_AUX):
            continue  # "make" and participles only after "has": "to make", "vans made in"
        p = v + 1
        while p < n and p - v <= GOODS_WORDS and lows[p].isalpha() and lows[p] not in MADE_PREPS:
            if lows[p] in NOT_GOODS or lows[p] in s.lex.money_words or not _goods_word(s, p):
                p = n
            p += 1
        if p == v + 1 or p + 1 >= n or lows[p] not in MADE_PREPS or lows[p + 1] != M:
            continue
        if lows[p - 1] not in MADE_GOODS:
            continue  # "grows fastest in", "makes headway in", "builds roads in"
        place = p + 1
        if s.etypes(place) != {"Location"} or not city_id(s.ment(place).ids[0]):
            continue
        subj = subjects(s, v - (lows[v - 1] in PERFECT_AUX), True)
        if not subj or s.etypes(subj[0]) != {"Organization"} or s.blocked(subj[0], place):
            continue
        for at in coord(s, place, +1):  # "in Graz and Linz"
            if s.etypes(at) == {"Location"} and city_id(s.ment(at).ids[0]):
                s.emit(s.ment(subj[0]), ("LOCATED_IN",), s.ment(at), "made/bare-goods", 0.6)


# words that open no bare goods: a determiner, a pronoun, a particle ("makes sure", "made up")
NOT_BARE: Final = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "it", "them", "this", "that", "these"}
    | {"those", "some", "all", "most", "much", "up", "out", "sure", "clear", "good", "more"}
    | {"and", "or", "which", "who", "than", "as", "by", "for", "to", "on", "of", "with"}
)


def _goods_word(s: Sentence, p: int) -> bool:
    """A word of a bare object: no determiner, pronoun, particle or clause word ("makes a
    loss", "makes it in", "made up in")."""
    return s.lows[p] not in NOT_BARE
