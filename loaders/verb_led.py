"""A one-word firm that opens its sentence as a verb's subject stays a candidate of "the
company" (round 18, `loaders.coref` `Salience.topical`).

A name mentioned once, uncued, at a sentence's start is weak ("Consumer group Fair Drive Trust
criticised the carmaker": "Consumer" is no antecedent) and leaves the candidates of a
description. But "Tovenmark agreed to sell its malt arm to Quillhaven Group. The company's
chief executive, ..." is Tovenmark: a weak opener followed right away by a finite verb of a
clause ("agreed", "will", "has", "sold": `item_verbs` of loaders/data/layouts.yaml, not the
plural "have") is the sentence's subject, not a capitalized common word; without it, "the
company" fell to the buyer or adviser named later in the sentence.

The opener must look like a name: "Automation has replaced most of the staff. The company's
chief executive ..." is no "the company" (a stopword, a company noun, or a common-noun ending,
`opener_common_endings` in loaders/data/coref.yaml, is not read so); and it ranks after the
strong candidates (`Salience.topical`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.list_layouts import ITEM_VERBS
from loaders.non_names import data_words

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from loaders.coref import Record
    from loaders.lexicon import Lexicon
    from loaders.relations.model import Mention

PLURAL_VERBS: Final[frozenset[str]] = frozenset({"have"})  # "Analysts have said"
SUBJECT_VERBS: Final[frozenset[str]] = ITEM_VERBS - PLURAL_VERBS


def name_like(word: str, lex: Lexicon) -> bool:
    """A one-word opener that may be a firm's name: no stopword, no company noun ("Group"),
    no common noun by its ending ("Automation", "Funding", "Management")."""
    if word in lex.stopwords or word in lex.org_words or word in lex.heads:
        return False
    return not word.endswith(tuple(data_words(lex, "opener_common_endings")))


def verb_led_openers(
    lows: Sequence[str], names: Sequence[Mention], entities: Mapping[str, Record], lex: Lexicon
) -> set[str]:
    """The weak organizations whose one-word name opens the sentence and is followed by a
    verb."""
    out: set[str] = set()
    for m in names:
        if m.i != 0 or m.j >= len(lows) or lows[m.j] not in SUBJECT_VERBS:
            continue
        if m.j - m.i != 1 or not name_like(lows[m.i], lex):
            continue
        rec = entities.get(m.ids[0])
        if rec is not None and rec.weak and rec.type == "Organization":
            out.add(m.ids[0])
    return out
