"""Genre bank for precision: the near-miss constructions of business news that must give no
relation (or a different one), each beside a true case that must still come out.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across banking, mining, retail, pharma, shipping, farming, football, media, energy,
aviation, telecoms, autos, insurance and the public sector, in wire, trade-press, press-release,
profile and headline-and-lede registers. Families: negation, hedges and intent, failed or ended
acts, comparisons, examples and lists, sources and venues, analysts and advisers in another
clause, two clauses with their own subjects, names inside quoted titles, a person's earlier job,
and coreference that must not cross to the wrong firm. Conventions: tests/fixtures/articles/
README.md (traps), tests/fixtures/blind/README.md (former roles count, a seller's past
ownership only when the text says it acquired the asset).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

NEGATION: list[Case] = [
    (  # mining: "has no stake in" beside a held stake
        "Corrib Minerals owns 12% of Tallow Gold. The company has no stake in Brenna Copper, "
        "its chief executive said.",
        [("corrib-minerals", "OWNS", "tallow-gold")],
        [
            ("corrib-minerals", "OWNS", "brenna-copper"),
            ("corrib-minerals", "FUNDS", "brenna-copper"),
        ],
    ),
    (  # venture: "never invested in"
        "Halvard Ventures invested in Pipit Robotics last year. It has never invested in Skein "
        "Labs, despite reports.",
        [("halvard-ventures", "FUNDS", "pipit-robotics")],
        [("halvard-ventures", "FUNDS", "skein-labs")],
    ),
    (  # banking: "denied it had any ties to"
        "Morrow Bank denied it had any ties to Quell Finance. Morrow competes with Barlow Bank in "
        "mortgages.",
        [("morrow-bank", "COMPETES_WITH", "barlow-bank")],
        [
            ("morrow-bank", "PARTNERS_WITH", "quell-finance"),
            ("morrow-bank", "OWNS", "quell-finance"),
        ],
    ),
    (  # autos: "did not sue" vs "sued"
        "Garrow Motors sued Pell Axles on Monday. It did not sue Dunmore Castings, a second "
        "supplier.",
        [("garrow-motors", "DISPUTES", "pell-axles")],
        [("garrow-motors", "DISPUTES", "dunmore-castings")],
    ),
    (  # telecoms: "is not a rival of"
        "Larkfield Telecom is not a rival of Ostwick Mobile, its chairman said, but it competes "
        "with Vennor Networks.",
        [("larkfield-telecom", "COMPETES_WITH", "vennor-networks")],
        [("larkfield-telecom", "COMPETES_WITH", "ostwick-mobile")],
    ),
    (  # pharma: "declined to invest in"
        "Sorrel Pharma declined to invest in Tamsin Bio. It later bought Arlo Therapeutics for "
        "$300 million.",
        [("sorrel-pharma", "OWNS", "arlo-therapeutics")],
        [("sorrel-pharma", "FUNDS", "tamsin-bio")],
    ),
    (  # insurance: "refused to back"
        "The board of Cardew Insurance refused to back Mina Okafor as chair. Shareholder Pendle "
        "Capital supports her.",
        [("pendle-capital", "BACKS", "mina-okafor")],
        [("cardew-insurance", "BACKS", "mina-okafor")],
    ),
    (  # retail: "has not partnered with"
        "Bellrow Stores has partnered with Quince Payments on a loyalty card. It has not "
        "partnered with Tarn Bank.",
        [("bellrow-stores", "PARTNERS_WITH", "quince-payments")],
        [("bellrow-stores", "PARTNERS_WITH", "tarn-bank")],
    ),
    (  # energy: "neither ... nor" owners
        "Neither Ostrava Power nor Kell Gas owns the Fenn pipeline operator Brisk Midstream. "
        "Brisk is owned by Holm Infrastructure.",
        [("holm-infrastructure", "OWNS", "brisk-midstream")],
        [("ostrava-power", "OWNS", "brisk-midstream"), ("kell-gas", "OWNS", "brisk-midstream")],
    ),
    (  # media: "never advised"
        "Dara Quist advises Holloway Media on its digital plans. She has never advised Penmark "
        "Press, she said.",
        [("dara-quist", "ADVISES", "holloway-media")],
        [("dara-quist", "ADVISES", "penmark-press")],
    ),
    (  # aviation: "without the backing of"
        "Tern Air launched the route without the backing of Solway Airports. Solway is owned by "
        "Carrick Holdings.",
        [("carrick-holdings", "OWNS", "solway-airports")],
        [("solway-airports", "BACKS", "tern-air"), ("solway-airports", "FUNDS", "tern-air")],
    ),
]

HEDGES: list[Case] = [
    (  # pharma: "Reports that X had invested in Y were denied"
        "Reports that Sorrel Pharma had invested in Tamsin Bio were denied by both companies. "
        "Sorrel owns Arlo Therapeutics.",
        [("sorrel-pharma", "OWNS", "arlo-therapeutics")],
        [("sorrel-pharma", "FUNDS", "tamsin-bio")],
    ),
    (  # media: "Suggestions that X backs Y are false"
        "Suggestions that Orbis Media backs Ana Lopes are false, a spokesman said. Orbis owns "
        "Beacon TV.",
        [("orbis-media", "OWNS", "beacon-tv")],
        [("orbis-media", "BACKS", "ana-lopes")],
    ),
    (  # retail: "Speculation that X will buy Y grew"
        "Speculation that Merrow Group will buy Tindall Books grew on Monday. Merrow owns Pike "
        "Stationers.",
        [("merrow-group", "OWNS", "pike-stationers")],
        [("merrow-group", "OWNS", "tindall-books")],
    ),
    (  # autos: "Rumours that X is partnering with Y are untrue"
        "Rumours that Harlan Motors is partnering with Quen Batteries are untrue, Harlan said.",
        [],
        [("harlan-motors", "PARTNERS_WITH", "quen-batteries")],
    ),
    (  # energy: "accused X of secretly funding Y" is an accusation, no funding
        "Ravel Energy accused Lisk Power of secretly funding Tamber Grid.",
        [("ravel-energy", "DISPUTES", "lisk-power")],
        [("lisk-power", "FUNDS", "tamber-grid")],
    ),
    (  # media legal: "alleges that X owns Y"
        "Castle TV's lawsuit alleges that Orbis Media secretly owns Lantern Radio. Orbis owns "
        "Beacon TV.",
        [("orbis-media", "OWNS", "beacon-tv")],
        [("orbis-media", "OWNS", "lantern-radio")],
    ),
    (  # banking: criticised for a done act keeps the act
        "Morrow Bank criticised Quell Finance for investing in Pipit Pay.",
        [("morrow-bank", "DISPUTES", "quell-finance"), ("quell-finance", "FUNDS", "pipit-pay")],
        [],
    ),
    (  # pharma: a confirmed report stays
        "Reports that Sorrel Pharma had invested in Tamsin Bio were confirmed on Monday.",
        [("sorrel-pharma", "FUNDS", "tamsin-bio")],
        [],
    ),
    (  # shipping: "is believed to own"
        "Skarv Holdings is believed to own Moray Ferries through a trust. It bought Calder Tugs "
        "in 2021.",
        [("skarv-holdings", "OWNS", "calder-tugs")],
        [("skarv-holdings", "OWNS", "moray-ferries")],
    ),
    (  # retail legal: "allegedly owns"
        "Pembury Retail allegedly owns Lisle Foods through a shell company, the lawsuit says.",
        [],
        [("pembury-retail", "OWNS", "lisle-foods")],
    ),
    (  # shipping: "is in talks to buy" beside a completed purchase
        "Vesterhav Lines bought Calder Tugs in March. It is in talks to buy Moray Ferries, "
        "people familiar with the matter said.",
        [("vesterhav-lines", "OWNS", "calder-tugs")],
        [("vesterhav-lines", "OWNS", "moray-ferries")],
    ),
    (  # private equity: "is said to be weighing an investment in"
        "Ashgrove Capital is said to be weighing an investment in Fennel Foods. Ashgrove owns "
        "Parley Drinks.",
        [("ashgrove-capital", "OWNS", "parley-drinks")],
        [("ashgrove-capital", "FUNDS", "fennel-foods")],
    ),
    (  # telecoms: "could buy"
        "Analysts said Brannigan Telecom could buy Solace Fibre. Brannigan already owns Kite "
        "Mobile.",
        [("brannigan-telecom", "OWNS", "kite-mobile")],
        [("brannigan-telecom", "OWNS", "solace-fibre")],
    ),
    (  # football: "rumoured to be considering"
        "Dunmore Rovers is rumoured to be considering a bid for Hallam Athletic. Dunmore is "
        "owned by Castor Sports Group.",
        [("castor-sports-group", "OWNS", "dunmore-rovers")],
        [("dunmore-rovers", "OWNS", "hallam-athletic")],
    ),
    (  # mining: "is eyeing"
        "Barra Resources is eyeing Tollan Nickel, a smaller producer. Barra was founded by "
        "Ewan Reid.",
        [("ewan-reid", "FOUNDED", "barra-resources")],
        [("barra-resources", "OWNS", "tollan-nickel")],
    ),
    (  # retail: "expressed interest in buying"
        "Merrow Group expressed interest in buying Tindall Books. Merrow bought Pike Stationers "
        "in 2021.",
        [("merrow-group", "OWNS", "pike-stationers")],
        [("merrow-group", "OWNS", "tindall-books")],
    ),
    (  # pharma: "plans to acquire"
        "Ostrel Pharma plans to acquire Vantis Bio next year, its chief executive said. Ostrel "
        "acquired Hollin Labs in June.",
        [("ostrel-pharma", "OWNS", "hollin-labs")],
        [("ostrel-pharma", "OWNS", "vantis-bio")],
    ),
    (  # banking: "may invest"
        "Corbel Bank may invest in Nettle Pay, the lender said. It invested in Quire Credit in "
        "2022.",
        [("corbel-bank", "FUNDS", "quire-credit")],
        [("corbel-bank", "FUNDS", "nettle-pay")],
    ),
    (  # energy: "is considering suing"
        "Ravel Energy is considering suing Tamber Grid over the outage. Ravel sued Lisk Power "
        "last year.",
        [("ravel-energy", "DISPUTES", "lisk-power")],
        [("ravel-energy", "DISPUTES", "tamber-grid")],
    ),
    (  # autos: "is exploring a partnership with"
        "Harlan Motors is exploring a partnership with Quen Batteries. Harlan has partnered with "
        "Vosk Electric since 2020.",
        [("harlan-motors", "PARTNERS_WITH", "vosk-electric")],
        [("harlan-motors", "PARTNERS_WITH", "quen-batteries")],
    ),
    (  # media: "speculation that ... could fund"
        "There is speculation that Orbis Media could fund Lantern Radio. Orbis owns Beacon TV.",
        [("orbis-media", "OWNS", "beacon-tv")],
        [("orbis-media", "FUNDS", "lantern-radio")],
    ),
    (  # public sector: "has yet to say whether it supports"
        "The Marlow Council has yet to say whether it supports Pennant Housing's plan. Kestrel "
        "Homes backs the plan.",
        [],
        [("marlow-council", "BACKS", "pennant-housing")],
    ),
    (  # insurance: "declined to say whether it would back"
        "Arden Re declined to say whether it would back Tavish Mutual. Arden is led by Jonas Pell.",
        [("jonas-pell", "LEADS", "arden-re")],
        [("arden-re", "BACKS", "tavish-mutual")],
    ),
    (  # farming: "is seeking a buyer" / "wants to sell to"
        "Coldharbour Farms wants to sell its dairy arm to Wexley Creameries. Coldharbour owns "
        "Fenn Orchards.",
        [("coldharbour-farms", "OWNS", "fenn-orchards")],
        [("wexley-creameries", "OWNS", "coldharbour-farms")],
    ),
    (  # aviation: a question in a headline-like lede
        "Could Skyline Air buy Pell Regional? Skyline already owns Tarn Aviation.",
        [("skyline-air", "OWNS", "tarn-aviation")],
        [("skyline-air", "OWNS", "pell-regional")],
    ),
    (  # telecoms: "is preparing an offer for"
        "Drummond Telecom is preparing an offer for Ashby Cable, two people said. Drummond "
        "bought Kell Fibre last year.",
        [("drummond-telecom", "OWNS", "kell-fibre")],
        [("drummond-telecom", "OWNS", "ashby-cable")],
    ),
    (  # retail: "approached ... about a takeover"
        "Pembury Retail approached Lisle Foods about a takeover. Pembury owns Carrow Markets.",
        [("pembury-retail", "OWNS", "carrow-markets")],
        [("pembury-retail", "OWNS", "lisle-foods")],
    ),
]

FAILED: list[Case] = [
    (  # shipping: "walked away from talks to buy"
        "Halden Shipping walked away from talks to buy Norrland Ferries. Halden owns Skarv "
        "Tankers.",
        [("halden-shipping", "OWNS", "skarv-tankers")],
        [("halden-shipping", "OWNS", "norrland-ferries")],
    ),
    (  # banking: "the deal collapsed"
        "Tamar Bank agreed to buy Orrin Credit in May, but the deal collapsed in August. Tamar "
        "owns Lisk Savings.",
        [("tamar-bank", "OWNS", "lisk-savings")],
        [("tamar-bank", "OWNS", "orrin-credit")],
    ),
    (  # energy: "abandoned its bid for"
        "Crossley Energy abandoned its bid for Marten Solar on Friday. It bought Pell Wind in "
        "2019.",
        [("crossley-energy", "OWNS", "pell-wind")],
        [("crossley-energy", "OWNS", "marten-solar")],
    ),
    (  # telecoms: a regulator blocked the takeover
        "Regulators blocked Varden Telecom's takeover of Ilse Mobile. Varden is based in Oslo.",
        [("varden-telecom", "LOCATED_IN", "oslo")],
        [("varden-telecom", "OWNS", "ilse-mobile")],
    ),
    (  # retail: the target rejected the offer
        "Keswick Foods rejected a takeover offer from Brannock Group. Brannock owns Dale Dairy.",
        [("brannock-group", "OWNS", "dale-dairy")],
        [("brannock-group", "OWNS", "keswick-foods")],
    ),
    (  # mining: "pulled out of" a funding round
        "Ostrel Capital pulled out of Tarn Lithium's funding round. Kell Partners led the round.",
        [("kell-partners", "FUNDS", "tarn-lithium")],
        [("ostrel-capital", "FUNDS", "tarn-lithium")],
    ),
    (  # media: "sold its stake in" – a seller's past ownership is not annotated
        "Pennine Media sold its stake in Lark Radio to Orbis Group in 2019. Orbis now owns Lark "
        "outright.",
        [("orbis-group", "OWNS", "lark-radio")],
        [("pennine-media", "OWNS", "lark-radio")],
    ),
    (  # autos: the partnership ended
        "Brask Cars ended its partnership with Solen Batteries last year. Brask now works with "
        "Harrow Cells.",
        [],
        [("brask-cars", "PARTNERS_WITH", "solen-batteries")],
    ),
    (  # pharma: "scrapped" a planned merger purchase
        "Vantis Bio scrapped its plan to buy Corra Labs. Vantis bought Kestrel Diagnostics in "
        "2020.",
        [("vantis-bio", "OWNS", "kestrel-diagnostics")],
        [("vantis-bio", "OWNS", "corra-labs")],
    ),
    (  # football: "a failed bid for"
        "After a failed bid for Hallam Athletic, Castor Sports Group bought Pell Town. Castor "
        "owns Dunmore Rovers.",
        [("castor-sports-group", "OWNS", "pell-town")],
        [("castor-sports-group", "OWNS", "hallam-athletic")],
    ),
]

COMPARISONS: list[Case] = [
    (  # retail: "larger than"
        "Bexley Retail, which is larger than Sendal Stores, bought Corrin Outlets.",
        [("bexley-retail", "OWNS", "corrin-outlets")],
        [("sendal-stores", "OWNS", "corrin-outlets")],
    ),
    (  # banking: "unlike" in the middle of the sentence
        "Harbour Bank, unlike Tamar Bank, invested in Pipit Pay.",
        [("harbour-bank", "FUNDS", "pipit-pay")],
        [("tamar-bank", "FUNDS", "pipit-pay")],
    ),
    (  # telecoms: "as X did" comparison
        "Vennor Networks sued Arvane Mobile, as Corbel Telecom did in 2019.",
        [("vennor-networks", "DISPUTES", "arvane-mobile")],
        [],
    ),
    (  # aviation: "more than X" in a profile
        "Solway Air carries more passengers than Tern Air and is owned by Marlow Holdings.",
        [("marlow-holdings", "OWNS", "solway-air")],
        [("marlow-holdings", "OWNS", "tern-air")],
    ),
    (  # banking: "is larger than B and is backed by C"
        "Kell Bank is larger than Tamar Bank and is backed by Corbin Capital.",
        [("corbin-capital", "FUNDS", "kell-bank")],
        [("corbin-capital", "FUNDS", "tamar-bank")],
    ),
    (  # mining: "compared with"
        "Compared with Ostrel Mining, Brenna Gold raised more from Halvard Capital.",
        [("halvard-capital", "FUNDS", "brenna-gold")],
        [("halvard-capital", "FUNDS", "ostrel-mining")],
    ),
    (  # insurance: "similar to" a rival's deal
        "Cardew Insurance bought Pike Brokers, a deal similar to Arden Re's purchase of Lisk "
        "Agency.",
        [("cardew-insurance", "OWNS", "pike-brokers")],
        [("cardew-insurance", "OWNS", "lisk-agency")],
    ),
]

LISTS: list[Case] = [
    (  # tech: "firms such as X and Y" as examples of a market
        "Pell Cloud sells to banks such as Corbel Bank and Tamar Bank. It is owned by Harrow "
        "Capital.",
        [("harrow-capital", "OWNS", "pell-cloud")],
        [("harrow-capital", "OWNS", "corbel-bank"), ("pell-cloud", "OWNS", "corbel-bank")],
    ),
    (  # food: examples inside a preposed "like" phrase are not the main clause's subject
        "Like many grocers, including Orra Mills, Kell Foods sued Pell Dairy.",
        [("kell-foods", "DISPUTES", "pell-dairy")],
        [("orra-mills", "DISPUTES", "pell-dairy")],
    ),
    (  # banking: "unlike rivals such as A and B, X invested in Y"
        "Unlike rivals such as Tamar Bank and Lisk Savings, Harbour Bank invested in Pipit Pay.",
        [("harbour-bank", "FUNDS", "pipit-pay")],
        [("tamar-bank", "FUNDS", "pipit-pay"), ("lisk-savings", "FUNDS", "pipit-pay")],
    ),
    (  # energy: examples of a sector, then a deal
        "Utilities including Ravel Energy and Lisk Power have cut prices. Kell Gas bought Fenn "
        "Heat.",
        [("kell-gas", "OWNS", "fenn-heat")],
        [("ravel-energy", "OWNS", "fenn-heat"), ("lisk-power", "OWNS", "fenn-heat")],
    ),
    (  # shipping: customers list is no partnership
        "Helda Shipyards builds ships for lines like Corvan Lines and Skarv Shipping. Helda "
        "partnered with Brevik Steel.",
        [("helda-shipyards", "PARTNERS_WITH", "brevik-steel")],
        [("corvan-lines", "PARTNERS_WITH", "brevik-steel")],
    ),
    (  # farming: "among them"
        "Several cooperatives, among them Wexley Growers, supply Graincorp Trading. Graincorp "
        "is owned by Dale Holdings.",
        [("dale-holdings", "OWNS", "graincorp-trading")],
        [("dale-holdings", "OWNS", "wexley-growers")],
    ),
    (  # media: list of rivals keeps COMPETES_WITH, not partners
        "Lumen Studios competes with Northwind Pictures and Castle Films. Lumen is owned by "
        "Orbis Media.",
        [
            ("lumen-studios", "COMPETES_WITH", "northwind-pictures"),
            ("lumen-studios", "COMPETES_WITH", "castle-films"),
        ],
        [("northwind-pictures", "PARTNERS_WITH", "castle-films")],
    ),
]

SOURCES: list[Case] = [
    (  # banking: "according to X" names a source, not a party
        "Morrow Bank bought Quell Finance, according to Harbin Analytics.",
        [("morrow-bank", "OWNS", "quell-finance")],
        [("harbin-analytics", "OWNS", "quell-finance")],
    ),
    (  # mining: "told X"
        "Corrib Minerals will invest in Tallow Gold, its chief executive told the Daily Ledger.",
        [("corrib-minerals", "FUNDS", "tallow-gold")],
        [("daily-ledger", "FUNDS", "tallow-gold")],
    ),
    (  # pharma: "in a filing with" a regulator
        "Sorrel Pharma disclosed a 9% stake in Tamsin Bio in a filing with the Federal Markets "
        "Authority.",
        [],
        [("federal-markets-authority", "OWNS", "tamsin-bio")],
    ),
    (  # tech: "at a conference hosted by"
        "Speaking at a conference hosted by Vennor Networks, Lia Marsh said Pipit Labs had "
        "partnered with Quen Cloud.",
        [("pipit-labs", "PARTNERS_WITH", "quen-cloud")],
        [("vennor-networks", "PARTNERS_WITH", "quen-cloud")],
    ),
    (  # media: "in an interview with"
        "In an interview with Castle TV, Orbis Media's chief executive Ana Lopes said Orbis had "
        "bought Lantern Radio.",
        [("orbis-media", "OWNS", "lantern-radio"), ("ana-lopes", "LEADS", "orbis-media")],
        [("castle-tv", "OWNS", "lantern-radio"), ("ana-lopes", "LEADS", "castle-tv")],
    ),
    (  # energy: "data from X showed"
        "Data from Kell Research showed Ravel Energy had invested in Tamber Grid.",
        [("ravel-energy", "FUNDS", "tamber-grid")],
        [("kell-research", "FUNDS", "tamber-grid")],
    ),
    (  # retail: "reported by X"
        "Bexley Retail has bought Corrin Outlets, as first reported by the Harrow Courier.",
        [("bexley-retail", "OWNS", "corrin-outlets")],
        [("harrow-courier", "OWNS", "corrin-outlets")],
    ),
    (  # autos: "X said in a statement to Y"
        "Garrow Motors said in a statement to Pell Wire that it had sued Dunmore Castings.",
        [("garrow-motors", "DISPUTES", "dunmore-castings")],
        [("pell-wire", "DISPUTES", "dunmore-castings")],
    ),
    (  # telecoms: "a spokesperson for X told Y"
        "A spokesperson for Larkfield Telecom told Tarn News that Larkfield had acquired Ostwick "
        "Mobile.",
        [("larkfield-telecom", "OWNS", "ostwick-mobile")],
        [("tarn-news", "OWNS", "ostwick-mobile")],
    ),
]

ANALYSTS: list[Case] = [
    (  # banking: analyst clause after the deal
        "Tamar Bank bought Lisk Savings, analysts at Corbin Securities said.",
        [("tamar-bank", "OWNS", "lisk-savings")],
        [("corbin-securities", "OWNS", "lisk-savings")],
    ),
    (  # mining: "advised by" bank in an appositive
        "Barra Resources, advised by Kell Partners, bought Tollan Nickel.",
        [("barra-resources", "OWNS", "tollan-nickel")],
        [("kell-partners", "OWNS", "tollan-nickel")],
    ),
    (  # legal: law firm representing a party
        "Lawyers at Penrose Hale represented Ravel Energy in its suit against Tamber Grid.",
        [("ravel-energy", "DISPUTES", "tamber-grid")],
        [("penrose-hale", "DISPUTES", "tamber-grid")],
    ),
    (  # pharma: analyst named with firm, quoted about a deal
        "Ostrel Pharma acquired Hollin Labs, said Mira Chen, an analyst at Dorset Securities.",
        [("ostrel-pharma", "OWNS", "hollin-labs")],
        [("dorset-securities", "OWNS", "hollin-labs"), ("mira-chen", "LEADS", "dorset-securities")],
    ),
    (  # energy: financial adviser to a deal is not a buyer
        "Lisk Power, whose financial adviser was Brock Capital, sold its grid unit to Kell Gas.",
        [],
        [("brock-capital", "OWNS", "lisk-power")],
    ),
]

TWO_CLAUSES: list[Case] = [
    (  # retail/legal: "A bought B, while C sued D"
        "Merrow Group bought Pike Stationers, while Tindall Books sued Lark Paper.",
        [("merrow-group", "OWNS", "pike-stationers"), ("tindall-books", "DISPUTES", "lark-paper")],
        [("merrow-group", "OWNS", "lark-paper"), ("merrow-group", "DISPUTES", "lark-paper")],
    ),
    (  # banking: "A invested in B; C invested in D"
        "Halvard Ventures invested in Pipit Pay; Ashgrove Capital invested in Nettle Credit.",
        [
            ("halvard-ventures", "FUNDS", "pipit-pay"),
            ("ashgrove-capital", "FUNDS", "nettle-credit"),
        ],
        [
            ("halvard-ventures", "FUNDS", "nettle-credit"),
            ("ashgrove-capital", "FUNDS", "pipit-pay"),
        ],
    ),
    (  # public sector: "A backs X but B opposes it"
        "Fenwick Council backs Carrow Homes, but the Pell Residents Association opposes the "
        "developer.",
        [("fenwick-council", "BACKS", "carrow-homes")],
        [("pell-residents-association", "BACKS", "carrow-homes")],
    ),
    (  # shipping: "whereas"
        "Vesterhav Lines owns Calder Tugs, whereas Moray Ferries is owned by Skarv Holdings.",
        [("vesterhav-lines", "OWNS", "calder-tugs"), ("skarv-holdings", "OWNS", "moray-ferries")],
        [("vesterhav-lines", "OWNS", "moray-ferries")],
    ),
    (  # aviation: two sentences, second with its own subject
        "Tern Air sued Solway Airports. Carrick Holdings, meanwhile, bought Pell Regional.",
        [
            ("tern-air", "DISPUTES", "solway-airports"),
            ("carrick-holdings", "OWNS", "pell-regional"),
        ],
        [
            ("tern-air", "OWNS", "pell-regional"),
            ("carrick-holdings", "DISPUTES", "solway-airports"),
        ],
    ),
    (  # telecoms: "and" joining two full clauses
        "Drummond Telecom acquired Kell Fibre and Ashby Cable partnered with Solace Mobile.",
        [
            ("drummond-telecom", "OWNS", "kell-fibre"),
            ("ashby-cable", "PARTNERS_WITH", "solace-mobile"),
        ],
        [
            ("drummond-telecom", "OWNS", "ashby-cable"),
            ("drummond-telecom", "OWNS", "solace-mobile"),
        ],
    ),
    (  # insurance: "as" clause with a different subject
        "Cardew Insurance cut premiums as Arden Re bought Tavish Mutual.",
        [("arden-re", "OWNS", "tavish-mutual")],
        [("cardew-insurance", "OWNS", "tavish-mutual")],
    ),
]

TITLES: list[Case] = [
    (  # media: a report's quoted title
        'Kell Research published a report titled "Why Morrow Bank Beats Barlow Bank" on '
        "Tuesday. Kell is owned by Harbin Group.",
        [("harbin-group", "OWNS", "kell-research")],
        [("morrow-bank", "COMPETES_WITH", "barlow-bank")],
    ),
    (  # media: documentary title with a verb
        'Castle Films released "Orbis Sues Lantern", a documentary about a media feud. Castle '
        "is based in Leeds.",
        [("castle-films", "LOCATED_IN", "leeds")],
        [("orbis", "DISPUTES", "lantern")],
    ),
    (  # retail: quoted campaign name
        'Bexley Retail ran an advertising campaign called "Bexley Buys Britain" in June. '
        "Bexley was founded by Omar Haddad.",
        [("omar-haddad", "FOUNDED", "bexley-retail")],
        [("bexley-retail", "OWNS", "britain")],
    ),
]

EARLIER_JOB: list[Case] = [
    (  # banking: "a former X executive" is no role that leads X
        "Lena Varga, a former Tamar Bank executive, now runs Quire Credit.",
        [("lena-varga", "LEADS", "quire-credit")],
        [("lena-varga", "LEADS", "tamar-bank"), ("lena-varga", "FOUNDED", "tamar-bank")],
    ),
    (  # tech: "who previously worked at"
        "Pipit Labs was founded by Ravi Nair, who previously worked at Quen Cloud.",
        [("ravi-nair", "FOUNDED", "pipit-labs")],
        [("ravi-nair", "FOUNDED", "quen-cloud"), ("ravi-nair", "LEADS", "quen-cloud")],
    ),
    (  # retail: "who left X in 2019" founded another firm
        "Grace Tuma, who left Hadley Retail in 2019, founded Pebble Toys.",
        [("grace-tuma", "FOUNDED", "pebble-toys")],
        [("grace-tuma", "FOUNDED", "hadley-retail")],
    ),
    (  # pharma: "previously ran" – a former role counts (LEADS), no founding
        "Tomas Brandt, who previously ran Hollin Labs, is the new chief executive of Vantis Bio.",
        [("tomas-brandt", "LEADS", "vantis-bio"), ("tomas-brandt", "LEADS", "hollin-labs")],
        [("tomas-brandt", "FOUNDED", "hollin-labs"), ("hollin-labs", "OWNS", "vantis-bio")],
    ),
    (  # energy: "joined from X" – no relation to the old employer
        "Kell Gas named Ines Moura chief executive. She joined from Ravel Energy, where she was "
        "head of trading.",
        [("ines-moura", "LEADS", "kell-gas")],
        [("ines-moura", "LEADS", "ravel-energy")],
    ),
    (  # football: "a former X player" now leads a club
        "Dunmore Rovers appointed Sam Kerr, a former Hallam Athletic player, as chairman.",
        [("sam-kerr", "LEADS", "dunmore-rovers")],
        [("sam-kerr", "LEADS", "hallam-athletic")],
    ),
    (  # mining: "a former analyst at X"
        "Barra Resources was co-founded by Ewan Reid, a former analyst at Corbin Securities.",
        [("ewan-reid", "FOUNDED", "barra-resources")],
        [
            ("ewan-reid", "LEADS", "corbin-securities"),
            ("ewan-reid", "FOUNDED", "corbin-securities"),
        ],
    ),
]

COREF: list[Case] = [
    (  # retail: "X said it ..." after a sentence on Y
        "Pembury Retail sued Lisle Foods last week. Carrow Markets said it had bought Fenn "
        "Grocers.",
        [("carrow-markets", "OWNS", "fenn-grocers"), ("pembury-retail", "DISPUTES", "lisle-foods")],
        [("pembury-retail", "OWNS", "fenn-grocers"), ("lisle-foods", "OWNS", "fenn-grocers")],
    ),
    (  # banking: "the bank" after two banks, the subject of the last sentence
        "Corbel Bank lent to Harrow Farms. Tamar Bank, its rival, said the bank had invested in "
        "Nettle Pay.",
        [("corbel-bank", "COMPETES_WITH", "tamar-bank")],
        [("harrow-farms", "FUNDS", "nettle-pay")],
    ),
    (  # pharma: "its" after a possessive of another firm
        "Sorrel Pharma's rival Vantis Bio said its trial had failed. Vantis bought Corra Labs in "
        "2020.",
        [("vantis-bio", "OWNS", "corra-labs"), ("sorrel-pharma", "COMPETES_WITH", "vantis-bio")],
        [("sorrel-pharma", "OWNS", "corra-labs")],
    ),
    (  # energy: the object of the first sentence is not "it" in the second when the subject is
        "Ravel Energy hired Dorset Consulting. It later bought Lisk Power.",
        [("ravel-energy", "OWNS", "lisk-power")],
        [("dorset-consulting", "OWNS", "lisk-power")],
    ),
    (  # autos: speaker's "we" belongs to the speaker's firm
        '"We have invested in Quen Batteries," said Lia Marsh, chief executive of Harlan '
        "Motors. Vosk Electric declined to comment.",
        [("harlan-motors", "FUNDS", "quen-batteries"), ("lia-marsh", "LEADS", "harlan-motors")],
        [("vosk-electric", "FUNDS", "quen-batteries")],
    ),
    (  # media: "the company" after a sentence naming two firms, subject first
        "Orbis Media bought Beacon TV from Lantern Group. The company also owns Castle Radio.",
        [("orbis-media", "OWNS", "beacon-tv"), ("orbis-media", "OWNS", "castle-radio")],
        [("lantern-group", "OWNS", "castle-radio"), ("beacon-tv", "OWNS", "castle-radio")],
    ),
]

VARIANTS: list[Case] = [
    (  # food: an object list ends where its last member opens a reporting clause
        "Pell Foods bought Corra Dairy and Wexley Mills said it would appeal the ruling.",
        [("pell-foods", "OWNS", "corra-dairy")],
        [("pell-foods", "OWNS", "wexley-mills")],
    ),
    (  # banking: "and C later sued D" after an object
        "Kell Bank invested in Harrow Farms and Tamar Bank later sued Lisk Savings.",
        [("kell-bank", "FUNDS", "harrow-farms"), ("tamar-bank", "DISPUTES", "lisk-savings")],
        [("kell-bank", "FUNDS", "tamar-bank")],
    ),
    (  # autos: a real object list stays whole
        "Garrow Motors acquired Pell Axles, Dunmore Castings and Ostra Parts last year.",
        [
            ("garrow-motors", "OWNS", "pell-axles"),
            ("garrow-motors", "OWNS", "dunmore-castings"),
            ("garrow-motors", "OWNS", "ostra-parts"),
        ],
        [],
    ),
    (  # venture: "neither ... nor" subjects
        "Neither Halvard Ventures nor Ashgrove Capital invested in Skein Labs, which raised "
        "money from Quire Partners.",
        [("quire-partners", "FUNDS", "skein-labs")],
        [("halvard-ventures", "FUNDS", "skein-labs"), ("ashgrove-capital", "FUNDS", "skein-labs")],
    ),
    (  # mining: "owns neither A nor B"
        "Barra Resources owns neither Tollan Nickel nor Ewart Cobalt. It owns Pell Zinc.",
        [("barra-resources", "OWNS", "pell-zinc")],
        [("barra-resources", "OWNS", "tollan-nickel"), ("barra-resources", "OWNS", "ewart-cobalt")],
    ),
    (  # energy: "its chairman told reporters" is no appositive of the object
        "Lisk Power invested in Tamber Grid, its chairman told reporters on Monday.",
        [("lisk-power", "FUNDS", "tamber-grid")],
        [("tamber-grid", "LEADS", "lisk-power")],
    ),
    (  # insurance: "economists at X said" after the object
        "Cardew Insurance bought Pike Brokers, economists at Dorset Securities said.",
        [("cardew-insurance", "OWNS", "pike-brokers")],
        [("dorset-securities", "OWNS", "pike-brokers")],
    ),
    (  # telecoms: "but the takeover fell through"
        "Varden Telecom agreed to acquire Ilse Mobile in 2022, but the takeover fell through. "
        "Varden owns Kell Fibre.",
        [("varden-telecom", "OWNS", "kell-fibre")],
        [("varden-telecom", "OWNS", "ilse-mobile")],
    ),
    (  # retail: a "but" clause that does not undo the deal
        "Bexley Retail bought Corrin Outlets in May, but the price was not disclosed.",
        [("bexley-retail", "OWNS", "corrin-outlets")],
        [],
    ),
    (  # pharma: "but talks with another party collapsed" leaves the first deal
        "Sorrel Pharma agreed to buy Arlo Therapeutics, but talks with Tamsin Bio collapsed.",
        [("sorrel-pharma", "OWNS", "arlo-therapeutics")],
        [("sorrel-pharma", "OWNS", "tamsin-bio")],
    ),
    (  # venture: "the round" in the same sentence is the possessor's round
        "Ostrel Capital invested in Tarn Lithium's funding round, and Kell Partners led the round.",
        [("ostrel-capital", "FUNDS", "tarn-lithium"), ("kell-partners", "FUNDS", "tarn-lithium")],
        [("kell-partners", "FUNDS", "ostrel-capital")],
    ),
    (  # food headline: the unnamed object ends at "as", the next name is no object
        "Harlow Snacks buys Polish biscuit maker as Corra Stores row drags on\n\nHarlow Snacks "
        "said on Monday it had bought a biscuit maker.",
        [],
        [("harlow-snacks", "OWNS", "corra-stores")],
    ),
    (  # shipping: "amid" after an unnamed object
        "Skarv Shipping bought a Danish ferry operator amid protests from Tarn Ports.",
        [],
        [("skarv-shipping", "OWNS", "tarn-ports")],
    ),
    (  # shipping: a named object before "as" stays the object
        "Skarv Shipping bought the ferry operator Moray Lines as fuel prices fell.",
        [("skarv-shipping", "OWNS", "moray-lines")],
        [],
    ),
    (  # banking: counterfactual "would have bought ... had"
        "Tamar Bank would have bought Orrin Credit had regulators agreed. Tamar owns Lisk Savings.",
        [("tamar-bank", "OWNS", "lisk-savings")],
        [("tamar-bank", "OWNS", "orrin-credit")],
    ),
    (  # football: "should have sued" is an opinion, no act
        "Dunmore Rovers should have sued Hallam Athletic, fans said. Dunmore did sue Pell Town.",
        [("dunmore-rovers", "DISPUTES", "pell-town")],
        [("dunmore-rovers", "DISPUTES", "hallam-athletic")],
    ),
    (  # food: ", and C, its rival, sued D": the appositive does not join C to the objects
        "Kell Foods bought Orra Mills, and Lisk Farms, its rival, sued Pell Dairy.",
        [("kell-foods", "OWNS", "orra-mills"), ("lisk-farms", "DISPUTES", "pell-dairy")],
        [("kell-foods", "OWNS", "lisk-farms")],
    ),
    (  # food: an appositive inside a real object list keeps the member
        "Kell Foods bought Orra Mills and Lisk Farms, a unit of Pell Group, in 2019.",
        [("kell-foods", "OWNS", "orra-mills"), ("kell-foods", "OWNS", "lisk-farms")],
        [],
    ),
    (  # private equity: "close to a deal to buy"
        "Ashgrove Capital is close to a deal to buy Fennel Foods, people familiar with the talks "
        "said. Ashgrove bought Parley Drinks in 2020.",
        [("ashgrove-capital", "OWNS", "parley-drinks")],
        [("ashgrove-capital", "OWNS", "fennel-foods")],
    ),
    (  # telecoms headline: "nears deal to buy"
        "Brannigan Telecom nears deal to buy Solace Fibre\n\nBrannigan Telecom, which owns Kite "
        "Mobile, has offered about $2 billion.",
        [("brannigan-telecom", "OWNS", "kite-mobile")],
        [("brannigan-telecom", "OWNS", "solace-fibre")],
    ),
    (  # pharma: "held early discussions about investing in"
        "Sorrel Pharma has held early discussions about investing in Tamsin Bio. It invested in "
        "Arlo Therapeutics last year.",
        [("sorrel-pharma", "FUNDS", "arlo-therapeutics")],
        [("sorrel-pharma", "FUNDS", "tamsin-bio")],
    ),
    (  # autos: "is nearing a deal to partner with"
        "Harlan Motors is nearing a deal to partner with Quen Batteries, two people said.",
        [],
        [("harlan-motors", "PARTNERS_WITH", "quen-batteries")],
    ),
    (  # retail profile: "once tipped to run X" is no role
        "Ana Ruiz, once tipped to run Bexley Retail, now runs Corrin Outlets.",
        [("ana-ruiz", "LEADS", "corrin-outlets")],
        [("ana-ruiz", "LEADS", "bexley-retail")],
    ),
    (  # food: a hedge inside an aside belongs to the aside, not to the main verb
        "Kell Foods, which may prefer a merger, bought Pell Dairy on Monday.",
        [("kell-foods", "OWNS", "pell-dairy")],
        [],
    ),
    (  # food: "X, not Y, bought Z"
        "Kell Foods, not Lisk Farms, bought Pell Dairy, the company said.",
        [("kell-foods", "OWNS", "pell-dairy")],
        [("lisk-farms", "OWNS", "pell-dairy")],
    ),
    (  # food: the aside's own verb keeps its hedge
        "Kell Foods, which may buy Pell Dairy, said profits rose.",
        [],
        [("kell-foods", "OWNS", "pell-dairy")],
    ),
    (  # energy: "in talks" in an aside before a completed act
        "Ravel Energy, which was in talks with Lisk Power for months, bought Tamber Grid.",
        [("ravel-energy", "OWNS", "tamber-grid")],
        [("ravel-energy", "OWNS", "lisk-power")],
    ),
    (  # farming: a date adjunct between an aside's agent and the main verb
        "Tavo Grains, the trader controlled by Japanese trading house Hoshida Trading, agreed on "
        "Monday to buy Esmer Farms.",
        [("tavo-grains", "OWNS", "esmer-farms"), ("hoshida-trading", "OWNS", "tavo-grains")],
        [("hoshida-trading", "OWNS", "esmer-farms")],
    ),
    (  # mining: "last week" before the main verb after an owned-by aside
        "Brenna Gold, owned by mining house Corrib Minerals, last week sued Tallow Copper.",
        [("brenna-gold", "DISPUTES", "tallow-copper")],
        [("corrib-minerals", "DISPUTES", "tallow-copper")],
    ),
    (  # football: "is a candidate to lead X"
        "Tom Berg is a candidate to lead Hallam Athletic. He chairs Pell Town.",
        [("tom-berg", "LEADS", "pell-town")],
        [("tom-berg", "LEADS", "hallam-athletic")],
    ),
    (  # banking: "one of three candidates to succeed A as chief executive of X"
        "Lena Varga is one of three candidates to succeed Omar Haddad as chief executive of "
        "Tamar Bank.",
        [("omar-haddad", "LEADS", "tamar-bank")],
        [("lena-varga", "LEADS", "tamar-bank")],
    ),
    (  # insurance: "is in line to become chair of"
        "Mira Chen is in line to become chair of Arden Re, which bought Tavish Mutual.",
        [("arden-re", "OWNS", "tavish-mutual")],
        [("mira-chen", "LEADS", "arden-re")],
    ),
    (  # aviation: "Compared to X," opens a phrase, not a subject
        "Compared to Tern Air, Solway Air bought more aircraft from Pell Aero.",
        [],
        [("tern-air", "OWNS", "pell-aero")],
    ),
]

BANK: list[Case] = (
    NEGATION
    + HEDGES
    + FAILED
    + COMPARISONS
    + LISTS
    + SOURCES
    + ANALYSTS
    + TWO_CLAUSES
    + TITLES
    + EARLIER_JOB
    + COREF
    + VARIANTS
)

# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {
    "The board of Cardew Insurance refused": "'Shareholder Pendle Capital supports her': a"
    " pronoun object of a backing verb is not bound to the person named before (coreference)",
    "In an interview with Castle TV": "'Orbis Media's chief executive ... said Orbis had"
    " bought': the short form in the same sentence as the possessive is not merged with it"
    " (entity names)",
    "A spokesperson for Larkfield Telecom": "'for Larkfield Telecom ... that Larkfield had':"
    " the short form in the same sentence is not merged with the full name (entity names)",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_guards(case: Case) -> None:
    check(*case)
