"""Genre bank for stakes in lists (round 17): held stakes stated as a list of holders
("its shareholders include A (12%), the B family and C", "A owns 40%, with the rest split
between B and C", "T is 60% owned by A, 25% by B and the remainder by its managers", "Other
shareholders include A and B", "A and B are its main shareholders", "A (29.9%), B (20%) and C
(15%) are the biggest shareholders", "A has a 12% stake, B 8% and C 5%", "B and C also hold
stakes") and the funding of a firm from several named investors ("among its backers are A and
B", "investors in the round included A, B and C", "raised £20m from A and B", "A and B are
among its investors", "A and B each invested $5m" after a round).

Each case is a short invented article across brewing, shipping, software, dairy, mining,
retail, media, biotech, fintech, food and energy. Guards: a share of a market, a stake sold, a
fund's own investors when the article is about the fund, a share of revenue or of votes,
customers, a loan, investors in a sector or in another firm, a past or negated holding, rivals
after the copula, lenders, a holder of bonds.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HOLDER_LISTS: list[Case] = [
    (  # brewing: "its shareholders include A (N%), the B family and C"
        "Tarsa Brewing makes lager in Leeds. Its shareholders include Halden Capital (12%), "
        "the Voss family and Norvik Pension Fund.",
        [
            ("halden-capital", "OWNS", "tarsa-brewing"),
            ("norvik-pension-fund", "OWNS", "tarsa-brewing"),
        ],
        [("halden-capital", "OWNS", "norvik-pension-fund")],
    ),
    (  # shipping: "A owns N%, with the rest split between B and C"
        "Corvane Lines runs ferries to Norway. Halden Group owns 40%, with the rest split "
        "between Norvik Partners and Exton Capital.",
        [
            ("halden-group", "OWNS", "corvane-lines"),
            ("norvik-partners", "OWNS", "corvane-lines"),
            ("exton-capital", "OWNS", "corvane-lines"),
        ],
        [],
    ),
    (  # software: "T is N% owned by A, M% by B and the remainder by its managers"
        "Tarsa Software sells payroll tools. Tarsa is 60% owned by Halden Capital, 25% by "
        "Norvik Partners and the remainder by its managers.",
        [
            ("halden-capital", "OWNS", "tarsa-software"),
            ("norvik-partners", "OWNS", "tarsa-software"),
        ],
        [("halden-capital", "OWNS", "norvik-partners")],
    ),
    (  # dairy: "A, which holds N%, and B, with M%, both backed the plan"
        "Brisk Dairy plans a new plant. Halden Capital, which holds 8%, and Norvik Fund, with "
        "5%, both backed the plan.",
        [("halden-capital", "OWNS", "brisk-dairy"), ("norvik-fund", "OWNS", "brisk-dairy")],
        [("halden-capital", "OWNS", "norvik-fund")],
    ),
    (  # mining: "its main shareholders are A, B and C"
        "Orvane Mining digs copper in Chile. Its main shareholders are Halden Resources, "
        "Exton Capital and Norvik Pension Fund.",
        [
            ("halden-resources", "OWNS", "orvane-mining"),
            ("exton-capital", "OWNS", "orvane-mining"),
            ("norvik-pension-fund", "OWNS", "orvane-mining"),
        ],
        [],
    ),
    (  # retail: "the company's owners include A and B"
        "Pellam Stores sells shoes. The company's owners include Quarry Capital and the "
        "Dorrit Trust.",
        [("quarry-capital", "OWNS", "pellam-stores"), ("dorrit-trust", "OWNS", "pellam-stores")],
        [],
    ),
    (  # media: "A and B each hold N% of T"
        "Halvik Radio broadcasts in Wales. Kelmar Holding and Ostrel Partners each hold 30% "
        "of Halvik Radio.",
        [("kelmar-holding", "OWNS", "halvik-radio"), ("ostrel-partners", "OWNS", "halvik-radio")],
        [("kelmar-holding", "OWNS", "ostrel-partners")],
    ),
    (  # energy: "T is owned by A (N%) and B (M%)"
        "Marrow Wind runs turbines off Scotland. Marrow Wind is owned by Halden Energy (51%) "
        "and Norvik Infrastructure (49%).",
        [
            ("halden-energy", "OWNS", "marrow-wind"),
            ("norvik-infrastructure", "OWNS", "marrow-wind"),
        ],
        [],
    ),
    (  # biotech: "other shareholders include A and B" after a first holder
        "Vantora Bio makes vaccines. Halden Capital owns 20% of Vantora Bio. Other "
        "shareholders include Exton Ventures and Norvik Fund.",
        [
            ("halden-capital", "OWNS", "vantora-bio"),
            ("exton-ventures", "OWNS", "vantora-bio"),
            ("norvik-fund", "OWNS", "vantora-bio"),
        ],
        [],
    ),
    (  # shipping: "the rest is held by A and B"
        "Tarvick Ferries sails to Ireland. Lorrimer Capital holds 55% and the rest is held by "
        "Dunmarra Partners and Exton Group.",
        [
            ("lorrimer-capital", "OWNS", "tarvick-ferries"),
            ("dunmarra-partners", "OWNS", "tarvick-ferries"),
            ("exton-group", "OWNS", "tarvick-ferries"),
        ],
        [],
    ),
    (  # food: "its largest shareholders are A, with N%, and B, with M%"
        "Quillex Foods makes crisps. Its largest shareholders are Orvel Capital, with 15%, "
        "and Sorrel Partners, with 9%.",
        [("orvel-capital", "OWNS", "quillex-foods"), ("sorrel-partners", "OWNS", "quillex-foods")],
        [],
    ),
]

HOLDER_COPULAS: list[Case] = [
    (  # shipping: "A and B are the main shareholders of X"
        "Halden Group and Norvik Partners are the main shareholders of Corvane Lines.",
        [("halden-group", "OWNS", "corvane-lines"), ("norvik-partners", "OWNS", "corvane-lines")],
        [("halden-group", "OWNS", "norvik-partners")],
    ),
    (  # retail: "A, B and C are its main shareholders" ("its" is not A's)
        "Pellam Stores sells shoes. Quarry Capital, Ostrel Partners and Dorrit Trust are its "
        "main shareholders.",
        [
            ("quarry-capital", "OWNS", "pellam-stores"),
            ("ostrel-partners", "OWNS", "pellam-stores"),
            ("dorrit-trust", "OWNS", "pellam-stores"),
        ],
        [("ostrel-partners", "OWNS", "quarry-capital")],
    ),
    (  # energy: "A and B are also shareholders" (the article's company)
        "Marrow Wind runs turbines off Scotland. Norvik Infrastructure and Exton Power are also "
        "shareholders.",
        [
            ("norvik-infrastructure", "OWNS", "marrow-wind"),
            ("exton-power", "OWNS", "marrow-wind"),
        ],
        [],
    ),
    (  # brewing: holders with their shares in brackets before the copula
        "Tarsa Brewing makes lager. Halden Capital (29.9%), Norvik Pension Fund (20%) and Exton "
        "Group (15%) are the biggest shareholders.",
        [
            ("halden-capital", "OWNS", "tarsa-brewing"),
            ("norvik-pension-fund", "OWNS", "tarsa-brewing"),
            ("exton-group", "OWNS", "tarsa-brewing"),
        ],
        [],
    ),
    (  # software: "A and B are investors in the company" ("the company" is not A)
        "Helix Code sells testing tools. Halden Ventures and Norvik Capital are investors in the "
        "company.",
        [("halden-ventures", "FUNDS", "helix-code"), ("norvik-capital", "FUNDS", "helix-code")],
        [("halden-ventures", "FUNDS", "norvik-capital")],
    ),
    (  # food: "A and B are among its investors"
        "Brisk Oats makes cereal bars. Halden Ventures and Norvik Capital are among its investors.",
        [("halden-ventures", "FUNDS", "brisk-oats"), ("norvik-capital", "FUNDS", "brisk-oats")],
        [],
    ),
    (  # biotech: "were early backers of X" (a past funding stays a funding)
        "Halden Ventures and Norvik Capital were early backers of Vantora Bio.",
        [("halden-ventures", "FUNDS", "vantora-bio"), ("norvik-capital", "FUNDS", "vantora-bio")],
        [],
    ),
    (  # media: a single holder, "is also an investor"
        "Kelmar Studios makes podcasts. Exton Partners is also an investor.",
        [("exton-partners", "FUNDS", "kelmar-studios")],
        [],
    ),
]

GAPPED_AND_BARE: list[Case] = [
    (  # mining: "; B, 20%; and C, 10%"
        "Orvane Mining digs copper. Halden Resources owns 30% of Orvane Mining; Exton Capital, "
        "20%; and Norvik Fund, 10%.",
        [
            ("halden-resources", "OWNS", "orvane-mining"),
            ("exton-capital", "OWNS", "orvane-mining"),
            ("norvik-fund", "OWNS", "orvane-mining"),
        ],
        [("exton-capital", "OWNS", "halden-resources")],
    ),
    (  # brewing: a share with no company, then gapped holders
        "Tarsa Brewing makes lager. Halden Capital has a 12% stake, Norvik Pension Fund 8% and "
        "Exton Group 5%.",
        [
            ("halden-capital", "OWNS", "tarsa-brewing"),
            ("norvik-pension-fund", "OWNS", "tarsa-brewing"),
            ("exton-group", "OWNS", "tarsa-brewing"),
        ],
        [],
    ),
    (  # energy: stakes of no size, no company
        "Marrow Wind runs turbines. Norvik Infrastructure and Exton Power also hold stakes.",
        [
            ("norvik-infrastructure", "OWNS", "marrow-wind"),
            ("exton-power", "OWNS", "marrow-wind"),
        ],
        [],
    ),
    (  # brewing: "with B and C holding smaller stakes"
        "Tarsa Brewing makes lager. It is majority-owned by Halden Capital, with Norvik Pension "
        "Fund and Exton Group holding smaller stakes.",
        [
            ("halden-capital", "OWNS", "tarsa-brewing"),
            ("norvik-pension-fund", "OWNS", "tarsa-brewing"),
            ("exton-group", "OWNS", "tarsa-brewing"),
        ],
        [],
    ),
    (  # dairy: sentence-opening "The shareholders are A, B and C"
        "Brisk Dairy makes cheese. The shareholders are Halden Capital, Norvik Fund and Exton "
        "Group.",
        [
            ("halden-capital", "OWNS", "brisk-dairy"),
            ("norvik-fund", "OWNS", "brisk-dairy"),
            ("exton-group", "OWNS", "brisk-dairy"),
        ],
        [],
    ),
    (  # brewing: a title-like holder noun before the list
        "Tarsa Brewing makes lager. Existing shareholders Halden Capital and Norvik Pension Fund "
        "also took part.",
        [
            ("halden-capital", "OWNS", "tarsa-brewing"),
            ("norvik-pension-fund", "OWNS", "tarsa-brewing"),
        ],
        [],
    ),
    (  # software: a past list, "Its backers included A and B"
        "Helix Code sells testing tools. Its backers included Halden Ventures and Norvik Capital.",
        [("halden-ventures", "FUNDS", "helix-code"), ("norvik-capital", "FUNDS", "helix-code")],
        [],
    ),
    (  # fintech: "A and B each invested $5m" after a round
        "Quarry Pay raised $20m in a round led by Orvel Capital. Halden Ventures and Norvik "
        "Capital each invested $5m.",
        [
            ("orvel-capital", "FUNDS", "quarry-pay"),
            ("halden-ventures", "FUNDS", "quarry-pay"),
            ("norvik-capital", "FUNDS", "quarry-pay"),
        ],
        [],
    ),
    (  # mining: possessorless "Shareholders in X include A and B"
        "Orvane Mining digs copper. Shareholders in Orvane Mining include Halden Resources and "
        "Exton Capital.",
        [
            ("halden-resources", "OWNS", "orvane-mining"),
            ("exton-capital", "OWNS", "orvane-mining"),
        ],
        [],
    ),
    (  # food: "invested alongside B and C" with no object
        "Dorrit Farms grows salad. Halden Ventures invested alongside Norvik Capital and Exton "
        "Partners.",
        [
            ("halden-ventures", "FUNDS", "dorrit-farms"),
            ("norvik-capital", "FUNDS", "dorrit-farms"),
        ],
        [],
    ),
    (  # brewing: a second "from" with its own amount
        "Tarsa Brewing makes lager. The brewer raised £5m from Halden Capital and £3m from "
        "Norvik Pension Fund.",
        [
            ("halden-capital", "FUNDS", "tarsa-brewing"),
            ("norvik-pension-fund", "FUNDS", "tarsa-brewing"),
        ],
        [],
    ),
    (  # brewing: gapped holders with titles
        "Tarsa Brewing makes lager. Founder Jan Voss owns 30%, chief executive Mia Lund 10% and "
        "Halden Capital 25%.",
        [
            ("jan-voss", "OWNS", "tarsa-brewing"),
            ("mia-lund", "OWNS", "tarsa-brewing"),
            ("halden-capital", "OWNS", "tarsa-brewing"),
        ],
        [],
    ),
    (  # brewing: a title-like "Major shareholders A and B"
        "Tarsa Brewing makes lager. Major shareholders Halden Capital and Norvik Pension Fund "
        "backed the plan.",
        [
            ("halden-capital", "OWNS", "tarsa-brewing"),
            ("norvik-pension-fund", "OWNS", "tarsa-brewing"),
        ],
        [],
    ),
]

FUNDERS: list[Case] = [
    (  # software: "among its backers are A and B"
        "Helix Code sells testing tools. Among its backers are Norvik Ventures and Exton Capital.",
        [("norvik-ventures", "FUNDS", "helix-code"), ("exton-capital", "FUNDS", "helix-code")],
        [],
    ),
    (  # biotech: "investors in the round included A, B and C"
        "Vantora Bio raised $40m last week. Investors in the round included Halden Ventures, "
        "Norvik Capital and Exton Partners.",
        [
            ("halden-ventures", "FUNDS", "vantora-bio"),
            ("norvik-capital", "FUNDS", "vantora-bio"),
            ("exton-partners", "FUNDS", "vantora-bio"),
        ],
        [],
    ),
    (  # energy: "raised £N from A and B"
        "Marrow Solar builds panels in Wales. Marrow Solar raised £20m from Halden Capital "
        "and Norvik Partners.",
        [("halden-capital", "FUNDS", "marrow-solar"), ("norvik-partners", "FUNDS", "marrow-solar")],
        [],
    ),
    (  # food: pronoun subject, "it raised $N from A, B and C"
        "Brisk Oats makes cereal bars. In March it raised $12m from Halden Ventures, Exton "
        "Capital and Norvik Partners.",
        [
            ("halden-ventures", "FUNDS", "brisk-oats"),
            ("exton-capital", "FUNDS", "brisk-oats"),
            ("norvik-partners", "FUNDS", "brisk-oats"),
        ],
        [],
    ),
    (  # fintech: "the company's investors include A and B"
        "Quarry Pay offers card payments. The company's investors include Ostrel Capital and "
        "Lorrimer Ventures.",
        [("ostrel-capital", "FUNDS", "quarry-pay"), ("lorrimer-ventures", "FUNDS", "quarry-pay")],
        [],
    ),
    (  # logistics: "the round was led by A, with B and C also taking part"
        "Tarvick Freight raised $30m. The round was led by Halden Ventures, with Norvik "
        "Capital and Exton Partners also taking part.",
        [
            ("halden-ventures", "FUNDS", "tarvick-freight"),
            ("norvik-capital", "FUNDS", "tarvick-freight"),
            ("exton-partners", "FUNDS", "tarvick-freight"),
        ],
        [],
    ),
    (  # media: "A led the round, joined by B and C"
        "Kelmar Studios makes podcasts. Halden Ventures led the $8m round, joined by Norvik "
        "Capital and Exton Partners.",
        [
            ("halden-ventures", "FUNDS", "kelmar-studios"),
            ("norvik-capital", "FUNDS", "kelmar-studios"),
            ("exton-partners", "FUNDS", "kelmar-studios"),
        ],
        [],
    ),
    (  # agritech: "T is backed by A, B and C"
        "Dorrit Farms grows salad indoors. Dorrit Farms is backed by Halden Ventures, Norvik "
        "Capital and Exton Partners.",
        [
            ("halden-ventures", "FUNDS", "dorrit-farms"),
            ("norvik-capital", "FUNDS", "dorrit-farms"),
            ("exton-partners", "FUNDS", "dorrit-farms"),
        ],
        [],
    ),
    (  # software: "existing investors A and B also took part"
        "Ostrel Labs raised $15m led by Halden Ventures. Existing investors Norvik Capital "
        "and Exton Partners also took part.",
        [
            ("halden-ventures", "FUNDS", "ostrel-labs"),
            ("norvik-capital", "FUNDS", "ostrel-labs"),
            ("exton-partners", "FUNDS", "ostrel-labs"),
        ],
        [],
    ),
    (  # mining: buying a minority stake is funding
        "Orvane Mining digs copper. Halden Resources bought a 10% stake in Orvane Mining last "
        "year.",
        [("halden-resources", "FUNDS", "orvane-mining")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # a share of a market is no stake
        "Tarsa Brewing makes lager. Halden Beer holds 12% of the UK market, and Norvik Ales "
        "has 8%.",
        [],
        [("halden-beer", "OWNS", "tarsa-brewing"), ("norvik-ales", "OWNS", "tarsa-brewing")],
    ),
    (  # a stake sold gives the seller no held stake
        "Corvane Lines runs ferries. Halden Group sold its 10% stake in Corvane Lines to "
        "Norvik Partners.",
        [],
        [("halden-group", "OWNS", "corvane-lines")],
    ),
    (  # a stake only planned
        "Brisk Dairy makes cheese. Halden Capital plans to take a stake in Brisk Dairy next year.",
        [],
        [("halden-capital", "OWNS", "brisk-dairy"), ("halden-capital", "FUNDS", "brisk-dairy")],
    ),
    (  # a fund's own investors when the subject is the fund
        "Norvik Ventures III is a new fund run by Norvik Ventures. Its investors include the "
        "Halden Pension Fund and Exton Insurance.",
        [],
        [("halden-pension-fund", "OWNS", "norvik-ventures")],
    ),
    (  # a share of revenue
        "Pellam Stores sells shoes. Quarry Retail accounts for 30% of its revenue, and Dorrit "
        "Shops for 20%.",
        [],
        [("quarry-retail", "OWNS", "pellam-stores"), ("dorrit-shops", "OWNS", "pellam-stores")],
    ),
    (  # a share of votes
        "Marrow Wind held a vote on the merger. Halden Energy won 40% of the votes cast.",
        [],
        [("halden-energy", "OWNS", "marrow-wind")],
    ),
    (  # customers listed are no investors
        "Helix Code sells testing tools. Its customers include Norvik Bank and Exton Insurance.",
        [],
        [("norvik-bank", "FUNDS", "helix-code"), ("exton-insurance", "FUNDS", "helix-code")],
    ),
    (  # a loan from banks is no shareholding
        "Orvane Mining borrowed $50m from Halden Bank and Norvik Bank.",
        [],
        [("halden-bank", "OWNS", "orvane-mining"), ("norvik-bank", "OWNS", "orvane-mining")],
    ),
    (  # investors in a sector, not in the firm
        "Corvane Lines runs ferries. Halden Group and Norvik Partners are investors in shipping.",
        [],
        [("halden-group", "FUNDS", "corvane-lines"), ("norvik-partners", "FUNDS", "corvane-lines")],
    ),
    (  # investors in another named firm
        "Corvane Lines runs ferries. Halden Group and Norvik Partners are investors in Pellam "
        "Stores.",
        [("halden-group", "FUNDS", "pellam-stores")],
        [("halden-group", "FUNDS", "corvane-lines"), ("norvik-partners", "FUNDS", "corvane-lines")],
    ),
    (  # a past holding: "were shareholders until 2019"
        "Corvane Lines runs ferries. Halden Group and Norvik Partners were shareholders until "
        "2019.",
        [],
        [("halden-group", "OWNS", "corvane-lines"), ("norvik-partners", "OWNS", "corvane-lines")],
    ),
    (  # negation
        "Corvane Lines runs ferries. Halden Group and Norvik Partners are not shareholders.",
        [],
        [("halden-group", "OWNS", "corvane-lines"), ("norvik-partners", "OWNS", "corvane-lines")],
    ),
    (  # rivals after the copula are no holders
        "Corvane Lines runs ferries. Halden Group, Norvik Partners and Exton Capital are its "
        "rivals.",
        [],
        [("halden-group", "OWNS", "corvane-lines"), ("exton-capital", "OWNS", "corvane-lines")],
    ),
    (  # a stake no longer held
        "Corvane Lines runs ferries. Halden Group no longer holds a stake.",
        [],
        [("halden-group", "OWNS", "corvane-lines")],
    ),
    (  # lenders listed are no holders
        "Orvane Mining digs copper. Lenders include Halden Bank and Norvik Bank.",
        [],
        [("halden-bank", "OWNS", "orvane-mining"), ("norvik-bank", "OWNS", "orvane-mining")],
    ),
    (  # money invested in another named firm after a round
        "Helix Code raised $30m last week. Halden Ventures invested $10m in Pellam Stores.",
        [("halden-ventures", "FUNDS", "pellam-stores")],
        [("halden-ventures", "FUNDS", "helix-code")],
    ),
    (  # a second "from" of goods bought, not of money raised
        "Tarsa Brewing raised £5m from Halden Capital and bought malt worth £3m from Norvik Farms.",
        [("halden-capital", "FUNDS", "tarsa-brewing")],
        [("norvik-farms", "FUNDS", "tarsa-brewing")],
    ),
    (  # a holder of bonds
        "Brenmark Insurance is a holder of Orwell Bank's bonds.",
        [],
        [("brenmark-insurance", "OWNS", "orwell-bank")],
    ),
]

BANK = HOLDER_LISTS + HOLDER_COPULAS + GAPPED_AND_BARE + FUNDERS + GUARDS
GAPS: dict[str, str] = {
    "Dorrit Farms grows salad. Halden Ventures invested alongside": "'invested alongside B and "
    "C' with no object and no round named: no rule reads the article's company as funded",
    "Tarsa Brewing makes lager. Major shareholders": "'Major shareholders A and B': the role "
    "collapse reads 'Major' as a name (A OWNS 'Major') and takes the holder noun",
    "Brisk Dairy makes cheese. Halden Capital plans": "a planned stake ('plans to take a stake "
    "in X') is read as a stake by the stake rules' own convention (tests/test_genre_deals2.py: "
    "only the gapped second buyer of a plan is guarded)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stakes17(case: Case) -> None:
    check(*case)
