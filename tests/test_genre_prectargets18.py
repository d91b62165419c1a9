"""Genre bank for relations kept on their own holder (round 18, prectargets).

A sub-body's chair leads no firm around it: "committee chair Ada Vorn", "the panel's chair",
"the inquiry into X is chaired by Y", "the Tarrow Council review panel, chaired by Y" give Y no
LEADS of the firm under scrutiny or of the parent body. A bare title whose holder is followed by
"of the <body>" ('said chairman Otto Wynn of the regulator') is that body's, never the firm the
paragraph is about. Co-owners who are "partners in" a venture do not partner with the venture,
and a licensing deal is trade, no partnership. The lender to a project funds the project, not
its developers.

Each case is a short invented text (relations that must be found, relations that must not be),
across water, energy, food, pharma, rail, retail and mining.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SUB_BODY_CHAIRS: list[Case] = [
    (  # water: a committee chair quoted at a hearing into a firm
        '"We welcome the review," said committee chair Ada Vorn at the hearing into Kelvin Water.',
        [],
        [("ada-vorn", "LEADS", "kelvin-water")],
    ),
    (  # rail: a sentence-opening "Committee chair" after the firm is named
        "Brisk Rail faces questions from MPs. Committee chair Ada Vorn said the firm had failed "
        "passengers.",
        [],
        [("ada-vorn", "LEADS", "brisk-rail")],
    ),
    (  # energy: "the panel's chair" after the firm faces an inquiry
        "Tarn Power faces an inquiry. The panel's chair, Ada Vorn, said hearings would start in "
        "May.",
        [],
        [("ada-vorn", "LEADS", "tarn-power")],
    ),
    (  # food: passive "the inquiry into X is chaired by Y"
        "The inquiry into Pellmoor Foods is chaired by Ada Vorn.",
        [],
        [("ada-vorn", "LEADS", "pellmoor-foods")],
    ),
    (  # mining: "the review of X, led by Y"
        "The review of Cerrillo Mining, led by Ada Vorn, will report in June.",
        [],
        [("ada-vorn", "LEADS", "cerrillo-mining")],
    ),
    (  # council: a named body's review panel, chaired by Y: not the council's chair
        "The Tarrow Council review panel, chaired by Ada Vorn, criticised Kelvin Water.",
        [],
        [("ada-vorn", "LEADS", "tarrow-council"), ("ada-vorn", "LEADS", "kelvin-water")],
    ),
    (  # pharma: a premodifying "panel chairman"
        "Quenby Pharma's drug was rejected, panel chairman Hal Brisk said.",
        [],
        [("hal-brisk", "LEADS", "quenby-pharma")],
    ),
    (  # must still give: a named committee's chair leads it; a company's chair leads it
        "Ada Vorn, chair of the Commons Transport Committee, questioned Brisk Rail.",
        [("ada-vorn", "LEADS", "commons-transport-committee")],
        [("ada-vorn", "LEADS", "brisk-rail")],
    ),
    (  # must still give: a firm's chairman named by title before the name
        "Kelvin Water chairman Otto Wynn defended the rise.",
        [("otto-wynn", "LEADS", "kelvin-water")],
        [],
    ),
    (  # must still give: "chaired by" of a firm
        "Pellmoor Foods, chaired by Ada Vorn, bought Tessin Dairy.",
        [("ada-vorn", "LEADS", "pellmoor-foods"), ("pellmoor-foods", "OWNS", "tessin-dairy")],
        [],
    ),
]

BODY_TITLES: list[Case] = [
    (  # water: a regulator's chairman quoted after a paragraph about the firm
        'Kelvin Water raised bills by 9%. "The rise is unjustified," said chairman Otto Wynn of '
        "the regulator.",
        [],
        [("otto-wynn", "LEADS", "kelvin-water")],
    ),
    (  # retail: "chief executive X at the watchdog"
        'Harrow Stores cut prices. "This is overdue," said chief executive Lena Dace at the '
        "watchdog.",
        [],
        [("lena-dace", "LEADS", "harrow-stores")],
    ),
    (  # must still give: a bare title after a paragraph about the firm
        'Harrow Stores cut prices. "This is overdue," said chief executive Lena Dace.',
        [("lena-dace", "LEADS", "harrow-stores")],
        [],
    ),
    (  # must still give: "chairman of the board" names the firm's own board
        "Harrow Stores cut prices. Otto Wynn, chairman of Harrow Stores, approved the cut.",
        [("otto-wynn", "LEADS", "harrow-stores")],
        [],
    ),
]

VENTURE_PARTNERS: list[Case] = [
    (  # energy: "partners in" a project: the project is no partner
        "Vorn Energy and Kelso Power, partners in the Tidewater wind farm, signed the lease.",
        [],
        [
            ("vorn-energy", "PARTNERS_WITH", "tidewater"),
            ("kelso-power", "PARTNERS_WITH", "tidewater"),
        ],
    ),
    (  # mining: "partners in" a mine
        "Valbrook Mining and Ostra Metals, partners in the Cerrillo mine, cut output.",
        [],
        [
            ("valbrook-mining", "PARTNERS_WITH", "cerrillo"),
            ("ostra-metals", "PARTNERS_WITH", "cerrillo"),
        ],
    ),
    (  # must still give: "partner of" a firm
        "Kesti Farms, a partner of Marlow Foods, opened a dairy.",
        [("kesti-farms", "PARTNERS_WITH", "marlow-foods")],
        [],
    ),
    (  # must still give: a lender to a project the developers build funds the project
        "Vorn Energy and Kelso Power are building the Tidewater wind farm, funded by Harlan Bank.",
        [("harlan-bank", "FUNDS", "tidewater")],
        [("harlan-bank", "FUNDS", "vorn-energy"), ("harlan-bank", "FUNDS", "kelso-power")],
    ),
    (  # energy: a loan named for the project
        "Harlan Bank lent £200m to Vorn Energy and Kelso Power for the Tidewater wind farm.",
        [("harlan-bank", "FUNDS", "tidewater")],
        [],
    ),
    (  # energy: a project's funders in a relative after its developers
        "Vorn Energy and Kelso Power are jointly developing the Tidewater wind farm, which Harlan "
        "Bank and Norrhavn Bank are funding.",
        [("harlan-bank", "FUNDS", "tidewater"), ("norrhavn-bank", "FUNDS", "tidewater")],
        [("harlan-bank", "FUNDS", "vorn-energy"), ("norrhavn-bank", "FUNDS", "kelso-power")],
    ),
]

TRADE_DEALS: list[Case] = [
    (  # pharma: a licensing deal
        "Tallis Pharma signed a licensing deal with Brevik Health for its asthma drug.",
        [],
        [("tallis-pharma", "PARTNERS_WITH", "brevik-health")],
    ),
    (  # media: a licence agreement
        "Orrin Games struck a licence agreement with Kelmar Studios.",
        [],
        [("orrin-games", "PARTNERS_WITH", "kelmar-studios")],
    ),
    (  # food: a royalty deal
        "Marlow Foods agreed a royalty deal with Kesti Farms.",
        [],
        [("marlow-foods", "PARTNERS_WITH", "kesti-farms")],
    ),
    (  # steel: a supply contract
        "Grenmark Steel agreed a five-year supply deal with Oskar Logistics.",
        [],
        [("grenmark-steel", "PARTNERS_WITH", "oskar-logistics")],
    ),
    (  # must still give: a partnership stays
        "Marlow Foods teamed up with Kesti Farms to launch a cheese.",
        [("marlow-foods", "PARTNERS_WITH", "kesti-farms")],
        [],
    ),
    (  # must still give: a collaboration agreement
        "Marlow Foods entered into a collaboration agreement with Kesti Farms.",
        [("marlow-foods", "PARTNERS_WITH", "kesti-farms")],
        [],
    ),
]

GAP_CASES: list[Case] = [
    (  # JV grant: the venture, not its parents, receives the grant
        "The Tidewater joint venture of Vorn Energy and Kelso Power received a grant from the "
        "Welsh Government.",
        [],
        [("welsh-government", "FUNDS", "vorn-energy")],
    ),
    (  # "Its chair" bound to the firm heard, not the unnamed committee
        "Kelvin Water faces questions from the Commons environment committee. Its chair, Ada "
        "Vorn, said the firm had failed customers.",
        [],
        [("ada-vorn", "LEADS", "kelvin-water")],
    ),
    (  # a team's head coach (blind convention) is no leader
        "Tovel United's head coach, Ivo Marsh, praised the club.",
        [],
        [("ivo-marsh", "LEADS", "tovel-united")],
    ),
]

BANK = SUB_BODY_CHAIRS + BODY_TITLES + VENTURE_PARTNERS + TRADE_DEALS + GAP_CASES
GAPS: dict[str, str] = {
    "The Tidewater joint venture": "a venture's 'of A and B' read as the subject (svo)",
    "Kelvin Water faces questions": "'Its' after an unnamed committee binds to the firm (coref)",
    "Tovel United's head coach": "coach is LEADS in lexicon roles; dev banks want it",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_prectargets18(case: Case) -> None:
    check(*case)
