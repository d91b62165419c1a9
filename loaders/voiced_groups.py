"""A group described by the people it speaks for: "the residents' group", "the tenants'
association", "the growers' body".

Such a description binds only to an entity whose name carries those people ("the Tarrow
Residents Forum"); with none in view it names no entity, never the latest firm (a director who
"turned down the residents' group's demands" disputes no company of his own).

>>> from loaders.lexicon import Lexicon
>>> people_possessor(("residents", "'", "group"), Lexicon.load())
'residents'
>>> people_possessor(("big", "group"), Lexicon.load())
''
>>> voiced_by("residents", "Tarrow Residents Forum"), voiced_by("residents", "Corran Scaffolding")
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.lexicon import Lexicon, read_data, word_set
from loaders.non_names import data_words

EXTRA_PEOPLE: Final = word_set(read_data("parties.yaml")["group_voices"])
STEM: Final = 6  # letters of the people word a name must carry ("neighb" for "neighbours")


def people_possessor(words: Sequence[str], lex: Lexicon) -> str:
    """The plural people word that possesses the noun phrase `words` ("residents" in "the
    residents' group"), or ""."""
    people = data_words(lex, "people_in") | data_words(lex, "people_for") | EXTRA_PEOPLE
    for k in range(len(words) - 1):
        if words[k] in people and words[k + 1] in POSSESSIVE_MARKS:
            return words[k]
    return ""


def voiced_by(people: str, name: str) -> bool:
    """The name carries the people word ("Tarrow Residents Forum" for "residents")."""
    return people[:STEM] in name.lower()
