"""Genre bank for projects and joint ventures (round 12): a named joint venture whose name
ends in a company word ("Corvel Cable Partnership", "Ostrel Dock Consortium") is an
Organization its members own, while the structure it builds (a ropeway, a dome, a viaduct) is
the Project they fund; "the scheme"/"it" after the project binds to the project; funding
frames: "lend N towards the dome", "gave N, and X is borrowing N for it", "to which the
agency gave a grant", "a plan paid for in equal parts by A and B", "launched at its P site with
a grant from X".

Each case is a short invented article (text, relations that must be found, relations that must
not be), across transport, leisure, energy, ports, farming, insurance, chemicals and housing.
Guards: a negated funding, a builder who is no funder, the members of a venture company own it
(no FUNDS of the company), a named venture with no company word keeps its old reading.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

VENTURES: list[Case] = [
    (  # transport: the JV company is owned, the ropeway is funded through "the scheme"
        "The Halden Ropeway is under construction by Corvel Cable Partnership, a joint venture "
        "split 50/50 between Brannick Lifts and Ostery Group, which jointly put £20m into the "
        "scheme.",
        [
            ("brannick-lifts", "FUNDS", "halden-ropeway"),
            ("ostery-group", "FUNDS", "halden-ropeway"),
        ],
        [
            ("brannick-lifts", "FUNDS", "corvel-cable-partnership"),
            ("ostery-group", "FUNDS", "corvel-cable-partnership"),
        ],
    ),
    (  # transport: the owners of the split venture
        "The Halden Ropeway is under construction by Corvel Cable Partnership, a joint venture "
        "split 50/50 between Brannick Lifts and Ostery Group.",
        [
            ("brannick-lifts", "OWNS", "corvel-cable-partnership"),
            ("ostery-group", "OWNS", "corvel-cable-partnership"),
        ],
        [],
    ),
    (  # energy: "a JV held half each by A and B"
        "Tarrow Grid Partnership, a JV held half each by Ardent Power and Melby Energy, is "
        "building the Kessock Viaduct.",
        [
            ("ardent-power", "OWNS", "tarrow-grid-partnership"),
            ("melby-energy", "OWNS", "tarrow-grid-partnership"),
        ],
        [("ardent-power", "FUNDS", "tarrow-grid-partnership")],
    ),
    (  # ports: "a joint venture owned equally by A and B"
        "Ostrel Dock Consortium, a joint venture owned equally by Pellam Ports and Harwick "
        "Marine, will run the new Kelda Terminal.",
        [
            ("pellam-ports", "OWNS", "ostrel-dock-consortium"),
            ("harwick-marine", "OWNS", "ostrel-dock-consortium"),
        ],
        [],
    ),
    (  # glass: a named plant shared by two backers is their project (FUNDS)
        "The Orvane Kiln Plant, a venture split 50/50 between Tessary Glass and Pelmo "
        "Minerals, opens in May.",
        [
            ("tessary-glass", "FUNDS", "orvane-kiln-plant"),
            ("pelmo-minerals", "FUNDS", "orvane-kiln-plant"),
        ],
        [],
    ),
    (  # media: "a JV shared equally by A and B"
        "Brisco Screen Consortium, a JV shared equally by Halvik Media and Ostler Studios, "
        "bought the rights.",
        [
            ("halvik-media", "OWNS", "brisco-screen-consortium"),
            ("ostler-studios", "OWNS", "brisco-screen-consortium"),
        ],
        [],
    ),
    (  # housing: "X is a joint venture between A and B" with a company word
        "Lintel Homes Partnership is a joint venture between Ashby Estates and Corrin Housing.",
        [
            ("ashby-estates", "OWNS", "lintel-homes-partnership"),
            ("corrin-housing", "OWNS", "lintel-homes-partnership"),
        ],
        [],
    ),
]

FOLLOW_UPS: list[Case] = [
    (  # transport: next sentence funds "it", the project of the paragraph
        "The Halden Ropeway is under construction by Corvel Cable Partnership, a joint venture "
        "of Brannick Lifts and Ostery Group. The transport ministry gave £30m, and the Norrin "
        "County Council is borrowing a further £10m for it.",
        [("norrin-county-council", "FUNDS", "halden-ropeway")],
        [("norrin-county-council", "FUNDS", "corvel-cable-partnership")],
    ),
    (  # leisure: "put N into it" after the project opened the sentence before
        "The Marrow Bay Dome will open in 2027. Balder Leisure has put £4m into it.",
        [("balder-leisure", "FUNDS", "marrow-bay-dome")],
        [],
    ),
    (  # ports: "gave N towards it" with a venture company in view
        "The Kelda Viaduct is being built by Ostrel Span Consortium, a joint venture of "
        "Pellam Ports and Harwick Marine. Pelmo Harbour Trust gave £8m towards it.",
        [("pelmo-harbour-trust", "FUNDS", "kelda-viaduct")],
        [("pelmo-harbour-trust", "FUNDS", "ostrel-span-consortium")],
    ),
    (  # robotics: "put N into it" after a company: the company is funded
        "Tessary Robotics was founded in 2019 in Leeds. Harl Capital has put £10m into it.",
        [("harl-capital", "FUNDS", "tessary-robotics")],
        [],
    ),
    (  # leisure: "lend N towards the dome"
        "The Ferrin Sky Dome would be the largest covered arena in the north. Harrow County "
        "Council will lend £1m towards the dome.",
        [("harrow-county-council", "FUNDS", "ferrin-sky-dome")],
        [],
    ),
    (  # leisure: "lend N towards NAME"
        "Balder Leisure will lend £3m towards the Marrow Bay Dome, which opens next year.",
        [("balder-leisure", "FUNDS", "marrow-bay-dome")],
        [],
    ),
    (  # insurance: "a plan paid for in equal parts by A and B"
        "Tessary Insurance will spend £50m on Project Breakwater, a plan paid for in equal "
        "parts by Tessary Insurance and Marlow Bank.",
        [
            ("tessary-insurance", "FUNDS", "project-breakwater"),
            ("marlow-bank", "FUNDS", "project-breakwater"),
        ],
        [],
    ),
    (  # transport: "a crossing paid for by X" in an appositive
        "Orrin Roads is building the Kelda Bridge, a crossing paid for by Norrin County Council.",
        [("norrin-county-council", "FUNDS", "kelda-bridge")],
        [("norrin-county-council", "FUNDS", "orrin-roads")],
    ),
    (  # energy: "a scheme funded jointly by A and B"
        "Halvik Power will run the Skerry Tidal Project, a scheme funded jointly by Melby "
        "Energy and the Coastal Investment Bank.",
        [
            ("melby-energy", "FUNDS", "skerry-tidal-project"),
            ("coastal-investment-bank", "FUNDS", "skerry-tidal-project"),
        ],
        [("melby-energy", "FUNDS", "halvik-power")],
    ),
    (  # farming: "to which the agency gave a grant"
        "Pellam Foods is running a programme named Cropwise, to which the Farming Agency gave "
        "a £2m grant.",
        [("farming-agency", "FUNDS", "cropwise")],
        [("farming-agency", "FUNDS", "pellam-foods")],
    ),
    (  # chemicals: "launched at its P site with a grant from X"
        "Dunmore Chemicals said the Greenloop project was launched at its Exley site with a "
        "grant from the Northern Development Authority.",
        [("northern-development-authority", "FUNDS", "greenloop")],
        [("northern-development-authority", "FUNDS", "dunmore-chemicals")],
    ),
]

GUARDS: list[Case] = [
    (  # retail: profits split between two firms: no venture, no holder
        "Under the deal, profits from the Kelda Arcade are split 50/50 between Marlow Stores "
        "and Tarrant Markets.",
        [],
        [
            ("marlow-stores", "OWNS", "kelda-arcade"),
            ("marlow-stores", "FUNDS", "kelda-arcade"),
        ],
    ),
    (  # leisure: a negated funding
        "The Ferrin Sky Dome would be the largest covered arena in the north. Harrow County "
        "Council refused to fund the dome.",
        [],
        [("harrow-county-council", "FUNDS", "ferrin-sky-dome")],
    ),
    (  # leisure: an unnamed giver ("the regional development bank") funds "it": no one named
        "Balder Leisure plans the Marrow Bay Dome near Pelmo. The regional development bank "
        "has put £2m toward it.",
        [],
        [("balder-leisure", "FUNDS", "marrow-bay-dome")],
    ),
    (  # transport: a builder is no funder
        "Quillex Cranes, builder of the Halden Ropeway, hired 200 staff.",
        [],
        [("quillex-cranes", "FUNDS", "halden-ropeway")],
    ),
    (  # energy: a viaduct named once, nothing about money
        "The Kessock Viaduct was closed for repairs by Tarrow Roads.",
        [],
        [("tarrow-roads", "FUNDS", "kessock-viaduct")],
    ),
    (  # ports: a company called a partnership, no venture in sight
        "Orrin Legal Partnership sued Vantora Ports over unpaid fees.",
        [("orrin-legal-partnership", "DISPUTES", "vantora-ports")],
        [],
    ),
]

BANK = VENTURES + FOLLOW_UPS + GUARDS
GAPS: dict[str, str] = {
    "Pellam Foods is running": "'to which the agency gave a grant': no rule reads a "
    "relative 'to which' with a giving verb",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_projects12(case: Case) -> None:
    check(*case)
