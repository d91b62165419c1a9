"""Review of round 41's partnership readings on invented text (rv541).

`partnering/named-partner` reads "Kelso calls Orvo its partner" as a tie of the namer's. A
phrase after "partner" can say whose partner it is when no possessive claims it for the
namer: a rating agency or a ministry calling a firm "a reliable partner for small lenders", "a
partner to watch", "the partner of Tesmer Defence" names no tie of the namer's. Fund and firm
roles ("its limited partner", "its silent partner") are an investor's seat, and "a partner in
crime" no firm's tie. A possessive keeps the reading ("its partner for digital clinics",
"our partner for North America").

`partnering/with-which` reads "X, the lender with which it ..." as a tie with X. A money act
between the clause's subject and the tie word ("with which it financed the joint venture")
makes X the means, not a party.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

NAMED_PARTNER_KEPT: list[Case] = [
    (  # insurance: a possessive before the noun, "for" after it
        "Vesta Insurance calls Lumo Health its partner for digital clinics.",
        [("vesta-insurance", "PARTNERS_WITH", "lumo-health")],
        [],
    ),
    (  # dairy: past tense, modifiers before the noun
        "Halden Foods called Ostrava Dairy its most important partner in central Europe.",
        [("halden-foods", "PARTNERS_WITH", "ostrava-dairy")],
        [],
    ),
    (  # cosmetics: "a partner" quoted, nothing after it
        'Ravel Cosmetics describes Linea Packaging as "a partner, not a supplier".',
        [("ravel-cosmetics", "PARTNERS_WITH", "linea-packaging")],
        [],
    ),
    (  # distilling: "the partner of" no name: the namer's own
        "Glenmore Distillers called Yamato Spirits the partner of its dreams.",
        [("glenmore-distillers", "PARTNERS_WITH", "yamato-spirits")],
        [],
    ),
    (  # distilling: a relative clause on the partner, "in <place>" after the noun
        "Glenmore Distillers, which Yamato Spirits called its partner in Scotland, was sold.",
        [("yamato-spirits", "PARTNERS_WITH", "glenmore-distillers")],
        [],
    ),
]

NAMED_PARTNER_TRAPS: list[Case] = [
    (  # an international lender's praise: a partner of governments, not of the bank
        "The World Bank calls Andes Power a model partner for governments in the region.",
        [],
        [("world-bank", "PARTNERS_WITH", "andes-power")],
    ),
    (  # a rating agency's view
        "Fitch describes Carrow Mines as a dependable partner to lenders in Zambia.",
        [],
        [("fitch", "PARTNERS_WITH", "carrow-mines")],
    ),
    (  # a third firm's partner named by "of"
        "Rook Security describes Falcon Guard as the partner of Tesmer Defence.",
        [],
        [("rook-security", "PARTNERS_WITH", "falcon-guard")],
    ),
    (  # "a partner to watch": a tip, no tie
        "Tollan Airports calls Ostia Infrastrutture a partner to watch.",
        [],
        [("tollan-airports", "PARTNERS_WITH", "ostia-infrastrutture")],
    ),
    (  # a relative clause: a partner to others
        "Orvo Foods, which Kelso Mills calls a partner to many bakeries, cut prices.",
        [],
        [("kelso-mills", "PARTNERS_WITH", "orvo-foods")],
    ),
    (  # fund roles: an investor's seat, no partnership
        "Trellis Ventures calls Orbit Capital its limited partner.",
        [],
        [("trellis-ventures", "PARTNERS_WITH", "orbit-capital")],
    ),
    (
        "Pavlo Games calls Redfern Publishing its general partner in the fund.",
        [],
        [("pavlo-games", "PARTNERS_WITH", "redfern-publishing")],
    ),
    (
        "Trident Ports calls Oceanic Lines its silent partner.",
        [],
        [("trident-ports", "PARTNERS_WITH", "oceanic-lines")],
    ),
    (  # the idiom: no firm's tie
        "Nordell Seeds calls Yaran Agro a partner in crime.",
        [],
        [("nordell-seeds", "PARTNERS_WITH", "yaran-agro")],
    ),
]

WITH_WHICH_TRAPS: list[Case] = [
    (  # a lender as the means of a money act on the tie
        "Pellam Homes borrowed from Quarry Bank, the regional lender with which it financed "
        "the joint venture.",
        [],
        [("pellam-homes", "PARTNERS_WITH", "quarry-bank")],
    ),
    (  # the plain shape: the same
        "Dorran Estates bought the site with Hollin Credit, with which it funded the "
        "partnership's first tower.",
        [],
        [("dorran-estates", "PARTNERS_WITH", "hollin-credit")],
    ),
]

LEFT: list = [
    pytest.param(
        "Tarvo Energy paid fees to Lennox Advisory, the London law firm with which it "
        "negotiated the joint venture.",
        [],
        [("tarvo-energy", "PARTNERS_WITH", "lennox-advisory")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="an adviser on the tie, not a party: 'negotiated with' names counterparties "
            "as often, so no verb guard",
        ),
    ),
    pytest.param(
        "Dalton Robotics calls Qiming Automation its partner in name only.",
        [],
        [("dalton-robotics", "PARTNERS_WITH", "qiming-automation")],
        marks=pytest.mark.xfail(strict=True, reason="a hedge after the noun not in the hedges"),
    ),
    pytest.param(
        'Sella Homes calls Ardmore Bank its "partner" in a sarcastic note after the bank cut '
        "its credit line.",
        [],
        [("sella-homes", "PARTNERS_WITH", "ardmore-bank")],
        marks=pytest.mark.xfail(strict=True, reason="scare quotes: also the form of a real quote"),
    ),
    pytest.param(
        "Selvin Bank calls Mavuno Credit its partner, Mavuno said, but Selvin denied it.",
        [],
        [("selvin-bank", "PARTNERS_WITH", "mavuno-credit")],
        marks=pytest.mark.xfail(strict=True, reason="a denial in a later clause"),
    ),
]


@pytest.mark.parametrize("text,present,absent", NAMED_PARTNER_KEPT)
def test_named_partner_kept(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", NAMED_PARTNER_TRAPS)
def test_named_partner_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", WITH_WHICH_TRAPS)
def test_with_which_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", LEFT)
def test_left(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
