"""A name that modifies the noun of an appositive is not the subject of what follows it.

"Orrin Foods, a Talbot customer based in Lagos": Lagos is where Orrin Foods is based, not
Talbot, which only says whose customer Orrin is. `appositive_anchor` finds the name the
appositive describes for a trigger right after its noun ("based in", "headquartered in").
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.words import INDEFINITE_ARTICLES, M

NOUN_REACH = 2  # nouns between the modifying name and the trigger ("a Talbot flour customer")
ADJECTIVE_REACH = 2  # words between the article and the modifying name ("a former")


def appositive_anchor(s: Sentence, k: int) -> int:
    """The position of the name an appositive "X, a M noun" describes when the trigger at k
    follows its noun and M modifies it, else -1."""
    lows = s.lows
    p = k - 1
    while p >= 0 and k - p <= NOUN_REACH and lows[p] != M and lows[p].isalpha():
        p -= 1
    if p < 0 or p == k - 1 or lows[p] != M:
        return -1
    d = p - 1
    while (
        d >= 0
        and p - d <= ADJECTIVE_REACH
        and lows[d] not in INDEFINITE_ARTICLES
        and lows[d].isalpha()
    ):
        d -= 1
    if d < 2 or lows[d] not in INDEFINITE_ARTICLES or lows[d - 1] != "," or lows[d - 2] != M:
        return -1
    head = d - 2
    if s.is_det(head) or "Location" in s.etypes(head):
        return -1
    return head
