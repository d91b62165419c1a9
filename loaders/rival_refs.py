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

For a bare company noun the topic (else the article's main firm) goes first on a narrower
cue (round 42, `main_over_rival`): "Brokers say the company's rivals Kelder and Pym undercut
Holmfirth. The company, founded in 1950, ..." is Holmfirth, not Kelder, when Holmfirth was
named as late as the rival or opens the sentence, and the rival opened neither this sentence
nor the one before.
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


def main_over_rival(
    ids: list[str], words: tuple[str, ...], salience: Salience, sno: int, topic: str | None
) -> list[str]:
    """A bare "the company" ("the group", "the firm") whose first candidate the text introduced
    as a rival, and never the article's main firm, is the main firm when that is a candidate
    named as late as the rival or opening this sentence; not when the rival opens this sentence
    or opened the one before ("Kelder, Holmfirth's rival, slipped. The group also said ...":
    Kelder)."""
    main = topic or salience.main.get("Organization")
    if len(ids) < 2 or main is None or ids[0] == main or main not in ids or not words:
        return ids
    lex = salience.registry.lex
    if words[-1] not in data_words(lex, "holder_blind_heads") or set(words[:-1]) - {"the"}:
        return ids
    rivals = rival_words(lex).rival_nouns
    ents = salience.registry.entities
    if rivals.isdisjoint(ents[ids[0]].descr) or not rivals.isdisjoint(ents[main].descr):
        return ids
    opener = salience.clause_subject(sno)
    if ids[0] == opener or (opener != main and ids[0] == salience.clause_subject(sno - 1)):
        return ids
    if opener != main and salience.last.get(main, -1) < salience.last.get(ids[0], -1):
        return ids
    return [main] + [x for x in ids if x != main]
