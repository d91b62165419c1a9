"""Genre bank for the subject of a main verb after a relative or appositive (round 15): a
"whose ROLE, Name, ..." relative whose inner verb is closed by a comma leaves the main verb to
the head before "whose" ("Corvel Bank, whose chief executive, Ann Rusk, joined in 2020, has
sued Dravo": the bank sues); a "that/which is based in P" relative after "a N of X" attaches
to the appositive's head, not to X.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across banking, retail, mining, food, shipping, energy, media and farming. Guards:
"X, whose father, Y, bought Z" (Y bought), an object relative ("Brisk Mills, which Orvel
bought in 2019, makes flour": Orvel owns it), "which" after "with Y" taking Y, an unnamed head.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

WHOSE_ROLE: list[Case] = [
    (  # banking: whose CEO, Name, joined ..., has sued X
        "Corvel Bank, whose chief executive, Ann Rusk, joined in 2020, has sued Dravo Group.",
        [("corvel-bank", "DISPUTES", "dravo-group")],
        [("ann-rusk", "DISPUTES", "dravo-group")],
    ),
    (  # sport: supporters' trust criticises an owner, inner verb with object
        "The Riverside Supporters Trust, whose chairman, Ian Pell, has backed the club for "
        "decades, has criticised Gorvan Capital.",
        [("the-riverside-supporters-trust", "DISPUTES", "gorvan-capital")],
        [("ian-pell", "DISPUTES", "gorvan-capital")],
    ),
    (  # steel: whose largest shareholder, Fund, bought its stake ..., has acquired X
        "Hallam Steel, whose largest shareholder, Ostra Capital, bought its stake in 2018, has "
        "acquired Brenco Wire.",
        [("hallam-steel", "OWNS", "brenco-wire")],
        [("ostra-capital", "OWNS", "brenco-wire")],
    ),
    (  # retail: founder as the inner name, partnering main verb
        "Mellow Markets, whose founder, Rosa Tein, opened the first shop in 1998, has teamed up "
        "with Quarry Foods.",
        [("mellow-markets", "PARTNERS_WITH", "quarry-foods")],
        [("quarry-foods", "PARTNERS_WITH", "rosa-tein")],
    ),
    (  # mining: a long inner clause with a place
        "Tolland Minerals, whose managing director, Piet Vorster, spent a decade running mines "
        "in Ghana, has agreed to buy Karoo Copper.",
        [("tolland-minerals", "OWNS", "karoo-copper")],
        [("piet-vorster", "OWNS", "karoo-copper")],
    ),
    (  # shipping: main verb after a date
        "Brenner Lines, whose owner, Hal Motte, took control in 2015, last year bought Osk "
        "Ferries.",
        [("brenner-lines", "OWNS", "osk-ferries")],
        [("hal-motte", "OWNS", "osk-ferries")],
    ),
]

WHOSE_GUARDS: list[Case] = [
    (  # guard: the inner name is the subject when the main verb follows it at once
        "Ivo Sarr, whose father, Tom Sarr, bought Pella Mills in 1990, runs a bakery.",
        [("tom-sarr", "OWNS", "pella-mills")],
        [("ivo-sarr", "OWNS", "pella-mills")],
    ),
    (  # guard: an unnamed head ("the tenants' union") gives the inner name nothing
        "The tenants' union, whose spokeswoman, Eva Marsh, has lived on the estate for years, "
        "has criticised Pellbrook Homes.",
        [],
        [("eva-marsh", "DISPUTES", "pellbrook-homes")],
    ),
    (  # guard: the inner copula keeps the parent's place; the main verb is the head's
        "Dorran Oil, whose parent, Kessel Group, is based in Oslo, has sued Ardent Marine.",
        [("dorran-oil", "DISPUTES", "ardent-marine"), ("kessel-group", "LOCATED_IN", "oslo")],
        [("kessel-group", "DISPUTES", "ardent-marine")],
    ),
    (  # guard: an object relative keeps its inner agent
        "Brisk Mills, which Orvel Group bought in 2019, makes flour for Dunley Bakers.",
        [("orvel-group", "OWNS", "brisk-mills")],
        [],
    ),
    (  # guard: "which" after "with Y" is Y's
        "Sennet Power runs a venture it formed with Skarn Energy, which owns two fifths of it.",
        [],
        [("sennet-power", "OWNS", "skarn-energy")],
    ),
]

BANK = WHOSE_ROLE + WHOSE_GUARDS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_modifier15(case: Case) -> None:
    check(*case)
