"""A rival the text introduced as one is no "the [noun]" of the article's main firm (round 19,
`loaders.article` `_resolve_np`).

"Holmfirth Mutual raised premiums. ... Kelder Mutual, a smaller rival, held its prices. The
mutual's chief executive, Ada Vorn, said ...": the mutual is Holmfirth Mutual, the article's
topic, though the rival was named last and its name holds the noun too. When the first
candidate of a description was described as a rival ("a smaller rival", "its competitor") and
the topic, never so described, fits the description as well (the noun in its name or among its
descriptors; not a bare company noun, "the company", which may mean either), the topic goes
first. A description only the rival fits ("Dunmore Bakeries, a rival, ... The bakery") keeps
the rival.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.non_names import data_words
from loaders.relations.rival_words import rival_words

if TYPE_CHECKING:
    from loaders.coref import Salience


def rivals_after_topic(
    ids: list[str], head: str, topic: str | None, salience: Salience
) -> list[str]:
    """The candidates with the topic before a first candidate described as its rival."""
    if topic is None or len(ids) < 2 or ids[0] == topic or topic not in ids:
        return ids
    lex = salience.registry.lex
    rivals = rival_words(lex).rival_nouns
    ents = salience.registry.entities

    def rival(x: str) -> bool:
        return not rivals.isdisjoint(ents[x].descr)

    if not rival(ids[0]) or rival(topic):
        return ids
    if head in data_words(lex, "holder_blind_heads") or not salience.called(topic, head):
        return ids  # "the company" may be either; "the mutual" the topic called so
    return [topic] + [x for x in ids if x != topic]
