"""f36m: mends of the funded-conjuncts reading (`loaders/relations/funded_conjuncts.py`): a
relative after a person's appositive that ends in a firm is said of the firm; a reporting or
telling verb opens an inner clause whose subject is funded; a name another noun is given
("a distributor named Q") does not name the subject; money earned from a name ("revenue from
A", "fees from A") or a non-money "from" does not make A a funder."""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

LEAD = "Weekly business roundup\n\n"

F36M: list[Case] = [
    (  # a person's appositive ending in a firm: "which" is said of the firm
        LEAD + "Dana Ruiz, a partner at Orvik Capital, which is funded by Tallis Bank, joined "
        "the board of Kessel Mills.",
        [("tallis-bank", "FUNDS", "orvik-capital")],
        [],
    ),
    (
        LEAD + "Brenna Ortiz, chief executive of Lammas Foods, which is financed by Corley "
        "Bank, said sales rose 4%.",
        [("corley-bank", "FUNDS", "lammas-foods")],
        [],
    ),
    (
        LEAD + "Ian Rusk, the founder of Voltera Cells, which is financed by Kestrel "
        "Development Bank, spoke in Leeds.",
        [("kestrel-development-bank", "FUNDS", "voltera-cells")],
        [],
    ),
    (
        LEAD + "Dr Ana Vell, a chemist at Felden University, which is funded by the Corran "
        "Foundation, won a prize.",
        [("corran-foundation", "FUNDS", "felden-university")],
        [],
    ),
    (
        LEAD + "Priya Nair, an analyst at Brook Securities, which is bankrolled by Oskar "
        "Holdings, cut her forecast.",
        [("oskar-holdings", "FUNDS", "brook-securities")],
        [],
    ),
    (
        LEAD + "Lena Voss, director of the Marden Institute, which is funded by the Kell "
        "Foundation, spoke in Derry.",
        [("kell-foundation", "FUNDS", "marden-institute")],
        [],
    ),
    (  # a reporting verb: the inner clause's subject is funded, not the speaker
        LEAD + "Tandem Ventures, which led a round in Pixelbridge Games, said the studio, "
        "founded by Ian Moss, is financed by Brisk Capital too.",
        [],
        [("brisk-capital", "FUNDS", "tandem-ventures")],
    ),
    (
        LEAD + "Halder Capital, which invested in Ostro Labs last year, said the lab, opened by "
        "Ostro in 2021, is co-financed by Fenn Bank.",
        [],
        [("fenn-bank", "FUNDS", "halder-capital")],
    ),
    (  # "told Q that": a complement clause, no relative on Q
        LEAD + "Ana Ruiz told Orvane Group that the plant works well and is financed by "
        "Pemberton Bank.",
        [],
        [("pemberton-bank", "FUNDS", "orvane-group")],
    ),
    (  # a name given to another noun does not name the subject
        LEAD + "Brisa Tiles makes tiles. The company, which in May signed a deal with a "
        "distributor named Colten Trade, opened a shop, and is financed by Rennet Bank.",
        [],
        [("rennet-bank", "FUNDS", "colten-trade")],
    ),
    (  # money earned from a name, or a non-money "from": no funder
        LEAD + "Project Quay, a dock that Tarrow Ports built and which is funded by revenue "
        "from Calder Shipping, opens in May.",
        [],
        [("calder-shipping", "FUNDS", "project-quay")],
    ),
    (
        LEAD + "Project Arlo, a car park that Venn Parking runs and which is financed by fees "
        "from Dalton Retail, has 900 spaces.",
        [],
        [("dalton-retail", "FUNDS", "project-arlo")],
    ),
    (
        LEAD + "Project Rook, a survey that Tessik Research ran and which was funded by a "
        "study from Lorne University, ended.",
        [],
        [("lorne-university", "FUNDS", "project-rook")],
    ),
    (  # kept: bonds from a bank are money given; a participle aside is no reporting verb
        LEAD + "Project Vale, a toll road that Carrow Roads built and which is financed by "
        "bonds from Ostler Bank, opened.",
        [("ostler-bank", "FUNDS", "project-vale")],
        [("ostler-bank", "FUNDS", "carrow-roads")],
    ),
    (
        LEAD + "Project Cobalt, announced by Vennor Gas, which supplies 2 million homes, is "
        "bankrolled by Hartle Energy Fund.",
        [("hartle-energy-fund", "FUNDS", "project-cobalt")],
        [("hartle-energy-fund", "FUNDS", "vennor-gas")],
    ),
    (
        LEAD + "Brannel Yards, which builds tugs, added a dry dock in 2023, and is financed by "
        "Coldwell Bank and Ardent Capital.",
        [("coldwell-bank", "FUNDS", "brannel-yards"), ("ardent-capital", "FUNDS", "brannel-yards")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), F36M)
def test_f36m(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
