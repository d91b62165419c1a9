"""What is said only of a company, whatever noun describes the name elsewhere: "Pelmar was
founded in 1971 by", "is run by", "a bid for Pelmar", "advises Pelmar on", "Pelmar's network of
dealers". A one-word company a trade noun made a device ("blender") gets its company back from
its other mentions. The phrases are `frame_company_*` in loaders/data/names.yaml.

>>> from tests.construction_check import types
>>> types("Harnly, the Oslo processor, is run by Ulla Berg.")["Harnly"]
'Organization'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words
from loaders.relations.words import RELATIVES, SITE_PREPS
from loaders.type_frames import past_appositive, phrase_at, phrase_before

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate

W_COMPANY_FRAME = 4.5  # outvotes one appositive noun ("Harnly, the Oslo processor, is run by")
W_LITIGANT = 2.0  # "X is suing", "advised X": below a given name or a person's pronoun


def company_frames(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """Vote Organization for a name a company-only phrase follows, precedes or possesses; not
    for a name a given name opens ("advises Maria Olsen on": persons are advised too)."""
    if c.votes.get("Person"):
        return
    k = c.j
    if k + 1 < len(lows) and lows[k] == "'s":
        if phrase_at(lows, k + 1, data_words(lex, "frame_company_possessions")):
            c.vote("Organization", W_COMPANY_FRAME)
            return
    closing = False
    if k < len(lows) and lows[k] == ",":
        closing = closes_relative(lows, c.i)
        k = past_appositive(lows, k + 1)
    if not closing and phrase_at(lows, k, data_words(lex, "frame_company_after")):
        c.vote("Organization", W_COMPANY_FRAME)
        return
    if phrase_at(lows, k, data_words(lex, "frame_company_litigant")):
        c.vote("Organization", W_LITIGANT)
        return
    if phrase_before(lows, c.i, data_words(lex, "frame_company_before")):
        c.vote("Organization", W_COMPANY_FRAME)
    elif phrase_before(lows, c.i, data_words(lex, "frame_company_advised")):
        on = c.j < len(lows) and lows[c.j] == "on"  # "advises Tarro on its debt"
        c.vote("Organization", W_COMPANY_FRAME if on else W_LITIGANT)


# the prepositions of a site's place in a relative clause ("which runs a plant in C, employs"):
# those of a site clause (`SITE_PREPS`) and "from" ("which ships grain from C")
RELATIVE_SITE_PREPS: Final[frozenset[str]] = SITE_PREPS | {"from"}


def closes_relative(lows: list[str], i: int) -> bool:
    """The name at i is the object of a place preposition that ends a relative clause opened
    after a comma ("Vessaro Steel, which runs a mill in Bergamo and a plant in Livorno,
    employs 900 people"): what follows the comma is said of the clause's head, not of it."""
    if i < 1 or lows[i - 1] not in RELATIVE_SITE_PREPS:
        return False
    comma = next((k for k in range(i - 1, -1, -1) if lows[k] == ","), -1)
    return comma >= 0 and comma + 1 < i and lows[comma + 1] in RELATIVES
