"""Genre bank for intent, hedges and aborted acts (precision): a deal considered, weighed,
explored, mulled or talked about; an offer rejected, a bid withdrawn, a purchase called off,
scrapped, failed or blocked; "would" conditionals, "if", questions, denials, rumours,
"expected to"; a planned founding; ties that ended (a stake sold, a seller's past); and the
positive side of each: the act after "but", "instead", "eventually", "later", "completed its
purchase of", a former chief executive (former roles count).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across shipping, mining, food, banking, retail, pharma, energy, telecoms, autos, media,
insurance, property, farming and sport. Conventions: tests/fixtures/blind/README.md (a planned
act is no act: "plans to acquire" buys nothing, so "plans to start" founds nothing).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

# the hedge covers its own verb only: the act after "but", "instead", "later" stands
HEDGE_SCOPE: list[Case] = [
    (  # mining: "explored a bid for X but eventually acquired Y"
        "Orsk Minerals explored a bid for Talven Copper but eventually acquired Brell Nickel.",
        [("orsk-minerals", "OWNS", "brell-nickel")],
        [("orsk-minerals", "OWNS", "talven-copper")],
    ),
    (  # food: "weighed an offer for X and later bought Y instead"
        "Marlo Foods weighed an offer for Pike Bakeries and later bought Dunmore Mills instead.",
        [("marlo-foods", "OWNS", "dunmore-mills")],
        [("marlo-foods", "OWNS", "pike-bakeries")],
    ),
    (  # banking: "held talks about buying X, but it bought Y"
        "Ferrant Bank held talks about buying Quell Credit, but it bought Osby Loans in May.",
        [("ferrant-bank", "OWNS", "osby-loans")],
        [("ferrant-bank", "OWNS", "quell-credit")],
    ),
    (  # retail: "mulled a takeover of X before buying Y instead"
        "Hasker Stores mulled a takeover of Brindle Toys but acquired Cobb Games instead.",
        [("hasker-stores", "OWNS", "cobb-games")],
        [("hasker-stores", "OWNS", "brindle-toys")],
    ),
    (  # venture: "considered investing in X but instead invested in Y"
        "Pallas Ventures considered investing in Tern Robotics but instead invested in Gale "
        "Drones.",
        [("pallas-ventures", "FUNDS", "gale-drones")],
        [("pallas-ventures", "FUNDS", "tern-robotics")],
    ),
    (  # pharma: a relative clause carries the hedge, the main verb is the act
        "Renner Pharma, which had weighed a bid for Alto Labs, bought Crane Bio in June.",
        [("renner-pharma", "OWNS", "crane-bio")],
        [("renner-pharma", "OWNS", "alto-labs")],
    ),
    (  # shipping: talks first, the completed purchase later
        "Dunlin Ports held talks with Kessel Terminals for a year. In May, Dunlin completed its "
        "purchase of Kessel Terminals.",
        [("dunlin-ports", "OWNS", "kessel-terminals")],
        [],
    ),
    (  # energy: the earlier deal collapsed, the later one agreed
        "Talks with Brae Oil collapsed in March, but Fenwick Energy later agreed to buy Orly Gas.",
        [("fenwick-energy", "OWNS", "orly-gas")],
        [("fenwick-energy", "OWNS", "brae-oil")],
    ),
    (  # telecoms: a partnership considered, another one made
        "Brook Telecom considered a partnership with Vance Media but teamed up with Tyne Cable "
        "instead.",
        [("brook-telecom", "PARTNERS_WITH", "tyne-cable")],
        [("brook-telecom", "PARTNERS_WITH", "vance-media")],
    ),
]

# an act that did not happen: talks, approaches, rejected offers, abandoned or blocked bids
ABORTED: list[Case] = [
    (  # pharma: "walked away from its bid for"
        "Velora Pharma walked away from its bid for Kinsey Bio on Tuesday.",
        [],
        [("velora-pharma", "OWNS", "kinsey-bio")],
    ),
    (  # energy: "called off its purchase of"
        "Graymoor Energy called off its purchase of Solent Wind in March.",
        [],
        [("graymoor-energy", "OWNS", "solent-wind")],
    ),
    (  # telecoms: "scrapped plans to buy"
        "Brisa Telecom scrapped plans to buy Nadir Mobile after its shares fell.",
        [],
        [("brisa-telecom", "OWNS", "nadir-mobile")],
    ),
    (  # autos: "withdrew its bid for"
        "Harl Motors withdrew its bid for Penrose Parts last week.",
        [],
        [("harl-motors", "OWNS", "penrose-parts")],
    ),
    (  # media: "abandoned its offer for"
        "Alder Media abandoned its offer for Strand Radio after regulators objected.",
        [],
        [("alder-media", "OWNS", "strand-radio")],
    ),
    (  # insurance: "failed to acquire"
        "Tolland Insurance failed to acquire Merrick Life in 2023.",
        [],
        [("tolland-insurance", "OWNS", "merrick-life")],
    ),
    (  # property: passive "was blocked from buying"
        "Quarry Estates was blocked from buying Holm Towers by the city council.",
        [],
        [("quarry-estates", "OWNS", "holm-towers")],
    ),
    (  # food: "rejected a takeover offer from"
        "Cresset Foods rejected a takeover offer from Malling Group on Monday.",
        [],
        [("malling-group", "OWNS", "cresset-foods")],
    ),
    (  # mining: "was approached about a sale to"
        "Pardo Mining was approached about a sale to Vessel Resources, people familiar with the "
        "matter said.",
        [],
        [("vessel-resources", "OWNS", "pardo-mining")],
    ),
    (  # venture: "was in talks to invest in"
        "Pallas Ventures was in talks to invest in Tern Robotics, the company said.",
        [],
        [("pallas-ventures", "FUNDS", "tern-robotics")],
    ),
    (  # farming: "pulled out of the funding round for"
        "Corbel Capital pulled out of the funding round for Wick Farms in May.",
        [],
        [("corbel-capital", "FUNDS", "wick-farms")],
    ),
    (  # fishing: a proposed investment that fell through
        "Juniper Fund's proposed investment in Ostra Salmon fell through in April.",
        [],
        [("juniper-fund", "FUNDS", "ostra-salmon")],
    ),
    (  # insurance: "walked away from a partnership with"
        "Marsh Insurance walked away from a partnership with Stave Re last year.",
        [],
        [("marsh-insurance", "PARTNERS_WITH", "stave-re")],
    ),
    (  # banking: "studied a merger", "held talks about" a stake
        "Ambry Bank studied a purchase of Lorne Savings. It also held talks about a stake in "
        "Tilde Pay.",
        [],
        [("ambry-bank", "OWNS", "lorne-savings"), ("ambry-bank", "FUNDS", "tilde-pay")],
    ),
    (  # retail: "rejected an offer for" its own unit
        "Garrow Retail rejected an offer from Kinsale Partners for its shoe chain, Step Lane.",
        [],
        [("kinsale-partners", "OWNS", "step-lane")],
    ),
]

# the weighing verbs in the past, approaches, pursuits, plans; and the words they must not catch
WEIGHING: list[Case] = [
    (  # food: "weighed buying"
        "Marlo Foods weighed buying Pike Bakeries last year.",
        [],
        [("marlo-foods", "OWNS", "pike-bakeries")],
    ),
    (  # pharma: "explored an investment in"
        "Quenby Pharma explored an investment in Sorrel Bio, two people said.",
        [],
        [("quenby-pharma", "FUNDS", "sorrel-bio")],
    ),
    (  # media: "discussed a partnership with"
        "Oakum Media discussed a partnership with Trell Studios in 2024.",
        [],
        [("oakum-media", "PARTNERS_WITH", "trell-studios")],
    ),
    (  # mining: passive "was approached about"
        "Cairn Copper was approached about an investment in Dolan Zinc.",
        [],
        [("cairn-copper", "FUNDS", "dolan-zinc")],
    ),
    (  # autos: "made an approach to buy"
        "Velt Motors made an approach to buy Sark Trucks in May.",
        [],
        [("velt-motors", "OWNS", "sark-trucks")],
    ),
    (  # retail: "signed a letter of intent to buy"
        "Torrin Retail signed a letter of intent to buy Mossy Outdoor.",
        [],
        [("torrin-retail", "OWNS", "mossy-outdoor")],
    ),
    (  # property: "pursued a takeover of"
        "Halvern Estates pursued a takeover of Gable Homes for two years.",
        [],
        [("halvern-estates", "OWNS", "gable-homes")],
    ),
    (  # telecoms: "has yet to buy"
        "Sorn Telecom has yet to buy Lisle Fibre, its chief executive said.",
        [],
        [("sorn-telecom", "OWNS", "lisle-fibre")],
    ),
    (  # food: "turned down a chance to buy"
        "Kerrow Foods turned down a chance to buy Brack Cheese.",
        [],
        [("kerrow-foods", "OWNS", "brack-cheese")],
    ),
    (  # energy: "plans to partner with"
        "Dalby Power plans to partner with Wren Solar on a new farm.",
        [],
        [("dalby-power", "PARTNERS_WITH", "wren-solar")],
    ),
    (  # autos: a possessed "failed takeover of"
        "Velt Motors' failed takeover of Sark Trucks cost it $20m in fees.",
        [],
        [("velt-motors", "OWNS", "sark-trucks")],
    ),
    (  # pharma: "is reportedly close to buying"
        "Ostrel Pharma is reportedly close to buying Lune Bio.",
        [],
        [("ostrel-pharma", "OWNS", "lune-bio")],
    ),
    (  # media: "was reported to have bought"
        "Harrow Media was reported to have bought Kite Radio, but it declined to comment.",
        [],
        [("harrow-media", "OWNS", "kite-radio")],
    ),
    (  # farming: "open to a partnership with"
        "Corran Agri said it was open to a partnership with Velling Seeds.",
        [],
        [("corran-agri", "PARTNERS_WITH", "velling-seeds")],
    ),
    (  # guard: a failed bid in a preposed phrase, the main clause's purchase stands
        "After a failed bid for Sark Trucks, Velt Motors bought Lune Vans.",
        [("velt-motors", "OWNS", "lune-vans")],
        [("velt-motors", "OWNS", "sark-trucks")],
    ),
    (  # guard: "weighed on" is no weighing of a deal
        "Falling milk prices weighed on Dorran Dairy, which Harl Foods bought in 2020.",
        [("harl-foods", "OWNS", "dorran-dairy")],
        [],
    ),
    (  # guard: the plan is after the founding
        "Ana Ruiz founded Tellis Partners in 2009 and plans to list it next year.",
        [("ana-ruiz", "FOUNDED", "tellis-partners")],
        [],
    ),
]

# conditionals, questions, denials, rumours, expectation
MOOD: list[Case] = [
    (  # energy: "if ... would buy"
        "If regulators approve, Tarn Energy would buy Kelda Gas for $2bn.",
        [],
        [("tarn-energy", "OWNS", "kelda-gas")],
    ),
    (  # retail: "would invest ... if"
        "Hollis Retail would invest in Fenn Apparel if the numbers added up, its chairman said.",
        [],
        [("hollis-retail", "FUNDS", "fenn-apparel")],
    ),
    (  # telecoms: a question
        "Will Garrow Telecom buy Linnet Cable? Analysts are divided.",
        [],
        [("garrow-telecom", "OWNS", "linnet-cable")],
    ),
    (  # food: "denied it was buying"
        "Selby Foods denied it was buying Marrow Dairy.",
        [],
        [("selby-foods", "OWNS", "marrow-dairy")],
    ),
    (  # farming: "denied reports that it had invested in"
        "Pike Capital denied reports that it had invested in Leland Farms.",
        [],
        [("pike-capital", "FUNDS", "leland-farms")],
    ),
    (  # media: a person denies founding
        "Ruth Canning denied founding Galder Media, the tabloid said.",
        [],
        [("ruth-canning", "FOUNDED", "galder-media")],
    ),
    (  # shipping: "is said to be backing"
        "Brightlane Capital is said to be backing Tovar Ports.",
        [],
        [
            ("brightlane-capital", "FUNDS", "tovar-ports"),
            ("brightlane-capital", "BACKS", "tovar-ports"),
        ],
    ),
    (  # energy: "is rumoured to own"
        "Harwell Energy is rumoured to own a stake in Corrie Solar.",
        [],
        [("harwell-energy", "OWNS", "corrie-solar"), ("harwell-energy", "FUNDS", "corrie-solar")],
    ),
    (  # mining: "is expected to buy"
        "Kestle Mining is expected to buy Arran Gold next month.",
        [],
        [("kestle-mining", "OWNS", "arran-gold")],
    ),
    (  # politics: "declined to say whether she would back"
        "Senator Ada Crane declined to say whether she would back Harlan Mining.",
        [],
        [("ada-crane", "BACKS", "harlan-mining")],
    ),
    (  # politics: "is widely expected to back"
        "Mayor Ian Moss is widely expected to back Harl Foods in the planning vote.",
        [],
        [("ian-moss", "BACKS", "harl-foods")],
    ),
    (  # food: "is expected to launch" a product
        "Brisk Snacks is expected to launch the Crisp bar in May.",
        [],
        [("brisk-snacks", "FOUNDED", "crisp")],
    ),
    (  # utilities: "is expected to partner with"
        "Harl Water is expected to partner with Kell Pumps on the new plant.",
        [],
        [("harl-water", "PARTNERS_WITH", "kell-pumps")],
    ),
    (  # guard: an announced appointment counts
        "Ian Moss is expected to take over as chief executive of Harl Foods in June.",
        [("ian-moss", "LEADS", "harl-foods")],
        [],
    ),
    (  # steel: "might support"
        "Union leader Rosa Tine said she might support Orrel Steel in the vote.",
        [],
        [("rosa-tine", "BACKS", "orrel-steel")],
    ),
    (  # banking: "is tipped to become chief executive"
        "Martin Oyelaran is tipped to become chief executive of Sable Bank.",
        [],
        [("martin-oyelaran", "LEADS", "sable-bank")],
    ),
    (  # food: a partnership "in talks"
        "Arlo Foods is in talks to partner with Bexley Farms on a new cheese.",
        [],
        [("arlo-foods", "PARTNERS_WITH", "bexley-farms")],
    ),
]

# a planned founding is no founding; a founding stated beside it is
PLANNED: list[Case] = [
    (  # finance: "intends to found", the past founding kept
        "Anya Brook intends to found a new fund, Larchfield Capital, next year. She founded "
        "Tellis Partners in 2009.",
        [("anya-brook", "FOUNDED", "tellis-partners")],
        [("anya-brook", "FOUNDED", "larchfield-capital")],
    ),
    (  # shipping: "hopes to start"
        "Ivo Marsh hopes to start a shipping line, Northgate Lines, in 2027.",
        [],
        [("ivo-marsh", "FOUNDED", "northgate-lines")],
    ),
    (  # sport: "plans to set up"
        "Lena Ostrova plans to set up a cycling team, Velo Nord, next season.",
        [],
        [("lena-ostrova", "FOUNDED", "velo-nord")],
    ),
    (  # media: "is planning to launch"
        "Joss Ferrer is planning to launch a podcast network, Quill Audio.",
        [],
        [("joss-ferrer", "FOUNDED", "quill-audio")],
    ),
]

# ties that ended: a stake sold, a seller's past; a former role still counts
ENDED: list[Case] = [
    (  # food: "sold its 20% stake in X to Y": the buyer funds, the seller owns nothing
        "Harbor Foods sold its 20% stake in Kell Dairy to Amber Partners.",
        [("amber-partners", "FUNDS", "kell-dairy")],
        [("harbor-foods", "OWNS", "kell-dairy"), ("harbor-foods", "FUNDS", "kell-dairy")],
    ),
    (  # logistics: the seller of a company
        "Calvin Group sold Dray Logistics to Mott Freight for $90m.",
        [("mott-freight", "OWNS", "dray-logistics")],
        [("calvin-group", "OWNS", "dray-logistics")],
    ),
    (  # banking: a former chief executive still LEADS
        "Jane Ode stepped down as chief executive of Pell Bank in May.",
        [("jane-ode", "LEADS", "pell-bank")],
        [],
    ),
    (  # energy: "left X, where she was chair"
        "Mara Quist left Garnet Energy, where she had been chair since 2015.",
        [("mara-quist", "LEADS", "garnet-energy")],
        [],
    ),
    (  # food: "had owned X until": a tie that is over
        "Harl Foods had owned Kell Dairy until 2019, when it sold the business.",
        [],
        [("harl-foods", "OWNS", "kell-dairy")],
    ),
    (  # mining: "held N% of X until"
        "Ostrava Metals held 30% of Brandt Coal until last year.",
        [],
        [("ostrava-metals", "OWNS", "brandt-coal")],
    ),
    (  # shipping: a past perfect holding after its sale
        "Quell Shipping sold its stake in Arno Tankers in June. Quell had held 25% of Arno "
        "since 2015.",
        [],
        [("quell-shipping", "OWNS", "arno-tankers")],
    ),
    (  # guard: the purchase is stated, the later end does not undo it
        "Harl Foods bought Kell Dairy in 2001 and owned it until 2019.",
        [("harl-foods", "OWNS", "kell-dairy")],
        [],
    ),
    (  # guard: a present holding
        "Ostrava Metals holds 30% of Brandt Coal.",
        [("ostrava-metals", "OWNS", "brandt-coal")],
        [],
    ),
    (  # banking: "was approached to lead"
        "Greta Pohl was approached to lead Lantern Bank last year.",
        [],
        [("greta-pohl", "LEADS", "lantern-bank")],
    ),
    (  # autos: "put its holding up for sale" sells nothing yet
        "Bolt Motors put its 15% stake in Arc Cells up for sale. Ferro Capital is among the "
        "bidders.",
        [],
        [("ferro-capital", "FUNDS", "arc-cells"), ("ferro-capital", "OWNS", "arc-cells")],
    ),
]

# near misses of a partnership or a deal: a supply contract, a customer
SUPPLY: list[Case] = [
    (  # steel: "agreed to supply"
        "Halden Steel agreed to supply Marrow Motors with steel for five years.",
        [],
        [
            ("halden-steel", "PARTNERS_WITH", "marrow-motors"),
            ("marrow-motors", "OWNS", "halden-steel"),
        ],
    ),
    (  # telecoms: a customer
        "Crest Mobile became a customer of Ivel Networks in 2022.",
        [],
        [("crest-mobile", "PARTNERS_WITH", "ivel-networks")],
    ),
]

BANK: list[Case] = HEDGE_SCOPE + ABORTED + WEIGHING + MOOD + PLANNED + ENDED + SUPPLY

# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {
    "Mara Quist left": "'where she had been chair': a relative role after 'left X'",
    "Harl Water is expected to partner": "the partnering constructions read no plan before"
    " their verb ('expected to' is a plan only for the verbal rules)",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_intent(case: Case) -> None:
    check(*case)
