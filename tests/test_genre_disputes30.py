"""Genre bank for criticism of a bare board (round 30).

A holder or a critic that attacks "the board" disputes the firm the board runs. A firm named in
the grounds after "the board for/over" is what the board did, not a second owner ("attacked the
board over its purchase of X"); a quoted -ing charge after "the board of" is a charge; when the
article's topic is unclear, the board is that of the one firm the critic was found holding in an
earlier sentence, else the firm whose board an earlier sentence named with a possessive ("X's
board, chaired by P, ..."); and a firm named after the board in a holder's sentence ("urged it
to sell X") leaves the stake pair before the board as it is.

Each case is a short invented text (relations that must be found, relations that must not be),
across ceramics, ferries, seed breeding, cinemas, dental labs, salt mining, irrigation,
weaving and ice rinks.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

GROUNDS: list[Case] = [
    (  # ceramics: a firm named in the grounds after "the board over"
        "Tessary Tiles cut its dividend on Monday after a weak year in its Spanish kilns. "
        "Tessary's largest outside investor, Morrand Capital, has attacked the board over the "
        "purchase of Velbrook Glazes, which it called a costly detour.",
        [("morrand-capital", "DISPUTES", "tessary-tiles")],
        [("morrand-capital", "DISPUTES", "velbrook-glazes")],
    ),
    (  # ferries: "criticised the board for pouring money into X"
        "Ostrava Ferries reported a loss for the third year running. Kelmont Partners, an "
        "activist fund with about 6 per cent, has criticised the board for pouring money into "
        "Brisa Lines as fares fell.",
        [("kelmont-partners", "DISPUTES", "ostrava-ferries")],
        [("kelmont-partners", "DISPUTES", "brisa-lines")],
    ),
    (  # guard: "the board of X" names another board, no grounds
        "Ostrava Ferries reported a loss for the third year running. Kelmont Partners, an "
        "activist fund, has criticised the board of Brisa Lines for raising fares.",
        [],
        [("kelmont-partners", "DISPUTES", "ostrava-ferries")],
    ),
    (  # guard: a board praised, not attacked
        "Ostrava Ferries reported a loss for the third year running. Kelmont Partners, an "
        "activist fund, has thanked the board for selling Brisa Lines.",
        [],
        [("kelmont-partners", "DISPUTES", "ostrava-ferries")],
    ),
]

QUOTED: list[Case] = [
    (  # seed breeding: a quoted -ing charge after "accused the board of"
        "Halvergen Seeds lowered its forecast for the spring season. Its co-founder, Ilse "
        'Marrow, has accused the board of "starving the breeding programme of cash" and wants '
        "a vote on the chair.",
        [("ilse-marrow", "DISPUTES", "halvergen-seeds")],
        [],
    ),
]

HELD: list[Case] = [
    (  # cinemas: the board of the firm the critic was found holding earlier
        "Analysts at Brenner Vale cut Lumora Cinemas to sell on Tuesday, citing weak ticket "
        "sales. Quillet Holding owns 21% of Lumora, and the hedge fund Sarn Capital owns 6% of "
        "Lumora. Sarn Capital has criticised the board for opening screens in shrinking towns.",
        [("sarn-capital", "DISPUTES", "lumora-cinemas")],
        [("sarn-capital", "DISPUTES", "brenner-vale")],
    ),
    (  # dental labs: a holder that urges a sale after the board names a third firm
        "Corvell Dental posted flat sales. Tamsin Partners, an activist fund that owns about 5% "
        "of Corvell, publicly criticised the board for a decade of drift, as it put it, "
        "and urged it to sell its stake in Pell Ortho.",
        [("tamsin-partners", "DISPUTES", "corvell-dental")],
        [("tamsin-partners", "DISPUTES", "pell-ortho")],
    ),
    (  # guard: an adviser of the board disputes no one and advises no holding
        "Analysts at Brenner Vale cut Lumora Cinemas to sell on Tuesday. Quillet Holding owns "
        "21% of Lumora. Quillet Holding advises the board on property.",
        [],
        [("quillet-holding", "DISPUTES", "lumora-cinemas")],
    ),
]

REMEMBERED: list[Case] = [
    (  # salt mining: the board named once by its possessor, attacked later (no stake found)
        "Brisk Salt and Halden Minerals are both bidding for Torvane Salt. Torvane's board, "
        "chaired by Ines Kolar, recommended the Brisk offer. Arden Vale, a fund that says it "
        "speaks for small holders, has since attacked the board for backing Brisk without "
        "testing the market.",
        [("arden-vale", "DISPUTES", "torvane-salt")],
        [("arden-vale", "DISPUTES", "brisk-salt")],
    ),
    (  # guard: the remembered board thanked, not attacked
        "Brisk Salt and Halden Minerals are both bidding for Torvane Salt. Torvane's board, "
        "chaired by Ines Kolar, recommended the Brisk offer. Arden Vale, a fund that says it "
        "speaks for small holders, has since thanked the board for its patience.",
        [],
        [("arden-vale", "DISPUTES", "torvane-salt")],
    ),
]

GAPPED: list[Case] = [
    (  # irrigation: a kind noun "the commission's" possessing the rejected view
        "The Ostrian Trade Commission said on Friday that Halvor Pumps had overcharged farm "
        "co-operatives for irrigation spares. Halvor Pumps disputed the commission's "
        "initial findings and said its spares cost no more than anyone else's.",
        [("halvor-pumps", "DISPUTES", "the-ostrian-trade-commission")],
        [],
    ),
    (  # weaving: kind nouns bound to the speaker's own firm
        "Dravik Looms cut forty jobs at its weaving shed in March. The Textile Workers Guild "
        "said the cuts broke a deal on overtime. Its chief, Oona Brell, accused the weaver of "
        "treating staff as spare parts. Dravik's owner, Piet Harl, rejected the guild's figures.",
        [
            ("oona-brell", "DISPUTES", "dravik-looms"),
            ("piet-harl", "DISPUTES", "the-textile-workers-guild"),
        ],
        [("piet-harl", "DISPUTES", "dravik-looms")],
    ),
    (  # ice rinks: criticism told as a quotation with no verb of criticism
        "Frostmere Rinks plans to close two halls. 'This is a sale of our skating for a car "
        "park,' said the figure skaters' club Blade Circle of Frostmere's plan.",
        [("blade-circle", "DISPUTES", "frostmere-rinks")],
        [],
    ),
]

# review 30 (findings 2): the holder counted is the clause's own party, with a minority stake; a
# possessed board counts unless denied or one of two; a denied report and a possessive firm in
# the grounds stay silent
REVIEWED: list[Case] = [
    (  # F1: the holder's own shareholders attack its (own) board
        "Orvel Capital holds 6% of Tarsk Mining. Brannock Metals reported higher output. Orvel "
        "Capital shareholders have attacked the board.",
        [],
        [("orvel-capital", "DISPUTES", "tarsk-mining")],
    ),
    (  # F1: "Investors in X"
        "Orvel Capital holds 6% of Tarsk Mining. Brannock Metals reported higher output. "
        "Investors in Orvel Capital have attacked the board for its fees.",
        [],
        [("orvel-capital", "DISPUTES", "tarsk-mining")],
    ),
    (  # F1: "X's founder"
        "Orvel Capital holds 6% of Tarsk Mining. Kessel Bank cut rates. Orvel Capital's founder "
        "Ann Pell has attacked the board.",
        [],
        [("ann-pell", "DISPUTES", "tarsk-mining")],
    ),
    (  # F1, breweries: the holder's executives
        "Hollin Partners owns 7% of Greyford Brewing. Marsh Ales opened a taproom. Hollin "
        "Partners executives have criticised the board.",
        [],
        [("hollin-partners", "DISPUTES", "greyford-brewing")],
    ),
    (  # F2: a bystander in a fronted phrase
        "Orvel Capital holds 6% of Tarsk Mining. Kessel Fund holds 4% of Brannock Metals. After "
        "talks with Orvel Capital, the Miners Union attacked the board.",
        [],
        [("orvel-capital", "DISPUTES", "tarsk-mining")],
    ),
    (  # F2: "Asked about X,"
        "Orvel Capital holds 6% of Tarsk Mining. Kessel Fund holds 4% of Brannock Metals. Asked "
        "about Orvel Capital, Vessa Fund attacked the board.",
        [],
        [
            ("orvel-capital", "DISPUTES", "tarsk-mining"),
            ("vessa-fund", "DISPUTES", "tarsk-mining"),
        ],
    ),
    (  # F3: a bought firm is its buyer's unit, no holding whose board it attacks
        "Orvel Capital acquired Lanto Foods in 2019. Kessel Fund holds 4% of Brannock Metals. "
        "Orvel Capital has criticised the board.",
        [],
        [("orvel-capital", "DISPUTES", "lanto-foods")],
    ),
    (  # F3: owned outright
        "Orvel Group owns Lanto Foods outright. Kessel Fund holds 4% of Brannock Metals. Orvel "
        "Group has criticised the board for weak returns.",
        [],
        [("orvel-group", "DISPUTES", "lanto-foods")],
    ),
    (  # F3, shipping: a purchase, then an earlier possessed board
        "Tarsk Mining's board backed the offer. Brannock Metals reported higher output. Vessa "
        "Oil posted a loss. Orvel Capital bought Lanto Foods. Orvel Capital has attacked the "
        "board.",
        [],
        [("orvel-capital", "DISPUTES", "lanto-foods")],
    ),
    (  # F3 counterpart, dairies: a minority stake still lends its board
        "Pell Dairy Fund owns 8% of Ostrow Creameries. Marne Cheese cut prices. Pell Dairy Fund "
        "has criticised the board.",
        [("pell-dairy-fund", "DISPUTES", "ostrow-creameries")],
        [],
    ),
    (  # F4: a possessed board named only to say it was not involved
        "Kessel Fund holds 4% of Brannock Metals. Analysts said Tarsk Mining's board was not "
        "involved. Orvel Capital has attacked the board.",
        [],
        [("orvel-capital", "DISPUTES", "tarsk-mining")],
    ),
    (  # F4: two possessed boards in view
        "Tarsk Mining's board backed the offer. Brannock Metals' board opposed it. Kessel Fund "
        "holds 4% of Brannock Metals. Orvel Capital has attacked the board.",
        [],
        [
            ("orvel-capital", "DISPUTES", "brannock-metals"),
            ("orvel-capital", "DISPUTES", "tarsk-mining"),
        ],
    ),
    (  # F1, glass: a holder's rival named through the holder's possessive
        "Dunmore Capital holds 5% of Ferrow Glass. Analysts said Carrow Inns Group's board was "
        "not consulted. Dunmore Capital's rival Pask Fund has criticised the board.",
        [],
        [("pask-fund", "DISPUTES", "ferrow-glass"), ("pask-fund", "DISPUTES", "carrow-inns-group")],
    ),
    (  # F5: a report of the criticism, denied
        "Halvern Foods lifted its dividend by 4%. Reports that Kelmont Capital had criticised "
        "the board over Brisa Lines were wrong, Arlo Partners said.",
        [],
        [("kelmont-capital", "DISPUTES", "halvern-foods")],
    ),
    (  # F6: a possessive firm in the grounds may own the board
        "Halvern Foods lifted its dividend by 4%. Kelmont Capital criticised the board for Corvo "
        "Bank's loan losses.",
        [],
        [("kelmont-capital", "DISPUTES", "halvern-foods")],
    ),
    (  # F6 counterpart, ice cream: another firm's offer in the grounds owns no board
        "Pellam Creameries raised its payout by 4%. Osric Holdings has since faulted the "
        "board for endorsing Varn Group's bid before any other buyer was sounded out.",
        [("osric-holdings", "DISPUTES", "pellam-creameries")],
        [("osric-holdings", "DISPUTES", "varn-group")],
    ),
    (  # F6: "over the X board's pay"
        "Halvern Foods lifted its dividend by 4%. Kelmont Capital slammed the board over the "
        "Brisa Lines board's pay.",
        [],
        [("kelmont-capital", "DISPUTES", "halvern-foods")],
    ),
]

BANK = GROUNDS + QUOTED + HELD + REMEMBERED + GAPPED + REVIEWED
GAPS: dict[str, str] = {
    "The Ostrian Trade Commission": "'the commission' is no description noun of a body",
    "Dravik Looms cut": "a kind noun after a disputing verb binds the speaker's own firm",
    "Frostmere Rinks plans": "a quotation said 'of' a plan is no criticism reading",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disputes30(case: Case) -> None:
    check(*case)
