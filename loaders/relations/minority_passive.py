"""A share under half before a passive of buying: "It was 15% bought by X in 2023" says X
took a minority of the firm, which the conventions read as FUNDS, as "X bought a 15% stake in
it" is; "It is 15% owned by X" (a holding participle) and "It was 60% bought by X" stay OWNS.
"""

from __future__ import annotations

from dataclasses import replace

from loaders.lexicon import Trigger
from loaders.relations.model import Sentence
from loaders.relations.stake import MAJORITY, percent_at
from loaders.relations.words import HOLDING_PARTICIPLES


def minority_bought(s: Sentence, k: int) -> bool:
    """A share under half ends right before the participle at k, which holds nothing by
    itself ("15% bought", "20 per cent acquired"; not "15% owned")."""
    lows = s.lows
    if lows[k] in HOLDING_PARTICIPLES:
        return False
    pct = share_before(lows, k, 3)
    return pct is not None and pct[1] == k and pct[0] < MAJORITY


def share_before(lows: list[str], k: int, reach: int) -> tuple[float, int] | None:
    """The nearest percentage (`percent_at`) starting in the `reach` words before k: (value,
    end); else None."""
    found = _nearest_share(lows, k, reach)
    return None if found is None else found[1]


def _nearest_share(lows: list[str], k: int, reach: int) -> tuple[int, tuple[float, int]] | None:
    """`share_before` with where the percentage starts: (start, (value, end)); else None."""
    for p in range(k - 1, max(-1, k - reach - 1), -1):
        pct = percent_at(lows, p)
        if pct is not None:
            return p, pct
    return None


def share_start(lows: list[str], k: int) -> int:
    """Where a share that ends right before the participle at k starts ("is 60% owned by",
    "is 45 per cent owned by"): the passive's patient is looked for before it, as if the share
    were not there ("X, which runs one plant, is 60% owned by A": X); k when none ends there."""
    found = _nearest_share(lows, k, 3)
    return found[0] if found is not None and found[1][1] == k else k


def as_minority(trigs: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
    """The triggers with OWNS read as FUNDS (a minority bought funds the firm)."""
    out: list[Trigger] = []
    for t in trigs:
        if "OWNS" in t.types:
            types = tuple(dict.fromkeys("FUNDS" if x == "OWNS" else x for x in t.types))
            t = replace(t, types=types)
        out.append(t)
    return tuple(out)
