"""The name a description is of: a "whose" clause's ("X, whose ..." or "Orlen Tiles, a grout
maker from Kent whose founder ..."), place names in the description included; and the opening
name a long appositive before the verb describes ("Orlen Tiles, a grout maker whose kilns
that ... are cheap, raised ..."). Read by `whose_company`, the role rules and the rounds.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.nav import opening_mention
from loaders.relations.words import PUNCT_STOP, SKIP_DETS, M

APPOSED_WORDS: Final = 6  # words of a descriptor between the name's comma and "whose"
# prepositions placing the described name, whatever type the place got: "a grower from Kent"
PLACE_PREPS: Final[frozenset[str]] = frozenset({"in", "from", "near", "outside"})


def whose_antecedent(s: Sentence, w: int) -> int:
    """The name "whose" at w is said of: "X, whose", or the name an appositive describes,
    place names in it included ("X, the Bremen trawler owner whose"); else -1."""
    lows = s.lows
    if w >= 2 and lows[w - 1] == "," and lows[w - 2] == M:
        return w - 2
    return described_antecedent(s, w)


def described_antecedent(s: Sentence, w: int) -> int:
    """The name an appositive description running up to w describes: "X, a Leeds fund" +
    "whose"; else -1 (a name other than a place inside it, or no determiner opening it)."""
    lows = s.lows
    free = 0  # a place name's commas and parts, which the budget does not count
    for a in range(w - 1, 0, -1):
        if w - a > APPOSED_WORDS + free:
            return -1
        if lows[a] == M and "Location" not in s.etypes(a) and lows[a - 1] not in PLACE_PREPS:
            return -1  # "a Kell Group unit whose": whose unit is unclear
        if lows[a] in SKIP_DETS:
            ok = a >= 2 and lows[a - 1] == "," and lows[a - 2] == M
            return a - 2 if ok else -1
        if lows[a] == "," and _place_comma(s, a):
            free += 2  # "X, a Boise, Idaho, company whose": the comma and a part
            continue
        if lows[a] != M and not lows[a].replace("-", "").isalpha():
            return -1
    return -1


def _place_comma(s: Sentence, a: int) -> bool:
    """The comma at a closes or splits a place name's parts ("Boise, Idaho,")."""
    lows = s.lows
    after = a + 1 < len(lows) and lows[a + 1] == M and s.etypes(a + 1) == {"Location"}
    before = a >= 1 and lows[a - 1] == M and s.etypes(a - 1) == {"Location"}
    return after or before and a + 1 < len(lows) and lows[a + 1].isalpha()


def apposed_opening(s: Sentence, v: int) -> list[int]:
    """[the opening name] when the verb at v follows the comma closing an appositive that opens
    right after it ("X, a Leeds maker of kits that let shops ..., raised"); else []."""
    lows = s.lows
    first = opening_mention(s)
    if first < 0 or v < first + 4 or lows[v - 1] != "," or lows[first + 1] != ",":
        return []
    if lows[first + 2] not in SKIP_DETS or "Organization" not in s.etypes(first):
        return []
    if any(w in PUNCT_STOP for w in lows[first + 2 : v]):
        return []
    return [first]
