"""Genre bank for attacks whose object refers to the other side without naming it (round 21).

"X accused the board of ...", "attacked management", "criticised the carrier", "rejected the
lawsuit", "criticised both companies": the critic disputes the organization the reference stands
for (the firm whose board it is, the firm the description means, the party that brought the
claim). A holder's attack on a board disputes the firm it holds, also when the charge is quoted
("accused the board of 'selling members short'") or the holding is "a shareholder in Y". A
board's own statement, praise of a board and a regulator's review are no dispute.

Each case is a short invented text (relations that must be found, relations that must not be),
across insurance, shipping, food, water, rail, airlines, pharma, banking, housing and mining.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BOARDS: list[Case] = [
    (  # insurance: the repro: a holder in a relative clause, a quoted -ing charge
        "Orbisure Assurantie has made a £1.2 billion offer for Merlin Onderling, a Yeovil-based "
        "insurer of classic cars.\nHartfield Kapitalwerk, which owns 7% of Merlin, accused the "
        'board of "selling members short" and plans to oppose the offer at the meeting.',
        [("hartfield-kapitalwerk", "DISPUTES", "merlin-onderling")],
        [("hartfield-kapitalwerk", "DISPUTES", "orbisure-assurantie")],
    ),
    (  # water: quoted charge after "accused the directors of"
        "Talvern Water accepted a bid from Ostrel Infra on Monday.\nBrisk Partners, which holds "
        '4% of Talvern, accused the directors of "handing the company away cheaply".',
        [("brisk-partners", "DISPUTES", "talvern-water")],
        [("brisk-partners", "DISPUTES", "ostrel-infra")],
    ),
    (  # shipping: "a shareholder in Y" as the holder's appositive
        "Dunmore Shipping has agreed to sell itself to Varga Holdings for $900m.\nCorran "
        "Capital, a shareholder in Dunmore, criticised the board for accepting a low price.",
        [("corran-capital", "DISPUTES", "dunmore-shipping")],
        [("corran-capital", "DISPUTES", "varga-holdings")],
    ),
    (  # mining: "an investor in Y", the board as object of "attacked"
        "Kestrel Mining is weighing an approach from Brandt Metals.\nOrlen Advisers, an investor "
        "in Kestrel, attacked the board over its handling of the talks.",
        [("orlen-advisers", "DISPUTES", "kestrel-mining")],
        [("orlen-advisers", "DISPUTES", "brandt-metals")],
    ),
    (  # food: a single-company article, "the board" plain
        "Pellow Foods reported a loss for the year.\nActivist investor Corran Capital accused "
        "the board of wasting cash on acquisitions.",
        [("corran-capital", "DISPUTES", "pellow-foods")],
        [],
    ),
    (  # food: "its board" after a stake relative, a third company named before
        "Pellow Foods is considering an offer from Aldane Group.\nCorran Capital, which owns 5% "
        "of Pellow, attacked its board over the talks.",
        [("corran-capital", "DISPUTES", "pellow-foods")],
        [("corran-capital", "DISPUTES", "aldane-group")],
    ),
    (  # rail: a union attacks bare management
        "Halvik Rail cut 300 jobs in March.\nThe RMT union attacked management for closing the "
        "depot.",
        [("rmt", "DISPUTES", "halvik-rail")],
        [],
    ),
    (  # telecoms: a quoted charge after "accused management of"
        "Arlo Telecom missed its targets again.\nShareholder Vinter Partners accused management "
        'of "hiding the losses" from investors.',
        [("vinter-partners", "DISPUTES", "arlo-telecom")],
        [],
    ),
    (  # guard: praise of a board is no dispute
        "Corran Capital, which owns 5% of Pellow Foods, praised the board for its discipline.",
        [],
        [("corran-capital", "DISPUTES", "pellow-foods")],
    ),
    (  # guard: the board's own statement is the firm's
        "Corran Capital, which owns 5% of Pellow Foods, called for a sale.\nThe board said it "
        "would consider all options.",
        [],
        [("pellow-foods", "DISPUTES", "corran-capital")],
    ),
    (  # guard: negated attack
        "Pellow Foods reported a loss.\nCorran Capital, which owns 5% of Pellow, has not "
        "criticised the board.",
        [],
        [("corran-capital", "DISPUTES", "pellow-foods")],
    ),
    (  # guard: "the board of" a named company other than the charge
        "Dunmore Shipping reported weak results.\nCorran Capital, a shareholder in Dunmore, "
        "joined the board of Tessin Ports.",
        [],
        [("corran-capital", "DISPUTES", "dunmore-shipping")],
    ),
]

DESCRIPTIONS: list[Case] = [
    (  # consumer goods: "the company" as object, with a headline
        "Price rises anger shoppers\n\nCorvane Foods raised prices twice this year.\nConsumer "
        "group Fairshop criticised the company for hiding the rises.",
        [("fairshop", "DISPUTES", "corvane-foods")],
        [],
    ),
    (  # consumer goods: "it" as object
        "Corvane Foods raised prices twice this year.\nConsumer group Fairshop has criticised it "
        "for hiding the rises.",
        [("fairshop", "DISPUTES", "corvane-foods")],
        [],
    ),
    (  # airlines: the trade noun "the carrier"
        "Skyreach Airways cancelled 200 flights in August.\nPassenger group FlyFair accused the "
        "carrier of misleading travellers.",
        [("flyfair", "DISPUTES", "skyreach-airways")],
        [],
    ),
    (  # banking: "the bank" as object of "attacked"
        "Marrow Bank is closing 40 branches.\nThe Unite union attacked the bank over the closures.",
        [("unite", "DISPUTES", "marrow-bank")],
        [],
    ),
    (  # insurance: a possessive description, another company in the article
        "Orbisure Assurantie has made an offer for Merlin Onderling, a Yeovil insurer.\n"
        "Hartfield Kapitalwerk criticised the insurer's handling of the talks.",
        [("hartfield-kapitalwerk", "DISPUTES", "merlin-onderling")],
        [("hartfield-kapitalwerk", "DISPUTES", "orbisure-assurantie")],
    ),
    (  # quarrying: "the company's estimates" with the company's quarry named before
        "Tulloch Aggregata wants to enlarge its Gravelly Delf quarry near Mallaig.\nCampaigner "
        'Isobel Ogilvie has attacked the company\'s noise estimates as "wishful thinking".',
        [("isobel-ogilvie", "DISPUTES", "tulloch-aggregata")],
        [],
    ),
    (  # housing: passive with the description as subject
        "Harrow Homes wants to build 400 houses at Pinfold Lane.\nThe developer has been accused "
        "by residents' group Save Pinfold of ignoring flood risk.",
        [("save-pinfold", "DISPUTES", "harrow-homes")],
        [],
    ),
    (  # water: a regulator as the description
        "The Water Services Regulation Authority fined Severn Waters £12m.\nSevern Waters "
        "criticised the regulator for ignoring its investment.",
        [("severn-waters", "DISPUTES", "the-water-services-regulation-authority")],
        [],
    ),
    (  # food: "both companies" standing for the two named before
        "Arlen Foods and Brisco Dairy agreed to merge in May.\nThe Competition Authority "
        "criticised both companies for failing to share data.",
        [
            ("the-competition-authority", "DISPUTES", "arlen-foods"),
            ("the-competition-authority", "DISPUTES", "brisco-dairy"),
        ],
        [],
    ),
    (  # guard: a regulator's review of a choice is no dispute
        "Gjovik Havn picked Nordby Bygg for the pier contract.\nThe Gjovik regulator is looking "
        "again at the choice of bidder for the pier contract.",
        [],
        [("gjovik-havn", "DISPUTES", "nordby-bygg")],
    ),
]

REBUTTALS: list[Case] = [
    (  # pharma: "rejected the lawsuit" disputes the party that sued
        "Orrin Pharma sued Talbot Generics in Delaware in March.\nTalbot has rejected the "
        "lawsuit, calling it baseless.",
        [("talbot-generics", "DISPUTES", "orrin-pharma")],
        [],
    ),
    (  # freight: "rejected the claim" after a suit
        "Vossen Logistics sued Kelbrook Freight for breach of contract in May.\nKelbrook "
        "rejected the claim as baseless.",
        [("kelbrook-freight", "DISPUTES", "vossen-logistics")],
        [],
    ),
    (  # freight: "dismissed the claims" after a reported demand, no suit verb
        "Vossen Logistics says Kelbrook Freight owes it £4m.\nKelbrook dismissed the claims as "
        "fantasy.",
        [("kelbrook-freight", "DISPUTES", "vossen-logistics")],
        [],
    ),
]

PARTNERS: list[Case] = [
    (  # motors: "its partner" standing for the partner named before
        "Zelco Motors signed a battery deal with Perron Cells in 2021.\nLast week Zelco sued its "
        "partner over late deliveries.",
        [("zelco-motors", "DISPUTES", "perron-cells")],
        [],
    ),
    (  # ports: "both bidders" standing for the two bidders named before
        "Greyfold Ports is being chased by Atlas Infra and Corvo Capital.\nThe Unite union "
        "criticised both bidders over job guarantees.",
        [("unite", "DISPUTES", "atlas-infra"), ("unite", "DISPUTES", "corvo-capital")],
        [("unite", "DISPUTES", "greyfold-ports")],
    ),
]

BANK = BOARDS + DESCRIPTIONS + REBUTTALS + PARTNERS
GAPS: dict[str, str] = {
    "Zelco Motors": "'its partner' is not resolved to the partner the sentence before named",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disputeref21(case: Case) -> None:
    check(*case)
