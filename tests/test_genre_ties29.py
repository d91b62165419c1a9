"""Genre bank for the smaller ties: funding, backing, partnership and rivalry (round 29).

A date inside a trigger phrase's gap names no one, so the phrase still reaches its closing word:
"received a €2m subsidy last spring from X", "secured a loan in 2021 from X" (X funds the
receiver). An amount between the verb and a second lender still stops it: "will finance it
alongside a £4m loan from X" has X lend beside the subject, not to it. The strict xfails keep
the shapes this round leaves unread (a contract race, a ranking "ahead of", "in tandem with",
a round's late participants, a programme named by a definite description).

Each case is a short invented text (relations that must be found, relations that must not be),
across dairy, rail, ceramics, shipbuilding, software, textiles and forestry.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DATED: list[Case] = [
    (  # dairy: a project receives a grant, a date before "from"
        "Orwell Creameries is building Project Sorrel, a whey-drying plant near Ipswich. "
        "Project Sorrel won a £3m grant last year from the Suffolk Growth Board.",
        [("suffolk-growth-board", "FUNDS", "project-sorrel")],
        [],
    ),
    (  # rail: a company receives a subsidy with a season in the gap
        "Kestrin Rail runs freight trains between Bremen and Linz. Kestrin Rail received a "
        "subsidy last spring from the Danube Transport Fund.",
        [("danube-transport-fund", "FUNDS", "kestrin-rail")],
        [],
    ),
    (  # ceramics: a year inside the gap
        "Calloway Tiles makes floor tiles in Stoke. Calloway Tiles secured a loan in 2021 from "
        "Marlstone Bank to rebuild its kilns.",
        [("marlstone-bank", "FUNDS", "calloway-tiles")],
        [],
    ),
    (  # shipbuilding: an amount and a date together
        "Drummond Yards is refitting two ferries. Drummond Yards received a 2 million euro "
        "grant this year from the Clyde Maritime Trust.",
        [("clyde-maritime-trust", "FUNDS", "drummond-yards")],
        [],
    ),
    (  # guard: no date, the plain phrase still reads
        "Tavish Looms weaves tweed on Harris. Tavish Looms received a grant from the Western "
        "Isles Craft Fund.",
        [("western-isles-craft-fund", "FUNDS", "tavish-looms")],
        [],
    ),
    (  # guard (forestry): a second lender beside the subject funds the project, not the subject
        "Brackwood Timber is to build the Elmsett Sawmill, and Fenlow Capital will finance it "
        "alongside a £6m loan from the Anglia Forestry Bank.",
        [],
        [("anglia-forestry-bank", "FUNDS", "fenlow-capital")],
    ),
    (  # guard (software): a date and a customer, no money: no funding
        "Quillon Data sells audit software. Quillon Data won a contract last year from the "
        "Harbour Authority.",
        [],
        [("harbour-authority", "FUNDS", "quillon-data")],
    ),
]

READ: list[Case] = [
    (  # paints: a ranking "ahead of" named firms (read by the ranking rule)
        "Tessel Paints is the market leader in Ireland, ahead of Dorr Coatings and Pilsa Paints.",
        [("tessel-paints", "COMPETES_WITH", "dorr-coatings")],
        [],
    ),
]

UNREAD: list[Case] = [
    (  # hospital software: a contract race with named rivals
        "Lark Systems competes for the same hospital contracts as Venn Health and Osmo Care.",
        [("lark-systems", "COMPETES_WITH", "venn-health")],
        [],
    ),
    (  # textiles: "in tandem with"
        "Harrow Mills is developing a recycled yarn in tandem with Calder Fibres.",
        [("harrow-mills", "PARTNERS_WITH", "calder-fibres")],
        [],
    ),
    (  # dairy: a programme named by a definite description
        "Orwell Creameries runs Project Sorrel, a whey-drying programme. The Suffolk Growth "
        "Board has provided £2m towards the programme.",
        [("suffolk-growth-board", "FUNDS", "project-sorrel")],
        [],
    ),
]

BANK = DATED + READ + UNREAD
GAPS: dict[str, str] = {
    "Lark Systems": "a race for the same contracts as named firms is not read as rivalry",
    "Harrow Mills": "'in tandem with' is no partnership trigger",
    "Orwell Creameries runs": "'the programme' after money 'towards' is not resolved",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_ties29(case: Case) -> None:
    check(*case)
