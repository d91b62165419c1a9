"""Genre bank for ownership read past a descriptor (round 30).

A possessor's product with describing words between ("whose cordless Tern drill", "Brandt's
12-axle KT-40 model", "Quell Bio, the Lyon-based developer, whose nasal vaccine Vespa"); a product
set off by its possessor's described noun ("The Vela 7, Tarrow's heavier 12-seat model,"); a
company set off by a descriptor and then bought in a relative clause ("Ostra Bakeries, the bread
and pastry maker that Marlin bought"); held in a passive relative clause ("a maker of syringes
that is majority-owned by the buyout firm Brisa Partners"); a company set off as a named person's
vehicle ("the investment vehicle of the Welsh businessman Alun Tarn").

Each case is a short invented text (relations that must be found, relations that must not be),
across tools, rail, pharma, lifts, medical devices, bakeries, dairy, cafes, food safety, holding
companies, shipping and stationery.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

MODIFIED: list[Case] = [
    (  # tools: "whose" and an adjective before the name
        "Harbin Tools expands abroad. Harbin Tools, whose cordless Tern drill has sold four "
        "million units, said it would open a plant in Ghent.",
        [("harbin-tools", "OWNS", "tern")],
        [],
    ),
    (  # rail: a measured compound between the possessive and the name
        "Brandt Rail said on Monday it had won an order from Ostfold Lines. Ostfold had chosen "
        "Brandt's 12-axle KT-40 model after a long review.",
        [("brandt-rail", "OWNS", "kt-40")],
        [],
    ),
    (  # pharma: "whose" past an appositive opened by an article
        "Quell Bio, the Lyon-based developer, whose nasal vaccine Vespa was approved in May, "
        "will supply the plant.",
        [("quell-bio", "OWNS", "vespa")],
        [],
    ),
    (  # guard: a rival noun in the run gives no possession
        "Harbin Tools expands abroad. Harbin Tools said its rival Tern Drills would cut prices.",
        [],
        [("harbin-tools", "OWNS", "tern-drills")],
    ),
    (  # guard: a person's "his" owns nothing
        "Omar Pell, the engineer, said his cordless Tern drill had sold well.",
        [],
        [("omar-pell", "OWNS", "tern")],
    ),
]

APPOSED: list[Case] = [
    (  # lifts: the possessor's described product noun after the name
        "Tarrow Lifts said on Monday it had won an order from Ostfold Lines. The Vela 7, "
        "Tarrow's heavier 12-seat model, will be built in Graz.",
        [("tarrow-lifts", "OWNS", "vela-7")],
        [],
    ),
    (  # medical devices: "its" and a long described noun
        "Doctors praised the Pulsa patch. Valdrin Medical said regulators had cleared Pulsa, "
        "its 7-day single-lead heart patch for adults.",
        [("valdrin-medical", "OWNS", "pulsa")],
        [],
    ),
    (  # guard: a tie noun in the descriptor
        "Tarrow Lifts reported higher sales. Kora, Tarrow's rival's new model, sold less.",
        [],
        [("tarrow-lifts", "OWNS", "kora")],
    ),
]

PURCHASES: list[Case] = [
    (  # bakeries: a coordination inside the descriptor
        "Marlin Foods reported higher sales on Tuesday. Much of the call focused on Ostra "
        "Bakeries, the bread and pastry maker that Marlin bought for 90 million euros in May.",
        [("marlin-foods", "OWNS", "ostra-bakeries")],
        [],
    ),
    (  # food safety: a town inside the descriptor
        "Marlin Foods reported higher sales on Tuesday. The finance chief said the acquisition "
        "of Tovan Labs, the Lisbon food-safety start-up that Marlin bought for $80 million in "
        "June, had added sales.",
        [("marlin-foods", "OWNS", "tovan-labs")],
        [],
    ),
    (  # cafes: a count and a place inside the descriptor, a seller after the verb
        "Marlin Foods reported higher sales on Tuesday. The letter highlights the purchase of "
        "Brisk, a chain of 12 cafes in Wales that Marlin bought from Hexley Capital in June, "
        "and a new depot.",
        [("marlin-foods", "OWNS", "brisk")],
        [],
    ),
    (  # guard: an intent is no purchase
        "Marlin Foods reported higher sales on Tuesday. Analysts asked about Ostra Bakeries, "
        "the bread and pastry maker that Marlin wants to buy.",
        [],
        [("marlin-foods", "OWNS", "ostra-bakeries")],
    ),
    (  # guard: a negation blocks
        "Marlin Foods reported higher sales on Tuesday. Analysts asked about Ostra Bakeries, "
        "the bread and pastry maker that Marlin never bought.",
        [],
        [("marlin-foods", "OWNS", "ostra-bakeries")],
    ),
]

HOLDERS: list[Case] = [
    (  # dairy: "majority-owned by" past a descriptor of the holder
        "Dovra Dairy said it would sell its cheese unit to Kellan Foods. Kellan, a maker of "
        "yoghurt that is majority-owned by the private equity firm Brisa Partners, will pay "
        "80 million euros.",
        [("brisa-partners", "OWNS", "kellan-foods")],
        [],
    ),
    (  # medical devices: a hyphenated town in the descriptor
        "Velka, a Lyon-based maker of syringes that is owned by Brisa Partners, will pay 80 "
        "million euros for the unit.",
        [("brisa-partners", "OWNS", "velka")],
        [],
    ),
    (  # guard: a part-owner holds no control
        "Velka, a Lyon-based maker of syringes that is partly owned by Brisa Partners, will pay "
        "80 million euros for the unit.",
        [],
        [("brisa-partners", "OWNS", "velka")],
    ),
]

VEHICLES: list[Case] = [
    (  # holding companies: a nationality and a trade noun before the person
        "Brisk Holdings, the holding company of the Welsh businessman Eva Brisk, declined to "
        "comment on the bid.",
        [("eva-brisk", "OWNS", "brisk-holdings")],
        [],
    ),
    (  # shipping: a family is no person
        "Castor Tankers, which is controlled by Aegis Marine, the holding company of the Velos "
        "shipping family, already runs nine ships. Dimitri Velos chairs Aegis Marine.",
        [],
        [("dimitri-velos", "OWNS", "aegis-marine")],
    ),
]

GAP_CASES: list[Case] = [
    (  # stationery: the role reading turns "holding company of <person>" round
        "Tarn Holdings, the holding company of Alun Tarn, had a right to match the offer.",
        [("alun-tarn", "OWNS", "tarn-holdings")],
        [("tarn-holdings", "OWNS", "alun-tarn")],
    ),
    (  # holding companies: a person named after a nationality is typed a firm
        "Kell Holdings, the family office of the Danish investor Ida Kell, declined to comment.",
        [("ida-kell", "OWNS", "kell-holdings")],
        [],
    ),
]

BANK = MODIFIED + APPOSED + PURCHASES + HOLDERS + VEHICLES + GAP_CASES
GAPS: dict[str, str] = {
    "Tarn Holdings, the holding": "the role noun reads a person after 'holding company of' as held",
    "Kell Holdings, the family": "the person's name after a trade noun is typed Organization",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_owns30(case: Case) -> None:
    check(*case)
