"""Genre bank for rebuttals whose claim's author is a description (round 31).

"X's managing director, P, rejected the guild's numbers": the opening modifier ("X's", "Its")
names the side that speaks, so "the guild" that authored the rejected claim is the other side,
read among the organizations in view with the speaker's firm left out (`loaders.opposed_refs`).
Guards: the speaker's firm whose name says the head ("Its chief ... disputed the guild's
claims" after a guild was named) stays as it was; a possessor of an accused party ("criticised
the company's former auditor") is not a claim's author. Gaps: a description accused ("accused
the shipbuilder of"); a venue's town inside a gapped trigger is read since round 40 (dispb40).

Each case is a short invented text across rope making, charcoal, tiles, software, ferries,
hospitals, printing and shipbuilding.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

AUTHORS: list[Case] = [
    (  # rope making: a union's numbers rejected by a titled speaker
        "Tamsworth Cordage spins rope in Fife. The Fife Rope Workers Union says Tamsworth paid "
        "its owner a hidden dividend. Tamsworth's managing director, Ewan Dale, disputed the "
        "union's numbers.",
        [("ewan-dale", "DISPUTES", "the-fife-rope-workers-union")],
        [("ewan-dale", "DISPUTES", "tamsworth-cordage")],
    ),
    (  # charcoal: allegations
        "Orvik Carbon burns charcoal near Tsumeb. The Kavango Forest Workers Union says Orvik "
        "cut wages last winter. Orvik's managing director, Piet Louw, contested the union's "
        "allegations.",
        [("piet-louw", "DISPUTES", "the-kavango-forest-workers-union")],
        [("piet-louw", "DISPUTES", "orvik-carbon")],
    ),
    (  # tiles: a report dismissed as selective
        "Merrow Tiles fires floor tiles in Stoke. The Clayworkers Union says Merrow hid "
        "injuries from inspectors. Merrow's chief executive, Ida Roan, dismissed the union's "
        "report as selective.",
        [("ida-roan", "DISPUTES", "the-clayworkers-union")],
        [("ida-roan", "DISPUTES", "merrow-tiles")],
    ),
    (  # software: "disputed the guild's figures"
        "Quillant Ledger sells payroll software. The Payroll Clerks Guild says Quillant "
        "overcharged small firms. Quillant's founder, Rosa Amey, disputed the guild's figures.",
        [("rosa-amey", "DISPUTES", "the-payroll-clerks-guild")],
        [("rosa-amey", "DISPUTES", "quillant-ledger")],
    ),
    (  # guard: the modifier's firm is itself the guild
        "Belcourt Lumen sells lamps. The Lamp Retailers Guild says Belcourt misleads buyers. "
        "Its chief executive, Sara Voss, disputed the guild's figures.",
        [("the-lamp-retailers-guild", "DISPUTES", "belcourt-lumen")],
        [("sara-voss", "DISPUTES", "belcourt-lumen")],
    ),
    (  # guard (ferries): a named claimant after the speaker's title
        "Harlow Capital owns 6% of Brindle Ferries. Brindle's chair, Ian Moss, dismissed "
        "Harlow's claims.",
        [("ian-moss", "DISPUTES", "harlow-capital")],
        [("ian-moss", "DISPUTES", "brindle-ferries")],
    ),
    (  # guard (hospitals): a firm of known kind, read as before
        "Velka Clinics runs hospitals. The Ostrand Competition Authority says Velka overcharged "
        "insurers. Velka's chief executive, Ana Lind, disputed the authority's findings.",
        [("ana-lind", "DISPUTES", "the-ostrand-competition-authority")],
        [("ana-lind", "DISPUTES", "velka-clinics")],
    ),
]

GAPPED: list[Case] = [
    (  # shipbuilding: an accused description after "Its chief executive, P,"
        "For years the bond between Morvane Pumps and the shipbuilder Ostrel Yards was close. "
        "Morvane recalled 300 valves in May. Its chief executive, Lena Vos, accused the "
        "shipbuilder of blaming its own design on others.",
        [("lena-vos", "DISPUTES", "ostrel-yards")],
        [],
    ),
    (  # printing: a venue's town inside "file ... suit in ... against"
        "Dorvik Print has filed its lawsuit in the Mercantile Court in Leeds against Masloe Papers "
        "over a rigged tender.",
        [("dorvik-print", "DISPUTES", "masloe-papers")],
        [],
    ),
]

BANK = AUTHORS + GAPPED
GAPS: dict[str, str] = {
    "For years the bond": "an accused description after an opening modifier binds the "
    "speaker's firm (measured in round 31: reading it topically lost more than it found)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disputes31(case: Case) -> None:
    check(*case)
