"""Organizations a text introduces without a name, which a later description may mean.

"Portan Bank lent money to Greywell Homes and to a regional airline. The airline is based in
Leeds": the airline is the unnamed one, not Portan Bank. `indefinite_heads` finds the head nouns
of such indefinite noun phrases ("a regional airline", "an Italian supplier", "a robotics
startup"); `loaders.article` leaves a later "the airline" unresolved when no named candidate
matches its noun and one of these came just before.

Not unnamed: an appositive or a predicate that describes a name ("Pinecone, a startup", "X is
a startup"), a phrase that goes on to give the name ("a startup called X", "a supplier,
Brisco,"), or one with a name inside it ("a Talbot customer").
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

from loaders.lexicon import Lexicon
from loaders.non_names import data_words
from loaders.relations.words import COPULAS, INDEFINITE_ARTICLES, NAMING_PARTICIPLES

DESCRIBING = frozenset({",", "as", "like", "become", "became", "becomes", "remain", "remains"})
MODIFIER_REACH: Final = 3  # words between the article and the head noun


Named = tuple[tuple[str, ...], int, bool]  # the phrase's words, the name's edge, after it


def indefinite_heads(
    lows: list[str], covered: AbstractSet[int], places: AbstractSet[int], lex: Lexicon
) -> tuple[dict[str, int], list[Named]]:
    """The organization head nouns of a sentence's indefinite noun phrases that name no
    entity, each with its position (see the module docstring; generic nouns such as "a
    company" left out); and the phrases that describe a name, as (their words, the name's
    edge, whether the name comes after): "a startup called Mossgrove Labs" (the name starts
    at the edge), "Venn Bakeries is a family-owned business" (the name ends at the edge).
    `covered` holds the positions of names, `places` those of places, which may modify the
    noun ("an Italian carrier")."""
    unnamed: dict[str, int] = {}
    named: list[Named] = []
    if "a" not in lows and "an" not in lows:
        return unnamed, named
    for k in range(len(lows) - 1):
        if lows[k] not in INDEFINITE_ARTICLES:
            continue
        head = _head(lows, k + 1, covered - places, lex)
        if head is None:
            continue
        words = tuple(lows[k + 1 : head + 1])
        before = _described(lows, k)
        if before >= 0:  # "Pinecone, a startup", "X is now a startup", "as a supplier"
            named.append((words, before, False))
            continue
        if _describing(lows, k):
            continue
        name = _named_after(lows, head + 1, covered)
        if name >= 0:
            named.append((words, name, True))
        elif lows[head] not in data_words(lex, "generic_heads"):
            unnamed[lows[head]] = head
    return unnamed, named


def _described(lows: list[str], k: int) -> int:
    """The end of the name an indefinite phrase at k describes as an appositive or after a
    copula ("Venn, a", "Venn is a", "Venn is now a"), else -1."""
    if k >= 1 and lows[k - 1] == ",":
        return k - 1
    for b in (k - 1, k - 2):
        if b >= 0 and lows[b] in COPULAS:
            return b if b == k - 1 or lows[k - 1].isalpha() else -1
    return -1


def _describing(lows: list[str], k: int) -> bool:
    """The article at k follows a comma, a copula or "as" (skipping one adverb)."""
    for b in (k - 1, k - 2):
        if b >= 0 and (lows[b] in DESCRIBING or lows[b] in COPULAS):
            return True
    return False


def _head(lows: list[str], p: int, covered: AbstractSet[int], lex: Lexicon) -> int | None:
    """The position of the organization noun that ends the phrase starting at p, when no name
    stands in it ("a Talbot customer") and nothing but words comes first ("a $5m round")."""
    n = len(lows)
    for q in range(p, min(n, p + MODIFIER_REACH + 1)):
        w = lows[q]
        if q in covered or not (w.isalpha() or "-" in w):
            return None
        if organization_word(lex, w):
            while q + 1 < n and q + 1 not in covered and organization_word(lex, lows[q + 1]):
                q += 1  # "a shipping carrier", "a private equity firm"
            return q
    return None


def organization_word(lex: Lexicon, w: str) -> bool:
    """A one-word description of an organization ("airline", "startup", "supplier")."""
    hit = lex.anaphora.match([w], 0) if w in lex.anaphora else None
    return hit is not None and hit[0] == 1 and hit[1] == "Organization"


def _named_after(lows: list[str], e: int, covered: AbstractSet[int]) -> int:
    """ "a startup called X", "a supplier, Brisco,", "a startup X": the position of the name
    the phrase ending before e goes on to give, else -1."""
    n = len(lows)
    k = e
    if k < n and lows[k] in (",", "("):
        k += 1
    if k < n and lows[k] in NAMING_PARTICIPLES:
        k += 1 + (k + 1 < n and lows[k + 1] == "as")
    return k if k < n and k in covered else -1


THING_VERBS: Final = frozenset(
    {"is", "was", "will", "would", "has", "had", "could", "can", "may", "might", "must"}
    | {"should", "needs", "needed", "remains", "faces", "faced"}
)


def thing_subject(lows: list[str], starts: AbstractSet[int]) -> bool:
    """The sentence opens with a singular noun phrase that names no entity ("The deal was
    signed in March", "The new flour mill will open in Kano"): the thing a next sentence's
    "It" most likely means."""
    if not lows or lows[0] != "the" or 0 in starts:
        return False
    for k in range(1, min(len(lows) - 1, 6)):
        if k in starts or not (lows[k].isalpha() or "-" in lows[k]):
            return False
        if lows[k + 1] in THING_VERBS:
            return not plural_noun(lows[k])
    return False


def plural_noun(word: str) -> bool:
    """The noun reads as a plural: "-s" but not "-ss" ("mills", not "glass")."""
    return word.endswith("s") and not word.endswith("ss")
