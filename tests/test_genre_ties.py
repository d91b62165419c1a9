"""Third genre bank for partnerships and founders, in shapes the first two banks
(tests/test_genre_acts.py, tests/test_genre_acts2.py) did not try: memoranda of understanding,
strategic alliances, joint development, collaboration, "A's partner B", cooperation agreements,
consortia, and founders named as brothers, in a "which A launched with B" relative, "X's founder
A", or a kitchen start.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, retail, pharma, banking, utilities, sport, media,
farming, construction and airlines. Guards: a supply contract alone, an ended tie, talks or
plans, a joint venture's members, a job title ("a partner at law firm X"), a founding member of
an association, a founding year with no founder.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PARTNERS: list[Case] = [
    (  # mining: memorandum of understanding
        "Brannock Minerals signed a memorandum of understanding with Tesco Lithium on Monday to "
        "explore a deposit in Nevada. Brannock's rival Ocher Metals declined to comment.",
        [("brannock-minerals", "PARTNERS_WITH", "tesco-lithium")],
        [("ocher-metals", "PARTNERS_WITH", "tesco-lithium")],
    ),
    (  # pharma: MoU, pronoun subject
        "Velora Therapeutics said on Tuesday that it had signed a memorandum of understanding "
        "with Hanmi Biologics. Analysts at Corbin Securities called the pact modest.",
        [("velora-therapeutics", "PARTNERS_WITH", "hanmi-biologics")],
        [("corbin-securities", "PARTNERS_WITH", "hanmi-biologics")],
    ),
    (  # airlines: strategic alliance between A and B
        "A strategic alliance between Solent Airways and Paroa Air will link their networks from "
        "March. Gatwick Holdings, which runs the airport, welcomed it.",
        [("solent-airways", "PARTNERS_WITH", "paroa-air")],
        [("gatwick-holdings", "PARTNERS_WITH", "paroa-air")],
    ),
    (  # utilities: "formed a strategic alliance with"
        "Norvale Energy formed a strategic alliance with Brisa Renewables to build wind farms in "
        "Portugal. The utility's chief executive, Ana Lopes, said talks with Kestrel Power failed.",
        [("norvale-energy", "PARTNERS_WITH", "brisa-renewables")],
        [("norvale-energy", "PARTNERS_WITH", "kestrel-power")],
    ),
    (  # farming: "A and B will jointly develop"
        "Harrow Seeds and Coldfield Agritech will jointly develop drought-tolerant wheat, the "
        "companies said. Graincorp Trading buys most of Harrow's crop.",
        [("harrow-seeds", "PARTNERS_WITH", "coldfield-agritech")],
        [("graincorp-trading", "PARTNERS_WITH", "harrow-seeds")],
    ),
    (  # media: "in collaboration with"
        "Lumen Studios produced the series in collaboration with Northwind Pictures. It will air "
        "on Castle TV next year.",
        [("lumen-studios", "PARTNERS_WITH", "northwind-pictures")],
        [("lumen-studios", "PARTNERS_WITH", "castle-tv")],
    ),
    (  # construction: "is working with B on"
        "Dorrance Build is working with Keller Steelworks on a new bridge in Leeds. Its "
        "competitor Mason Civil lost the tender.",
        [("dorrance-build", "PARTNERS_WITH", "keller-steelworks")],
        [("mason-civil", "PARTNERS_WITH", "keller-steelworks")],
    ),
    (  # food: supply and development agreement
        "Ferrow Foods signed a supply and development agreement with Olvia Ingredients to create "
        "plant-based cheeses. Ferrow also buys milk from Dale Farms.",
        [("ferrow-foods", "PARTNERS_WITH", "olvia-ingredients")],
        [("ferrow-foods", "PARTNERS_WITH", "dale-farms")],
    ),
    (  # food guard: a supply agreement alone is no partnership
        "Pollard Bakeries signed a supply agreement with Wessex Mills for flour. Wessex also "
        "supplies Crumb & Co.",
        [],
        [("pollard-bakeries", "PARTNERS_WITH", "wessex-mills")],
    ),
    (  # banking: "A's partner B"
        "Orrin Bank's partner Kitefin Payments will run the new card. Orrin competes with Talbot "
        "Bank for small-business customers.",
        [("orrin-bank", "PARTNERS_WITH", "kitefin-payments")],
        [("talbot-bank", "PARTNERS_WITH", "kitefin-payments")],
    ),
    (  # shipping: "B, A's long-standing partner"
        "Maersk-rival Corvan Lines hired Helda Shipyards, its long-standing partner, to build six "
        "ships. Brevik Yards had also bid.",
        [("corvan-lines", "PARTNERS_WITH", "helda-shipyards")],
        [("corvan-lines", "PARTNERS_WITH", "brevik-yards")],
    ),
    (  # shipping: "B, its long-standing partner," after an object
        "Corvan Lines hired Helda Shipyards, its long-standing partner, to build six ships. "
        "Brevik Yards had also bid.",
        [("corvan-lines", "PARTNERS_WITH", "helda-shipyards")],
        [("corvan-lines", "PARTNERS_WITH", "brevik-yards")],
    ),
    (  # utilities: "B, its long-term partner," as subject after a sentence on A
        "Fenmoor Power wants to build a solar park in Devon. Ashby Renewables, its long-term "
        "partner, will run it, and Kestrel Power will buy the output.",
        [("fenmoor-power", "PARTNERS_WITH", "ashby-renewables")],
        [("kestrel-power", "PARTNERS_WITH", "ashby-renewables")],
    ),
    (  # retail: "its long-time partner B"
        "Sendal Stores will sell the phones through its long-time partner Quillo Electronics. "
        "Bexley Retail said it would match prices.",
        [("sendal-stores", "PARTNERS_WITH", "quillo-electronics")],
        [("bexley-retail", "PARTNERS_WITH", "quillo-electronics")],
    ),
    (  # sport: "the two companies have worked together since"
        "Arvo Sportswear renewed its kit deal with Pelham United. The two companies have worked "
        "together since 2015, and Arvo also sponsors Dunmore Rovers.",
        [("arvo-sportswear", "PARTNERS_WITH", "pelham-united")],
        [],
    ),
    (  # utilities: "A and B have agreed to cooperate on"
        "Tarrow Water and Elbrand Utilities have agreed to cooperate on leak detection. Elbrand "
        "was fined by Ofwat last year.",
        [("tarrow-water", "PARTNERS_WITH", "elbrand-utilities")],
        [],
    ),
    (  # mining: "agreed to cooperate with"
        "Quarra Resources agreed to cooperate with Ilwa Mining on a rail line to the coast. The "
        "company's shares rose 4% in Sydney.",
        [("quarra-resources", "PARTNERS_WITH", "ilwa-mining")],
        [],
    ),
    (  # pharma: "a cooperation agreement with"
        "Ostrava Pharma has signed a cooperation agreement with Bellam Diagnostics. Ostrava's "
        "chief executive, Petr Novak, said the deal would speed trials.",
        [("ostrava-pharma", "PARTNERS_WITH", "bellam-diagnostics")],
        [("petr-novak", "PARTNERS_WITH", "bellam-diagnostics")],
    ),
    (  # airlines: "teamed up with", passive-like "together with"
        "Kavir Air has teamed up with Solberg Travel to sell holiday packages. Solberg's rival "
        "Tripwell said demand was weak.",
        [("kavir-air", "PARTNERS_WITH", "solberg-travel")],
        [("kavir-air", "PARTNERS_WITH", "tripwell")],
    ),
    (  # media: "has partnered with", headline then body
        "Quillon Media has partnered with Radiant Audio to launch a podcast network. The company "
        "said Hallam Press had turned down a similar offer.",
        [("quillon-media", "PARTNERS_WITH", "radiant-audio")],
        [("quillon-media", "PARTNERS_WITH", "hallam-press")],
    ),
    (  # banking guard: a person's job title "a partner at law firm X"
        "Clara Hume, a partner at law firm Betteridge Lowe, advised Stanmore Bank on the deal. "
        "Stanmore is buying Ferncliff Savings.",
        [],
        [
            ("clara-hume", "PARTNERS_WITH", "betteridge-lowe"),
            ("stanmore-bank", "PARTNERS_WITH", "betteridge-lowe"),
        ],
    ),
    (  # construction guard: joint venture members, not called partners
        "Hollin Construction and Marsh Engineering set up a joint venture, Hollmarsh, to bid for "
        "the Bristol tunnel. Rival Pryor Group is bidding alone.",
        [],
        [("hollin-construction", "PARTNERS_WITH", "marsh-engineering")],
    ),
    (  # utilities: "has joined B's consortium"
        "Calder Energy has joined Fenmoor Power's consortium bidding for the Humber grid link. "
        "Rival Westlake Utilities leads another group.",
        [],
        [("westlake-utilities", "PARTNERS_WITH", "fenmoor-power")],
    ),
    (  # shipping guard: ended tie
        "Brannon Ferries ended its partnership with Skerry Lines in May. It now works alone on the "
        "Orkney route.",
        [],
        [("brannon-ferries", "PARTNERS_WITH", "skerry-lines")],
    ),
    (  # farming guard: plans and talks
        "Dovey Dairy is in talks to sign a memorandum of understanding with Pastora Foods. "
        "Pastora already works with Lindholm Cheese.",
        [],
        [("dovey-dairy", "PARTNERS_WITH", "pastora-foods")],
    ),
    (  # retail: "collaborate with", the retailer as a reference
        "Hexley Home will collaborate with designer brand Morrow & Vane on a furniture range. "
        "The retailer said sales at Pinecrest Stores had fallen.",
        [("hexley-home", "PARTNERS_WITH", "morrow-vane")],
        [("hexley-home", "PARTNERS_WITH", "pinecrest-stores")],
    ),
    (  # food: "a partnership with" as object of "announced"
        "Tessaly Coffee announced a partnership with Gorran Roasters on Friday. Shares of rival "
        "Bream Beverages fell.",
        [("tessaly-coffee", "PARTNERS_WITH", "gorran-roasters")],
        [("bream-beverages", "PARTNERS_WITH", "gorran-roasters")],
    ),
    (  # sport: "is partnering with"
        "Fenwick Athletic is partnering with Zolta Health to run fitness clinics in Leeds. The "
        "club's owner, Ravi Shah, also owns Linden Rovers.",
        [("fenwick-athletic", "PARTNERS_WITH", "zolta-health")],
        [("linden-rovers", "PARTNERS_WITH", "zolta-health")],
    ),
    (  # mining: coordinated subjects sign an MoU
        "Kestrel Nickel and Aramo Metals signed a memorandum of understanding on Thursday to "
        "share a smelter. Vantor Mining was not part of the deal.",
        [("kestrel-nickel", "PARTNERS_WITH", "aramo-metals")],
        [("vantor-mining", "PARTNERS_WITH", "aramo-metals")],
    ),
    (  # airlines: "signed an MoU with", pronoun subject
        "Talis Airways is expanding in Asia. It signed an MoU with Sorra Air last week, and "
        "Bexon Aviation will lease it two jets.",
        [("talis-airways", "PARTNERS_WITH", "sorra-air")],
        [("talis-airways", "PARTNERS_WITH", "bexon-aviation")],
    ),
    (  # banking: "A and B will work together on"
        "Halden Bank and Pivot Pay will work together on instant payments, the two firms said. "
        "Corran Bank declined to join.",
        [("halden-bank", "PARTNERS_WITH", "pivot-pay")],
        [("corran-bank", "PARTNERS_WITH", "pivot-pay")],
    ),
    (  # food: "joined forces with", the firm as a reference
        "Marlow Dairies makes yoghurt in Cork. The firm has joined forces with Selby Fruit to make "
        "smoothies, while Gannet Foods is going it alone.",
        [("marlow-dairies", "PARTNERS_WITH", "selby-fruit")],
        [("gannet-foods", "PARTNERS_WITH", "selby-fruit")],
    ),
    (  # media guard: "partner" as a sponsor's label for a person
        "Rowan Keel, the chief executive of Sable Media, said the group would drop its deal with "
        "Tern Radio. Sable is owned by Ostley Holdings.",
        [],
        [("rowan-keel", "PARTNERS_WITH", "tern-radio")],
    ),
    (  # pharma: a strategic alliance with, passive "was formed"
        "A strategic alliance with Dunmore Biologics was formed by Varo Pharma in 2021. Varo's "
        "rival Cellis has its own lab.",
        [("varo-pharma", "PARTNERS_WITH", "dunmore-biologics")],
        [("cellis", "PARTNERS_WITH", "dunmore-biologics")],
    ),
    (  # construction guard: hedge "could partner"
        "Brack Homes could partner with Elm Timber on the Leeds scheme, people familiar with the "
        "talks said.",
        [],
        [("brack-homes", "PARTNERS_WITH", "elm-timber")],
    ),
    (  # telecoms: "has been a partner of B since"; a supplier is no partner
        "Ardley Telecom has been a partner of Norcom Networks since 2017. The operator also buys "
        "masts from Tallis Towers.",
        [("ardley-telecom", "PARTNERS_WITH", "norcom-networks")],
        [("ardley-telecom", "PARTNERS_WITH", "tallis-towers")],
    ),
    (  # food: "B, A's distribution partner," as subject
        "Sorrel Logistics, Brenna Foods' distribution partner, opened a depot in Hull. Brenna "
        "competes with Pike Foods.",
        [("brenna-foods", "PARTNERS_WITH", "sorrel-logistics")],
        [("pike-foods", "PARTNERS_WITH", "sorrel-logistics")],
    ),
    (  # mining: "A and B have partnered on"
        "Dalby Mining and Ostrel Metals have partnered on a copper project in Chile. Rival Vanta "
        "Copper owns the mine next door.",
        [("dalby-mining", "PARTNERS_WITH", "ostrel-metals")],
        [("vanta-copper", "PARTNERS_WITH", "ostrel-metals")],
    ),
    (  # banking: "makes A a partner to B"
        "The deal makes Corra Bank a partner to Fintra Capital in its Irish fund. Corra is run by "
        "Alan Reid.",
        [("corra-bank", "PARTNERS_WITH", "fintra-capital")],
        [("alan-reid", "PARTNERS_WITH", "fintra-capital")],
    ),
]

FOUNDED: list[Case] = [
    (  # food: "founded by brothers A and B"
        "Gallow Brewing, founded by brothers Tom and Will Archer in 2009, was bought by Hartmann "
        "Beverages on Monday.",
        [("tom-archer", "FOUNDED", "gallow-brewing"), ("will-archer", "FOUNDED", "gallow-brewing")],
        [("tom-archer", "FOUNDED", "hartmann-beverages")],
    ),
    (  # media: "which A launched in 2012 with B"
        "Plinth Media, which Sara Ode launched in 2012 with Mark Ruiz, has hired bankers from "
        "Colbert Partners to find a buyer.",
        [("sara-ode", "FOUNDED", "plinth-media"), ("mark-ruiz", "FOUNDED", "plinth-media")],
        [("sara-ode", "FOUNDED", "colbert-partners")],
    ),
    (  # mining: "A, who set up X"
        "Ian Crowe, who set up Tarn Gold in 1996, has joined the board of Basalt Minerals. Tarn "
        "Gold is now run by Jane Pike.",
        [("ian-crowe", "FOUNDED", "tarn-gold")],
        [("ian-crowe", "FOUNDED", "basalt-minerals"), ("jane-pike", "FOUNDED", "tarn-gold")],
    ),
    (  # retail: "X's founder A"
        "Brightwell Stores' founder Elaine Marsh will step down in June. The chain's rival Copse "
        "Retail was founded in 1990.",
        [("elaine-marsh", "FOUNDED", "brightwell-stores")],
        [("elaine-marsh", "FOUNDED", "copse-retail")],
    ),
    (  # farming: "A started X from his kitchen"
        "Owen Pryce started Tillside Granola from his kitchen in 2014. The brand is now sold by "
        "Mercer Markets.",
        [("owen-pryce", "FOUNDED", "tillside-granola")],
        [("owen-pryce", "FOUNDED", "mercer-markets")],
    ),
    (  # banking guard: "founding member of an association"
        "Dunstan Bank was a founding member of the Northern Lenders Association. Its chief "
        "executive, Paul Hart, chairs it.",
        [],
        [("dunstan-bank", "FOUNDED", "northern-lenders-association")],
    ),
    (  # shipping guard: founded with no founder
        "Kessel Tankers, founded in 1990, has ordered four vessels from Hyundai Heavy Industries. "
        "Its chairman, Lars Berg, signed the order.",
        [],
        [("lars-berg", "FOUNDED", "kessel-tankers")],
    ),
    (  # airlines: "co-founded with"
        "Nadia Kerr co-founded Swale Air with Peter Lund in 2003. The carrier is now owned by "
        "Ironbridge Capital.",
        [("nadia-kerr", "FOUNDED", "swale-air"), ("peter-lund", "FOUNDED", "swale-air")],
        [("nadia-kerr", "FOUNDED", "ironbridge-capital")],
    ),
    (  # pharma: "the founder of X, A,"
        "The founder of Cirrus Bio, Hana Sato, sold her stake to Oakhill Ventures. Cirrus makes "
        "eye drops.",
        [("hana-sato", "FOUNDED", "cirrus-bio")],
        [("hana-sato", "FOUNDED", "oakhill-ventures")],
    ),
    (  # utilities: "A, who founded X with B"
        "Rhys Morgan, who founded Glyn Solar with his sister Cerys Morgan, sold it to Ardent "
        "Power this week.",
        [("rhys-morgan", "FOUNDED", "glyn-solar"), ("cerys-morgan", "FOUNDED", "glyn-solar")],
        [("rhys-morgan", "FOUNDED", "ardent-power")],
    ),
    (  # construction: "was started by A"
        "Hadley Homes was started by Greg Holt in a rented yard. The builder now competes with "
        "Barwick Developments.",
        [("greg-holt", "FOUNDED", "hadley-homes")],
        [("greg-holt", "FOUNDED", "barwick-developments")],
    ),
    (  # sport: "launched X"
        "Former sprinter Kemi Adu launched Stride Labs in 2018. The shoe maker has a deal with "
        "Oxford City.",
        [("kemi-adu", "FOUNDED", "stride-labs")],
        [("kemi-adu", "FOUNDED", "oxford-city")],
    ),
    (  # food: coordinated founders with "launched"
        "Amy Holt and Dev Rana launched Bramble Bakes in 2016. The brand is stocked by Corner "
        "Grocers.",
        [("amy-holt", "FOUNDED", "bramble-bakes"), ("dev-rana", "FOUNDED", "bramble-bakes")],
        [("amy-holt", "FOUNDED", "corner-grocers")],
    ),
    (  # banking: "was established by"
        "Lindell Credit was established by Omar Haddad in 2005. The lender is now owned by "
        "Kessel Capital.",
        [("omar-haddad", "FOUNDED", "lindell-credit")],
        [("omar-haddad", "FOUNDED", "kessel-capital")],
    ),
    (  # retail: pronoun founder "She founded"
        "Grace Tuma runs Pebble Toys. She founded the company in 2011 after leaving Hadley Retail.",
        [("grace-tuma", "FOUNDED", "pebble-toys")],
        [("grace-tuma", "FOUNDED", "hadley-retail")],
    ),
    (  # media: "X's co-founder and chief executive A"
        "Brindle News's co-founder and chief executive, Paolo Reyes, said traffic doubled. "
        "Rival Quarto Media cut jobs.",
        [("paolo-reyes", "FOUNDED", "brindle-news")],
        [("paolo-reyes", "FOUNDED", "quarto-media")],
    ),
    (  # farming guard: "founder-led" with no founder named
        "Harlow Farms, a founder-led business, sold its dairy arm to Moss Creameries. Its "
        "chairman, Neil Boyd, approved the deal.",
        [],
        [("neil-boyd", "FOUNDED", "harlow-farms")],
    ),
    (  # sport: "set up by" in a relative
        "Tamsin Clay, whose Run Club app was set up by her brother Leo Clay, joined Pace "
        "Athletics.",
        [("leo-clay", "FOUNDED", "run-club")],
        [("tamsin-clay", "FOUNDED", "pace-athletics")],
    ),
]

BANK: list[Case] = PARTNERS + FOUNDED

# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {
    "The deal makes Corra Bank a partner to": "'makes A a partner to B': neither 'partner to'"
    " nor 'make' as an appointment verb is read",
    "Talis Airways is expanding in Asia": "'MoU' is read as an organization's name (entity"
    " recognition), so 'signed an MoU with' has no trigger noun",
    "A strategic alliance with Dunmore": "passive 'an alliance with B was formed by A': the"
    " noun trigger's holder is the agent of a passive, not read",
    "Quarra Resources agreed to cooperate with": "'cooperate with X' as a verb trigger also"
    " took 'cooperate with the Medicines Agency's review' (svo reads a possessor as the"
    " object; tests/test_genre_acts2.py guards it), dropped",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_ties(case: Case) -> None:
    check(*case)
