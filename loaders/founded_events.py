"""Festivals and fairs a firm founded: "launched the Harvest Days festival", "set up the
Saltmarsh Book Fair". Such a name is an entity (loaders/mentions.py does not block it as an
event) and a project (loaders/project_cues.py). Words: `event_founding_verbs`,
`founded_events` in loaders/data/lexicon.yaml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon


def founded_event(lows: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """ "launched the Harvest Days festival", "set up the Saltmarsh Book Fair": a festival or
    fair (its last word or the word after it) right after "the" and a founding verb."""
    events = data_words(lex, "founded_events")
    if lows[j - 1] not in events and (j >= len(lows) or lows[j] not in events):
        return False
    a = i if lows[i] == "the" else i - 1
    if a < 1 or lows[a] != "the":
        return False
    verbs = data_words(lex, "event_founding_verbs")
    return lows[a - 1] in verbs or (a >= 2 and " ".join(lows[a - 2 : a]) in verbs)
