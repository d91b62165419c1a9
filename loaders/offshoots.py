"""A firm's bare name kept apart from a later offshoot named with it.

"Brambleton opened its first bakery in 1972 ... Brambleton bought Fenwick Flour ... In 2005 it
tried a catering arm, launched as Brambleton Events": the bare name is used on its own in several
sentences before the longer name first appears, so it names the firm the article is about, not
a short form of the offshoot met later (which would take all of the firm's relations). A longer
name ending in a legal form or a group's word ("Brambleton Group", "Brambleton plc") is still the
firm's full name.

>>> from loaders.coref import Group
>>> from loaders.lexicon import Lexicon
>>> bare, arm = Group("brambleton", first=0), Group("brambleton events", first=300)
>>> bare.sentences, arm.sentences = {0, 40, 120, 300}, {300}
>>> late_offshoot(bare, arm, Lexicon.load())
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.coref import Group
    from loaders.lexicon import Lexicon

# sentences using the bare name alone before the longer name first appears
MIN_BARE_BEFORE: Final[int] = 3


def late_offshoot(bare: Group, longer: Group, lex: Lexicon) -> bool:
    """`longer` (the bare name + other words) first appears after the bare name has been used
    alone in `MIN_BARE_BEFORE` sentences, and does not end in a legal form or a parent's word
    (`parent_tails`)."""
    if bare.known or longer.known or not longer.sentences:
        return False
    tail = longer.tokens[-1].rstrip(".")
    if tail in lex.legal_suffixes or tail in data_words(lex, "parent_tails"):
        return False
    start = min(longer.sentences)
    return sum(1 for s in bare.sentences if s < start) >= MIN_BARE_BEFORE
