"""Ownership readings of round 37 (invented sentences, several sectors).

- A share between the auxiliary and the participle of a passive ("is 60% owned by X") leaves
  the patient where it would be without it: past a relative clause, a participial aside or a
  first conjunct ("Korvan, which makes vests, is 60% owned by X"; "Lindqvist, founded in 2011
  by A and B, is 30 per cent owned by X"; "X was founded by A, a former officer, and is 60%
  owned by Y"). Negation and hedges still cancel it.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

SHARED_PASSIVES: list[Case] = [
    (  # defence: a relative clause before the share
        "Korvan Armour, which runs one plant near Turku, is 60 percent owned by Belwick Holdings.",
        [("belwick-holdings", "OWNS", "korvan-armour")],
        [],
    ),
    (  # games: a participial aside before the share, "per cent"
        "Lindqvist Games, founded in 2011 by Ola Brand and Eva Lund, is 30 per cent owned by "
        "the venture fund Tamsin Ventures.",
        [("tamsin-ventures", "OWNS", "lindqvist-games")],
        [("tamsin-ventures", "OWNS", "ola-brand")],
    ),
    (  # bakery: the second conjunct of a founding passive with an appositive
        "Marrow Bakeries was founded in 2009 by Ines Calder, a former pastry chef, and is 55% "
        "owned by the investment firm Dunholm Equity.",
        [("dunholm-equity", "OWNS", "marrow-bakeries")],
        [("dunholm-equity", "OWNS", "ines-calder")],
    ),
    (  # shipping: an appositive naming another firm before the share
        "Selby Tankers, a Hull operator whose main customer is Orrin Fuels, is 70% owned by "
        "Pennock Capital.",
        [("pennock-capital", "OWNS", "selby-tankers")],
        [("pennock-capital", "OWNS", "orrin-fuels")],
    ),
    (  # the plain case is unchanged
        "Quill Dairy is 45% owned by Harlow Farms.",
        [("harlow-farms", "OWNS", "quill-dairy")],
        [],
    ),
]

SHARED_PASSIVE_TRAPS: list[Case] = [
    (  # negation
        "Korvan Armour, which makes vests, is not 60% owned by Belwick Holdings.",
        [],
        [("belwick-holdings", "OWNS", "korvan-armour")],
    ),
    (  # a hedge: a future holding
        "Korvan Armour, which makes vests, could soon be 60% owned by Belwick Holdings.",
        [],
        [("belwick-holdings", "OWNS", "korvan-armour")],
    ),
    (  # the firm inside the relative clause is not the patient
        "The plant, which Korvan Armour runs, is 60% owned by Belwick Holdings.",
        [],
        [("belwick-holdings", "OWNS", "korvan-armour")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHARED_PASSIVES + SHARED_PASSIVE_TRAPS)
def test_share_before_a_passive_participle(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
