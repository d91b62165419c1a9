"""A holder's role toward a firm a sentence names: "Orla, which owns 5%, sits on Corvane's
board", "..., wants Pellan to pay a bigger dividend", "..., has sued Halcyon", "..., chairs
Halcyon". A bare share in such a sentence is of that firm, not of a firm an earlier sentence
stated stakes in (`sentence_context._holder_run`); a firm named as a lender, buyer or partner
("is also Gravik's lender", "wants it to merge with Gravik") holds no such role.

Words: the board words of `litigation.MANAGEMENT_WORDS`, the holders of `possessed_descriptors`
and the `asking_verbs` of coref.yaml, with the governance nouns and pressing verbs below.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.possessed_descriptors import HOLDERS
from loaders.relations.litigation import MANAGEMENT_WORDS

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

# nouns of a firm's governance, and its holders, near the firm's name: "Corvane's board",
# "two Gravik directors", "a board seat at Cobalt", "Halcyon's pay report", "Pellan's
# biggest shareholder"
GOVERNANCE: Final[frozenset[str]] = (
    MANAGEMENT_WORDS
    | HOLDERS
    | frozenset({"director", "chairman", "chair", "seat", "seats", "dividend", "dividends"})
    | frozenset({"pay", "payout", "buyback", "spending", "shareholder", "investor", "holder"})
)
# verbs a holder presses, sues or leads the firm right after with: "wants Pellan to pay",
# "called on Orsk to", "has sued Halcyon", "chairs Halcyon" (with coref.yaml `asking_verbs`)
PRESSING: Final[frozenset[str]] = frozenset(
    {"want", "wants", "wanted", "sued", "sues", "suing", "chairs", "chaired", "runs", "ran"}
)
CALLING: Final[frozenset[str]] = frozenset({"call", "calls", "called", "calling"})
REACH: Final = 3  # words either side of the firm's name a governance noun may stand


def holder_role(lows: Sequence[str], m: Mention, lex: Lexicon) -> bool:
    """The name at `m` stands in a holder's role: a governance noun within `REACH` words of
    it, or a pressing verb ("wants", "urged", "called on") right before it."""
    near = (*lows[max(0, m.i - REACH) : m.i], *lows[m.j : m.j + REACH])
    if not GOVERNANCE.isdisjoint(near):
        return True
    if m.i < 1:
        return False
    w = lows[m.i - 1]
    if w in ("on", "upon"):
        return m.i >= 2 and lows[m.i - 2] in CALLING
    return w in PRESSING or w in data_words(lex, "asking_verbs")
