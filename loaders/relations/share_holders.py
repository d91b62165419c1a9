"""A share as a noun phrase with its holder after "owned by"/"held by", and no company named:
"Quillex will buy the 55% owned by Tern Associates and the 30% held by co-founder Ada Rusk",
"the 25% owned by the firm's founder, Tao Lenz", "the 65% of Corra Tiles held by Danford
Fund" (the company named in the share). Each holder OWNS the company the share is of:
the company a takeover of the sentences just before buys, else the article's stake topic
(`SentenceContext.takeover_target`, `stake_topic`); never the name before the share (Tern
holds no part of Rusk, which `stake/held-by` and `verbal/passive` would read). The span is
claimed so neither reads it.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Mention, Sentence
from loaders.relations.stake import share_before
from loaders.relations.words import M

HOLDING_PASSIVES: Final[frozenset[str]] = frozenset({"owned", "held"})
# what opens a share as a noun phrase: "the 30% owned by", "another 10% held by"
SHARE_DETS: Final[frozenset[str]] = frozenset({"the", "another", "further", "other"})
POSSESSIVE_ENDS: Final[frozenset[str]] = frozenset({"'s", "\u2019s"})


def cues(_lex: object) -> frozenset[str]:
    return HOLDING_PASSIVES


def _holder(s: Sentence, by: int) -> int:
    """The name after "by": "by Tern Associates", "by co-founder Ada Rusk", "by the firm's
    founder, Tao Lenz" (the apposed name, not the possessor); else -1."""
    lows = s.lows
    n = len(lows)
    for m in range(by + 1, min(n, by + 4)):
        if lows[m] in (",", ".", ";"):
            break
        if lows[m] == M and not s.is_det(m):
            if m + 1 < n and lows[m + 1] in POSSESSIVE_ENDS:
                break
            return m
    for m in range(by + 1, min(n - 1, by + 7)):  # "the firm's founder, Tao Lenz"
        if lows[m] in (".", ";"):
            return -1
        if lows[m] == "," and lows[m + 1] == M and not s.is_det(m + 1):
            ends = m + 2 >= n or lows[m + 2] in (",", ".", ";")  # not "..., Tao Lenz said"
            return m + 1 if m > by + 1 and ends else -1
    return -1


def _share_of(s: Sentence, k: int) -> tuple[int, Mention | None]:
    """The share phrase ending just before the participle at k and the company it names:
    "the 30% owned by" (none named), "the 65% of Corra Tiles held by" (Corra Tiles); the
    share's start is -1 when there is none."""
    lows = s.lows
    j = share_before(lows, k)
    if j >= 0:
        return j, None
    if k >= 4 and lows[k - 1] == M and lows[k - 2] == "of" and not s.is_det(k - 1):
        j = share_before(lows, k - 2)
        if j >= 0 and "Organization" in s.etypes(k - 1):
            return j, s.ment(k - 1)
    return -1, None


def owned_shares(s: Sentence) -> None:
    """Emit OWNS from each holder of a bare share phrase to the company the shares are of."""
    lows = s.lows
    topic = s.context.takeover_target or s.context.stake_topic
    for k in range(2, len(lows) - 2):
        if lows[k] not in HOLDING_PASSIVES or lows[k + 1] != "by":
            continue
        j, named = _share_of(s, k)
        if j < 1 or lows[j - 1] not in SHARE_DETS:
            continue
        holder = _holder(s, k + 1)
        if holder < 0:
            continue
        s.claimed.update(range(j - 1, holder + 1))  # no passive, no held-by reading
        owners = s.ment(holder)
        company = named.ids[0] if named else topic
        if company is not None and company not in owners.ids:
            target = named or Mention((company,), -1, -1, "context", 0.8)
            s.emit(owners, ("OWNS",), target, "stake/share-owned-by", 0.75 if named else 0.7)
