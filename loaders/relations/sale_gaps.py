"""What may stand between the last thing sold and "to BUYER" in "A sold X ... to B".

- an aside closed by a comma: a relative clause ("sold X, which it had owned since 2001, to
  B"), an appositive, also with a contact clause ("sold X, a unit it had run for a decade, to
  B");
- after such an aside, a second thing sold ("sold X, which it founded in 2004, and Y to B");
- a short filler of dates and prices ("sold X for $80m in cash to B", "sold X last week to B").

An appositive the sentence never closes keeps its own "to": "Brisk Labs sells Velta, a rival to
Pellmoor Pharma's Dermix" (no sale to Pellmoor Pharma).
"""

from __future__ import annotations

from loaders.amount_words import CURRENCY_SIGNS
from loaders.relations.model import Sentence
from loaders.relations.words import AND_OR, ARTICLES, PUNCT_STOP, WHICH_THAT, M

ASIDE_REACH: int = 14  # words from an aside's first word to its closing comma
FILLER_REACH: int = 6  # words of dates and prices before "to"
# words that end a filler: a new clause or a list
FILLER_STOP: frozenset[str] = frozenset({"and", "or", "but", "which", "that", "who", "as"})


def aside_close(s: Sentence, m: int) -> int:
    """From the word after a comma, the comma closing a relative clause or an appositive that
    opens there, else -1."""
    lows = s.lows
    relative = lows[m] in WHICH_THAT and s.ment(m - 2).kind == "name"  # not "the business"
    if not (relative or lows[m] in ARTICLES or s.is_det(m)):
        return -1
    for p in range(m + 1, min(len(lows), m + ASIDE_REACH)):
        w = lows[p]
        if w == ",":
            return p
        if w in PUNCT_STOP or (not relative and w in AND_OR):
            return -1
    return -1


def _filler(w: str) -> bool:
    """A word of a date or a price ("last", "week", "for", "$80m", "in", "cash")."""
    if w == M or w in FILLER_STOP:
        return False
    return w.isalnum() or any(c.isdigit() for c in w) or w in CURRENCY_SIGNS


def buyer_to(s: Sentence, last: int) -> tuple[int, int]:
    """The "to" before the buyer after the last thing sold at `last` (else -1), and the first
    word of a second thing sold after an aside (else -1)."""
    lows = s.lows
    n = len(lows)
    to = last + 1
    if to + 1 < n and lows[to] == ",":
        close = aside_close(s, to + 1)
        if close < 0 and lows[to + 1] in ARTICLES:
            return -1, -1  # "sells Velta, a rival to Y's Dermix": the appositive's "to"
        to = close if close > 0 else to
        if close > 0 and close + 2 < n and lows[close + 1] == "and" and lows[close + 2] == M:
            return -1, close + 2  # "sold X, which it founded, and Y to B": read from Y
    if to < n and lows[to] == ",":
        to += 1
    start = to
    while to < n and to - start < FILLER_REACH and lows[to] != "to" and _filler(lows[to]):
        to += 1
    return (to if to < n and lows[to] == "to" else -1), -1


def gapped_pairs(s: Sentence, buyers: list[int]) -> tuple[list[int], list[tuple[int, int]]]:
    """ "sold X to Y and Z to W": the buyers coordinated after "to" end before a member that a
    "to" follows; that member and the name after its "to" are a second sale (W buys Z). The
    buyers kept, and the (thing, buyer) pairs of the gapped sales."""
    lows = s.lows
    n = len(lows)
    for i, b in enumerate(buyers[1:], 1):
        if b + 2 < n and lows[b + 1] == "to" and lows[b + 2] == M and not s.is_det(b + 2):
            pairs = [(b, b + 2)]
            for c in buyers[i + 1 :]:  # "sold X to Y, Z to W and V to U"
                if c + 2 < n and lows[c + 1] == "to" and lows[c + 2] == M:
                    pairs.append((c, c + 2))
            return buyers[:i], pairs
    return buyers, []


# words of a verb group between a relative clause's subject and its verb ("which A had sold")
VERB_GROUP_WORDS: frozenset[str] = frozenset(
    {"had", "has", "have", "later", "then", "eventually", "recently", "agreed", "to", "finally"}
)


def sold_head(s: Sentence, k: int) -> int:
    """ "Brannock Mills, which Tessa Group sold to Orrin Capital in 2019, ...": the head of the
    object relative clause whose sale verb is at k (the thing sold), else -1."""
    lows = s.lows
    b = k - 1
    while b >= 0 and k - b <= 4 and lows[b] in VERB_GROUP_WORDS:
        b -= 1
    if b < 3 or lows[b] != M or lows[b - 1] not in WHICH_THAT or lows[b - 2] != ",":
        return -1
    head = b - 3
    return head if lows[head] == M and not s.is_det(head) else -1
