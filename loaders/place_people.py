"""A people or an adjective made from a known place's name: no entity (round 37, `ents`).

"selling trips to retired Germans", "Relations with the Bavarians", "the club's cramped
Victorian ground", "a Galician dairy": a plural of "-an" whose place the gazetteer knows is the
place's people; the singular is its adjective where a lower-case word follows it. A name of
several words ("Victorian Plumbing"), or one a capitalized word or a verb reading follows
("Meridian said"), stays a name.

>>> [people_of_place(w, nxt, {"since"}) for w, nxt in [("Germans", "."), ("Victorian", "ground"),
...     ("Victorian", "said"), ("Evans", "."), ("Meridian", "pens"), ("Meridian", "since")]]
[True, True, False, False, False, False]

Round 42 (`ents`) reads the variants it left out: a plural noun no object follows ("Umbrian
olive growers said", "90 Namibian dollars a week"), a hyphened compound ("a Galician
floor-tile maker"), the place less its "-y" or "-a" ("Tuscan wine", "Antarctic cruises") and a
people in "-ites".

>>> [people_of_place(w, nxt, {"since"}, after) for w, nxt, after in [
...     ("Lombard", "owns", "a"), ("Tuscan", "growers", "said"), ("Tuscan", "owns", "the"),
...     ("Galician", "floor-tile", "maker"), ("Antarctic", "cruises", "."),
...     ("Meridian", "pens", "")]]
[False, True, False, True, True, False]

"a" after a plural reads as a quantity only after a number ("90 Namibian dollars a week"); a
verb or its lead after the word makes it a name ("Saxon could sell", "Breton bought"):

>>> [people_of_place("Namibian", "dollars", {"since"}, "a", Reading(counted=True)),
...  people_of_place("Saxon", "bought", {"since"}, "two", Reading(frozenset({"bought"})))]
[True, False]
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Final

from loaders.gazetteer import one_word_places

VERBISH: Final = frozenset({"and", "or", "has", "had", "will", "would", "said", "is", "was"})
# words that open a verb's object ("Meridian owns the mill"; not "dollars a day")
OBJECT_OPENERS: Final = frozenset({"the", "its", "their", "his", "her", "this", "that"})
# what may close a plural after the adjective: the sentence's end ("") or a mark ("Tuscan
# growers, ...")
PLURAL_CLOSERS: Final = frozenset({"", ".", ",", ";", ":"})


@dataclass(frozen=True)
class Reading:
    """What the sentence says around the adjective: `verbs`, the words that read as a verb or
    lead one after a name ("also", "could", "bought", "expects"); `counted`, a number before
    the adjective ("90 Namibian dollars a week")."""

    verbs: AbstractSet[str] = frozenset()
    counted: bool = False


PLAIN: Final = Reading()


def _place_stems(word: str) -> set[str]:
    """The names a place's people or adjective ending in "-an" is made from: "german" from
    "germany", "italian" from "italy", "bavarian" from "bavaria", "victorian" from "victoria",
    "jordanian" from "jordan" (not "-ian" from "-a": "Meridian" is no adjective of Mérida)."""
    base = word[:-2]  # "germ", "itali", "bavari", "victori", "canadi", "jordani"
    return {word + "y", base[:-1] + "y", base + "a", base, base[:-1]}


def people_of_place(
    word: str,
    following: str,
    stopwords: AbstractSet[str],
    after: str = "",
    reading: Reading = PLAIN,
) -> bool:
    """One capitalized word made from a known place ("-an", "-ans", "-ites", or the place
    without its "-y" or "-a": "Tuscan", "Antarctic"): always a people in the plural, an
    adjective in the singular before a lower-case word (`after` is the word after that one;
    `reading` as for `modifies`)."""
    low = word.lower()
    if not low.isalpha():
        return False
    if low.endswith(("ites", "ans")):
        return bool(_people_stems(low) & one_word_places())
    if low.endswith("an"):
        stems = _place_stems(low) if len(low) >= 6 else set()
    else:
        stems = _short_stems(low)
    if not stems & one_word_places():
        return False
    return modifies(following, after, stopwords, reading)


def _people_stems(low: str) -> set[str]:
    """The places a people's plural is made from: "germans", "bavarians", "keralites"."""
    if low.endswith("ites"):
        base = low[:-4]  # "kerala" -> "keral-ites", "kosovo" -> "kosov-ites"
        return {base + "a", base + "o", base} if len(base) >= 4 else set()
    return _place_stems(low[:-1]) if len(low) >= 7 else set()


def _short_stems(low: str) -> set[str]:
    """A place's adjective that drops its last letter: "lombard" (Lombardy), "saxon" (Saxony),
    "antarctic" (Antarctica); a plain "-an" word is read by `_place_stems`."""
    if len(low) < 5:
        return set()
    return {low + "y"} if not low.endswith("ic") else {low + "a"}


def modifies(
    following: str, after: str, stopwords: AbstractSet[str], reading: Reading = PLAIN
) -> bool:
    """A lower-case noun follows the adjective: one word or a hyphened compound ("Tuscan
    wine", "a Galician floor-tile maker"), or a plural no object follows ("Moravian
    growers said", not "Meridian owns the mill"). A word of `reading.verbs` (a verb or the
    word that leads one: "Lombard also owns", "Saxon could sell", "Breton bought", "Victorian
    expects") makes the word before it a name, the verb's subject."""
    if not following.islower() or not following.replace("-", "").isalpha():
        return False
    if following in VERBISH or following in reading.verbs:
        return False
    if "-" in following:
        return True  # "a Galician floor-tile maker", "a Florentine leather-goods house"
    if following.endswith("s") and not following.endswith("ss"):
        return _plural_noun(after, stopwords, reading.counted)
    if following in stopwords and following not in VERBISH:  # "Moravian winter wheat"
        return after.islower() and after.isalpha() and after not in stopwords
    return not _verbish(following, stopwords)


def _plural_noun(after: str, stopwords: AbstractSet[str], counted: bool) -> bool:
    """The word after a plural-looking word lets it be a noun, not a verb with its object:
    punctuation, a verb or a preposition ("growers said", "cruises from", "mines were"), not
    an object ("owns the mill", "reports losses", "owns a third"); "a" only after a number
    ("90 Namibian dollars a week")."""
    if after in PLURAL_CLOSERS:
        return True
    if not after[:1].islower() or after in OBJECT_OPENERS:
        return False
    if after in ("a", "an"):
        return counted
    # a plural object after a verb in "-s" ("sells cruises"); a stop-word is no object
    return after in stopwords or not (after.endswith("s") and not after.endswith("ss"))


def _verbish(word: str, stopwords: AbstractSet[str]) -> bool:
    """A lower-case word reading as a verb, a clause's start or a preposition after a name
    ("Meridian said", "Meridian has", "Meridian and", "chaired Meridian since")."""
    return word.endswith(("ed", "s")) or word in VERBISH or word in stopwords
