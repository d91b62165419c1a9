"""A people or an adjective made from a known place's name: no entity (round 37, `ents`).

"selling trips to retired Germans", "Relations with the Bavarians", "the club's cramped
Victorian ground", "a Galician dairy": a plural of "-an" whose place the gazetteer knows is the
place's people; the singular is its adjective where a lower-case word follows it. A name of
several words ("Victorian Plumbing"), or one a capitalized word or a verb reading follows
("Meridian said"), stays a name.

>>> [people_of_place(w, nxt, {"since"}) for w, nxt in [("Germans", "."), ("Victorian", "ground"),
...     ("Victorian", "said"), ("Evans", "."), ("Meridian", "pens"), ("Meridian", "since")]]
[True, True, False, False, False, False]
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

from loaders.gazetteer import one_word_places

VERBISH: Final = frozenset({"and", "or", "has", "had", "will", "would", "said", "is", "was"})


def _place_stems(word: str) -> set[str]:
    """The names a place's people or adjective ending in "-an" is made from: "german" from
    "germany", "italian" from "italy", "bavarian" from "bavaria", "victorian" from "victoria",
    "jordanian" from "jordan" (not "-ian" from "-a": "Meridian" is no adjective of Mérida)."""
    base = word[:-2]  # "germ", "itali", "bavari", "victori", "canadi", "jordani"
    return {word + "y", base[:-1] + "y", base + "a", base, base[:-1]}


def people_of_place(word: str, following: str, stopwords: AbstractSet[str]) -> bool:
    """One capitalized word ending in "-an" (or "-ans") made from a known place: always a
    people in the plural, an adjective in the singular before a lower-case word."""
    low = word.lower()
    plural = low.endswith("ans")
    stem = low[:-1] if plural else low
    if not stem.endswith("an") or len(stem) < 6 or not stem.isalpha():
        return False
    if not _place_stems(stem) & one_word_places():
        return False
    if plural:
        return True
    return following.islower() and following.isalpha() and not _verbish(following, stopwords)


def _verbish(word: str, stopwords: AbstractSet[str]) -> bool:
    """A lower-case word reading as a verb, a clause's start or a preposition after a name
    ("Meridian said", "Meridian has", "Meridian and", "chaired Meridian since")."""
    return word.endswith(("ed", "s")) or word in VERBISH or word in stopwords
