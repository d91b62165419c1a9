"""A reporting clause that closes a sentence after a name and a comma: "... a stake in Marrask,
a spokeswoman for the Swiss firm said." The noun phrase before the reporting verb names the
speaker, not the name before the comma, so it is no appositive and gives that name no type
votes ("Marrask" is no spokesman). Other shapes: "..., a company spokeswoman said.", "..., an
analyst at Pellor told reporters.", "..., its finance chief added on Monday."

Guards: a comma after the noun phrase ("Tarvex, a regional airline, said ...": an appositive
and then the subject's verb), a relative word in it ("Tarvex, a carrier that said ..."), and
a reporting verb that does not close the sentence ("..., a spokesman said the deal ...": the
verb opens what is said; it is read as a tail only with a few words after it).

>>> speaker_tail("profits rose at marrask , a spokesman for the group said .".split(), 4)
True
>>> speaker_tail("marrask , a regional airline , said it would grow .".split(), 1)
False
>>> speaker_tail("marrask , a spokesman said the deal would close .".split(), 1)
False
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from loaders.relations.words import (
    DATE_WORDS,
    RELATIVES,
    SAYING,
    SENTENCE_ENDS,
    SPEAKER_TAIL_STARTS,
)

# what opens the speaker's noun phrase: "a spokesman", "the company", "its chief", "one analyst"
SPEAKER_OPENERS: Final[frozenset[str]] = frozenset(
    {"a", "an", "the", "one", "its", "their", "his", "her"}
)
SPEAKER_REACH: Final = 10  # words of the speaker's noun phrase before the reporting verb
TAIL_REACH: Final = 6  # words after the verb before the sentence ends: "said in a statement"
# what the words after the verb open: a date or time ("on Monday", "in a statement"), an
# audience ("told reporters"); not an object or a clause ("said the deal would close")
TAIL_STARTS: Final[frozenset[str]] = DATE_WORDS | SPEAKER_TAIL_STARTS
STOPS: Final[frozenset[str]] = frozenset({",", ";", ":", "(", ")", '"', "and", "but", "whose"})
ENDS: Final[frozenset[str]] = SENTENCE_ENDS


def speaker_tail(lows: Sequence[str], k: int) -> bool:
    """The comma at k opens a reporting clause that closes the sentence: a noun phrase from
    `SPEAKER_OPENERS`, a reporting verb and at most `TAIL_REACH` words before the end."""
    n = len(lows)
    if k + 2 >= n or lows[k] != "," or lows[k + 1] not in SPEAKER_OPENERS:
        return False
    for v in range(k + 2, min(n, k + 2 + SPEAKER_REACH)):
        w = lows[v]
        if w in SAYING:
            return _closes(lows, v + 1)
        if w in STOPS or w in ENDS or w in RELATIVES:
            return False
    return False


def _closes(lows: Sequence[str], m: int) -> bool:
    """The sentence ends at m, or within `TAIL_REACH` words of a phrase that opens with a
    `TAIL_STARTS` word, with no "that" or comma first."""
    if m < len(lows) and lows[m] not in ENDS and lows[m] not in TAIL_STARTS:
        return False
    for q in range(m, min(len(lows), m + TAIL_REACH + 1)):
        if lows[q] in ENDS:
            return True
        if lows[q] in STOPS or lows[q] == "that":
            return False
    return m + TAIL_REACH + 1 > len(lows) and all(w not in STOPS and w != "that" for w in lows[m:])
