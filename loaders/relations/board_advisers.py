"""An adviser to an organization's body, named by the adviser noun (round 25).

"Ivo Lund is a paid adviser to the board", "Ada Roe was kept on as an adviser to its
directors", "Tom Hale, who once ran a rival, is now a consultant to our board": a person
holding an adviser noun "to" a body of an organization ("the board", "its directors", "our
management") advises the organization that owns the body (`advice.body_owner`: a possessive's
organization, "the board of X", or the article's clear subject for a bare "the board").

The holder is the nearest person named before the noun in its clause; organizations named in
an aside set off by commas on the way ("X, who used to run Y, is an adviser to ...") are
passed over, any other organization ends the search ("Brannock Bank, an adviser to the board":
no person holds the noun).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.advice import ADVISER_NOUNS, body_owner
from loaders.relations.model import Mention, Sentence
from loaders.relations.words import PUNCT_STOP, QUOTE_MARKS, M

HOLDER_REACH: Final = 20  # words between the holder and the adviser noun
CLAUSE_ENDS: Final[frozenset[str]] = frozenset({"and", "but", "while", "which", "that"})


def cues(lex: Lexicon) -> Collection[str]:
    return ADVISER_NOUNS


def board_adviser(s: Sentence) -> None:
    """ "X is an adviser to the board", "X was kept on as a consultant to its directors"."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in ADVISER_NOUNS or k < 2 or k + 3 >= n or lows[k + 1] != "to":
            continue
        owner = body_owner(s, k + 2)
        if owner is None:
            continue
        holder = _holder(s, k)
        if holder < 0 or s.blocked(holder, k + 1):
            continue
        if lows[k + 2] == M and s.is_det(k + 2) and _in_aside(s, owner, holder, k):
            managed = s.context.managed  # "P, who chairs X, is an adviser to its board": "its"
            if not managed or managed in owner.ids:  # is not X (the holder's own), it is the
                continue  # article's subject
            owner = Mention((managed,), -1, -1, "context", 0.7)
        s.emit(s.ment(holder), ("ADVISES",), owner, "advice/board-adviser", 0.7)


def _in_aside(s: Sentence, owner: Mention, holder: int, k: int) -> bool:
    """A possessive's organization `owner` is one named between the holder and the adviser
    noun at k, in the holder's own aside ("P, who chairs X, is an adviser to its board"): the
    possessive cannot bind inside that relative."""
    return any(
        s.lows[x] == M and not s.is_det(x) and s.ment(x).shares(owner) for x in range(holder + 1, k)
    )


def _holder(s: Sentence, k: int) -> int:
    """The person holding the adviser noun at k: the nearest person named before it in its
    clause, past organizations named inside a comma-set aside; else -1."""
    lows = s.lows
    commas = 0
    for x in range(k - 1, max(-1, k - HOLDER_REACH - 1), -1):
        w = lows[x]
        if w in PUNCT_STOP or w in QUOTE_MARKS or (w in CLAUSE_ENDS and commas == 0):
            return -1
        if w == ",":
            commas += 1
        if w != M or s.is_det(x):
            continue
        kinds = s.etypes(x)
        if "Person" in kinds:
            return x
        if commas == 0:
            return -1  # "Brannock Bank, an adviser to the board": no person holds it
    return -1
