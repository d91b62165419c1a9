"""What "the rest" of a stake is the rest of, and who holds it, where the stake rules need help.

- A percentage passive states a stake as well as a "stake/" rule does: "Korvel Dairy is 70% owned
  by Alvin Holdings, with the rest held by Tamsa Invest" (the rest is Korvel's), "Korvel is owned
  55% by A and 45% by B".
- Unnamed holders may come first in the holder phrase, each with its own "by": "the remainder is
  held by staff and by the fund Tamsa Invest".
- A rest may be split: "with the rest split between its managers and Tamsa Invest".

>>> percent_ends(["is", "62%", "owned"], 2), percent_ends(["62", "per", "cent", "owned"], 3)
(True, True)
>>> percent_ends(["is", "wholly", "owned"], 2)
False
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.words import PERCENT_SPELLED, PERCENT_WORDS, M

COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "are", "were"})
# words between the copula and the share: "is itself 45% owned", "is still about 60% owned"
SUBJECT_FILLERS: Final[frozenset[str]] = frozenset(
    {"itself", "still", "now", "about", "around", "roughly", "nearly", "almost", "some", "per"}
    | {"cent", "jointly"}
)

# the passives of holding a percentage states: "is 62% owned by", "is owned 40% by"
PERCENT_PASSIVES: Final[frozenset[str]] = frozenset({"owned", "held", "controlled"})
PASSIVE_RULE: Final[str] = "verbal/passive"
GUESSED_RULE: Final[str] = "stake/unnamed"  # a share of no named company: the article's
STAKE_FAMILIES: Final[tuple[str, str]] = ("stake/", "holdings/")


def _figure(word: str) -> bool:
    return word[:1].isdigit()


def percent_ends(lows: list[str], k: int) -> bool:
    """A percentage ends just before k: "62%", "62 percent", "62 per cent"."""
    if k >= 1 and lows[k - 1].endswith("%") and _figure(lows[k - 1]):
        return True
    if k >= 2 and lows[k - 1] in PERCENT_SPELLED and _figure(lows[k - 2]):
        return True
    return k >= 3 and lows[k - 2 : k] == ["per", "cent"] and _figure(lows[k - 3])


def percent_passive(lows: list[str]) -> int:
    """ "X is 62% owned by A", "X is owned 45% by A": the index of the first passive that states
    a share, else -1."""
    if PERCENT_PASSIVES.isdisjoint(lows):
        return -1  # (most sentences: one C-level set test, no walk over the words)
    for k, w in enumerate(lows):
        if w in PERCENT_PASSIVES:
            if percent_ends(lows, k):
                return k
            for end in range(k + 2, min(len(lows), k + 5)):
                if lows[end] == "by" and percent_ends(lows, end):
                    return k
    return -1


def stated_stakes(found: list[Found], lows: list[str]) -> tuple[str, ...]:
    """The companies a sentence's stake rules, or its percentage passive, say are held: what a
    later "The rest is held by B" is the rest of."""
    if not found:
        return ()  # (most sentences: nothing found, and no walk over the words)
    # the words are read only for a passive's OWNS, which needs a stated share
    passive = any(f.rule == PASSIVE_RULE and f.type == "OWNS" for f in found) and (
        percent_passive(lows) >= 0
    )
    return tuple(
        dict.fromkeys(
            f.target
            for f in found
            if f.rule.startswith(STAKE_FAMILIES)
            or (passive and f.rule == PASSIVE_RULE and f.type == "OWNS")
        )
    )


def _passive_subject(s: Sentence, k: int) -> list[str]:
    """The named subject of the passive at k: "Korvel is still 62% owned" (Korvel), else []."""
    lows = s.lows
    q = k - 1
    while q >= 0 and (lows[q] in SUBJECT_FILLERS or _figure(lows[q]) or lows[q] in PERCENT_WORDS):
        q -= 1
    if q < 1 or lows[q] not in COPULAS or lows[q - 1] != M or s.is_det(q - 1):
        return []
    m = s.ment(q - 1)
    return [t for t in m.ids if s.type_of(t) == "Organization"] if m.kind == "name" else []


def named_held(s: Sentence, held: list[str]) -> list[str]:
    """The companies of `held` not only guessed: "A owns 64% of the stock; the rest is held by
    staff and by B" takes the article's company for A's share ("stake/unnamed"), and a reading
    past unnamed holders does not build on that guess."""
    stated = {f.target for f in s.found if f.rule.startswith("stake/") and f.rule != GUESSED_RULE}
    guessed = {f.target for f in s.found if f.rule == GUESSED_RULE}
    return [t for t in held if t in stated or t not in guessed]


def held_here(s: Sentence) -> list[str]:
    """What this sentence says is held, for its "the rest": the stake rules' companies, else the
    company of a percentage passive ("X is 62% owned by A, with the rest held by B": X)."""
    held = [f.target for f in s.found if f.rule.startswith("stake/")]
    k = -1 if held else percent_passive(s.lows)
    if k < 0:
        return held
    owned = [f.target for f in s.found if f.rule == PASSIVE_RULE and f.type == "OWNS"]
    return owned or _passive_subject(s, k)


def passive_owned(s: Sentence) -> list[str]:
    """The named company of a percentage passive whose first holder is unnamed: "Korvel is
    owned 50% by its founders, 30% by A and 20% by B" (Korvel)."""
    k = percent_passive(s.lows)
    return _passive_subject(s, k) if k >= 0 else []


def held_before_by(s: Sentence, holders: Mention) -> bool:
    """The holders of a rest, read from a description, are among those of the stake the
    sentence before stated: "A holds 15% of X. The other 85% belongs to the parent" (the
    parent is not A: a reference the resolver took for the latest organization). A name or a
    pronoun may hold it: "A took 15% of X. A now owns the rest as well"."""
    earlier = s.context.holders_before
    return holders.kind == "np" and bool(earlier) and not set(holders.ids).isdisjoint(earlier)
