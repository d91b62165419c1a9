"""Joint holders: the companion of a holding verb holds what its subject holds.

- `companion`: "A owns X jointly with B", "which A co-owns with B", "It holds X together with
  B": B OWNS X (FUNDS a project) as the sentence already says A does; the verb rules read B as
  no object of the verb (`verbal._joint_cut`).
"""

from __future__ import annotations

from collections.abc import Collection

from loaders.lexicon import Lexicon
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord
from loaders.relations.words import JOINT_WITH, M

HELD: frozenset[str] = frozenset({"OWNS", "FUNDS"})
VERB_REACH: int = 4  # words between the holding verb and its companion ("owns Y jointly with")


def companion_cues(lex: Lexicon) -> Collection[str]:
    return ("jointly", "together", "with")


def companion(s: Sentence) -> None:
    """B after "jointly with", "together with" (or "with" after a co- verb) holds what the
    holding verb's subject holds, with the same relation."""
    held = [f for f in s.found if f.type in HELD and f.rule.startswith(("verbal/", "stake/"))]
    if not held:
        return
    lows = s.lows
    verbs = holding_words(s.lex).joint_hold
    for k in range(1, len(lows) - 1):
        first = _companion_start(lows, k)
        if first < 0 or first >= len(lows) or lows[first] != M or s.is_det(first):
            continue
        v = next((v for v in range(k - 1, max(-1, k - VERB_REACH - 1), -1) if lows[v] in verbs), -1)
        if v < 0 or (lows[k] == "with" and not lows[v].startswith("co-")):
            continue
        idx = coord(s, first, +1)
        members = s.merged(idx)
        before = {i for m in range(v) if lows[m] == M for i in s.ment(m).ids}
        for f in held:
            if f.source not in before or f.target in members.ids or s.blocked(k, idx[-1]):
                continue
            s.emit(members, (f.type,), Mention((f.target,), -1, -1), "joint/companion", 0.7)


def _companion_start(lows: list[str], k: int) -> int:
    """Where the companion's name starts after "jointly with" / "together with" / "with" at k,
    else -1."""
    if tuple(lows[k : k + 2]) in JOINT_WITH:
        return k + 2
    if lows[k] == "with" and lows[k - 1] not in ("jointly", "together"):
        return k + 1
    return -1
