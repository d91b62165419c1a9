"""Rivalry, round 35 mend: what "lost <thing> to X" must not read as rivals.

The round-35 reading ("X lost the Kelso concession to Y": rivals) also fired where the "to"
belongs to the thing lost ("lost access to X", "lost the chance to acquire X", "lost the right
to pay dividends to X", "lost the rights to X's catalogue"), where the thing is a claim at law
("lost its libel suit to X"), a sum without a currency mark ("lost 40 million euros / money to
X"), a hold ("lost ownership / its 30% share in X / its Polish unit to Y"), where X is the
loser's own keeper ("to its lessor, X"), where the loss is only feared or expected ("fears
losing nurses to X", "is expected to lose the franchise to X"), and where the thing lost is a
name ("lost Garrick Steel to Prenton Haulage": the customer is no rival, the taker is).

Each case is (sentence, relations that must be found, relations that must not be). Every name is
invented; sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

RIVALS = "COMPETES_WITH"

NO_RIVALS: list[Case] = [
    # the "to" belongs to the thing lost
    (
        "Brevin Apps lost access to Quillon Cloud after a billing dispute.",
        [],
        [("brevin-apps", RIVALS, "quillon-cloud")],
    ),
    (
        "Dawlish Energy lost its grid connection to Severn Power Networks after the storm.",
        [],
        [("dawlish-energy", RIVALS, "severn-power-networks")],
    ),
    (
        "Pinemoor Foods lost the chance to acquire Dellow Bakeries when its loan fell through.",
        [],
        [("pinemoor-foods", RIVALS, "dellow-bakeries")],
    ),
    (
        "Harland Bank lost the right to pay dividends to Castlemore Trust under the settlement.",
        [],
        [("harland-bank", RIVALS, "castlemore-trust")],
    ),
    (
        "Lindqvist Media lost the rights to Aldridge Studios' film catalogue last year.",
        [],
        [("lindqvist-media", RIVALS, "aldridge-studios")],
    ),
    (
        "Prestwick Bank lost heavily on its loans to Tarvin Homes after the builder collapsed.",
        [],
        [("prestwick-bank", RIVALS, "tarvin-homes")],
    ),
    # a claim at law: litigants, and the claim's own phrase still reads the dispute
    (
        "Greystone Media lost its libel suit to Pembrook Publishing on Thursday.",
        [],
        [("greystone-media", RIVALS, "pembrook-publishing")],
    ),
    (
        "Brantley Insurance lost its claim to Hallam Re, the panel found.",
        [],
        [("brantley-insurance", RIVALS, "hallam-re")],
    ),
    (
        "Ashworth Cement lost its legal challenge to Kelso Aggregates' quarry permit.",
        [("ashworth-cement", "DISPUTES", "kelso-aggregates")],
        [("ashworth-cement", RIVALS, "kelso-aggregates")],
    ),
    # a sum without a currency mark
    (
        "Trenton Pensions lost 40 million euros to Kilroy Finance in a failed bond deal.",
        [],
        [("trenton-pensions", RIVALS, "kilroy-finance")],
    ),
    (
        "Dunhill Traders lost money to Castle Markets on a currency bet that went wrong.",
        [],
        [("dunhill-traders", RIVALS, "castle-markets")],
    ),
    # a hold
    (
        "Bryce Holdings lost its 30% share in Keswick Mining to Dorval Resources.",
        [],
        [("bryce-holdings", RIVALS, "dorval-resources")],
    ),
    (
        "Calder Group lost its Polish unit to Mannheim Bank, which took over the business.",
        [],
        [("calder-group", RIVALS, "mannheim-bank")],
    ),
    # the loser's own keeper
    (
        "Lyle Aviation lost three aircraft to its lessor, Aerolease Capital, when it missed "
        "payments.",
        [],
        [("lyle-aviation", RIVALS, "aerolease-capital")],
    ),
    # a loss only feared, expected or avoided
    (
        "Dorwell Clinics fears losing nurses to Benfield Health, which pays more.",
        [],
        [("dorwell-clinics", RIVALS, "benfield-health")],
    ),
    (
        "Lanark Buses is expected to lose the city franchise to Paxton Transit next month.",
        [],
        [("lanark-buses", RIVALS, "paxton-transit")],
    ),
    (
        "Torvale Airlines raised pilot pay to avoid losing crews to Eastwind Air.",
        [],
        [("torvale-airlines", RIVALS, "eastwind-air")],
    ),
    (
        "Hatherley Rail risks losing the franchise to Corvin Trains, the ministry said.",
        [],
        [("hatherley-rail", RIVALS, "corvin-trains")],
    ),
]

# a name (or a possessor) right after the verb is the thing lost; the name after "to" is the rival
NAME_LOST: list[Case] = [
    (
        "Morley Freight lost Garrick Steel to Prenton Haulage as a customer last year.",
        [("morley-freight", RIVALS, "prenton-haulage")],
        [("morley-freight", RIVALS, "garrick-steel")],
    ),
    (
        "Holbrook Agency lost Fennel Brands' advertising account to Ridgemont Creative.",
        [("holbrook-agency", RIVALS, "ridgemont-creative")],
        [("holbrook-agency", RIVALS, "fennel-brands")],
    ),
]

# still to mend
OPEN: list[Case] = [
    # an asset lost to its buyer, said only by the relative clause after the taker
    (
        "Hallam Brewing lost its Oxford brewery to Pennant Brewers, which bought the site out of "
        "administration.",
        [],
        [("hallam-brewing", RIVALS, "pennant-brewers")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), NO_RIVALS, ids=lambda x: str(x)[:50])
def test_a_thing_lost_that_makes_no_rivals(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), NAME_LOST, ids=lambda x: str(x)[:50])
def test_a_name_lost_is_no_rival(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.xfail(strict=True, reason="an asset lost to a buyer, said only after the taker")
@pytest.mark.parametrize(("text", "present", "absent"), OPEN, ids=lambda x: str(x)[:50])
def test_an_asset_lost_to_its_buyer(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
