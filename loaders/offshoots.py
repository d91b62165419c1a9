"""A firm's bare name kept apart from a later offshoot named with it.

"Brambleton opened its first bakery in 1972 ... Brambleton bought Fenwick Flour ... In 2005 it
tried a catering arm, launched as Brambleton Events": the bare name is used on its own in several
sentences before the longer name first appears, and the longer name is told as a new venture
(`offshoot_cue`), so the bare name names the firm the article is about, not a short form of the
offshoot met later (which would take all of the firm's relations). A longer name ending in a
legal form or a group's word ("Brambleton Group", "Brambleton plc"), or with no venture cue
("Tarvo ... Tarvo ... Tarvo. Tarvo Logistics, which is based in Leeds": news that uses the
short name in its headline and lede), is still the firm's full name.

>>> from loaders.coref import Group
>>> from loaders.lexicon import Lexicon
>>> bare, arm = Group("brambleton", first=0), Group("brambleton events", first=300)
>>> bare.sentences, arm.sentences = {0, 40, 120, 300}, {300}
>>> arm.offshoot_cues = 1
>>> late_offshoot(bare, arm, Lexicon.load())
True
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from loaders.coref import Group
    from loaders.lexicon import Lexicon

# sentences using the bare name alone before the longer name first appears
MIN_BARE_BEFORE: Final[int] = 3
APPOSED_REACH: Final[int] = 5  # words of "an online shop, X" between the article and the name


def late_offshoot(bare: Group, longer: Group, lex: Lexicon) -> bool:
    """`longer` (the bare name + other words) first appears after the bare name has been used
    alone in `MIN_BARE_BEFORE` sentences, is told as a new venture (`offshoot_cue`), and does
    not end in a legal form or a parent's word (`parent_tails`)."""
    if bare.known or longer.known or not longer.sentences or not longer.offshoot_cues:
        return False
    tail = longer.tokens[-1].rstrip(".")
    if tail in lex.legal_suffixes or tail in data_words(lex, "parent_tails"):
        return False
    start = min(longer.sentences)
    return sum(1 for s in bare.sentences if s < start) >= MIN_BARE_BEFORE


def offshoot_cue(lex: Lexicon, lows: Sequence[str], i: int, prev: Sequence[str]) -> bool:
    """The name at i (of two words or more) is told as a new venture: a founding verb
    (`event_founding_verbs`) before it in its sentence or in the sentence before ("launched as
    Brambleton Events", "set up a seed business, Brackwell Seeds", "Corlan started a ferry
    line. Corlan Ferries ..."), or it is set off after an indefinite noun ("tried an online
    shop, Pettigrew Direct")."""
    verbs = data_words(lex, "event_founding_verbs")
    if _has_verb(lows[:i], verbs) or _has_verb(prev, verbs):
        return True
    if i < 2 or lows[i - 1] != ",":
        return False
    return any(w in ("a", "an") for w in lows[max(0, i - 1 - APPOSED_REACH) : i - 1])


def _has_verb(lows: Sequence[str], verbs: frozenset[str]) -> bool:
    """One of `verbs` (a word, or two: "set up") in `lows`."""
    return any(w in verbs for w in lows) or any(f"{a} {b}" in verbs for a, b in pairwise(lows))
