"""A description its own sentence sets against the sentence's speaker (round 31).

"Its chief executive, Mira Holt, disputed the guild's numbers" and "Tovel's founder, Ada Rusk,
dismissed the regulator's figures": the organization the opening modifier names
(`Descriptions._modifier_owner`: "Its", "Tovel's") is the side that speaks, so a description
right after a verb of dispute that is the author of what is rejected (a claim noun of the
`litigation` data `claims`, `answer_nouns`, `possessed_answer_nouns`) is the other side,
never the speaker's own firm. The description is then read as any other ("the guild": the
one guild in view), with the speaker's firm left out of its candidates. Not "criticised the
company's former auditor": the possessor of an accused party may well be the speaker's firm.
Nor, measured, "accused the glassmaker of ...": the accused description read by the topical
ranking lost more than it found (round 31).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.lexicon import Lexicon, per_lexicon
from loaders.relations.litigation import litigation_words

CLAIM_REACH: Final = 3  # words from the "'s" to the claim noun: "the board's preliminary figures"


@per_lexicon
def claim_things(lex: Lexicon) -> frozenset[str]:
    """The nouns of what a party asserts and another rejects ("claims", "figures", "account")."""
    lw = litigation_words(lex)
    return lex.claim_nouns | lw.soft | lw.possessed


def opposed_description(
    lex: Lexicon, lows: Sequence[str], i: int, j: int, disputing: Callable[[str], bool]
) -> bool:
    """The description at i..j follows a verb of dispute (`disputing`) and is the author of a
    claim ("disputed the guild's numbers")."""
    if i < 1 or j >= len(lows) or not disputing(lows[i - 1]):
        return False
    if lows[j] != "'s":
        return False
    things = claim_things(lex)
    for k in range(j + 1, min(len(lows), j + 1 + CLAIM_REACH)):
        if lows[k] in things:
            return True
        if not lows[k].isalpha():
            return False
    return False
