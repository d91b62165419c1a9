"""Genre bank for stakes bought at a price: "will pay $2 billion for a 40% stake in X", "spent
€90 million on 15% of X", "agreed to pay $300m for a 40 per cent stake". Paying for a stake is
buying it: a minority stake FUNDS, a majority one OWNS, as for "buy"; the sum between the verb
and its preposition no longer hides the stake from its buyer, and the verbal family no longer
reads "pay ... for" a minority stake as a takeover.

Each case is a short invented text, the relations it must give and those it must not; across
shipping, telecoms, mining, food, energy, media and banking, with "will pay", "agreed to pay",
"paid about", "spent ... on" and spelled-out percentages. Guards: a negated payment, a whole
company paid for (a takeover, OWNS), a stake sold for a price.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CASES: list[Case] = [
    (  # shipping: "will pay ... for N% of"
        "Holm Capital will pay €300 million for 25% of Ostrel Shipping.",
        [("holm-capital", "FUNDS", "ostrel-shipping")],
        [("holm-capital", "OWNS", "ostrel-shipping")],
    ),
    (  # telecoms: "agreed to pay ... for a N percent stake in"
        "Orvane Telecom agreed to pay $2 billion for a 40 percent stake in Telmark Mobile.",
        [("orvane-telecom", "FUNDS", "telmark-mobile")],
        [("orvane-telecom", "OWNS", "telmark-mobile")],
    ),
    (  # mining: "per cent", a majority stake
        "Kesmark Mining agreed to pay A$1.2 billion for a 60 per cent stake in Vardo Copper.",
        [("kesmark-mining", "OWNS", "vardo-copper")],
        [],
    ),
    (  # food: "spent ... on"
        "Brenmar Foods spent $90 million on a 15% stake in Corvel Dairies.",
        [("brenmar-foods", "FUNDS", "corvel-dairies")],
        [("brenmar-foods", "OWNS", "corvel-dairies")],
    ),
    (  # energy: "paid about ... for a majority stake"
        "Selwyn Power paid about £400 million for a majority stake in Tarn Hydro.",
        [("selwyn-power", "OWNS", "tarn-hydro")],
        [],
    ),
    (  # media: pronoun subject after an opening sentence
        "Lumen Media is growing fast. It will pay $75 million for a 20% stake in Brightreel "
        "Studios.",
        [("lumen-media", "FUNDS", "brightreel-studios")],
        [("lumen-media", "OWNS", "brightreel-studios")],
    ),
    (  # banking: guard, a whole company paid for is a takeover
        "Norrel Bank agreed to pay $2 billion for Castor Credit.",
        [("norrel-bank", "OWNS", "castor-credit")],
        [],
    ),
    (  # retail: guard, a negated payment
        "Dorrit Stores did not pay $40 million for a 30% stake in Halvik Retail.",
        [],
        [
            ("dorrit-stores", "FUNDS", "halvik-retail"),
            ("dorrit-stores", "OWNS", "halvik-retail"),
        ],
    ),
    (  # autos: guard, a stake sold for a price is parted with
        "Ardent Motors sold its 30% stake in Vesna Cables for $50 million.",
        [],
        [("ardent-motors", "OWNS", "vesna-cables"), ("ardent-motors", "FUNDS", "vesna-cables")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:60] for c in CASES])
def test_stake_prices(case: Case) -> None:
    check(*case)
