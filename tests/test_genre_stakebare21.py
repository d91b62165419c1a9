"""Genre bank for a holder with a stake whose company the clause does not name (round 21).

A named holder buys or holds a share with no company after it: "a year later the carmaker
Ibermotor took a 10 per cent stake", "Tregothnan Venturi bought its stake in 2020 for about
£9m", "the fund O holds a further 12%" after "X is 55% owned by R". The share is of the company
the article is about (or the one just said to be owned): a minority bought FUNDS it, a share
held OWNS it. A verb like "take" buys only a stake ("took a 10% stake", not "took 10% of the
market"); the share ends its phrase or a time, a price, a seller or a vehicle follows it.

Each case is a short invented article (a headline and a lead naming the company, then the
sentence), across scooters, shipping, coffee, dentistry, freight, bakeries, solar, software,
brewing and fashion.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FREIGHT = (
    "Kelvo Freight adds routes\n\nKelvo Freight, a Gdansk trucking firm, added six routes in "
    "the spring.\n"
)
BAKERY = (
    "Harlen Foods expands\n\nHarlen Foods, a Leeds bakery chain, opened five shops this year.\n"
)
SOLAR = (
    "Brisa Solar wins contract\n\nBrisa Solar, a Porto maker of solar panels, won a large order "
    "from a utility.\n"
)
BREWER = (
    "Tollund Bryg lifts sales\n\nTollund Bryg, a Danish craft brewer, lifted sales by a fifth.\n"
)

BK, BF = ("baltik-equity", "OWNS", "kelvo-freight"), ("baltik-equity", "FUNDS", "kelvo-freight")
VF = ("voss-capital", "FUNDS", "harlen-foods")

REPROS: list[Case] = [
    (  # scooters: a second coordinated clause after a raise from a named investor
        "Ventania Scooters raises fresh funds\n\nVentania Scooters, a Aveiro start-up that rents "
        "electric scooters, has raised new money from investors.\nIn 2022 Ventania raised €12 "
        "million from Solano Venturi, and a year later the Spanish carmaker Ibermotor took a 10 "
        "per cent stake.\n",
        [
            ("ibermotor", "FUNDS", "ventania-scooters"),
            ("solano-venturi", "FUNDS", "ventania-scooters"),
        ],
        [("ibermotor", "FUNDS", "solano-venturi")],
    ),
    (  # shipping: "a further 12%" after a passive owner and ";"
        "Kvarnby Rederi sets dividend\n\nKvarnby Rederi, a Scanian operator of short-sea container "
        "vessels, raised its dividend on Thursday.\nKvarnby is 55% owned by Rosvall Investa, the "
        "investment vehicle of its founding family; the Jutland fund Oresund Forvaltning holds a "
        "further 12%, a stake it bought in 2020.\n",
        [
            ("oresund-forvaltning", "OWNS", "kvarnby-rederi"),
            ("rosvall-investa", "OWNS", "kvarnby-rederi"),
        ],
        [("oresund-forvaltning", "OWNS", "rosvall-investa")],
    ),
    (  # coffee: "bought its stake" with no percentage, a price after it
        "Seagrass Roastery expands\n\nSeagrass Roastery, a roaster with 30 cafes in Devon, will "
        "open ten more next year.\nTregothnan Venturi bought its stake in 2020 for about £9m, "
        "replacing Penwith Seedfund, the early investor that had backed Seagrass with seed "
        "money.\n",
        [("tregothnan-venturi", "FUNDS", "seagrass-roastery")],
        [("tregothnan-venturi", "FUNDS", "penwith-seedfund")],
    ),
    (  # dentistry: after a passive takeover in the first clause
        "Maplecrest Smilecare adds clinics\n\nMaplecrest Smilecare, a chain of dental clinics in "
        "Manitoba, has added six clinics this year.\nMaplecrest was bought by Brockway Buyouts in "
        "2019, and last spring the Sherbrooke pension manager Fonds Laurier took an 18 per cent "
        "stake.\n",
        [("fonds-laurier", "FUNDS", "maplecrest-smilecare")],
        [
            ("fonds-laurier", "FUNDS", "brockway-buyouts"),
            ("fonds-laurier", "OWNS", "maplecrest-smilecare"),
        ],
    ),
]

BOUGHT: list[Case] = [
    (  # bakery: "took" a stake as a second clause after a raise
        BAKERY + "In 2021 Harlen raised £4m from Pellow Ventures, and a year later the Dutch "
        "investor Voss Capital took a 15% stake.\n",
        [VF],
        [("voss-capital", "FUNDS", "pellow-ventures")],
    ),
    (  # bakery: main clause, "per cent", a time after it
        BAKERY + "Voss Capital took a 15 per cent stake last year.\n",
        [VF],
        [("voss-capital", "OWNS", "harlen-foods")],
    ),
    (  # freight: "bought its stake" with a price
        FREIGHT + "Baltik Equity bought its stake in 2019 for about €20m.\n",
        [BF],
        [],
    ),
    (  # freight: appositive with a "that" relative
        FREIGHT + "Baltik Equity, a Warsaw investor that took a 15% stake in 2020, wants a new "
        "chairman.\n",
        [BF],
        [],
    ),
    (  # freight: adjectives before the stake
        FREIGHT + "Baltik Equity took a sizeable minority stake last year.\n",
        [BF],
        [],
    ),
    (  # freight: "a stake of about 15%"
        FREIGHT + "The Warsaw fund Baltik Equity acquired a stake of about 15% in 2020.\n",
        [BF],
        [],
    ),
    (  # freight: a seller after the stake is not read (a stake "from X" may be in X)
        FREIGHT + "Baltik Equity bought a 10% stake from Odra Partners in 2019.\n",
        [],
        [BF],
    ),
    (  # freight: "took" a stake "as part of" a deal
        FREIGHT + "Baltik Equity took a 10% stake as part of the deal.\n",
        [BF],
        [],
    ),
    (  # freight: a vehicle after the stake
        FREIGHT + "Baltik Equity took a 10% stake through its fund Baltik III.\n",
        [BF],
        [],
    ),
    (  # freight: "two years later"
        FREIGHT + "Odra Partners bought Kelvo in 2018 and Baltik Equity took a 30% stake two "
        "years later.\n",
        [BF, ("odra-partners", "OWNS", "kelvo-freight")],
        [("baltik-equity", "FUNDS", "odra-partners")],
    ),
    (  # solar: "bought 12% at the time"
        SOLAR + "Brisa was listed in 2015; the pension fund Caixa Norte bought 12% at the time.\n",
        [("caixa-norte", "FUNDS", "brisa-solar")],
        [],
    ),
    (  # brewer: a person buys the stake
        BREWER + "The former footballer Mads Krogh took a 5% stake last year.\n",
        [("mads-krogh", "FUNDS", "tollund-bryg")],
        [],
    ),
]

HELD: list[Case] = [
    (  # solar: "a further 10%" after a passive owner
        SOLAR + "Brisa is 60% owned by Tavira Holdings; the pension fund Caixa Norte holds a "
        "further 10%.\n",
        [("caixa-norte", "OWNS", "brisa-solar"), ("tavira-holdings", "OWNS", "brisa-solar")],
        [("caixa-norte", "OWNS", "tavira-holdings")],
    ),
    (  # solar: "a further 10%" after an active owner
        SOLAR + "Tavira Holdings owns 60% of Brisa; the pension fund Caixa Norte holds a further "
        "10%.\n",
        [("caixa-norte", "OWNS", "brisa-solar")],
        [],
    ),
    (  # brewer: "a further" after a takeover, bought
        BREWER + "Tollund was bought by Carlsholm in 2019, and the fund Jysk Kapital took a "
        "further 15%.\n",
        [("jysk-kapital", "FUNDS", "tollund-bryg")],
        [("jysk-kapital", "FUNDS", "carlsholm")],
    ),
    (  # freight: a relative with "since <year>"
        FREIGHT + "Baltik Equity, which has owned 9% since 2015, backs the plan.\n",
        [BK],
        [],
    ),
    (  # freight: relative holder, must still give
        FREIGHT + "Baltik Equity, which holds 9%, backs the plan.\n",
        [BK],
        [],
    ),
]

SIZED: list[Case] = [
    (  # freight: an appositive holder noun sized by a percentage
        FREIGHT + "Baltik Equity, a 9% shareholder, backs the plan.\n",
        [BK],
        [],
    ),
    (  # freight: a relative copula
        FREIGHT + "Baltik Equity, which is a 9 per cent shareholder, backs the plan.\n",
        [BK],
        [],
    ),
    (  # freight: the name after the sized noun
        FREIGHT + "The 9% shareholder Baltik Equity backs the plan.\n",
        [BK],
        [],
    ),
    (  # brewer: a main-clause copula, a person
        BREWER + "The former footballer Mads Krogh is a 5% shareholder.\n",
        [("mads-krogh", "OWNS", "tollund-bryg")],
        [],
    ),
    (  # brewer: the company named after "in"
        BREWER + "Mads Krogh, a 5% shareholder in Skagen Cider, backs the plan.\n",
        [("mads-krogh", "OWNS", "skagen-cider")],
        [("mads-krogh", "OWNS", "tollund-bryg")],
    ),
    (  # freight: a relative between dashes
        FREIGHT + "Baltik Equity - which holds 9% - has criticised the board.\n",
        [BK],
        [],
    ),
    (  # guard: bracketed shares of another company the sentence names
        FREIGHT + "Odra Partners owns 51% of Pomor Logistics, with Baltik Equity (9%) and Vistula "
        "Fund (12%) holding the rest.\n",
        [("odra-partners", "OWNS", "pomor-logistics")],
        [BK, ("vistula-fund", "OWNS", "kelvo-freight")],
    ),
    (  # guard: a bracketed change, no share
        FREIGHT + "Revenue at Pomor Logistics (up 9%) rose.\n",
        [],
        [("pomor-logistics", "OWNS", "kelvo-freight")],
    ),
    (  # guard: a holder no more
        BREWER + "Mads Krogh, once a 5% shareholder, now runs a bar.\n",
        [],
        [("mads-krogh", "OWNS", "tollund-bryg")],
    ),
]

PAID: list[Case] = [
    (  # freight: a paying verb and its sum before "for" a stake
        FREIGHT + "Baltik Equity paid €3m for a 9% stake in 2016.\n",
        [BF],
        [],
    ),
    (  # solar: "invested ... for a holding"
        SOLAR + "The pension fund Caixa Norte invested about €12 million for a 10% holding.\n",
        [("caixa-norte", "FUNDS", "brisa-solar")],
        [],
    ),
    (  # guard: the stake's company named after it
        SOLAR + "Caixa Norte paid €12m for a 10% stake in Lusa Wind.\n",
        [],
        [("caixa-norte", "FUNDS", "brisa-solar")],
    ),
]

GUARDS: list[Case] = [
    (  # the stake's company named
        BAKERY + "Voss Capital took a 15% stake in Brenna Mills last year.\n",
        [("voss-capital", "FUNDS", "brenna-mills")],
        [VF],
    ),
    (  # intent
        BAKERY + "Voss Capital plans to take a 15% stake.\n",
        [],
        [VF],
    ),
    (  # sold
        BAKERY + "Voss Capital sold its stake in 2020.\n",
        [],
        [VF, ("voss-capital", "OWNS", "harlen-foods")],
    ),
    (  # a share price
        BAKERY + "Shares in the Haugesund fund manager Havkant Forvaltning rose 4% on the news.\n",
        [],
        [
            ("havkant-forvaltning", "FUNDS", "harlen-foods"),
            ("havkant-forvaltning", "OWNS", "harlen-foods"),
        ],
    ),
    (  # sales growth
        BAKERY + "Sales at Tamberg grew 15%, helped by offshore wind orders.\n",
        [],
        [("tamberg", "FUNDS", "harlen-foods"), ("tamberg", "OWNS", "harlen-foods")],
    ),
    (  # "took" a share of a market, no stake
        BAKERY + "Voss Bakeries took 12% of the market last year.\n",
        [],
        [("voss-bakeries", "FUNDS", "harlen-foods"), ("voss-bakeries", "OWNS", "harlen-foods")],
    ),
    (  # "took" a cut, no stake
        BAKERY + "Voss Capital took a 10% cut in fees last year.\n",
        [],
        [VF],
    ),
    (  # a further share with nothing held before
        BAKERY + "Harlen reported a loss. Voss Capital holds a further 21%.\n",
        [],
        [("voss-capital", "OWNS", "harlen-foods")],
    ),
    (  # a stake at a named company
        BAKERY + "Voss Capital took a 10% stake at Brenna Mills last year.\n",
        [],
        [VF],
    ),
    (  # a stake its rival bought in another company
        BAKERY + "Brenna Mills, a rival, bought its stake in Corran Foods in 2019.\n",
        [],
        [("brenna-mills", "FUNDS", "harlen-foods")],
    ),
    (  # review 21: the stake after another firm's purchase may be in that firm
        BAKERY + "Borland Capital bought Dornier Mills in 2019. A year later Halvik Energy took "
        "a 10% stake.\n",
        [("borland-capital", "OWNS", "dornier-mills")],
        [("halvik-energy", "FUNDS", "harlen-foods")],
    ),
    (  # review 21: the same with a bought share and a price
        SOLAR + "Tarn Holdings acquired Vell Energy last spring. Ostrel Capital then bought 8% "
        "for about €4m.\n",
        [("tarn-holdings", "OWNS", "vell-energy")],
        [("ostrel-capital", "FUNDS", "brisa-solar")],
    ),
    (  # review 21: a share price's move, not a stake bought
        BAKERY + "On the stock market, Halvik Energy picked up 3% on Tuesday after strong "
        "results.\n",
        [],
        [("halvik-energy", "FUNDS", "harlen-foods")],
    ),
    (  # review 21: the same move with a span
        BREWER + "Shares of Vanta Brew snapped up 4% two weeks later.\n",
        [],
        [("vanta-brew", "FUNDS", "tollund-bryg")],
    ),
]

BANK = REPROS + BOUGHT + HELD + SIZED + PAID + GUARDS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stakebare21(case: Case) -> None:
    check(*case)
