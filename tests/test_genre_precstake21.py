"""Genre bank for the ends a rule fills from the article's context (round 21, precstake).

A share, a denial or a title with one end not named in the sentence is filled from the
article's context; these cases test when that filling is wrong:

- a bare share of a holder the sentence calls another firm's founder or head ("Brennan's
  founder, Tom Keel, still owns 20%") is of that firm, not of the article's topic;
- a bare share in a paragraph about another firm that never names the topic ("Rival Corma was
  founded by the Lyle family. The Lyle Trust holds 35%") is not the topic's (unless that firm
  was found holding the topic: then its paragraph is still about the topic's stakes);
- a denial with no claim noun ("denied that its systems were out of date") answers only a
  dispute of the last few sentences, not a fine stated paragraphs before.

Each case is a short invented article (relations that must be found, relations that must not
be), across food, banking, shipping, energy, pharma, retail, water and mining.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ROLE_FIRM: list[Case] = [
    (  # food: a subsidiary's founder keeps a bare share
        "Harlow Foods posts record profit\n\nHarlow Foods, the Leeds-based snack maker, reported "
        "record profit on Tuesday.\n\nIts subsidiary Brennan Bakeries, which makes biscuits, had "
        "a weaker year. Brennan's founder, Tom Keel, still owns 20%.",
        [("tom-keel", "FOUNDED", "brennan-bakeries")],
        [("tom-keel", "OWNS", "harlow-foods"), ("tom-keel", "FUNDS", "harlow-foods")],
    ),
    (  # pharma: a rival's founder named with "Its" holds a bare share
        "Caldera Pharma raises €40m\n\nCaldera Pharma, a Dutch biotech company, has raised €40m "
        "from investors.\n\nCaldera is developing a drug for liver disease. Rival Bexa "
        "Therapeutics raised €60m last year. Its founder, Anne Roos, holds 30%.",
        [("anne-roos", "FOUNDED", "bexa-therapeutics")],
        [("anne-roos", "OWNS", "caldera-pharma"), ("anne-roos", "FUNDS", "caldera-pharma")],
    ),
    (  # retail: a target's chief executive holds a bare share
        "Marden Stores expands\n\nMarden Stores, the Bristol grocer, opened ten new shops this "
        "year.\n\nIt also bought a stake in Pell Outdoor, a camping chain. Pell's chief "
        "executive, Rhea Lund, owns 12%.",
        [],
        [("rhea-lund", "OWNS", "marden-stores"), ("rhea-lund", "FUNDS", "marden-stores")],
    ),
    (  # mining: a joint venture partner's head holds a bare share
        "Orbis Mining lifts copper output\n\nOrbis Mining, the Australian miner, lifted copper "
        "output by 9%.\n\nIts Chilean partner Cobre Andino runs the Altura pit. Cobre's "
        "chairman, Luis Vera, holds 15%.",
        [],
        [("luis-vera", "OWNS", "orbis-mining"), ("luis-vera", "FUNDS", "orbis-mining")],
    ),
    (  # software: a co-founder of an acquired start-up keeps a bare share
        "Tessel Software buys analytics firm\n\nTessel Software, the Leeds software house, "
        "has bought a majority of Quorra Data.\n\nQuorra's co-founder, Mia Hart, retains "
        "10%.",
        [],
        [("mia-hart", "OWNS", "tessel-software"), ("mia-hart", "FUNDS", "tessel-software")],
    ),
    (  # guard: after a share the sentence named, a founder's bare share is of that firm
        "Orrin Foods grows\n\nOrrin Foods bought a dairy last year.\n\nHalden Group still "
        "owns a third of Pellby Mills, and its founder Ada Voss kept about 5%.",
        [("halden-group", "OWNS", "pellby-mills"), ("ada-voss", "OWNS", "pellby-mills")],
        [("ada-voss", "OWNS", "orrin-foods")],
    ),
    (  # guard: the topic's own founder holds a bare share of the topic
        "Tarsa Boats grows sales\n\nTarsa Boats, the Cornish boatbuilder, raised sales by a "
        "quarter.\n\nThe company was set up in 1998. Its founder, Ian Moss, still owns 40%.",
        [("ian-moss", "FOUNDED", "tarsa-boats"), ("ian-moss", "OWNS", "tarsa-boats")],
        [],
    ),
    (  # guard: an investor of the topic with no role elsewhere keeps the topic's share
        "Harlow Foods posts record profit\n\nHarlow Foods, the Leeds-based snack maker, reported "
        "record profit on Tuesday.\n\nShares in Harlow Foods rose 4%. Kestrel Capital, which "
        "holds 8%, welcomed the results.",
        [("kestrel-capital", "OWNS", "harlow-foods")],
        [],
    ),
]

PARAGRAPH_FIRM: list[Case] = [
    (  # food: a paragraph about a rival lists its holders
        "Harlow Foods posts record profit\n\nHarlow Foods, the Leeds-based snack maker, reported "
        "record profit on Tuesday.\n\nRival Corma Foods, based in York, is also growing fast. "
        "Corma was founded in 1990 by the Lyle family. The Lyle Trust holds 35%, and Delta "
        "Partners owns 10%.\n\nHarlow Foods said it would open a new plant next year.",
        [],
        [("the-lyle-trust", "OWNS", "harlow-foods"), ("delta-partners", "OWNS", "harlow-foods")],
    ),
    (  # shipping: a paragraph about a supplier
        "Nordvik Shipping orders ferries\n\nNordvik Shipping, the Oslo ferry operator, ordered "
        "two ferries on Monday.\n\nNordvik expects delivery in 2027.\n\nThe ships will be built "
        "by Ulsfjord Yard. Ulsfjord was rescued by its workers in 2015. Its employees' trust, "
        "Ulsfjord Arbeid, now holds 60%.",
        [],
        [("ulsfjord-arbeid", "OWNS", "nordvik-shipping")],
    ),
    (  # energy: a paragraph about a peer, a holder with "which owns"
        "Vantor Energy lifts output\n\nVantor Energy raised its output by 8% in the first "
        "half.\n\nVantor said prices had held up.\n\nSmaller peer Gellan Power had a harder "
        "time. Gellan lost two big contracts in May. Orrin Capital, which owns 22%, has called "
        "for a new board.",
        [],
        [("orrin-capital", "OWNS", "vantor-energy"), ("orrin-capital", "FUNDS", "vantor-energy")],
    ),
    (  # banking: a paragraph about a fintech the bank competes with
        "Kelso Bank cuts jobs\n\nKelso Bank will cut 400 jobs, the lender said on Monday.\n\n"
        "Kelso has lost customers to online lenders.\n\nOne of them, Brisk Money, was set up in "
        "2016. Brisk raised £80m this spring. Sovereign fund Harven Invest holds 18%.",
        [],
        [("harven-invest", "OWNS", "kelso-bank"), ("harven-invest", "FUNDS", "kelso-bank")],
    ),
    (  # pharma: a paragraph about a licensing partner, a holder list
        "Caldera Pharma wins approval\n\nCaldera Pharma won approval for its liver drug on "
        "Monday.\n\nCaldera expects sales to start in June.\n\nThe drug will be sold in "
        "Asia by Hoshi Medical. Hoshi is based in Osaka. Its owners are the Sato family, with "
        "55%, and Mizuno Bank, with 20%.",
        [],
        [("mizuno-bank", "OWNS", "caldera-pharma")],
    ),
    (  # retail: a paragraph about a landlord, "together hold"
        "Marden Stores opens flagship\n\nMarden Stores opened a flagship in Bath on "
        "Saturday.\n\nMarden said sales were strong.\n\nThe site is leased from Avon "
        "Estates. Avon was listed in 2004. Two pension funds, Pellam and Orrick, together hold "
        "30%.",
        [],
        [("pellam", "OWNS", "marden-stores"), ("orrick", "OWNS", "marden-stores")],
    ),
    (  # guard: a paragraph about the topic's investor, which the article found holding it
        "Selby Wind raises money\n\nSelby Wind has raised £40m to build turbines.\n\nSelby "
        "plans three farms.\n\nNorsk Power owns 25% of Selby Wind. Norsk is based in Bergen. "
        "Its partner Fjell Invest holds 5%.",
        [("norsk-power", "OWNS", "selby-wind")],
        [],
    ),
    (  # guard: the paragraph names the topic again: its share
        "Harlow Foods posts record profit\n\nHarlow Foods, the Leeds-based snack maker, reported "
        "record profit on Tuesday.\n\nRival Corma Foods is growing too. Harlow Foods still "
        "leads the market. Kestrel Capital, which holds 8%, welcomed the results.",
        [("kestrel-capital", "OWNS", "harlow-foods")],
        [],
    ),
    (  # guard: a paragraph opening with the share's holder, the topic named in it
        "Pellmoor Dairy expands\n\nPellmoor Dairy will build a cheese plant in Devon.\n\nThe "
        "plant is backed by Orvel Partners. Orvel Partners, which owns 30% of Pellmoor Dairy, "
        "put in £5m.",
        [("orvel-partners", "OWNS", "pellmoor-dairy")],
        [],
    ),
    (  # guard: a one-paragraph article: the topic's holder
        "Selby Wind raises money\n\nSelby Wind has raised £40m to build turbines. Norsk Power, "
        "which holds 25%, led the round.",
        [("norsk-power", "FUNDS", "selby-wind")],
        [],
    ),
]

DENIALS: list[Case] = [
    (  # banking: a denial long after a fine, about another matter
        "Kelso Bank hit by outage\n\nKelso Bank customers were unable to use cards for six "
        "hours on Friday.\n\nIn 2019 the Financial Conduct Authority fined Kelso £20m for "
        "failing to stop money laundering. The bank has since spent heavily on its systems.\n\n"
        "Kelso has 2 million customers and 300 branches. It was founded in 1875 in Dundee. Its "
        "shares have risen 20% this year.\n\nCustomers complained on social media about the "
        "outage. Kelso denied that its systems were out of date.",
        [("financial-conduct-authority", "DISPUTES", "kelso-bank")],
        [("kelso-bank", "DISPUTES", "financial-conduct-authority")],
    ),
    (  # water: a denial just after the accusation answers it
        "Marlow Water faces sewage claims\n\nCampaign group River Action accused Marlow Water "
        "of dumping sewage into the Thames.\n\nMarlow Water denied the claims.",
        [
            ("river-action", "DISPUTES", "marlow-water"),
            ("marlow-water", "DISPUTES", "river-action"),
        ],
        [],
    ),
    (  # water: a denial with a claim noun far after the accusation still answers it
        "Marlow Water faces sewage claims\n\nCampaign group River Action accused Marlow Water "
        "of dumping sewage into the Thames.\n\nThe company serves 3 million homes. It was "
        "privatised in 1989. It has spent £1bn on pipes. Its shares fell 3% on Monday. It "
        "employs 4,000 people.\n\nMarlow Water denied the allegations.",
        [("marlow-water", "DISPUTES", "river-action")],
        [],
    ),
    (  # mining: a denial with no claim noun a sentence after a lawsuit
        "Orbis Mining sued\n\nFarmers' group Agua Viva sued Orbis Mining over polluted wells. "
        "Orbis denied that its mine had caused the damage.",
        [("agua-viva", "DISPUTES", "orbis-mining"), ("orbis-mining", "DISPUTES", "agua-viva")],
        [],
    ),
    (  # retail: a far denial of a fact, after a supplier dispute, answers no one
        "Marden Stores sales fall\n\nSupplier Farrow Dairies accused Marden Stores of late "
        "payments in January.\n\nMarden's sales fell 3% in the spring. It blamed the weather. "
        "It closed four shops. Its chief executive left in May. The chain has 200 stores.\n\n"
        "Marden denied that it planned to sell its Welsh shops.",
        [("farrow-dairies", "DISPUTES", "marden-stores")],
        [("marden-stores", "DISPUTES", "farrow-dairies")],
    ),
]

GAPS_CASES: list[Case] = [
    (  # shipping: a rival's market share is not a stake in the topic
        "Nordvik Shipping reports loss\n\nNordvik Shipping, the Oslo ferry operator, reported "
        "a loss.\n\nNordvik controls about 40% of the ferry market between Norway and Denmark. "
        "Its nearest rival, Stena Line, has 35%.",
        [],
        [("stena-line", "OWNS", "nordvik-shipping")],
    ),
    (  # telecoms: the buyer of a carved-out business holds a share of it, not of the seller
        "Pavo Telecom sells towers\n\nPavo Telecom, the Spanish mobile operator, agreed to "
        "sell its mast business to Cellnet Infra for €2bn.\n\nPavo will keep a 30% stake in "
        "the new tower company. Cellnet, which is backed by Arca Funds, will own 70%.",
        [],
        [("cellnet-infra", "OWNS", "pavo-telecom")],
    ),
    (  # banking: a second holder after a described name in the clause after a named share
        "Tessel Bank cuts jobs\n\nTessel Bank will cut 400 jobs.\n\nTessel's asset arm runs "
        "the Tessel Growth Fund. The bank holds 40% of the fund, and pension investor Arvo "
        "Pension owns 15%.",
        [],
        [("arvo-pension", "OWNS", "tessel-bank")],
    ),
    (  # mining: a project's operator keeps a share of the project, not of the buyer
        "Orbis Mining buys copper project\n\nOrbis Mining said on Monday it had bought a "
        "copper project in Chile.\n\nThe Altura project is run by Cobre Andino, a Chilean "
        "company. Cobre Andino will keep 25%.",
        [],
        [("cobre-andino", "OWNS", "orbis-mining")],
    ),
]

BANK = ROLE_FIRM + PARAGRAPH_FIRM + DENIALS + GAPS_CASES
GAPS: dict[str, str] = {
    "Orrin Foods grows": "in an article about another firm, the clause after a named share "
    "('and its founder Ada Voss kept about 5%') takes the topic before `elided_shares` reads "
    "it as gapped",
    "Pavo Telecom sells towers": "the buyer of a business the topic sold is read as holding "
    "the topic (the carve-out is no entity)",
    "Tessel Bank cuts jobs": "the clause after a named share ('of the fund') is not read as "
    "gapped when its holder has a descriptor ('pension investor')",
    "Orbis Mining buys copper project": "an unnamed project's operator: its kept share is read "
    "as of the article's topic",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_precstake21(case: Case) -> None:
    check(*case)
