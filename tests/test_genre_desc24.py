"""Genre bank for definite descriptions that name a party by its role, sector or kin (round 24).

A party named earlier is taken up again by a description the text gave it: "the supplier"
after "came from X" or "supplied by X", "the regulator" after a named authority or agency, "the
lender" after "a loan from X", "the union", "the miner", "the retailer", "the carmaker", "the
council", "the insurer", and a kinship noun after "his sister, NAME". It is subject, object or
possessor ("the regulator's findings"). A description binds only the one entity in view the
text described so: two that fit leave it unbound, and a plural ("suppliers"), an indefinite
("a supplier") or a description that opens a new party ("the regulator in Spain") binds nothing.

Each case is a short invented text (relations that must be found, relations that must not be),
across bakery, dairy, toys, rail, tannery, autos, retail, water, aviation, pharmaceuticals,
housebuilding, shipping, textiles, haulage, mining, eggs, glass, planning, coffee, offshore
rigging, wine, printing, orchards, freight insurance, fruit growing and fishing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BANK: list[Case] = [
    (  # bakery: a supply verb ("had come from X") gives the supplier, same sentence
        "Dorrow Bakeries said its flour had come from Quenby Mills, a Welsh miller, and that it "
        "had filed suit against the supplier.",
        [("dorrow-bakeries", "DISPUTES", "quenby-mills")],
        [],
    ),
    (  # autos: "buys X from Y" gives the supplier
        "Tavrin Motors buys its seats from Pellam Interiors. Tavrin Motors has sued the "
        "supplier over faulty frames.",
        [("tavrin-motors", "DISPUTES", "pellam-interiors")],
        [],
    ),
    (  # retail: a passive supply verb
        "Halvey Stores was supplied with freezers by Brint Cooling. Halvey Stores later sued "
        "the supplier.",
        [("halvey-stores", "DISPUTES", "brint-cooling")],
        [],
    ),
    (  # water: the regulator's findings, the named authority
        "The Marrow Water Authority fined Fennick Utilities in March. Fennick Utilities "
        "disputed the regulator's findings.",
        [("fennick-utilities", "DISPUTES", "the-marrow-water-authority")],
        [],
    ),
    (  # aviation: a campaigner praising the regulator backs it
        "The Orland Aviation Agency grounded three jets of Skelby Air on Friday. Passenger "
        "campaigner Ruth Vale praised the regulator.",
        [("ruth-vale", "BACKS", "the-orland-aviation-agency")],
        [],
    ),
    (  # aviation: the same, the campaigner described in an appositive
        "The Orland Aviation Agency grounded three jets of Skelby Air on Friday. Ruth Vale, a "
        "passenger campaigner, praised the regulator.",
        [("ruth-vale", "BACKS", "the-orland-aviation-agency")],
        [],
    ),
    (  # pharmaceuticals: the regulator as subject
        "Corvane Pharma sold a cough syrup without a licence, the Drevin Medicines Commission "
        "said. The regulator has sued Corvane Pharma.",
        [("drevin-medicines-commission", "DISPUTES", "corvane-pharma")],
        [],
    ),
    (  # housebuilding: a loan gives the lender
        "Halbrook Homes took a £40m loan from Sarrow Bank in 2022. Halbrook Homes is now "
        "suing the lender.",
        [("halbrook-homes", "DISPUTES", "sarrow-bank")],
        [],
    ),
    (  # shipping: "borrowed from X" gives the lender, with a fund's name
        "Pindle Shipping borrowed $90m from Corvell Capital in 2021. Pindle Shipping later "
        "accused the lender of hiding fees.",
        [("pindle-shipping", "DISPUTES", "corvell-capital")],
        [],
    ),
    (  # textiles: the union, a federation by name
        "Most workers at Vantry Mills belong to the Textile Workers Federation. Vantry Mills "
        "criticised the union for calling a strike.",
        [("vantry-mills", "DISPUTES", "textile-workers-federation")],
        [],
    ),
    (  # haulage: the union as subject
        "Dray Haulage cut drivers' wages in June, the Road Haulage Union said. The union has "
        "sued Dray Haulage.",
        [("road-haulage-union", "DISPUTES", "dray-haulage")],
        [],
    ),
    (  # mining: "a copper miner" gives the miner
        "Kestrel Resources, a copper miner, sold ore to Bramley Smelting for a decade. Bramley "
        "Smelting has sued the miner.",
        [("bramley-smelting", "DISPUTES", "kestrel-resources")],
        [],
    ),
    (  # eggs: "a grocery chain" is the retailer
        "Ostler Farms sells its eggs to Penwick, a grocery chain. Ostler Farms accused the "
        "retailer of paying late.",
        [("ostler-farms", "DISPUTES", "penwick")],
        [],
    ),
    (  # glass: the carmaker is the one firm named a carmaker's way
        "Greyfield Glass makes windscreens for Arvel Motors. Greyfield Glass has sued the "
        "carmaker.",
        [("greyfield-glass", "DISPUTES", "arvel-motors")],
        [],
    ),
    (  # planning: the council
        "Harlow District Council refused consent to Brenner Homes in May. Brenner Homes "
        "accused the council of bias.",
        [("brenner-homes", "DISPUTES", "harlow-district-council")],
        [],
    ),
    (  # coffee: "a cafe chain" is the chain
        "Tollan Coffee, a cafe chain, buys its beans from Marrick Roasters. Marrick Roasters "
        "has sued the chain.",
        [("marrick-roasters", "DISPUTES", "tollan-coffee")],
        [],
    ),
    (  # offshore: "a rigging contractor" is the contractor
        "Velmar Offshore hired Ruskin Rigging, a rigging contractor, for the platform. Velmar "
        "Offshore has sued the contractor.",
        [("velmar-offshore", "DISPUTES", "ruskin-rigging")],
        [],
    ),
    (  # bakery, kin: "his sister's claims" after "his sister, NAME"
        "Anton Berrick runs the bakery with his sister, Livia Berrick. Anton Berrick rejects "
        "his sister's claims.",
        [("anton-berrick", "DISPUTES", "livia-berrick")],
        [],
    ),
    (  # wine, kin: "her brother" as object
        "Marta Quell founded the winery with her brother, Tomas Quell. In 2021 Marta Quell "
        "sued her brother.",
        [("marta-quell", "DISPUTES", "tomas-quell")],
        [],
    ),
    (  # freight insurance: "insured by X" is the insurer
        "Drayton Freight is insured by Calder Mutual. Drayton Freight has sued the insurer "
        "over a fire claim.",
        [("drayton-freight", "DISPUTES", "calder-mutual")],
        [],
    ),
    (  # water: relative clause, the regulator as object in the same sentence
        "Fennick Utilities, which the Marrow Water Authority fined last year, said it would "
        "sue the regulator.",
        [("fennick-utilities", "DISPUTES", "marrow-water-authority")],
        [],
    ),
    (  # fishing: "backed the regulator"
        "The Tarrow Fisheries Authority closed the bay to trawlers. Ewan Pask, who runs a "
        "trawler, backed the regulator.",
        [("ewan-pask", "BACKS", "the-tarrow-fisheries-authority")],
        [],
    ),
    (  # fruit growing: the growers' claims are the cooperative's
        "The Ashby Fruit Growers Cooperative has sued Lanton Juices over prices. Lanton Juices "
        "rejected the growers' claims.",
        [("lanton-juices", "DISPUTES", "the-ashby-fruit-growers-cooperative")],
        [],
    ),
    (  # aviation: the watchdog, a word erg knew
        "The Orland Aviation Agency fined Skelby Air in April. Skelby Air criticised the watchdog.",
        [("skelby-air", "DISPUTES", "the-orland-aviation-agency")],
        [],
    ),
    (  # pharmaceuticals: "the drugmaker" after a pharma name
        "The Drevin Medicines Commission fined Corvane Pharma. The regulator said the "
        "drugmaker had hidden test results.",
        [("the-drevin-medicines-commission", "DISPUTES", "corvane-pharma")],
        [],
    ),
    (  # dairy: the supplier as possessor ("the supplier's claims")
        "Corran Dairies buys its bottles from Hesk Glassworks. Corran Dairies rejected the "
        "supplier's claims.",
        [("corran-dairies", "DISPUTES", "hesk-glassworks")],
        [],
    ),
    (  # retail: the supplier as the agent of a passive
        "Brint Cooling supplied freezers to Halvey Stores for years. Halvey Stores was sued by "
        "the supplier in May.",
        [("brint-cooling", "DISPUTES", "halvey-stores")],
        [],
    ),
    (  # toys: a relative clause gives the supply, same sentence
        "Kessel Toys, which buys its plastic from Vorn Polymers, has sued the supplier.",
        [("kessel-toys", "DISPUTES", "vorn-polymers")],
        [],
    ),
    (  # housebuilding: "X, which supplies" gives the supplier
        "Osgood Homes hired Marl Bricks, which supplies its clay, in 2020. Osgood Homes later "
        "sued the supplier.",
        [("osgood-homes", "DISPUTES", "marl-bricks")],
        [],
    ),
    (  # shipping: "seek damages from the supplier"
        "Lorne Ferries bought its engines from Hallam Marine. Lorne Ferries will seek damages "
        "from the supplier.",
        [("lorne-ferries", "DISPUTES", "hallam-marine")],
        [],
    ),
    (  # rail: the regulator as subject of praise
        "The Norrland Rail Authority fined Lindqvist Rail in May. The regulator has since "
        "praised Ostby Trains for punctuality.",
        [("the-norrland-rail-authority", "BACKS", "ostby-trains")],
        [],
    ),
    (  # tannery, kin: "her son" as object after "her son, NAME"
        "Greta Holm built the tannery with her son, Nils Holm. Greta Holm has accused her son "
        "of fraud.",
        [("greta-holm", "DISPUTES", "nils-holm")],
        [],
    ),
    (  # guard, bakery: the supplier as the subject itself
        "Quenby Mills supplies flour to Dorrow Bakeries. The supplier has sued Dorrow Bakeries.",
        [("quenby-mills", "DISPUTES", "dorrow-bakeries")],
        [],
    ),
    (  # guard, water: a modifier the named body was never given ("the energy regulator")
        "The Marrow Water Authority fined Fennick Utilities in March. Fennick Utilities "
        "criticised the energy regulator.",
        [],
        [("fennick-utilities", "DISPUTES", "the-marrow-water-authority")],
    ),
    (  # guard, milling, kin: two sons named, "his son" stays unbound
        "Oskar Lind founded the mill with his son, Erik Lind. His son, Per Lind, joined "
        "later. Oskar Lind has sued his son.",
        [],
        [("oskar-lind", "DISPUTES", "erik-lind"), ("oskar-lind", "DISPUTES", "per-lind")],
    ),
    (  # guard, haulage: an indefinite regulator binds nothing
        "The Road Haulage Authority fined Dray Haulage in June. Dray Haulage has complained "
        "about a regulator in another country.",
        [],
        [("dray-haulage", "DISPUTES", "the-road-haulage-authority")],
    ),
    (  # bakery, kin: the name first, "NAME, his sister"
        "Anton Berrick runs the bakery with Livia Berrick, his sister. Anton Berrick rejects "
        "his sister's claims.",
        [("anton-berrick", "DISPUTES", "livia-berrick")],
        [],
    ),
    (  # glass: two carmakers in view
        "Tavrin Motors and Arvel Motors both buy glass from Greyfield Glass. Greyfield Glass "
        "has sued the carmaker.",
        [],
        [
            ("greyfield-glass", "DISPUTES", "arvel-motors"),
            ("greyfield-glass", "DISPUTES", "tavrin-motors"),
        ],
    ),
    (  # printing, kin: no comma, an adjective before the kin noun
        "Casper Nyland runs the print works with his younger sister Ilse Nyland. Casper "
        "Nyland rejects his sister's claims.",
        [("casper-nyland", "DISPUTES", "ilse-nyland")],
        [],
    ),
    (  # printing, kin: the converse kin noun ("her father" after "his daughter, NAME")
        "Casper Nyland founded the print works with his daughter, Ilse Nyland, in 1990. Ilse "
        "Nyland has sued her father.",
        [("ilse-nyland", "DISPUTES", "casper-nyland")],
        [],
    ),
    (  # guard, orchards, kin: "her son" is not the son another owner introduced
        "Oskar Lind planted the orchard with his son, Erik Lind. Agnes Brule, a neighbour, "
        "has sued her son.",
        [],
        [("agnes-brule", "DISPUTES", "erik-lind")],
    ),
    (  # haulage: "represented by X" gives the union, a name without the word
        "Drivers at Dray Haulage are represented by Castell Workers, which also organises "
        "dockers. The union has sued Dray Haulage.",
        [("castell-workers", "DISPUTES", "dray-haulage")],
        [],
    ),
    (  # haulage: the union's claims after "represented by" a guild
        "Workers at Dray Haulage are represented by the Road Transport Guild. Dray Haulage "
        "rejected the union's claims.",
        [("dray-haulage", "DISPUTES", "road-transport-guild")],
        [],
    ),
    (  # guard, haulage: two unions in view, "the union" stays unbound
        "Drivers at Dray Haulage belong to the Road Transport Union and mechanics to the Metal "
        "Trades Union. Dray Haulage criticised the union.",
        [],
        [
            ("dray-haulage", "DISPUTES", "road-transport-union"),
            ("dray-haulage", "DISPUTES", "metal-trades-union"),
        ],
    ),
    (  # guard, bakery: a generic plural binds nothing
        "Dorrow Bakeries buys its flour from Quenby Mills. Dorrow Bakeries has criticised "
        "suppliers for late deliveries.",
        [],
        [("dorrow-bakeries", "DISPUTES", "quenby-mills")],
    ),
    (  # guard, bakery: an indefinite binds nothing
        "Dorrow Bakeries buys its flour from Quenby Mills. Dorrow Bakeries has sued a "
        "supplier in Spain.",
        [],
        [("dorrow-bakeries", "DISPUTES", "quenby-mills")],
    ),
    (  # guard, autos: two suppliers in view, the description stays unbound
        "Tavrin Motors buys its seats from Pellam Interiors and its glass from Greyfield "
        "Glass. Tavrin Motors has sued the supplier.",
        [],
        [
            ("tavrin-motors", "DISPUTES", "pellam-interiors"),
            ("tavrin-motors", "DISPUTES", "greyfield-glass"),
        ],
    ),
    (  # guard, water: a regulator elsewhere is a new party
        "The Marrow Water Authority fined Fennick Utilities in March. Fennick Utilities also "
        "criticised the regulator in Spain.",
        [],
        [("fennick-utilities", "DISPUTES", "the-marrow-water-authority")],
    ),
    (  # guard, energy: no regulator named, the rival is no regulator
        "Fennick Utilities competes with Colbert Energy in the north. Fennick Utilities "
        "criticised the regulator on Monday.",
        [],
        [("fennick-utilities", "DISPUTES", "colbert-energy")],
    ),
    (  # guard, water: two public bodies fit
        "The Marrow Water Authority and the Drevin Energy Commission both fined Fennick "
        "Utilities. Fennick Utilities criticised the regulator.",
        [],
        [
            ("fennick-utilities", "DISPUTES", "the-marrow-water-authority"),
            ("fennick-utilities", "DISPUTES", "drevin-energy-commission"),
        ],
    ),
    (  # guard, bakery: no kin named, "his sister" binds nobody
        "Anton Berrick runs the bakery with Livia Berrick. Anton Berrick rejects his "
        "sister's claims.",
        [],
        [("anton-berrick", "DISPUTES", "livia-berrick")],
    ),
    (  # guard, bakery: the named sister, right today
        "Anton Berrick runs the bakery with his sister, Livia Berrick. Anton Berrick rejects "
        "Livia Berrick's claims.",
        [("anton-berrick", "DISPUTES", "livia-berrick")],
        [],
    ),
    (  # guard, packaging: the supplier by a supply verb, right today
        "Oxmoor Cartons supplies boxes to Rendle Foods. Rendle Foods has sued the supplier.",
        [("rendle-foods", "DISPUTES", "oxmoor-cartons")],
        [],
    ),
    (  # guard, water: the named authority, right today
        "Fennick Utilities has sued the Marrow Water Authority over its fine.",
        [("fennick-utilities", "DISPUTES", "marrow-water-authority")],
        [],
    ),
    (  # guard, autos: "the company" keeps erg's ranking
        "Tavrin Motors buys its seats from Pellam Interiors. Tavrin Motors has sued the "
        "company over faulty frames.",
        [("tavrin-motors", "DISPUTES", "pellam-interiors")],
        [],
    ),
    (  # guard, mining: the miner is the subject itself, no self-dispute
        "Kestrel Resources, a copper miner, cut output. The miner blamed Harlow District "
        "Council for slow permits.",
        [("kestrel-resources", "DISPUTES", "harlow-district-council")],
        [("kestrel-resources", "DISPUTES", "kestrel-resources")],
    ),
]

# mend24e (review 24, reviewer 3, F1-F7): a descriptor, apposition or name outranks a verb
# cue; cues of one sense only; a public body's name; coordination; kin keyed by its owner
MEND24E: list[Case] = [
    (  # F1: "the pressure came from X" is no supply; the described supplier wins
        "The pressure came from Strand Capital, an activist fund. Strand Capital wants Halvard "
        "Brewing to drop Orvik Packaging, a bottle supplier. Halvard Brewing sued the supplier "
        "last year.",
        [("halvard-brewing", "DISPUTES", "orvik-packaging")],
        [("halvard-brewing", "DISPUTES", "strand-capital")],
    ),
    (  # F1: "bought COMPANY from X" names a seller of a company, no supplier
        "Marble Capital bought Lumo Games from Orrin Holdings in 2019. Lumo Games relies on "
        "Pavel Plastics, a toy supplier. Lumo Games sued the supplier in March.",
        [("lumo-games", "DISPUTES", "pavel-plastics")],
        [("lumo-games", "DISPUTES", "orrin-holdings")],
    ),
    (  # F1: "made by" an offer's bidder is no supplier
        "The offer, made by Garnet Holdings, values Tolland Mining at $2 billion. Tolland "
        "Mining buys explosives from Ruck Chemicals. Tolland Mining sued the supplier.",
        [("tolland-mining", "DISPUTES", "ruck-chemicals")],
        [("tolland-mining", "DISPUTES", "garnet-holdings")],
    ),
    (  # F1: "provided by" a lender; the apposition "the supplier, X" wins
        "Financing for the plant was provided by Corvin Bank. Harrow Glass said the supplier, "
        "Ilsa Sands, had missed deliveries. Harrow Glass sued the supplier.",
        [("harrow-glass", "DISPUTES", "ilsa-sands")],
        [("harrow-glass", "DISPUTES", "corvin-bank")],
    ),
    (  # F1: "delivered record profits" is no supply
        "Brinley Power delivered record profits in 2023. Ostrava Cables, a cable supplier, "
        "agreed to a merger. Brinley Power then sued the supplier.",
        [("brinley-power", "DISPUTES", "ostrava-cables")],
        [],
    ),
    (  # F1 variant: "the money came from X" is no supply; "buys its malt from Y" is
        "The money came from Tarn Capital. Halvard Brewing buys its malt from Brisk Maltings. "
        "Halvard Brewing sued the supplier last year.",
        [("halvard-brewing", "DISPUTES", "brisk-maltings")],
        [("halvard-brewing", "DISPUTES", "tarn-capital")],
    ),
    (  # F2: analyst coverage is no insurance; the apposition wins
        "The stock is covered by Varden Securities. Corby Freight sued the insurer, Ardent "
        "Insurance, last year. Marble Capital later bought the insurer.",
        [("marble-capital", "OWNS", "ardent-insurance")],
        [("marble-capital", "OWNS", "varden-securities")],
    ),
    (  # F3: a law firm representing a company is no union
        "The Forge Workers Union sued Dunmore Steel in May. Dunmore Steel is represented by "
        "Harwell Partners in the case. Dunmore Steel said it would countersue the union.",
        [],
        [("dunmore-steel", "DISPUTES", "harwell-partners")],
    ),
    (  # F3: "X represents COMPANY" is no union
        "The Forge Workers Union sued Dunmore Steel in May. Harwell Partners represents Dunmore "
        "Steel. Tarrow Capital owns a stake in the union's pension fund.",
        [],
        [("tarrow-capital", "OWNS", "harwell-partners")],
    ),
    (  # F3: a share of sales is no union
        "Pellam Retail represented 12% of Korvo Brands' sales last year. Korvo Brands is suing "
        "the union over a strike.",
        [],
        [("korvo-brands", "DISPUTES", "pellam-retail")],
    ),
    (  # F3: an event organiser is no union
        "The conference was organised by Tallis Events. Dunmore Steel said the union had called "
        "a strike. Dunmore Steel sued the union in March.",
        [],
        [("dunmore-steel", "DISPUTES", "tallis-events")],
    ),
    (  # F4: a customer's order is no regulator's
        "Fallow Mills received an order from Brenner Foods. Fallow Mills is suing the regulator "
        "over a licence.",
        [],
        [("fallow-mills", "DISPUTES", "brenner-foods")],
    ),
    (  # F4: a licensor is no regulator
        "Vexa Pharma holds a licence from Orrin Biotech to sell the drug. Vexa Pharma sued the "
        "regulator in May.",
        [],
        [("vexa-pharma", "DISPUTES", "orrin-biotech")],
    ),
    (  # F4: a rival's warning
        "Kestrel Retail issued a profit warning. Dessa Telecom got a warning from Brisk Mobile "
        "about the patent. Dessa Telecom sued the regulator.",
        [],
        [("dessa-telecom", "DISPUTES", "brisk-mobile")],
    ),
    (  # F4: a forensic accountant's investigation
        "The fraud at Calder Bank was investigated by Carrow Forensic, an accounting firm. "
        "Calder Bank said it would sue the regulator.",
        [],
        [("calder-bank", "DISPUTES", "carrow-forensic")],
    ),
    (  # F4: an airline banning smoking
        "Tolvan Air banned smoking on its flights. Fenwick Airways sued the regulator.",
        [],
        [("fenwick-airways", "DISPUTES", "tolvan-air")],
    ),
    (  # F4 variant: an airline grounding its own fleet
        "Skyra Air grounded its fleet after the crash. Fenwick Airways sued the regulator.",
        [],
        [("fenwick-airways", "DISPUTES", "skyra-air")],
    ),
    (  # F5: a transit authority runs buses: no regulator
        "Dunmore Transit Authority runs buses in Harby. Dessa Telecom said it would sue the "
        "regulator.",
        [],
        [("dessa-telecom", "DISPUTES", "dunmore-transit-authority")],
    ),
    (  # F5: "Commission" before the head of a broker's name
        "Harby Commission Brokers advised Dessa Telecom on the deal. Brisk Mobile said it would "
        "sue the regulator.",
        [],
        [("brisk-mobile", "DISPUTES", "harby-commission-brokers")],
    ),
    (  # F6: "insured by X and Y": two insurers, unbound
        "Corby Freight's fleet is insured by Wexham Mutual and Taplow Assurance. Corby Freight "
        "is suing the insurer over unpaid claims.",
        [],
        [
            ("corby-freight", "DISPUTES", "wexham-mutual"),
            ("corby-freight", "DISPUTES", "taplow-assurance"),
        ],
    ),
    (  # F6: "buying from X and Y": two suppliers, unbound
        "Tessel Dairies said it would stop buying from Quorn Steel and Vell Metals. Lark "
        "Capital owns 20% of the supplier.",
        [],
        [("lark-capital", "OWNS", "quorn-steel"), ("lark-capital", "OWNS", "vell-metals")],
    ),
    (  # F7: another man's sister
        "Tom Varley runs Varley Boats. His sister, Ann Varley, owns 30% of Varley Boats. Peter "
        "Orme runs Orme Yachts. His sister founded Kelp Marine.",
        [],
        [("ann-varley", "FOUNDED", "kelp-marine")],
    ),
    (  # F7: "Peter Orme and his sister"
        "Tom Varley runs Varley Boats. His sister, Ann Varley, owns 30% of the firm. Years "
        "later, Tom Varley's nephew Rob Varley joined. Analysts said Peter Orme and his sister "
        "had founded Kelp Marine.",
        [],
        [("ann-varley", "FOUNDED", "kelp-marine")],
    ),
    (  # F7: another woman's son
        "Dina Roe runs Orme Yachts. Her son, Jon Roe, owns 10% of Orme Yachts. Kate Lowe "
        "chairs Brisk Marine. Her son founded Kelp Marine.",
        [],
        [("jon-roe", "FOUNDED", "kelp-marine")],
    ),
    (  # F7: another man's father
        "Emil Rosko founded Rosko Glass. His father, Piet Rosko, ran a mill. In 1990, Ivan Dorr "
        "bought Marl Ceramics. His father later bought Rosko Glass.",
        [],
        [("piet-rosko", "OWNS", "rosko-glass")],
    ),
    (  # F7: "Sam Pike ... his wife" (Sam Pike is typed an organization after "rival")
        "Tom Varley runs Varley Boats. His wife, Lena Varley, owns 30% of the firm. Tom "
        "Varley's rival, Sam Pike, said his wife founded Kelp Marine.",
        [],
        [("lena-varley", "FOUNDED", "kelp-marine")],
    ),
    (  # F7, kept: one owner, the kin noun again
        "Tom Varley runs Varley Boats. His sister, Ann Varley, owns 30% of the firm. His "
        "sister founded Kelp Marine.",
        [("ann-varley", "FOUNDED", "kelp-marine")],
        [],
    ),
    (  # F7, kept: the owner named again
        "Dina Roe runs Orme Yachts. Her son, Jon Roe, owns 10% of Orme Yachts. Dina Roe said "
        "her son founded Kelp Marine.",
        [("jon-roe", "FOUNDED", "kelp-marine")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Casper Nyland founded the print works with his daughter": (
        'a converse kin noun ("her father" for the man whose daughter NAME is) is not read'
    ),
    "Tavrin Motors and Arvel Motors both buy glass": (
        'a sector noun erg\'s own kind ranking reads ("the carmaker") still picks one of two '
        "carmakers in view: that ranking is left as it is"
    ),
    "The Orland Aviation Agency grounded three jets of Skelby Air on Friday. Passenger": (
        'a subject after a lower-case title ("Passenger campaigner X") loses a verb\'s '
        "description object: the title's reading, not the description's"
    ),
    "Tom Varley runs Varley Boats. His wife, Lena Varley": (
        '"Tom Varley\'s rival, Sam Pike" is typed an organization, so "his" is still read as '
        "Tom Varley's"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK + MEND24E, GAPS))
def test_genre_desc24(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)
