"""A company's team led by a holder of a leading title: "Tarsa's sales team, led by chief
executive Ada Vorn, grew fast", "its operating team, headed by managing director Ola Sand",
"Halvik's management team, led by Ivo Kask": the holder leads the team's possessor. A head of
a function ("headed by sales director X") leads nothing.

Words live in `loaders/data/unnamed_roles.yaml` (`team_nouns`, `leading_teams`, `team_led`).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data
from loaders.relations.model import Sentence
from loaders.relations.nav import agent_after
from loaders.relations.unnamed_roles import _leading_role
from loaders.relations.words import DETS, M

_DATA = read_data("unnamed_roles.yaml")
TEAM_NOUNS: Final[frozenset[str]] = frozenset(_DATA["team_nouns"])
LEADING_TEAMS: Final[frozenset[str]] = frozenset(_DATA["leading_teams"])
TEAM_LED: Final[frozenset[str]] = frozenset(_DATA["team_led"])
MODIFIER_REACH: Final = 4  # words between "'s" and the team noun: "flight-operations team"


def team_led(s: Sentence) -> None:
    """ "X's <modifiers> team, led by <leading title> <Name>": the holder leads X."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in TEAM_NOUNS or k + 3 >= n:
            continue
        owner, leading = _team_owner(s, k)
        if owner < 0:
            continue
        p = k + 1 + (lows[k + 1] == ",")
        if not (lows[p] in TEAM_LED and lows[p + 1] == "by"):
            continue
        holder = _titled_holder(s, p + 2)
        if holder < 0 and leading:
            holder = agent_after(s, p + 2)
        if holder < 0 or "Person" not in s.etypes(holder) or s.blocked(k, holder):
            continue
        s.emit(s.ment(holder), ("LEADS",), s.ment(owner), "role/team-led", 0.8)


def _team_owner(s: Sentence, k: int) -> tuple[int, bool]:
    """Whose team the one at k is ("X's sales team", "its management team") and whether it is
    a leading team; else (-1, False)."""
    lows = s.lows
    m = k - 1
    leading = lows[m] in LEADING_TEAMS
    while m >= 1 and k - m <= MODIFIER_REACH and lows[m] not in DETS and lows[m] not in (M, "'s"):
        if not lows[m].replace("-", "").isalpha():
            return -1, False
        m -= 1
    if m >= 1 and lows[m] == "'s" and lows[m - 1] == M:
        m -= 1
    elif not (m >= 0 and lows[m] == M and s.is_det(m)):
        return -1, False
    return (m, leading) if "Organization" in s.etypes(m) else (-1, False)


def _titled_holder(s: Sentence, q: int) -> int:
    """The named holder right after a leading title at q ("chief executive Ada Vorn", "its
    chairman, Ivo Kask"), else -1."""
    lows = s.lows
    q += q < len(lows) and lows[q] in ("the", "its", "their", "his", "her")
    e = _leading_role(s, q, reach=1)
    if e < 0:
        return -1
    e += e < len(lows) and lows[e] == ","
    return e if e < len(lows) and lows[e] == M else -1
