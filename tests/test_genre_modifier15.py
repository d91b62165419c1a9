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

BASED_AFTER_OF: list[Case] = [
    (  # retail: "a N of X that is headquartered in P"
        "Brantwell, a smaller competitor of Kestrow that is headquartered in Dunmere, reported "
        "higher sales.",
        [("brantwell", "LOCATED_IN", "dunmere")],
        [("kestrow", "LOCATED_IN", "dunmere")],
    ),
    (  # media: "a partner for Y that is based in" after a longer description
        "Quillon Studios, the long-standing production partner for Hevra TV that is based in "
        "Malmo, made the series.",
        [("quillon-studios", "LOCATED_IN", "malmo")],
        [("hevra-tv", "LOCATED_IN", "malmo")],
    ),
    (  # food: "which" with no comma stays with the nearest name (not read yet)
        "Brantwell, a smaller competitor of Kestrow which is headquartered in Dunmere, reported "
        "higher sales.",
        [("brantwell", "LOCATED_IN", "dunmere")],
        [("kestrow", "LOCATED_IN", "dunmere")],
    ),
    (  # food: "that is based in" after "a supplier to Y"
        "Lanmere Foods, a supplier to Pellow Stores that is based in Ostrava, grew.",
        [("lanmere-foods", "LOCATED_IN", "ostrava")],
        [("pellow-stores", "LOCATED_IN", "ostrava")],
    ),
    (  # energy: "a unit of X that is based in"
        "Corra Wind, a unit of Helmer Energy that is based in Aalborg, builds turbines.",
        [("corra-wind", "LOCATED_IN", "aalborg")],
        [("helmer-energy", "LOCATED_IN", "aalborg")],
    ),
]

BASED_GUARDS: list[Case] = [
    (  # guard: no appositive: the "that" clause after a verb's object stays the object's
        "Orvik Media is a rival of Tallis Press that is based in Leeds.",
        [("tallis-press", "LOCATED_IN", "leeds")],
        [("orvik-media", "LOCATED_IN", "leeds")],
    ),
    (  # guard: a "that" clause on a name after "in" stays that name's
        "Marrow Foods, which bought a stake in Delka Farms that is based in Cork, grew.",
        [("delka-farms", "LOCATED_IN", "cork")],
        [("marrow-foods", "LOCATED_IN", "cork")],
    ),
    (  # guard: the relative after a plain name is that name's
        "Orvik Media bought Tallis Press, which is based in Leeds.",
        [("tallis-press", "LOCATED_IN", "leeds")],
        [("orvik-media", "LOCATED_IN", "leeds")],
    ),
    (  # guard: a relative on the object of a verb
        "Marsh Agri supplies Dellow Farms, which is headquartered in Norwich.",
        [("dellow-farms", "LOCATED_IN", "norwich")],
        [("marsh-agri", "LOCATED_IN", "norwich")],
    ),
]

SHARE_PASSIVE: list[Case] = [
    (  # bakery: appositive with "of Y and other ..." before "is 40% owned by"
        "Wexley Bakers, a rival of Tormid and other bread makers, is 40% owned by Faro Partners.",
        [("faro-partners", "OWNS", "wexley-bakers")],
        [("faro-partners", "OWNS", "tormid")],
    ),
    (  # packaging: "held" with a share after a longer appositive
        "Castell Boxes, a rival of Holbeck and other carton makers in the north, is 55% held "
        "by Mistral Capital.",
        [("mistral-capital", "OWNS", "castell-boxes")],
        [("mistral-capital", "OWNS", "holbeck")],
    ),
    (  # media: subjectless second conjunct with a share
        "Tessel Media owns Orra Radio and is now 40% owned by Kemp Holdings.",
        [("kemp-holdings", "OWNS", "tessel-media"), ("tessel-media", "OWNS", "orra-radio")],
        [("kemp-holdings", "OWNS", "orra-radio")],
    ),
    (  # freight: second conjunct after an object with a share
        "Keel Freight serves Tenby Ports and is 30% owned by Aster Group.",
        [("aster-group", "OWNS", "keel-freight")],
        [("aster-group", "OWNS", "tenby-ports")],
    ),
]

SHARE_GUARDS: list[Case] = [
    (  # guard: a relative on the object keeps its own passive
        "Orvik Media bought Tallis Press, which is 40% owned by Pell Trust.",
        [("pell-trust", "OWNS", "tallis-press")],
        [("pell-trust", "OWNS", "orvik-media")],
    ),
    (  # guard: ", and is 35% owned" after a relative aside: the aside's object is no patient
        "Calder Paints was set up by Ivo Marsh, who still runs it, and is 35% owned by Tarn "
        "Holdings.",
        [("tarn-holdings", "OWNS", "calder-paints")],
        [("tarn-holdings", "OWNS", "ivo-marsh")],
    ),
    (  # guard: a share without a comma-closed aside reads as before
        "Harmon Steel is 51% owned by Vesta Capital.",
        [("vesta-capital", "OWNS", "harmon-steel")],
        [],
    ),
]

BANK = WHOSE_ROLE + WHOSE_GUARDS + BASED_AFTER_OF + BASED_GUARDS + SHARE_PASSIVE + SHARE_GUARDS
GAPS: dict[str, str] = {
    "Brantwell, a smaller competitor of Kestrow which": "a 'which' with no comma after "
    "'of Y' is not read as the appositive's relative (only 'that' is)",
    "Castell Boxes, a rival of Holbeck": "'is 55% held by' after a long appositive: neither "
    "verbal/passive nor stake/held-by finds the patient (nothing spurious either)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_modifier15(case: Case) -> None:
    check(*case)
