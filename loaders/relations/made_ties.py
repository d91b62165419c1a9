"""The subject of a partnership noun made by a second verb of its clause.

"Nanogrow, the Leeds maker, received approval in May and has agreed a partnership with the
café group Brew & Co": the noun's nearest subject is too far back past the appositive, but
"agreed" after "and" is a second verb of the clause's subject (Nanogrow), which makes the
partnership. Only a making verb (`loaders/data/partnering.yaml`, "struck", "signed", "has
agreed") right before the noun's article, and only "and" (with auxiliaries and adverbs)
before the verb.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data
from loaders.relations.model import Sentence
from loaders.relations.nav import opening_mention, subjects
from loaders.relations.shared_subject import shared_subject
from loaders.relations.words import ARTICLES, AUXILIARIES

MAKING: Final[frozenset[str]] = frozenset(read_data("partnering.yaml")["making_verbs"])
# adverbs between "and" and the making verb ("and has since signed", "and then struck")
LINKS: Final[frozenset[str]] = frozenset({"since", "now", "also", "then", "later", "just"})
MODIFIERS = 2  # words between the article and the noun ("a new five-year partnership")


def made_by_second_verb(s: Sentence, k: int) -> list[int]:
    """The subject of the partnership noun at k made by "and [has] VERB a [mods]": the
    sentence's opening name when it is the making verb's subject; else []."""
    lows = s.lows
    a = k - 1
    while a >= 0 and k - a <= MODIFIERS and lows[a] not in ARTICLES and lows[a].isalpha():
        a -= 1
    if a < 1 or lows[a] not in ARTICLES or lows[a - 1] not in MAKING:
        return []
    v = a - 1
    b = v - 1
    while b >= 0 and (lows[b] in AUXILIARIES or lows[b] in LINKS):
        b -= 1
    if b < 1 or lows[b] != "and":
        return []
    opening = opening_mention(s)
    return [opening] if opening in shared_subject(s, v, subjects(s, v, True)) else []
