"""A firm named with "with" beside the founding of a firm founded it too.

"Brantley Foods set up Corvel Packaging in 2019 with the Danish group Ostra Holdings",
"Corvel Packaging, a company that Brantley set up with Ostra Holdings", "Corvel was set up
by Brantley with Ostra Holdings": Ostra Holdings co-founded Corvel Packaging, as a person
named so does (`verbal.cofounder`). Only a founded *organization* takes a firm as
co-founder: a product or scheme launched "with" a firm is its maker's alone ("a scheme it
launched with a university"). Guards: no other preposition than those of time and place
between the founding's object and "with" ("to compete with Ostra", "under a deal with
Ostra"), no partnership noun ("in partnership with Ostra"); a partner that is a possessor
("with Ostra's backing") or has a part after it ("with Ostra as its first client"). Words:
`nouns` of loaders/data/partnering.yaml.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.partnering import NOUNS as PARTNERSHIP_NOUNS
from loaders.relations.words import POSSESSIVE_MARKS, PREPOSITIONS

# prepositions of the time and place adjuncts a founding may carry before its co-founder
# ("in 2019", "in Leeds"; `verbal.cofounder`)
ADJUNCT_PREPS: Final[frozenset[str]] = frozenset({"in", "at", "on", "during"})
# after the partner: its possession ("with X's backing"), its part ("with X as lead investor")
AFTER_NOT: Final = POSSESSIVE_MARKS | {"as"}
FOUNDED_FIRM: Final = "Organization"


def firm_cofounder(s: Sentence, span: tuple[int, int, int], obj_idx: list[int]) -> bool:
    """The organization at m co-founded the organization at obj_idx, span = (start, w, m):
    between start and the comitative at w, no preposition but those of time and place (not
    "to compete with X", "under a deal with X") and no partnership noun ("in partnership
    with X"); no preposition between "with" and the partner ("with its merger with X"); no
    possessive or "as" after the partner ("with X's backing", "with X as its client")."""
    lows = s.lows
    start, w, m = span
    if "Organization" not in s.etypes(m) or "Person" in s.etypes(m):
        return False
    if any(FOUNDED_FIRM not in s.etypes(o) for o in obj_idx):
        return False
    if any(lows[x] in PREPOSITIONS and lows[x] not in ADJUNCT_PREPS for x in range(start, w)):
        return False  # "set up X in 2019 to compete with Y", "under a deal with Y"
    if any(lows[x] in PREPOSITIONS for x in range(w + 1, m)):
        return False  # "with its merger with Y", "with a stake from Y": not the partner
    if any(lows[x] in PARTNERSHIP_NOUNS for x in range(start, w)):
        return False  # "launched X in partnership with Y": a partner, not a founder
    return not (m + 1 < len(lows) and lows[m + 1] in AFTER_NOT)
