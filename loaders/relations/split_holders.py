"""One firm's ownership split between two holders in one sentence: each holds the firm split,
neither holds the other.

- `split_patient`: a passive whose subject is a share ("..., whereas the remaining 40% is held
  by B", "the balance is held by B") holds what that share is of: a name after "of" ("60% of
  the Brisk Mill Company"); a name that is only the subject of the clause before ("A has 60%
  of the mill, whereas the remaining 40% is held by B") is a co-holder, not what B holds.
- `earlier_holder`: the firm in view, which a later share would be given to, holds a share of
  its own earlier in the sentence ("A has 70% of the mill, whereas the last 30% sits with B").
- `sold_to`, `sold_thing`: a share kept by one who sold the business to the name given ("kept
  10% when she sold the bulk of it to B"): B is the buyer; the share is of the thing sold.

>>> from loaders.lexicon import Lexicon
>>> from loaders.relations.model import Mention, Sentence
>>> lows = ["x", "has", "60%", ",", "whereas", "the", "remaining", "40%", "is", "held"]
>>> s = Sentence(lows, [None] * len(lows), lambda r: "Organization", Lexicon.load(), None)
>>> share_subject(s, 9)
True
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Mention, Sentence
from loaders.relations.stake import percent_at
from loaders.relations.words import PERCENT_SPELLED, M

# words between a passive's subject and its participle ("is now owned", "will be held")
PASSIVE_LEAD: Final[frozenset[str]] = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would"}
    | {"now", "still", "also", "currently", "today", "jointly"}
)
HOLDER_REACH: Final = 4  # words from a holder to its share: "A, which owns 65%"
SALE_REACH: Final = 8  # words from a sell verb to the "to" of its buyer


def share_subject(s: Sentence, k: int) -> bool:
    """The subject right before the participle at k is a share: "the other 40%", "35 per
    cent", "the balance" (after "is", "will be", ...)."""
    lows = s.lows
    p = k - 1
    while p >= 0 and lows[p] in PASSIVE_LEAD:
        p -= 1
    if p < 0 or p == k - 1:
        return False
    w = lows[p]
    return w[-1:] == "%" or w in PERCENT_SPELLED or w in s.lex.stake_rest


def split_patient(s: Sentence, k: int, patient: int) -> bool:
    """The passive at k has a share subject and its patient at `patient` is not what a share is
    of ("60% of X", "60% of the X Company"): the patient holds a part too (a co-holder)."""
    if not share_subject(s, k):
        return False
    lows = s.lows
    b = patient - 1
    while b >= 0 and s.is_det(b):
        b -= 1
    return b < 0 or lows[b] != "of"


def earlier_holder(s: Sentence, owned: Mention, k: int) -> bool:
    """`owned` is named before k as a holder of a share: its name, then a share within
    `HOLDER_REACH` words ("A holds 65%", "A, which owns 65%")."""
    lows = s.lows
    for j in range(k):
        if lows[j] != M or not s.ment(j).shares(owned):
            continue
        if any(percent_at(lows, q) for q in range(j + 1, min(k, j + HOLDER_REACH + 1))):
            return True
    return False


def sold_to(s: Sentence, owned: Mention) -> tuple[int, int] | None:
    """The sale naming `owned` as its buyer ("sold the bulk of it to B", "selling the
    business in 2021 to B"): the positions of its sell verb and of its "to"; else None."""
    lows, sell = s.lows, s.lex.stake_sell
    for t in range(1, len(lows) - 1):
        if lows[t] != "to" or lows[t + 1] != M or not s.ment(t + 1).shares(owned):
            continue
        for v in range(t - 1, max(-1, t - SALE_REACH - 1), -1):
            if lows[v] in sell and sell.match(lows, v):
                return v, t
            if lows[v] in (";", ".", "to"):
                break
    return None


def sold_thing(s: Sentence, sale: tuple[int, int], holders: Mention) -> Mention | None:
    """The name sold between the sell verb and the "to" of `sale` ("sold the bulk of the firm to
    B": the firm), when it is none of the holders; else None."""
    for p in range(sale[0] + 1, sale[1]):
        if s.lows[p] == M and not s.ment(p).shares(holders):
            return s.ment(p)
    return None
