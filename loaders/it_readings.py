"""Whether an opening "it" refers back, read from the words after it.

"It was founded by X", "It is competing with X", "Headquartered in Leeds, it is ...", "It is a
small Welsh brewer": "it" is the organization in view; "It was reported that", "it is worth
noting", "it was a shame that" are no reference.

>>> passive_it(["it", "was", "founded", "by", "x"], 0)
True
"""

from __future__ import annotations

from typing import Final

from loaders.grammar_words import INDEFINITE_ARTICLES, PARTICIPLE_ENDS
from loaders.lexicon import Lexicon
from loaders.relations.located import PLACED
from loaders.relations.stake import percent_at
from loaders.relations.words import HOLDING_PARTICIPLES

# adverbs between "It is" and a participle of holding ("It is fully owned by X")
HOLDING_ADVERBS: Final = frozenset(
    {"fully", "wholly", "entirely", "jointly", "partly", "mostly", "largely", "still", "now"}
)


# participles a share of the firm may come before ("It is 31% owned by", "60% funded by")
SHARE_PARTICIPLES: Final = HOLDING_PARTICIPLES | frozenset(
    {"funded", "financed", "backed", "bought", "acquired"}
)


def passive_it(lows: list[str], i: int) -> bool:
    """ "It was founded by", "It is based in", "It was bought last year by X": "it" before a
    passive participle refers back; "It was reported that", "it is expected to" do not."""
    p = i + 2
    while p + 1 < len(lows) and lows[p] in HOLDING_ADVERBS:
        p += 1  # "It is fully owned by", "It is still majority-owned by"
    share = percent_at(lows, p) if p < len(lows) and lows[p][:1].isdigit() else None
    if share is not None:
        p = share[1]  # "It is 31% owned by", "It is 60 per cent held by"
        if p >= len(lows) or lows[p] not in SHARE_PARTICIPLES:
            return False  # "It is 40% supplied by farms owned by X": no holding of it
    if p >= len(lows):
        return False
    w = lows[p]
    if w.endswith(PARTICIPLE_ENDS) and "by" in lows[p + 1 : p + 5]:
        return True  # a passive with its agent
    if p + 1 >= len(lows) or lows[i + 1] not in ("is", "was"):
        return False
    participle = w.endswith("ed") or w in ("built", "run", "led", "bought", "set", "sold", "held")
    return participle and lows[p + 1] in ("by", "in", "from", "up", "out", "as")


PROGRESSIVE_ADVERBS: Final = frozenset({"now", "still", "also", "already", "currently", "again"})


def progressive_it(lows: list[str], i: int) -> bool:
    """ "It is competing with X", "It is up against X", "It was suing X": "it" before a verb
    in -ing (or "up against") does something, so it refers back; "it is worth noting" does not."""
    p = i + 2
    if p + 1 >= len(lows) or lows[i + 1] not in ("is", "was", "'s"):
        return False
    while p + 2 < len(lows) and lows[p] in PROGRESSIVE_ADVERBS:
        p += 1  # "It is now suing X", "It is also competing with"
    w = lows[p]
    if w == "up":
        return lows[p + 1] == "against"
    return w.endswith("ing") and len(w) >= 5 and lows[p + 1] not in ("that", "to", ",", ".")


def placed_it(lows: list[str], i: int) -> bool:
    """ "Headquartered in Leeds and employing 300 people, it is one of ...": "it" after a
    fronted participle of place is the firm placed ("Asked about it, it is unclear" is not)."""
    return i >= 3 and lows[i - 1] == "," and lows[0] in PLACED and lows[1] == "in"


def predicate_it(lex: Lexicon, lows: list[str], i: int) -> bool:
    """ "It was once a supplier to X", "It is a small Welsh brewer with ...": "it" before a
    predicate that names a kind of organization refers back; "it was a shame that" does not."""
    p = i + 2
    while p < len(lows) and (lows[p] in PROGRESSIVE_ADVERBS or lows[p] == "once"):
        p += 1
    if p >= len(lows) or lows[p] not in INDEFINITE_ARTICLES:
        return False
    for k in range(p + 1, min(len(lows), p + 5)):
        hit = lex.anaphora.match(lows, k)
        if hit and hit[1] == "Organization":
            return lows[k + hit[0] : k + hit[0] + 1] != ["that"]  # "a firm that": a cleft
        if not lows[k].isalpha() and lows[k] != "-":  # "a Leeds-based maker"
            return False
    return False
