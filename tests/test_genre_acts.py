"""Genre bank for the acts of business news: disputes, leadership, founding, backing, advice,
partnerships, rivalry and location, as the trade press of many sectors writes them.

Each case is a short invented article (text, relations that must be found, relations that must
not be). The topic company has competition: other organizations, a person and a place, so that
references ("the company", "the lender", "it") have real candidates. Guards beside each true
case name the near-miss: wrong antecedent, intent, hedge, negation, source, venue, a function
rather than the organization.

Threats: "threatened to sue X" and "threatened legal action against X" are DISPUTES (a public,
hostile act against X, like an accusation); "is considering legal action" and "may sue" are
hedges and are not.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DISPUTES: list[Case] = [
    (  # food: a lawsuit filed against a supplier, the supplier named by place later
        "Harvest Lane Foods has filed a lawsuit against Corvo Packaging, claiming the Lyon "
        "supplier delivered cartons that split in transit. Harvest Lane chief executive Maria "
        "Olsen said the company had lost two supermarket contracts as a result.",
        [("harvest-lane-foods", "DISPUTES", "corvo-packaging")],
        [("maria-olsen", "DISPUTES", "corvo-packaging")],
    ),
    (  # mining: "took X to court"
        "Tarrant Minerals took Ostrava Steelworks to court last month over unpaid ore "
        "shipments. The steelmaker, which is owned by Brenner Holdings, said it would fight "
        "the claim.",
        [("tarrant-minerals", "DISPUTES", "ostrava-steelworks")],
        [("brenner-holdings", "DISPUTES", "tarrant-minerals")],
    ),
    (  # shipping: "a suit brought by X against Y"
        "A suit brought by Kelso Shipping against Marlin Terminals will be heard in Rotterdam "
        "in March. Kelso says the terminal operator damaged 40 containers during a strike.",
        [("kelso-shipping", "DISPUTES", "marlin-terminals")],
        [("marlin-terminals", "DISPUTES", "kelso-shipping")],
    ),
    (  # banking: "X is suing Y", the defendant answers with a countersuit
        "Dunmore Bank is suing Palisade Advisory for $40 million over a botched bond sale. "
        "Palisade, which is advising Crane Energy on its listing, has countersued.",
        [
            ("dunmore-bank", "DISPUTES", "palisade-advisory"),
            ("palisade-advisory", "DISPUTES", "dunmore-bank"),
        ],
        [("crane-energy", "DISPUTES", "dunmore-bank")],
    ),
    (  # retail: a complaint to a regulator about a rival; the regulator is the venue
        "Brightway Stores has complained to the Competition and Markets Authority about "
        "Fenwick Grocers, saying the chain sells milk below cost. Fenwick denied the claim.",
        [
            ("brightway-stores", "DISPUTES", "fenwick-grocers"),
            ("fenwick-grocers", "DISPUTES", "brightway-stores"),
        ],
        [("brightway-stores", "DISPUTES", "competition-and-markets-authority")],
    ),
    (  # shipping: a complaint to a regulator "over" the rival; the regulator is the venue
        "Kelso Shipping complained to the Maritime Authority over Marlin Terminals' fees. The "
        "authority said it would look at the complaint.",
        [("kelso-shipping", "DISPUTES", "marlin-terminals")],
        [("kelso-shipping", "DISPUTES", "maritime-authority")],
    ),
    (  # utilities: a regulator fines the company; "the utility" answers
        "The Energy Regulation Board fined Halsey Water £12 million for missing leakage "
        "targets. The utility, which serves 2 million homes around Leeds, said it would appeal.",
        [
            ("the-energy-regulation-board", "DISPUTES", "halsey-water"),
            ("halsey-water", "DISPUTES", "the-energy-regulation-board"),
        ],
        [],
    ),
    (  # mining: "the miner" answering a fine is the miner, not the mining authority
        "The Mining Safety Authority fined Tallis Ore after a spill. The miner said it would "
        "contest the fine in court.",
        [
            ("the-mining-safety-authority", "DISPUTES", "tallis-ore"),
            ("tallis-ore", "DISPUTES", "the-mining-safety-authority"),
        ],
        [],
    ),
    (  # pharma: arbitration started by the licensee
        "Orvane Pharma has launched arbitration proceedings against Kessler Biotech over "
        "royalties on its asthma inhaler. Kessler, based in Basel, declined to comment.",
        [("orvane-pharma", "DISPUTES", "kessler-biotech")],
        [("kessler-biotech", "DISPUTES", "orvane-pharma")],
    ),
    (  # airlines: a union strikes against the carrier; the union's leader is not the carrier
        "Pilots at Skyra Airlines walked out on Friday. The Pilots Association of Ireland, "
        "led by Dermot Quinn, called the strike against the carrier over rosters.",
        [
            ("pilots-association-of-ireland", "DISPUTES", "skyra-airlines"),
            ("dermot-quinn", "LEADS", "pilots-association-of-ireland"),
        ],
        [("dermot-quinn", "LEADS", "skyra-airlines")],
    ),
    (  # airlines: a union that spoke last accuses "management": the carrier's, not its own
        "Pilots at Skyra Airlines have voted to strike, the Irish Airline Pilots Association "
        "said. The union, which represents most of the carrier's pilots, accused management of "
        "refusing to negotiate.",
        [("irish-airline-pilots-association", "DISPUTES", "skyra-airlines")],
        [("skyra-airlines", "DISPUTES", "irish-airline-pilots-association")],
    ),
    (  # construction: "X blamed Y" and "Y hit back"
        "Corran Homes blamed Vesta Cement for cracks at its Bristol estate. Vesta hit back, "
        "saying Corran had ignored its mixing instructions.",
        [
            ("corran-homes", "DISPUTES", "vesta-cement"),
            ("vesta-cement", "DISPUTES", "corran-homes"),
        ],
        [],
    ),
    (  # sport: "in a legal battle with"
        "Ferro Athletic is locked in a legal battle with Dunlow Sports over the club's kit "
        "deal. The club's chairman, Peter Hale, said talks had failed.",
        [
            ("ferro-athletic", "DISPUTES", "dunlow-sports"),
            ("peter-hale", "LEADS", "ferro-athletic"),
        ],
        [("peter-hale", "LEADS", "dunlow-sports")],
    ),
    (  # media: a threat of legal action counts; a hedge does not
        "Lumen Press threatened to sue Orbit Broadcasting over a leaked documentary. Corvid "
        "Media, which co-produced the film, is considering legal action.",
        [("lumen-press", "DISPUTES", "orbit-broadcasting")],
        [("corvid-media", "DISPUTES", "orbit-broadcasting")],
    ),
    (  # public body: the speaker's second predicate after a reported clause about things
        "Leeds City Council has rejected Ferro Athletic's stadium plans. Council leader Jo "
        'Hart said the plans would cause "traffic chaos" and accused Ferro of ignoring '
        "residents.",
        [("jo-hart", "DISPUTES", "ferro-athletic")],
        [("jo-hart", "DISPUTES", "leeds-city-council")],
    ),
    (  # energy: scorn, rounding on and taking issue with the other side
        "Tom Reyes poured scorn on Halsey Power's expansion plan. Karen Holt took issue with "
        "the utility's figures, and Owen Pryce rounded on Nordwind Energie.",
        [
            ("tom-reyes", "DISPUTES", "halsey-power"),
            ("karen-holt", "DISPUTES", "halsey-power"),
            ("owen-pryce", "DISPUTES", "nordwind-energie"),
        ],
        [("karen-holt", "DISPUTES", "tom-reyes")],
    ),
    (  # farming: negation guard beside a true case
        "Greenacre Farms has not sued Tolland Seeds, despite reports. Greenacre has, however, "
        "accused Marrow Fertilisers of selling contaminated feed.",
        [("greenacre-farms", "DISPUTES", "marrow-fertilisers")],
        [("greenacre-farms", "DISPUTES", "tolland-seeds")],
    ),
    (  # public body: a ministry probes a company; the company cooperates
        "The Ministry of Transport has opened an investigation into Harlow Rail after two "
        "derailments. Harlow Rail said it was cooperating fully.",
        [("ministry-of-transport", "DISPUTES", "harlow-rail")],
        [("harlow-rail", "DISPUTES", "ministry-of-transport")],
    ),
    (  # banking: the accused lender rejects the claims; "the lender" reference
        "Velmar Bank was accused by Castell Capital of hiding losses in its mortgage book. The "
        "lender rejected the allegations as baseless.",
        [
            ("castell-capital", "DISPUTES", "velmar-bank"),
            ("velmar-bank", "DISPUTES", "castell-capital"),
        ],
        [],
    ),
    (  # shipping: a pronoun subject of a second lawsuit
        "Nordhav Tankers bought two ships from Kaito Yards in 2021. It sued the shipyard in "
        "June, saying both vessels had faulty engines.",
        [("nordhav-tankers", "DISPUTES", "kaito-yards")],
        [("kaito-yards", "DISPUTES", "nordhav-tankers")],
    ),
    (  # retail: a boycott called by a campaign group
        "Fairshare Alliance called for a boycott of Quarry Fashion over factory conditions in "
        "Dhaka. Quarry's chief executive, Lena Brandt, said the group was misinformed.",
        [
            ("fairshare-alliance", "DISPUTES", "quarry-fashion"),
            ("lena-brandt", "DISPUTES", "fairshare-alliance"),
        ],
        [],
    ),
    (  # retail: a court asked to overturn a regulator's ruling; the court that rules is no party
        "The Competition Authority fined Fenwick Grocers in May. Fenwick went to court to "
        "overturn the authority's ruling, and the High Court quashed the Competition "
        "Authority's fine in October.",
        [("fenwick-grocers", "DISPUTES", "the-competition-authority")],
        [("high-court", "DISPUTES", "the-competition-authority")],
    ),
    (  # mining: an appeal against a regulator's decision
        "Pellam Mining appealed against the Environment Agency's decision to close its "
        "Cornwall pit. The miner is also in talks with Tarn Capital about new funding.",
        [("pellam-mining", "DISPUTES", "environment-agency")],
        [("pellam-mining", "DISPUTES", "tarn-capital")],
    ),
    (  # pharma: the source quoting a dispute is not a party
        "Analysts at Brook Securities said Corvel Labs was likely to sue Meridian Generics "
        "over its cheaper copy of the drug.",
        [],
        [
            ("corvel-labs", "DISPUTES", "meridian-generics"),
            ("brook-securities", "DISPUTES", "meridian-generics"),
        ],
    ),
]

LEADS: list[Case] = [
    (  # retail: "X's boss Y"
        "Quarry Fashion's boss, Lena Brandt, told investors the chain would close 30 shops. "
        "Rival Tolland Retail is also shrinking.",
        [("lena-brandt", "LEADS", "quarry-fashion")],
        [("lena-brandt", "LEADS", "tolland-retail")],
    ),
    (  # banking: "Y, who heads X"
        "Shares in Dunmore Bank rose 4 per cent. Alan Price, who heads the lender, said "
        "mortgage demand in Glasgow had recovered. Castell Capital owns 8 per cent of it.",
        [("alan-price", "LEADS", "dunmore-bank")],
        [("alan-price", "LEADS", "castell-capital")],
    ),
    (  # airlines: "took the helm at"
        "Mira Sato took the helm at Skyra Airlines in January, after the carrier lost its "
        "Heathrow slots to Brisk Air.",
        [("mira-sato", "LEADS", "skyra-airlines")],
        [("mira-sato", "LEADS", "brisk-air")],
    ),
    (  # mining: "was named chief executive"
        "Tarrant Minerals said on Tuesday that Oscar Lind was named chief executive, replacing "
        "Helen Marr, who joins Brenner Holdings.",
        [("oscar-lind", "LEADS", "tarrant-minerals")],
        [("oscar-lind", "LEADS", "brenner-holdings")],
    ),
    (  # food: a chairwoman
        "Harvest Lane Foods, whose chairwoman is Ruth Keller, rejected the offer from Grainfield "
        "Group.",
        [("ruth-keller", "LEADS", "harvest-lane-foods")],
        [("ruth-keller", "LEADS", "grainfield-group")],
    ),
    (  # utilities: a managing director
        "Halsey Water managing director Owen Pryce said bills would rise. The Energy Regulation "
        "Board has yet to approve the increase.",
        [("owen-pryce", "LEADS", "halsey-water")],
        [("owen-pryce", "LEADS", "the-energy-regulation-board")],
    ),
    (  # manufacturing: a plant manager is not the company's head
        "Norveth Motors builds its vans in Valencia. Carlos Ruiz, general manager of the "
        "plant, said output would double.",
        [],
        [("carlos-ruiz", "LEADS", "norveth-motors")],
    ),
    (  # media: a functional head is not LEADS
        "Orbit Broadcasting hired Priya Shah as head of sales. The broadcaster's chief "
        "executive, Tom Reyes, said she would start in May.",
        [("tom-reyes", "LEADS", "orbit-broadcasting")],
        [("priya-shah", "LEADS", "orbit-broadcasting")],
    ),
    (  # construction: "led by" for the company
        "Corran Homes, led by chief executive Nadia Fell, won a contract from Bristol City "
        "Council for 400 flats.",
        [("nadia-fell", "LEADS", "corran-homes")],
        [("nadia-fell", "LEADS", "bristol-city-council")],
    ),
    (  # shipping: "under Y, X has ..."
        "Under Henrik Dahl, Nordhav Tankers has doubled its fleet. The company has also bought "
        "a stake in Kaito Yards.",
        [("henrik-dahl", "LEADS", "nordhav-tankers")],
        [("henrik-dahl", "LEADS", "kaito-yards")],
    ),
    (  # utilities: "will replace B as chief executive of X": the successor leads X
        "Owen Pryce will replace Ida Marsh as chief executive of Halsey Water in June. Marsh "
        "is joining Vesta Cement.",
        [("owen-pryce", "LEADS", "halsey-water")],
        [("owen-pryce", "LEADS", "vesta-cement")],
    ),
    (  # retail: the organization, then "under" a person in an aside
        "Quarry Fashion, under Lena Brandt, has closed 30 shops. Tolland Retail, its rival, "
        "has opened ten.",
        [("lena-brandt", "LEADS", "quarry-fashion")],
        [("lena-brandt", "LEADS", "tolland-retail")],
    ),
    (  # investment: "and whose founder, Y," continues a relative clause on the fund
        "Vale Drinks is backed by Tarn Capital, which invested 5 million pounds last year and "
        "whose founder, Lena Brandt, sits on Vale's board. Tarn is based in Leeds and its "
        "rival Orrin Capital, whose chief executive is Hugh Barr, is not.",
        [
            ("lena-brandt", "FOUNDED", "tarn-capital"),
            ("hugh-barr", "LEADS", "orrin-capital"),
        ],
        [("lena-brandt", "FOUNDED", "vale-drinks"), ("hugh-barr", "LEADS", "tarn-capital")],
    ),
    (  # pharma: a CEO-designate counts as an announced appointment
        "Orvane Pharma named Julia Brandt as chief executive-designate. She joins from Kessler "
        "Biotech, where she ran the cancer unit.",
        [("julia-brandt", "LEADS", "orvane-pharma")],
        [("julia-brandt", "LEADS", "kessler-biotech")],
    ),
    (  # food: an announced appointment "designate" / "-elect" counts; the old employer not
        "Tom Baird was named chief executive designate of Grainfield Group on Monday. Ruth "
        "Keller was named CEO-elect of Dalby Dairies, leaving Fenwick Grocers.",
        [("tom-baird", "LEADS", "grainfield-group"), ("ruth-keller", "LEADS", "dalby-dairies")],
        [("ruth-keller", "LEADS", "fenwick-grocers")],
    ),
    (  # sport: a candidate is not the head
        "Peter Hale is running for chairman of the Northern Football League. Hale already "
        "chairs Ferro Athletic.",
        [("peter-hale", "LEADS", "ferro-athletic")],
        [("peter-hale", "LEADS", "northern-football-league")],
    ),
    (  # farming: president of a cooperative, apposition
        "The co-operative's president, Anna Vik, said Greenacre Farms would sell its milk to "
        "Dalby Dairies. Vik has run the group since 2019.",
        [],
        [("anna-vik", "LEADS", "dalby-dairies")],
    ),
    (  # banking: a departing chief is still LEADS; the successor's future firm not
        "Castell Capital chief executive Simon Roe will step down in June. Roe is expected to "
        "join Velmar Bank as an adviser.",
        [("simon-roe", "LEADS", "castell-capital")],
        [("simon-roe", "LEADS", "velmar-bank")],
    ),
]

FOUNDED: list[Case] = [
    (  # food: "set up" with the founder's later role
        "Ruth Keller set up Harvest Lane Foods in 1998 with a single bakery van. Today the "
        "company supplies Fenwick Grocers.",
        [("ruth-keller", "FOUNDED", "harvest-lane-foods")],
        [("ruth-keller", "FOUNDED", "fenwick-grocers")],
    ),
    (  # mining: "founded in 1998 by"
        "Tarrant Minerals was founded in 2004 by geologist Oscar Lind. It sells ore to "
        "Ostrava Steelworks.",
        [("oscar-lind", "FOUNDED", "tarrant-minerals")],
        [("oscar-lind", "FOUNDED", "ostrava-steelworks")],
    ),
    (  # tech in retail: "the company Y started in his garage"
        "Pellix, the company Dev Patel started in his garage in Pune, now sells checkout "
        "software to Brightway Stores.",
        [("dev-patel", "FOUNDED", "pellix")],
        [("dev-patel", "FOUNDED", "brightway-stores")],
    ),
    (  # shipping: co-founders named in apposition
        "Kelso Shipping's co-founders, Ian Kelso and Mara Quint, sold their stakes to Marlin "
        "Terminals last year.",
        [
            ("ian-kelso", "FOUNDED", "kelso-shipping"),
            ("mara-quint", "FOUNDED", "kelso-shipping"),
        ],
        [("ian-kelso", "FOUNDED", "marlin-terminals")],
    ),
    (  # media: an organization launches a channel (a product/project)
        "Orbit Broadcasting launched Orbit Sport, a football channel, in August. Rival Lumen "
        "Press plans its own channel next year.",
        [("orbit-broadcasting", "FOUNDED", "orbit-sport")],
        [("lumen-press", "FOUNDED", "orbit-sport")],
    ),
    (  # banking: "established" in the passive
        "Dunmore Bank was established by Glasgow merchants in 1836. Its chief executive, Alan "
        "Price, founded Tarn Capital before joining the bank.",
        [("alan-price", "FOUNDED", "tarn-capital")],
        [("alan-price", "FOUNDED", "dunmore-bank")],
    ),
    (  # pharma: the founder appositive with "who co-founded"
        "Julia Brandt, who co-founded Kessler Biotech in 2010, now advises Orvane Pharma.",
        [
            ("julia-brandt", "FOUNDED", "kessler-biotech"),
            ("julia-brandt", "ADVISES", "orvane-pharma"),
        ],
        [("julia-brandt", "FOUNDED", "orvane-pharma")],
    ),
    (  # sport: intent guard
        "Peter Hale plans to start a women's team, Ferro Ladies, next year. He founded Ferro "
        "Athletic in 1990.",
        [("peter-hale", "FOUNDED", "ferro-athletic")],
        [("peter-hale", "FOUNDED", "ferro-ladies")],
    ),
    (  # farming: founder of, in the possessive
        "Greenacre Farms founder Tom Baird said the farm would sell to Dalby Dairies.",
        [("tom-baird", "FOUNDED", "greenacre-farms")],
        [("tom-baird", "FOUNDED", "dalby-dairies")],
    ),
]

BACKS: list[Case] = [
    (  # mining: shareholders back a bid: the bidder is backed
        "Brenner Holdings has agreed to buy Tarrant Minerals. Castell Capital, Tarrant's "
        "largest shareholder, said it backed the deal.",
        [("castell-capital", "BACKS", "brenner-holdings")],
        [],
    ),
    (  # mining: a board recommends the offer; a holder will accept it: both back the bidder
        "Brenner Holdings has agreed to buy Tarrant Minerals for $2 billion. Tarrant's board "
        "recommended the offer, and Castell Capital said it would accept it.",
        [
            ("tarrant-minerals", "BACKS", "brenner-holdings"),
        ],
        [("castell-capital", "BACKS", "tarrant-minerals")],
    ),
    (  # retail: the deal "has the backing of" a holder; a bank financing it is no backer
        "Fenwick Grocers agreed to buy Quarry Fashion. The deal has the backing of Tolland "
        "Retail, which owns 9 per cent of Quarry.",
        [("tolland-retail", "BACKS", "fenwick-grocers")],
        [("tolland-retail", "BACKS", "quarry-fashion")],
    ),
    (  # media: a holder throws its weight behind "the bid"; a refusal is no backing
        "Orbit Broadcasting agreed to buy Lumen Press. Corvid Media has thrown its weight "
        "behind the bid. Kelso Shipping will not accept the offer.",
        [("corvid-media", "BACKS", "orbit-broadcasting")],
        [("kelso-shipping", "BACKS", "orbit-broadcasting")],
    ),
    (  # farming: a union supports a plan
        "The National Farmers Guild came out in favour of Greenacre Farms' plan to build a "
        "biogas plant. Dalby Dairies, which buys Greenacre's milk, opposed it.",
        [("the-national-farmers-guild", "BACKS", "greenacre-farms")],
        [("dalby-dairies", "BACKS", "greenacre-farms")],
    ),
    (  # sport: an endorsement of a candidate
        "Peter Hale endorsed Maria Costa for chair of the Northern Football League. Costa "
        "runs Dunlow Sports.",
        [("peter-hale", "BACKS", "maria-costa")],
        [("peter-hale", "BACKS", "dunlow-sports")],
    ),
    (  # utilities: a minister supports the project
        "Energy minister Karen Holt said she supported the Seaview Wind Project, which "
        "Halsey Power is building off Norfolk.",
        [("karen-holt", "BACKS", "seaview-wind-project")],
        [],
    ),
    (  # energy: "an advocate of" the project; a critic is not
        "Karen Holt, a long-time advocate of the Seaview Wind Project, met Halsey Power on "
        "Monday. Tom Reyes, a critic of the scheme, stayed away.",
        [("karen-holt", "BACKS", "seaview-wind-project")],
        [("tom-reyes", "BACKS", "seaview-wind-project")],
    ),
    (  # energy: defending a project and arguing for it back it; defending a title does not
        "Karen Holt defended the Seaview Wind Project against its critics on Monday. Tom "
        "Reyes has long argued for the Northlink Pipeline. Ferro Athletic defended its title "
        "against Dunlow Rovers.",
        [
            ("karen-holt", "BACKS", "seaview-wind-project"),
            ("tom-reyes", "BACKS", "northlink-pipeline"),
        ],
        [("ferro-athletic", "BACKS", "dunlow-rovers")],
    ),
    (  # banking: coming to the defence of the chief executive backs him
        "Velmar Bank's results disappointed investors. Hugh Barr, its chairman, came to the "
        "defence of chief executive Owen Pryce on Tuesday.",
        [("hugh-barr", "BACKS", "owen-pryce"), ("hugh-barr", "LEADS", "velmar-bank")],
        [],
    ),
    (  # retail: hedge guard
        "Fenwick Grocers has yet to say whether it supports the merger of Brightway Stores "
        "and Quarry Fashion. The Shoppers Union backed Brightway.",
        [("the-shoppers-union", "BACKS", "brightway-stores")],
        [("fenwick-grocers", "BACKS", "brightway-stores")],
    ),
    (  # rail: a union backs an operator; an investment authority's backing is money
        "The Rail Workers Union has backed Harlow Rail in its row with Tarn Capital. The "
        "Qatar Investment Authority backed Harlow in 2020.",
        [("the-rail-workers-union", "BACKS", "harlow-rail")],
        [("the-rail-workers-union", "FUNDS", "harlow-rail")],
    ),
    (  # construction: a trade association backs a builder
        "The Home Builders Federation backed Corran Homes after Bristol City Council rejected "
        "its plans.",
        [("the-home-builders-federation", "BACKS", "corran-homes")],
        [("the-home-builders-federation", "FUNDS", "corran-homes")],
    ),
    (  # utilities: "is likely to" is a hedge, the stated backing beside it is not
        "Halsey Power is likely to join forces with Nordwind Energie, said Karen Holt, who "
        "backed the Seaview Wind Project.",
        [("karen-holt", "BACKS", "seaview-wind-project")],
        [("halsey-power", "PARTNERS_WITH", "nordwind-energie")],
    ),
    (  # sport: a club backing a council in a planning row is support, not money
        "Leeds City Council refused Ferro Athletic's stadium plan. Dunlow Rovers, a rival "
        "club, backed the council.",
        [("dunlow-rovers", "BACKS", "leeds-city-council")],
        [("dunlow-rovers", "FUNDS", "leeds-city-council")],
    ),
    (  # airlines: backing with money is FUNDS, not BACKS
        "Aerlinx Holdings backed Skyra Airlines with $50 million in new equity.",
        [("aerlinx-holdings", "FUNDS", "skyra-airlines")],
        [("aerlinx-holdings", "BACKS", "skyra-airlines")],
    ),
    (  # shipping: votes for a candidate
        "Nordhav Tankers voted for Ian Kelso as chair of the Baltic Shipowners Forum.",
        [("nordhav-tankers", "BACKS", "ian-kelso")],
        [],
    ),
    (  # pharma: denial guard
        "Kessler Biotech denied backing Corvel Labs in its fight with Meridian Generics.",
        [],
        [("kessler-biotech", "BACKS", "corvel-labs")],
    ),
]

ADVISES: list[Case] = [
    (  # banking: an organization acting as adviser is not ADVISES
        "Palisade Advisory is advising Crane Energy on its listing. Economist Sara Wills, "
        "who advises Crane's board, said the timing was right.",
        [("sara-wills", "ADVISES", "crane-energy")],
        [("palisade-advisory", "ADVISES", "crane-energy")],
    ),
    (  # food: "consultant to"
        "Harvest Lane Foods hired chef Marco Bell as a consultant. Bell, a consultant to "
        "Fenwick Grocers as well, designed its ready meals.",
        [("marco-bell", "ADVISES", "fenwick-grocers")],
        [],
    ),
    (  # mining: "retained as an adviser"
        "Tarrant Minerals has retained former minister Carl Hume as an adviser on permits. "
        "Hume previously chaired Ostrava Steelworks.",
        [("carl-hume", "ADVISES", "tarrant-minerals")],
        [("carl-hume", "ADVISES", "ostrava-steelworks")],
    ),
    (  # sport: "senior adviser at"
        "Ferro Athletic appointed Lars Holm, a former coach, as senior adviser to the board. "
        "Holm once played for Dunlow Rovers.",
        [("lars-holm", "ADVISES", "ferro-athletic")],
        [("lars-holm", "ADVISES", "dunlow-rovers")],
    ),
    (  # pharma: a consultant hired by the company; the drug's maker is not advised
        "Sara Wills, a regulatory consultant hired by Corvel Labs, said the trial was safe. "
        "Meridian Generics makes a rival drug.",
        [("sara-wills", "ADVISES", "corvel-labs")],
        [("sara-wills", "ADVISES", "meridian-generics")],
    ),
    (  # shipping: an advisory board member; advice sought from a person
        "Ian Kelso is a member of Nordhav Tankers' advisory board. Kaito Yards turned to Mara "
        "Quint for advice on the order.",
        [
            ("ian-kelso", "ADVISES", "nordhav-tankers"),
            ("mara-quint", "ADVISES", "kaito-yards"),
        ],
        [("kaito-yards", "ADVISES", "mara-quint")],
    ),
    (  # farming: British "counselling"
        "Anna Vik has been counselling Greenacre Farms on its sale to Dalby Dairies.",
        [("anna-vik", "ADVISES", "greenacre-farms")],
        [("anna-vik", "ADVISES", "dalby-dairies")],
    ),
    (  # pharma: "the Swiss health ministry" is no Swiss company the article described
        "Kessler Biotech, the Swiss drugmaker, has teamed up with Orvane Pharma. Julia Brandt, "
        "who chairs Kessler, advises the Swiss health ministry on pandemic planning.",
        [("julia-brandt", "LEADS", "kessler-biotech")],
        [("julia-brandt", "ADVISES", "kessler-biotech")],
    ),
    (  # public body: an adviser to a ministry, denial guard
        "Nadia Fell advises the Ministry of Housing on building rules. Corran Homes denied "
        "that it had ever retained Fell as an adviser.",
        [("nadia-fell", "ADVISES", "ministry-of-housing")],
        [("nadia-fell", "ADVISES", "corran-homes")],
    ),
]

PARTNERS: list[Case] = [
    (  # retail: "joined forces"
        "Brightway Stores has joined forces with Pellix to offer checkout-free shops in "
        "Manchester. Fenwick Grocers is testing a rival system.",
        [("brightway-stores", "PARTNERS_WITH", "pellix")],
        [("fenwick-grocers", "PARTNERS_WITH", "pellix")],
    ),
    (  # airlines: an alliance
        "Skyra Airlines formed an alliance with Brisk Air on routes to Lisbon. Aerlinx "
        "Holdings, which owns 20 per cent of Skyra, welcomed the pact.",
        [("skyra-airlines", "PARTNERS_WITH", "brisk-air")],
        [("aerlinx-holdings", "PARTNERS_WITH", "brisk-air")],
    ),
    (  # pharma: "signed a deal with X to"
        "Orvane Pharma signed a deal with Kessler Biotech to develop a malaria vaccine. "
        "Meridian Generics will make the shots.",
        [("orvane-pharma", "PARTNERS_WITH", "kessler-biotech")],
        [("meridian-generics", "PARTNERS_WITH", "orvane-pharma")],
    ),
    (  # utilities: a joint venture with
        "Halsey Power set up a joint venture with Nordwind Energie to build turbines in "
        "Hull. The venture will be run by Owen Pryce.",
        [("halsey-power", "PARTNERS_WITH", "nordwind-energie")],
        [],
    ),
    (  # media: "teamed up" with a pronoun subject
        "Lumen Press lost its printing contract last year. It has since teamed up with Corvid "
        "Media to publish a weekly magazine.",
        [("lumen-press", "PARTNERS_WITH", "corvid-media")],
        [],
    ),
    (  # farming: talks are not a partnership
        "Greenacre Farms is in talks with Dalby Dairies about a supply partnership. Greenacre "
        "already partners with Tolland Seeds.",
        [("greenacre-farms", "PARTNERS_WITH", "tolland-seeds")],
        [("greenacre-farms", "PARTNERS_WITH", "dalby-dairies")],
    ),
    (  # construction: "in partnership with"
        "Corran Homes will build the flats in partnership with Vesta Cement, the company said "
        "on Monday.",
        [("corran-homes", "PARTNERS_WITH", "vesta-cement")],
        [],
    ),
    (  # construction: a bid "with Dutch partner X"; the client is no partner
        "Kaito Yards bid for the Rotterdam crane contract with Dutch partner Van Dijk Bouw. "
        "The Port of Rotterdam Authority chose Vesta Marine instead.",
        [("kaito-yards", "PARTNERS_WITH", "van-dijk-bouw")],
        [("port-of-rotterdam-authority", "PARTNERS_WITH", "van-dijk-bouw")],
    ),
    (  # shipping: ended partnership guard
        "Kelso Shipping ended its partnership with Marlin Terminals in 2022 and now works with "
        "Nordhav Tankers.",
        [],
        [("kelso-shipping", "PARTNERS_WITH", "marlin-terminals")],
    ),
]

RIVALRY: list[Case] = [
    (  # retail: "X's rival Y"
        "Quarry Fashion's rival Tolland Retail reported higher sales. Quarry is owned by "
        "Brenner Holdings.",
        [("quarry-fashion", "COMPETES_WITH", "tolland-retail")],
        [("brenner-holdings", "COMPETES_WITH", "tolland-retail")],
    ),
    (  # airlines: "competes head-to-head"
        "Skyra Airlines competes head-to-head with Brisk Air on the Dublin route. Aerlinx "
        "Holdings leases jets to both.",
        [("skyra-airlines", "COMPETES_WITH", "brisk-air")],
        [("aerlinx-holdings", "COMPETES_WITH", "brisk-air")],
    ),
    (  # food: "market leader ahead of"
        "Dalby Dairies is the market leader in Scotland, ahead of Grainfield Group and "
        "Harvest Lane Foods.",
        [
            ("dalby-dairies", "COMPETES_WITH", "grainfield-group"),
            ("dalby-dairies", "COMPETES_WITH", "harvest-lane-foods"),
        ],
        [],
    ),
    (  # media: "vying with"
        "Orbit Broadcasting is vying with Lumen Press for the rights to the league. The "
        "Northern Football League will decide in May.",
        [("orbit-broadcasting", "COMPETES_WITH", "lumen-press")],
        [("northern-football-league", "COMPETES_WITH", "lumen-press")],
    ),
    (  # mining: "the miner's biggest competitor"
        "Pellam Mining reported a loss. Its biggest competitor, Tallis Ore, has cut prices, "
        "said Dev Roy, an analyst at Brook Securities.",
        [("pellam-mining", "COMPETES_WITH", "tallis-ore")],
        [("brook-securities", "COMPETES_WITH", "tallis-ore")],
    ),
    (  # negation guard
        "Kessler Biotech is not a competitor of Orvane Pharma, its chief executive said.",
        [],
        [("kessler-biotech", "COMPETES_WITH", "orvane-pharma")],
    ),
]

LOCATED: list[Case] = [
    (  # shipping: "of Rotterdam"
        "Marlin Terminals of Rotterdam has ordered six cranes from Kaito Yards.",
        [("marlin-terminals", "LOCATED_IN", "rotterdam")],
        [("kaito-yards", "LOCATED_IN", "rotterdam")],
    ),
    (  # food: "its Lyon factory"
        "Corvo Packaging will close its Lyon factory next year. Harvest Lane Foods, its "
        "biggest customer, is moving orders to Poland.",
        [("corvo-packaging", "LOCATED_IN", "lyon")],
        [("harvest-lane-foods", "LOCATED_IN", "lyon")],
    ),
    (  # mining: "a mine in"
        "Pellam Mining operates a copper mine in Zambia and sells the metal to Ostrava Steelworks.",
        [("pellam-mining", "LOCATED_IN", "zambia")],
        [("ostrava-steelworks", "LOCATED_IN", "zambia")],
    ),
    (  # banking: "headquartered", the lender reference
        "Castell Capital has bought 8 per cent of Dunmore Bank. The lender, headquartered in "
        "Glasgow, has 200 branches.",
        [("dunmore-bank", "LOCATED_IN", "glasgow")],
        [("castell-capital", "LOCATED_IN", "glasgow")],
    ),
    (  # retail: "-based" before the name
        "Manchester-based Brightway Stores said sales rose 3 per cent, beating Fenwick Grocers.",
        [("brightway-stores", "LOCATED_IN", "manchester")],
        [("fenwick-grocers", "LOCATED_IN", "manchester")],
    ),
    (  # airlines: "operates from"
        "Brisk Air operates from Dublin Airport and flies to 40 cities. Skyra Airlines is "
        "based in Cork.",
        [("skyra-airlines", "LOCATED_IN", "cork")],
        [("brisk-air", "LOCATED_IN", "cork")],
    ),
    (  # manufacturing: "a plant in"
        "Norveth Motors is building a battery plant in Valencia with Hanra Cells.",
        [("norveth-motors", "LOCATED_IN", "valencia")],
        [],
    ),
    (  # sport/media: "the league is based in" is said of the league, not the article's
        # broadcaster, however often it is named
        "Orbit Broadcasting has sued Lumen Press over Northern Football League highlights. "
        "Orbit paid 90 million pounds for the rights. Orbit says Lumen broke the deal. The "
        "league is based in Manchester.",
        [("northern-football-league", "LOCATED_IN", "manchester")],
        [("orbit-broadcasting", "LOCATED_IN", "manchester")],
    ),
    (  # dateline is not a location
        "OSLO — Nordhav Tankers said on Monday it would buy two ships from Kaito Yards, "
        "which is based in Busan.",
        [("kaito-yards", "LOCATED_IN", "busan")],
        [("nordhav-tankers", "LOCATED_IN", "oslo"), ("nordhav-tankers", "LOCATED_IN", "busan")],
    ),
    (  # venue guard: a court is not a location of the parties
        "Tarrant Minerals sued Ostrava Steelworks in a London court. Tarrant is based in Perth.",
        [("tarrant-minerals", "LOCATED_IN", "perth")],
        [
            ("tarrant-minerals", "LOCATED_IN", "london"),
            ("ostrava-steelworks", "LOCATED_IN", "london"),
        ],
    ),
    (  # sport: a club "from" a city
        "Dunlow Rovers, a club from Leeds, signed a striker from Ferro Athletic.",
        [("dunlow-rovers", "LOCATED_IN", "leeds")],
        [("ferro-athletic", "LOCATED_IN", "leeds")],
    ),
]


# References: the second sentence names one side by description or pronoun, with a competing
# organization in the first.
REFERENCES: list[Case] = [
    (  # mining: "the miner" is the subject of the lawsuit
        "Tallis Ore supplies zinc to Brisco Metals and Daewon Smelting. The miner sued Brisco "
        "in May over unpaid invoices.",
        [("tallis-ore", "DISPUTES", "brisco-metals")],
        [
            ("daewon-smelting", "DISPUTES", "brisco-metals"),
            ("tallis-ore", "DISPUTES", "daewon-smelting"),
        ],
    ),
    (  # banking: "the lender" accuses the other bank the first sentence named
        "Velmar Bank lent $200 million to Dunmore Bank last year. The lender accused Dunmore "
        "of hiding losses, said Hugh Barr, its chairman.",
        [("velmar-bank", "DISPUTES", "dunmore-bank")],
        [("dunmore-bank", "DISPUTES", "velmar-bank")],
    ),
    (  # airlines: "the carrier" sues its lessor, who was named last
        "Skyra Airlines leases 12 jets from Aerlinx Holdings. The carrier has sued Aerlinx "
        "over maintenance costs.",
        [("skyra-airlines", "DISPUTES", "aerlinx-holdings")],
        [("aerlinx-holdings", "DISPUTES", "skyra-airlines")],
    ),
    (  # pharma: "faces a lawsuit from"
        "Kessler Biotech faces a lawsuit from Orvane Pharma over a licensing deal. Kessler's "
        "shares fell 6 per cent in Zurich.",
        [("orvane-pharma", "DISPUTES", "kessler-biotech")],
        [("kessler-biotech", "DISPUTES", "orvane-pharma")],
    ),
    (  # banking: shareholders led by a fund sue
        "Shareholders led by Castell Capital have sued Velmar Bank over its rights issue. The "
        "bank's chairman, Hugh Barr, said the case had no merit.",
        [
            ("castell-capital", "DISPUTES", "velmar-bank"),
            ("hugh-barr", "LEADS", "velmar-bank"),
        ],
        [("hugh-barr", "LEADS", "castell-capital")],
    ),
    (  # farming: growers led by a cooperative sue a buyer
        "Growers led by Vale Cooperative have sued Dalby Dairies over milk prices. Dalby, "
        "which is owned by Grainfield Group, denied the claims.",
        [
            ("vale-cooperative", "DISPUTES", "dalby-dairies"),
            ("dalby-dairies", "DISPUTES", "vale-cooperative"),
        ],
        [("grainfield-group", "DISPUTES", "vale-cooperative")],
    ),
    (  # construction: passive relative clause "which is being sued by"
        "Vesta Cement, which is being sued by Corran Homes, reported a 10 per cent fall in "
        "profit. Its chief executive, Ida Marsh, blamed energy costs.",
        [
            ("corran-homes", "DISPUTES", "vesta-cement"),
            ("ida-marsh", "LEADS", "vesta-cement"),
        ],
        [("ida-marsh", "LEADS", "corran-homes")],
    ),
    (  # food: "lost its case against"
        "Dalby Dairies lost its case against Grainfield Group at the High Court in Edinburgh "
        "on Tuesday.",
        [("dalby-dairies", "DISPUTES", "grainfield-group")],
        [("dalby-dairies", "LOCATED_IN", "edinburgh")],
    ),
    (  # public body: a mayor criticises an operator
        "Leeds mayor Jo Hart criticised Harlow Rail for cancelling trains. The operator, owned "
        "by Tarn Capital, apologised.",
        [("jo-hart", "DISPUTES", "harlow-rail")],
        [("jo-hart", "DISPUTES", "tarn-capital")],
    ),
    (  # mining: "the miner's chief executive" with a buyer in the same sentence before
        "Brenner Holdings has bid for Tarrant Minerals. The miner's chief executive, Oscar "
        "Lind, called the offer too low.",
        [("oscar-lind", "LEADS", "tarrant-minerals")],
        [("oscar-lind", "LEADS", "brenner-holdings")],
    ),
    (  # steel: "is run by"
        "Ostrava Steelworks is run by Pavel Novak, a former banker at Dunmore Bank.",
        [("pavel-novak", "LEADS", "ostrava-steelworks")],
        [("pavel-novak", "LEADS", "dunmore-bank")],
    ),
    (  # airlines: "the airline" with an earlier chief executive in title position
        "Brisk Air will lease four jets from Aerlinx Holdings. Chief executive Sam Ito said "
        "the airline would add routes to Lisbon.",
        [("sam-ito", "LEADS", "brisk-air")],
        [("sam-ito", "LEADS", "aerlinx-holdings")],
    ),
    (  # food: chairman and chief executive, possessive
        "Tagus Foods' chairman and chief executive, Rui Matos, said the group would bid for "
        "Grainfield Group.",
        [("rui-matos", "LEADS", "tagus-foods")],
        [("rui-matos", "LEADS", "grainfield-group")],
    ),
    (  # food: fronted participle "Founded by"
        "Founded by Ana Reis in 2011, Tagus Foods now employs 400 people. It sells frozen "
        "fish to Fenwick Grocers.",
        [("ana-reis", "FOUNDED", "tagus-foods")],
        [("ana-reis", "FOUNDED", "fenwick-grocers")],
    ),
    (  # shipbuilding: "which was set up in 1970 by"
        "Kaito Yards, which was set up in 1970 by Ken Kaito, builds tankers for Nordhav Tankers.",
        [("ken-kaito", "FOUNDED", "kaito-yards")],
        [("ken-kaito", "FOUNDED", "nordhav-tankers")],
    ),
    (  # food: "the business" names the founded company
        "Tagus Foods has agreed to supply Brightway Stores. Ana Reis, who started the business "
        "in her kitchen in Porto, still owns half of it.",
        [("ana-reis", "FOUNDED", "tagus-foods")],
        [("ana-reis", "FOUNDED", "brightway-stores")],
    ),
    (  # retail: a union throws its support behind a bid
        "Tarn Capital has offered to buy Harlow Rail. The Transport Workers Union threw its "
        "support behind Tarn's bid on Monday.",
        [("the-transport-workers-union", "BACKS", "tarn-capital")],
        [("the-transport-workers-union", "BACKS", "harlow-rail")],
    ),
    (  # energy: a minister champions a project
        "Finance minister Leo Varga has championed the Northlink Pipeline, which Halsey Power "
        "will operate.",
        [("leo-varga", "BACKS", "northlink-pipeline")],
        [("leo-varga", "BACKS", "halsey-power")],
    ),
    (  # food: "the Lisbon food group"
        "Grainfield Group has rejected a bid from Tagus Foods, the Lisbon food group.",
        [("tagus-foods", "LOCATED_IN", "lisbon")],
        [("grainfield-group", "LOCATED_IN", "lisbon")],
    ),
    (  # food: a trade noun beyond the company heads ("a coffee roaster in Lisbon"); a partner
        # "in" a city is no location
        "Grainfield Group bought Tagus Coffee, a coffee roaster in Lisbon. Kestrel Metals, a "
        "steel fabricator in Sheffield, and Orrin Capital, a partner in Leeds, lent money.",
        [
            ("tagus-coffee", "LOCATED_IN", "lisbon"),
            ("kestrel-metals", "LOCATED_IN", "sheffield"),
        ],
        [("grainfield-group", "LOCATED_IN", "lisbon"), ("orrin-capital", "LOCATED_IN", "leeds")],
    ),
    (  # batteries: a Seoul-based maker in apposition
        "Norveth Motors will buy cells from Hanra Cells, a Seoul-based battery maker.",
        [("hanra-cells", "LOCATED_IN", "seoul")],
        [("norveth-motors", "LOCATED_IN", "seoul")],
    ),
    (  # dairy: "which has its head office in"
        "Dalby Dairies, which has its head office in Aberdeen, buys milk from Greenacre Farms.",
        [("dalby-dairies", "LOCATED_IN", "aberdeen")],
        [("greenacre-farms", "LOCATED_IN", "aberdeen")],
    ),
    (  # mining: "its Antofagasta smelter"
        "Tallis Ore said its Antofagasta smelter would reopen in June. Daewon Smelting buys "
        "most of its output.",
        [("tallis-ore", "LOCATED_IN", "antofagasta")],
        [("daewon-smelting", "LOCATED_IN", "antofagasta")],
    ),
    (  # brewing: a named owner's site; a rival's city is not a site
        "Kestrel Brewing's Munich brewery will double output. Its Hamburg rival, Alster Bräu, "
        "has cut prices.",
        [("kestrel-brewing", "LOCATED_IN", "munich")],
        [("kestrel-brewing", "LOCATED_IN", "hamburg")],
    ),
    (  # steel: "shut its C works" with a buyer named before
        "Brenner Holdings will buy Ostrava Steelworks. Ostrava said it would shut its Katowice "
        "works in March.",
        [("ostrava-steelworks", "LOCATED_IN", "katowice")],
        [("brenner-holdings", "LOCATED_IN", "katowice")],
    ),
    (  # mining: a former partner is no partner; the accusation stands
        "Tarrant Minerals accused its former partner Ostrava Steelworks of fraud. Tarrant's "
        "ex-rival Pellam Mining stayed out of the row.",
        [("tarrant-minerals", "DISPUTES", "ostrava-steelworks")],
        [
            ("tarrant-minerals", "PARTNERS_WITH", "ostrava-steelworks"),
            ("tarrant-minerals", "COMPETES_WITH", "pellam-mining"),
        ],
    ),
    (  # farming: a deal pulled out of is no partnership; the accusation after it stands
        "Greenacre Farms pulled out of its supply deal with Dalby Dairies on Friday. Greenacre "
        "has signed a partnership with Tolland Seeds instead.",
        [("greenacre-farms", "PARTNERS_WITH", "tolland-seeds")],
        [("greenacre-farms", "PARTNERS_WITH", "dalby-dairies")],
    ),
    (  # steel: a terminated contract
        "Ostrava Steelworks terminated its contract with Tarrant Minerals, citing late "
        "deliveries. The steelmaker now buys ore from Pellam Mining.",
        [],
        [("ostrava-steelworks", "PARTNERS_WITH", "tarrant-minerals")],
    ),
    (  # food: coordinated subjects form a partnership
        "Tagus Foods and Grainfield Group have formed a partnership to sell frozen meals in Spain.",
        [("tagus-foods", "PARTNERS_WITH", "grainfield-group")],
        [],
    ),
    (  # media: struck a deal
        "Orbit Broadcasting struck a content deal with Corvid Media, the broadcaster said.",
        [("orbit-broadcasting", "PARTNERS_WITH", "corvid-media")],
        [],
    ),
    (  # shipbuilding: "a partner of" in apposition
        "Kaito Yards, a long-time partner of Nordhav Tankers, won an order from Kelso Shipping.",
        [("kaito-yards", "PARTNERS_WITH", "nordhav-tankers")],
        [("kaito-yards", "PARTNERS_WITH", "kelso-shipping")],
    ),
    (  # food: "fierce rivals" appositive of a coordination
        "Tagus Foods and Grainfield Group, fierce rivals in frozen fish, both raised prices. "
        "Fenwick Grocers said it would absorb the rise.",
        [("tagus-foods", "COMPETES_WITH", "grainfield-group")],
        [("fenwick-grocers", "COMPETES_WITH", "tagus-foods")],
    ),
    (  # sport: a ranking "ahead of"; the sponsor is no rival; "ahead of" a date is no rank
        "Ferro Athletic finished second, ahead of Dunlow Rovers, ahead of its move to a new "
        "stadium. Brisk Air sponsors both clubs.",
        [("ferro-athletic", "COMPETES_WITH", "dunlow-rovers")],
        [("brisk-air", "COMPETES_WITH", "dunlow-rovers")],
    ),
    (  # banking: three named rivals in apposition; "both rivals of" names a third party
        "Velmar Bank, Dunmore Bank and Castell Capital, rivals for decades, will share cash "
        "machines. Tagus Foods and Fenwick Grocers, both clients of Velmar, welcomed it.",
        [
            ("velmar-bank", "COMPETES_WITH", "dunmore-bank"),
            ("dunmore-bank", "COMPETES_WITH", "castell-capital"),
        ],
        [("tagus-foods", "COMPETES_WITH", "fenwick-grocers")],
    ),
    (  # airlines: "which competes with"
        "Brisk Air, which competes with Skyra on most Irish routes, cut fares. Skyra Airlines "
        "is owned by Aerlinx Holdings.",
        [("brisk-air", "COMPETES_WITH", "skyra-airlines")],
        [("brisk-air", "COMPETES_WITH", "aerlinx-holdings")],
    ),
    (  # retail: "lost market share to rival"
        "Tolland Retail has lost market share to rival Quarry Fashion, said Dev Roy of Brook "
        "Securities.",
        [("tolland-retail", "COMPETES_WITH", "quarry-fashion")],
        [("brook-securities", "COMPETES_WITH", "quarry-fashion")],
    ),
    (  # airlines: a description inside the subject's own relative clause or appositive is
        # the other company
        "Skyra Airlines cut fares on Monday. Brisk Air, which competes with the carrier on most "
        "routes, followed. Ostrel Air, a partner of the carrier, did not.",
        [
            ("brisk-air", "COMPETES_WITH", "skyra-airlines"),
            ("ostrel-air", "PARTNERS_WITH", "skyra-airlines"),
        ],
        [("ostrel-air", "PARTNERS_WITH", "brisk-air")],
    ),
    (  # retail: "faces competition from"
        "Brightway Stores faces growing competition from Fenwick Grocers in the north.",
        [("brightway-stores", "COMPETES_WITH", "fenwick-grocers")],
        [],
    ),
    (  # mining: "an adviser to the miner"
        "Brenner Holdings has bid for Tarrant Minerals. Carl Hume, an adviser to the miner, "
        "said the board would reject it.",
        [("carl-hume", "ADVISES", "tarrant-minerals")],
        [("carl-hume", "ADVISES", "brenner-holdings")],
    ),
    (  # pharma: "hired X as a consultant"
        "Corvel Labs has hired Sara Wills as a consultant on its cancer trials. Wills used to "
        "work at Meridian Generics.",
        [("sara-wills", "ADVISES", "corvel-labs")],
        [("sara-wills", "ADVISES", "meridian-generics")],
    ),
]

BANK: list[Case] = DISPUTES + LEADS + FOUNDED + BACKS + ADVISES + PARTNERS + RIVALRY + LOCATED
BANK += REFERENCES


# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {
    "Fairshare Alliance called for a boycott": "'said the group was misinformed': a"
    " characterization of the other side is no dispute trigger",
    "Tagus Foods has agreed to supply": "'who started the business': the description goes to"
    " the latest company, not the supplier the sentence before opened with",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_acts(case: Case) -> None:
    check(*case)
