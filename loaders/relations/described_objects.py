"""Objects named in apposition to a description: "bought the maker of Velora, Kessel Bio",
"invested in Norway's largest salmon carrier, Lofoten Shipping", "sued the publisher of the
Daily Lark, Castle Press". The name after the comma is the object, not the name inside the
description (a product, a place)."""

from __future__ import annotations

from loaders.project_heads import project_head
from loaders.relations.model import Sentence
from loaders.relations.nav import descriptor_noun
from loaders.relations.words import AND_OR, ARTICLES, OBJ_STOP, POSSESSIVE_MARKS, PREPOSITIONS, M

NOT_ORG = frozenset({"Product", "Location", "Person"})
NOT_PROJECT = frozenset({"Organization", "Location", "Person"})


def apposed_object(s: Sentence, e: int, obj: int) -> int:
    """The name apposed to the description that holds `obj` (the first name after the verb
    ending at e, or -1 when that is further than the verb's gap), else -1."""
    if obj < e:
        obj = _described_name(s, e)
    if obj < e:
        return -1
    if _of_description(s, e, obj) or _place_description(s, e, obj):
        return _apposed_name(s, obj)
    return -1


def _described_name(s: Sentence, e: int) -> int:
    """The first name after "the maker of (the)" that opens at e, else -1."""
    lows = s.lows
    p = next((x for x in range(e + 1, min(len(lows) - 1, e + 6)) if lows[x] == "of"), -1)
    m = p + 1 + (lows[p + 1] in ARTICLES) if p > 0 else -1
    return m if 0 < m < len(lows) and lows[m] == M and not s.is_det(m) else -1


def _of_description(s: Sentence, e: int, obj: int) -> bool:
    """ "the maker of X", "the owner of the X brand": an article, a few words, a descriptor
    noun and "of" before the name."""
    lows = s.lows
    p = obj - 1 - (lows[obj - 1] in ARTICLES)
    if p - 1 <= e or lows[p] != "of" or not descriptor_noun(s, lows[p - 1]):
        return False
    if lows[e] not in ARTICLES or p - e > 5:
        return False
    return all(lows[x].isalpha() and lows[x] not in PREPOSITIONS for x in range(e + 1, p))


def _place_description(s: Sentence, e: int, obj: int) -> bool:
    """ "Norway's largest salmon carrier": a place's, a few words, a descriptor noun."""
    lows = s.lows
    n = len(lows)
    if obj + 2 >= n or lows[obj + 1] != "'s" or "Location" not in s.etypes(obj):
        return False
    q = obj + 2
    while q < n and q - obj <= 5 and lows[q].isalpha() and lows[q] not in PREPOSITIONS:
        q += 1
    return q > obj + 2 and q < n and lows[q] == "," and descriptor_noun(s, lows[q - 1])


def _apposed_name(s: Sentence, obj: int) -> int:
    """The organization after the comma that closes the description: ", Kessel Bio," or
    ", Kessel Bio for $1bn"; not the first of a list ("the maker of A, B and C")."""
    lows = s.lows
    n = len(lows)
    c = obj + 1
    while c < n and c - obj <= 4 and lows[c] != "," and lows[c] not in OBJ_STOP:
        if lows[c] == M or lows[c] in PREPOSITIONS:
            return -1
        c += 1  # "the Crumbly biscuit brand", "Norway's largest salmon carrier"
    a = c + 1
    if c >= n or lows[c] != "," or a >= n or lows[a] != M or s.is_det(a):
        return -1
    if NOT_ORG.intersection(s.etypes(a)):
        return -1
    after = lows[a + 1] if a + 1 < n else "."
    if after in AND_OR or (after not in OBJ_STOP and after not in PREPOSITIONS):
        return -1
    return a


def possessed_project(s: Sentence, e: int) -> int:
    """ "fund its next scheme, Tidewater", "pay for Halden's new site, the Helvik storage
    project": the project apposed to a possessed description right after the verb ending at e
    (a possessor, up to three plain words, a comma, the name typed Project), or the possessed
    project itself ("finance Vantor's Skelby battery park"), else -1."""
    lows = s.lows
    n = len(lows)
    if e >= n or lows[e] != M:
        return -1
    q = e + 1
    if not s.is_det(e):
        if q >= n or lows[q] not in POSSESSIVE_MARKS:
            return -1
        q += 1
    start = q
    while q < n and q - start < 3 and lows[q].isalpha() and lows[q] not in PREPOSITIONS:
        q += 1
    if q < n and lows[q] == M and not s.is_det(q) and _project_named(s, q):
        return q  # "is financing Vantor's (new) Skelby battery park": the project itself
    a = q + 1 + (q + 1 < n and lows[q + 1] in ARTICLES)
    if q == start or q >= n or lows[q] != "," or a >= n or lows[a] != M or s.is_det(a):
        return -1
    if s.etypes(a) != {"Project"}:
        return -1
    z = a + 1 + project_head(s.lex.heads, lows, a + 1)  # "the Tidewater project"
    after = lows[z] if z < n else "."
    return a if after in OBJ_STOP or after in PREPOSITIONS or after == "," else -1


def _project_named(s: Sentence, q: int) -> bool:
    """The name at q is a project: typed so, or not an organization, person or place and
    followed by a project head noun ("Skelby battery park", "the Tarn dam")."""
    types = s.etypes(q)
    if types == {"Project"}:
        return True
    return types.isdisjoint(NOT_PROJECT) and project_head(s.lex.heads, s.lows, q + 1) > 0
