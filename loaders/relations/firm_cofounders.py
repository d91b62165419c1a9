"""A firm named with "with" beside the founding of a firm founded it too.

"Brantley Foods set up Corvel Packaging in 2019 with the Danish group Ostra Holdings",
"Corvel Packaging, a company that Brantley set up with Ostra Holdings", "Corvel was set up
by Brantley with Ostra Holdings": Ostra Holdings co-founded Corvel Packaging, as a person
named so does (`verbal.cofounder`). Only a founded *organization* takes a firm as
co-founder: a product or scheme launched "with" a firm is its maker's alone ("a scheme it
launched with a university"). Guards: only adjuncts of time and place between the founding's
object and "with" ("to compete with Ostra", "under a deal with Ostra", "in talks with Ostra",
"in competition with Ostra"), no partnership noun ("in partnership with Ostra"), no "along
with" (another thing set up) nor "alongside its lender, Ostra" (the founder's own firm); a
partner that is a possessor ("with Ostra's backing"), a modifier ("with two Ostra
executives", "with the Ostra brand"), or has a part or clause after it ("with Ostra as its
first client", "with Ostra among its backers", "with Ostra providing the money", "with Ostra
in support"); a joint founding's marker may come before "with" ("as a joint venture with
Ostra", `partnering.JOINT_MARKERS`). Words: `nouns`, `cofounder_next`, `alongside_own` and
`alongside_own_dets` of loaders/data/partnering.yaml, `date_words` of grammar.yaml.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.partnering import JOINT_MARKERS
from loaders.relations.partnering import NOUNS as PARTNERSHIP_NOUNS
from loaders.relations.words import DATE_WORDS, POSSESSIVE_MARKS, PREPOSITIONS, SKIP_DETS, M

# prepositions of the time and place adjuncts a founding may carry before its co-founder
# ("in 2019", "in Leeds"; `verbal.cofounder`)
ADJUNCT_PREPS: Final[frozenset[str]] = frozenset({"in", "at", "on", "during"})
_PARTNERING: Final = read_data("partnering.yaml")
# what may follow the partner's name: a clause, a purpose, a time ("with Y to make", "with Y,
# which", "with Y in 2019"); not a noun it modifies, a role or an absolute clause
NEXT_WORDS: Final = frozenset(str(w) for w in _PARTNERING["cofounder_next"])
ALONGSIDE_OWN: Final = frozenset(str(w) for w in _PARTNERING["alongside_own"])
OWN_DETS: Final = frozenset(str(w) for w in _PARTNERING["alongside_own_dets"])
# after the partner: its possession ("with X's backing"), its part ("with X as lead investor")
AFTER_NOT: Final = POSSESSIVE_MARKS | {"as"}
FOUNDED_FIRM: Final = "Organization"


def _time_or_place(s: Sentence, k: int) -> bool:
    """The word at k belongs to an adjunct of time or place ("in 2019", "in Leeds", "last
    spring", "in the 1990s"), not a noun of another tie ("in talks", "in competition")."""
    w = s.lows[k]
    if w == M:
        return "Location" in s.etypes(k)
    return not w.isalpha() or w in ADJUNCT_PREPS or w in DATE_WORDS or w in SKIP_DETS


def _phrase_ends(s: Sentence, m: int) -> bool:
    """The "with" phrase ends at the partner (or partners) at m: a clause, a purpose, a time or
    a stop follows, not a noun the name modifies or a role ("with X among its backers")."""
    lows = s.lows
    n = len(lows)
    k = max(coord(s, m, +1)) + 1
    if k >= n or lows[k] in NEXT_WORDS or lows[k] in DATE_WORDS - ADJUNCT_PREPS:
        return True  # "with Y to make", "with Y, which", "with Y last year"
    if lows[k] in AFTER_NOT:
        return False  # "with X's backing", "with X as its client"
    if lows[k] in ADJUNCT_PREPS:
        return k + 1 < n and _time_or_place(s, k + 1)  # "in 2019", not "in mind", "on board"
    return not lows[k].isalpha() and lows[k] != M


def _own_firm(s: Sentence, w: int, m: int) -> bool:
    """The partner after "alongside" at w is the founder's own firm: "alongside its existing
    lender, Y", "alongside Y, its older lending arm"."""
    k = max(coord(s, m, +1)) + 1
    if any(_word(s, x) in ALONGSIDE_OWN for x in range(w + 1, m)):
        return True
    return k + 1 < len(s.lows) and s.lows[k] == "," and _word(s, k + 1) in OWN_DETS


def _word(s: Sentence, k: int) -> str:
    """The word at k, a pronoun's own word ("its") for a reference resolved there."""
    ref = s.ments[k] if s.lows[k] == M else None
    return ref.word.lower() if ref is not None and ref.kind == "pronoun" else s.lows[k]


def _ends_with(lows: list[str], w: int, marker: tuple[str, ...]) -> bool:
    """The words up to w are `marker` ("as a joint venture with")."""
    return w + 1 >= len(marker) and tuple(lows[w + 1 - len(marker) : w + 1]) == marker


def firm_cofounder(s: Sentence, span: tuple[int, int, int], obj_idx: list[int]) -> bool:
    """The organization at m co-founded the organization at obj_idx, span = (start, w, m):
    between start and the comitative at w, only adjuncts of time and place (not "to compete
    with X", "under a deal with X", "in talks with X"; "as a joint venture with X" and
    "together with X" mark a joint founding) and no "along with"; no preposition
    between "with" and the partner ("with its merger with X") nor the founder's own firm
    after "alongside"; the phrase ends at the partner (`_phrase_ends`)."""
    lows = s.lows
    start, w, m = span
    if "Organization" not in s.etypes(m) or "Person" in s.etypes(m):
        return False
    if any(FOUNDED_FIRM not in s.etypes(o) for o in obj_idx):
        return False
    if any(lows[x] in PREPOSITIONS and lows[x] not in ADJUNCT_PREPS for x in range(start, w)):
        return False  # "set up X in 2019 to compete with Y", "under a deal with Y"
    if any(lows[x] in PARTNERSHIP_NOUNS for x in range(start, w)):
        return False  # "launched X in partnership with Y": a partner, not a founder
    mark = next((len(mk) - 1 for mk in JOINT_MARKERS if _ends_with(lows, w, mk)), 0)
    if not all(_time_or_place(s, x) for x in range(start, w - mark)) or lows[w - 1] == "along":
        return False  # "in talks with Y", "in competition with Y", "along with Y"
    if any(lows[x] in PREPOSITIONS for x in range(w + 1, m)):
        return False  # "with its merger with Y", "with a stake from Y": not the partner
    if lows[w] == "alongside" and _own_firm(s, w, m):
        return False  # "alongside its existing lender, Y": the founder's own firm
    return _phrase_ends(s, m)
