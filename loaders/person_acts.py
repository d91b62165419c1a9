"""A person's act that opens a sentence, and whether a next opening "It" means it.

"Her appointment to run the new plant angered two directors. It was backed by A": "It" is the
appointment, so A backs no firm. `persons_act` finds the act's noun ("appointment") in the
sentence before; `act_it` tells whether the "It" sentence says what is said of an act: a past
passive of judging or deciding ("It was welcomed by", "It was blocked by"), or, after an act of
money ("His purchase of two ships"), a past passive of paying ("It was financed by"). What is
said of a firm ("It owns", "It is owned by", "It was sued by", "It is backed by") keeps the firm.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

from loaders.relations.money_amounts import MONEY_RE
from loaders.relations.words import (
    ACT_PARTICIPLES,
    ARTICLES,
    MADE_ACT_NOUNS,
    MONEY_ACT_NOUNS,
    MONEY_ACT_PARTICIPLES,
    PERSON_POSSESSIVES,
)
from loaders.unnamed_refs import THING_VERBS, plural_noun

ACT_REACH: Final = 10  # words from "Her" to the verb of "Her appointment to run ... angered"
# the words of a past passive after "It": "It was", "It has been", "It had later been"
PAST_AUXILIARIES: Final = frozenset({"was", "has", "had", "been"})
ACT_ADVERBS: Final = frozenset({"also", "later", "then", "quickly", "swiftly", "widely", "first"})
# an attempt, not an act of money: "His bid to expand abroad", "Her offer to step down"
ATTEMPT: Final = "attempt"


def persons_act(lows: list[str], starts: AbstractSet[int]) -> str:
    """ "Her appointment to run the new plant angered two directors", "His decision was
    final": the noun of a person's act (`made_act_nouns`) that opens the sentence, else "";
    a name before the verb ("His move to Orvel was") or a plural head give none."""
    if len(lows) < 3 or lows[0] not in PERSON_POSSESSIVES:
        return ""
    head = lows[1]
    if head not in MADE_ACT_NOUNS or plural_noun(head):
        return ""  # "His company was sold", "Her son": the firm or a person
    if head in MONEY_ACT_NOUNS and _to_verb(lows, starts):
        head = ATTEMPT  # "His bid to expand abroad was endorsed": no money changed hands
    for k in range(2, min(len(lows), ACT_REACH)):
        if k in starts or lows[k] in (",", ";", "and"):
            return ""
        if lows[k] in THING_VERBS or (lows[k].endswith("ed") and len(lows[k]) > 4):
            return head
    return ""


def act_it(lows: list[str], i: int, act: str) -> bool:
    """The "It" at i is said to be what an act named `act` would be: "It was welcomed by",
    "It has been challenged by"; "It was financed by" after an act of money only."""
    p = i + 1
    if p >= len(lows) or lows[p] not in PAST_AUXILIARIES:
        return False  # "It owns", "It is backed by": the firm
    while p < len(lows) and (lows[p] in PAST_AUXILIARIES or lows[p] in ACT_ADVERBS):
        p += 1
    if p >= len(lows) or lows[p - 1] not in ("was", "been"):
        return False  # "It has mines", "It had 900 staff"
    w = lows[p]
    money_act = act in MONEY_ACT_NOUNS
    if w in MONEY_ACT_PARTICIPLES:
        return money_act
    if w not in ACT_PARTICIPLES:
        return False
    # "It was backed by C Bank, which lent 40m euros": money backs the firm, unless the act
    # itself was one of money ("His purchase ... It was backed by V Bank with $5m")
    return money_act or not any(MONEY_RE.match(x) for x in lows[p + 1 :])


def _to_verb(lows: list[str], starts: AbstractSet[int]) -> bool:
    """The act's noun is followed by "to" and a bare verb: "His bid to expand", not "Her
    payment to the union" or "His offer to Orvel"."""
    return (
        len(lows) > 3
        and lows[2] == "to"
        and 3 not in starts
        and lows[3].isalpha()
        and lows[3] not in ARTICLES
    )
