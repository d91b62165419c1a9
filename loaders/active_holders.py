"""Active statements of holding name a holder, no buyer (round 40).

"Orvel Foods agreed to buy Tamsin Dairies. ... Kestle Partners, a pension fund, has owned most
of Orvel since 2009. The deal is funded with a bank loan from L": the fund's OWNS of the buyer is
a holding stated in the active perfect ("has owned", "has long controlled") or present
("owns", "controls"), not a second purchase, so "the deal" stays the opening buyer's
(`Deals.lead`; `article._held_by` for the passive "is owned by K"). A sentence with a form of
a buying verb ("Kestle, which owns Orvel, bought ...") or a new takeover ("made an
offer for") is left to the usual readings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.grammar_words import PERFECT_AUX
from loaders.relations.holding_words import holding_words
from loaders.relations.words import HOLDING_PARTICIPLES

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

PRESENT_HOLDING: Final = frozenset({"owns", "controls"})
HOLDING_VERBS: Final = PRESENT_HOLDING | HOLDING_PARTICIPLES  # the words `_holding_verb` reads
ADVERB_GAP: Final = 1  # one word between the auxiliary and the participle: "has long owned"
KNOWN: Final = frozenset({"the", "this", "that"})  # "the acquisition": the deal in view
CLAUSE_ENDS: Final = frozenset({";", ":"})
NONE: Final[frozenset[str]] = frozenset()


def active_holders(
    lex: Lexicon, lows: list[str], items: list[Mention], words: frozenset[str] | None = None
) -> frozenset[str]:
    """The names before an active verb of holding in a sentence with no buying verb: "K, a
    pension fund, has owned 45% of B since 2015", "K controls B"; nothing else.

    >>> from loaders.lexicon import Lexicon
    >>> from loaders.relations.model import Mention
    >>> lows = "kestle , a fund , has owned most of orvel".split()
    >>> m = Mention(("kestle",), 0, 1)
    >>> sorted(active_holders(Lexicon.load(), lows, [m]))
    ['kestle']
    >>> sorted(active_holders(Lexicon.load(), lows, [m], frozenset(lows)))  # the word set given
    ['kestle']
    >>> lows = "kestle , which owns orvel , bought tamsin".split()
    >>> sorted(active_holders(Lexicon.load(), lows, [m]))
    []
    >>> lows = "kestle , which owns orvel , took over tamsin".split()
    >>> sorted(active_holders(Lexicon.load(), lows, [m]))
    []
    """
    # (`words`: the set of `lows` when the caller has it, a test of a few words, not all)
    if HOLDING_VERBS.isdisjoint(lows if words is None else words):
        return NONE  # (most sentences: no verb of holding)
    verbs = [v for v, w in enumerate(lows) if w in HOLDING_VERBS and _holding_verb(lows, v)]
    if not verbs or _buying(lex, lows):
        return NONE
    out: set[str] = set()
    for v in verbs:
        start = max((k for k in range(v) if lows[k] in CLAUSE_ENDS), default=-1)
        out.update(r for m in items if start < m.i and m.j <= v and m.kind == "name" for r in m.ids)
    return frozenset(out)


def _buying(lex: Lexicon, lows: list[str]) -> bool:
    """A form of a buying verb or phrase ("took over", "has snapped up"), or a takeover noun
    not taken back by "the" ("K, which owns B, made an offer for C"; not "provided equity for
    the acquisition": the deal in view, unless "of" names a new one: "completed the
    acquisition of C")."""
    words = holding_words(lex)
    if not words.bought_forms.isdisjoint(lows):
        return True
    took = words.took_it
    if any(w in took and took.match(lows, k) for k, w in enumerate(lows)):
        return True
    return any(
        w in words.takeover_words and (k == 0 or lows[k - 1] not in KNOWN or _names_deal(lows, k))
        for k, w in enumerate(lows)
    )


def _names_deal(lows: list[str], k: int) -> bool:
    """The takeover noun at k is followed by "of": "the acquisition of C" names its deal."""
    return k + 1 < len(lows) and lows[k + 1] == "of"


def _holding_verb(lows: list[str], v: int) -> bool:
    """An active verb of holding at v: "owns", "controls", "has owned", "has long held"."""
    w = lows[v]
    if w in PRESENT_HOLDING:
        return True
    if w not in HOLDING_PARTICIPLES:
        return False
    return any(v - 1 - g >= 0 and lows[v - 1 - g] in PERFECT_AUX for g in range(ADVERB_GAP + 1))
