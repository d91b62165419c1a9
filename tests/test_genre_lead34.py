"""Genre bank for a bare title far from its firm's last naming (round 34).

One reading kept:

- A bare leading title ("Chief executive X said ...") several sentences after the firm was
  last named, in a results or deal story whose first line names the firm with others: the
  firm the first line names and the article names most by far ("Kell Foods lifts outlook,
  sells unit to Brisk Dairy" ... a figures block ... "Chief executive X said ..."). Guards: a
  firm the first line does not name, and one named no more than the others, stay unread.

Two readings dropped (strict xfails): a sentence-opening bare title whose reported clause
refers to its own firm by a description ("Chief executive X said the company would ...") when
another firm is the article's most named; and, built on it, one whose reported clause names
another firm as no clause subject ("... said the fault lay with lids made by Norr Metals").

Each case is a short invented text, across food, shipping, software, retail and brewing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FIGURES = (
    "Figures for the quarter:\n"
    "- Revenue up 8% to 410m\n"
    "- Operating margin of 11.2%, up from 9.8%\n"
    "- Orders up 6%\n"
    "- Net debt down 40m\n\n"
)


def _story(first: str, opening: str, middle: str, title: str) -> str:
    return f"{first}\n\n{opening}\n\n{FIGURES}{middle}\n\n{title}\n"


FAR_TITLES: list[Case] = [
    (  # food: results story, the buyer of a unit named in the first line
        _story(
            "Kellby Foods lifts outlook; sells dairy unit to Brisk Dairy",
            "Kellby Foods, the Bristol-based maker of soups, raised its forecast on Monday.",
            "Kellby Foods said it would sell its dairy unit to Brisk Dairy. Kellby Foods "
            "will keep its soup plants. Kellby Foods shares rose 3%.",
            "Chief executive Mara Quint said the year had started well.",
        ),
        [("mara-quint", "LEADS", "kellby-foods")],
        [("mara-quint", "LEADS", "brisk-dairy")],
    ),
    (  # shipping: chairman, the past tense
        _story(
            "Orvane Shipping beats forecasts; charters tankers from Selka Lines",
            "Orvane Shipping, the Oslo-based tanker operator, reported higher profit on Tuesday.",
            "Orvane Shipping said it had chartered four tankers from Selka Lines. Orvane "
            "Shipping expects rates to hold. Orvane Shipping shares fell 1%.",
            "Chairman Pieter Vang said the board was pleased with the quarter.",
        ),
        [("pieter-vang", "LEADS", "orvane-shipping")],
        [("pieter-vang", "LEADS", "selka-lines")],
    ),
    (  # software: "managing director", the present tense
        _story(
            "Tessaly Code raises guidance; wins contract from Harbury Bank",
            "Tessaly Code, the Leeds-based maker of payroll software, raised its guidance.",
            "Tessaly Code said Harbury Bank had signed a four-year supply deal. Tessaly Code "
            "will hire 60 engineers. Tessaly Code shares rose 6%.",
            "Managing director Ines Kovar says demand is strong.",
        ),
        [("ines-kovar", "LEADS", "tessaly-code")],
        [("ines-kovar", "LEADS", "harbury-bank")],
    ),
    (  # retail: "told analysts"
        _story(
            "Pellwood Stores lifts outlook; sells warehouse to Corvin Logistics",
            "Pellwood Stores, the Manchester-based chain of hardware shops, lifted its outlook.",
            "Pellwood Stores said it would sell a warehouse to Corvin Logistics. Pellwood "
            "Stores will open ten shops. Pellwood Stores shares rose 2%.",
            "Chief executive Dora Lenk told analysts that margins would improve.",
        ),
        [("dora-lenk", "LEADS", "pellwood-stores")],
        [("dora-lenk", "LEADS", "corvin-logistics")],
    ),
    (  # guard: the first line names no firm, and the firm is named once
        _story(
            "Soup sales climb as winter bites",
            "Kellby Foods, the Bristol-based maker of soups, raised its forecast on Monday.",
            "Sales of soup rose sharply in January. Prices held steady. Costs fell.",
            "Chief executive Mara Quint said the year had started well.",
        ),
        [],
        [("mara-quint", "LEADS", "kellby-foods")],
    ),
    (  # guard: the first line's firms are named as often as each other
        _story(
            "Hopwell Brewing and Marren Maltings agree supply deal",
            "Hopwell Brewing and Marren Maltings signed a supply deal on Monday.",
            "Barley prices rose in the spring. Terms were not disclosed. Farmers welcomed "
            "the news.",
            "Chief executive Tom Reyne said the deal was good for farmers.",
        ),
        [],
        [("tom-reyne", "LEADS", "hopwell-brewing"), ("tom-reyne", "LEADS", "marren-maltings")],
    ),
]


@pytest.mark.parametrize("case", gap_params(FAR_TITLES, {}))
def test_far_bare_title(case: Case) -> None:
    check(*case)


@pytest.mark.xfail(
    strict=True,
    reason="round 34: sentence-opening bare title whose reported clause names its own firm "
    "by description while another firm is most named, TUNE +3/-0, CHECK +0/-0 right, +1 "
    "wrong: failed keep rule",
)
def test_reported_own_firm() -> None:
    text = (
        "Brisk Dairy to buy Kellby Foods\n\n"
        "Brisk Dairy agreed to buy Kellby Foods on Monday. Brisk Dairy will pay 90m. Brisk "
        "Dairy expects the deal to close in May. Brisk Dairy shares rose.\n\n"
        "Kellby Foods makes soups in Bristol.\n\n"
        "Chief executive Mara Quint said the company would retain its Bristol plant.\n"
    )
    check(text, [("mara-quint", "LEADS", "kellby-foods")], [])


@pytest.mark.xfail(
    strict=True,
    reason="round 34: sentence-opening bare title whose reported clause names another firm "
    "as a non-subject (built on the reading above), TUNE +2/-0, CHECK +0/-0: failed keep rule "
    "with the reading it needs",
)
def test_reported_other_firm() -> None:
    text = (
        "Brisk Dairy to buy Kellby Foods\n\n"
        "Brisk Dairy agreed to buy Kellby Foods on Monday. Brisk Dairy will pay 90m. Brisk "
        "Dairy expects the deal to close in May. Brisk Dairy shares rose.\n\n"
        "Kellby Foods makes soups in Bristol.\n\n"
        "Chief executive Mara Quint said the company had found the defect in lids made by "
        "Norr Metals.\n"
    )
    check(text, [("mara-quint", "LEADS", "kellby-foods")], [])
