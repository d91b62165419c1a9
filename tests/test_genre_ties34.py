"""Genre bank for rivals that lose awards to each other and advisers on a firm's own matter
(round 34).

A firm that loses contracts, tenders, orders, clients, a concession or a franchise to another
firm competes with it, as with the singular contract or tender already read ("has been losing
council tenders to X", "lost two contracts to X", "lost the concession to X"); a hedge, a
negation, a denial, a cause that is no firm ("lost two contracts to delays"), a sale and a forum
after the object ("lost the contracts to X in the High Court") read no rivalry.

"A was advised on its bid by X" makes X an adviser of A as "advised on the bid by X" does; a
negation, a hedge, a denial, an organization as agent and other verbs (criticised, warned,
questioned) read no advice.

Invented texts across dairies, printing, buses, clinics, homebuilding, mining, glass, cables
and logistics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LOST_AWARDS: list[Case] = [
    (  # dairies: progressive, plural tenders with a modifier
        "Pellam Dairy has been losing supermarket tenders to Verdan Foods since 2021.",
        [("pellam-dairy", "COMPETES_WITH", "verdan-foods")],
        [],
    ),
    (  # printing: a number before plural orders
        "Tamber Print lost several big orders to Venn Press last year.",
        [("tamber-print", "COMPETES_WITH", "venn-press")],
        [],
    ),
    (  # paper: plural contracts, "the company" subject in a second sentence
        "Ostby Paper makes cartons in Leeds. The company lost two council contracts to Crandle "
        "Packaging in 2023.",
        [("ostby-paper", "COMPETES_WITH", "crandle-packaging")],
        [],
    ),
    (  # buses: a concession with a place before it
        "Ennis Buses lost the Leeds concession to Rowan Travel in 2022.",
        [("ennis-buses", "COMPETES_WITH", "rowan-travel")],
        [],
    ),
    (  # clinics: a franchise, a relative clause subject
        "Sorrel Clinics, which lost the regional franchise to Mendip Health, cut 40 jobs.",
        [("sorrel-clinics", "COMPETES_WITH", "mendip-health")],
        [],
    ),
    (  # homebuilding: a singular client after a possessive
        "Carra Homes lost its biggest client to Nestor Builders.",
        [("carra-homes", "COMPETES_WITH", "nestor-builders")],
        [],
    ),
    (  # logistics: plural clients, pronoun subject
        "Marlow Freight runs 90 trucks. It lost three clients to Quell Logistics this year.",
        [("marlow-freight", "COMPETES_WITH", "quell-logistics")],
        [],
    ),
]

LOST_GUARDS: list[Case] = [
    (  # a hedge of chance
        "Pellam Dairy could lose supermarket tenders to Verdan Foods, analysts said.",
        [],
        [("pellam-dairy", "COMPETES_WITH", "verdan-foods")],
    ),
    (  # a denial
        "Ostby Paper denied that it had lost contracts to Crandle Packaging.",
        [],
        [("ostby-paper", "COMPETES_WITH", "crandle-packaging")],
    ),
    (  # a negation
        "Tamber Print has not lost any orders to Venn Press.",
        [],
        [("tamber-print", "COMPETES_WITH", "venn-press")],
    ),
    (  # a forum after the object: litigants
        "Marlow Freight lost two contracts to Quell Logistics in the High Court.",
        [],
        [("marlow-freight", "COMPETES_WITH", "quell-logistics")],
    ),
    (  # a sale of contracts, no loss
        "Holt Bakeries sold two contracts to Ferran Foods.",
        [],
        [("holt-bakeries", "COMPETES_WITH", "ferran-foods")],
    ),
    (  # a transfer of clients after a merger
        "Dovel Insurance transferred its clients to Brisk Cover after the merger.",
        [],
        [("dovel-insurance", "COMPETES_WITH", "brisk-cover")],
    ),
]

ADVISED_ON_ITS: list[Case] = [
    (  # mining: "on its bid"
        "Selbrook Mining was advised on its bid by Anna Forsythe.",
        [("anna-forsythe", "ADVISES", "selbrook-mining")],
        [],
    ),
    (  # homebuilding: "on its sale", an appositive after the adviser
        "Kelvar Homes was advised on its sale by Tom Reyes, a former banker.",
        [("tom-reyes", "ADVISES", "kelvar-homes")],
        [],
    ),
    (  # glass: present perfect passive, "its plans"
        "Parma Glass has been advised on its plans by Rob Dunn.",
        [("rob-dunn", "ADVISES", "parma-glass")],
        [],
    ),
    (  # cables: "the company" subject in a second sentence
        "Dorne Cables agreed to buy Ferro Wire. The company was advised on its offer by Ines "
        "Marr.",
        [("ines-marr", "ADVISES", "dorne-cables")],
        [],
    ),
    (  # the plain article, read before
        "Venn Paper was advised on the bid by Hugo Marsh.",
        [("hugo-marsh", "ADVISES", "venn-paper")],
        [],
    ),
]

ADVISED_GUARDS: list[Case] = [
    (  # a negation
        "Selbrook Mining was not advised on its bid by Anna Forsythe.",
        [],
        [("anna-forsythe", "ADVISES", "selbrook-mining")],
    ),
    (  # a denial
        "Kelvar Homes denied it had been advised on its sale by Tom Reyes.",
        [],
        [("tom-reyes", "ADVISES", "kelvar-homes")],
    ),
    (  # a hedge
        "Parma Glass may be advised on its plans by Rob Dunn, people said.",
        [],
        [("rob-dunn", "ADVISES", "parma-glass")],
    ),
    (  # another verb: criticism
        "Ostrel Foods was criticised on its pricing by Cara Lind.",
        [],
        [("cara-lind", "ADVISES", "ostrel-foods")],
    ),
    (  # another verb: a warning
        "Prism Labs was warned on its debt by Yara Lowe.",
        [],
        [("yara-lowe", "ADVISES", "prism-labs")],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(LOST_AWARDS + LOST_GUARDS, GAPS))
def test_lost_awards(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(ADVISED_ON_ITS + ADVISED_GUARDS, GAPS))
def test_advised_on_its(case: Case) -> None:
    check(*case)
