"""Genre bank for fund managers and their funds: money put into a manager's fund is no stake in
the manager ("an investor in Corriden Partners' 2016 fund", "invested in Harlow's third
fund"), in private equity, venture, infrastructure, pensions, property and farmland writing,
as an appositive role noun, a verb with a possessive object, and a relative clause.

Guards: a stake in the manager itself still counts ("bought 10% of Corriden"), as does
"an investor in Corriden" with no fund; a dispute with the manager stands; "the Harlow
Bank fund" (a compound, `part_heads`) was already read as the fund.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, kept

BANK: list[Case] = [
    (  # private equity: appositive role noun on a possessed fund; the dispute stands
        "Hallgarth Pension, an investor in Corriden Partners' 2016 fund, has accused Corriden "
        "Partners of hiding fees.",
        [("hallgarth-pension", "DISPUTES", "corriden-partners")],
        [("hallgarth-pension", "FUNDS", "corriden-partners")],
    ),
    (  # venture: verb with a possessed fund ("'s third fund")
        "Ostwind Endowment invested in Kelso Ventures's third fund last year.",
        [],
        [("ostwind-endowment", "FUNDS", "kelso-ventures")],
    ),
    (  # infrastructure: "committed money to ... vehicle"
        "The Tarrant Teachers' Fund put $200m into Brellow Infrastructure's new vehicle, "
        "the fund said.",
        [],
        [("tarrant-teachers-fund", "FUNDS", "brellow-infrastructure")],
    ),
    (  # property: a backer of a flagship fund, relative clause
        "Marlow Insurance, which backed Quarry Capital's flagship property fund, is selling "
        "its offices.",
        [],
        [("marlow-insurance", "FUNDS", "quarry-capital")],
    ),
    (  # farmland: "a limited partner in X's farmland fund"
        "Vesta Pension is a limited partner in Harrow Land's farmland fund.",
        [],
        [("vesta-pension", "FUNDS", "harrow-land")],
    ),
    (  # guard: a stake in the manager itself
        "Hallgarth Pension bought a 10% stake in Corriden Partners, the manager said.",
        [("hallgarth-pension", "FUNDS", "corriden-partners")],
        [],
    ),
    (  # guard: an investor in the manager, no fund named
        "Ostwind Endowment, an investor in Kelso Ventures, declined to comment.",
        [("ostwind-endowment", "FUNDS", "kelso-ventures")],
        [],
    ),
    (  # guard: the manager's holding company is no fund
        "Hallgarth Pension invested in Corriden Partners' holding company, Corriden Group.",
        [("hallgarth-pension", "FUNDS", "corriden-group")],
        [("hallgarth-pension", "FUNDS", "corriden-partners")],
    ),
]


@pytest.mark.parametrize("case", BANK, ids=[c[0][:60] for c in BANK])
def test_genre_managers(case: Case) -> None:
    check(*case)


# A company named in full with a firm word, then by its first word in the same sentence, is one
# company; a brand or arm word keeps two ("Mizuno Next, the venture arm of Mizuno").
SHORT_FORMS: list[tuple[str, set[str], set[str]]] = [
    (
        "Hallgarth Pension, an investor in Corriden Partners, has accused Corriden of hiding fees.",
        {"Corriden Partners"},
        {"Corriden"},
    ),
    (
        "Shares in Brell Group fell after Brell cut its forecast, traders said.",
        {"Brell Group"},
        {"Brell"},
    ),
    (
        "Analysts at Ostara Holdings said Ostara would sell its ferries.",
        {"Ostara Holdings"},
        {"Ostara"},
    ),
    (
        "Mizuno Next, the venture arm of Mizuno, invested in Pell Robotics.",
        {"Mizuno Next", "Mizuno"},
        set(),
    ),
]


@pytest.mark.parametrize("case", SHORT_FORMS, ids=[c[0][:50] for c in SHORT_FORMS])
def test_short_form_in_the_same_sentence(case: tuple[str, set[str], set[str]]) -> None:
    text, names, absent = case
    got = kept(text)
    assert names <= got and not absent & got, sorted(got)
