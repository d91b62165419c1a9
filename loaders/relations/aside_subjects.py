"""The subject of a main verb past an aside that names another entity.

"Pellick Fund, the fund that holds 5% of Vinsk-based Dunmarsh, had pressed shareholders to vote
against Tuckwell", "Greenbud, a subsidiary of the food group Almhof, produces cereals",
"Zentro, which is owned by Harwane Group, accused Ofdex": the name nearest the verb sits inside
an aside (", which ...," / ", the fund that ...," / ", a subsidiary of ...,") set off after the
sentence's subject; the verb after the closing comma is the subject's (Pellick Fund, Greenbud,
Zentro), never the inner name's.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.attach_guards import ASIDE_OPENERS
from loaders.relations.model import Sentence
from loaders.relations.words import (
    AMOUNT_STARTS,
    APPOSITIVE_DETS,
    ARTICLES,
    CLAUSE_STOP,
    NEARNESS_PREPS,
    PREPOSITIONS,
    PUNCT_STOP,
    RELATIVE_WH,
    M,
)

ASIDE_REACH: Final = 16  # words from the aside's opening comma to the inner name
TAIL_REACH: Final = 3  # words after the inner name before the closing comma ("bought in 2017")
# a relative aside ("Ana Berg, who founded Kelso, bought Y": Ana's purchase), as against a
# role appositive of a person, who may act for the firm it names
RELATIVE_ASIDES: Final = RELATIVE_WH | {"that"}
# words before a head that open the clause it is the subject of ("..., and when H, a unit of
# G, ...")
HEAD_OPENERS: Final[frozenset[str]] = frozenset(
    {"that", "when", "while", "after", "because", "since", "although", "but", "as", "—", "-"}
)


def set_off_head(s: Sentence, c: int, k: int, opening: int) -> int:
    """The head H of an aside "H, which/a/the ... <c> ...," that the name at c sits in, when
    the aside closes before the verb at k and only words without names or commas follow; H
    must open its clause (`opening`: the sentence's opening mention). Else -1."""
    lows = s.lows
    close = c + 1
    while close < k and close - c <= TAIL_REACH and lows[close].isalpha():
        close += 1
    if close >= k or lows[close] != ",":
        return -1
    if any(w == M or w == "," or w in PUNCT_STOP for w in lows[close + 1 : k]):
        return -1
    if lows[close + 1] in RELATIVE_ASIDES:
        return -1  # "the vehicle of founder P, who created X": a relative on P
    for q in range(c - 1, max(0, c - ASIDE_REACH) - 1, -1):
        w = lows[q]
        if w in PUNCT_STOP or (w in CLAUSE_STOP and w not in ASIDE_OPENERS):
            return -1
        if w != ",":
            continue
        head = q - 1
        if head < 0 or lows[head] != M or lows[q + 1] not in ASIDE_OPENERS:
            return -1
        if "Location" in s.etypes(head) or s.is_det(head):
            return -1
        if lows[q + 1] not in RELATIVE_ASIDES and "Person" in s.etypes(head):
            return -1  # "Ana Berg, the chief of Kelso, signed with Tarn": she acts for Kelso
        if head == opening or (head >= 1 and lows[head - 1] in HEAD_OPENERS):
            return head
        return -1
    return -1


DESCRIPTION_REACH: Final = 16  # words of a description from its determiner to the inner name
NESTED_PREPS: Final = 2  # prepositions that make a name a deep complement ("for members of G")


def described_antecedent(s: Sentence, b: int, r: int) -> int:
    """The head H of a description ", a/the ... <prep> [the] <b>" when the relative pronoun
    at r attaches past the name at b, which only completes the description: b modifies a
    noun before a contact "that" ("Misthaven, the oyster farm beside the Wendle landing that
    Kaizu bought": Misthaven), or b sits deep in prepositional phrases before ", which"
    ("Sunreach, a programme to install pumps for members of the Ndovu Council, which Kelvo
    launched": Sunreach). Else -1."""
    lows = s.lows
    p = b - 1 - (b >= 1 and lows[b - 1] in ARTICLES)
    if p < 4 or (lows[p] not in PREPOSITIONS and lows[p] not in NEARNESS_PREPS):
        return -1
    modified = lows[r] == "that" and r > b + 1 and all(w.isalpha() for w in lows[b + 1 : r])
    if not modified and not (lows[r] == "which" and r == b + 2 and lows[b + 1] == ","):
        return -1
    d, preps = p - 1, 1
    while d > 1 and p - d <= DESCRIPTION_REACH and lows[d] not in APPOSITIVE_DETS:
        w = lows[d]
        if w in RELATIVE_ASIDES or not (w.replace("-", "").isalnum() or w[:1] in AMOUNT_STARTS):
            return -1
        preps += w in PREPOSITIONS
        d -= 1
    if lows[d] not in APPOSITIVE_DETS or lows[d - 1] != "," or lows[d - 2] != M:
        return -1
    head = d - 2
    if s.is_det(head) or "Location" in s.etypes(head):
        return -1
    return head if modified or preps >= NESTED_PREPS else -1
