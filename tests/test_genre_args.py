"""Arguments of deal, money and dispute verbs and nouns, from the genre: the shapes in which
business news writes who bought, funded, lent to or sued whom when the object is not a bare name
right after the verb (a descriptor before the name, an appositive after a description, passives
of nominalizations, the lender as subject, coordinated verb phrases, inserted dates, amounts and
places).

Each case is (text, relations that must be found, relations that must not be): an invented
mini-article with several organizations, a person and a place; guards beside each true case.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

# A descriptor before the object's name: "bought Leeds bakery Kessel Bakeries".
DESCRIPTOR_OBJECT: list[Case] = [
    (  # food
        "Harwell Foods bought Leeds bakery Kessel Bakeries for $80m. Chief executive Anna Rook "
        "said Harwell would keep the Kessel name. Harwell also buys flour from Corvel Mills.",
        [("harwell-foods", "OWNS", "kessel-bakeries")],
        [("kessel-bakeries", "OWNS", "harwell-foods"), ("harwell-foods", "OWNS", "corvel-mills")],
    ),
    (  # car industry: a lawsuit
        "Pardoe Batteries sued German carmaker Volt Motors in a Munich court on Monday. Pardoe "
        "says Volt owes it $30m for cells. Volt also buys cells from Hanmi Cells.",
        [("pardoe-batteries", "DISPUTES", "volt-motors")],
        [("pardoe-batteries", "DISPUTES", "hanmi-cells")],
    ),
    (  # technology: "backed local start-up"
        "Tynemouth Ventures backed local start-up Tyne Robotics with $5m in March. The fund, run "
        "by Jo Ames, also advises Blyth Council.",
        [("tynemouth-ventures", "FUNDS", "tyne-robotics")],
        [
            ("tyne-robotics", "FUNDS", "tynemouth-ventures"),
            ("tynemouth-ventures", "FUNDS", "blyth-council"),
        ],
    ),
    (  # mining
        "Osgood Resources acquired Chilean copper miner Ralco Minerals last year. Osgood sells "
        "most of its copper to Tanaka Smelting.",
        [("osgood-resources", "OWNS", "ralco-minerals")],
        [("osgood-resources", "OWNS", "tanaka-smelting")],
    ),
    (  # shipping
        "Calder Maritime has taken over rival ferry operator Solway Lines, the Glasgow company "
        "said. Calder chartered its ships from Brenner Leasing.",
        [("calder-maritime", "OWNS", "solway-lines")],
        [("calder-maritime", "OWNS", "brenner-leasing")],
    ),
    (  # pharma: "invested in"
        "Medra Capital invested $12m in Boston biotech Quillon Therapeutics, which is testing a "
        "drug with Harlow Hospital.",
        [("medra-capital", "FUNDS", "quillon-therapeutics")],
        [("medra-capital", "FUNDS", "harlow-hospital")],
    ),
    (  # retail: the buyer with a descriptor too
        "Discount grocer Pennyway bought Welsh convenience chain Dewi Stores in a $40m deal. "
        "Pennyway's rival Tesgo said nothing.",
        [("pennyway", "OWNS", "dewi-stores")],
        [("tesgo", "OWNS", "dewi-stores")],
    ),
    (  # guard: the descriptor's organization is a customer, not bought
        "Harrow Dairy signed a supply deal with Danish retailer Norvik Markets. Harrow is owned by "
        "Bellweather Foods.",
        [("bellweather-foods", "OWNS", "harrow-dairy")],
        [("harrow-dairy", "OWNS", "norvik-markets")],
    ),
    (  # banking: lent to a described borrower
        "Mercia Bank lent $25m to Midlands builder Ashdown Homes, the lender said on Friday. "
        "Ashdown competes with Redbrook Homes.",
        [("mercia-bank", "FUNDS", "ashdown-homes")],
        [("mercia-bank", "FUNDS", "redbrook-homes")],
    ),
]

# An appositive name after a description: "agreed to buy the maker of Velora, Kessel Bio".
APPOSITIVE_OBJECT: list[Case] = [
    (  # pharma
        "Dunmore Pharma bought the maker of Velora, Kessel Bio, for $1.2bn in cash. Velora is "
        "sold in Europe by Amsel Health.",
        [("dunmore-pharma", "OWNS", "kessel-bio")],
        [("dunmore-pharma", "OWNS", "amsel-health")],
    ),
    (  # food
        "Brisco Group acquired the owner of the Crumbly biscuit brand, Tamsin Foods, in June. "
        "Tamsin buys wheat from Corvel Farms.",
        [("brisco-group", "OWNS", "tamsin-foods")],
        [("brisco-group", "OWNS", "corvel-farms")],
    ),
    (  # food: the product's maker, not the buyer, makes the product
        "Kessel Foods acquired the maker of Crumbly biscuits, Tamsin Bakeries, in June. Tamsin "
        "was founded by Ada Rowe.",
        [("kessel-foods", "OWNS", "tamsin-bakeries")],
        [("kessel-foods", "OWNS", "crumbly")],
    ),
    (  # shipping: invested in a described company
        "Fjord Capital invested $30m in Norway's largest salmon carrier, Lofoten Shipping. "
        "Lofoten's ships were built by Hanmi Yards.",
        [("fjord-capital", "FUNDS", "lofoten-shipping")],
        [("fjord-capital", "FUNDS", "hanmi-yards")],
    ),
    (  # media: sued a described company
        "Orrin Media sued the publisher of the Daily Lark, Castle Press, over a story about its "
        "chairman, Tom Reeve. Castle Press is owned by Hollis Trust.",
        [("orrin-media", "DISPUTES", "castle-press"), ("hollis-trust", "OWNS", "castle-press")],
        [("orrin-media", "DISPUTES", "hollis-trust")],
    ),
    (  # construction
        "Granby Holdings has bought Scotland's biggest housebuilder, Ashford Homes, from Pemberton "
        "Equity for $600m.",
        [("granby-holdings", "OWNS", "ashford-homes")],
        [
            ("pemberton-equity", "OWNS", "granby-holdings"),
            ("ashford-homes", "OWNS", "granby-holdings"),
        ],
    ),
]

# Passives of nominalizations: "A lawsuit against C was filed by X".
NOMINAL_PASSIVE: list[Case] = [
    (  # media dispute
        "A lawsuit against Bexley Radio was filed by Tovell Records in March. Bexley is owned by "
        "Orrin Media.",
        [("tovell-records", "DISPUTES", "bexley-radio")],
        [("tovell-records", "DISPUTES", "orrin-media")],
    ),
    (  # mining offer: an offer is no deal done (guard)
        "An offer for Ralco Minerals was made by Osgood Resources on Monday, valuing the miner at "
        "$3bn. Ralco is advised by Pemberton Securities.",
        [],
        [
            ("pemberton-securities", "OWNS", "ralco-minerals"),
            ("osgood-resources", "OWNS", "ralco-minerals"),
        ],
    ),
    (  # construction loan
        "A $20m loan to Ribble Homes was arranged by Mercia Bank. Ribble builds houses for Preston "
        "Council.",
        [("mercia-bank", "FUNDS", "ribble-homes")],
        [("mercia-bank", "FUNDS", "preston-council")],
    ),
    (  # utilities: an investment in C was made by X
        "A $50m investment in Solent Water was made by Harbour Infrastructure Fund last year. "
        "Solent supplies water to Portsmouth.",
        [("harbour-infrastructure-fund", "FUNDS", "solent-water")],
        [("solent-water", "FUNDS", "harbour-infrastructure-fund")],
    ),
    (  # farming: a claim against C was brought by X
        "A claim against Agrivest Holdings was brought by Pellow Farms over unpaid rent. "
        "Agrivest is backed by Harcourt Capital.",
        [("pellow-farms", "DISPUTES", "agrivest-holdings")],
        [("pellow-farms", "DISPUTES", "harcourt-capital")],
    ),
    (  # airlines: the purchase of C was completed by X
        "The purchase of Wren Airways was completed by Talbot Air in May. Wren leases its jets "
        "from Avolon Leasing.",
        [("talbot-air", "OWNS", "wren-airways")],
        [("talbot-air", "OWNS", "avolon-leasing")],
    ),
    (  # guard: a lawsuit threatened, not filed
        "A lawsuit against Kestle Insurance may be filed by Arlow Re, its lawyers said. Kestle is "
        "owned by Dunmore Bank.",
        [("dunmore-bank", "OWNS", "kestle-insurance")],
        [("arlow-re", "DISPUTES", "kestle-insurance")],
    ),
]

# "X's acquisition by Y", "the acquisition of X by Y" in several shapes.
ACQUISITION_BY: list[Case] = [
    (  # retail
        "Lark Pharmacy's acquisition by Medra Health closed on Friday. Lark's founder, Jon Pike, "
        "will join Tovell Research.",
        [("medra-health", "OWNS", "lark-pharmacy")],
        [("lark-pharmacy", "OWNS", "medra-health"), ("medra-health", "OWNS", "tovell-research")],
    ),
    (  # sport
        "Since its takeover by Harlan Sports Group in 2021, Dunmere Rovers has spent heavily. "
        "The club's shirts are made by Kestrel Sportswear.",
        [("harlan-sports-group", "OWNS", "dunmere-rovers")],
        [("harlan-sports-group", "OWNS", "kestrel-sportswear")],
    ),
    (  # media
        "After the purchase of Bexley Radio by Orrin Media, Bexley dropped its news service. "
        "Castle FM hired the newsroom.",
        [("orrin-media", "OWNS", "bexley-radio")],
        [("castle-fm", "OWNS", "bexley-radio")],
    ),
    (  # mining: "the sale of X to Y"
        "The sale of Brackley Mining to Osgood Resources was approved by regulators in Perth. "
        "Brackley had been owned by Cobalt Partners.",
        [
            ("osgood-resources", "OWNS", "brackley-mining"),
            ("cobalt-partners", "OWNS", "brackley-mining"),
        ],
        [("brackley-mining", "OWNS", "osgood-resources")],
    ),
    (  # airlines: "last year" before "by"
        "The takeover of Merrow Airlines last year by Sunflight Group cut routes from Leeds. "
        "Merrow had leased jets from Avolon Leasing.",
        [("sunflight-group", "OWNS", "merrow-airlines")],
        [("sunflight-group", "OWNS", "avolon-leasing")],
    ),
    (  # guard: a critic after the date
        "The acquisition of Hartley Savings in 2019 was criticised by Tovell Research. Hartley "
        "now belongs to Wexford Bank.",
        [],
        [("tovell-research", "OWNS", "hartley-savings")],
    ),
    (  # guard: a blocked acquisition
        "Regulators blocked Fenwick Shipping's acquisition by Calder Maritime on Tuesday. Fenwick "
        "will stay independent.",
        [],
        [("calder-maritime", "OWNS", "fenwick-shipping")],
    ),
    (  # banking: "the acquisition of X by Y", date in between
        "The acquisition of Hartley Savings in 2019 by Wexford Bank doubled its branches. "
        "Hartley had lent heavily to Dorset Homes.",
        [("wexford-bank", "OWNS", "hartley-savings")],
        [("wexford-bank", "OWNS", "dorset-homes")],
    ),
]

# The lender as subject: "Wexford Bank refinanced Lisle's debt".
LENDER_SUBJECT: list[Case] = [
    (  # hotels
        "Wexford Bank refinanced Lisle Hotels' debt in April. Lisle's chairman, Roy Dane, "
        "thanked the bank. Lisle competes with Ravel Inns.",
        [("wexford-bank", "FUNDS", "lisle-hotels")],
        [("lisle-hotels", "FUNDS", "wexford-bank"), ("wexford-bank", "FUNDS", "ravel-inns")],
    ),
    (  # food
        "Orrin Bank restructured Kessel Foods' loans last year. Kessel sells bread to Pennyway "
        "Stores.",
        [("orrin-bank", "FUNDS", "kessel-foods")],
        [("orrin-bank", "FUNDS", "pennyway-stores")],
    ),
    (  # shipping: "provided a credit line to"
        "Nordea Fjord Bank provided a $60m credit line to Lofoten Shipping. Lofoten carries fish "
        "for Marel Seafood.",
        [("nordea-fjord-bank", "FUNDS", "lofoten-shipping")],
        [("nordea-fjord-bank", "FUNDS", "marel-seafood")],
    ),
    (  # construction: "extended a loan to"
        "Mercia Bank extended a $15m loan to Ashdown Homes in June. Ashdown's rival, Redbrook "
        "Homes, borrowed from Dunmore Bank.",
        [("mercia-bank", "FUNDS", "ashdown-homes"), ("dunmore-bank", "FUNDS", "redbrook-homes")],
        [("mercia-bank", "FUNDS", "redbrook-homes")],
    ),
    (  # guard: the borrower refinances its own debt, an adviser helps
        "Lisle Hotels refinanced its debt in April with help from adviser Carrow Partners. "
        "Lisle competes with Ravel Inns.",
        [],
        [("carrow-partners", "FUNDS", "lisle-hotels"), ("lisle-hotels", "FUNDS", "ravel-inns")],
    ),
    (  # guard: an idea borrowed from a rival
        "Pennyway Stores borrowed a loyalty scheme from Tesgo, its rival, said analyst Ann Webb.",
        [],
        [("tesgo", "FUNDS", "pennyway-stores")],
    ),
    (  # guard: the lender called in a loan, not lent
        "Hartley Bank called in its loans to Tamar Farms on Monday. Tamar sells milk to Harwell "
        "Foods.",
        [],
        [("tamar-farms", "FUNDS", "hartley-bank"), ("hartley-bank", "OWNS", "tamar-farms")],
    ),
]

# A dividend paid to an owner named by an appositive.
DIVIDEND_OWNER: list[Case] = [
    (  # ports
        "Solent Terminals paid a $20m dividend to Harbour Holdings, its majority owner, in May. "
        "Solent handles cargo for Calder Maritime.",
        [("harbour-holdings", "OWNS", "solent-terminals")],
        [
            ("solent-terminals", "OWNS", "harbour-holdings"),
            ("harbour-holdings", "OWNS", "calder-maritime"),
        ],
    ),
    (  # utilities
        "Ribble Water paid a dividend to Kestrel Infrastructure, its parent, despite leaks. "
        "Ofwater, the regulator, criticised the payment.",
        [("kestrel-infrastructure", "OWNS", "ribble-water")],
        [("ribble-water", "OWNS", "kestrel-infrastructure")],
    ),
    (  # guard: a dividend to shareholders, no owner named
        "Brackley Mining paid a special dividend to shareholders after selling a mine to Osgood "
        "Resources.",
        [],
        [("brackley-mining", "OWNS", "osgood-resources")],
    ),
]

# Holdings in a list: "owns shares in A, B and C".
SHARES_IN_LIST: list[Case] = [
    (  # investment firm
        "Pemberton Trust owns shares in Harwell Foods, Calder Maritime and Osgood Resources. Its "
        "manager, Kate Lyle, sold a stake in Ravel Inns in May.",
        [
            ("pemberton-trust", "OWNS", "harwell-foods"),
            ("pemberton-trust", "OWNS", "calder-maritime"),
            ("pemberton-trust", "OWNS", "osgood-resources"),
        ],
        [("harwell-foods", "OWNS", "calder-maritime")],
    ),
    (  # sport
        "Harlan Sports Group holds stakes in Dunmere Rovers and Tarnby United. The group is "
        "chaired by Ben Coyle.",
        [
            ("harlan-sports-group", "OWNS", "dunmere-rovers"),
            ("harlan-sports-group", "OWNS", "tarnby-united"),
        ],
        [("dunmere-rovers", "OWNS", "tarnby-united")],
    ),
    (  # shipping: bought stakes in a list (a minority: FUNDS)
        "Fjord Capital bought stakes in Lofoten Shipping and Marel Seafood last year. The fund "
        "is run by Ivar Lund.",
        [
            ("fjord-capital", "FUNDS", "lofoten-shipping"),
            ("fjord-capital", "FUNDS", "marel-seafood"),
        ],
        [("lofoten-shipping", "FUNDS", "marel-seafood")],
    ),
    (  # guard: the next name starts a clause of its own
        "Pemberton Trust holds shares in Harwell Foods and Calder Maritime holds shares in "
        "Osgood Resources.",
        [
            ("pemberton-trust", "OWNS", "harwell-foods"),
            ("calder-maritime", "OWNS", "osgood-resources"),
        ],
        [
            ("pemberton-trust", "OWNS", "calder-maritime"),
            ("pemberton-trust", "OWNS", "osgood-resources"),
        ],
    ),
    (  # guard: sold shares in
        "Cobalt Partners sold its shares in Ralco Minerals and Brackley Mining last year. Cobalt "
        "now invests in solar farms.",
        [],
        [
            ("cobalt-partners", "OWNS", "ralco-minerals"),
            ("cobalt-partners", "OWNS", "brackley-mining"),
        ],
    ),
]

# Repaying a lender is no funding of the lender.
REPAID: list[Case] = [
    (  # food: guard
        "Kessel Foods repaid a $20m loan to Orrin Bank early. Kessel's chief executive, Ann Holt, "
        "said sales to Pennyway Stores had grown.",
        [],
        [("kessel-foods", "FUNDS", "orrin-bank")],
    ),
    (  # farming: guard "paid off a loan to", with a light-verb loan as the true case
        "Pellow Farms paid off a £2m loan to Hartley Bank in May. Hartley then made a $5m loan "
        "to Tamar Farms.",
        [("hartley-bank", "FUNDS", "tamar-farms")],
        [("pellow-farms", "FUNDS", "hartley-bank")],
    ),
    (  # shipping: guard "settled a loan to"
        "Lofoten Shipping settled a $90m loan to Nordea Fjord Bank after selling two ships to "
        "Marel Seafood.",
        [],
        [("lofoten-shipping", "FUNDS", "nordea-fjord-bank")],
    ),
    (  # airlines: guard "paid back"
        "Talbot Air paid back $300m it owed to Dunmore Bank. The carrier still leases jets from "
        "Avolon Leasing.",
        [],
        [("talbot-air", "FUNDS", "dunmore-bank")],
    ),
    (  # construction: guard "repaid its debts to", with the loan as true
        "Ashdown Homes borrowed $15m from Mercia Bank in 2020 and repaid the loan to Mercia in "
        "2023.",
        [("mercia-bank", "FUNDS", "ashdown-homes")],
        [("ashdown-homes", "FUNDS", "mercia-bank")],
    ),
]

# "with backing from" a fund is funding.
BACKING_FROM: list[Case] = [
    (  # fishing
        "Harrow Bay Fishing bought two trawlers with backing from Fjord Capital. The boats were "
        "built by Hanmi Yards in Busan.",
        [("fjord-capital", "FUNDS", "harrow-bay-fishing")],
        [
            ("fjord-capital", "BACKS", "harrow-bay-fishing"),
            ("hanmi-yards", "FUNDS", "harrow-bay-fishing"),
        ],
    ),
    (  # energy: "with funding from"
        "Solway Wind built its first turbines with funding from Kestrel Infrastructure. Solway's "
        "turbines were supplied by Vesta Power.",
        [("kestrel-infrastructure", "FUNDS", "solway-wind")],
        [("vesta-power", "FUNDS", "solway-wind")],
    ),
    (  # farming: "with a loan from"
        "Tamar Farms built a new dairy with a loan from Hartley Bank. Tamar sells milk to Harwell "
        "Foods.",
        [("hartley-bank", "FUNDS", "tamar-farms")],
        [("harwell-foods", "FUNDS", "tamar-farms")],
    ),
    (  # construction: a place inside the object
        "Ashdown Homes acquired a plot near Leeds with funding from Mercia Bank. Ashdown is run "
        "by Tom Reeve.",
        [("mercia-bank", "FUNDS", "ashdown-homes")],
        [("mercia-bank", "FUNDS", "leeds")],
    ),
    (  # guard: the seller is no source of money
        "Talbot Air bought ten jets from Avolon Leasing with backing from Dunmore Bank.",
        [],
        [("avolon-leasing", "FUNDS", "talbot-air"), ("avolon-leasing", "BACKS", "talbot-air")],
    ),
    (  # guard: "with help from" a supplier
        "Ribble Homes built 400 houses with help from Ashford Timber. Ribble is owned by Granby "
        "Holdings.",
        [("granby-holdings", "OWNS", "ribble-homes")],
        [("ashford-timber", "FUNDS", "ribble-homes")],
    ),
]

# Objects in coordinated verb phrases: "bought A and sold B to C".
COORDINATED_VP: list[Case] = [
    (  # food
        "Brisco Group bought Tamsin Dairy and sold Corvel Cheese to Harwell Foods. Brisco's "
        "chief executive, Mia Ford, called it a reshuffle.",
        [("brisco-group", "OWNS", "tamsin-dairy"), ("harwell-foods", "OWNS", "corvel-cheese")],
        [("brisco-group", "OWNS", "corvel-cheese"), ("harwell-foods", "OWNS", "tamsin-dairy")],
    ),
    (  # mining
        "Osgood Resources sold Brackley Mining to Cobalt Partners and bought Ralco Minerals.",
        [
            ("cobalt-partners", "OWNS", "brackley-mining"),
            ("osgood-resources", "OWNS", "ralco-minerals"),
        ],
        [
            ("osgood-resources", "OWNS", "brackley-mining"),
            ("cobalt-partners", "OWNS", "ralco-minerals"),
        ],
    ),
    (  # pharma: a date and a recipient before "and"
        "Medra Health sold Lark Pharmacy to Tovell Group in 2019 and bought Amsel Clinics. Medra "
        "is chaired by Jon Pike.",
        [("tovell-group", "OWNS", "lark-pharmacy"), ("medra-health", "OWNS", "amsel-clinics")],
        [("lark-pharmacy", "OWNS", "amsel-clinics"), ("tovell-group", "OWNS", "amsel-clinics")],
    ),
    (  # guard: the buyer's own clause
        "Osgood Resources sold Brackley Mining to Cobalt Partners, which later bought Ralco "
        "Minerals.",
        [("cobalt-partners", "OWNS", "ralco-minerals")],
        [
            ("osgood-resources", "OWNS", "ralco-minerals"),
            ("brackley-mining", "OWNS", "ralco-minerals"),
        ],
    ),
    (  # tech funds
        "Hollis Ventures invested in Sisken Robotics and lent $5m to Tarn Labs last year. Hollis "
        "is run by Dev Patel.",
        [
            ("hollis-ventures", "FUNDS", "sisken-robotics"),
            ("hollis-ventures", "FUNDS", "tarn-labs"),
        ],
        [("sisken-robotics", "FUNDS", "tarn-labs")],
    ),
    (  # dispute and deal
        "Volt Motors sued Pardoe Batteries and signed a cell deal with Hanmi Cells.",
        [
            ("volt-motors", "DISPUTES", "pardoe-batteries"),
            ("volt-motors", "PARTNERS_WITH", "hanmi-cells"),
        ],
        [("volt-motors", "DISPUTES", "hanmi-cells")],
    ),
    (  # retail: "acquired A and merged it with B"
        "Pennyway acquired Dewi Stores in 2019 and later sold it to Norvik Markets. Pennyway now "
        "focuses on England.",
        [("norvik-markets", "OWNS", "dewi-stores")],
        [("dewi-stores", "OWNS", "norvik-markets")],
    ),
    (  # guard: "considered buying A but bought B"
        "Calder Maritime considered buying Fenwick Shipping but bought Solway Lines instead.",
        [("calder-maritime", "OWNS", "solway-lines")],
        [("calder-maritime", "OWNS", "fenwick-shipping")],
    ),
]

# Objects after inserted dates, amounts and places.
INSERTED: list[Case] = [
    (  # food: amount and place inserted
        "Harwell Foods acquired, for $40m in cash, the Ohio-based Tamsin Dairy. Tamsin sells "
        "cheese to Pennyway Stores.",
        [("harwell-foods", "OWNS", "tamsin-dairy")],
        [("harwell-foods", "OWNS", "pennyway-stores")],
    ),
    (  # mining: date inserted
        "Osgood Resources bought, in March 2021, a 60% stake in Ralco Minerals from Cobalt "
        "Partners.",
        [("osgood-resources", "OWNS", "ralco-minerals")],
        [("cobalt-partners", "OWNS", "osgood-resources")],
    ),
    (  # banking: "last week" and amount before the borrower
        "Dunmore Bank lent, last week, a further $40m to Lisle Hotels. Lisle is run by Roy Dane.",
        [("dunmore-bank", "FUNDS", "lisle-hotels")],
        [("lisle-hotels", "FUNDS", "dunmore-bank")],
    ),
    (  # pharma: "through a subsidiary"
        "Medra Health has, through its Irish subsidiary, bought Kessel Bio for $300m. Kessel's "
        "drug is sold by Amsel Health.",
        [("medra-health", "OWNS", "kessel-bio")],
        [("medra-health", "OWNS", "amsel-health")],
    ),
    (  # airlines: "in a deal worth"
        "Talbot Air bought in a $200m deal regional carrier Wren Airways. Wren competes with "
        "Solway Jet.",
        [("talbot-air", "OWNS", "wren-airways")],
        [("talbot-air", "OWNS", "solway-jet")],
    ),
    (  # sport: "in 2019" before the object of invest
        "Harlan Sports Group invested in 2019 about $50m in Tarnby United. Tarnby plays at the "
        "Riverside Stadium.",
        [("harlan-sports-group", "FUNDS", "tarnby-united")],
        [],
    ),
    (  # sport: a clause-like aside of dates
        "Harlan Sports Group acquired, in a deal agreed last summer, Tarnby United. The club "
        "plays at the Riverside Stadium.",
        [("harlan-sports-group", "OWNS", "tarnby-united")],
        [],
    ),
    (  # guard: a seller inside the aside
        "Brisco Group bought, from Corvel Farms, a dairy in Devon. Corvel is owned by Agrivest "
        "Holdings.",
        [("agrivest-holdings", "OWNS", "corvel-farms")],
        [("brisco-group", "OWNS", "corvel-farms")],
    ),
    (  # guard: the inserted place is not the object
        "Granby Steel sold, in Sheffield, its wire business to Halden Industries for $300m.",
        [],
        [("granby-steel", "OWNS", "halden-industries")],
    ),
]

# Disputes with descriptors, nominalizations and sides.
DISPUTE_ARGS: list[Case] = [
    (  # construction: "filed suit against"
        "Ashdown Homes filed suit against Midlands council contractor Brenley Civils over a failed "
        "road. Ashdown is owned by Granby Holdings.",
        [("ashdown-homes", "DISPUTES", "brenley-civils")],
        [("granby-holdings", "DISPUTES", "brenley-civils")],
    ),
    (  # farming: "took X to court"
        "Pellow Farms took seed supplier Harcourt Seeds to court over failed crops. Harcourt's "
        "lawyers, Marlow and Kent LLP, denied the claim.",
        [("pellow-farms", "DISPUTES", "harcourt-seeds")],
        [("pellow-farms", "DISPUTES", "marlow-and-kent-llp")],
    ),
    (  # pharma: "is being sued by"
        "Quillon Therapeutics is being sued by Amsel Health over a patent. Quillon is backed by "
        "Medra Capital.",
        [("amsel-health", "DISPUTES", "quillon-therapeutics")],
        [("amsel-health", "DISPUTES", "medra-capital")],
    ),
    (  # airlines: a suit won against
        "Talbot Air won its case against Avolon Leasing in the High Court. Talbot is chaired by "
        "Ruth Mallin.",
        [("talbot-air", "DISPUTES", "avolon-leasing")],
        [],
    ),
    (  # guard: a settled suit is still a dispute, but the lawyer is not a party
        "Orrin Media settled its lawsuit against Castle Press, represented by Hale and Dorr, on "
        "Friday.",
        [("orrin-media", "DISPUTES", "castle-press")],
        [("orrin-media", "DISPUTES", "hale-and-dorr")],
    ),
    (  # guard: "considered suing"
        "Ribble Water considered suing Ashford Pipes over leaks but chose to settle. Ribble is "
        "owned by Kestrel Infrastructure.",
        [("kestrel-infrastructure", "OWNS", "ribble-water")],
        [("ribble-water", "DISPUTES", "ashford-pipes")],
    ),
]

# Public bodies and agencies as funders and owners, with descriptors.
PUBLIC: list[Case] = [
    (  # public body grant to a described company
        "Tyne Development Agency gave local shipyard Hebburn Marine a $4m grant. Hebburn "
        "builds ferries for Calder Maritime.",
        [("tyne-development-agency", "FUNDS", "hebburn-marine")],
        [("tyne-development-agency", "FUNDS", "calder-maritime")],
    ),
    (  # state investor buys a described company
        "Norland's sovereign fund, Norland Invest, bought power grid operator Statnet Grid for "
        "$2bn. Statnet buys cable from Nexa Cables.",
        [("norland-invest", "OWNS", "statnet-grid")],
        [("norland-invest", "OWNS", "nexa-cables")],
    ),
    (  # banking: a loan to a described farm
        "Mercia Bank gave Welsh dairy Tamsin Farms a £2m loan in March. Tamsin sells milk to "
        "Harwell Foods.",
        [("mercia-bank", "FUNDS", "tamsin-farms")],
        [("mercia-bank", "FUNDS", "harwell-foods")],
    ),
    (  # guard: a described contractor given a contract
        "Preston Council gave local builder Ashdown Homes a $4m contract for a school. Ashdown "
        "is owned by Granby Holdings.",
        [("granby-holdings", "OWNS", "ashdown-homes")],
        [("preston-council", "FUNDS", "ashdown-homes")],
    ),
    (  # council guard: a contract, not funding
        "Preston Council awarded builder Ribble Homes a contract for 200 houses. Ribble is owned "
        "by Granby Holdings.",
        [("granby-holdings", "OWNS", "ribble-homes")],
        [("preston-council", "FUNDS", "ribble-homes"), ("preston-council", "OWNS", "ribble-homes")],
    ),
]

CASES: list[Case] = (
    DESCRIPTOR_OBJECT
    + APPOSITIVE_OBJECT
    + NOMINAL_PASSIVE
    + ACQUISITION_BY
    + LENDER_SUBJECT
    + DIVIDEND_OWNER
    + SHARES_IN_LIST
    + REPAID
    + BACKING_FROM
    + COORDINATED_VP
    + INSERTED
    + DISPUTE_ARGS
    + PUBLIC
)


# Gaps left this round (the case's opening words -> the cause), strict: a fix shows up.
GAPS: dict[str, str] = {
    "A $50m investment in Solent Water": "entity typing: 'Solent Water ... made by' typed Product",
    "Talbot Air bought in a $200m deal": "object after an unbracketed 'in a $200m deal'",
}


@pytest.mark.parametrize("case", gap_params(CASES, GAPS))
def test_genre_args(case: Case) -> None:
    check(*case)
