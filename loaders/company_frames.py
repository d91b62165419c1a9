"""What is said only of a company, whatever noun describes the name elsewhere: "Pelmar was
founded in 1971 by", "is run by", "a bid for Pelmar", "advises Pelmar on", "Pelmar's network of
dealers". A one-word company a trade noun made a device ("blender") gets its company back from
its other mentions. The phrases are `frame_company_*` in loaders/data/names.yaml.

>>> from tests.construction_check import types
>>> types("Harnly, the Oslo processor, is run by Ulla Berg.")["Harnly"]
'Organization'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.non_names import data_words
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
    if k < len(lows) and lows[k] == ",":
        k = past_appositive(lows, k + 1)
    if phrase_at(lows, k, data_words(lex, "frame_company_after")):
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
