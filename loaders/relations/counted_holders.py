"""Holders a company counts among its holders: "The brewer counts Halden Capital and Norvik
Fund among its shareholders", "Tarsa counts A, B and C among its investors". Each listed name
OWNS the subject (an owning noun: `stakes: holders_of: owning`) or FUNDS it (a funding noun, not
a lender's: "counts A among its lenders" is a loan). The single-name form is the verbal
trigger's ("count ... among ... shareholders"); this reads a list, which its gap does not span.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.stake import holder_words
from loaders.relations.words import LENDER_PLURALS, M

COUNT_VERBS: Final[frozenset[str]] = frozenset({"count", "counts", "counted", "counting"})
# what may stand between "among" and the holder noun: "among its early shareholders"
AMONG_FILLERS: Final[frozenset[str]] = frozenset(
    {"its", "their", "his", "her", "the", "early", "main", "largest", "biggest", "major", M}
)


def cues(_lex: object) -> frozenset[str]:
    return COUNT_VERBS


def _holder_noun(s: Sentence, among: int) -> tuple[str, ...] | None:
    """The relation of the holder noun after "among" at `among`, else None."""
    owning, funding = holder_words(s.lex)
    lows = s.lows
    for q in range(among + 1, min(len(lows), among + 4)):
        w = lows[q]
        if w in owning:
            return ("OWNS",)
        if w in funding and w not in LENDER_PLURALS:
            return ("FUNDS",)
        if w not in AMONG_FILLERS:
            return None
    return None


def counted_holders(s: Sentence) -> None:
    """Emit each holder a counting verb lists before "among" to the verb's subject."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in COUNT_VERBS or k + 1 >= len(lows) or lows[k + 1] != M or s.is_det(k + 1):
            continue
        listed = coord(s, k + 1, +1)
        among = listed[-1] + 1
        if len(listed) < 2 or among >= len(lows) or lows[among] != "among":
            continue  # one name: the verbal trigger's
        types = _holder_noun(s, among)
        cands = subjects(s, k, True)
        if types is None or not cands or cands[0] > k or s.blocked(cands[0] + 1, k):
            continue
        owned = s.ment(cands[0])
        holders = s.merged([h for h in listed if set(s.ment(h).ids).isdisjoint(owned.ids)])
        s.claimed.update(range(k, among + 1))
        s.emit(holders, types, owned, "stake/counted-holders", 0.75)
