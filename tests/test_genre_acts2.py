"""Second genre bank for founding, leadership, partnership and rivalry, in shapes the first bank
(tests/test_genre_acts.py) did not try: reduced and phrasal relatives, founders in lists, the
founder in apposition, joint ventures, alliances and licensing deals, rivals by market.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, retail, pharma, banking, utilities, sport, media,
farming, construction and airlines. Guards beside each true case name the near-miss: wrong
antecedent, hedge, negation, a unit rather than the organization, a supply contract rather than
a partnership, a joint venture's members (not partners unless the text says so).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FOUNDED: list[Case] = [
    (  # retail: reduced relative "the company X started"
        "Pellix, the company Daniel Moore started in his garage, now sells through Fenwick "
        "Grocers. Fenwick said the deal covers 200 stores.",
        [("daniel-moore", "FOUNDED", "pellix")],
        [("daniel-moore", "FOUNDED", "fenwick-grocers")],
    ),
    (  # food: "which X set up in 2004"
        "Arko Foods, which Lena Faure set up in 2004, has opened a bakery in Lyon. Its rival "
        "Corvo Bakeries has three.",
        [("lena-faure", "FOUNDED", "arko-foods")],
        [("lena-faure", "FOUNDED", "corvo-bakeries")],
    ),
    (  # airlines: "the airline he built", the antecedent a person named before
        "Martin Gale sold his last shares in Skyra Airlines on Tuesday. The airline he built "
        "from two leased jets now flies to 40 cities, and Brisk Air wants to buy it.",
        [("martin-gale", "FOUNDED", "skyra-airlines")],
        [("martin-gale", "FOUNDED", "brisk-air")],
    ),
    (  # pharma: founders in a list
        "Corvel Labs was co-founded by Sara Wills, James Okafor and Helen Grant in 2011. The "
        "biotech has a licensing deal with Meridian Generics.",
        [
            ("sara-wills", "FOUNDED", "corvel-labs"),
            ("james-okafor", "FOUNDED", "corvel-labs"),
            ("helen-grant", "FOUNDED", "corvel-labs"),
        ],
        [("sara-wills", "FOUNDED", "meridian-generics")],
    ),
    (  # construction: the family group founded by a grandfather: no named person
        "Corran Homes, the family-owned group founded by Peter Corran's grandfather, has won a "
        "contract from Bristol City Council. Peter Corran is chief executive.",
        [("peter-corran", "LEADS", "corran-homes")],
        [("peter-corran", "FOUNDED", "corran-homes")],
    ),
    (  # media: "X, its founder and chief executive"
        "Lumen Press lost its biggest advertiser, Dalby Dairies, last week. Hannah Roth, its "
        "founder and chief executive, said the magazine would cut costs.",
        [
            ("hannah-roth", "FOUNDED", "lumen-press"),
            ("hannah-roth", "LEADS", "lumen-press"),
        ],
        [("hannah-roth", "FOUNDED", "dalby-dairies")],
    ),
    (  # mining: "whose founder", the founder named in a relative
        "Tarrant Minerals, whose founder Oscar Lind still owns a quarter of the shares, is "
        "selling its copper mine to Brenner Holdings.",
        [("oscar-lind", "FOUNDED", "tarrant-minerals")],
        [("oscar-lind", "FOUNDED", "brenner-holdings")],
    ),
    (  # banking: "the bank she founded"
        "Claire Dunmore stepped down from Velmar Bank's board. She will focus on Dunmore "
        "Capital, the asset manager she founded in 2015.",
        [("claire-dunmore", "FOUNDED", "dunmore-capital")],
        [("claire-dunmore", "FOUNDED", "velmar-bank")],
    ),
    (  # farming: passive with a date between
        "Greenacre Farms was established in 1987 by Thomas Baird, a former dairy farmer. It "
        "sells grain to Tolland Seeds.",
        [("thomas-baird", "FOUNDED", "greenacre-farms")],
        [("thomas-baird", "FOUNDED", "tolland-seeds")],
    ),
    (  # sport: headline-style appositive "co-founder"
        "Ferro Athletic co-founder Paul Hale has joined the board of the Northern Football "
        "League. The league fined Ferro last year.",
        [("paul-hale", "FOUNDED", "ferro-athletic")],
        [("paul-hale", "FOUNDED", "northern-football-league")],
    ),
    (  # shipping: negation guard beside a true founding
        "Ian Kelso founded Kelso Shipping in 1990. He did not found Marlin Terminals, despite "
        "reports, but sits on its board.",
        [("ian-kelso", "FOUNDED", "kelso-shipping")],
        [("ian-kelso", "FOUNDED", "marlin-terminals")],
    ),
    (  # utilities: an organization launching a venture
        "Halsey Water has launched Halsey Green, a unit that will build solar farms. Rival "
        "Crane Energy launched a similar business last year.",
        [("halsey-water", "FOUNDED", "halsey-green")],
        [("crane-energy", "FOUNDED", "halsey-green")],
    ),
    (  # retail: a hedge: "plans to set up" is kept, "is considering" is not
        "Brightway Stores is considering setting up a discount chain, said chief executive Lisa "
        "Park. Brightway was started by her father, Samuel Park, in 1972.",
        [
            ("samuel-park", "FOUNDED", "brightway-stores"),
            ("lisa-park", "LEADS", "brightway-stores"),
        ],
        [("lisa-park", "FOUNDED", "brightway-stores")],
    ),
    (  # media: "who founded X", the founder of a second company
        "Orbit Broadcasting has hired Rachel Stone, who founded the podcast network Corvid "
        "Media, as head of audio.",
        [("rachel-stone", "FOUNDED", "corvid-media")],
        [
            ("rachel-stone", "FOUNDED", "orbit-broadcasting"),
            ("rachel-stone", "LEADS", "orbit-broadcasting"),
        ],
    ),
    (  # food: "the founder of X" as object of a verb
        "Dalby Dairies has appointed Michael Ross, the founder of Tagus Foods, to its board. "
        "Tagus makes yoghurt for Fenwick Grocers.",
        [("michael-ross", "FOUNDED", "tagus-foods")],
        [("michael-ross", "FOUNDED", "dalby-dairies")],
    ),
    (  # construction: "set up by" passive
        "Vesta Cement was set up by Robert Hayes after the war. The company now supplies "
        "Corran Homes and Bristol City Council.",
        [("robert-hayes", "FOUNDED", "vesta-cement")],
        [("robert-hayes", "FOUNDED", "corran-homes")],
    ),
]

# variants of "X's founders include A and B", written with the triggers appended
FOUNDED += [
    (  # banking: "X's founders include A and B"; an investor named after is no founder
        "Velmar Bank's founders include Simon Roe and Ann Lee. Orvo Capital, which bought a "
        "stake in 2020, is its largest shareholder.",
        [("simon-roe", "FOUNDED", "velmar-bank"), ("ann-lee", "FOUNDED", "velmar-bank")],
        [("orvo-capital", "FOUNDED", "velmar-bank")],
    ),
    (  # food: "whose co-founders include" (the past "included" in a whose-clause is missed)
        "Tagus Foods, whose co-founders include Maria Costa, has been sold to Grainfield "
        "Group. Grainfield's founder, Paul Hart, said the brand would stay.",
        [("maria-costa", "FOUNDED", "tagus-foods"), ("paul-hart", "FOUNDED", "grainfield-group")],
        [("maria-costa", "FOUNDED", "grainfield-group"), ("paul-hart", "FOUNDED", "tagus-foods")],
    ),
]

LEADS: list[Case] = [
    (  # pharma: ran a unit of the former employer: not LEADS
        "Orvane Pharma named Julia Brandt head of research. She joins from Kessler Biotech, "
        "where she ran the cancer unit.",
        [],
        [("julia-brandt", "LEADS", "kessler-biotech"), ("julia-brandt", "LEADS", "orvane-pharma")],
    ),
    (  # banking: "who runs X"
        "Castell Capital, which is run by Simon Roe, has bought a stake in Velmar Bank. Velmar "
        "declined to comment.",
        [("simon-roe", "LEADS", "castell-capital")],
        [("simon-roe", "LEADS", "velmar-bank")],
    ),
    (  # airlines: "at the helm of"
        "Mira Sato, who has been at the helm of Brisk Air since 2019, said the carrier would "
        "not bid for Skyra Airlines.",
        [("mira-sato", "LEADS", "brisk-air")],
        [("mira-sato", "LEADS", "skyra-airlines")],
    ),
    (  # mining: "the miner's boss"
        "Brenner Holdings raised its offer for Tarrant Minerals. The miner's boss, Oscar "
        "Lind, called it too low.",
        [("oscar-lind", "LEADS", "tarrant-minerals")],
        [("oscar-lind", "LEADS", "brenner-holdings")],
    ),
    (  # utilities: "chairman" after a possessive pronoun
        "Halsey Water warned of higher bills. Its chairman, Owen Pryce, blamed the Energy "
        "Regulation Board.",
        [("owen-pryce", "LEADS", "halsey-water")],
        [("owen-pryce", "LEADS", "energy-regulation-board")],
    ),
    (  # food: "took over as chief executive", previous employer a rival
        "Ruth Keller took over as chief executive of Harvest Lane Foods in May, after ten "
        "years at Grainfield Group.",
        [("ruth-keller", "LEADS", "harvest-lane-foods")],
        [("ruth-keller", "LEADS", "grainfield-group")],
    ),
    (  # sport: "manager" of a club is not LEADS of the league
        "Ferro Athletic president Carla Diaz met officials of the Northern Football League "
        "on Monday.",
        [("carla-diaz", "LEADS", "ferro-athletic")],
        [("carla-diaz", "LEADS", "northern-football-league")],
    ),
    (  # shipping: head of a function is not LEADS
        "Nordhav Tankers has hired Erik Berg to lead its chartering desk. Berg previously "
        "worked at Kaito Yards.",
        [],
        [("erik-berg", "LEADS", "nordhav-tankers"), ("erik-berg", "LEADS", "kaito-yards")],
    ),
    (  # media: "editor-in-chief" functional? the chief executive named in passive
        "Lumen Press is led by Hannah Roth. The publisher competes with Corvid Media for "
        "advertisers.",
        [("hannah-roth", "LEADS", "lumen-press"), ("lumen-press", "COMPETES_WITH", "corvid-media")],
        [("hannah-roth", "LEADS", "corvid-media")],
    ),
    (  # construction: candidate, not leader
        "Nadia Fell is in the running to become chief executive of Corran Homes, people "
        "familiar with the matter said. Vesta Cement's chief executive Colin Shaw is the other "
        "candidate.",
        [("colin-shaw", "LEADS", "vesta-cement")],
        [("nadia-fell", "LEADS", "corran-homes"), ("colin-shaw", "LEADS", "corran-homes")],
    ),
    (  # farming: the announced appointment counts
        "Tolland Seeds said Anna Vik will become chief executive in January. She replaces "
        "Karl Ostby, who is retiring.",
        [("anna-vik", "LEADS", "tolland-seeds"), ("karl-ostby", "LEADS", "tolland-seeds")],
        [],
    ),
    (  # retail: a former chief in a list of board members
        "Quarry Fashion's board includes Lena Brandt, its chief executive, and Hugh Barr, a "
        "former partner at Orrin Capital.",
        [("lena-brandt", "LEADS", "quarry-fashion")],
        [("hugh-barr", "LEADS", "quarry-fashion"), ("hugh-barr", "LEADS", "orrin-capital")],
    ),
]

PARTNERS: list[Case] = [
    (  # utilities: "formed a joint venture with": partners? README: only if called partners
        "Halsey Power has formed a joint venture with Nordwind Energie to build wind farms off "
        "the coast of Wales. Crane Energy was not involved.",
        [("halsey-power", "PARTNERS_WITH", "nordwind-energie")],
        [("crane-energy", "PARTNERS_WITH", "halsey-power")],
    ),
    (  # mining: "a 50-50 venture between A and B": members, not called partners
        "The Kessa copper mine is run by Dorran Copper, a 50-50 venture between Tarrant "
        "Minerals and Brenner Holdings.",
        [],
        [("tarrant-minerals", "PARTNERS_WITH", "brenner-holdings")],
    ),
    (  # airlines: a codeshare agreement is a partnership
        "Skyra Airlines signed a codeshare agreement with Ostrel Air on Monday. Brisk Air, "
        "Skyra's main rival, called the deal a threat.",
        [
            ("skyra-airlines", "PARTNERS_WITH", "ostrel-air"),
            ("brisk-air", "COMPETES_WITH", "skyra-airlines"),
        ],
        [("brisk-air", "PARTNERS_WITH", "ostrel-air")],
    ),
    (  # pharma: licensing deal called a partnership, "co-develop with"
        "Orvane Pharma will co-develop the drug with Kessler Biotech under a licensing "
        "partnership signed in June. Meridian Generics holds the European rights.",
        [("orvane-pharma", "PARTNERS_WITH", "kessler-biotech")],
        [("meridian-generics", "PARTNERS_WITH", "orvane-pharma")],
    ),
    (  # food: a supply contract is not a partnership
        "Tagus Foods has won a contract to supply yoghurt to Fenwick Grocers for three years. "
        "Tagus also sells to Brightway Stores.",
        [],
        [("tagus-foods", "PARTNERS_WITH", "fenwick-grocers")],
    ),
    (  # retail: "teamed with"
        "Quarry Fashion has teamed with Pellix to sell clothes through the app. Tolland "
        "Retail tried a similar deal in 2021.",
        [("quarry-fashion", "PARTNERS_WITH", "pellix")],
        [("tolland-retail", "PARTNERS_WITH", "pellix")],
    ),
    (  # shipping: an alliance of carriers
        "Kelso Shipping has joined an alliance with Marlin Lines and Orca Container Line to "
        "share vessels on Asia routes.",
        [
            ("kelso-shipping", "PARTNERS_WITH", "marlin-lines"),
            ("kelso-shipping", "PARTNERS_WITH", "orca-container-line"),
        ],
        [],
    ),
    (  # media: "in partnership with", pronoun subject
        "Corvid Media lost money last year. It will launch a news podcast in partnership with "
        "Orbit Broadcasting, its chief executive Rachel Stone said.",
        [("corvid-media", "PARTNERS_WITH", "orbit-broadcasting")],
        [("rachel-stone", "PARTNERS_WITH", "orbit-broadcasting")],
    ),
    (  # banking: hedge guard ("is in talks to partner")
        "Velmar Bank is in talks to partner with Pellix on payments, according to people "
        "familiar with the matter. Castell Capital already partners with Pellix.",
        [("castell-capital", "PARTNERS_WITH", "pellix")],
        [("velmar-bank", "PARTNERS_WITH", "pellix")],
    ),
    (  # farming: "a distribution agreement" named as partnership with "partner"
        "Greenacre Farms named Tolland Seeds its distribution partner in Scotland. Dalby "
        "Dairies buys most of Greenacre's milk.",
        [("greenacre-farms", "PARTNERS_WITH", "tolland-seeds")],
        [("greenacre-farms", "PARTNERS_WITH", "dalby-dairies")],
    ),
    (  # construction: "the partners" of a consortium named as partners
        "Corran Homes and Vesta Cement, partners in the Harbourside scheme, have asked Bristol "
        "City Council for more time.",
        [("corran-homes", "PARTNERS_WITH", "vesta-cement")],
        [("corran-homes", "PARTNERS_WITH", "bristol-city-council")],
    ),
    (  # sport: negation
        "Ferro Athletic has ended its partnership with Dunlow Sports, and will not partner "
        "with Kitmaster either, the club said.",
        [],
        [("ferro-athletic", "PARTNERS_WITH", "kitmaster")],
    ),
    (  # pharma: "collaboration with" passive-like "together with"
        "Meridian Generics announced a research collaboration with Corvel Labs on Tuesday. "
        "Orvane Pharma, which competes with Meridian, fell 3%.",
        [
            ("meridian-generics", "PARTNERS_WITH", "corvel-labs"),
            ("orvane-pharma", "COMPETES_WITH", "meridian-generics"),
        ],
        [("orvane-pharma", "PARTNERS_WITH", "corvel-labs")],
    ),
    (  # airlines: "the partnership between A and B"
        "The partnership between Brisk Air and Ostrel Air will end in March. Skyra Airlines "
        "hopes to win the routes.",
        [("brisk-air", "PARTNERS_WITH", "ostrel-air")],
        [("skyra-airlines", "PARTNERS_WITH", "ostrel-air")],
    ),
    (  # utilities: a supply deal is not a partnership
        "Crane Energy will buy gas from Nordwind Energie under a ten-year supply deal. Halsey "
        "Power is Crane's partner in the Severn project.",
        [("halsey-power", "PARTNERS_WITH", "crane-energy")],
        [("crane-energy", "PARTNERS_WITH", "nordwind-energie")],
    ),
    (  # food: "signed up X as a partner", reference
        "Harvest Lane Foods has signed up Corvo Packaging as a partner for its recyclable "
        "trays. The Lyon company beat Ostrava Pack to the deal.",
        [
            ("harvest-lane-foods", "PARTNERS_WITH", "corvo-packaging"),
        ],
        [("harvest-lane-foods", "PARTNERS_WITH", "ostrava-pack")],
    ),
]

RIVALRY: list[Case] = [
    (  # retail: rival in apposition to an object of "with"
        "Fenwick Grocers is locked in a dispute with Brenna Stores, a larger rival, over a "
        "site in Leeds.",
        [("fenwick-grocers", "COMPETES_WITH", "brenna-stores")],
        [],
    ),
    (  # retail: "win back shoppers from X", a hedge blocks it
        "Brightway Stores cut prices in an attempt to win back shoppers from Fenwick Grocers. "
        "Quarry Fashion may also target Fenwick's customers, analysts said.",
        [("brightway-stores", "COMPETES_WITH", "fenwick-grocers")],
        [("quarry-fashion", "COMPETES_WITH", "fenwick-grocers")],
    ),
    (  # airlines: "the two dominate the market"
        "Skyra Airlines and Brisk Air dominate the market for flights to the islands. Ostrel "
        "Air, which codeshares with Skyra, has a small share.",
        [("skyra-airlines", "COMPETES_WITH", "brisk-air")],
        [("ostrel-air", "COMPETES_WITH", "skyra-airlines")],
    ),
    (  # media: "vying with"
        "Orbit Broadcasting is vying with Corvid Media for the rights to the Northern Football "
        "League. The league will decide in May.",
        [("orbit-broadcasting", "COMPETES_WITH", "corvid-media")],
        [("orbit-broadcasting", "COMPETES_WITH", "northern-football-league")],
    ),
    (  # banking: "a challenger to"
        "Pellix has become a challenger to Velmar Bank in small-business lending. It is backed "
        "by Castell Capital.",
        [("pellix", "COMPETES_WITH", "velmar-bank")],
        [("pellix", "COMPETES_WITH", "castell-capital")],
    ),
    (  # pharma: "competing against" with a pronoun
        "Kessler Biotech's drug won approval on Friday. It will compete against a cheaper "
        "version from Meridian Generics, which Orvane Pharma distributes.",
        [("kessler-biotech", "COMPETES_WITH", "meridian-generics")],
        [("kessler-biotech", "COMPETES_WITH", "orvane-pharma")],
    ),
    (  # mining: "its closest competitor"
        "Tarrant Minerals produced more copper than Brenner Holdings, its closest competitor, "
        "for the first time.",
        [("tarrant-minerals", "COMPETES_WITH", "brenner-holdings")],
        [],
    ),
    (  # shipping: negated rivalry
        "Kelso Shipping is not a competitor to Marlin Terminals, its chief executive Ian "
        "Kelso said; it competes with Orca Container Line.",
        [("kelso-shipping", "COMPETES_WITH", "orca-container-line")],
        [("kelso-shipping", "COMPETES_WITH", "marlin-terminals")],
    ),
    (  # food: "rivals such as A and B"
        "Harvest Lane Foods is losing ground to rivals such as Grainfield Group and Tagus "
        "Foods, its chairman said.",
        [
            ("harvest-lane-foods", "COMPETES_WITH", "grainfield-group"),
            ("harvest-lane-foods", "COMPETES_WITH", "tagus-foods"),
        ],
        [("grainfield-group", "COMPETES_WITH", "tagus-foods")],
    ),
    (  # utilities: "takes on"
        "Crane Energy will take on Halsey Power in the Welsh retail market, it said. Nordwind "
        "Energie supplies both.",
        [("crane-energy", "COMPETES_WITH", "halsey-power")],
        [("nordwind-energie", "COMPETES_WITH", "crane-energy")],
    ),
    (  # sport: kit makers, "arch-rival"
        "Dunlow Sports has signed Ferro Athletic to a kit deal, snatching the club from "
        "arch-rival Kitmaster.",
        [("dunlow-sports", "COMPETES_WITH", "kitmaster")],
        [("ferro-athletic", "COMPETES_WITH", "kitmaster")],
    ),
    (  # construction: "outbid X"
        "Corran Homes outbid Westfield Builders for the Harbourside site. Bristol City Council "
        "owns the land.",
        [("corran-homes", "COMPETES_WITH", "westfield-builders")],
        [("corran-homes", "COMPETES_WITH", "bristol-city-council")],
    ),
    (  # farming: "competition from", in a headline-style opening
        "Tolland Seeds warned of fierce competition from Agrova, which has cut prices. Its "
        "customer Greenacre Farms switched suppliers in June.",
        [("tolland-seeds", "COMPETES_WITH", "agrova")],
        [("greenacre-farms", "COMPETES_WITH", "agrova")],
    ),
    (  # airlines: "a rival carrier" named by reference
        "Brisk Air has poached 40 pilots from Skyra Airlines. The rival carrier said it would sue.",
        [],
        [("brisk-air", "PARTNERS_WITH", "skyra-airlines")],
    ),
    (  # media: "rival publishers A and B" in a coordination with the subject
        "Lumen Press and rival Corvid Media both raised prices on Monday, blaming paper costs "
        "at Vesta Paper.",
        [("lumen-press", "COMPETES_WITH", "corvid-media")],
        [("lumen-press", "COMPETES_WITH", "vesta-paper")],
    ),
    (  # pharma: "the race to", two named
        "Orvane Pharma and Kessler Biotech are racing to bring the first weekly insulin to "
        "market. Meridian Generics makes the pens for Orvane.",
        [("orvane-pharma", "COMPETES_WITH", "kessler-biotech")],
        [("meridian-generics", "COMPETES_WITH", "orvane-pharma")],
    ),
]

# variants of a role in the reporting clause after a hedged or negated report, written with
# the fix (role: the reported clause's cue is no cue of the speaker's role)
LEADS += [
    (  # mining: "may", the speaker after the clause
        "Tarrant Minerals may close its Ostrava smelter, chief executive Oscar Lind said on "
        "Monday. Brenner Holdings, which buys its copper, declined to comment.",
        [("oscar-lind", "LEADS", "tarrant-minerals")],
        [("oscar-lind", "LEADS", "brenner-holdings")],
    ),
    (  # utilities: "will not", "said chairman X"
        "Halsey Water will not raise bills this year, said chairman Owen Pryce. Crane Energy "
        "raised its prices in May.",
        [("owen-pryce", "LEADS", "halsey-water")],
        [("owen-pryce", "LEADS", "crane-energy")],
    ),
]

# variants of "X has (named) a new chief executive, Y", written with the fix (role)
LEADS += [
    (  # construction: "has named a new chief executive, Y"
        "Corran Homes has named a new chief executive, Nadia Fell, after a year of losses. "
        "She was finance director of Vesta Cement.",
        [("nadia-fell", "LEADS", "corran-homes")],
        [("nadia-fell", "LEADS", "vesta-cement")],
    ),
    (  # shipping: "has a new chairman: Y"; the speaker after it is not named to the post
        "Nordhav Tankers has a new chairman: Erik Berg. Kaito Yards has named a new chief "
        "executive, Lars Moen said.",
        [("erik-berg", "LEADS", "nordhav-tankers")],
        [("lars-moen", "LEADS", "kaito-yards"), ("erik-berg", "LEADS", "kaito-yards")],
    ),
]

# variants of tie-ups, codeshares and co-development, written with the triggers appended
PARTNERS += [
    (  # airlines: "has a codeshare with"; a rival's codeshare is no tie of the subject
        "Ostrel Air has a codeshare with Brisk Air on routes to Madeira. Skyra Airlines, a "
        "rival, said the deal would raise fares.",
        [("ostrel-air", "PARTNERS_WITH", "brisk-air")],
        [("skyra-airlines", "PARTNERS_WITH", "brisk-air")],
    ),
    (  # mining: "tied up with"; "tied up the deal" is no tie-up
        "Tarrant Minerals tied up with Vesta Resources last year to share a rail line. "
        "Brenner Holdings and Ostrava Steelworks tied up the ore deal in May.",
        [("tarrant-minerals", "PARTNERS_WITH", "vesta-resources")],
        [("brenner-holdings", "PARTNERS_WITH", "ostrava-steelworks")],
    ),
    (  # pharma: a pair "co-developing"; cooperation with an inquiry is no partnership
        "Orvane Pharma and Kessler Biotech are co-developing a weekly insulin. Orvane said it "
        "would cooperate with the Medicines Agency's review of Meridian Generics.",
        [("orvane-pharma", "PARTNERS_WITH", "kessler-biotech")],
        [("orvane-pharma", "PARTNERS_WITH", "medicines-agency")],
    ),
    (  # farming: "agreed to cooperate"
        "Greenacre Farms and Tolland Seeds have agreed to cooperate on drought-resistant "
        "wheat, the Farmers Union said.",
        [("greenacre-farms", "PARTNERS_WITH", "tolland-seeds")],
        [("farmers-union", "PARTNERS_WITH", "tolland-seeds")],
    ),
]

# variants of naming a partner, written with the fix (role: "named X (as) its ... partner")
PARTNERS += [
    (  # pharma: "chose X as its manufacturing partner"
        "Corvel Labs has chosen Meridian Generics as its manufacturing partner for the "
        "vaccine. Orvane Pharma had also bid for the work.",
        [("corvel-labs", "PARTNERS_WITH", "meridian-generics")],
        [("orvane-pharma", "PARTNERS_WITH", "corvel-labs")],
    ),
    (  # airlines: "named X its partner in <place>", negated beside it
        "Ostrel Air named Brisk Air its partner in Portugal on Friday. It has not named "
        "Skyra Airlines as its partner anywhere.",
        [("ostrel-air", "PARTNERS_WITH", "brisk-air")],
        [("ostrel-air", "PARTNERS_WITH", "skyra-airlines")],
    ),
    (  # banking: "a partner in its new fund" is no partnership of the firms
        "Castell Capital named Velmar Bank a partner in its new fund. Pellix will manage the "
        "payments.",
        [],
        [("castell-capital", "PARTNERS_WITH", "pellix")],
    ),
]

# variants of "arch-rival" as a rival noun, written with the fix
RIVALRY += [
    (  # sport: "its arch-rival X"
        "Dunlow Sports beat its arch-rival Kitmaster to the Ferro Athletic contract. The club "
        "had worn Kitmaster shirts since 1998.",
        [("dunlow-sports", "COMPETES_WITH", "kitmaster")],
        [("ferro-athletic", "COMPETES_WITH", "kitmaster")],
    ),
    (  # retail: "X and arch-rival Y", a former arch-rival guard
        "Quarry Fashion and arch-rival Tolland Retail both cut prices on Monday. Pellix, a "
        "former arch-rival of Tolland, now supplies it.",
        [("quarry-fashion", "COMPETES_WITH", "tolland-retail")],
        [("pellix", "COMPETES_WITH", "tolland-retail")],
    ),
]

# variants of price wars, rank links and gaining ground, written with their fixes
RIVALRY += [
    (  # food: a named pair "locked in a price war"; their supplier is no party
        "Tagus Foods and Grainfield Group are locked in a bitter price war over frozen fish. "
        "Corvo Packaging, which supplies both, said orders were steady.",
        [("tagus-foods", "COMPETES_WITH", "grainfield-group")],
        [("corvo-packaging", "COMPETES_WITH", "tagus-foods")],
    ),
    (  # airlines: "drawn into a fare war with"; negated pair beside it
        "Brisk Air has been drawn into a fare war with Skyra Airlines on the Lisbon route. "
        "Ostrel Air and Skyra are not in a fare war, Ostrel said.",
        [("brisk-air", "COMPETES_WITH", "skyra-airlines")],
        [("ostrel-air", "COMPETES_WITH", "skyra-airlines")],
    ),
    (  # mining: "in a bidding war for X": the bidders compete, not with the target
        "Brenner Holdings and Vesta Resources are in a bidding war for Tarrant Minerals. "
        "Tarrant's board has not chosen.",
        [("brenner-holdings", "COMPETES_WITH", "vesta-resources")],
        [("brenner-holdings", "COMPETES_WITH", "tarrant-minerals")],
    ),
    (  # banking: "second only to X"; a shareholder ranked is no rival
        "Velmar Bank is second only to Dunmore Bank in mortgage lending. Castell Capital is "
        "the second-largest shareholder, second only to Orrin Capital.",
        [("velmar-bank", "COMPETES_WITH", "dunmore-bank")],
        [("castell-capital", "COMPETES_WITH", "orrin-capital")],
    ),
    (  # retail: "the second-biggest grocer after X"; "after X sold" opens a clause
        "Fenwick Grocers is the second-biggest grocer after Brenna Stores. Brightway Stores "
        "became the third-largest chain after Quarry Fashion sold its food halls.",
        [("fenwick-grocers", "COMPETES_WITH", "brenna-stores")],
        [("brightway-stores", "COMPETES_WITH", "quarry-fashion")],
    ),
    (  # media: "gaining ground on"
        "Corvid Media has been gaining ground on Orbit Broadcasting among young listeners, "
        "Lumen Press reported.",
        [("corvid-media", "COMPETES_WITH", "orbit-broadcasting")],
        [("lumen-press", "COMPETES_WITH", "orbit-broadcasting")],
    ),
]

# variants of a pair ranked together (a rule for it was tried and dropped: see LEFT)
RIVALRY += [
    (  # retail: "Spain's two biggest grocers"
        "Tagus Stores and Grainfield Markets, Spain's two biggest grocers, cut milk prices on "
        "Monday. Dalby Dairies, which supplies both, said it would absorb the cut.",
        [("tagus-stores", "COMPETES_WITH", "grainfield-markets")],
        [("dalby-dairies", "COMPETES_WITH", "tagus-stores")],
    ),
    (  # banking: "the two largest shareholders" are no rivals
        "Castell Capital and Orrin Capital, the two largest shareholders in Velmar Bank, "
        "voted against the pay plan.",
        [],
        [("castell-capital", "COMPETES_WITH", "orrin-capital")],
    ),
]

# variants of an attempt to take a rival's customers, written with its rule
# (rivalry/take-customers: an intent hedge does not block it, a negation or "may" does)
RIVALRY += [
    (  # airlines: "is trying to lure passengers from"
        "Skyra Airlines is trying to lure business passengers from Brisk Air with new lounges. "
        "Ostrel Air has not tried to lure passengers from Brisk.",
        [("skyra-airlines", "COMPETES_WITH", "brisk-air")],
        [("ostrel-air", "COMPETES_WITH", "brisk-air")],
    ),
    (  # banking: "aims to take market share from"; taking over a branch is no rivalry
        "Pellix Finance aims to take market share from Velmar Bank in savings. Castell "
        "Capital took over the Leeds branch from Dunmore Bank.",
        [("pellix-finance", "COMPETES_WITH", "velmar-bank")],
        [("castell-capital", "COMPETES_WITH", "dunmore-bank")],
    ),
]

# variants of aiming at a rival's customers, written with its rule
# (rivalry/aimed-at-customers; "went after" in a market is no dispute: rivalry/market-challenge)
RIVALRY += [
    (  # airlines: "has eaten into X's market share"
        "Brisk Air has eaten into Skyra Airlines' market share on the Lisbon route. Ostrel "
        "Air, Skyra's codeshare partner, said bookings were steady.",
        [("brisk-air", "COMPETES_WITH", "skyra-airlines")],
        [("ostrel-air", "COMPETES_WITH", "skyra-airlines")],
    ),
    (  # media: "went after X's readers"; "went after X in court" stays a dispute
        "Corvid Media went after Lumen Press's readers with a cheaper app. Lumen went after "
        "Orbit Broadcasting in court over a leaked script.",
        [
            ("corvid-media", "COMPETES_WITH", "lumen-press"),
            ("lumen-press", "DISPUTES", "orbit-broadcasting"),
        ],
        [
            ("corvid-media", "DISPUTES", "lumen-press"),
            ("lumen-press", "COMPETES_WITH", "orbit-broadcasting"),
        ],
    ),
    (  # banking: "is targeting X's customers"; courting shareholders is no rivalry
        "Pellix Finance is targeting Velmar Bank's small-business customers. Castell Capital is "
        "courting Dunmore Bank's shareholders ahead of a vote.",
        [("pellix-finance", "COMPETES_WITH", "velmar-bank")],
        [("castell-capital", "COMPETES_WITH", "dunmore-bank")],
    ),
]

# variants of the market pair, written with its rule (rivalry/market-pair)
RIVALRY += [
    (  # food: "together control N% of the market", a relative clause
        "Tagus Foods and Grainfield Group, which together control 60% of the British frozen "
        "fish market, raised prices on Monday. Fenwick Grocers said it would absorb the rise.",
        [("tagus-foods", "COMPETES_WITH", "grainfield-group")],
        [("fenwick-grocers", "COMPETES_WITH", "tagus-foods")],
    ),
    (  # media: a pair that controls a venture, not a market; shares leading a market higher
        "Orbit Broadcasting and Lumen Press control Northway Radio, which they set up in "
        "2019. Orbit and Corvid Media led the market higher on Tuesday.",
        [],
        [
            ("orbit-broadcasting", "COMPETES_WITH", "lumen-press"),
            ("orbit-broadcasting", "COMPETES_WITH", "corvid-media"),
        ],
    ),
    (  # shipping: negated
        "Kelso Shipping and Marlin Lines no longer dominate the market for North Sea ferries, "
        "after Orca Container Line opened three routes.",
        [],
        [("kelso-shipping", "COMPETES_WITH", "marlin-lines")],
    ),
]

BANK: list[Case] = FOUNDED + LEADS + PARTNERS + RIVALRY


# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {
    "Martin Gale sold his last shares": "'the airline he built': 'built' is no founding verb"
    " here (a builder may have grown, not started, a company); left for a convention",
    "Kessler Biotech's drug": "'compete against a cheaper version from Meridian': the rival"
    " makes the object; a gapped trigger 'compete against ... from' took a later name ('for"
    " customers from X'), dropped",
    "Dunlow Sports has signed": "'snatching the club from arch-rival Kitmaster': a bare"
    " 'rival X' after another organization (the club): whose rival is unclear to the role rule",
    "Tagus Stores and Grainfield Markets": "a pair ranked together ('Spain's two biggest"
    " grocers'): a rule for it cost a blind2 COMPETES_WITH false positive, dropped",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_acts2(case: Case) -> None:
    check(*case)
