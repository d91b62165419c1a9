"""Genre bank for spurious OWNS and FUNDS and stakes bound to the wrong firm (round 23).

A bare share ("F has 8%", "F, which owns about 6 per cent") in a bid story is of the bid's
target, even when the price stands between the bid and "for" or the target "received an offer
from" the bidder; after a share of the firm a deal creates ("9% of the enlarged group") a bare
share is not of the firm in view. One firm split between two holders gives no OWNS between
them: "sold control to B" (control is the noun), "the other 30% is held by C" after "A holds
70% of the mill", a share kept "after he sold the rest of the firm to B" is of the firm. A
majority whose purchase the sentence tells is OWNS only; an intention to put money in, a
buyer sounding out owners, and a buyer that walks away give nothing.

Each case is a short invented text (relations that must be found, relations that must not be),
across ferries, bakeries, pumps, salt, hearing aids, laundries, golf, ropes, coffee machines,
scaffolding, tea, vineyards, fireworks, glass, paints, yachts, quarries, wind, frozen foods,
mattresses, buses, toll roads, cold storage, car parks and auction houses.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

UNNAMED: list[Case] = [
    (  # ferries: a priced bid, then a bare holder
        "Quellin Partners has bid 12 pounds a share for Saltrey Ferries. Quellin said the "
        "price would not rise. Marrow Pension Fund has 9% and called the price too "
        "low.",
        [("marrow-pension-fund", "OWNS", "saltrey-ferries")],
        [("marrow-pension-fund", "OWNS", "quellin-partners")],
    ),
    (  # bakeries: "offered N a share for", a relative holder
        "Dornick Capital offered 3 euros a share for Bellweather Bakeries on Tuesday. Dornick "
        "called the terms generous. Ostby Mutual, which holds about 7 per cent, called the offer "
        "mean.",
        [("ostby-mutual", "OWNS", "bellweather-bakeries")],
        [("ostby-mutual", "OWNS", "dornick-capital")],
    ),
    (  # pumps: the target received the offer from the bidder
        "Harlan Pumps received a takeover offer from Corvid Industrial on Monday. Corvid said "
        "the price was fair. Tamsin Endowment, which owns 11%, rejected it.",
        [("tamsin-endowment", "OWNS", "harlan-pumps")],
        [("tamsin-endowment", "OWNS", "corvid-industrial")],
    ),
    (  # salt: an offer priced per share
        "Brisgard Holdings made an offer of 40 crowns per share for Ulvik Salt. Helm Pension "
        "Fund, the biggest shareholder with 14%, said it would not sell.",
        [("helm-pension-fund", "OWNS", "ulvik-salt")],
        [("helm-pension-fund", "OWNS", "brisgard-holdings")],
    ),
    (  # hearing aids: a share of the enlarged group, then a bare one
        "Pellow Audio agreed to buy Sonnet Hearing from the fund Arbury Capital, paying in new "
        "Pellow shares. Arbury will then hold 6% of the enlarged group, behind the founder "
        "Mira Castell, who has 12%.",
        [],
        [("mira-castell", "OWNS", "sonnet-hearing")],
    ),
    (  # hearing aids: "is bidding for"
        "Pellow Audio is bidding for Sonnet Hearing. Pellow called its terms fair. Arbury "
        "Capital, which holds 9%, wants more.",
        [("arbury-capital", "OWNS", "sonnet-hearing")],
        [("arbury-capital", "OWNS", "pellow-audio")],
    ),
    (  # ropes: "is trying to take over"
        "Pennant Capital is trying to take over Marlo Ropes. Pennant said the price was its "
        "last. Tavel Group has 14% and opposes the deal.",
        [("tavel-group", "OWNS", "marlo-ropes")],
        [("tavel-group", "OWNS", "pennant-capital")],
    ),
    (  # scaffolding: the holder three sentences after the bid, the bidder the topic
        "Grenwick Capital agreed to buy Torvald Scaffolding for 300 million pounds. Grenwick, "
        "a Bristol fund, has raised debt for the purchase. Grenwick expects a ruling by June. "
        "Halse Mutual, which owns 7%, backs the offer.",
        [("halse-mutual", "OWNS", "torvald-scaffolding")],
        [("halse-mutual", "OWNS", "grenwick-capital")],
    ),
    (  # guard: a takeover accepted, then the target's holder
        "Ulvik Salt has accepted a takeover by Brisgard Holdings. Ostrander Trust, the vehicle "
        "of the Ostrander family, holds 38% and will sell to Brisgard.",
        [
            ("ostrander-trust", "OWNS", "ulvik-salt"),
            ("brisgard-holdings", "OWNS", "ulvik-salt"),
        ],
        [("ostrander-trust", "OWNS", "brisgard-holdings")],
    ),
    (  # guard: the controlled firm's holder
        "Saltrey Ferries is controlled by Quellin Partners, which bought it in 2017. Quellin "
        "holds 80% of the shares, with staff owning the rest.",
        [("quellin-partners", "OWNS", "saltrey-ferries")],
        [],
    ),
    (  # guard: a plain bid noun before "for"
        "Corvid Industrial launched a bid for Harlan Pumps. Tamsin Endowment has 11%.",
        [("tamsin-endowment", "OWNS", "harlan-pumps")],
        [("tamsin-endowment", "OWNS", "corvid-industrial")],
    ),
]

SPLIT: list[Case] = [
    (  # laundries: "sold control ... to B", the seller keeps the balance
        "Ines Varrow set up Brightsheet Laundries in 2004. She sold control in 2019 to Kestle "
        "Equity, which now holds 70 per cent; Ms Varrow keeps the balance.",
        [("kestle-equity", "OWNS", "brightsheet-laundries")],
        [("ines-varrow", "OWNS", "kestle-equity")],
    ),
    (  # golf: "ceded control to"
        "Tom Ashgrove ceded control to Fairway Leisure Group last year.",
        [],
        [("tom-ashgrove", "OWNS", "fairway-leisure-group")],
    ),
    (  # ropes: a share kept after selling most of the firm to a buyer
        "Edda Marlo founded Marlo Ropes. Pennant Capital bought it from her in 2020. Marlo "
        "kept an 8 per cent holding when she sold most of the company to Pennant, and will "
        "hand it to her nephew.",
        [("pennant-capital", "OWNS", "marlo-ropes")],
        [("edda-marlo", "OWNS", "pennant-capital")],
    ),
    (  # vineyards: the other share of a lowercase thing
        "Corran Wines reported record sales from the Hessel vineyard. Corran holds 70% of the "
        "vineyard, while the other 30% is owned by the Lusk Growers Cooperative.",
        [],
        [("lusk-growers-cooperative", "OWNS", "corran-wines")],
    ),
    (  # tea: "the balance is held by"
        "Amberleaf Tea reported a poor harvest at the Kotte estate. Amberleaf holds 55% of the "
        "estate, and the balance is held by the Perera Family Trust.",
        [],
        [("perera-family-trust", "OWNS", "amberleaf-tea")],
    ),
    (  # guard: the other share of a named company
        "Corran Wines owns 70% of the Hessel Vineyard Company, and the other 30% is held by "
        "the Lusk Growers Cooperative.",
        [
            ("corran-wines", "OWNS", "hessel-vineyard-company"),
            ("lusk-growers-cooperative", "OWNS", "hessel-vineyard-company"),
        ],
        [("lusk-growers-cooperative", "OWNS", "corran-wines")],
    ),
    (  # guard: a seller keeping a stake of the firm sold
        "Tavel Group agreed to sell Marlo Ropes to Pennant Capital. Edda Marlo will retain a "
        "stake of about 15 per cent.",
        [
            ("pennant-capital", "OWNS", "marlo-ropes"),
            ("edda-marlo", "OWNS", "marlo-ropes"),
        ],
        [],
    ),
    (  # guard: control bought
        "Fairway Leisure Group took control of Ashgrove Golf in 2021.",
        [("fairway-leisure-group", "OWNS", "ashgrove-golf")],
        [],
    ),
    (  # fireworks: a division sold to a buyer that will own 60%, the seller keeping 40%
        "Starburst Displays, the unit making rockets, is being sold to Halden Partners, which "
        "will own 60%, with Pyrotek Group retaining the other 40%.",
        [
            ("halden-partners", "OWNS", "starburst-displays"),
            ("pyrotek-group", "OWNS", "starburst-displays"),
        ],
        [],
    ),
]

MAJORITY: list[Case] = [
    (  # coffee machines: a majority owner that bought its stake
        "Brewline Holdings is owned 62% by the Danish buyout firm Oxhey Partners, which first "
        "acquired its stake in 2018.",
        [("oxhey-partners", "OWNS", "brewline-holdings")],
        [("oxhey-partners", "FUNDS", "brewline-holdings")],
    ),
    (  # scaffolding: a controlling holder that bought in
        "Torvald Scaffolding has been majority-owned since 2015 by Grenwick Capital, which "
        "bought its controlling stake from the founders.",
        [("grenwick-capital", "OWNS", "torvald-scaffolding")],
        [("grenwick-capital", "FUNDS", "torvald-scaffolding")],
    ),
    (  # frozen foods: a controlling stake bought from a family
        "Frostvale Foods is 75% owned by Ardent Equity, which bought its controlling stake "
        "from the Lind family in 2017.",
        [("ardent-equity", "OWNS", "frostvale-foods")],
        [("ardent-equity", "FUNDS", "frostvale-foods")],
    ),
    (  # guard: a minority bought is FUNDS
        "Oxhey Partners bought a minority 30% stake in Brewline Holdings in 2022.",
        [("oxhey-partners", "FUNDS", "brewline-holdings")],
        [],
    ),
    (  # guard: money invested
        "Oxhey Partners invested 15 million euros in Brewline Holdings in 2022.",
        [("oxhey-partners", "FUNDS", "brewline-holdings")],
        [],
    ),
    (  # guard: a majority owner puts money in
        "Grenwick Capital, which owns 70% of Torvald Scaffolding, injected 5 million euros of "
        "new capital into it last year.",
        [("grenwick-capital", "OWNS", "torvald-scaffolding")],
        [],
    ),
    (  # paints: a buyout firm's portfolio company
        "Ostrom Partners is weighing a sale of its portfolio company Lindel Paints, the Ohio "
        "coatings maker.",
        [("ostrom-partners", "OWNS", "lindel-paints")],
        [("ostrom-partners", "FUNDS", "lindel-paints")],
    ),
]

MONEY: list[Case] = [
    (  # glass: a holder introduced by a relative clause
        "Vantor Capital, an investment firm that put money into Crestline Glass in 2015, has "
        "held 55% since a share issue in 2021.",
        [
            ("vantor-capital", "FUNDS", "crestline-glass"),
            ("vantor-capital", "OWNS", "crestline-glass"),
        ],
        [],
    ),
    (  # yachts: a holder lending to "the firm"
        "Kelso Marine, which owns 20% of Westwind Yachts, is lending the firm part of the cost.",
        [
            ("kelso-marine", "OWNS", "westwind-yachts"),
            ("kelso-marine", "FUNDS", "westwind-yachts"),
        ],
        [],
    ),
    (  # mattresses: money put in, then a majority held
        "Corbin Beds, a Leeds investor that put cash into Slumberwell Mattresses in 2012, has "
        "owned 51% since 2019.",
        [
            ("corbin-beds", "FUNDS", "slumberwell-mattresses"),
            ("corbin-beds", "OWNS", "slumberwell-mattresses"),
        ],
        [],
    ),
    (  # buses: a holder lending the firm an amount
        "Ravel Coaches, which holds 30% of Tarrow Buses, is lending the operator 4 million pounds.",
        [("ravel-coaches", "OWNS", "tarrow-buses"), ("ravel-coaches", "FUNDS", "tarrow-buses")],
        [],
    ),
    (  # guard: bought a majority from the founders and injected capital
        "Tarrow Buses runs coaches in Kent. Its revival began in 2018, when the investor Ravel "
        "Coaches bought 70% of the company from its founders and injected fresh capital for "
        "new coaches.",
        [("ravel-coaches", "OWNS", "tarrow-buses"), ("ravel-coaches", "FUNDS", "tarrow-buses")],
        [],
    ),
    (  # guard: bought a share and injected capital
        "Westwind Yachts builds sloops in Cowes. Its recovery began in 2020, when the investor "
        "Kelso Marine bought 60% of the firm from its founders and injected new capital for a "
        "second shed.",
        [
            ("kelso-marine", "OWNS", "westwind-yachts"),
            ("kelso-marine", "FUNDS", "westwind-yachts"),
        ],
        [],
    ),
]

JOINT: list[Case] = [
    (  # quarries: a grant won by the venture, in a second relative clause
        "Harrow Stone and Dunmore Aggregates are partners in the Kelby Quarry Project, a "
        "40-million-pound pit near Kelby that both are funding and that has won a "
        "2-million-pound grant from the Mining Council.",
        [
            ("harrow-stone", "FUNDS", "kelby-quarry-project"),
            ("dunmore-aggregates", "FUNDS", "kelby-quarry-project"),
        ],
        [("mining-council", "FUNDS", "harrow-stone")],
    ),
    (  # wind: a venture split by shares is funded by each holder (the share appositive, read
        # since pairs23), whatever "both partners will inject" adds
        "The Selkirk Wind Project, a venture in which Arden Power holds 55% and Tollan Energy "
        "45%, started turning near Selkirk, and both partners will inject another 30 million "
        "pounds into the project.",
        [
            ("arden-power", "FUNDS", "selkirk-wind-project"),
            ("tollan-energy", "FUNDS", "selkirk-wind-project"),
        ],
        [],
    ),
    (  # toll roads: "both partners will put in" after a split by shares
        "The M9 Toll Link, a concession in which Kerran Roads holds 50% and Ostlund "
        "Infrastructure 50%, opened in May, and both partners will put in another 20 million "
        "euros.",
        [
            ("kerran-roads", "FUNDS", "m9-toll-link"),
            ("ostlund-infrastructure", "FUNDS", "m9-toll-link"),
        ],
        [],
    ),
    (  # cold storage: a loan received by the venture in a second relative clause
        "Polar Storage and Frigel Logistics are partners in the Harwich Cold Store, a "
        "60-million-pound depot near Harwich that both are funding and that has received a "
        "loan from the Port Authority.",
        [("port-authority", "FUNDS", "harwich-cold-store")],
        [("port-authority", "FUNDS", "polar-storage")],
    ),
    (  # guard: each put money into a toll road
        "Kerran Roads and Ostlund Infrastructure have each put 40 million euros into the M9 "
        "Toll Link.",
        [
            ("kerran-roads", "FUNDS", "m9-toll-link"),
            ("ostlund-infrastructure", "FUNDS", "m9-toll-link"),
        ],
        [],
    ),
    (  # guard: each put money in
        "Arden Power and Tollan Energy have each put 10 million pounds into the Selkirk Wind "
        "Project.",
        [
            ("arden-power", "FUNDS", "selkirk-wind-project"),
            ("tollan-energy", "FUNDS", "selkirk-wind-project"),
        ],
        [],
    ),
]

INTENT: list[Case] = [
    (  # bakeries: an intention to put money into the bought firm's app
        "Corvane Foods agreed to buy Pippin Bakeries. Corvane said it intended to put money "
        "into Pippin's ordering app and to open two shops.",
        [("corvane-foods", "OWNS", "pippin-bakeries")],
        [("corvane-foods", "FUNDS", "pippin-bakeries")],
    ),
    (  # laundries: "intends to invest in"
        "Kestle Equity bought Brightsheet Laundries in May and intends to invest in its Leeds "
        "plant.",
        [("kestle-equity", "OWNS", "brightsheet-laundries")],
        [("kestle-equity", "FUNDS", "brightsheet-laundries")],
    ),
    (  # glass: the owner "would invest in" its firm's site
        "Vantor Capital owns Crestline Glass. Vantor's chairman, Hugo Marsh, said the fund "
        "would invest in Crestline's Derby furnace.",
        [("vantor-capital", "OWNS", "crestline-glass")],
        [("vantor-capital", "FUNDS", "crestline-glass")],
    ),
    (  # car parks: "intends to put money into" the bought firm's system
        "Parkwise Group agreed to buy Citypark Holdings. Parkwise said it intends to put money "
        "into Citypark's payment system.",
        [("parkwise-group", "OWNS", "citypark-holdings")],
        [("parkwise-group", "FUNDS", "citypark-holdings")],
    ),
    (  # guard: money invested in a car park firm
        "Parkwise Group invested 3 million pounds in Citypark Holdings in 2021.",
        [("parkwise-group", "FUNDS", "citypark-holdings")],
        [],
    ),
    (  # guard: money invested in a firm it does not control
        "Corvane Foods said it had invested 8 million euros in Pippin Bakeries, a start-up it "
        "does not control.",
        [("corvane-foods", "FUNDS", "pippin-bakeries")],
        [],
    ),
]

UNREALISED: list[Case] = [
    (  # boilers: an approach to the family, turned away
        "Hobart Heating belongs to its founders. Lisle Capital, a Leeds buyout fund, sounded "
        "out the Hobart brothers last spring about a majority stake, but was rebuffed.",
        [],
        [("lisle-capital", "OWNS", "hobart-heating")],
    ),
    (  # pumps: a buyer that walks away after a rival offer
        "Corvid Industrial agreed in March to buy Harlan Pumps. On Monday Harlan's directors "
        "backed a richer offer from Brenlow Group, and Corvid declined to raise its price and "
        "walked away.",
        [],
        [("corvid-industrial", "OWNS", "harlan-pumps")],
    ),
    (  # salt: "pulled out of the deal"
        "Brisgard Holdings agreed to buy Ulvik Salt in June. In August Brisgard pulled out of "
        "the deal, citing the cost of repairs.",
        [],
        [("brisgard-holdings", "OWNS", "ulvik-salt")],
    ),
    (  # auction houses: owners sounded out, and a refusal
        "Lotbury Auctions is owned by the Vane family. Hammerton Group sounded out the Vanes "
        "last year about buying the firm, but was turned down.",
        [],
        [("hammerton-group", "OWNS", "lotbury-auctions")],
    ),
    (  # auction houses: "pulled out of the deal"
        "Hammerton Group agreed to buy Lotbury Auctions in January. In March Hammerton pulled "
        "out of the deal after an audit.",
        [],
        [("hammerton-group", "OWNS", "lotbury-auctions")],
    ),
    (  # guard: bought after an approach
        "Hammerton Group bought Lotbury Auctions in 2022 after first approaching the Vane "
        "family in 2020.",
        [("hammerton-group", "OWNS", "lotbury-auctions")],
        [],
    ),
    (  # guard: a majority bought after an approach
        "Lisle Capital bought a majority stake in Hobart Heating in 2023, two years after first "
        "approaching the family.",
        [("lisle-capital", "OWNS", "hobart-heating")],
        [],
    ),
    (  # guard: a rival bidder walks away; the agreed buyer stays
        "Corvid Industrial agreed to buy Harlan Pumps in March. Brenlow Group, which had made "
        "a rival approach, walked away.",
        [("corvid-industrial", "OWNS", "harlan-pumps")],
        [],
    ),
    (  # guard: a rival walks away in a clause after "after"; the agreed buyer stays
        "Corvid Industrial agreed to buy Harlan Pumps in March. Corvid raised its offer after "
        "a rival bidder walked away.",
        [("corvid-industrial", "OWNS", "harlan-pumps")],
        [],
    ),
    (  # guard: the same with "when" and no named walker
        "Brisgard Holdings agreed to buy Ulvik Salt in June. In August Brisgard sweetened its "
        "terms when another suitor pulled out of the deal.",
        [("brisgard-holdings", "OWNS", "ulvik-salt")],
        [],
    ),
]

BANK = UNNAMED + SPLIT + MAJORITY + MONEY + JOINT + INTENT + UNREALISED
GAPS: dict[str, str] = {
    "Starburst Displays": "a unit sold to B, which will own a share, with C retaining the "
    "rest: no reading of the sale's relative share or of the seller's kept part",
    "Vantor Capital, an investment": "a holding after a relative clause of money put in: "
    "the second predicate of the described subject is unread",
    "Kelso Marine, which owns": "a holder lending to 'the firm' in its own relative clause: "
    "the loan's reference is unread",
    "Vantor Capital owns": "an owner that 'would invest in' its firm's site: a future spend "
    "by the owner is still FUNDS",
    "Grenwick Capital agreed to buy Torvald": "a bare holder three sentences after the bid "
    "while the bidder is the topic: bound to the bidder (tying it to the target cost a right "
    "relation on a scored set)",
    "Corbin Beds, a Leeds": "a holding after a relative clause of money put in: the second "
    "predicate of the described subject is unread",
    "The M9 Toll Link": "'both partners will put in' names the holders by their role: unread",
    "Ostrom Partners is weighing": "a buyout firm's 'portfolio company' is read as a "
    "backer's (FUNDS), not as owned",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_own23(case: Case) -> None:
    check(*case)
