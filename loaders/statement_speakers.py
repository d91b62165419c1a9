"""Who a sentence quotes or reports: the speaker of its first saying verb.

A sentence that only denies a statement ("Tarvel rejects that.", "Ms Orme dismissed the
claim") answers the speaker of the sentence before it when `litigation`'s answer reading found no
dispute there: the answer reads the speaker this module finds (`SentenceContext.said_before`,
`loaders.relations.speaker_answers.speaker_answer`). Three shapes at the first saying verb
("said", "says", "told"), the first two tried for each mention in order, then the third:

- the name right before the verb: "Orme said ...", '"..." he said', "Tarvel chief Ann Orme
  said";
- the name right after a quote or comma before it: '"...," said Ann Orme';
- the name an aside between commas ends before it, or the sentence's first name before such an
  aside: "Tarvel's founder, Ann Orme, said", "Ann Orme, who runs Tarvel, told reporters".

    >>> from loaders.relations.model import Mention
    >>> lows = ["ann", "orme", ",", "who", "runs", "tarvel", ",", "said", "prices", "rose"]
    >>> items = [Mention(("ann-orme",), 0, 2), Mention(("tarvel",), 5, 6)]
    >>> statement_speaker(lows, items, lambda x: "Person" if x == "ann-orme" else "Organization")
    ('ann-orme',)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from loaders.relations.model import Mention
from loaders.relations.words import QUOTE_MARKS, SAYING

SPEAKER_TYPES: Final = frozenset({"Person", "Organization"})


def statement_speaker(
    lows: list[str],
    items: list[Mention],
    type_of: Callable[[str], str],
    mastheads: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The ids of the speaker of the first saying verb of the words `lows` (mentions `items`,
    in order), a person or an organization; else (). A publication (a name ending in one of
    `mastheads`: "The Daily Courier said X would cut jobs") reports, and speaks for no side:
    a denial answers its report, not a claim of its own."""
    k = next((p for p, w in enumerate(lows) if w in SAYING), -1)
    if k < 1:
        return ()
    found = _speaker_at(lows, items, k)
    if found is None or not all(type_of(x) in SPEAKER_TYPES for x in found.ids):
        return ()
    if lows[found.j - 1] in mastheads:
        return ()
    return found.ids


def _speaker_at(lows: list[str], items: list[Mention], k: int) -> Mention | None:
    """The mention that speaks at the saying verb at k (see the module's shapes), else None."""
    for m in items:
        if m.j == k:
            return m  # "Orme said", "he said"
        if m.i == k + 1 and _after_quote(lows, k):
            return m  # '"...," said Orme'
    if lows[k - 1] != ",":
        return None
    ends = [m for m in items if m.j == k - 1 and m.i >= 2 and lows[m.i - 1] == ","]
    if ends:
        return ends[0]  # "Tarvel's founder, Ann Orme, said"
    first = items[0] if items and items[0].i == 0 else None
    if first is not None and first.j < k - 1 and lows[first.j] == ",":
        return first  # "Ann Orme, who runs Tarvel, said"
    return None


def _after_quote(lows: list[str], k: int) -> bool:
    """The saying verb at k follows a closing quote, or a quote and a comma."""
    if lows[k - 1] in QUOTE_MARKS:
        return True
    return k >= 2 and lows[k - 1] == "," and lows[k - 2] in QUOTE_MARKS
