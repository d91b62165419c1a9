"""Ownership constructions (OWNS): products named by their maker, stakes held in appositives,
subsidiaries and holders listed together. One invented sentence per variant, many sectors.

Each case is (text, relations that must be found, relations that must not be). Conventions are
those of `tests/fixtures/articles/README.md`: a held stake of any size is OWNS, a product is
owned by its maker, a person's relative buying something gives the person nothing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

# Products described by their maker's possessive: "its next-generation pickup, the Ranger X".
PRODUCTS: list[Case] = [
    (  # autos, possessive determiner, hyphenated modifier, "the" before the name
        "Torvik Motors showed its next-generation pickup, the Ranger X, in Detroit.",
        [("torvik-motors", "OWNS", "ranger-x")],
        [],
    ),
    (  # autos, a company's possessive
        "Torvik Motors' new electric sedan, the Halvard, goes on sale in May.",
        [("torvik-motors", "OWNS", "halvard")],
        [],
    ),
    (  # robotics, "whose first product, a machine called X"
        "Kelpie Robotics, whose first product, a machine called Sorter One, sold poorly, is "
        "hiring again.",
        [("kelpie-robotics", "OWNS", "sorter-one")],
        [],
    ),
    (  # medical devices, "its first device, a scanner named X"
        "Ocura Medical said its first device, a scanner named Retina One, would ship in June.",
        [("ocura-medical", "OWNS", "retina-one")],
        [],
    ),
    (  # farm machinery, "its own X engines"
        "The tractors run on Quenby Works' own Terra engines.",
        [("quenby-works", "OWNS", "terra")],
        [],
    ),
    (  # AI, "its own X models" with a pronoun possessor
        "Pellow Labs sells chatbots. They run on its own Quarry models.",
        [("pellow-labs", "OWNS", "quarry")],
        [],
    ),
    (  # pharma, a product appositive with a product noun that is not a typing head
        "The trial will test LX-40, Ocura Vision's experimental eye drop.",
        [("ocura-vision", "OWNS", "lx-40")],
        [],
    ),
    (  # pharma, "the company's" after the product's name names the maker, not the product
        "Darrow Labs is a drugmaker. The trial will test VX-9, the company's experimental drug.",
        [("darrow-labs", "OWNS", "vx-9")],
        [],
    ),
    (  # pharma, a possessive, a product noun and the name with no comma
        "Ocura Medical's drug Lumexa was approved in March.",
        [("ocura-medical", "OWNS", "lumexa")],
        [],
    ),
    (  # pharma, a participle of making after the name and its product noun
        "The Lumexa pill, developed by Ocura Medical, failed a late-stage trial.",
        [("ocura-medical", "OWNS", "lumexa")],
        [],
    ),
    (  # shipping, "X, a Y company": the group owns its member
        "Harbour Ferries, a Kestrel Group company, reported higher profits.",
        [("kestrel-group", "OWNS", "harbour-ferries")],
        [("harbour-ferries", "OWNS", "kestrel-group")],
    ),
    (  # guard: a portfolio company is funded, not owned
        "Harbour Ferries, a Kestrel Capital portfolio company, reported higher profits.",
        [],
        [("kestrel-capital", "OWNS", "harbour-ferries")],
    ),
    (  # guard: a supplier noun before a name is no product
        "Torvik Motors said its chip supplier Orlo Semiconductors was late.",
        [],
        [("torvik-motors", "OWNS", "orlo-semiconductors")],
    ),
    (  # medical devices, "our" in a quote the organization itself says
        '"Our new scanner, the Retina One, will change eye care," Ocura Medical said.',
        [("ocura-medical", "OWNS", "retina-one")],
        [],
    ),
    (  # guard: a description after the comma is the speaker, not a product
        "Torvik Motors will price its new pickup, the carmaker said, below $40,000.",
        [],
        [("torvik-motors", "OWNS", "torvik-motors")],
    ),
    (  # guard: a person's product is not a company's
        "Ada Quell showed her new app, the Ledgerly, to investors.",
        [],
        [("ada-quell", "OWNS", "ledgerly")],
    ),
    (  # guard: a bare name after a descriptor that no type calls a product is no product
        "Bramwell Group said its delivery service, Zippo Couriers, was late.",
        [],
        [("bramwell-group", "OWNS", "zippo-couriers")],
    ),
]

# Stakes held by a holder named in an appositive, and lists of holders.
HOLDERS: list[Case] = [
    (  # brewing, ranked holder noun, descriptor before the name, ", with roughly N%"
        "Corvell Brewing wants to sell. Its second-biggest holder, the fund Lanyard Asset, with "
        "roughly 5%, has not said how it will vote.",
        [("lanyard-asset", "OWNS", "corvell-brewing")],
        [],
    ),
    (  # shipping, "the largest shareholder in": the name after "in" is no place
        "Kestrel Group is the largest shareholder in Harbour Ferries.",
        [("kestrel-group", "OWNS", "harbour-ferries")],
        [("harbour-ferries", "LOCATED_IN", "kestrel-group")],
    ),
    (  # insurance, an investor noun with a share: OWNS, not FUNDS
        "Lindel Insurance is under pressure. Its largest investor, Wrenfield Capital, with about "
        "4% of the shares, demanded changes.",
        [("wrenfield-capital", "OWNS", "lindel-insurance")],
        [("wrenfield-capital", "FUNDS", "lindel-insurance")],
    ),
    (  # shipping, a hyphenated rank before a shareholder noun
        "Vanta Shipping is under pressure. Its third-largest shareholder, Orland Maritime, "
        "demanded changes.",
        [("orland-maritime", "OWNS", "vanta-shipping")],
        [],
    ),
    (  # guard: an investor noun with something other than a share stays FUNDS
        "Lindel Insurance is under pressure. Its largest investor, Wrenfield Capital, with a "
        "seat on the board, demanded changes.",
        [("wrenfield-capital", "FUNDS", "lindel-insurance")],
        [("wrenfield-capital", "OWNS", "lindel-insurance")],
    ),
    (  # guard: a share of units sold is no stake
        "Tarrow Motors sold 5,000 cars, with about 4% of them going to Norway.",
        [],
        [("tarrow-motors", "OWNS", "norway")],
    ),
    (  # mining, the rest held by two coordinated holders
        "Kestel Holdings owns 60% of Tarrow Mills, with the rest held by Orsay Capital and Benn "
        "Partners.",
        [
            ("kestel-holdings", "OWNS", "tarrow-mills"),
            ("orsay-capital", "OWNS", "tarrow-mills"),
            ("benn-partners", "OWNS", "tarrow-mills"),
        ],
        [],
    ),
    (  # mining, "held equally by" two holders
        "Solera Dos Mining is held equally by Kovac Metals and Brenn Power.",
        [
            ("kovac-metals", "OWNS", "solera-dos-mining"),
            ("brenn-power", "OWNS", "solera-dos-mining"),
        ],
        [],
    ),
    (  # energy, an appositive venture "held jointly by"
        "Solera Dos Mining, a venture held jointly by Kovac Metals and Brenn Power, will build "
        "the smelter.",
        [
            ("kovac-metals", "OWNS", "solera-dos-mining"),
            ("brenn-power", "OWNS", "solera-dos-mining"),
        ],
        [],
    ),
    (  # telecoms, a share before "held by"
        "Tarrow Mobile is 60% held by Kestel Holdings.",
        [("kestel-holdings", "OWNS", "tarrow-mobile")],
        [],
    ),
    (  # guard: "held by" with no word of ownership is an event or a record
        "The Ardley Open is held by Kestel Holdings every May.",
        [],
        [("kestel-holdings", "OWNS", "ardley-open")],
    ),
    (  # guard, aviation: "its" names a holder in its own list, so the list is not about it
        "Ardley Holding runs the airport. Its owners are the pension fund Orm Pensions (45%), "
        "the investor Ribble Capital (30%) and Ardley Holding (25%).",
        [],
        [("orm-pensions", "OWNS", "ardley-holding"), ("ribble-capital", "OWNS", "ardley-holding")],
    ),
    (  # ferries, "the remaining 49%" held by a second owner in the same sentence
        "Kestrel Group owns 51% of Harbour Ferries, and Dock Bank holds the remaining 49%.",
        [("kestrel-group", "OWNS", "harbour-ferries"), ("dock-bank", "OWNS", "harbour-ferries")],
        [],
    ),
    (  # ferries, the rest held by a second owner in the next sentence
        "Kestrel Group owns 51% of Harbour Ferries. The remaining 49% is held by Dock Bank.",
        [("dock-bank", "OWNS", "harbour-ferries")],
        [],
    ),
    (  # insurance, "the other half"
        "Kestrel Group owns half of Harbour Insurance and Dock Bank holds the other half.",
        [("dock-bank", "OWNS", "harbour-insurance")],
        [],
    ),
    (  # guard: the rest of something else
        "Kestrel Group owns 51% of Harbour Ferries. Dock Bank holds the rest of its savings "
        "in bonds.",
        [],
        [("dock-bank", "OWNS", "harbour-ferries")],
    ),
    (  # banking, an aside between the holder and "is ... largest shareholder"
        "Kestrel Group, with a 12% stake, is Harbour Ferries' largest shareholder.",
        [("kestrel-group", "OWNS", "harbour-ferries")],
        [],
    ),
    (  # milling, three holders, the last with an article, "together control a third of"
        "Birchley Foods, Osric Capital and the Mellon Foundation together control about a third "
        "of Corvell Milling.",
        [
            ("birchley-foods", "OWNS", "corvell-milling"),
            ("osric-capital", "OWNS", "corvell-milling"),
            ("mellon-foundation", "OWNS", "corvell-milling"),
        ],
        [],
    ),
]


# Whose possessions: the relative's or the vehicle's act, not the antecedent's.
POSSESSORS: list[Case] = [
    (  # guard, football: a relative named after "whose" bought the club, not the antecedent
        "Petra Holm, whose late father, Ivo Holm, bought Dunmere Rovers in 1970, is the new chair.",
        [("ivo-holm", "OWNS", "dunmere-rovers")],
        [("petra-holm", "OWNS", "dunmere-rovers")],
    ),
    (  # guard, brewing: an activist's fund holds the stake, not the activist
        "Activist investor Paul Quell, whose fund Quell Partners owns 3% of Tamsey Brewery, "
        "wants a sale.",
        [("quell-partners", "OWNS", "tamsey-brewery")],
        [("paul-quell", "OWNS", "tamsey-brewery")],
    ),
    (  # food, a whose-clause with its own verb: the antecedent is the buyer
        "Tessa Mills, whose parent Harl Holdings owns Dock Bank, bought Dock Foods.",
        [
            ("tessa-mills", "OWNS", "dock-foods"),
            ("harl-holdings", "OWNS", "dock-bank"),
            ("harl-holdings", "OWNS", "tessa-mills"),
        ],
        [("harl-holdings", "OWNS", "dock-foods")],
    ),
    (  # guard, hotels: an unnamed relative bought it
        "She succeeds Petra Holm, whose uncle bought the Bellmoor Hotel in 1970.",
        [],
        [("petra-holm", "OWNS", "bellmoor-hotel")],
    ),
]


# The seller of part of a company keeps the rest; a family holds through its vehicle.
KEPT: list[Case] = [
    (  # banking, "sell N% of X to B and retain the remaining N%"
        "Helm Bank will sell 70% of Cardeo Payments to Orla Capital and retain the remaining 30%.",
        [("helm-bank", "OWNS", "cardeo-payments"), ("orla-capital", "OWNS", "cardeo-payments")],
        [("orla-capital", "OWNS", "helm-bank")],
    ),
    (  # rail, a fronted participle of sale, the keeper as the main subject
        "After selling 65% of Railcare Depots to Gannet Infrastructure, Sandwell Rail will keep "
        "the rest.",
        [("sandwell-rail", "OWNS", "railcare-depots")],
        [],
    ),
    (  # banking, the keeper in the next sentence, a pronoun for the seller
        "Helm Bank agreed to sell 70% of Cardeo Payments to Orla Capital. It will keep the "
        "other 30%.",
        [("helm-bank", "OWNS", "cardeo-payments"), ("orla-capital", "OWNS", "cardeo-payments")],
        [],
    ),
    (  # guard: in the next sentence, only the seller keeps the rest of what it sold
        "Helm Bank agreed to sell 70% of Cardeo Payments to Orla Capital. Dock Energy will keep "
        "the remaining 30% of its own shares.",
        [],
        [("dock-energy", "OWNS", "cardeo-payments")],
    ),
    (  # telecoms, "sell N% of its shares to A and B": a minority bought is funding
        "Harbour Mobile will sell 10% of its shares to Kestrel Capital and Dock Energy.",
        [
            ("kestrel-capital", "FUNDS", "harbour-mobile"),
            ("dock-energy", "FUNDS", "harbour-mobile"),
        ],
        [("kestrel-capital", "OWNS", "harbour-mobile")],
    ),
    (  # guard: the buyer keeping something else is not the seller keeping the company
        "Helm Bank sold 70% of Cardeo Payments to Orla Capital, which will keep the rest of its "
        "shares in Ostra Holdings.",
        [],
        [("helm-bank", "OWNS", "cardeo-payments")],
    ),
    (  # retail, "whose brands include A and B": the group owns each brand
        "Kestrel Group, whose brands include Harbour Ferries and Dock Line, reported profits.",
        [("kestrel-group", "OWNS", "harbour-ferries"), ("kestrel-group", "OWNS", "dock-line")],
        [],
    ),
    (  # media, a family's holding company as the agent of "controlled by"
        "Kestrel Press, controlled by the Kell family's Kell Holdings, reported profits.",
        [("kell-holdings", "OWNS", "kestrel-press")],
        [],
    ),
    (  # media, "through" a holding company named without a descriptor
        "The Kell family controls Kestrel Press through Kell Holdings.",
        [("kell-holdings", "OWNS", "kestrel-press")],
        [],
    ),
    (  # guard: "through" a name that is no holding vehicle
        "Kestrel Press owns Dock Radio and sells it through Harbour Media.",
        [("kestrel-press", "OWNS", "dock-radio")],
        [("harbour-media", "OWNS", "dock-radio")],
    ),
    (  # wine, owners with no entity behind them and their holding firm
        "Castel Rossa Wines is owned by relatives of the founder via a holding firm, Dor Invest.",
        [("dor-invest", "OWNS", "castel-rossa-wines")],
        [],
    ),
    (  # farming, many family members through a holding company
        "Castel Rossa Farms is held by about 15 members of the Dor family via a holding "
        "company, Dor Invest.",
        [("dor-invest", "OWNS", "castel-rossa-farms")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), KEPT)
def test_kept_and_vehicle_holdings(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# A share with no company named: the holder owns the company the article is about.
UNNAMED: list[Case] = [
    (  # brewing, a relative clause with "has a little over N%"
        "Corvell Brewing is under pressure. The activist Tarn Fund, which has a little over 3%, "
        "wants a new board.",
        [("tarn-fund", "OWNS", "corvell-brewing")],
        [],
    ),
    (  # banking, three holders together
        "Holm Bank faces a vote. Birchley Foods, Osric Capital and the Mellon Foundation "
        "together hold about 30%.",
        [
            ("birchley-foods", "OWNS", "holm-bank"),
            ("osric-capital", "OWNS", "holm-bank"),
            ("mellon-foundation", "OWNS", "holm-bank"),
        ],
        [],
    ),
    (  # retail, a shareholder noun with "with N% of the stock"
        "Dray Stores is under pressure. Tarn Fund, the third-largest shareholder with 4 per cent "
        "of the stock, wants a new board.",
        [("tarn-fund", "OWNS", "dray-stores")],
        [],
    ),
    (  # brewing, "which jointly hold a quarter of it": "it" is the company, not a holder
        "Corvell Brewing is for sale. Birchley Foods and Osric Capital, which jointly hold a "
        "quarter of it, want out.",
        [
            ("birchley-foods", "OWNS", "corvell-brewing"),
            ("osric-capital", "OWNS", "corvell-brewing"),
        ],
        [("osric-capital", "OWNS", "birchley-foods")],
    ),
    (  # retail, "20% of the company": the company the article is about, not the holder
        "Dray Stores is for sale. Birchley Foods holds 20% of the company.",
        [("birchley-foods", "OWNS", "dray-stores")],
        [],
    ),
    (  # brewing, "A is its biggest shareholder": "its" is the company, not A
        "Corvell Brewing is for sale. Birchley Foods is its biggest shareholder.",
        [("birchley-foods", "OWNS", "corvell-brewing")],
        [],
    ),
    (  # guard: a share of a market is no stake
        "Dray Stores is under pressure. Tarn Fund, which has 12% of the market, wants a new board.",
        [],
        [("tarn-fund", "OWNS", "dray-stores")],
    ),
    (  # guard: a figure that rose is no stake
        "Dray Stores is under pressure. Tarn Fund said sales rose 4%.",
        [],
        [("tarn-fund", "OWNS", "dray-stores")],
    ),
    (  # guard: a stake being cut is not read here
        "Dray Stores is under pressure. Tarn Fund has cut its stake to 4%.",
        [],
        [("tarn-fund", "OWNS", "dray-stores")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), UNNAMED)
def test_shares_of_the_company_in_question(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


# What a stake or a purchase is not: market share, a league before its club, a lost race,
# making something for another.
NOT_OWNED: list[Case] = [
    (  # pharma, a contract maker: the brand owner owns the vaccine, not the maker
        "The Zosta vaccine, made by Lonvo Biologics for Kairo Pharma, was approved.",
        [("kairo-pharma", "OWNS", "zosta")],
        [("lonvo-biologics", "OWNS", "zosta")],
    ),
    (  # guard, pharma: "makes X for Y"
        "Lonvo Biologics makes the Zosta vaccine for Kairo Pharma.",
        [],
        [("lonvo-biologics", "OWNS", "zosta")],
    ),
    (  # guard, pharma: what is produced is another's possession
        "Kairo Pharma's Zosta vaccine is produced by Lonvo Biologics in Belgium.",
        [("kairo-pharma", "OWNS", "zosta")],
        [("lonvo-biologics", "OWNS", "zosta")],
    ),
    (  # guard, electronics: parts made for another's product
        "Lonvo Electronics makes chips for Kairo Phone's Halo handset.",
        [],
        [("lonvo-electronics", "OWNS", "halo")],
    ),
    (  # software, a described product before "made by" still names the maker
        "Tolva, the voice assistant made by Brisk Labs, has two million users.",
        [("brisk-labs", "OWNS", "tolva")],
        [],
    ),
    (  # electronics, a plain passive of making still names the maker
        "The Halo handset is made by Lonvo Electronics.",
        [("lonvo-electronics", "OWNS", "halo")],
        [],
    ),
    (  # guard, pharma: a share of a product's market is no stake in the product
        "Kairo Pharma controls 40% of the Zosta vaccine market.",
        [],
        [("kairo-pharma", "OWNS", "zosta")],
    ),
    (  # guard, pharma: "a big share of" a market
        "Kairo Pharma owns a big share of the Zosta vaccine market.",
        [],
        [("kairo-pharma", "OWNS", "zosta")],
    ),
    (  # football: a league that modifies "side" is not what is owned; the club is
        "Zadrin Holdings, which owns the Northern Rugby League side Dunmere Wolves, joined the "
        "board.",
        [("zadrin-holdings", "OWNS", "dunmere-wolves")],
        [("zadrin-holdings", "OWNS", "northern-rugby-league")],
    ),
    (  # guard, shipping: the loser of a race to buy owns nothing
        "Kestrel Group lost out to Dock Bank in the race to buy Harbour Ferries.",
        [],
        [("kestrel-group", "OWNS", "harbour-ferries")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), NOT_OWNED)
def test_not_owned(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), POSSESSORS)
def test_whose_possessions(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), PRODUCTS)
def test_products_named_by_their_maker(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), HOLDERS)
def test_holders_in_appositives_and_lists(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)
