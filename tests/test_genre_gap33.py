"""Genre bank for mend33: the article that opens a trigger phrase's gap.

- The article is free (it does not count against the gap's reach) before money ("lent a further
  $40m to X", "put an extra $9m of new capital into X", "poured an estimated 90 million euros
  into X") and before an object with no complement of its own ("beating a bid from X in a
  tender").
- An object whose "of"/"in" complement names no capital keeps its article in the reach: "lent
  an unusual amount of political cover to X", "provided an extra $3m of engineering services to
  X", "paid an extra $4m in port fees for X", "put an extra $2m of her marketing budget into".
- "$9m of annual purchases": a word after "of" and one modifier is a noun, not a verb.

Each case is a short invented text, across ferries, tugs, docks and cranes.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

MONEY_OBJECTS: list[Case] = [
    (  # ferries: a further sum lent
        "Pellar Bank lent a further $40m to Quist Ferries.",
        [("pellar-bank", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: equity invested
        "Nordby Capital invested an extra $12m of fresh equity in Quist Ferries.",
        [("nordby-capital", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: a loan provided
        "Harl Advisory provided a $40m loan to Quist Ferries.",
        [("harl-advisory", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: bridge financing provided
        "Harl Advisory provided an additional £8m of bridge financing to Quist Ferries.",
        [("harl-advisory", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: capital committed
        "Vesta Holdings committed an extra $30m of new capital to Quist Ferries.",
        [("vesta-holdings", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: a sum in euros committed
        "Vesta Holdings committed a further 20 million euros to Quist Ferries.",
        [("vesta-holdings", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: a person's savings
        "Tamsin Reed put an extra $2m of her savings into Quist Ferries.",
        [("tamsin-reed", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: emergency funding injected
        "Ormond Group injected an extra €25m of emergency funding into Quist Ferries.",
        [("ormond-group", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: cash poured in
        "Selby Trust poured an extra $7m of cash into Quist Ferries.",
        [("selby-trust", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: an estimated sum poured in over years
        "Selby Trust poured an estimated 90 million euros into Quist Ferries over five years.",
        [("selby-trust", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: equity pumped in
        "Fenwick Energy pumped an extra $50m of equity into Quist Ferries.",
        [("fenwick-energy", "FUNDS", "quist-ferries")],
        [],
    ),
    (  # ferries: two lenders
        "Calder Bank and Alder Ventures lent an extra $8m of working capital to Quist Ferries.",
        [
            ("calder-bank", "FUNDS", "quist-ferries"),
            ("alder-ventures", "FUNDS", "quist-ferries"),
        ],
        [],
    ),
    (  # docks: an object without a complement before the rival's name
        "Tarrow Docks won a ten-year lease at the port of Leith, beating a bid from Norway's "
        "Fjordline Cranes in a tender.",
        [("tarrow-docks", "COMPETES_WITH", "fjordline-cranes")],
        [],
    ),
]

OTHER_OBJECTS: list[Case] = [
    (  # guard (ferries): political cover lent, no money
        "Pellar Bank lent an unusual amount of political cover to Quist Ferries.",
        [],
        [("pellar-bank", "FUNDS", "quist-ferries")],
    ),
    (  # guard (ferries): services worth a sum
        "Harl Advisory provided an extra $3m of engineering services to Quist Ferries.",
        [],
        [("harl-advisory", "FUNDS", "quist-ferries")],
    ),
    (  # guard (ferries): orders committed
        "Vesta Holdings committed an extra $30m of yearly orders to Quist Ferries.",
        [],
        [("vesta-holdings", "FUNDS", "quist-ferries")],
    ),
    (  # guard (ferries): purchases committed: a noun after "of", no purchase by the firm
        "Vesta Holdings committed an extra $9m of annual purchases to Quist Ferries.",
        [],
        [
            ("vesta-holdings", "FUNDS", "quist-ferries"),
            ("vesta-holdings", "OWNS", "quist-ferries"),
        ],
    ),
    (  # guard (ferries): a marketing budget spent with a firm
        "Tamsin Reed put an extra $2m of her marketing budget into radio slots with Quist Ferries.",
        [],
        [("tamsin-reed", "FUNDS", "quist-ferries")],
    ),
    (  # guard (ferries): fees paid for berths
        "Garnet Motors paid an extra $4m in port fees for Quist Ferries berths.",
        [],
        [("garnet-motors", "OWNS", "quist-ferries")],
    ),
    (  # guard (ferries): royalties paid
        "Garnet Motors paid an extra $4m of royalties to Quist Ferries.",
        [],
        [("garnet-motors", "FUNDS", "quist-ferries")],
    ),
    (  # guard (ferries): an advertising spend
        "Ormond Group injected an extra $9m of its advertising spend into Quist Ferries campaigns.",
        [],
        [("ormond-group", "FUNDS", "quist-ferries")],
    ),
    (  # guard (ferries): fuel pumped
        "Fenwick Energy pumped an extra 2 million litres of fuel into Quist Ferries ships.",
        [],
        [("fenwick-energy", "FUNDS", "quist-ferries")],
    ),
    (  # guard (ferries): a post's complement before "at"
        "Mara Quist took over as an acting head of onboard sales at Quist Ferries.",
        [],
        [("mara-quist", "LEADS", "quist-ferries")],
    ),
    (  # guard (tugs): a consortium of lenders still funds (a plural before the verb)
        "A group of lenders funds Moray Tugs. Calder Bank lent a further $5m to Moray Tugs.",
        [("calder-bank", "FUNDS", "moray-tugs")],
        [],
    ),
]

BANK = MONEY_OBJECTS + OTHER_OBJECTS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_gap33(case: Case) -> None:
    check(*case)
