"""Genre bank for ownership read past a descriptor (round 30).

A possessor's product with describing words between ("whose cordless Tern drill", "Brandt's
12-axle KT-40 model", "Quell Bio, the Lyon-based developer, whose nasal vaccine Vespa"); a product
set off by its possessor's described noun ("The Vela 7, Tarrow's heavier 12-seat model,"); a
company set off by a descriptor and then bought in a relative clause ("Ostra Bakeries, the bread
and pastry maker that Marlin bought"); held in a passive relative clause ("a syringe maker
that is majority-owned by the turnaround investor Brisa Partners"); a company set off as a
named person's vehicle ("the investment vehicle of the Welsh businessman Alun Tarn").

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
    (  # guard (review 30, F1): a tie noun as the possessor is another party, not the firm
        "Harbin Tools, whose rival's cordless Tern drill sells well, said profit fell.",
        [],
        [("harbin-tools", "OWNS", "tern")],
    ),
    (  # guard: the same in dairy, a partner's product after "its"
        "Kessel Foods expands abroad. Kessel Foods said its partner's organic Brae butter sold "
        "well in Ghent.",
        [],
        [("kessel-foods", "OWNS", "brae")],
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
    (  # guard (review 30, F2): a stake bought is no purchase of the firm
        "Ostra Bakeries, the bread maker that Marlin bought a 10% stake in, will close two plants.",
        [],
        [("marlin", "OWNS", "ostra-bakeries")],
    ),
    (  # guard: the same past a count and a place in the descriptor
        "Ostra Bakeries, a chain of 12 cafes in Wales that Marlin bought a stake in, will close "
        "two sites.",
        [],
        [("marlin", "OWNS", "ostra-bakeries")],
    ),
    (  # guard: a supplier's goods bought, the antecedent sold them
        "Ostra Bakeries, the bread and pastry maker that Marlin bought flour from for years, "
        "will close two plants.",
        [],
        [("marlin", "OWNS", "ostra-bakeries")],
    ),
    (  # guard: the same for machinery in steel
        "Torvik Steel, the plate and coil maker that Halden bought equipment from for years, "
        "will shut a mill.",
        [],
        [("halden", "OWNS", "torvik-steel")],
    ),
    (  # guard (review 30, F3): bought and then sold, the buyer no longer owns it
        "Ostra Bakeries, the bread and pastry maker Marlin bought in May and sold to Penn Foods "
        "in 2023, will close two plants.",
        [],
        [("marlin", "OWNS", "ostra-bakeries")],
    ),
    (  # guard: the same in software, "before selling"
        "Quanta Soft, the billing and payroll developer that Orrin acquired in 2019 before "
        "selling it to Penn Capital, will cut jobs.",
        [],
        [("orrin", "OWNS", "quanta-soft")],
    ),
    (  # guard, the older relative reading: a supplier's goods bought, no comma-free "and"
        "Ostra Bakeries, the bread maker that Marlin bought flour from, will close two plants.",
        [],
        [("marlin", "OWNS", "ostra-bakeries")],
    ),
    (  # guard, the older relative reading: a plant bought from the antecedent
        "Ostra Bakeries, the bread maker that Marlin bought a plant from, will close two plants.",
        [],
        [("marlin", "OWNS", "ostra-bakeries")],
    ),
    (  # guard, the older relative reading: bought, then sold on
        "Ostra Bakeries, the bread maker that Marlin bought in May and sold to Penn Foods, will "
        "close two plants.",
        [],
        [("marlin", "OWNS", "ostra-bakeries")],
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
    (  # guard (review 30, F4): a holding that ended
        "Kellan, a maker of syringes that was majority-owned by Brisa Partners until 2020, plans "
        "an IPO.",
        [],
        [("brisa-partners", "OWNS", "kellan")],
    ),
    (  # guard: the same in dairy
        "Orvo Foods, a maker of yoghurt that was majority-owned by Tove Capital until 2019, "
        "plans a listing.",
        [],
        [("tove-capital", "OWNS", "orvo-foods")],
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
    (  # guard (review 30, F5): a former vehicle is owned no more
        "Brisk Holdings, the former investment vehicle of the businessman Eva Brisk, bought a "
        "stake in Orla.",
        [],
        [("eva-brisk", "OWNS", "brisk-holdings")],
    ),
    (  # guard (review 30, F6): the person's widow owns it, not the person
        "Brisk Holdings, the investment vehicle of the late businessman Eva Brisk's widow, "
        "bought a stake in Orla.",
        [],
        [("eva-brisk", "OWNS", "brisk-holdings")],
    ),
    (  # guard: the same for a family office and a son
        "Kell Capital, the family office of the Oslo collector Ida Kell's son, declined to "
        "comment.",
        [],
        [("ida-kell", "OWNS", "kell-capital")],
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
