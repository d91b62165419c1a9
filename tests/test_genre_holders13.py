"""Genre bank for round 13's holders area: a stake holder that attacks the board of the firm it
holds ("X, which owns 4% of Y, accused the board of wasting cash", "X, Y's largest investor,
wants the directors replaced", "Y's directors face attacks from its biggest holder, X"), and
opposition to a deal that reaches each of its parties, also when the deal was stated in the
sentence before ("A agreed to buy B. C criticised the deal.").

Each case is a short invented article, across food, mining, shipping, pharma, retail, airlines,
telecoms, banking and energy. Guards: a holder that backs the board, a vote against a
resolution, a regulator's probe of a deal, a court that blocks it, a party of the deal that
opposes another application, a deal too far back.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HOLDERS: list[Case] = [
    (  # mining: relative stake, "accused the board of -ing"
        "Quorn Capital, which owns 4% of Delmar Mining, accused the board of wasting cash.",
        [
            ("quorn-capital", "OWNS", "delmar-mining"),
            ("quorn-capital", "DISPUTES", "delmar-mining"),
        ],
        [],
    ),
    (  # pharma: participle stake, "accused the directors of -ing"
        "Harlow Partners, holding 7% of Lenwick Pharma, has accused the directors of "
        "squandering the cash pile.",
        [("harlow-partners", "DISPUTES", "lenwick-pharma")],
        [],
    ),
    (  # food: already read: "has attacked the directors over"
        "Morrin Partners, a fund holding 6% of Caddow Foods, has attacked the directors over "
        "slow disposals.",
        [("morrin-partners", "DISPUTES", "caddow-foods")],
        [],
    ),
    (  # retail: possessive holder noun, "wants the directors replaced"
        "Tiverspring Capital, Brellow Stores' largest investor, wants the directors replaced.",
        [("tiverspring-capital", "DISPUTES", "brellow-stores")],
        [],
    ),
    (  # shipping: "is seeking to oust the board"
        "Arden Value, which holds 9% of Ostrel Shipping, is seeking to oust the board.",
        [("arden-value", "DISPUTES", "ostrel-shipping")],
        [],
    ),
    (  # telecoms: "is pushing to replace the board"
        "Kestor Fund, which owns 5% of Halvern Telecom, is pushing to replace the board.",
        [("kestor-fund", "DISPUTES", "halvern-telecom")],
        [],
    ),
    (  # energy: "has criticised management over costs" (already read)
        "Pellam Capital, which holds 8% of Varrow Energy, has criticised management over costs.",
        [("pellam-capital", "DISPUTES", "varrow-energy")],
        [],
    ),
    (  # food: the board as the patient, the holder after "from"
        "Caddow Foods' directors face attacks from its biggest holder, Morrin Partners.",
        [("morrin-partners", "DISPUTES", "caddow-foods")],
        [],
    ),
    (  # banking: "criticism from" the holder, an appositive name
        "Dunmore Bank's board faces criticism from its largest shareholder, Selkirk Advisers.",
        [("selkirk-advisers", "DISPUTES", "dunmore-bank")],
        [],
    ),
    (  # insurance: a hyphenated rank and "the fund" before the appositive name
        "Garrow Insurance's board faces criticism from its second-largest shareholder, the "
        "fund Selkirk Advisers.",
        [("selkirk-advisers", "DISPUTES", "garrow-insurance")],
        [],
    ),
    (  # energy: "called for the board to be replaced"
        "Pellam Capital, which holds 8% of Varrow Energy, called for the board to be replaced.",
        [("pellam-capital", "DISPUTES", "varrow-energy")],
        [],
    ),
    (  # shipping: the firm itself "under attack from" its holder
        "Ostrel Shipping is under attack from Arden Value, a fund that owns 7% of the group.",
        [("arden-value", "DISPUTES", "ostrel-shipping")],
        [],
    ),
]

HOLDER_GUARDS: list[Case] = [
    (  # support, not criticism
        "Tiverspring Capital, which holds 9% of Brellow Mining, supports the board.",
        [("tiverspring-capital", "BACKS", "brellow-mining")],
        [("tiverspring-capital", "DISPUTES", "brellow-mining")],
    ),
    (  # a vote against a resolution: a decision only
        "Kestor Fund, which owns 5% of Halvern Telecom, voted against a resolution on pay.",
        [("kestor-fund", "OWNS", "halvern-telecom")],
        [("kestor-fund", "DISPUTES", "halvern-telecom")],
    ),
    (  # the board of another firm: "the board of X"
        "Arden Value, which holds 9% of Ostrel Shipping, accused the board of Pellow Ports of "
        "lying.",
        [],
        [("arden-value", "DISPUTES", "ostrel-shipping")],
    ),
    (  # the board named as keeping its seats: no attack
        "Arden Value, which holds 9% of Ostrel Shipping, wants the board kept in place.",
        [],
        [("arden-value", "DISPUTES", "ostrel-shipping")],
    ),
]

DEALS: list[Case] = [
    (  # food: the deal in the sentence before, "criticised the deal"
        "Vessan Foods agreed to buy Orlo Dairies for $2 billion. Harrow Growers, a farmers' "
        "group, criticised the deal.",
        [
            ("harrow-growers", "DISPUTES", "vessan-foods"),
            ("harrow-growers", "DISPUTES", "orlo-dairies"),
        ],
        [],
    ),
    (  # airlines: asks the authority to block it
        "Hestel Air agreed to buy Dunnock Airways. Pellan Travel has asked the competition "
        "authority to block the takeover.",
        [
            ("pellan-travel", "DISPUTES", "hestel-air"),
            ("pellan-travel", "DISPUTES", "dunnock-airways"),
        ],
        [],
    ),
    (  # mining: sued to block, the deal two sentences back
        "Arlen Steel plans to acquire Dorrow Metals. The price is $900m. Kelby Ores sued to "
        "block the acquisition.",
        [
            ("kelby-ores", "DISPUTES", "arlen-steel"),
            ("kelby-ores", "DISPUTES", "dorrow-metals"),
        ],
        [],
    ),
    (  # telecoms: "opposed the merger" after a bid sentence
        "Halvern Telecom launched a bid for Norvia Mobile. Tarrant Cable opposed the merger.",
        [
            ("tarrant-cable", "DISPUTES", "halvern-telecom"),
            ("tarrant-cable", "DISPUTES", "norvia-mobile"),
        ],
        [],
    ),
    (  # banking: a bare "the disposal" whose parties the reason names
        "Culvery Lenders petitioned judges to stop the disposal, saying Tibbet Holdings and "
        "Norwin Group hurried the auction.",
        [
            ("culvery-lenders", "DISPUTES", "tibbet-holdings"),
            ("culvery-lenders", "DISPUTES", "norwin-group"),
        ],
        [],
    ),
    (  # shipping: "objected to the filing, warning that the combination of A and B ..."
        "Marlow Shippers objected to the application, warning that the combination of Arlen "
        "Steel and Dorrow Metals would raise freight prices.",
        [
            ("marlow-shippers", "DISPUTES", "arlen-steel"),
            ("marlow-shippers", "DISPUTES", "dorrow-metals"),
        ],
        [],
    ),
    (  # in one sentence (already read)
        "Harrow Growers criticised the merger of Vessan Foods and Orlo Dairies.",
        [
            ("harrow-growers", "DISPUTES", "vessan-foods"),
            ("harrow-growers", "DISPUTES", "orlo-dairies"),
        ],
        [],
    ),
]

DEAL_GUARDS: list[Case] = [
    (  # a reason after support of a deal
        "Marlow Shippers welcomed the application, saying Arlen Steel and Dorrow Metals would "
        "invest more.",
        [],
        [("marlow-shippers", "DISPUTES", "arlen-steel")],
    ),
    (  # an adviser's role in a sale, and a person in the reason
        "Kelso Bank handled the sale, saying Arlen Steel and Dorrow Metals were pleased. Marlow "
        "Shippers opposed the application, saying Jane Pell and Arlen Steel were wrong.",
        [],
        [("kelso-bank", "DISPUTES", "arlen-steel"), ("marlow-shippers", "DISPUTES", "arlen-steel")],
    ),
    (  # a regulator's probe of the deal
        "Vessan Foods agreed to buy Orlo Dairies. Kelland Competition Authority started a probe "
        "into the merger.",
        [("vessan-foods", "OWNS", "orlo-dairies")],
        [("kelland-competition-authority", "DISPUTES", "vessan-foods")],
    ),
    (  # a court is no party
        "Vessan Foods agreed to buy Orlo Dairies. The Brenford High Court blocked the deal.",
        [],
        [("brenford-high-court", "DISPUTES", "vessan-foods")],
    ),
    (  # a party of the deal: no dispute of itself, nor of its partner
        "Vessan Foods agreed to buy Orlo Dairies. Orlo Dairies will fight to complete the deal.",
        [],
        [("orlo-dairies", "DISPUTES", "vessan-foods")],
    ),
    (  # support of the deal
        "Vessan Foods agreed to buy Orlo Dairies. Harrow Growers welcomed the deal.",
        [],
        [("harrow-growers", "DISPUTES", "vessan-foods")],
    ),
    (  # the deal too far back
        "Vessan Foods agreed to buy Orlo Dairies. Sales rose. Margins fell. Costs grew. Harrow "
        "Growers criticised the deal.",
        [],
        [("harrow-growers", "DISPUTES", "vessan-foods")],
    ),
    (  # another deal named in the sentence: its own parties only
        "Vessan Foods agreed to buy Orlo Dairies. Harrow Growers criticised the merger of Kelso "
        "Milk and Pardy Farms.",
        [("harrow-growers", "DISPUTES", "kelso-milk")],
        [("harrow-growers", "DISPUTES", "vessan-foods")],
    ),
]

BANK = HOLDERS + HOLDER_GUARDS + DEALS + DEAL_GUARDS
GAPS: dict[str, str] = {
    "Garrow Insurance's board": "nav.agent_after stops at the hyphenated rank "
    "('second-largest') and at 'the fund' before the name after 'criticism from'",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_holders13(case: Case) -> None:
    check(*case)
