"""Stakes constructions of the fifth round: co-holders after unnamed ones, co-investor lists with
relative clauses, the first money of a company, money set aside to build a project, products
"from" their maker, companies "under the control of" an owner.

Each case is (text, relations that must be found, relations that must not be); conventions as in
`tests/test_constructions_stakes.py`. Every name is invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

# "with the remainder held by staff and the fund B": the named holder after unnamed ones
REMAINDER: list[Case] = [
    (  # food, staff before the named fund
        "Kestrel Capital owns 80% of Dunmore Foods, with the remainder held by staff and the "
        "fund Cobb Hill Partners.",
        [("cobb-hill-partners", "OWNS", "dunmore-foods")],
        [("cobb-hill-partners", "OWNS", "kestrel-capital")],
    ),
    (  # mining, "owned by" local families and a state fund
        "Arno Steel holds 51% of Vell Mining, with the remainder owned by local families and "
        "the state fund Tarrow Invest.",
        [("tarrow-invest", "OWNS", "vell-mining")],
        [],
    ),
    (  # insurance, three unnamed holders with a possessive determiner
        "Halden Re owns 70% of Pira Insurance, with the rest held by its employees, managers "
        "and the pension fund Ostby Mutual.",
        [("ostby-mutual", "OWNS", "pira-insurance")],
        [],
    ),
    (  # guard: a place phrase among the holders is no list of holders
        "Halden Re owns 70% of Pira Insurance, with the rest held by investors in Asia and at "
        "Ostby Mutual.",
        [],
        [("ostby-mutual", "OWNS", "pira-insurance")],
    ),
    (  # guard: a relative clause, not a list, before the name
        "Arno Steel holds 51% of Vell Mining, with the balance held by staff who report to "
        "Tarrow Invest.",
        [],
        [("tarrow-invest", "OWNS", "vell-mining")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), REMAINDER)
def test_remainder_after_unnamed_holders(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


# A company's first money: "the earliest cheque came from A", "its first investor was A".
FIRST_MONEY: list[Case] = [
    (  # farming tech, the round's company from the sentence before, described giver
        "Seedwell Labs has raised $55m. The earliest cheque came from the pension fund Ember "
        "Mutual, which put in $6m.",
        [("ember-mutual", "FUNDS", "seedwell-labs")],
        [],
    ),
    (  # shipping, possessive and a copula with a rank and a giver noun
        "Tessel Freight has raised £20m. Its first investor was Ember Mutual, which put in £2m.",
        [("ember-mutual", "FUNDS", "tessel-freight")],
        [],
    ),
    (  # retail, coordinated givers of seed money, with no round before
        "Pellico Stores sells refills. Its seed money came from Arlo Capital and the banker "
        "Ruth Ames.",
        [("arlo-capital", "FUNDS", "pellico-stores"), ("ruth-ames", "FUNDS", "pellico-stores")],
        [],
    ),
    (  # guard: a copula with no rank is no statement of money given
        "Tessel Freight has raised £20m. The investor was Ember Mutual.",
        [],
        [("ember-mutual", "FUNDS", "tessel-freight")],
    ),
    (  # guard: negation
        "Tessel Freight has raised £20m. The biggest cheques did not come from Arlo Capital.",
        [],
        [("arlo-capital", "FUNDS", "tessel-freight")],
    ),
    (  # guard: a person's first investor is not a company's
        "Tessel Freight has raised £20m. Ruth Ames said her first investor was Arlo Capital.",
        [],
        [("arlo-capital", "FUNDS", "tessel-freight"), ("arlo-capital", "FUNDS", "ruth-ames")],
    ),
]

# Investor lists with a relative clause after each member.
INVESTOR_LISTS: list[Case] = [
    (  # food, a described member after the first member's relative clause
        "Seedwell Labs has raised $55m. Its backers include Tarnby Ventures, which led the seed "
        "round, and the grocer Brisket Foods, which invested last year.",
        [
            ("tarnby-ventures", "FUNDS", "seedwell-labs"),
            ("brisket-foods", "FUNDS", "seedwell-labs"),
        ],
        [],
    ),
    (  # banking, a descriptor noun with no article
        "Ardent Pay is a payments company. Its investors include Gorse Ventures, which led the "
        "2020 round, and state lender Pell Bank.",
        [("pell-bank", "FUNDS", "ardent-pay")],
        [],
    ),
    (  # guard (wrong party): a name inside the last member's clause funds nobody
        "Ardent Pay is a payments company. Its investors include Gorse Ventures, which led the "
        "2020 round, and Pell Pay, which will sell some of its shares to Banco Lira.",
        [("gorse-ventures", "FUNDS", "ardent-pay"), ("pell-pay", "FUNDS", "ardent-pay")],
        [("gorse-ventures", "FUNDS", "banco-lira"), ("banco-lira", "FUNDS", "ardent-pay")],
    ),
    (  # guard: a verb after ", and" opens a new clause, not a member
        "Ardent Pay is a payments company. Its investors include Gorse Ventures, which led the "
        "2020 round, and sold its stake to Pell Bank.",
        [("gorse-ventures", "FUNDS", "ardent-pay")],
        [("pell-bank", "FUNDS", "gorse-ventures")],
    ),
]

# Selling "its stake" is a stake in another company: the buyer does not fund the seller.
SOLD_STAKES: list[Case] = [
    (  # guard (S3): the seller's own stake in someone else
        "Gorse Ventures sold its stake to Pell Bank in March.",
        [],
        [("pell-bank", "FUNDS", "gorse-ventures"), ("pell-bank", "OWNS", "gorse-ventures")],
    ),
    (  # insurance: a stake with no possessor is a stake in the seller itself
        "Calloway Re sold a 20% stake to Orland Group.",
        [("orland-group", "FUNDS", "calloway-re")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), FIRST_MONEY)
def test_first_money(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), INVESTOR_LISTS)
def test_investor_lists(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SOLD_STAKES)
def test_sold_stakes(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# Money given for a purpose: "set aside €18m to rebuild the X Arena", "spend £40m on the Y dam".
PURPOSE: list[Case] = [
    (  # football, a collective subject whose members an earlier sentence lists
        "A consortium of Pemley Group, the fund Yarrowby Capital and Ostra Bank bought the "
        "Haldane Arena last year. The owners have set aside €18m to rebuild the Haldane Arena.",
        [
            ("pemley-group", "FUNDS", "haldane-arena"),
            ("yarrowby-capital", "FUNDS", "haldane-arena"),
            ("ostra-bank", "FUNDS", "haldane-arena"),
        ],
        [],
    ),
    (  # shipping, with a co-funder adding money
        "Tarrow Ports will invest £12m to dredge the Kelby Ferry Terminal, with the "
        "fund Harlow Infrastructure adding £5m.",
        [
            ("tarrow-ports", "FUNDS", "kelby-ferry-terminal"),
            ("harlow-infrastructure", "FUNDS", "kelby-ferry-terminal"),
        ],
        [],
    ),
    (  # telecoms, a time phrase between the amount and "to"
        "Vanta Telecom has earmarked $200m over five years to expand the Norrland Fibre Project.",
        [("vanta-telecom", "FUNDS", "norrland-fibre-project")],
        [],
    ),
    (  # water, "spend ... on" a project
        "Harlow Water will spend £40m on the Tarn Dam.",
        [("harlow-water", "FUNDS", "tarn-dam")],
        [],
    ),
    (  # guard: raising money is no giving
        "Brocken Metals raised $30m to develop the Sorrel Hill Mine.",
        [],
        [("brocken-metals", "FUNDS", "sorrel-hill-mine")],
    ),
    (  # guard: negation
        "Brocken Metals has not committed $30m to develop the Sorrel Hill Mine.",
        [],
        [("brocken-metals", "FUNDS", "sorrel-hill-mine")],
    ),
    (  # guard: spending on a company is no funding of it
        "Harlow Water spent £40m on Orrin Foods.",
        [],
        [("harlow-water", "FUNDS", "orrin-foods")],
    ),
    (  # guard: no amount between the verb and "to"
        "Brocken Metals promised to develop the Sorrel Hill Mine.",
        [],
        [("brocken-metals", "FUNDS", "sorrel-hill-mine")],
    ),
]

# A product in an appositive with its maker: "P, an offering from the appliance group K".
OFFERED: list[Case] = [
    (  # appliances, a described maker
        "The closest rival is Washwise, an offering from the appliance group Kemmel Holdings.",
        [("kemmel-holdings", "OWNS", "washwise")],
        [],
    ),
    (  # pharma, a product noun
        "Doctors prefer Nosira, a nasal spray from Brelland Pharma, to older drugs.",
        [("brelland-pharma", "OWNS", "nosira")],
        [],
    ),
    (  # food, "a brand of", inside a list
        "The store stocks Tidy, a brand of Orrin Foods, and Glint.",
        [("orrin-foods", "OWNS", "tidy")],
        [("orrin-foods", "OWNS", "glint")],
    ),
    (  # software, a relative clause after the maker
        "Vessa Cloud, a service from Orrin Systems that stores recipes, is popular.",
        [("orrin-systems", "OWNS", "vessa-cloud")],
        [],
    ),
    (  # guard: a customer is not a product
        "Arlo Banks, a customer of Orrin Foods, complained.",
        [],
        [("orrin-foods", "OWNS", "arlo-banks")],
    ),
    (  # guard: a person described by a former employer
        "Pell Marsh, a former executive of Orrin Foods, complained.",
        [],
        [("orrin-foods", "OWNS", "pell-marsh")],
    ),
]

# "under the control of X": X owns the company.
CONTROL: list[Case] = [
    (  # media, appositive with a described controller
        "Beacon Press, a county publisher under the control of the investor Ivo Strand, cut jobs.",
        [("ivo-strand", "OWNS", "beacon-press")],
        [],
    ),
    (  # aviation, copular
        "Skarna Air has been under the control of Vell Holdings since 2019.",
        [("vell-holdings", "OWNS", "skarna-air")],
        [],
    ),
    (  # guard: negation
        "Skarna Air said the plant was not under the control of Vell Holdings.",
        [],
        [("vell-holdings", "OWNS", "skarna-air")],
    ),
]

# "with A and the family office of B also participating": described round participants.
PARTICIPANTS: list[Case] = [
    (  # biotech, a member described by an "of" phrase
        "Tidewater Bio closed a $40m Series B led by Arcus Health, with Norvik Ventures and the "
        "family office of Hal Brenner also participating.",
        [("norvik-ventures", "FUNDS", "tidewater-bio"), ("hal-brenner", "FUNDS", "tidewater-bio")],
        [],
    ),
    (  # agriculture, the first member described
        "Tillwise closed a $12m round led by Arcus Health, with the pension fund Ember Mutual "
        "and Norvik Ventures joining.",
        [("ember-mutual", "FUNDS", "tillwise"), ("norvik-ventures", "FUNDS", "tillwise")],
        [],
    ),
    (  # guard: a participle of watching is no participation
        "Tidewater Bio closed a $40m Series B led by Arcus Health, with staff at Norvik Ventures "
        "watching.",
        [("arcus-health", "FUNDS", "tidewater-bio")],
        [("norvik-ventures", "FUNDS", "tidewater-bio")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), PURPOSE)
def test_money_for_a_purpose(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), OFFERED)
def test_offered_products(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), CONTROL)
def test_under_control(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), PARTICIPANTS)
def test_described_participants(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_founders_of_a_company_take_part_not_the_company() -> None:
    check(
        "Tidewater Bio closed a $40m Series B led by Arcus Health, with Norvik Ventures and the "
        "founders of Pellam Foods also participating.",
        [("norvik-ventures", "FUNDS", "tidewater-bio")],
        [("pellam-foods", "FUNDS", "tidewater-bio")],
    )


# Buying, selling and holding in more shapes.
TRADES: list[Case] = [
    (  # food, a passive sale with seller and buyer: the buyer owns, never the seller's name
        "Ostlake Foods is being sold by Tamber Capital to Varro Group.",
        [("varro-group", "OWNS", "ostlake-foods")],
        [("varro-group", "OWNS", "tamber-capital"), ("tamber-capital", "OWNS", "ostlake-foods")],
    ),
    (  # media, the same in a relative clause
        "Lindow Radio, which was sold by Tamber Capital to Varro Media in 2019, is growing.",
        [("varro-media", "OWNS", "lindow-radio")],
        [("varro-media", "OWNS", "tamber-capital")],
    ),
    (  # snacks, coordinated patients of a plural passive
        "Ostlake Foods and Pell Snacks were both bought by Varro Group.",
        [("varro-group", "OWNS", "ostlake-foods"), ("varro-group", "OWNS", "pell-snacks")],
        [],
    ),
    (  # guard: a singular passive after a coordinated clause reads its own patient
        "Ostlake Foods sued Pell Snacks, which was bought by Varro Group.",
        [("varro-group", "OWNS", "pell-snacks")],
        [("varro-group", "OWNS", "ostlake-foods")],
    ),
    (  # energy, a gapped holder after ", and"
        "Varro Energy holds 60% of Ostlake Power, and Pell Power the rest.",
        [("varro-energy", "OWNS", "ostlake-power"), ("pell-power", "OWNS", "ostlake-power")],
        [],
    ),
    (  # guard: a new clause after ", and" is no gapped holder
        "Varro Energy holds 60% of Ostlake Power, and Pell Power sued it.",
        [],
        [("pell-power", "OWNS", "ostlake-power")],
    ),
    (  # biotech, a minority investment: "bought into" funds
        "Varro Ventures bought into Ostlake Bio in 2019.",
        [("varro-ventures", "FUNDS", "ostlake-bio")],
        [("varro-ventures", "OWNS", "ostlake-bio")],
    ),
    (  # biotech, "put ... into" with money
        "Varro Ventures put $10m into Ostlake Bio.",
        [("varro-ventures", "FUNDS", "ostlake-bio")],
        [],
    ),
    (  # guard: "put ... into" without money
        "Varro Ventures put Ada Moss into Ostlake Bio as chief executive.",
        [],
        [("varro-ventures", "FUNDS", "ostlake-bio")],
    ),
    (  # fintech, "are among X's investors"
        "Varro Ventures and Pell Capital are among Ostlake Pay's investors.",
        [("varro-ventures", "FUNDS", "ostlake-pay"), ("pell-capital", "FUNDS", "ostlake-pay")],
        [],
    ),
    (  # energy, the owner of a project funds it
        "Varro Energy is the majority owner of the Ostlake Wind Farm.",
        [("varro-energy", "FUNDS", "ostlake-wind-farm")],
        [],
    ),
    (  # retail, "its X brand"
        "Varro Group said its Pell Snacks brand grew.",
        [("varro-group", "OWNS", "pell-snacks")],
        [],
    ),
    (  # guard: a person's business is not read as a company's unit
        "Ada Varro said her Pell Snacks business grew.",
        [],
        [("ada-varro", "OWNS", "pell-snacks")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), TRADES)
def test_trades(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# Money for a named thing, investors of "the round", amounts paid in with no object.
MONEY_SOURCES: list[Case] = [
    (  # shipping, "Money for P comes from A and B"
        "Money for the Kelso Ferry Terminal comes from Quaymark and Harrow Bank.",
        [
            ("quaymark", "FUNDS", "kelso-ferry-terminal"),
            ("harrow-bank", "FUNDS", "kelso-ferry-terminal"),
        ],
        [],
    ),
    (  # rail, future tense
        "Funding for the Dunmarsh Rail Line will come from the lender Ostby Bank.",
        [("ostby-bank", "FUNDS", "dunmarsh-rail-line")],
        [],
    ),
    (  # guard: negation
        "Funding for the Kelso Ferry Terminal will not come from Quaymark.",
        [],
        [("quaymark", "FUNDS", "kelso-ferry-terminal")],
    ),
    (  # guard: support that is not money
        "Cobalt Savings raised $20m. Support for the plan came from Varro Ventures.",
        [],
        [("varro-ventures", "FUNDS", "cobalt-savings")],
    ),
    (  # biotech, "Other investors in the round were A and B"
        "Ostlake Bio raised $20m. Other investors in the round were Pell Capital and Brisk "
        "Partners.",
        [("pell-capital", "FUNDS", "ostlake-bio"), ("brisk-partners", "FUNDS", "ostlake-bio")],
        [],
    ),
    (  # insurance, "Investors in X include A and B"
        "Investors in Tollan Cover include Pell Capital and Brisk Partners.",
        [("pell-capital", "FUNDS", "tollan-cover"), ("brisk-partners", "FUNDS", "tollan-cover")],
        [],
    ),
    (  # biotech, an amount paid in with no object
        "Ostlake Bio raised $20m. Pell Capital and Brisk Partners put in a further $5m.",
        [("pell-capital", "FUNDS", "ostlake-bio"), ("brisk-partners", "FUNDS", "ostlake-bio")],
        [],
    ),
    (  # guard: no money
        "Ostlake Bio raised $20m. Pell Capital put in place a new board.",
        [],
        [("pell-capital", "FUNDS", "ostlake-bio")],
    ),
    (  # guard: money for something else
        "Ostlake Bio raised $20m. Pell Capital chipped in $2m for the new plant.",
        [],
        [("pell-capital", "FUNDS", "ostlake-bio")],
    ),
    (  # fintech: "its app" after the object is the subject's, not the app's own
        "Cobalt Savings sells Ledgerly, its budgeting app, to students.",
        [("cobalt-savings", "OWNS", "ledgerly")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), MONEY_SOURCES)
def test_money_sources(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# "The new owners of X, A and B, ...": an appositive list of holders after "holders of X".
HOLDERS_OF: list[Case] = [
    (  # football, owning noun
        "The new owners of Ostlake Rovers, Pell Capital and Brisk Partners, want a new stadium.",
        [("pell-capital", "OWNS", "ostlake-rovers"), ("brisk-partners", "OWNS", "ostlake-rovers")],
        [("ostlake-rovers", "FUNDS", "pell-capital")],
    ),
    (  # biotech, funding noun: the backed company is no member of the backers
        "The backers of Ostlake Bio, Pell Capital and Brisk Partners, want a sale.",
        [("pell-capital", "FUNDS", "ostlake-bio"), ("brisk-partners", "FUNDS", "ostlake-bio")],
        [("ostlake-bio", "FUNDS", "ostlake-bio")],
    ),
    (  # water, the owners of a project fund it
        "The owners of the Tarn Dam, Harlow Water and Pike Energy, will spend £40m on upgrades.",
        [("harlow-water", "FUNDS", "tarn-dam"), ("pike-energy", "FUNDS", "tarn-dam")],
        [],
    ),
    (  # guard: an appositive of one holder and a new clause
        "Investors of Ostlake Bio, Pell Capital, and its rival Brisk Bio met.",
        [],
        [("brisk-bio", "FUNDS", "ostlake-bio")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), HOLDERS_OF)
def test_holders_of(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_a_list_that_ends_in_others_keeps_its_names() -> None:
    """ "from A, B and others": both named investors fund the company."""
    check(
        "Ostlake Bio raised $20m from Varro Ventures, Pell Capital and others.",
        [("varro-ventures", "FUNDS", "ostlake-bio"), ("pell-capital", "FUNDS", "ostlake-bio")],
        [],
    )
    check(
        "Dunmere Grain has raised £8m from the fund Halsey Partners, Orrin Capital and other "
        "family offices.",
        [("orrin-capital", "FUNDS", "dunmere-grain")],
        [],
    )


# A possessive pronoun inside a relative clause is the antecedent's (S2).
RELATIVE_POSSESSORS: list[Case] = [
    (  # autos: the maker named before "that" owns its van, not the sentence's subject
        "Corvina Motors signed a supply deal with Haskett Motors, the vehicle maker that "
        "assembles its small van, the Haskett Drey.",
        [("haskett-motors", "OWNS", "haskett-drey")],
        [("corvina-motors", "OWNS", "haskett-drey")],
    ),
    (  # appliances: ", which" after the antecedent
        "Brisa Retail buys fridges from Kemmel Holdings, which sells its cheapest model, the "
        "Kemmel Frost, in Asia.",
        [("kemmel-holdings", "OWNS", "kemmel-frost")],
        [("brisa-retail", "OWNS", "kemmel-frost")],
    ),
    (  # a complement clause keeps the pronoun's own reading
        "Kemmel Holdings said that its cheapest model, the Kemmel Frost, sells well.",
        [("kemmel-holdings", "OWNS", "kemmel-frost")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), RELATIVE_POSSESSORS)
def test_relative_possessors(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# "the sale of X to Y": the buyer holds X; the seller is no endpoint.
SALES: list[Case] = [
    (  # food, a whole company
        "Tamber Capital completed the sale of Ostlake Foods to Pell Health.",
        [("pell-health", "OWNS", "ostlake-foods")],
        [("pell-health", "OWNS", "tamber-capital"), ("tamber-capital", "OWNS", "ostlake-foods")],
    ),
    (  # telecoms, a minority share funds
        "Vanta Telecom agreed the sale of 30% of Norrland Fibre to Harlow Infrastructure.",
        [("harlow-infrastructure", "FUNDS", "norrland-fibre")],
        [("harlow-infrastructure", "OWNS", "norrland-fibre")],
    ),
    (  # energy, a stake of unknown size funds
        "Osk Power finished the sale of its stake in Nolla Wind to Tarn Energy.",
        [("tarn-energy", "FUNDS", "nolla-wind")],
        [("tarn-energy", "FUNDS", "osk-power")],
    ),
    (  # guard: an opposed sale
        "Tamber Capital opposed the sale of Ostlake Foods to Pell Health.",
        [],
        [("pell-health", "OWNS", "ostlake-foods")],
    ),
    (  # guard: a proposed sale that was blocked
        "The proposed sale of Ostlake Foods to Pell Health was blocked by regulators.",
        [],
        [("pell-health", "OWNS", "ostlake-foods")],
    ),
    (  # investors listed after a comma
        "Ostlake Bio's investors, including Varro Ventures, approved the deal.",
        [("varro-ventures", "FUNDS", "ostlake-bio")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SALES)
def test_sales(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_projects_built_with_money_from_a_funder() -> None:
    """ "X is being built with $12m from A": A funds the project; money must be named."""
    check(
        "The Kelso Ferry Terminal is being built with $12m from Quaymark Ports.",
        [("quaymark-ports", "FUNDS", "kelso-ferry-terminal")],
        [],
    )
    check(
        "The Dunmarsh Solar Farm will be developed with €4m from the agency Ostby Energy.",
        [("ostby-energy", "FUNDS", "dunmarsh-solar-farm")],
        [],
    )
    check(
        "The Kelso Ferry Terminal is being built with steel from Harrow Mills.",
        [],
        [("harrow-mills", "FUNDS", "kelso-ferry-terminal")],
    )


def test_a_sale_with_an_article_is_not_the_subjects_own() -> None:
    """ "X completed the sale to Y": X sold something, not itself; a consenting subject ("X
    agreed to the sale to Y") and a possessor ("X's sale to Y") are what is sold."""
    check(
        "Tamber Capital completed the sale to Pell Health in May.",
        [],
        [("pell-health", "OWNS", "tamber-capital")],
    )
    check(
        "Ostlake Bio agreed to the sale to Pell Health.",
        [("pell-health", "OWNS", "ostlake-bio")],
        [],
    )
    check(
        "Ostlake Bio's sale to Pell Health closed.",
        [("pell-health", "OWNS", "ostlake-bio")],
        [],
    )
