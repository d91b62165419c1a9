"""A possessed plural relational noun: "named A and B as X's two biggest rivals".

"X's two rivals" are X's rivals, not rivals of each other: the pair the resolver found for "two
main rivals" (the two latest names) is not tied together. When "as" lists the two ("named A and
B as X's two biggest rivals"), each is tied to the possessor X instead.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.words import M


def possessed_pair(s: Sentence, k: int) -> bool:
    """The pair at k has a named possessor ("X's two biggest rivals")."""
    lows = s.lows
    return k >= 2 and lows[k - 1] == "'s" and lows[k - 2] == M


def listed_as(s: Sentence, k: int, types: tuple[str, ...], rule: str) -> None:
    """ "A and B as X's two rivals" (the pair at k, X at k - 2): each of A and B is tied to X."""
    lows = s.lows
    if k < 4 or lows[k - 3] != "as" or lows[k - 4] != M:
        return
    owner = s.ment(k - 2)
    for t in coord(s, k - 4, -1):
        for rel in types:
            if s.emit(owner, (rel,), s.ment(t), rule, 0.7):
                break
