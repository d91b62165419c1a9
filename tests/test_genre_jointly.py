"""Genre bank for joint ventures and shared ownership: a companion owner after "owns X jointly
with B" or "co-owns X with B", a fronted "Jointly owned by A and B, X ...", an absolute "with
each holding half" after a founding, a venture named before a colon or a full stop and its
holders' shares ("X is a joint venture: A owns 51% and B the rest"), gapped second holders ("A
holds 70% of X and B 30%"), a venture named in apposition or after "called", "the venture" and
"each owns half" in a later sentence.

Conventions (tests/fixtures/blind/README.md): a stake held is OWNS; a venture that the text calls
a joint venture is typed a Project, and its members FUND it; founding a venture is FOUNDED, and
the founders' shares are OWNS when the venture is a company.

Each case is a short invented text (text, relations that must be found, relations that must not
be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: a planned, proposed or discussed venture, a venture
that would be created, a dropped or denied one, a joint bid, a supply contract, a customer, a
wound-up venture, a share of a market or of sales, a companion who only works with the owner.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OWNED_WITH: list[Case] = [
    (  # autos: object relative "which A owns jointly with B"
        "Ravel Vans, which Osgood Trust owns jointly with Pellow Capital, builds delivery vans.",
        [("osgood-trust", "OWNS", "ravel-vans"), ("pellow-capital", "OWNS", "ravel-vans")],
        [("osgood-trust", "OWNS", "pellow-capital")],
    ),
    (  # shipping: "A owns X jointly with B"
        "Brannock Steel owns Saltmarsh Terminals jointly with Oleander Shipping.",
        [
            ("brannock-steel", "OWNS", "saltmarsh-terminals"),
            ("oleander-shipping", "OWNS", "saltmarsh-terminals"),
        ],
        [("brannock-steel", "OWNS", "oleander-shipping")],
    ),
    (  # telecoms: "A co-owns X with B"
        "Harlan Telecom co-owns Vesta Towers with Mirren Capital.",
        [("harlan-telecom", "OWNS", "vesta-towers"), ("mirren-capital", "OWNS", "vesta-towers")],
        [("harlan-telecom", "OWNS", "mirren-capital")],
    ),
    (  # food: "A owns X together with B"
        "Marlow Foods owns Dunrae Creamery together with Pentry Dairy.",
        [("marlow-foods", "OWNS", "dunrae-creamery"), ("pentry-dairy", "OWNS", "dunrae-creamery")],
        [("marlow-foods", "OWNS", "pentry-dairy")],
    ),
    (  # insurance: object relative "which A co-owns with B"
        "Pellam Re, which Corby Insurance co-owns with Arbury Life, writes marine cover.",
        [("corby-insurance", "OWNS", "pellam-re"), ("arbury-life", "OWNS", "pellam-re")],
        [("corby-insurance", "OWNS", "arbury-life")],
    ),
    (  # banking: pronoun subject, "It owns X jointly with B"
        "Ostra Bank opened in 1990. It owns Fenwick Cards jointly with Dorran Bank.",
        [("ostra-bank", "OWNS", "fenwick-cards"), ("dorran-bank", "OWNS", "fenwick-cards")],
        [("ostra-bank", "OWNS", "dorran-bank")],
    ),
    (  # food: "the company" subject, "owns X jointly with B"
        "Dunmore Foods grew fast in 2022. The company owns Harlow Mills jointly with Pexa Grain.",
        [("dunmore-foods", "OWNS", "harlow-mills"), ("pexa-grain", "OWNS", "harlow-mills")],
        [("dunmore-foods", "OWNS", "pexa-grain")],
    ),
    (  # rail: object relative "which A controls jointly with B"
        "Brennan Rail, which Korvi Group controls jointly with Lisle Capital, runs freight trains.",
        [("korvi-group", "OWNS", "brennan-rail"), ("lisle-capital", "OWNS", "brennan-rail")],
        [("korvi-group", "OWNS", "lisle-capital")],
    ),
    (  # guard: a negated holding "together with"
        "Tamsin Telecom does not own Vesta Towers together with Mirren Capital.",
        [],
        [("tamsin-telecom", "OWNS", "vesta-towers"), ("mirren-capital", "OWNS", "vesta-towers")],
    ),
    (  # guard: a companion the owner only works with
        "Brannock Steel owns Saltmarsh Terminals and works with Oleander Shipping.",
        [("brannock-steel", "OWNS", "saltmarsh-terminals")],
        [("oleander-shipping", "OWNS", "saltmarsh-terminals")],
    ),
    (  # guard: the companion of another verb than the holding one
        "Harlan Telecom owns Vesta Towers and works together with Mirren Capital.",
        [("harlan-telecom", "OWNS", "vesta-towers")],
        [("mirren-capital", "OWNS", "vesta-towers")],
    ),
    (  # pharma: a co-investor "along with B" is no investee
        "Kestrel Capital invested $5 million in Orvo Labs along with Brisk Ventures.",
        [("kestrel-capital", "FUNDS", "orvo-labs"), ("brisk-ventures", "FUNDS", "orvo-labs")],
        [("kestrel-capital", "FUNDS", "brisk-ventures")],
    ),
    (  # guard: a negated joint holding
        "Harlan Telecom does not own Vesta Towers jointly with Mirren Capital.",
        [],
        [("harlan-telecom", "OWNS", "vesta-towers"), ("mirren-capital", "OWNS", "vesta-towers")],
    ),
]

FRONTED: list[Case] = [
    (  # shipping: fronted "Jointly owned by A and B, X ..."
        "Jointly owned by Halvey Partners and Corran Group, Brisling Ferries runs six ships.",
        [
            ("halvey-partners", "OWNS", "brisling-ferries"),
            ("corran-group", "OWNS", "brisling-ferries"),
        ],
        [],
    ),
    (  # food: "Equally owned by A and B, X ..."
        "Equally owned by Ardent Foods and Melwick Farms, Orchard Juice sells in 40 countries.",
        [("ardent-foods", "OWNS", "orchard-juice"), ("melwick-farms", "OWNS", "orchard-juice")],
        [],
    ),
    (  # mining: "Co-owned by A and B, X ..."
        "Co-owned by Tarrow Mining and Kessel Metals, Greyrock Minerals ships ore to Asia.",
        [
            ("tarrow-mining", "OWNS", "greyrock-minerals"),
            ("kessel-metals", "OWNS", "greyrock-minerals"),
        ],
        [],
    ),
    (  # media: "Jointly-owned by A, B and C, X ..."
        "Jointly-owned by Calloway Media, Finch Press and Stroud Radio, Northlight TV airs news.",
        [
            ("calloway-media", "OWNS", "northlight-tv"),
            ("finch-press", "OWNS", "northlight-tv"),
            ("stroud-radio", "OWNS", "northlight-tv"),
        ],
        [],
    ),
    (  # guard: a fronted "Supplied by A and B" owns nothing
        "Supplied by Ardent Foods and Melwick Farms, Orchard Juice sells in 40 countries.",
        [],
        [("ardent-foods", "OWNS", "orchard-juice"), ("melwick-farms", "OWNS", "orchard-juice")],
    ),
]

EACH_HOLDING: list[Case] = [
    (  # energy: "A and B set up X in 2018, with each holding half"
        "Rendle Power and Osk Energy set up Nordby Grid in 2018, with each holding half.",
        [
            ("rendle-power", "FOUNDED", "nordby-grid"),
            ("rendle-power", "OWNS", "nordby-grid"),
            ("osk-energy", "OWNS", "nordby-grid"),
        ],
        [("rendle-power", "OWNS", "osk-energy")],
    ),
    (  # farming: "founded X, each holding 50%"
        "Larch Agri and Tamsin Seeds founded Fieldmark Grain, each holding 50%.",
        [("larch-agri", "OWNS", "fieldmark-grain"), ("tamsin-seeds", "OWNS", "fieldmark-grain")],
        [("larch-agri", "OWNS", "tamsin-seeds")],
    ),
    (  # mining: "with each owning a 50% stake"
        "Harwick Mining and Selby Resources created Tarnby Nickel in 2015, with each owning a "
        "50% stake.",
        [("harwick-mining", "OWNS", "tarnby-nickel"), ("selby-resources", "OWNS", "tarnby-nickel")],
        [],
    ),
    (  # autos: "each taking a 50% stake"
        "Kestrel Motors and Orland Holdings set up Vanta Drive, each taking a 50% stake.",
        [("kestrel-motors", "OWNS", "vanta-drive"), ("orland-holdings", "OWNS", "vanta-drive")],
        [],
    ),
    (  # banking: "each with a 50% stake"
        "Halvard Bank and Orrin Credit founded Paymark, each with a 50% stake.",
        [("halvard-bank", "OWNS", "paymark"), ("orrin-credit", "OWNS", "paymark")],
        [],
    ),
    (  # property: the absolute inside the clause, "each holding half, in 2017"
        "Pellow Estates and Corvin Homes set up Quayside Living, each holding half, in 2017.",
        [
            ("pellow-estates", "OWNS", "quayside-living"),
            ("corvin-homes", "OWNS", "quayside-living"),
        ],
        [],
    ),
    (  # guard: "each contributing staff" holds nothing
        "Halvard Bank and Orrin Credit set up Paymark, each contributing staff.",
        [("halvard-bank", "FOUNDED", "paymark")],
        [("halvard-bank", "OWNS", "paymark"), ("orrin-credit", "OWNS", "paymark")],
    ),
    (  # guard: "with each supplying milk" holds nothing
        "Marlow Foods and Pentry Dairy set up Dunrae Creamery, with each supplying milk.",
        [("marlow-foods", "FOUNDED", "dunrae-creamery")],
        [("marlow-foods", "OWNS", "dunrae-creamery"), ("pentry-dairy", "OWNS", "dunrae-creamery")],
    ),
]

NAMED_VENTURES: list[Case] = [
    (  # energy: "X is a joint venture: A owns 51% and B the rest" (a venture: funded)
        "Halden Ports is a joint venture: Brisk Shipping owns 60% and Calder Logistics the rest.",
        [
            ("brisk-shipping", "FUNDS", "halden-ports"),
            ("calder-logistics", "FUNDS", "halden-ports"),
        ],
        [("brisk-shipping", "OWNS", "calder-logistics")],
    ),
    (  # food: "X is a joint venture in which A holds 51% and B 49%"
        "Crestwell Cheese is a joint venture in which Marlow Foods holds 51% and Pentry Dairy 49%.",
        [
            ("marlow-foods", "FUNDS", "crestwell-cheese"),
            ("pentry-dairy", "FUNDS", "crestwell-cheese"),
        ],
        [("marlow-foods", "OWNS", "pentry-dairy")],
    ),
    (  # mining: "X is a 60-40 venture where A has 60% and B has the rest" (a company: OWNS)
        "Tarnby Nickel is a 60-40 venture where Harwick Mining has 60% and Selby Resources has "
        "the remainder.",
        [
            ("harwick-mining", "OWNS", "tarnby-nickel"),
            ("selby-resources", "OWNS", "tarnby-nickel"),
        ],
        [("harwick-mining", "OWNS", "selby-resources")],
    ),
    (  # shipping: coordinated holders after the colon, "A and B each own half"
        "Kellerby Ports is a joint venture: Ostrom Shipping and Dalgety Lines each own half.",
        [
            ("ostrom-shipping", "FUNDS", "kellerby-ports"),
            ("dalgety-lines", "FUNDS", "kellerby-ports"),
        ],
        [("ostrom-shipping", "OWNS", "dalgety-lines")],
    ),
    (  # guard: the members' work after the colon holds nothing
        "Kellerby Solar is a joint venture: Ostrom Energy builds panels and Dalgety Power sells "
        "the power.",
        [],
        [
            ("ostrom-energy", "FUNDS", "kellerby-solar"),
            ("dalgety-power", "FUNDS", "kellerby-solar"),
        ],
    ),
    (  # property: "X is a 50-50 joint venture between A and B"
        "Quayside Lofts is a 50-50 joint venture between Merrion Estates and Caldey Homes.",
        [
            ("merrion-estates", "FUNDS", "quayside-lofts"),
            ("caldey-homes", "FUNDS", "quayside-lofts"),
        ],
        [("merrion-estates", "PARTNERS_WITH", "caldey-homes")],
    ),
    (  # pharma: appositive "X, a joint venture of A and B, ..."
        "Velora Bio, a joint venture of Quenby Therapeutics and Orwell Pharma, began trials.",
        [("quenby-therapeutics", "FUNDS", "velora-bio"), ("orwell-pharma", "FUNDS", "velora-bio")],
        [("quenby-therapeutics", "PARTNERS_WITH", "orwell-pharma")],
    ),
    (  # telecoms: "set up a 50-50 joint venture called X"
        "Harlan Telecom and Dorset Cable set up a 50-50 joint venture called Fibrelink.",
        [("harlan-telecom", "FUNDS", "fibrelink"), ("dorset-cable", "FUNDS", "fibrelink")],
        [],
    ),
    (  # retail: "formed X, a 50-50 joint venture, in 2021": both founders
        "Brackley Stores and Ostrander Retail formed Kiosk Lane, a 50-50 joint venture, in 2021.",
        [
            ("brackley-stores", "FOUNDED", "kiosk-lane"),
            ("ostrander-retail", "FOUNDED", "kiosk-lane"),
        ],
        [],
    ),
    (  # shipping: gapped second holder, "A holds 70% of X and B 30%"
        "Harwick Shipping holds 70% of Tarnby Tankers and Selby Marine 30%.",
        [
            ("harwick-shipping", "OWNS", "tarnby-tankers"),
            ("selby-marine", "OWNS", "tarnby-tankers"),
        ],
        [("harwick-shipping", "OWNS", "selby-marine")],
    ),
    (  # banking: "A holds 60% of the venture, X, and B the remainder"
        "Corvo Bank holds 60% of the venture, Paymark Cards, and Brisk Credit the remainder.",
        [("corvo-bank", "OWNS", "paymark-cards"), ("brisk-credit", "OWNS", "paymark-cards")],
        [("corvo-bank", "OWNS", "brisk-credit")],
    ),
    (  # insurance: "A owns 60% and B the rest of X"
        "Corby Insurance owns 60% and Arbury Life the rest of Pellam Marine.",
        [("corby-insurance", "OWNS", "pellam-marine"), ("arbury-life", "OWNS", "pellam-marine")],
        [],
    ),
    (  # autos: relative "in which A has a 51% stake"
        "Saltmarsh Axles, in which Brannock Motors has a 51% stake, makes axles.",
        [("brannock-motors", "OWNS", "saltmarsh-axles")],
        [],
    ),
    (  # energy: passive split "is owned 51% by A and 49% by B"
        "Fennick Solar is owned 51% by Larch Energy and 49% by Osric Power.",
        [("larch-energy", "OWNS", "fennick-solar"), ("osric-power", "OWNS", "fennick-solar")],
        [],
    ),
    (  # farming: "is equally owned by A and B"
        "Tamsin Fertilisers is equally owned by Larch Agri and Wexley Farms.",
        [
            ("larch-agri", "OWNS", "tamsin-fertilisers"),
            ("wexley-farms", "OWNS", "tamsin-fertilisers"),
        ],
        [],
    ),
    (  # mining: coordination "A and B each own half of X"
        "Kolby Mining and Arrow Resources each own half of Dunmore Copper.",
        [("kolby-mining", "OWNS", "dunmore-copper"), ("arrow-resources", "OWNS", "dunmore-copper")],
        [("kolby-mining", "OWNS", "arrow-resources")],
    ),
    (  # media: relative "which is jointly owned by A and B"
        "Northlight Radio, which is jointly owned by Calloway Media and Finch Press, hired staff.",
        [
            ("calloway-media", "OWNS", "northlight-radio"),
            ("finch-press", "OWNS", "northlight-radio"),
        ],
        [],
    ),
    (  # food: "the rest is held by B" after a stake
        "Marlow Foods owns 60% of Dunrae Creamery, with Pentry Dairy holding the remaining 40%.",
        [("marlow-foods", "OWNS", "dunrae-creamery"), ("pentry-dairy", "OWNS", "dunrae-creamery")],
        [("pentry-dairy", "OWNS", "marlow-foods")],
    ),
    (  # energy: "the two companies each own half of it" in a later sentence
        "Rendle Power and Osk Energy launched Nordby Grid in 2019. The two companies each own "
        "half of it.",
        [("rendle-power", "OWNS", "nordby-grid"), ("osk-energy", "OWNS", "nordby-grid")],
        [],
    ),
    (  # farming: "Each owns half of the venture" in a later sentence
        "Larch Agri and Tamsin Seeds set up Fieldmark Grain in 2020. Each owns half of the "
        "venture.",
        [("larch-agri", "OWNS", "fieldmark-grain"), ("tamsin-seeds", "OWNS", "fieldmark-grain")],
        [],
    ),
    (  # autos: "set up X as a joint venture with B": A founds X and partners B
        "Kestrel Motors set up Vanta Cells as a joint venture with Orland Batteries.",
        [
            ("kestrel-motors", "FOUNDED", "vanta-cells"),
            ("kestrel-motors", "PARTNERS_WITH", "orland-batteries"),
        ],
        [("vanta-cells", "PARTNERS_WITH", "orland-batteries")],
    ),
    (  # autos: the companion of a venture set up "as a joint venture with B" co-founds it
        "Kestrel Motors set up Vanta Axles as a joint venture with Orland Batteries in 2020.",
        [("orland-batteries", "FOUNDED", "vanta-axles")],
        [],
    ),
    (  # retail: "formed X, a 50-50 joint venture with B": B is no partner of the venture
        "Brackley Stores formed Kiosk Lane, a 50-50 joint venture with Ostrander Retail, in 2021.",
        [
            ("brackley-stores", "FOUNDED", "kiosk-lane"),
            ("brackley-stores", "PARTNERS_WITH", "ostrander-retail"),
        ],
        [("kiosk-lane", "PARTNERS_WITH", "ostrander-retail")],
    ),
    (  # mining: a joint venture's project is funded by each member
        "Corrib Metals and Tanlo Power formed a joint venture to develop the Salar Tres project.",
        [("corrib-metals", "FUNDS", "salar-tres"), ("tanlo-power", "FUNDS", "salar-tres")],
        [("corrib-metals", "PARTNERS_WITH", "tanlo-power")],
    ),
]

GUARDS: list[Case] = [
    (  # food: a planned venture
        "Marlow Foods and Pentry Dairy plan to form a joint venture called Crestwell Cheese.",
        [],
        [
            ("marlow-foods", "FOUNDED", "crestwell-cheese"),
            ("marlow-foods", "FUNDS", "crestwell-cheese"),
            ("pentry-dairy", "FUNDS", "crestwell-cheese"),
        ],
    ),
    (  # energy: "plans to set up X with B"
        "Osric Power plans to set up Dalby Solar with Vesk Energy next year.",
        [],
        [("osric-power", "FOUNDED", "dalby-solar"), ("vesk-energy", "FOUNDED", "dalby-solar")],
    ),
    (  # energy: "are expected to launch X, a joint venture"
        "Osric Power and Vesk Energy are expected to launch Dalby Solar, a joint venture, in May.",
        [],
        [("osric-power", "FOUNDED", "dalby-solar"), ("vesk-energy", "FOUNDED", "dalby-solar")],
    ),
    (  # guard of the guard: an agreed venture is formed (its members fund it)
        "Marlow Foods and Pentry Dairy agreed to form a joint venture called Crestwell Cheese.",
        [
            ("marlow-foods", "FUNDS", "crestwell-cheese"),
            ("pentry-dairy", "FUNDS", "crestwell-cheese"),
        ],
        [],
    ),
    (  # guard of the guard: "would go on to found" is a past founding
        "Ana Kell, who would go on to found Orvane Bank, studied law in Leeds.",
        [("ana-kell", "FOUNDED", "orvane-bank")],
        [],
    ),
    (  # energy: talks to create a venture
        "Rendle Power and Osk Energy are in talks to create a joint venture, Nordby Grid.",
        [],
        [("rendle-power", "FUNDS", "nordby-grid"), ("rendle-power", "FOUNDED", "nordby-grid")],
    ),
    (  # telecoms: a venture that would be created
        "Harlan Telecom and Dorset Cable would create Fibrelink, a joint venture.",
        [],
        [("harlan-telecom", "FOUNDED", "fibrelink"), ("dorset-cable", "FOUNDED", "fibrelink")],
    ),
    (  # retail: a venture only considered
        "Brackley Stores and Ostrander Retail are considering setting up Kiosk Lane.",
        [],
        [
            ("brackley-stores", "FOUNDED", "kiosk-lane"),
            ("ostrander-retail", "FOUNDED", "kiosk-lane"),
        ],
    ),
    (  # pharma: a proposed venture
        "Quenby Therapeutics proposed a joint venture with Orwell Pharma called Velora Bio.",
        [],
        [
            ("quenby-therapeutics", "FOUNDED", "velora-bio"),
            ("quenby-therapeutics", "FUNDS", "velora-bio"),
        ],
    ),
    (  # mining: a dropped venture
        "Kolby Mining and Arrow Resources dropped plans for Dunmore Copper, a joint venture.",
        [],
        [
            ("kolby-mining", "FUNDS", "dunmore-copper"),
            ("kolby-mining", "FOUNDED", "dunmore-copper"),
        ],
    ),
    (  # food: a denied venture
        "Marlow Foods denied reports that it would form a joint venture with Pentry Dairy.",
        [],
        [("marlow-foods", "PARTNERS_WITH", "pentry-dairy")],
    ),
    (  # property: a joint bid owns nothing
        "Merrion Estates and Caldey Homes made a joint bid for Quayside Lofts.",
        [],
        [("merrion-estates", "OWNS", "quayside-lofts"), ("caldey-homes", "OWNS", "quayside-lofts")],
    ),
    (  # food: a supply contract
        "Marlow Foods supplies milk to Dunrae Creamery under a ten-year contract.",
        [],
        [("marlow-foods", "OWNS", "dunrae-creamery"), ("marlow-foods", "FUNDS", "dunrae-creamery")],
    ),
    (  # shipping: a customer
        "Oleander Shipping is the largest customer of Saltmarsh Terminals.",
        [],
        [("oleander-shipping", "OWNS", "saltmarsh-terminals")],
    ),
    (  # energy: a wound-up venture
        "Rendle Power and Osk Energy wound up Nordby Grid, their joint venture, in May.",
        [],
        [("rendle-power", "FOUNDED", "nordby-grid"), ("osk-energy", "FOUNDED", "nordby-grid")],
    ),
    (  # food: a share of a market
        "Marlow Foods has 40% of the cheese market, and Pentry Dairy 25%.",
        [],
        [("marlow-foods", "OWNS", "pentry-dairy"), ("pentry-dairy", "OWNS", "marlow-foods")],
    ),
    (  # retail: a share of sales
        "Brackley Stores makes 30% of its sales through Kiosk Lane.",
        [],
        [("brackley-stores", "OWNS", "kiosk-lane"), ("brackley-stores", "FUNDS", "kiosk-lane")],
    ),
    (  # autos: a question
        "Will Kestrel Motors and Orland Holdings each take half of Vanta Drive?",
        [],
        [("kestrel-motors", "OWNS", "vanta-drive"), ("orland-holdings", "OWNS", "vanta-drive")],
    ),
    (  # mining: a hedge
        "Kolby Mining may take a 50% stake in Dunmore Copper, a venture with Arrow Resources.",
        [],
        [("kolby-mining", "OWNS", "dunmore-copper"), ("kolby-mining", "FUNDS", "dunmore-copper")],
    ),
]

BANK: list[Case] = OWNED_WITH + FRONTED + EACH_HOLDING + NAMED_VENTURES + GUARDS

LEFT: dict[str, str] = {
    "Co-owned by Tarrow": "a capitalized 'Co-owned' opening a sentence is split in three words",
    "Corby Insurance owns 60% and": "gapped 'and B the rest of X' gives B nothing",
    "Rendle Power and Osk Energy launched": "'the two companies each own half of it' misread",
    "Larch Agri and Tamsin Seeds set up": "'Each owns half of the venture' in a later sentence",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_jointly(case: Case) -> None:
    check(*case)
