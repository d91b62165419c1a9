"""OWNS and FUNDS from the genre: how business news in every sector says that one organization
bought, owns or controls another, and that one financed, lent to, invested in or backed another.

Each case is (text, relations that must be found, relations that must not be): an invented
mini-article with several organizations, a person and a place, so that references and arguments
have competition; guards beside each true case (intent, talks, rumour, negation, divesting,
customers, payments for services).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

# Acquisitions in every tense, voice and nominalization.
ACQUIRED: list[Case] = [
    (  # food: "completed its purchase of", a pronoun after, a person quoted
        "Harwell Foods completed its purchase of Tamsin Dairy on Tuesday. Chief executive Anna "
        "Rook said the Leeds company would keep Tamsin's brand. It also buys milk from Corvel "
        "Farms.",
        [("harwell-foods", "OWNS", "tamsin-dairy")],
        [("tamsin-dairy", "OWNS", "harwell-foods"), ("harwell-foods", "OWNS", "corvel-farms")],
    ),
    (  # mining: "the $2bn takeover of X by Y", an analyst bank nearby
        "The $2bn takeover of Brackley Mining by Osgood Resources closed in March. Analysts at "
        "Pemberton Securities said the price was high.",
        [("osgood-resources", "OWNS", "brackley-mining")],
        [("pemberton-securities", "OWNS", "brackley-mining")],
    ),
    (  # shipping: "X, which Y bought in 2019"
        "Fenwick Shipping, which Calder Maritime bought in 2019, ordered four tankers from "
        "Hanmi Heavy Industries in Busan.",
        [("calder-maritime", "OWNS", "fenwick-shipping")],
        [("fenwick-shipping", "OWNS", "hanmi-heavy-industries")],
    ),
    (  # retail: "X, now part of Y"
        "Lark Pharmacy, now part of Medra Health, will close 40 stores in Ohio, said Jon Pike, "
        "an analyst at Tovell Research.",
        [("medra-health", "OWNS", "lark-pharmacy")],
        [("tovell-research", "OWNS", "lark-pharmacy")],
    ),
    (  # banking: "Y's X unit"
        "Dunmore Bank's Kestle Insurance unit lost $40m in the quarter. Dunmore blamed storms in "
        "Florida and a dispute with Arlow Re.",
        [("dunmore-bank", "OWNS", "kestle-insurance")],
        [("dunmore-bank", "OWNS", "arlow-re")],
    ),
    (  # media: "Y-owned X"
        "Orrin Media-owned Bexley Radio has hired Tara Webb from Castle FM as its breakfast host.",
        [("orrin-media", "OWNS", "bexley-radio")],
        [("orrin-media", "OWNS", "castle-fm")],
    ),
    (  # steel: "sold its X business to Y"
        "Granby Steel sold its Wexcombe Wire business to Halden Industries for $300m, the "
        "Sheffield company said. Granby will use the cash to pay down debt owed to Mercia Bank.",
        [("halden-industries", "OWNS", "wexcombe-wire")],
        [("wexcombe-wire", "OWNS", "halden-industries"), ("granby-steel", "OWNS", "mercia-bank")],
    ),
    (  # farming: "X was sold to Y" with "last year"
        "Pellow Farms was sold to Agrivest Holdings last year. Its former owner, Ruth Mallin, "
        "now advises Harcourt Seeds.",
        [("agrivest-holdings", "OWNS", "pellow-farms")],
        [("agrivest-holdings", "OWNS", "harcourt-seeds")],
    ),
    (  # airlines: "absorbed"
        "Talbot Air absorbed regional carrier Wren Airways in 2018 and now competes with Solway "
        "Jet on routes from Glasgow.",
        [("talbot-air", "OWNS", "wren-airways")],
        [("talbot-air", "OWNS", "solway-jet")],
    ),
    (  # airlines: passive with "by"
        "Merrow Airlines was acquired by Sunflight Group in 2016, years after it had leased "
        "jets from Avolon Leasing.",
        [("sunflight-group", "OWNS", "merrow-airlines")],
        [
            ("merrow-airlines", "OWNS", "sunflight-group"),
            ("sunflight-group", "OWNS", "avolon-leasing"),
        ],
    ),
    (  # retail: "took over"
        "Ashdown Retail took over the struggling Pennant Stores chain in May. Pennant had lost "
        "ground to Hollins Market for years.",
        [("ashdown-retail", "OWNS", "pennant-stores")],
        [("ashdown-retail", "OWNS", "hollins-market")],
    ),
    (  # food: "snapped up"
        "Rivington Foods snapped up Clover Bakeries for £45m, beating a rival offer from Gable "
        "Brands.",
        [("rivington-foods", "OWNS", "clover-bakeries")],
        [("gable-brands", "OWNS", "clover-bakeries")],
    ),
    (  # media: coordination of two acquired companies
        "Kelso Media bought Finch Radio and Larkspur TV last year, said its chairman, Owen Hart.",
        [("kelso-media", "OWNS", "finch-radio"), ("kelso-media", "OWNS", "larkspur-tv")],
        [("finch-radio", "OWNS", "larkspur-tv")],
    ),
    (  # banking: "completed the acquisition", then "the lender"
        "Eastbury Bank completed the acquisition of Pollard Savings on Friday. The lender paid "
        "$400m, according to Joanna Vance of Ridley Partners.",
        [("eastbury-bank", "OWNS", "pollard-savings")],
        [("ridley-partners", "OWNS", "pollard-savings")],
    ),
    (  # food: "Y's acquisition of X" approved by a regulator
        "Bardolph Foods' acquisition of Rennet Cheese was cleared by the Competition and Markets "
        "Authority on Monday.",
        [("bardolph-foods", "OWNS", "rennet-cheese")],
        [("competition-and-markets-authority", "OWNS", "rennet-cheese")],
    ),
    (  # mining: "has bought" with an appositive description of the target
        "Ferro Cement has bought Lindqvist Aggregates, a quarry operator in Sweden, for an "
        "undisclosed sum. Lindqvist supplies gravel to Norrland Roads.",
        [("ferro-cement", "OWNS", "lindqvist-aggregates")],
        [("ferro-cement", "OWNS", "norrland-roads")],
    ),
    (  # pharma: "agreed to buy" and a pronoun subject, a hedge beside it
        "Hallam Pharma agreed to buy Kestrel Biologics for $1.2bn. It is also said to be "
        "weighing a bid for Orme Therapeutics.",
        [("hallam-pharma", "OWNS", "kestrel-biologics")],
        [("hallam-pharma", "OWNS", "orme-therapeutics")],
    ),
    (  # logistics: "the company" subject after a reported acquisition
        "Brisk Logistics said on Monday that it had acquired Tovey Freight, a trucking firm "
        "based in Leeds. The company also signed a contract with Morrow Retail.",
        [("brisk-logistics", "OWNS", "tovey-freight")],
        [("brisk-logistics", "OWNS", "morrow-retail")],
    ),
    (  # construction: "merged into"
        "Carden Homes was merged into Northway Construction in 2021. Northway now builds more "
        "houses in Kent than Belway Homes.",
        [("northway-construction", "OWNS", "carden-homes")],
        [("northway-construction", "OWNS", "belway-homes")],
    ),
    (  # utilities: "bought a 70% stake in X from Y"
        "Tessaly Power bought a 70% stake in Kora Hydro from Pelham Energy, a deal that gives "
        "it control of three dams in Georgia.",
        [("tessaly-power", "OWNS", "kora-hydro")],
        [("kora-hydro", "OWNS", "tessaly-power"), ("tessaly-power", "OWNS", "pelham-energy")],
    ),
    (  # shipping: "completed its takeover of" with an inserted date
        "Calloway Lines completed, on 3 June, its takeover of Ostend Ferries, a rival of "
        "Baltic Star.",
        [("calloway-lines", "OWNS", "ostend-ferries")],
        [("calloway-lines", "OWNS", "baltic-star")],
    ),
]

# Ownership held: subsidiaries, parents, control, majority stakes, largest shareholders.
HELD: list[Case] = [
    (  # farming: "a subsidiary of"
        "Mossgiel Seeds, a subsidiary of Varro Agri, sells barley seed to Glenholm Distillers.",
        [("varro-agri", "OWNS", "mossgiel-seeds")],
        [("varro-agri", "OWNS", "glenholm-distillers")],
    ),
    (  # media: "the parent of"
        "Quill Media, the parent of Brightwater Radio, reported higher advertising revenue from "
        "Dalton Motors.",
        [("quill-media", "OWNS", "brightwater-radio")],
        [("quill-media", "OWNS", "dalton-motors")],
    ),
    (  # food: "controls ... through a stake"
        "Hesketh Capital controls Bramble Foods through a 55% stake. Bramble makes sauces for "
        "Tesco and Cullen Stores.",
        [("hesketh-capital", "OWNS", "bramble-foods")],
        [("hesketh-capital", "OWNS", "cullen-stores")],
    ),
    (  # ports: "holds 60% of"
        "Arkwright Ports holds 60% of Solent Terminals. The rest belongs to Hamble Council, "
        "said port director Lena Fry.",
        [("arkwright-ports", "OWNS", "solent-terminals")],
        [("solent-terminals", "OWNS", "arkwright-ports")],
    ),
    (  # brewing: "the majority owner of"
        "Cresta Partners, the majority owner of Pinfold Brewing, hired Oakham Advisory to sell "
        "the brewer.",
        [("cresta-partners", "OWNS", "pinfold-brewing")],
        [("oakham-advisory", "OWNS", "pinfold-brewing")],
    ),
    (  # telecoms: "its largest shareholder, Y, with 18%"
        "Delmar Telecom's largest shareholder, Ovingdean Investments, with 18%, voted against "
        "the merger with Frith Mobile.",
        [("ovingdean-investments", "OWNS", "delmar-telecom")],
        [("ovingdean-investments", "OWNS", "frith-mobile")],
    ),
    (  # utilities: "is owned by"
        "Grayling Water is owned by Castlemere Infrastructure, a Canadian pension fund. "
        "Regulator Ofwat fined Grayling £3m.",
        [("castlemere-infrastructure", "OWNS", "grayling-water")],
        [("ofwat", "OWNS", "grayling-water")],
    ),
    (  # shipping: "a wholly owned subsidiary of"
        "Halyard Marine, a wholly owned subsidiary of Brenton Group, chartered two vessels to "
        "Mistral Energy.",
        [("brenton-group", "OWNS", "halyard-marine")],
        [("brenton-group", "OWNS", "mistral-energy")],
    ),
    (  # hotels: "X's parent company, Y"
        "Pellinor Hotels' parent company, Gideon Leisure, reported a loss. Gideon blamed weak "
        "bookings from Skyway Travel.",
        [("gideon-leisure", "OWNS", "pellinor-hotels")],
        [("gideon-leisure", "OWNS", "skyway-travel")],
    ),
    (  # insurance: "a unit of"
        "Ravel Insurance, a unit of Cathcart Financial, settled a claim brought by Dunlin "
        "Shipping.",
        [("cathcart-financial", "OWNS", "ravel-insurance")],
        [("cathcart-financial", "OWNS", "dunlin-shipping")],
    ),
    (  # transport: "Y, which owns X"
        "Hartfell Group, which owns Pennine Buses, lost a rail contract to Arriva Northern.",
        [("hartfell-group", "OWNS", "pennine-buses")],
        [("hartfell-group", "OWNS", "arriva-northern")],
    ),
    (  # pharmacy: "holds a majority stake in"
        "Sorrel Capital holds a majority stake in Tindall Pharmacies and a smaller one in Avery "
        "Labs.",
        [("sorrel-capital", "OWNS", "tindall-pharmacies")],
        [],
    ),
    (  # consumer goods: "the maker of" a product
        "Voss Nutrition, the maker of Purelite protein bars, is being sued by Marden Sports.",
        [("voss-nutrition", "OWNS", "purelite")],
        [("marden-sports", "OWNS", "purelite")],
    ),
    (  # sport: a club owned by a person
        "Westhaven Rovers, owned by American investor Dale Mercer, signed a shirt deal with "
        "Kinloss Bank.",
        [("dale-mercer", "OWNS", "westhaven-rovers")],
        [("kinloss-bank", "OWNS", "westhaven-rovers")],
    ),
    (  # mining: "owns 29% of" with a pronoun subject
        "Ulverston Capital has been buying shares for a year. It now owns 29% of Pendle Mining, "
        "ahead of Norvik Resources.",
        [("ulverston-capital", "OWNS", "pendle-mining")],
        [("norvik-resources", "OWNS", "pendle-mining")],
    ),
    (  # chemicals: "the company's X division" by name
        "Lanyon Chemicals put its Verity Coatings division up for sale. Bids are expected from "
        "Ashby Paints.",
        [("lanyon-chemicals", "OWNS", "verity-coatings")],
        [("ashby-paints", "OWNS", "verity-coatings")],
    ),
]

# Funding: loans, credit, bonds, grants, subsidies, bailouts, injections, rounds, backers.
FUNDED: list[Case] = [
    (  # shipping: "lent $50m to"
        "Bramwell Bank lent $50m to Corrin Shipping to buy two bulk carriers from Hyundai Mipo.",
        [("bramwell-bank", "FUNDS", "corrin-shipping")],
        [("bramwell-bank", "FUNDS", "hyundai-mipo")],
    ),
    (  # shipping: "secured a credit line from"
        "Corrin Shipping secured a $200m credit line from Halsey Bank. Chief executive Ian Moss "
        "said talks with Ardent Leasing had ended.",
        [("halsey-bank", "FUNDS", "corrin-shipping")],
        [("ardent-leasing", "FUNDS", "corrin-shipping")],
    ),
    (  # farming: a grant from a public body
        "Innovate UK awarded a £2m grant to Pennard Farms to build a biogas plant in Devon. The "
        "farm sells gas to Exmoor Energy.",
        [("innovate-uk", "FUNDS", "pennard-farms")],
        [("exmoor-energy", "FUNDS", "pennard-farms")],
    ),
    (  # energy: "received a subsidy from"
        "Sunfield Solar received a $30m subsidy from the Nevada Energy Office, and it buys "
        "panels from Longi Modules.",
        [("nevada-energy-office", "FUNDS", "sunfield-solar")],
        [("sunfield-solar", "FUNDS", "longi-modules")],
    ),
    (  # airlines: "was bailed out by"
        "Lusa Air was bailed out by Fundo Atlantico in 2020. The carrier competes with Brisa "
        "Airways.",
        [("fundo-atlantico", "FUNDS", "lusa-air")],
        [("brisa-airways", "FUNDS", "lusa-air")],
    ),
    (  # telecoms: "injected $80m into its subsidiary"
        "Orla Holdings injected $80m into Tresco Telecom, its struggling subsidiary, after "
        "Vantor Bank refused a loan.",
        [("orla-holdings", "FUNDS", "tresco-telecom"), ("orla-holdings", "OWNS", "tresco-telecom")],
        [("vantor-bank", "FUNDS", "tresco-telecom")],
    ),
    (  # mining: "a rights issue backed by its largest shareholder"
        "Pendle Mining's $300m rights issue was backed by its largest shareholder, Ulverston "
        "Capital. Broker Hargreaves Lane arranged the sale.",
        [("ulverston-capital", "FUNDS", "pendle-mining")],
        [("hargreaves-lane", "FUNDS", "pendle-mining")],
    ),
    (  # restaurants: "has pumped $120m into"
        "Greystone Partners has pumped $120m into Cobalt Kitchens since 2019. Cobalt rents "
        "sites from Landmark Estates.",
        [("greystone-partners", "FUNDS", "cobalt-kitchens")],
        [("landmark-estates", "FUNDS", "cobalt-kitchens")],
    ),
    (  # sport: "was bankrolled by"
        "Westhaven Rovers was bankrolled by Saxby Holdings for a decade before the club was "
        "sold. Its stadium is named after Kinloss Bank.",
        [("saxby-holdings", "FUNDS", "westhaven-rovers")],
        [("kinloss-bank", "FUNDS", "westhaven-rovers")],
    ),
    (  # robotics: "with funding from"
        "Ardent Robotics built its first warehouse robot with funding from Sable Ventures. It "
        "now sells robots to Dorran Logistics.",
        [("sable-ventures", "FUNDS", "ardent-robotics")],
        [("dorran-logistics", "FUNDS", "ardent-robotics")],
    ),
    (  # food: "the round was led by", "with participation from"
        "Pellucid Foods raised $40m in a Series B. The round was led by Orchard Capital, with "
        "participation from Delane Ventures. Pellucid competes with Nutrigo.",
        [
            ("orchard-capital", "FUNDS", "pellucid-foods"),
            ("delane-ventures", "FUNDS", "pellucid-foods"),
        ],
        [("nutrigo", "FUNDS", "pellucid-foods")],
    ),
    (  # biotech: "co-led by"
        "Tern Bio's $60m Series A was co-led by Hollis Ventures and Marsh Capital. Tern licenses "
        "its antibody from Calder University.",
        [("hollis-ventures", "FUNDS", "tern-bio"), ("marsh-capital", "FUNDS", "tern-bio")],
        [("calder-university", "FUNDS", "tern-bio")],
    ),
    (  # farming: "existing investors ... also participated"
        "Kelvin Farms raised $18m to expand in Kenya. Existing investors Granite Peak and Oakmoor "
        "Partners also participated in the round.",
        [("granite-peak", "FUNDS", "kelvin-farms"), ("oakmoor-partners", "FUNDS", "kelvin-farms")],
        [],
    ),
    (  # shipping: "counts X among its backers"
        "Lodestar Shipping counts Halberd Capital among its backers. It leases ships to Maersk "
        "Tankers.",
        [("halberd-capital", "FUNDS", "lodestar-shipping")],
        [("lodestar-shipping", "FUNDS", "maersk-tankers")],
    ),
    (  # retail: "X-backed Y"
        "Vantage Partners-backed Corvo Retail opened 30 stores in Poland, said Marta Nowak, its "
        "chief executive.",
        [("vantage-partners", "FUNDS", "corvo-retail")],
        [],
    ),
    (  # agriculture: a development bank "lent ... to"
        "The European Bank for Reconstruction and Development lent €75m to Karpat Agro, a "
        "Romanian grain trader that sells to Bunge.",
        [("european-bank-for-reconstruction-and-development", "FUNDS", "karpat-agro")],
        [("bunge", "FUNDS", "karpat-agro")],
    ),
    (  # health: "whose investors include A and B"
        "Quorra Health, whose investors include Bellamy Capital and the Stroud Foundation, "
        "opened a clinic in Bristol with Avonside Hospital.",
        [
            ("bellamy-capital", "FUNDS", "quorra-health"),
            ("stroud-foundation", "FUNDS", "quorra-health"),
        ],
        [("avonside-hospital", "FUNDS", "quorra-health")],
    ),
    (  # mining: "raised $25m from A and B"
        "Mintaka Mining raised $25m from Cassius Resources and Orford Capital to drill in "
        "Chile, said chairman Pablo Reyes.",
        [
            ("cassius-resources", "FUNDS", "mintaka-mining"),
            ("orford-capital", "FUNDS", "mintaka-mining"),
        ],
        [],
    ),
    (  # seafood: "invested $15m in"
        "Fairlie Partners invested $15m in Tamar Seafoods in 2022. Tamar supplies Waitrose and "
        "Cornish Catch.",
        [("fairlie-partners", "FUNDS", "tamar-seafoods")],
        [("fairlie-partners", "FUNDS", "cornish-catch")],
    ),
    (  # bakery: "backed X with $8m"
        "Hightown Capital backed Bexhill Bakeries with $8m last year. Bexhill buys flour from "
        "Allinson Mills.",
        [("hightown-capital", "FUNDS", "bexhill-bakeries")],
        [("allinson-mills", "FUNDS", "bexhill-bakeries")],
    ),
    (  # water: bonds bought are funding, not ownership
        "Ashgrove Pension Fund bought $100m of bonds issued by Kestrel Water. The utility serves "
        "Norwich and competes with Anglian Flow.",
        [("ashgrove-pension-fund", "FUNDS", "kestrel-water")],
        [("ashgrove-pension-fund", "OWNS", "kestrel-water")],
    ),
    (  # energy: joint-venture partners fund the venture's project
        "Corran Energy and Tavish Oil will each fund half of the Skerry LNG Project in "
        "Shetland. Drilling contractor Brodie Rigs will start work in May.",
        [
            ("corran-energy", "FUNDS", "skerry-lng-project"),
            ("tavish-oil", "FUNDS", "skerry-lng-project"),
        ],
        [("brodie-rigs", "FUNDS", "skerry-lng-project")],
    ),
    (  # airlines: "has provided a loan to", then "the airline"
        "Palmyra Bank has provided a $75m loan to Huxley Airlines. The airline will lease four "
        "jets from Aercap Nordic.",
        [("palmyra-bank", "FUNDS", "huxley-airlines")],
        [("huxley-airlines", "FUNDS", "aercap-nordic")],
    ),
    (  # mining: "secured $300m of financing from"
        "Olwen Mining secured $300m of financing from Cardew Bank for its copper mine in Chile. "
        "The mine will sell ore to Jiangxi Smelting.",
        [("cardew-bank", "FUNDS", "olwen-mining")],
        [("jiangxi-smelting", "FUNDS", "olwen-mining")],
    ),
    (  # textiles: "received funding from" a development bank
        "Ebbw Textiles received funding from the Development Bank of Wales to reopen a mill in "
        "Blaenau. The firm makes blankets for Harlow Stores.",
        [("development-bank-of-wales", "FUNDS", "ebbw-textiles")],
        [("harlow-stores", "FUNDS", "ebbw-textiles")],
    ),
    (  # games: "raised $12m from investors including"
        "Thornbury Games said it had raised $12m from investors including Copperline Ventures "
        "and Hale Street Capital. It publishes on consoles made by Sonova.",
        [
            ("copperline-ventures", "FUNDS", "thornbury-games"),
            ("hale-street-capital", "FUNDS", "thornbury-games"),
        ],
        [("sonova", "FUNDS", "thornbury-games")],
    ),
    (  # airlines: a minority stake bought is funding
        "Meridian Sovereign Fund bought a 10% stake in Osric Airlines for $200m. Osric flies to "
        "Doha and competes with Qatar Airways.",
        [("meridian-sovereign-fund", "FUNDS", "osric-airlines")],
        [("qatar-airways", "FUNDS", "osric-airlines")],
    ),
    (  # mining: "took a 15% stake in"
        "Garnet Holdings took a 15% stake in Brae Mining, the Perth explorer said. Brae sells "
        "nickel to Vale Base Metals.",
        [("garnet-holdings", "FUNDS", "brae-mining")],
        [("vale-base-metals", "FUNDS", "brae-mining")],
    ),
    (  # hotels: "refinanced ... debt"
        "Wexford Bank refinanced Lisle Hotels' $90m debt, chief executive Ciara Dunne said. "
        "Lisle had been in talks with Oriel Capital.",
        [("wexford-bank", "FUNDS", "lisle-hotels")],
        [("oriel-capital", "FUNDS", "lisle-hotels")],
    ),
    (  # robotics: an appositive "backed by"
        "Cinder Robotics, backed by Avalon Ventures, makes warehouse robots for Penrose Retail.",
        [("avalon-ventures", "FUNDS", "cinder-robotics")],
        [("penrose-retail", "FUNDS", "cinder-robotics")],
    ),
    (  # biotech: passive "is funded by"
        "Petra Biotech is funded by the Wellbury Trust and works with Lister Hospital on a "
        "malaria vaccine.",
        [("wellbury-trust", "FUNDS", "petra-biotech")],
        [("lister-hospital", "FUNDS", "petra-biotech")],
    ),
    (  # fishing: "with backing from"
        "Harrow Bay Fishing bought two trawlers with backing from Fjord Capital. It sells its "
        "catch to Marlin Foods.",
        [("fjord-capital", "FUNDS", "harrow-bay-fishing")],
        [("marlin-foods", "FUNDS", "harrow-bay-fishing")],
    ),
    (  # food: a round led by a person
        "Sunrise Dairy raised $10m in a round led by former Nestle executive Maria Holt. The "
        "dairy sells yoghurt to Asda.",
        [("maria-holt", "FUNDS", "sunrise-dairy")],
        [],
    ),
    (  # construction: "financed by" after a pronoun subject
        "Ribble Homes plans 400 houses in Preston. They will be financed by Dunmore Bank, the "
        "builder said, not by Clitheroe Savings.",
        [("dunmore-bank", "FUNDS", "ribble-homes")],
        [("clitheroe-savings", "FUNDS", "ribble-homes")],
    ),
    (  # public body: "the state-owned bank ... extended a loan"
        "KfW extended a €40m loan to Bremer Wind to build turbines in Hamburg, where the company "
        "competes with Nordex Blades.",
        [("kfw", "FUNDS", "bremer-wind")],
        [("nordex-blades", "FUNDS", "bremer-wind")],
    ),
    (  # media: "financing from" with "the broadcaster" after
        "Crane Pictures won $25m in financing from Lumen Studios for three films. The studio "
        "will distribute them through Vireo TV.",
        [("lumen-studios", "FUNDS", "crane-pictures")],
        [("vireo-tv", "FUNDS", "crane-pictures")],
    ),
]

# Near misses: intent, talks, rumours, negation, denials, divesting, customers, services, prices.
GUARDS: list[Case] = [
    (  # talks to buy
        "Morland Foods is in talks to buy Gilchrist Dairy, people familiar with the matter said. "
        "Gilchrist supplies Heron Stores.",
        [],
        [("morland-foods", "OWNS", "gilchrist-dairy")],
    ),
    (  # rumour
        "Quarry operator Stanway Stone is rumoured to be considering a bid for Elton Gravel, a "
        "supplier to Kier Roads.",
        [],
        [("stanway-stone", "OWNS", "elton-gravel")],
    ),
    (  # abandoned deal
        "Lydgate Pharma walked away from talks to buy Corin Biotech after Corin's trial failed, "
        "Lydgate said.",
        [],
        [("lydgate-pharma", "OWNS", "corin-biotech")],
    ),
    (  # negation
        "Sedley Airways never owned Pinto Air, its spokesman Mark Rudd said, despite reports by "
        "Aviation Daily.",
        [],
        [("sedley-airways", "OWNS", "pinto-air")],
    ),
    (  # divesting is neither ownership nor funding
        "Hawes Capital sold its shares in Trent Brewing for $60m. Hawes now backs Ouse Cider.",
        [],
        [("hawes-capital", "OWNS", "trent-brewing"), ("hawes-capital", "FUNDS", "trent-brewing")],
    ),
    (  # a customer buying goods
        "Brocklehurst Steel buys iron ore from Kaval Mining and coal from Eskdale Coal.",
        [],
        [
            ("brocklehurst-steel", "OWNS", "kaval-mining"),
            ("brocklehurst-steel", "FUNDS", "kaval-mining"),
        ],
    ),
    (  # paid for services
        "Fenn Logistics paid Arbor Consulting $2m for IT services last year, filings show.",
        [],
        [("fenn-logistics", "FUNDS", "arbor-consulting")],
    ),
    (  # paid for goods
        "Halcyon Airways paid Boreal Aircraft $400m for six jets. Boreal also sells to Sky "
        "Harbour.",
        [],
        [("halcyon-airways", "FUNDS", "boreal-aircraft")],
    ),
    (  # raised prices
        "Tamberlane Foods raised prices by 5% after Bellwood Grain charged more for wheat.",
        [],
        [("bellwood-grain", "FUNDS", "tamberlane-foods")],
    ),
    (  # intent to invest
        "Larchmont Capital is considering investing in Vireo Pharma, according to Reuters. "
        "Vireo declined to comment.",
        [],
        [("larchmont-capital", "FUNDS", "vireo-pharma")],
    ),
    (  # negated investment
        "Kinross Ventures did not invest in Pallas Games, a spokeswoman for Kinross said.",
        [],
        [("kinross-ventures", "FUNDS", "pallas-games")],
    ),
    (  # denial of a loan
        "Ormond Bank denied that it had lent money to Fabian Property, which is being "
        "investigated in Dublin.",
        [],
        [("ormond-bank", "FUNDS", "fabian-property")],
    ),
    (  # valuation by an investor is not a second investor
        "The round valued Sisken Robotics at $1bn, according to PitchBook. Nightfall Capital led "
        "it.",
        [("nightfall-capital", "FUNDS", "sisken-robotics")],
        [("pitchbook", "FUNDS", "sisken-robotics")],
    ),
    (  # a lender's customer is not its owner
        "Harwick Bank lends to farmers across Iowa, including Pruitt Cattle and Daley Grain.",
        [],
        [("harwick-bank", "OWNS", "pruitt-cattle")],
    ),
    (  # selling a unit: the seller no longer owns it
        "Marrick Foods sold Ashby Snacks to Crown Brands. Marrick kept its Thornton Chocolate "
        "business.",
        [("crown-brands", "OWNS", "ashby-snacks")],
        [("ashby-snacks", "OWNS", "crown-brands"), ("crown-brands", "OWNS", "thornton-chocolate")],
    ),
    (  # a bid rejected
        "Dalby Mining rejected a $3bn takeover offer from Kestrel Resources on Monday.",
        [],
        [("kestrel-resources", "OWNS", "dalby-mining")],
    ),
    (  # "could buy" question
        "Could Tolland Media simply buy Baxter Radio? Analysts at Rowe Partners think so.",
        [],
        [("tolland-media", "OWNS", "baxter-radio")],
    ),
]

# Harder shapes: nominalizations, inserted clauses, owners named by description, references.
ACQUIRED_MORE: list[Case] = [
    (  # retail: "X, which was bought by Y in 2017 for $40m,"
        "Corby Outdoor, which was bought by Tallis Retail in 2017 for $40m, will close its "
        "warehouse in Derby, said Nina Shaw of Rowan Analytics.",
        [("tallis-retail", "OWNS", "corby-outdoor")],
        [("rowan-analytics", "OWNS", "corby-outdoor")],
    ),
    (  # drinks: "Y, whose brands include X,"
        "Bellhaven Drinks, whose brands include Kelpie Gin, outbid Marlow Spirits for the "
        "distillery on Islay.",
        [("bellhaven-drinks", "OWNS", "kelpie-gin")],
        [("marlow-spirits", "OWNS", "kelpie-gin")],
    ),
    (  # mining: "paid $2bn for X"
        "Osgood Resources paid $2bn for Brackley Mining in 2019. The company later sold coal to "
        "Trent Power.",
        [("osgood-resources", "OWNS", "brackley-mining")],
        [("osgood-resources", "OWNS", "trent-power")],
    ),
    (  # telecoms: "the deal gives Y control of X"
        "Frith Mobile will pay $900m for the stake, a deal that gives it control of Skye "
        "Broadband, the Scottish operator said. Rival Vantel Networks had also bid.",
        [("frith-mobile", "OWNS", "skye-broadband")],
        [("vantel-networks", "OWNS", "skye-broadband")],
    ),
    (  # hotels: "X's new owner, Y,"
        "Marisco Hotels' new owner, Algarve Leisure, plans to refurbish all 12 properties, "
        "Algarve's chairman Rui Costa told Expresso.",
        [("algarve-leisure", "OWNS", "marisco-hotels")],
        [],
    ),
    (  # food: "Following its acquisition by Y, X ..."
        "Following its acquisition by Kerrigan Foods, Ballymena Meats cut 200 jobs. The unions "
        "blamed Kerrigan and its lender, Ulster Savings.",
        [("kerrigan-foods", "OWNS", "ballymena-meats")],
        [("ulster-savings", "OWNS", "ballymena-meats")],
    ),
    (  # pharma: "Y's purchase of X from Z"
        "Aldous Pharma's purchase of Cirrus Vaccines from Beltane Capital was completed on "
        "Friday. Beltane had owned Cirrus since 2012.",
        [("aldous-pharma", "OWNS", "cirrus-vaccines")],
        [("cirrus-vaccines", "OWNS", "aldous-pharma")],
    ),
    (  # retail: "was taken private by"
        "Hollins Market was taken private by Brightline Equity in a $1.4bn deal advised by Lazard.",
        [("brightline-equity", "OWNS", "hollins-market")],
        [("lazard", "OWNS", "hollins-market")],
    ),
    (  # utilities: "increased its stake in X to 65%"
        "Tessaly Power increased its stake in Kora Hydro to 65%, buying shares from Pelham Energy.",
        [("tessaly-power", "OWNS", "kora-hydro")],
        [("pelham-energy", "OWNS", "kora-hydro")],
    ),
    (  # logistics: "Y and its subsidiary X"
        "Brisk Logistics and its subsidiary Tovey Freight were fined by the Road Haulage "
        "Authority.",
        [("brisk-logistics", "OWNS", "tovey-freight")],
        [("road-haulage-authority", "OWNS", "tovey-freight")],
    ),
    (  # chain: "Y bought X, the maker of Z"
        "Voss Brands bought Marden Sports, the maker of Strider running shoes, from its "
        "founder, Carl Marden.",
        [("voss-brands", "OWNS", "marden-sports"), ("marden-sports", "OWNS", "strider")],
        [],
    ),
    (  # insurance: "has owned X since"
        "Cathcart Financial has owned Ravel Insurance since 2008. The insurer sells policies "
        "through Dunlin Brokers.",
        [("cathcart-financial", "OWNS", "ravel-insurance")],
        [("cathcart-financial", "OWNS", "dunlin-brokers")],
    ),
    (  # media: "X, a division of Y,"
        "Larkspur TV, a division of Kelso Media, won the rights to the Scottish league, beating "
        "Pitchside Sports.",
        [("kelso-media", "OWNS", "larkspur-tv")],
        [("kelso-media", "OWNS", "pitchside-sports")],
    ),
    (  # airlines: "X, a Y subsidiary,"
        "Wren Airways, a Talbot Air subsidiary, leases its planes from Solent Aviation Capital.",
        [("talbot-air", "OWNS", "wren-airways")],
        [("talbot-air", "OWNS", "solent-aviation-capital")],
    ),
    (  # construction: "the owner of X" appositive after the owner
        "Ferro Group, the owner of Lindqvist Aggregates, won a contract from Trafikverket.",
        [("ferro-group", "OWNS", "lindqvist-aggregates")],
        [("trafikverket", "OWNS", "lindqvist-aggregates")],
    ),
    (  # guard: "Y acquired X's rival Z"
        "Halden Industries acquired Granby Steel's rival Corrie Metals for $120m.",
        [("halden-industries", "OWNS", "corrie-metals")],
        [("halden-industries", "OWNS", "granby-steel")],
    ),
    (  # guard: "X, which Y sold in 2015,"
        "Pinto Air, which Sedley Airways sold in 2015, now flies for Coastal Charter.",
        [],
        [("sedley-airways", "OWNS", "pinto-air")],
    ),
    (  # guard: "Y's offer for X" was rejected
        "Dalby Mining's board said Kestrel Resources' offer for the company undervalued it. "
        "Dalby is advised by Rothwell Partners.",
        [],
        [("kestrel-resources", "OWNS", "dalby-mining")],
    ),
    (  # sale agreed: "agreed to sell X to Z"
        "Marrick Foods agreed to sell Ashby Snacks to Crown Brands, which also owns Tilly Crisps.",
        [("crown-brands", "OWNS", "ashby-snacks"), ("crown-brands", "OWNS", "tilly-crisps")],
        [("marrick-foods", "OWNS", "crown-brands")],
    ),
]

FUNDED_MORE: list[Case] = [
    (  # energy: "provided $40m in debt financing to"
        "Greenfield Bank provided $40m in debt financing to Sunfield Solar, which is building a "
        "plant in Nevada with panels from Longi Modules.",
        [("greenfield-bank", "FUNDS", "sunfield-solar")],
        [("greenfield-bank", "FUNDS", "longi-modules")],
    ),
    (  # biotech: "Y's $50m investment in X"
        "Haldane Ventures' $50m investment in Tern Bio is its largest, partner Rosa Klein said. "
        "Tern competes with Ambrose Therapeutics.",
        [("haldane-ventures", "FUNDS", "tern-bio")],
        [("haldane-ventures", "FUNDS", "ambrose-therapeutics")],
    ),
    (  # shipping: "has received $20m from"
        "Lodestar Shipping has received $20m from Halberd Capital, the Oslo firm said. It "
        "charters ships to Equinor.",
        [("halberd-capital", "FUNDS", "lodestar-shipping")],
        [("lodestar-shipping", "FUNDS", "equinor")],
    ),
    (  # fintech: "an early investor in X" appositive
        "Parcel Pay's chief executive Omar Said thanked Dovecote Capital, an early investor in "
        "the startup, and its bank, Lindley Trust.",
        [("dovecote-capital", "FUNDS", "parcel-pay")],
        [],
    ),
    (  # farming: "borrowed $50m from"
        "Kelvin Farms borrowed $50m from Rabo Agri to buy land in Kenya, where it competes with "
        "Sotik Tea.",
        [("rabo-agri", "FUNDS", "kelvin-farms")],
        [("sotik-tea", "FUNDS", "kelvin-farms")],
    ),
    (  # hotels: "took out a loan with"
        "Lisle Hotels took out a $90m loan with Wexford Bank last year. The hotel group is "
        "advised by Corran Advisory.",
        [("wexford-bank", "FUNDS", "lisle-hotels")],
        [("corran-advisory", "FUNDS", "lisle-hotels")],
    ),
    (  # construction: "its lenders, including A and B,"
        "Ribble Homes' lenders, including Dunmore Bank and Clitheroe Savings, agreed to extend "
        "its loans. The builder competes with Belway Homes.",
        [
            ("dunmore-bank", "FUNDS", "ribble-homes"),
            ("clitheroe-savings", "FUNDS", "ribble-homes"),
        ],
        [("belway-homes", "FUNDS", "ribble-homes")],
    ),
    (  # games: "is an investor in"
        "Copperline Ventures is an investor in Thornbury Games and in Pallas Studios, said "
        "Copperline partner Jo Hale.",
        [
            ("copperline-ventures", "FUNDS", "thornbury-games"),
            ("copperline-ventures", "FUNDS", "pallas-studios"),
        ],
        [],
    ),
    (  # restaurants: "put $30m into"
        "Greystone Partners put $30m into Cobalt Kitchens in 2021 and later hired Lowe Advisory "
        "to sell its shares.",
        [("greystone-partners", "FUNDS", "cobalt-kitchens")],
        [("greystone-partners", "FUNDS", "lowe-advisory")],
    ),
    (  # autos: "will invest $1bn in X's plant"
        "Tarrant Motors will invest $1bn in Kessel Batteries' plant in Ohio. Kessel also "
        "supplies Redline Trucks.",
        [("tarrant-motors", "FUNDS", "kessel-batteries")],
        [("redline-trucks", "FUNDS", "kessel-batteries")],
    ),
    (  # steel: "committed $200m to"
        "The Norsk Climate Fund committed $200m to Hydra Steel for a hydrogen furnace, the "
        "company said on Tuesday.",
        [("norsk-climate-fund", "FUNDS", "hydra-steel")],
        [],
    ),
    (  # retail: "poured $70m into" with a pronoun subject
        "Brightline Equity bought Hollins Market in 2018. It has since poured $70m into the "
        "chain, said Alex Moore of Kepler Research.",
        [
            ("brightline-equity", "OWNS", "hollins-market"),
            ("brightline-equity", "FUNDS", "hollins-market"),
        ],
        [("kepler-research", "FUNDS", "hollins-market")],
    ),
    (  # health: "got a $5m grant from"
        "Quorra Health got a $5m grant from the Wellbury Trust to test its scanner at Avonside "
        "Hospital.",
        [("wellbury-trust", "FUNDS", "quorra-health")],
        [("avonside-hospital", "FUNDS", "quorra-health")],
    ),
    (  # food: "led X's $30m round"
        "Orchard Capital led Pellucid Foods' $30m round, and Delane Ventures joined it. "
        "Pellucid sells to Whole Earth Stores.",
        [
            ("orchard-capital", "FUNDS", "pellucid-foods"),
            ("delane-ventures", "FUNDS", "pellucid-foods"),
        ],
        [("whole-earth-stores", "FUNDS", "pellucid-foods")],
    ),
    (  # robotics: "Investors in the round included A and B."
        "Cinder Robotics raised $22m on Monday. Investors in the round included Avalon Ventures "
        "and Pike Street Capital. Cinder sells to Penrose Retail.",
        [
            ("avalon-ventures", "FUNDS", "cinder-robotics"),
            ("pike-street-capital", "FUNDS", "cinder-robotics"),
        ],
        [("penrose-retail", "FUNDS", "cinder-robotics")],
    ),
    (  # mining: "The funding came from A and B."
        "Mintaka Mining will drill three holes in Atacama this year. The funding came from "
        "Cassius Resources and Orford Capital, chairman Pablo Reyes said.",
        [
            ("cassius-resources", "FUNDS", "mintaka-mining"),
            ("orford-capital", "FUNDS", "mintaka-mining"),
        ],
        [],
    ),
    (  # shipping: "financed by a consortium of banks led by"
        "Corrin Shipping's new fleet is financed by a consortium of banks led by Halsey Bank. "
        "The ships will carry grain for Cargill Ocean.",
        [("halsey-bank", "FUNDS", "corrin-shipping")],
        [("cargill-ocean", "FUNDS", "corrin-shipping")],
    ),
    (  # airlines: "agreed to lend X $90m"
        "Palmyra Bank agreed to lend Huxley Airlines $90m, the carrier said. Huxley flies to "
        "Nice and competes with Azur Jet.",
        [("palmyra-bank", "FUNDS", "huxley-airlines")],
        [("azur-jet", "FUNDS", "huxley-airlines")],
    ),
    (  # shipping: "extended X a credit facility"
        "Halsey Bank extended Corrin Shipping a $200m credit facility. Corrin also leases "
        "vessels from Ardent Leasing.",
        [("halsey-bank", "FUNDS", "corrin-shipping")],
        [("ardent-leasing", "FUNDS", "corrin-shipping")],
    ),
    (  # mining: "obtained a loan from a group of lenders including"
        "Olwen Mining obtained a $300m loan from a group of lenders including Cardew Bank and "
        "Santos Credit. The miner sells copper to Jiangxi Smelting.",
        [("cardew-bank", "FUNDS", "olwen-mining"), ("santos-credit", "FUNDS", "olwen-mining")],
        [("jiangxi-smelting", "FUNDS", "olwen-mining")],
    ),
    (  # guard: an investor in X's rival
        "Hightown Capital is an investor in Paxton Bakeries, a rival of Bexhill Bakeries.",
        [("hightown-capital", "FUNDS", "paxton-bakeries")],
        [("hightown-capital", "FUNDS", "bexhill-bakeries")],
    ),
    (  # guard: raising money by selling a unit
        "Granby Steel raised $300m by selling Wexcombe Wire to Halden Industries.",
        [("halden-industries", "OWNS", "wexcombe-wire")],
        [("halden-industries", "FUNDS", "granby-steel")],
    ),
    (  # guard: a fine is not funding
        "Grayling Water was fined £3m by Ofwat, which regulates the utility.",
        [],
        [("grayling-water", "FUNDS", "ofwat")],
    ),
    (  # guard: dividends paid to an owner are not funding
        "Solent Terminals paid a $20m dividend to Arkwright Ports, its majority owner.",
        [("arkwright-ports", "OWNS", "solent-terminals")],
        [("solent-terminals", "FUNDS", "arkwright-ports")],
    ),
    (  # guard: "may invest"
        "Norsk Climate Fund may invest in Hydra Steel next year, a person close to the fund said.",
        [],
        [("norsk-climate-fund", "FUNDS", "hydra-steel")],
    ),
]

# "The <name>" (an article outside the name) before an irregular past: a verb, not a noun head.
THE_NAMES: list[Case] = [
    (  # development bank lends
        "The Development Bank of Wales lent £5m to Ebbw Textiles, which makes blankets for "
        "Harlow Stores.",
        [("development-bank-of-wales", "FUNDS", "ebbw-textiles")],
        [("harlow-stores", "FUNDS", "ebbw-textiles")],
    ),
    (  # ports: a public body buys a tug operator
        "The Port of Tyne bought Wallsend Tugs in 2020, beating an offer from Svitzer Marine.",
        [("port-of-tyne", "OWNS", "wallsend-tugs")],
        [("svitzer-marine", "OWNS", "wallsend-tugs")],
    ),
    (  # banking: "paid $Nm for"
        "The Bank of Tamworth paid $90m for Pollard Savings, said its chairman, Joan Reyes.",
        [("bank-of-tamworth", "OWNS", "pollard-savings")],
        [],
    ),
    (  # robotics: a round led by a state bank
        "The National Bank of Arcadia led a $20m round in Olympia Robotics, which sells arms to "
        "Kestrel Motors.",
        [("national-bank-of-arcadia", "FUNDS", "olympia-robotics")],
        [("kestrel-motors", "FUNDS", "olympia-robotics")],
    ),
    (  # guard: "the <name> put option" is a noun phrase, no purchase
        "The Osgood Resources put option on Brackley Mining expires in May.",
        [],
        [("osgood-resources", "OWNS", "brackley-mining")],
    ),
]

# Verbs of rescue, refinancing, absorption and credit extended.
MORE_VERBS: list[Case] = [
    (  # shipping: an active "bailed out"
        "Tamasek Reserve bailed out Orient Shipping in 2016, two years after it lent money to "
        "Pasir Ports.",
        [("tamasek-reserve", "FUNDS", "orient-shipping")],
        [("orient-shipping", "FUNDS", "tamasek-reserve")],
    ),
    (  # dairy: "merged into" active
        "Kelmar Dairy merged into Nordmilk last year, and its former owner, Ivar Lund, joined "
        "the board of Skane Feeds.",
        [("nordmilk", "OWNS", "kelmar-dairy")],
        [("kelmar-dairy", "OWNS", "nordmilk")],
    ),
    (  # guard: "merged with" names no owner
        "Carden Homes merged with Belway Homes in 2021 to form Castle Living.",
        [],
        [("carden-homes", "OWNS", "belway-homes"), ("belway-homes", "OWNS", "carden-homes")],
    ),
    (  # hotels: the borrower refinanced "with" two lenders
        "Lisle Hotels refinanced its $90m loan with Wexford Bank and Oriel Capital last year, "
        "said Ciara Dunne, its finance chief.",
        [("wexford-bank", "FUNDS", "lisle-hotels"), ("oriel-capital", "FUNDS", "lisle-hotels")],
        [("lisle-hotels", "FUNDS", "wexford-bank")],
    ),
    (  # guard: refinanced with a bond sale arranged by an adviser
        "Brodie Mills refinanced its debt with a bond issue arranged by Corran Advisory.",
        [],
        [("corran-advisory", "FUNDS", "brodie-mills")],
    ),
    (  # mining: "extended X a facility"
        "Cardew Bank extended Olwen Mining a $300m revolving facility, the Santiago miner said.",
        [("cardew-bank", "FUNDS", "olwen-mining")],
        [],
    ),
    (  # guard: an extended contract is no credit
        "Halsey Bank extended Corrin Shipping's contract for two years.",
        [],
        [("halsey-bank", "FUNDS", "corrin-shipping")],
    ),
]

# Funders listed under a possessed funding noun: "Y's lenders, including A", "A is one of Y's
# backers", "A and B are among Y's creditors".
POSSESSED_FUNDERS: list[Case] = [
    (  # farming: "one of Y's lenders"
        "Rabo Agri is one of Kelvin Farms' lenders, and it also advises Sotik Tea on exports.",
        [("rabo-agri", "FUNDS", "kelvin-farms")],
        [("rabo-agri", "FUNDS", "sotik-tea")],
    ),
    (  # retail: "are among Y's creditors"
        "Halsey Bank and Mercia Savings are among Pennant Stores' creditors, according to court "
        "papers filed in Leeds by Ashdown Retail.",
        [("halsey-bank", "FUNDS", "pennant-stores"), ("mercia-savings", "FUNDS", "pennant-stores")],
        [("ashdown-retail", "FUNDS", "pennant-stores")],
    ),
    (  # airlines: "Y's creditors, led by A,"
        "Huxley Airlines' creditors, led by Palmyra Bank, rejected the rescue plan drawn up by "
        "Corran Advisory.",
        [("palmyra-bank", "FUNDS", "huxley-airlines")],
        [("corran-advisory", "FUNDS", "huxley-airlines")],
    ),
    (  # media: "Y's investors, such as A and B,"
        "Vireo TV's investors, such as Lumen Studios and Pike Street Capital, lost money when "
        "the channel closed.",
        [
            ("lumen-studios", "FUNDS", "vireo-tv"),
            ("pike-street-capital", "FUNDS", "vireo-tv"),
        ],
        [],
    ),
    (  # guard: "its" read as one of the listed creditors gives nothing wrong
        "Pennant Stores closed 40 shops. Halsey Bank and Mercia Savings are among its creditors.",
        [],
        [("mercia-savings", "FUNDS", "halsey-bank"), ("halsey-bank", "FUNDS", "mercia-savings")],
    ),
    (  # guard: customers listed are no funders
        "Lisle Hotels' customers, including Wexford Bank and Oriel Capital, complained about "
        "the service.",
        [],
        [("wexford-bank", "FUNDS", "lisle-hotels"), ("oriel-capital", "FUNDS", "lisle-hotels")],
    ),
    (  # guard: "one of Y's suppliers"
        "Brodie Mills is one of Kestrel Homes' suppliers.",
        [],
        [("brodie-mills", "FUNDS", "kestrel-homes")],
    ),
]

# A possessed thing funded in the passive: the agent funds the possessor.
POSSESSED_PASSIVE: list[Case] = [
    (  # hotels: a refinanced debt, two agents
        "Lisle Hotels' $90m debt was refinanced by Wexford Bank and Oriel Capital in March, "
        "said Ciara Dunne of Corran Advisory.",
        [("wexford-bank", "FUNDS", "lisle-hotels"), ("oriel-capital", "FUNDS", "lisle-hotels")],
        [("corran-advisory", "FUNDS", "lisle-hotels")],
    ),
    (  # sport: "its new stadium will be financed by"
        "Westhaven Rovers unveiled plans for a 30,000-seat ground on Monday. Its new stadium "
        "will be financed by Saxby Holdings and Kinloss Bank.",
        [
            ("saxby-holdings", "FUNDS", "westhaven-rovers"),
            ("kinloss-bank", "FUNDS", "westhaven-rovers"),
        ],
        [],
    ),
    (  # food: a plant in a place, a grant from a fund
        "Kessel Foods' new plant in Ohio is being funded by a $40m grant from the Ohio "
        "Development Fund, the company said.",
        [("ohio-development-fund", "FUNDS", "kessel-foods")],
        [],
    ),
    (  # film: "will be bankrolled by"
        "Crane Pictures' next three films will be bankrolled by Lumen Studios, which also "
        "distributes titles for Vireo TV.",
        [("lumen-studios", "FUNDS", "crane-pictures")],
        [("lumen-studios", "FUNDS", "vireo-tv")],
    ),
    (  # guard: a named rival after the possessive is what is funded
        "Kessel Foods' rival Tamworth Dairy is funded by Orchard Capital.",
        [("orchard-capital", "FUNDS", "tamworth-dairy")],
        [("orchard-capital", "FUNDS", "kessel-foods")],
    ),
    (  # guard: negated
        "Lisle Hotels' expansion was not financed by Wexford Bank, the bank said.",
        [],
        [("wexford-bank", "FUNDS", "lisle-hotels")],
    ),
    (  # guard: a person's pay is no funding of the company
        "Lisle Hotels' chief executive was hired by Wexford Bank in 2019.",
        [],
        [("wexford-bank", "FUNDS", "lisle-hotels")],
    ),
]

# Credit and money given: "provided X with a $20m loan", "loaned $20m to X", "X agreed a loan
# with A", "led a Series B in X", "A is X's biggest creditor".
CREDIT: list[Case] = [
    (  # construction: "provided X with a loan"
        "Dunmore Bank provided Ribble Homes with a £40m loan to build 400 houses in Preston, "
        "where it competes with Belway Homes.",
        [("dunmore-bank", "FUNDS", "ribble-homes")],
        [("belway-homes", "FUNDS", "ribble-homes")],
    ),
    (  # steel: "agreed to provide X with $Nm"
        "Norsk Climate Fund agreed to provide Hydra Steel with $200m for a hydrogen furnace. "
        "Hydra buys ore from Kiruna Mines.",
        [("norsk-climate-fund", "FUNDS", "hydra-steel")],
        [("kiruna-mines", "FUNDS", "hydra-steel")],
    ),
    (  # guard: goods supplied, not money
        "Kiruna Mines supplies Hydra Steel with iron ore worth $200m a year.",
        [],
        [("kiruna-mines", "FUNDS", "hydra-steel")],
    ),
    (  # guard: a contract provided
        "Trafikverket provided Ferro Group with a $50m contract to repair bridges.",
        [],
        [("trafikverket", "FUNDS", "ferro-group")],
    ),
    (  # farming: "loaned $Nm to"
        "Rabo Agri loaned $50m to Kelvin Farms last year, and Sotik Tea bought its tea.",
        [("rabo-agri", "FUNDS", "kelvin-farms")],
        [("sotik-tea", "FUNDS", "kelvin-farms")],
    ),
    (  # biotech: "led a $20m Series B in"
        "Hollis Ventures led a $20m Series B in Tern Therapeutics, which licenses its antibody "
        "from Calder University.",
        [("hollis-ventures", "FUNDS", "tern-therapeutics")],
        [("hollis-ventures", "FUNDS", "calder-university")],
    ),
    (  # shipping: "agreed a loan with" two banks
        "Corrin Shipping agreed a $200m loan with Halsey Bank and Mercia Savings to buy four "
        "tankers from Hanmi Heavy Industries.",
        [
            ("halsey-bank", "FUNDS", "corrin-shipping"),
            ("mercia-savings", "FUNDS", "corrin-shipping"),
        ],
        [("corrin-shipping", "FUNDS", "hanmi-heavy-industries")],
    ),
    (  # retail: "A is Y's biggest creditor"
        "Halsey Bank is Pennant Stores' biggest creditor, court papers filed by Ashdown Retail "
        "show.",
        [("halsey-bank", "FUNDS", "pennant-stores")],
        [("ashdown-retail", "FUNDS", "pennant-stores")],
    ),
    (  # guard: a loan repaid to the lender does not fund the lender
        "Kessel Foods repaid a $20m loan to Orrin Bank in March.",
        [],
        [("kessel-foods", "FUNDS", "orrin-bank")],
    ),
]

# Equity and rescue money: new shares issued, bonds bought, money put up, rounds headed; and a
# speaker after a funded thing is no funded party.
EQUITY: list[Case] = [
    (  # mining: new shares issued to an investor
        "Brae Mining issued new shares to Garnet Holdings worth $30m, the Perth explorer said. "
        "It sells nickel to Vale Base Metals.",
        [("garnet-holdings", "FUNDS", "brae-mining")],
        [("vale-base-metals", "FUNDS", "brae-mining")],
    ),
    (  # pharma: shares placed with institutions
        "Aldous Pharma placed $80m of shares with Beltane Capital and Ostler Asset Management.",
        [
            ("beltane-capital", "FUNDS", "aldous-pharma"),
            ("ostler-asset-management", "FUNDS", "aldous-pharma"),
        ],
        [],
    ),
    (  # utilities: new shares bought in
        "Castlemere Infrastructure bought $50m of new shares in Grayson Water, the utility that "
        "serves Norwich.",
        [("castlemere-infrastructure", "FUNDS", "grayson-water")],
        [],
    ),
    (  # sport: "put up $Nm for"
        "Saxby Holdings put up $20m for Westhaven Rovers when the club ran out of cash, said "
        "Kinloss Bank.",
        [("saxby-holdings", "FUNDS", "westhaven-rovers")],
        [("kinloss-bank", "FUNDS", "westhaven-rovers")],
    ),
    (  # airlines: "rescued X with a $Nm injection"
        "Fundo Atlantico rescued Lusa Air with a $300m injection in 2020. Lusa competes with "
        "Brisa Airways.",
        [("fundo-atlantico", "FUNDS", "lusa-air")],
        [("brisa-airways", "FUNDS", "lusa-air")],
    ),
    (  # food: "a round headed by"
        "Pellucid Foods raised $40m in a round headed by Orchard Capital. It sells to Whole "
        "Earth Stores.",
        [("orchard-capital", "FUNDS", "pellucid-foods")],
        [("whole-earth-stores", "FUNDS", "pellucid-foods")],
    ),
    (  # guard: the speaker after a funded thing
        "Orrin Group invested $20m in the new stadium, Kessel Foods said on Monday.",
        [],
        [("orrin-group", "FUNDS", "kessel-foods")],
    ),
    (  # guard: the speaker after money put up for a thing
        "Saxby Holdings put up $20m for the new stand, Westhaven Council said.",
        [],
        [("saxby-holdings", "FUNDS", "westhaven-council")],
    ),
]

# Deals that are not done or are over: a hedge or intent before a sale, an exited investment.
NOT_DONE: list[Case] = [
    (  # retail: "could sell X to Y"
        "Orrin Group could sell Kessel Foods to Tamworth Dairy next year, analysts at Rowe "
        "Partners said.",
        [],
        [("tamworth-dairy", "OWNS", "kessel-foods")],
    ),
    (  # mining: "plans to sell X to Y"
        "Pelham Energy plans to sell Kora Hydro to Tessaly Power, its chairman told Reuters.",
        [],
        [("tessaly-power", "OWNS", "kora-hydro")],
    ),
    (  # true beside them: "agreed to sell X to Y"
        "Pelham Energy agreed to sell Kora Hydro to Tessaly Power on Friday.",
        [("tessaly-power", "OWNS", "kora-hydro")],
        [("pelham-energy", "OWNS", "tessaly-power")],
    ),
    (  # venture: "exited its investment in"
        "Fairlie Partners exited its investment in Cobalt Kitchens last year and now backs "
        "Marlow Bakes.",
        [],
        [("fairlie-partners", "FUNDS", "cobalt-kitchens")],
    ),
    (  # banking: "wrote off its stake in"
        "Dunmore Bank wrote off its stake in Pennant Stores after the chain collapsed.",
        [],
        [("dunmore-bank", "OWNS", "pennant-stores"), ("dunmore-bank", "FUNDS", "pennant-stores")],
    ),
]

# "X's (first, biggest, latest) acquisition, Y": a role noun; a compound after a role noun
# ("acquisition target", "brand manager") is none.
ACQUISITION_ROLE: list[Case] = [
    (  # food: "Y was X's first acquisition"
        "Ballymena Meats was Kerrigan Foods' first acquisition outside Ireland, and it still "
        "supplies Tesco Ireland.",
        [("kerrigan-foods", "OWNS", "ballymena-meats")],
        [("kerrigan-foods", "OWNS", "tesco-ireland")],
    ),
    (  # tech hardware: "X's biggest acquisition, Y,"
        "Osgood Resources' biggest acquisition, Brackley Mining, cut 200 jobs in Wales, said "
        "union leader Gwen Price.",
        [("osgood-resources", "OWNS", "brackley-mining")],
        [],
    ),
    (  # shipping: "Y, X's latest acquisition,"
        "Ostend Ferries, Calloway Lines' latest acquisition, will sail to Dover against Baltic "
        "Star.",
        [("calloway-lines", "OWNS", "ostend-ferries")],
        [("calloway-lines", "OWNS", "baltic-star")],
    ),
    (  # guard: "acquisition target"
        "Dalby Mining, Kestrel Resources' acquisition target, rejected a second bid.",
        [],
        [("kestrel-resources", "OWNS", "dalby-mining")],
    ),
    (  # guard: "brand manager" names a job, not a brand
        "Tara Webb, Orrin Media's brand manager, moved to Castle FM.",
        [],
        [("orrin-media", "OWNS", "tara-webb"), ("orrin-media", "OWNS", "castle-fm")],
    ),
]

# A money-raising thing backed: the backer funds the issuer.
ISSUES_BACKED: list[Case] = [
    (  # pharma: "share placing was supported by"
        "Aldous Pharma's $80m share placing was supported by Beltane Capital, the London "
        "drugmaker said. Aldous sells vaccines to the NHS.",
        [("beltane-capital", "FUNDS", "aldous-pharma")],
        [],
    ),
    (  # shipping: "capital increase was backed by" two holders
        "Calloway Lines' capital increase was backed by Fjord Capital and Ostend Holdings, "
        "which together own 40% of the ferry operator.",
        [
            ("fjord-capital", "FUNDS", "calloway-lines"),
            ("ostend-holdings", "FUNDS", "calloway-lines"),
        ],
        [],
    ),
    (  # guard: a sale of a plant backed by a holder is support, not money for the seller
        "Pendle Mining's sale of the smelter was backed by Ulverston Capital.",
        [],
        [("ulverston-capital", "FUNDS", "pendle-mining")],
    ),
    (  # guard: a plan backed
        "Pendle Mining's restructuring plan was backed by Ulverston Capital.",
        [],
        [("ulverston-capital", "FUNDS", "pendle-mining")],
    ),
]

# The round's leader after "with": "with B leading the round", "with B as the lead investor".
WITH_LEADER: list[Case] = [
    (  # fintech: "with B leading the round"
        "Parcel Pay has raised $30m, with Dovecote Capital leading the round, chief executive "
        "Omar Said told the Financial Times.",
        [("dovecote-capital", "FUNDS", "parcel-pay")],
        [],
    ),
    (  # agritech: "with B as the lead investor"
        "Kelvin Farms closed an $18m Series A in Nairobi, with Granite Peak as the lead investor.",
        [("granite-peak", "FUNDS", "kelvin-farms")],
        [],
    ),
    (  # media: "with B among the backers"
        "Vireo TV raised $12m, with Lumen Studios among the backers. It competes with Castle FM.",
        [("lumen-studios", "FUNDS", "vireo-tv")],
        [("castle-fm", "FUNDS", "vireo-tv")],
    ),
    (  # guard: leading something else
        "Orrin Group agreed to buy Kessel Foods, with Tamworth Capital leading the talks.",
        [("orrin-group", "OWNS", "kessel-foods")],
        [
            ("tamworth-capital", "FUNDS", "kessel-foods"),
            ("tamworth-capital", "OWNS", "kessel-foods"),
        ],
    ),
    (  # guard: an adviser after "as"
        "Parcel Pay raised $30m, with Rowe Partners as adviser.",
        [],
        [("rowe-partners", "FUNDS", "parcel-pay")],
    ),
]

# "A led it", "B joined it": "it" the company whose round was just named.
LED_IT: list[Case] = [
    (  # robotics: the round named in the sentence before
        "Cinder Robotics raised $22m on Monday. The round was its first since 2021, and Avalon "
        "Ventures led it. Cinder sells robots to Penrose Retail.",
        [("avalon-ventures", "FUNDS", "cinder-robotics")],
        [("penrose-retail", "FUNDS", "cinder-robotics")],
    ),
    (  # biotech: "joined it" in the same sentence as the round
        "Hollis Ventures led Tern Bio's $60m round, and Marsh Capital joined it in March.",
        [("hollis-ventures", "FUNDS", "tern-bio"), ("marsh-capital", "FUNDS", "tern-bio")],
        [],
    ),
    (  # guard: "led it to a profit" is a course, not the round
        "Kessel Foods raised $20m last year. Orrin Group, its parent, led it to a profit.",
        [("orrin-group", "OWNS", "kessel-foods")],
        [("orrin-group", "FUNDS", "kessel-foods")],
    ),
]

# The deal noun's possessor is what is bought or funded: "X's acquisition by Y".
POSSESSED_BY: list[Case] = [
    (  # retail: "X's acquisition by Y was completed"
        "Pennant Stores' acquisition by Ashdown Retail was completed in May, two years after "
        "Hollins Market walked away.",
        [("ashdown-retail", "OWNS", "pennant-stores")],
        [("hollins-market", "OWNS", "pennant-stores")],
    ),
    (  # airlines: a bailout, "X's $1bn bailout by Y"
        "Lusa Air's $1bn bailout by Fundo Atlantico angered Brisa Airways, its main rival.",
        [("fundo-atlantico", "FUNDS", "lusa-air")],
        [("brisa-airways", "FUNDS", "lusa-air")],
    ),
    (  # guard: the takeover collapsed
        "Dalby Mining's takeover by Kestrel Resources collapsed in June.",
        [],
        [("kestrel-resources", "OWNS", "dalby-mining")],
    ),
    (  # guard: a planned takeover
        "Dalby Mining's planned takeover by Kestrel Resources worried unions in Perth.",
        [],
        [("kestrel-resources", "OWNS", "dalby-mining")],
    ),
]

# A reduced relative of sale after a name: "X, sold to Y in 2019,".
SOLD_REDUCED: list[Case] = [
    (  # farming: "X, sold to Y in 2019,"
        "Pellow Farms, sold to Agrivest Holdings in 2019, now supplies Harcourt Seeds.",
        [("agrivest-holdings", "OWNS", "pellow-farms")],
        [("agrivest-holdings", "OWNS", "harcourt-seeds")],
    ),
    (  # media: "X, later sold to Y,"
        "Finch Radio, later sold to Kelso Media, was founded by Owen Hart in Dundee.",
        [("kelso-media", "OWNS", "finch-radio")],
        [],
    ),
    (  # guard: "never sold to"
        "Pinto Air, never sold to Sedley Airways despite two offers, flies to Madeira.",
        [],
        [("sedley-airways", "OWNS", "pinto-air")],
    ),
    (  # guard: sold to a company's customers
        "Strider, sold to Marden Sports' customers since 2019, is a running shoe.",
        [],
        [("marden-sports", "OWNS", "strider")],
    ),
]

# Money named after its giver ("£2m of Innovate UK funding"), and a grant passive behind
# auxiliaries ("has been awarded £2m by").
NAMED_MONEY: list[Case] = [
    (  # food tech: "secured £2m of <giver> funding"
        "Vossen Dairy secured £2m of Innovate UK funding to develop an oat cheese, and it "
        "sells to Harlow Stores.",
        [("innovate-uk", "FUNDS", "vossen-dairy")],
        [("harlow-stores", "FUNDS", "vossen-dairy")],
    ),
    (  # mining: "won an <giver> grant worth"
        "Brae Mining won a Geoscience Australia grant worth $3m for drilling near Kalgoorlie.",
        [("geoscience-australia", "FUNDS", "brae-mining")],
        [],
    ),
    (  # shipping: "was awarded <giver> financing"
        "Corrin Shipping was awarded Nordic Investment Bank financing for two hybrid ferries.",
        [("nordic-investment-bank", "FUNDS", "corrin-shipping")],
        [],
    ),
    (  # textiles: "has been awarded £2m by"
        "Ebbw Textiles has been awarded £2m by the Development Bank of Wales, said its founder, "
        "Rhian Evans.",
        [("development-bank-of-wales", "FUNDS", "ebbw-textiles")],
        [],
    ),
    (  # guard: a contract named after its giver is a sale
        "Ferro Group won a Trafikverket contract worth $50m to repair bridges.",
        [],
        [("trafikverket", "FUNDS", "ferro-group")],
    ),
    (  # guard: support named after its giver is no money
        "Kessel Foods won Orrin Group's support for its plan.",
        [],
        [("orrin-group", "FUNDS", "kessel-foods")],
    ),
    (  # guard: applied for, not received
        "Vossen Dairy has applied for Innovate UK funding.",
        [],
        [("innovate-uk", "FUNDS", "vossen-dairy")],
    ),
]

# A place between a possessor and its unit noun: "X's UK arm, Y", "Y, X's US subsidiary".
PLACED_UNITS: list[Case] = [
    (  # retail: "X's UK arm, Y,"
        "Medra Health's UK arm, Lark Pharmacy, will close 40 stores, said Jon Pike of Tovell "
        "Research.",
        [("medra-health", "OWNS", "lark-pharmacy")],
        [("tovell-research", "OWNS", "lark-pharmacy")],
    ),
    (  # insurance: "Y, X's US subsidiary,"
        "Ravel Insurance, Cathcart Financial's US subsidiary, settled a claim brought by Dunlin "
        "Shipping.",
        [("cathcart-financial", "OWNS", "ravel-insurance")],
        [("cathcart-financial", "OWNS", "dunlin-shipping")],
    ),
    (  # steel: "its German unit, Y"
        "Granby Steel said its German unit, Ruhr Draht, had lost a contract to Essen Bau.",
        [("granby-steel", "OWNS", "ruhr-draht")],
        [("granby-steel", "OWNS", "essen-bau")],
    ),
    (  # guard: a place office run by a person is no ownership
        "Orrin Group's Leeds office is run by Anna Rook, a former Kessel Foods manager.",
        [],
        [("orrin-group", "OWNS", "kessel-foods")],
    ),
]


CASES = (
    ACQUIRED
    + HELD
    + FUNDED
    + GUARDS
    + ACQUIRED_MORE
    + FUNDED_MORE
    + THE_NAMES
    + MORE_VERBS
    + POSSESSED_FUNDERS
    + POSSESSED_PASSIVE
    + CREDIT
    + EQUITY
    + NOT_DONE
    + ACQUISITION_ROLE
    + ISSUES_BACKED
    + WITH_LEADER
    + LED_IT
    + POSSESSED_BY
    + SOLD_REDUCED
    + NAMED_MONEY
    + PLACED_UNITS
)


# Gaps left this round (the case's opening words -> the cause), strict: a fix shows up.
GAPS: dict[str, str] = {
    "The round valued Sisken Robotics": "reference: 'it' after 'led' bound to the last company",
    "The Norsk Climate Fund committed": "entity name: a leading 'The' kept in the name",
    "Brightline Equity bought Hollins Market": "reference: 'the chain' resolves to no company",
    "Ribble Homes plans 400 houses": "reference: plural 'they' for the planned houses",
}


@pytest.mark.parametrize("case", gap_params(CASES, GAPS))
def test_genre_money(case: Case) -> None:
    check(*case)
