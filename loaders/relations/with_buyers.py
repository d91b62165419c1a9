"""A purchase told in an absolute clause after "with" (round 28): "the chain grew quickly, with
Marl Retail buying Ostby Shoes in 2019", "with Harrow Foods acquiring Peltry Mills in 2017 and
Cobb Bakeries two years later". The named buyer right after "with" OWNS each thing named after
the gerund (an Organization or a Product).

The verb rules leave a mention after "with" as no subject (a companion: "teamed up with X"), so
this reading covers only its own shape: "with", the buyer (coordinated names allowed), the
gerund of `deals.with_buying` at once, then the thing within a few words; the "with" opens
the sentence or follows a comma ("unhappy with A buying X" is no report of it). Guards: a share
before the thing is the stake rules' ("with Marl buying a 20% stake in Ostby"), a hedge or
negation in between blocks it, and a denial before "with" too.
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.lexicon import read_data
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, right
from loaders.relations.words import M

_GERUNDS: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(str(p).lower().split()) for p in read_data("deals.yaml")["with_buying"]
)
CUES: Final[frozenset[str]] = frozenset({"with"})
# words of a share before the thing: the stake rules read "buying a 20% stake in X"
_SHARE_WORDS: Final[frozenset[str]] = frozenset(
    {"stake", "stakes", "share", "shares", "holding", "interest", "%", "percent", "half", "cent"}
)
# review 28: the thing must be the gerund's own object: no preposition before it ("buying
# cotton from X"), no possessive after it ("buying X's stores") and no traded noun after it
# ("buying X shares")
_STOPS: Final[frozenset[str]] = frozenset(
    str(w).lower() for w in read_data("deals.yaml")["with_buying_stops"]
)
_NOT_FIRM: Final[frozenset[str]] = frozenset(
    str(w).lower() for w in read_data("deals.yaml")["with_bought_not_firm"]
)
_OBJECT_GAP: Final = 3  # "buying the Leeds bakery chain X": words before the thing
_LATER_GAP: Final = 5  # "in Leeds in 2019 and": filler words before a second thing


def cues(lex: object) -> frozenset[str]:
    """The words this reading needs in a sentence."""
    return CUES


def gerund_at(lows: list[str], k: int) -> int:
    """The length of a buying gerund of `deals.with_buying` at k, else 0."""
    for g in _GERUNDS:
        if tuple(lows[k : k + len(g)]) == g:
            return len(g)
    return 0


def _later_thing(s: Sentence, last: int) -> int:
    """A second thing after a short filler of places and dates: "X in Leeds in 2019 and Y two
    years later" (Y's own word after it is no verb), else -1."""
    lows = s.lows
    n = len(lows)
    for p in range(last + 1, min(n - 1, last + _LATER_GAP + 1)):
        w = lows[p]
        if w == "and":
            q = p + 1
            if q + 2 < n and lows[q] == M and lows[q + 1] == "'s" and lows[q + 2] == M:
                q += 2  # "and Orvik's Teller Labs": the possessed name
            if lows[q] != M or (q + 1 < n and lows[q + 1].endswith(("ing", "ed"))):
                return -1
            return q
        if w == "," or (w != M and not w.isalnum()):
            return -1
    return -1


def with_buyers(s: Sentence) -> None:
    """ "..., with A buying X (and Y later)": A OWNS X (and Y)."""
    lows = s.lows
    n = len(lows)
    for p, w in enumerate(lows):
        if w != "with" or p + 2 >= n or lows[p + 1] != M:
            continue
        if p > 0 and lows[p - 1] != ",":
            continue  # "merged with A", "unhappy with A buying X": no absolute clause
        buyers = coord(s, p + 1, +1)
        g = buyers[-1] + 1
        size = gerund_at(lows, g) if g < n else 0
        if not size:
            continue
        thing = right(s, g + size, _OBJECT_GAP)
        if thing < 0 or not _SHARE_WORDS.isdisjoint(lows[g + size : thing]):
            continue
        if not _STOPS.isdisjoint(lows[g + size : thing]):
            continue  # "buying cotton from X": X is the seller
        if thing + 1 < n and (lows[thing + 1] in POSSESSIVE_MARKS or lows[thing + 1] in _NOT_FIRM):
            continue  # "buying X's stores", "buying X shares": X is no firm bought
        if s.blocked(p, thing):
            continue
        things = coord(s, thing, +1)
        later = _later_thing(s, things[-1])
        if later >= 0:
            things.append(later)
        for t in things:
            s.emit(s.merged(buyers), ("OWNS",), s.ment(t), "verbal/with-buyer", 0.75)
