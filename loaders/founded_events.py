"""Festivals and fairs a firm founded, runs or owns: "launched the Harvest Days festival", "set
up the Saltmarsh Book Fair", "owns the Kelby Jazz Festival". Such a name is an entity
(loaders/mentions.py does not block it as an event) and, founded, a project
(loaders/project_cues.py).
Words: `event_founding_verbs`, `founded_events` in loaders/data/lexicon.yaml and
`firm_object_verbs` in loaders/data/names.yaml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.non_names import data_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from loaders.lexicon import Lexicon


def verb_before(lows: Sequence[str], k: int, verbs: frozenset[str]) -> bool:
    """A verb of `verbs` right before token k, of one word or two ("launched", "set up"), or
    two around a one-word object at k ("set it up")."""
    if k < 1:
        return False
    if lows[k - 1] in verbs or (k >= 2 and " ".join(lows[k - 2 : k]) in verbs):
        return True
    return k + 1 < len(lows) and f"{lows[k - 1]} {lows[k + 1]}" in verbs


def founded_event(lows: list[str], i: int, j: int, lex: Lexicon, held: bool = False) -> bool:
    """ "launched the Harvest Days festival", "set up the Saltmarsh Book Fair": a festival or
    fair (its last word or the word after it) right after "the" and a verb of founding; with
    `held`, of running or owning too ("owns the Kelby Jazz Festival": an entity, no project)."""
    events = data_words(lex, "founded_events")
    if lows[j - 1] not in events and (j >= len(lows) or lows[j] not in events):
        return False
    a = i if lows[i] == "the" else i - 1
    if a < 1 or lows[a] != "the":
        return False
    if verb_before(lows, a, data_words(lex, "event_founding_verbs")):
        return True
    return held and verb_before(lows, a, data_words(lex, "firm_object_verbs"))
