"""A site where its holder makes things: "Tarvo Mills grinds 900 tonnes of oats a day at its mill
in Kelby", "the company welds some 40 trailers each week at its works in Orrel", "Brisa
bottles oil at plants in Oddby and Kelvin".

The verb of making (`making_verbs` in `loaders/data/places.yaml`) is the site's verb: its
subject holds the site, however long the goods between them, as the subject of "runs" or
"operates" holds the site it runs (`site_guards.site_verb`). The site follows "at" past an
owner, a number and modifiers; a name between the verb and "at" stops the reading ("makes
parts for Kelby at its plant in C" is read elsewhere), and so do a comma that opens no list
("makes 40 sauces, sold at shops in C") and a noun of a business tie as the verb's own subject
("X said customers make kits at depots in C").

>>> MAKING_VERBS >= {"grinds", "assembles", "brews"}
True
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import word_set
from loaders.non_names import NonNames
from loaders.relations.model import Sentence
from loaders.relations.site_modifiers import site_preposition
from loaders.relations.words import BE_FORMS, PUNCT_STOP, SKIP_DETS, M

MAKING_VERBS: Final[frozenset[str]] = word_set(place_data()["making_verbs"]) | word_set(
    place_data()["bare_making_verbs"]
)
GOODS_WORDS: Final = 12  # "presses roughly 600 tonnes of rapeseed and flax every week"
GOODS_STOPS: Final[frozenset[str]] = frozenset(
    {"or", "but", "which", "who", "that", "where", "while", "with", "by"}
    | {"said", "says", "at", "in"}
)
# words after "and" or a comma that open a clause of their own, not one more of the goods
CLAUSE_OPENERS: Final[frozenset[str]] = frozenset(
    {"and", "it", "they", "we", "he", "she", "its", "their", "then", "also", "now"}
)
# what after "and" or a comma opens no further goods: an article, a stop, a clause word
NOT_GOODS: Final[frozenset[str]] = SKIP_DETS | GOODS_STOPS | CLAUSE_OPENERS


def making_verb(s: Sentence, k: int) -> int:
    """The verb of making whose goods are made "at" the site noun at k ("grinds oats at its
    mill in C", "welds 40 trailers each week at its works in C"), else -1."""
    lows = s.lows
    a = site_preposition(lows, k, "at", lambda b: _site_modifier(s, b))
    if a < 1:
        return -1
    for v in range(a - 1, max(-1, a - 1 - GOODS_WORDS), -1):
        w = lows[v]
        if w in MAKING_VERBS:
            if v >= 1 and lows[v - 1] in BE_FORMS:
                return -1  # "the vans are built at a plant in C": whose plant?
            if v >= 1 and lows[v - 1] in NonNames.of(s.lex).ties:
                return -1  # "X said customers make kits at depots in C": theirs, not X's
            return v if v + 1 < a else -1  # goods between the verb and "at"
        if w == M and s.is_det(v):
            continue  # "builds its own vans at"
        if w in ("and", ","):
            if not _listed_goods(lows, v) or (w == "," and "and" not in lows[v + 1 : a]):
                return -1  # "makes 40 sauces, sold at shops in C": no list, a participle
            continue
        if w == M or w in GOODS_STOPS or w in PUNCT_STOP:
            return -1
        if not _plain_word(w):
            return -1
    return -1


def _site_modifier(s: Sentence, b: int) -> bool:
    """An article, an owner's pronoun or a plain word before the site noun ("at its two new
    plants"); not a name ("at Kelby's plant": a named owner is read elsewhere)."""
    w = s.lows[b]
    if w == M:
        return s.is_det(b)
    return w in SKIP_DETS or _plain_word(w)


def _plain_word(w: str) -> bool:
    """A word or a number ("7,500", "1.2", "oak-aged")."""
    return w.replace("-", "").replace(",", "").replace(".", "").isalnum()


def _listed_goods(lows: list[str], v: int) -> bool:
    """The "and" or comma at v joins goods ("makes ploughs, harrows and drills at"): a plain
    word after it, no article, pronoun or clause word that would open a clause of its own."""
    nxt = lows[v + 1] if v + 1 < len(lows) else "."
    return nxt.isalpha() and nxt not in NOT_GOODS
