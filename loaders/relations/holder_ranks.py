"""Holders ranked in a register: "The register showed A as the top holder with 18%, followed
by B, the family's vehicle, with 9%", "A remains the biggest holder with 31%, then B on 8%".

Each holder whose own share follows it ("with", "at", "on" N%) OWNS the company the article's
stakes are about (`SentenceContext.stake_topic`); a holder with no share of its own ("..., and
C") is left out, and so is a share a round noun or a money amount makes a round's part.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.model import Mention, Sentence
from loaders.relations.money_amounts import MONEY_RE
from loaders.relations.stake import percent_at
from loaders.relations.words import ARTICLES, M

# the word before a holder's own share: "with 18%", "at 14%", "on 9%"
SHARE_PREPS: Final[frozenset[str]] = frozenset({"with", "at", "on"})
# what names a ranked holder: "A as the top holder", "A remains the biggest investor"
RANK_LINKS: Final[frozenset[str]] = frozenset(
    {"as", "remains", "remained", "is", "was", "stays", "stayed"}
)
# what brings the next holder of a register: "followed by B", "then B"
NEXT_LINKS: Final = (("followed", "by"), ("then",))
APPOSITIVE_SPAN: Final = 9


def cues(lex: Lexicon) -> frozenset[str]:
    return lex.holder_nouns


def ranked_holders(s: Sentence) -> None:
    """The first holder a rank noun names, then every "followed by"/"then" holder with its
    own share: each OWNS the article's stake topic."""
    topic = s.context.stake_topic
    if not topic or not register_shares(s):
        return
    first = _ranked_first(s)
    if first < 0:
        return
    owned = Mention((topic,), -1, -1)
    holders = [first, *_next_holders(s, first)]
    for h in holders:
        if topic not in s.ment(h).ids and not s.blocked(min(holders), h + 1):
            s.emit(s.ment(h), ("OWNS",), owned, "stake/ranked-holder", 0.7)


def register_shares(s: Sentence) -> bool:
    """No round noun and no money amount: the sentence's shares are held, not paid in."""
    return not any(w in s.lex.round_nouns or MONEY_RE.match(w) for w in s.lows)


def own_share(s: Sentence, h: int) -> bool:
    """The holder at h has its own share after it: "B, the family's vehicle, with 9%"."""
    return _share_at(s, _past_appositive(s, h + 1))


def _ranked_first(s: Sentence) -> int:
    """ "A as the top holder with 18%", "A remains its biggest investor at 31%": A, else -1."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k in range(2, n - 2):
        if lows[k] not in lex.holder_nouns or lows[k - 1] not in lex.holder_ranks:
            continue
        d = k - 2
        if lows[d] not in ARTICLES and not s.is_det(d):
            continue
        d -= d >= 1 and lows[d - 1] == "still"  # "A is still the largest holder"
        if d < 2 or lows[d - 1] not in RANK_LINKS or lows[d - 2] != M or s.is_det(d - 2):
            continue
        if _share_at(s, k + 1):
            return d - 2
    return -1


def _next_holders(s: Sentence, after: int) -> list[int]:
    """The holders "followed by B ... with N%" or "then B ... at N%" after the first one."""
    lows = s.lows
    n = len(lows)
    out: list[int] = []
    for k in range(after + 1, n - 1):
        for link in NEXT_LINKS:
            h = k + len(link)
            if tuple(lows[k:h]) != link or h >= n or lows[h] != M or s.is_det(h):
                continue
            if own_share(s, h):
                out.append(h)
    return out


def _past_appositive(s: Sentence, q: int) -> int:
    """After a holder at q - 1: past ", the family's vehicle," to the word after it."""
    lows = s.lows
    n = len(lows)
    if q >= n or lows[q] != ",":
        return q
    for e in range(q + 1, min(n, q + APPOSITIVE_SPAN)):
        if lows[e] == ",":
            return e + 1
        if lows[e] in (".", ";", "and", "with"):
            break
    return q


def _share_at(s: Sentence, q: int) -> bool:
    """ "with 18%", "at just over 14%", "on 9% of the shares" from q."""
    lows = s.lows
    n = len(lows)
    if q >= n or lows[q] not in SHARE_PREPS:
        return False
    p = q + 1
    while p < n and p - q <= 3 and lows[p] in s.lex.stake_fillers:
        p += 1
    return p < n and percent_at(lows, p) is not None
