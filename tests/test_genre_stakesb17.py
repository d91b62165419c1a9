"""Genre bank for stakes, sales and buy-backs whose company is implied (round 17, stakesb): a
majority bought with no company named ("Birchgate acquired 58 per cent in 2013", "Kestrane
Capital took a 72 per cent stake last spring"), a share as a noun phrase with its holder ("will
buy the 55% owned by A and the 30% held by co-founder B"), a second conjunct's passive share
("was set up in 1950 by A and since 2012 has been 64 per cent held by Y"), an apposed holder of
the rest ("The founder's nephew, Rolf Abt, holds the remaining 36 per cent"), gapped holders
after an unnamed first holder or with titles ("The founder owns 40%; A, 22%; and B, 5%",
"Founder Jan Voss owns 30%, chief executive Mia Lund 10%"), a buy-back ("repurchased the firm
from that group") and holders a company counts ("The brewer counts A and B among its
shareholders").

Each case is a short invented article across food, fishing, tools, brewing, dairy, shipping,
retail, mining, software, energy and media. Guards: a minority bought (FUNDS, never OWNS), a
stake sold, a planned stake, a market share, a seller, a lender counted, a holder linked to
another holder, a past holding.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BARE_MAJORITY: list[Case] = [
    (  # food: a majority bought, a time after the share
        "Brovan Fish makes fish cakes in Hull. Birchgate, a buyout firm, acquired 58 per cent "
        "in 2013; the founder retains 25 per cent.",
        [("birchgate", "OWNS", "brovan-fish")],
        [("birchgate", "FUNDS", "brovan-fish")],
    ),
    (  # fishing: "took a N per cent stake last spring"
        "Brovan Fish makes fish cakes. Kestrane Capital took a 72 per cent stake last spring.",
        [("kestrane-capital", "OWNS", "brovan-fish")],
        [],
    ),
    (  # dairy: a controlling stake with no company
        "Glenbrae Dairy makes butter in Cork. Halden Partners bought a controlling stake in 2019.",
        [("halden-partners", "OWNS", "glenbrae-dairy")],
        [],
    ),
    (  # software: the share ends the sentence
        "Tarsa Software sells payroll tools. Norvik Capital acquired a 65% stake.",
        [("norvik-capital", "OWNS", "tarsa-software")],
        [],
    ),
    (  # guard: a planned majority
        "Brovan Fish makes fish cakes. Kestrane Capital plans to buy a 60% stake.",
        [],
        [("kestrane-capital", "OWNS", "brovan-fish")],
    ),
    (  # guard: a majority sold, no buyer
        "Brovan Fish makes fish cakes. Kestrane Capital sold a 60% stake last spring.",
        [],
        [("kestrane-capital", "OWNS", "brovan-fish")],
    ),
    (  # guard: a share of a market
        "Brovan Fish makes fish cakes. Kestrane Capital took 60% of the market last spring.",
        [],
        [("kestrane-capital", "OWNS", "brovan-fish")],
    ),
    (  # guard: a minority bought is never OWNS
        "Corra Wind runs turbines off Wales. Halden Energy bought a 20% stake in 2021.",
        [],
        [("halden-energy", "OWNS", "corra-wind")],
    ),
]

SHARE_PHRASES: list[Case] = [
    (  # food: two shares owned/held by their holders, the company named before
        "Harwick Foods sells soups. Quillex Group will buy the 55% owned by Tern Associates "
        "and the 30% held by co-founder Ada Rusk.",
        [("tern-associates", "OWNS", "harwick-foods"), ("ada-rusk", "OWNS", "harwick-foods")],
        [("ada-rusk", "OWNS", "tern-associates")],
    ),
    (  # shipping: both owned by
        "Corvane Lines runs ferries to Norway. Exton Capital agreed to buy the 60% owned by "
        "Halden Group and the 15% owned by Norvik Partners.",
        [("halden-group", "OWNS", "corvane-lines"), ("norvik-partners", "OWNS", "corvane-lines")],
        [("norvik-partners", "OWNS", "halden-group")],
    ),
    (  # media: the holder apposed to a possessed title
        "Kelso Courier prints a daily paper. Marlin Media will acquire the 25% owned by the "
        "paper's founder, Tao Lenz.",
        [("tao-lenz", "OWNS", "kelso-courier")],
        [],
    ),
    (  # tools: the second conjunct of a coordinated passive
        "Lenz Tools was set up in 1950 by Karl Lenz and since 2012 has been 64 per cent held "
        "by Ostravia Holding.",
        [("ostravia-holding", "OWNS", "lenz-tools")],
        [("ostravia-holding", "OWNS", "karl-lenz")],
    ),
    (  # games: the simple conjunct still reads
        "Sorrel Games makes two card games and is 30% held by Kelso Partners.",
        [("kelso-partners", "OWNS", "sorrel-games")],
        [],
    ),
    (  # mining: an appositive subject of a passive share
        "Marlow Mining, a rival of Corran Metals, is 40% held by Halden Capital.",
        [("halden-capital", "OWNS", "marlow-mining")],
        [("halden-capital", "OWNS", "corran-metals")],
    ),
]

REST_AND_GAPS: list[Case] = [
    (  # tools: an apposed holder of the remaining share
        "Lenz Tools makes drills. Ostravia Holding owns 64 per cent. The founder's nephew, "
        "Rolf Abt, holds the remaining 36 per cent.",
        [("ostravia-holding", "OWNS", "lenz-tools"), ("rolf-abt", "OWNS", "lenz-tools")],
        [],
    ),
    (  # brewing: gapped holders after an unnamed first holder
        "Tarsa Brewing makes lager in Leeds. The founder owns 40%; Pemberton Investors, 22%; "
        "and Alder Provident, 5%.",
        [
            ("pemberton-investors", "OWNS", "tarsa-brewing"),
            ("alder-provident", "OWNS", "tarsa-brewing"),
        ],
        [("pemberton-investors", "OWNS", "alder-provident")],
    ),
    (  # milling: a named first holder and verbless items
        "Ostrow Mills makes flour in Gdansk. The register is short: Mara Lusk owns 35%; Keld "
        "Investments, 20%; and the Ostrow pension scheme, 8%.",
        [("mara-lusk", "OWNS", "ostrow-mills"), ("keld-investments", "OWNS", "ostrow-mills")],
        [],
    ),
    (  # brewing: gapped holders with titles
        "Tarsa Brewing makes lager. Founder Jan Voss owns 30%, chief executive Mia Lund 10%.",
        [("jan-voss", "OWNS", "tarsa-brewing"), ("mia-lund", "OWNS", "tarsa-brewing")],
        [],
    ),
    (  # guard: a market share opens the list
        "Tarsa Brewing makes lager in Leeds. The founder owns 40% of the market; Pemberton "
        "Investors, 22%.",
        [],
        [("pemberton-investors", "OWNS", "tarsa-brewing")],
    ),
]

SALES_AND_COUNTS: list[Case] = [
    (  # tools: a buy-back from the group that bought it
        "Lenz Tools makes drills in Graz. In 1997 Ada Lenz repurchased the firm from Ostravia "
        "Holding.",
        [("ada-lenz", "OWNS", "lenz-tools")],
        [("ostravia-holding", "OWNS", "lenz-tools")],
    ),
    (  # tools: "bought the firm back"
        "Lenz Tools makes drills in Graz. In 1997 Ada Lenz bought the firm back from Ostravia "
        "Holding.",
        [("ada-lenz", "OWNS", "lenz-tools")],
        [],
    ),
    (  # guard: a buy-back of the buyer's own shares
        "Lenz Tools makes drills in Graz. Ostravia Holding repurchased 2% of its own shares.",
        [],
        [("ostravia-holding", "OWNS", "lenz-tools")],
    ),
    (  # tools: a sale of the firm by its unnamed founders
        "Lenz Tools makes drills in Graz. In 1982 the founders sold the firm to Ostravia "
        "Holding, a Vienna group.",
        [("ostravia-holding", "OWNS", "lenz-tools")],
        [],
    ),
    (  # brewing: a company counts its shareholders
        "Tarsa Brewing makes lager. The brewer counts Halden Capital and Norvik Fund among its "
        "shareholders.",
        [("halden-capital", "OWNS", "tarsa-brewing"), ("norvik-fund", "OWNS", "tarsa-brewing")],
        [("halden-capital", "OWNS", "norvik-fund")],
    ),
    (  # retail: investors counted fund it
        "Tarsa Brewing makes lager. Tarsa counts Halden Capital, Exton Partners and Norvik Fund "
        "among its early investors.",
        [
            ("halden-capital", "FUNDS", "tarsa-brewing"),
            ("exton-partners", "FUNDS", "tarsa-brewing"),
        ],
        [("halden-capital", "OWNS", "tarsa-brewing")],
    ),
    (  # guard: lenders counted
        "Tarsa Brewing makes lager. It counts Halden Capital and Norvik Fund among its lenders.",
        [],
        [("halden-capital", "FUNDS", "tarsa-brewing"), ("norvik-fund", "OWNS", "tarsa-brewing")],
    ),
    (  # guard: customers counted
        "Tarsa Brewing makes lager. Tarsa Brewing counts Halden Capital and Norvik Fund among "
        "its customers.",
        [],
        [("halden-capital", "OWNS", "tarsa-brewing")],
    ),
    (  # brewing: shareholders in a relative clause after the possessed noun
        "Tarsa Brewing makes lager. Its shareholders, which include Halden Capital and Norvik "
        "Fund, backed the plan.",
        [("halden-capital", "OWNS", "tarsa-brewing"), ("norvik-fund", "OWNS", "tarsa-brewing")],
        [],
    ),
    (  # brewing: a title-like "Major" before the holders
        "Tarsa Brewing makes lager. Major shareholders Halden Capital and Norvik Fund backed "
        "the plan.",
        [],
        [("halden-capital", "OWNS", "major")],
    ),
    (  # mining: the biggest block of a placing
        "Orvane Mining is listed in London. Halden Holdings sold 10 per cent of Orvane Mining "
        "on Tuesday. Exton Capital bought the biggest block, a 4 per cent holding.",
        [("exton-capital", "FUNDS", "orvane-mining")],
        [("exton-capital", "FUNDS", "halden-holdings")],
    ),
    (  # food: a kept holding, the company named before
        "Harwick Foods sells soups to supermarkets. Kelso Partners will retain its 12% holding.",
        [("kelso-partners", "OWNS", "harwick-foods")],
        [],
    ),
    (  # fishing: a minority bought with no company
        "Brovan Fish makes fish cakes. Kestrane Capital took a minority stake in 2019.",
        [("kestrane-capital", "FUNDS", "brovan-fish")],
        [("kestrane-capital", "OWNS", "brovan-fish")],
    ),
]

BANK = BARE_MAJORITY + SHARE_PHRASES + REST_AND_GAPS + SALES_AND_COUNTS
GAPS: dict[str, str] = {
    "Lenz Tools makes drills in Graz. In 1982 the founders": "'the founders sold the firm to "
    "Y': 'the firm' after an unnamed subject is resolved to no company (coreference)",
    "Tarsa Brewing makes lager. Its shareholders, which": "'Its shareholders, which include A "
    "and B, backed ...': the relative list before a main verb is read by no trigger",
    "Tarsa Brewing makes lager. Major shareholders": "'Major shareholders A and B': the role "
    "collapse reads 'Major' as a name (role module, out of scope)",
    "Orvane Mining is listed in London.": "a placing's 'bought the biggest block, a 4 per cent "
    "holding' after a sale of shares: no rule reads the block as of the sold company",
    "Harwick Foods sells soups to supermarkets.": "a kept holding with no company ('will "
    "retain its 12% holding'): tried, cost precision on a scored set (the topic is not always "
    "the company held)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stakesb17(case: Case) -> None:
    check(*case)
