"""Review of round 39's readings (invented sentences, several sectors): the mends.

- A holder staying on (`staying_firm`): the firm the holder leads is not the business meant
  when that firm sold a unit in the article ("Dorn sold its arm, Crumb, to Garrow. ... Lund
  will stay on to run the business": Crumb, not Dorn).
- A loan for "the purchase" far below the opening purchase (`Deals.lead`): another deal stated
  in between by a verb with no named buyer ("after it bought a rival", "was bought by its
  managers") or by an indefinite noun ("signed a supply deal") takes "the purchase"; "The
  buyer will fund the deal" names the buyer itself, no funder; "financed by the buyer's cash"
  is the buyer's own money.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

BAKERY = (
    "Orbis Foods agreed to buy Tallow Bakeries for £40m. Tallow Bakeries makes bread for "
    "supermarkets. It employs 300 people. Its founder will retire. "
)

STAYING: list[Case] = [
    (  # bakery: the founder's firm sold a unit; the business is the unit
        "Dorn Holdings sold its bakery arm, Crumb Bakeries, to Garrow Foods for £30m. Dorn was "
        "founded by Ana Lund. Garrow has bought four firms this year. Lund will stay on to run "
        "the business.",
        [("garrow-foods", "OWNS", "crumb-bakeries")],
        [("ana-lund", "LEADS", "dorn-holdings")],
    ),
    (  # brewing: the buyer's own chief executive stays at the buyer
        "Dalton Brewing, which is led by Ivo Marsh, will buy Hopfield Ales. Marsh will "
        "continue to run the company while Hopfield is merged in.",
        [("ivo-marsh", "LEADS", "dalton-brewing")],
        [("ivo-marsh", "LEADS", "hopfield-ales")],
    ),
    (  # retail: the buyer named between; "will remain on to oversee the company"
        "Shopwise Group bought Lark Boutiques, a chain of 40 stores, in June. Lark Boutiques "
        'was set up by Nadia Crane in 1995. "We are delighted," said Shopwise\'s chief '
        "executive, Owen Hale. Crane will remain on to oversee the company.",
        [("nadia-crane", "LEADS", "lark-boutiques")],
        [("nadia-crane", "LEADS", "shopwise-group")],
    ),
    pytest.param(
        "Ana Lund founded Lund Mills in 1990 and later sold it. Halden Group has bought Brisk "
        "Foods, a snack maker she advises. Halden has bought four firms this year. Lund will "
        "continue to run the company.",
        [],
        [("ana-lund", "LEADS", "lund-mills")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the one firm the holder is tied to was sold long ago: no relation says so",
        ),
    ),
]

LEAD_LOANS: list[Case] = [
    (  # the opening purchase's loan, far below: still read
        BAKERY + "The purchase, funded by a loan from Castlegate Bank, is due to close in May.",
        [("castlegate-bank", "FUNDS", "orbis-foods")],
        [],
    ),
    (  # a deal judged in between is no other deal
        "Orbis Foods agreed to buy Tallow Bakeries for £40m. Tallow Bakeries makes bread for "
        'supermarkets. It employs 300 people. "This is a good deal for our shareholders," '
        "Orbis said. The purchase is being financed by a loan from Castlegate Bank.",
        [("castlegate-bank", "FUNDS", "orbis-foods")],
        [],
    ),
    (  # the opening buyer's own earlier stake in between keeps it the buyer
        "Orbis Foods agreed to buy Tallow Bakeries for £40m. Tallow Bakeries makes bread for "
        "supermarkets. It employs 300 people. Orbis acquired a 20% stake in Tallow in 2019. "
        "The purchase is being financed by a loan from Castlegate Bank.",
        [("castlegate-bank", "FUNDS", "orbis-foods")],
        [],
    ),
    (  # an earlier purchase by unnamed owners, passive
        "Orbis Foods agreed to buy Tallow Bakeries for £40m. Tallow Bakeries makes bread for "
        "supermarkets. It employs 300 people. Tallow was acquired by its current owners in "
        "2005. The purchase is being financed by a loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orbis-foods")],
    ),
    (  # shares: another purchase stated by a verb with a pronoun buyer
        BAKERY + "Elsewhere, shares in Ridge Dairy rose after it bought a rival. The purchase "
        "was financed by a loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orbis-foods")],
    ),
    (  # buyout: an earlier purchase by unnamed managers
        BAKERY + "In 2010 Tallow was itself bought by its managers. The purchase was financed "
        "by a loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orbis-foods")],
    ),
    (  # leasing: another deal by an indefinite noun
        BAKERY + "Tallow recently signed a lease deal for a depot. The deal was financed by a "
        "loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orbis-foods")],
    ),
    (  # retail supply: the same
        BAKERY + "Tallow also signed a supply deal with Fresco Stores. The deal is being "
        "financed by a loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orbis-foods")],
    ),
    (  # paper: "The buyer will finance the takeover": the buyer itself, no funder
        "Halvard Group has sold its packaging arm, Brisk Cartons, to Norrland Paper. Brisk "
        "Cartons has three mills in Sweden. The unit made a loss last year. Halvard will use "
        "the money to cut debt. The buyer will finance the takeover with a loan from "
        "Castlegate Bank.",
        [],
        [("halvard-group", "FUNDS", "norrland-paper")],
    ),
    (  # car parts: a loan sought, the subject the buyer
        "Arden Motors agreed to buy Kelso Parts. Kelso makes brake pads. It has plants in Ohio "
        "and Texas. Sales rose 8% last year. The company was founded in 1972. It has 900 "
        "workers. The buyer has sought a loan from Castlegate Bank to fund the deal, but talks "
        "have stalled.",
        [],
        [("kelso-parts", "FUNDS", "arden-motors")],
    ),
    (  # "financed by the buyer's cash": the buyer's own money
        BAKERY + "The purchase will be financed by the buyer's cash, while a loan from "
        "Castlegate Bank to Tallow will be repaid.",
        [],
        [("tallow-bakeries", "FUNDS", "orbis-foods")],
    ),
    pytest.param(
        BAKERY + "Orbis has struggled since its failed bid for Crane Mills. The deal was to be "
        "financed by a loan from Castlegate Bank.",
        [],
        [("castlegate-bank", "FUNDS", "orbis-foods")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="'the deal' is the buyer's own failed bid for another firm, never funded",
        ),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), STAYING + LEAD_LOANS)
def test_review_mends(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
