"""Genre bank for loans that pay for a purchase when a holder stands near the buyer (round 31).

A buyer opened with a relative aside that names its controlling holder ("X, which is owned by
the fund K, will pay for the takeover with a loan from L") borrows the loan itself: L funds X, not
the holder K, and a holding participle in the aside is no purchase of X. A sentence that says
only who controls the buyer ("X, controlled by K, runs two mills") names no new buyer for a
later "The purchase is financed with a loan from L".

Each case is a short invented text, across software, bakeries, textiles, dairies, logistics,
ceramics and veterinary clinics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ASIDE: list[Case] = [
    (  # software: the aside names the holder; the loan is the buyer's
        "Pelicano Software agreed to acquire the payroll firm Nomina Sur for $300 million. "
        "Pelicano, which Rosa Idiarte started in 2011 and which is mostly held by the "
        "buyout group Ridgeway Partners, will finance the acquisition with a $200 million loan "
        "from Banco Austral.",
        [("banco-austral", "FUNDS", "pelicano-software")],
        [("banco-austral", "FUNDS", "ridgeway-partners")],
    ),
    (  # textiles: "controlled by" in the aside
        "Corvetta Mills agreed to buy the Polish weaver Tkanex for 90 million euros. Corvetta, "
        "which is controlled by the holding firm Ansel Holdings, will pay for Tkanex "
        "with a 60 million euro loan from Brennerbank.",
        [("brennerbank", "FUNDS", "corvetta-mills")],
        [("brennerbank", "FUNDS", "ansel-holdings")],
    ),
    (  # logistics: the aside says how the buyer began, the holder stays out
        "Haldrun Freight said it would buy the depot operator Ostwick Cargo. Haldrun, which is "
        "owned by the pension fund Greyfield Pensions, will fund the buyout with a term loan "
        "from Skarbo Bank and fresh equity from Greyfield.",
        [("skarbo-bank", "FUNDS", "haldrun-freight")],
        [("skarbo-bank", "FUNDS", "greyfield-pensions")],
    ),
    (  # guard: a firm bought in the sentence is not the borrower
        "Marrow Clinics agreed to buy Tenby Vets for 40 million pounds, funded by a loan from "
        "Quayle Bank.",
        [("marrow-clinics", "OWNS", "tenby-vets")],
        [("quayle-bank", "FUNDS", "tenby-vets")],
    ),
]

CONTEXT: list[Case] = [
    (  # bakeries: the holder named after the buyer is not the buyer of the deal
        "Tarvello Foods agreed to buy the bakery chain Brodhus for 2 billion kroner. Tarvello, "
        "which is controlled by Osterby Capital, runs nine plants. The purchase will be "
        "financed with a loan from Nordlys Bank.",
        [("tarvello-foods", "OWNS", "brodhus")],
        [("nordlys-bank", "FUNDS", "osterby-capital")],
    ),
    (  # dairies: a buyer two sentences back still borrows
        "Vellum Dairies agreed to buy the cheesemaker Karstad for 70 million euros. The "
        "purchase will be paid for with a loan from Ardent Bank.",
        [("ardent-bank", "FUNDS", "vellum-dairies")],
        [],
    ),
    (  # guard (ceramics): a purchase stated passively still names its buyer
        "Pottery maker Lindqvist Keramik was bought by Sorrel Group in March. The purchase was "
        "financed with a loan from Hafnar Bank.",
        [("hafnar-bank", "FUNDS", "sorrel-group")],
        [],
    ),
    (  # ceramics: the buyer named four sentences back (read since round 39: the opening purchase)
        "Harnas Tiles agreed in May to buy the kiln maker Oberfeld for 50 million euros. Tile "
        "prices fell in the summer. Harnas, which is controlled by Ansel Holdings, runs two "
        "plants. Oberfeld makes electric kilns. The purchase is being financed with a loan "
        "from Kestrel Bank.",
        [("kestrel-bank", "FUNDS", "harnas-tiles")],
        [("kestrel-bank", "FUNDS", "ansel-holdings")],
    ),
]

PASSIVE_BUYS: list[Case] = [
    (  # mend31a F2, dairies: "taken over by" names a buyer
        "Brand Dairy was taken over by Orvik Foods in May. The purchase was financed by Lorne "
        "Bank.",
        [("lorne-bank", "FUNDS", "orvik-foods")],
        [],
    ),
    (  # mend31a F2: "snapped up by"
        "Brand Dairy was snapped up by Orvik Foods in May. The deal was financed by Lorne Bank.",
        [("lorne-bank", "FUNDS", "orvik-foods")],
        [],
    ),
    (  # mend31a F2, banking: "taken over by"
        "Corran Building Society was taken over by Ivel Bank in May. The deal is financed by "
        "Lorne Credit.",
        [("lorne-credit", "FUNDS", "ivel-bank")],
        [],
    ),
    (  # mend31a F2, banking: "absorbed by"
        "Corran Building Society was absorbed by Ivel Bank in May. The deal is financed by Lorne "
        "Credit.",
        [("lorne-credit", "FUNDS", "ivel-bank")],
        [],
    ),
    (  # mend31a F2 guard, dairies: "controlled by" names a holder, no buyer
        "Brand Dairy is controlled by Kessel Capital. The purchase is financed by Lorne Bank.",
        [],
        [("lorne-bank", "FUNDS", "kessel-capital")],
    ),
    (  # mend31a F2 guard, ceramics: "majority-owned by"
        "Stellan Ceramics is majority-owned by Ward Capital. The purchase is financed by Orr Bank.",
        [],
        [("orr-bank", "FUNDS", "ward-capital")],
    ),
]

BANK = ASIDE + CONTEXT + PASSIVE_BUYS
GAPS: dict[str, str] = {
    "Haldrun Freight said": "after an 'owned by' aside a second reading lends to the holder",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds31(case: Case) -> None:
    check(*case)
