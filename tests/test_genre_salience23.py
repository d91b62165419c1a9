"""Genre bank for a description that continues the acting subject of the sentence before
(round 23, `loaders.subject_chain`).

An article's topic is named in its opening paragraph; a later paragraph turns to other firms
and, past a person's name, says "the company" / "the firm" / "the group" / "the business". The
description continues the organization the sentence before made the subject of an act ("Quell
Bakeries opened a shop in Hull. Ben Ross, a former baker, said the company ..."), not the
article's topic nor a firm named further back. A bystander subject starts no chain: a negated
act ("did not invest"), a reported one ("is said to"), a verb of speaking, ruling, approving or
advising, a firm of "according to", the seller of "bought X from Y", a deal's object side; nor
does the chain pass a new paragraph, the paragraph's own topic, or a description the chained
firm does not fit ("the lender").

Cases across bakery, shipping, mining, software, energy, pharma, retail and brewing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

# the opening paragraph of each case: its topic, named three times
BAKERY = (
    "Harlow Foods makes bread for supermarkets. Harlow Foods employs 300 people. Harlow Foods "
    "expects sales to rise this year.\n\n"
)
SHIPPING = (
    "Ostrel Lines runs ferries across the North Sea. Ostrel Lines carried two million "
    "passengers last year. Ostrel Lines plans to order three ships.\n\n"
)
MINING = (
    "Quarrow Metals digs copper in Chile. Quarrow Metals has 2,000 workers. Quarrow Metals "
    "reported a loss in March.\n\n"
)
SOFTWARE = (
    "Tessaly Systems sells billing software to hospitals. Tessaly Systems has 400 clients. "
    "Tessaly Systems hopes to list its shares next year.\n\n"
)
ENERGY = (
    "Brenmoor Power runs wind farms in Scotland. Brenmoor Power sells power to 90,000 homes. "
    "Brenmoor Power wants to build two more farms.\n\n"
)
BREWING = (
    "Tollan Breweries makes lager in Bavaria. Tollan Breweries sells beer in 30 countries. "
    "Tollan Breweries expects a good summer.\n\n"
)
RETAIL = (
    "Marrow Stores runs 80 supermarkets. Marrow Stores employs 6,000 people. Marrow Stores "
    "raised its dividend in May.\n\n"
)

CHAIN: list[Case] = [
    (  # bakery: a place, past a person who speaks
        BAKERY + "Dalby Mills cut its prices in March. Quell Bakeries opened a shop in Hull last "
        "year. Ben Ross, a former baker, said the company is based in Selby.",
        [("quell-bakeries", "LOCATED_IN", "selby")],
        [("harlow-foods", "LOCATED_IN", "selby"), ("dalby-mills", "LOCATED_IN", "selby")],
    ),
    (  # shipping: a founder, "the firm"
        SHIPPING + "Brask Shipping lost a contract in April. Vell Tankers has since bought four "
        "old tankers. According to Ines Moll, a broker, the firm was founded by Aldo Prenn.",
        [("aldo-prenn", "FOUNDED", "vell-tankers")],
        [("aldo-prenn", "FOUNDED", "ostrel-lines"), ("aldo-prenn", "FOUNDED", "brask-shipping")],
    ),
    (  # mining: a head, "the group's chief executive, NAME"
        MINING + "Dunmore Coal closed a pit in May. Sarrow Minerals opened a nickel mine in "
        "Peru. Lena Faro, an engineer, said the group's chief executive, Piet Anker, would stay.",
        [("piet-anker", "LEADS", "sarrow-minerals")],
        [("piet-anker", "LEADS", "quarrow-metals"), ("piet-anker", "LEADS", "dunmore-coal")],
    ),
    (  # mining: a head by a verb, "runs the group"
        MINING + "Dunmore Coal closed a pit in May. Sarrow Minerals opened a nickel mine in "
        "Peru. Lena Faro, an engineer, said Piet Anker runs the group.",
        [("piet-anker", "LEADS", "sarrow-minerals")],
        [("piet-anker", "LEADS", "quarrow-metals"), ("piet-anker", "LEADS", "dunmore-coal")],
    ),
    (  # software: a place, "the business"
        SOFTWARE + "Corvane Data lost two clients in June. Pellam Apps hired 40 engineers last "
        "year. Omar Teal, a consultant, said the business is based in Derby.",
        [("pellam-apps", "LOCATED_IN", "derby")],
        [("tessaly-systems", "LOCATED_IN", "derby"), ("corvane-data", "LOCATED_IN", "derby")],
    ),
    (  # retail: "the chain", a place
        RETAIL + "Pellow Markets closed a store in June. Dunne Shops opened four stores in "
        "Wales. Pia Lorne, an analyst, said the chain is based in Cardiff.",
        [("dunne-shops", "LOCATED_IN", "cardiff")],
        [("marrow-stores", "LOCATED_IN", "cardiff"), ("pellow-markets", "LOCATED_IN", "cardiff")],
    ),
    (  # energy: the buyer of "bought X from Y", not its seller
        ENERGY + "Kestry Grid lost a tender in May. Arnley Renewables bought a solar park from "
        "Vossa Energy. Ruth Kale, a lawyer, said the company is based in Inverness.",
        [("arnley-renewables", "LOCATED_IN", "inverness")],
        [
            ("vossa-energy", "LOCATED_IN", "inverness"),
            ("brenmoor-power", "LOCATED_IN", "inverness"),
        ],
    ),
]

BYSTANDER: list[Case] = [
    (  # guard: a regulator that only rules is no chain
        ENERGY + "Kestry Grid lost a tender in May. Varden Arbitration Group ruled that "
        "bills would rise. Ruth Kale, a lawyer, said the company is based in Inverness.",
        [("brenmoor-power", "LOCATED_IN", "inverness")],
        [
            ("varden-arbitration-group", "LOCATED_IN", "inverness"),
            ("kestry-grid", "LOCATED_IN", "inverness"),
        ],
    ),
    (  # guard: an investor that failed to invest
        BAKERY + "Dalby Mills cut its prices in March. Tarvin Capital failed to buy the bakery. "
        "Ben Ross, a former baker, said the company is based in Selby.",
        [("harlow-foods", "LOCATED_IN", "selby")],
        [("tarvin-capital", "LOCATED_IN", "selby")],
    ),
    (  # guard: a firm that declined to comment
        SOFTWARE + "Corvane Data lost two clients in June. Pellam Apps declined to comment. "
        "Omar Teal, a consultant, said the business is based in Derby.",
        [("tessaly-systems", "LOCATED_IN", "derby")],
        [("pellam-apps", "LOCATED_IN", "derby")],
    ),
    (  # guard: an adviser on a deal
        MINING + "Dunmore Coal closed a pit in May. Harrow Partners advised the buyer of the "
        "pit. Lena Faro, an engineer, said the group's chief executive, Piet Anker, would stay.",
        [("piet-anker", "LEADS", "quarrow-metals")],
        [("piet-anker", "LEADS", "harrow-partners")],
    ),
    (  # guard: a firm only reported to act
        SHIPPING + "Brask Shipping lost a contract in April. Vell Tankers reportedly bought two "
        "tankers. Ines Moll, a broker, said the firm was founded by Aldo Prenn.",
        [("aldo-prenn", "FOUNDED", "ostrel-lines")],
        [("aldo-prenn", "FOUNDED", "vell-tankers")],
    ),
    (  # guard: a regulator that approved a deal
        BAKERY + "Dalby Mills cut its prices in March. Foodcom Authority approved the sale of a "
        "mill. Ben Ross, a former baker, said the company is based in Selby.",
        [("harlow-foods", "LOCATED_IN", "selby")],
        [("foodcom-authority", "LOCATED_IN", "selby")],
    ),
    (  # guard: a firm of "according to" is no subject
        SHIPPING + "Brask Shipping lost a contract in April. According to Vell Tankers, freight "
        "rates fell. Ines Moll, a broker, said the firm was founded by Aldo Prenn.",
        [],
        [("aldo-prenn", "FOUNDED", "vell-tankers")],
    ),
    (  # guard: the paragraph's own topic stays ("Harlow Foods" named in it)
        BAKERY + "Harlow Foods opened a bakery in York. Quell Bakeries opened a shop in Hull. "
        "Ben Ross, a former baker, said the company is based in Selby.",
        [("harlow-foods", "LOCATED_IN", "selby")],
        [("quell-bakeries", "LOCATED_IN", "selby")],
    ),
    (  # guard: a new paragraph is no chain
        SOFTWARE + "Corvane Data lost two clients in June. Pellam Apps hired 40 engineers last "
        "year.\n\nOmar Teal, a consultant, said the business is based in Derby.",
        [],
        [("pellam-apps", "LOCATED_IN", "derby")],
    ),
    (  # guard: "the lender" fits the bank, not the chained builder
        "Ashby Homes builds houses in Kent. Ashby Homes employs 900 people. Ashby Homes borrowed "
        "heavily from Corbel Bank.\n\nRenn Homes sold 200 houses last year. Vera Lusk, an "
        "analyst, said the lender is based in Dover.",
        [],
        [("renn-homes", "LOCATED_IN", "dover")],
    ),
    (  # guard: a description bound in its own sentence ("After A missed ..., B sued the
        # retailer": A), not the chained firm
        RETAIL + "Pellow Markets closed a store in June. After Dunne Shops missed a payment, "
        "Ferro Bank sued the retailer.",
        [("ferro-bank", "DISPUTES", "dunne-shops")],
        [("ferro-bank", "DISPUTES", "pellow-markets")],
    ),
    (  # guard: "the business" after the chained firm's purchase is the bought one
        "Pellam Apps bought Corvane Data in March. Pellam Apps wants to grow. The business, "
        "founded in 2009, is based in Derby.",
        [("corvane-data", "LOCATED_IN", "derby")],
        [("pellam-apps", "LOCATED_IN", "derby")],
    ),
    (  # guard: the same in a relative clause
        "Velda Brewing bought Osk Ales in May. Ilsa Osk, who founded the company in 1990, will "
        "stay on.",
        [("ilsa-osk", "FOUNDED", "osk-ales")],
        [("ilsa-osk", "FOUNDED", "velda-brewing")],
    ),
]

GAP: list[Case] = [
    (  # a firm two sentences back, past a bystander that only spoke: the chain reads only the
        # sentence before, so the description falls back to the article's topic
        "Sollen Pharma makes generic drugs. Sollen Pharma employs 800 people. Sollen Pharma "
        "raised prices in May.\n\nDunne Outlets opened four shops in Wales. Ferro Bank said "
        "lending had slowed. "
        "Pia Lorne, an analyst, said the company is based in Cardiff.",
        [("dunne-outlets", "LOCATED_IN", "cardiff")],
        [("sollen-pharma", "LOCATED_IN", "cardiff")],
    ),
]

GAP.append(
    (  # "the business" past a person after the chained firm's purchase: the bought one
        "Pellam Apps bought Corvane Data in March. Pellam Apps wants to grow. Omar Teal, a "
        "consultant, said the business is based in Derby.",
        [("corvane-data", "LOCATED_IN", "derby")],
        [("pellam-apps", "LOCATED_IN", "derby")],
    )
)
GAP.append(
    (  # a deal's object side past a person: the bought firm's founder, not the buyer's
        "Tollan Breweries makes lager in Bavaria. Tollan Breweries sells beer in 30 countries. "
        "\n\nKell Maltings raised its prices in April. Velda Brewing bought Osk Ales in May. "
        "Lars Dunn, a brewer, said the company's founder, Ilsa Osk, would stay.",
        [("ilsa-osk", "FOUNDED", "osk-ales")],
        [("ilsa-osk", "FOUNDED", "velda-brewing")],
    )
)

BANK = CHAIN + BYSTANDER + GAP
GAPS: dict[str, str] = {
    "Pellam Apps bought Corvane Data in March. Pellam Apps wants to grow. Omar": "a bought "
    "business past a person's name: the purchase rules read a description opening its "
    "sentence only",
    "Tollan Breweries makes lager": "a bought firm's founder past a person's name: the "
    "sentence before's object, which neither the topic nor the chain (its buyer) gives",
    "Sollen Pharma makes generic": "the chain reads only the sentence before: a firm two back, "
    "past a bystander, is not continued",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_salience23(case: Case) -> None:
    check(*case)
