"""Genre bank for deal stories spread over an article: the buyer and target named in the lede,
then "the deal", "the acquisition", "the offer", "the purchase", "the takeover" carrying later
facts; "the buyer", "the acquirer", "its new owner", "the enlarged group"; consortium members
named in a later sentence; rounds whose investors are listed later ("Other backers include",
"Existing investors X and Y also took part", "joined by"); financing sentences; bankers and
lawyers (ADVISES for persons, nothing for firms); completed, agreed, proposed and abandoned
deals; and sellers, which do not own what they sold.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across banking, mining, retail, pharma, shipping, farming, football, media, energy,
aviation, telecoms, autos, insurance and the public sector, in wire, trade-press, press-release,
analysis and headline-plus-lede registers. Guards: an adviser is not a funder, a bidder that
lost does not own, a seller no longer owns, "the deal" that is another deal, talks and plans.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LEDES: list[Case] = [
    (  # retail: agreed purchase, later "The deal values"
        "Harlow Foods agreed to buy Deller Bakeries for $400m on Monday. The deal values Deller "
        "at 12 times earnings. Shares in Harlow rose 3% in London.",
        [("harlow-foods", "OWNS", "deller-bakeries")],
        [("deller-bakeries", "OWNS", "harlow-foods")],
    ),
    (  # mining: completed acquisition, passive lede
        "Corvel Copper has been acquired by Ansley Mining, the companies said on Thursday. The "
        "acquisition adds two mines in Chile to Ansley's portfolio.",
        [("ansley-mining", "OWNS", "corvel-copper")],
        [("corvel-copper", "OWNS", "ansley-mining")],
    ),
    (  # pharma: headline + lede, "to acquire" announcement
        "Pellin Pharma to buy Rostra Bio\n\nPellin Pharma said on Tuesday it would acquire "
        "Rostra Bio, a maker of antibody drugs, for $1.2bn in cash. The takeover is expected "
        "to close in the spring.",
        [("pellin-pharma", "OWNS", "rostra-bio")],
        [("rostra-bio", "OWNS", "pellin-pharma")],
    ),
    (  # shipping: "completed its purchase of"
        "Tanner Lines completed its purchase of Orsk Shipping on Friday. The purchase gives "
        "Tanner a fleet of 90 vessels, ahead of rival Kelso Maritime.",
        [("tanner-lines", "OWNS", "orsk-shipping")],
        [("kelso-maritime", "OWNS", "orsk-shipping")],
    ),
    (  # telecoms: "takeover of X by Y"
        "The takeover of Brindle Telecom by Osman Networks was approved by regulators on "
        "Wednesday. The deal creates the country's second-largest mobile operator.",
        [("osman-networks", "OWNS", "brindle-telecom")],
        [("brindle-telecom", "OWNS", "osman-networks")],
    ),
    (  # autos: "'s acquisition of"
        "Verrin Motors' acquisition of Castell Seating closed on Monday. The deal was first "
        "announced in March.",
        [("verrin-motors", "OWNS", "castell-seating")],
        [],
    ),
    (  # insurance: "agreed a takeover by"
        "Holm Insurance has agreed a $900m takeover by Ridley Group. The offer is 30% above "
        "Holm's closing price on Friday.",
        [("ridley-group", "OWNS", "holm-insurance")],
        [("holm-insurance", "OWNS", "ridley-group")],
    ),
    (  # farming: pronoun subject in the second sentence
        "Kerrow Farms has a new owner. It was bought by Dunley Agri for an undisclosed sum, "
        "the companies said.",
        [("dunley-agri", "OWNS", "kerrow-farms")],
        [],
    ),
    (  # media: "the company" subject in the second sentence
        "Ostrander Media is buying the radio group Pell Broadcasting. The company will pay "
        "$150m in cash and shares, it said.",
        [("ostrander-media", "OWNS", "pell-broadcasting")],
        [("pell-broadcasting", "OWNS", "ostrander-media")],
    ),
    (  # energy: "snapped up"
        "Brantwood Energy snapped up Lisle Solar for $85m. Lisle's founder, Maya Corran, will "
        "stay on to run the business.",
        [("brantwood-energy", "OWNS", "lisle-solar"), ("maya-corran", "FOUNDED", "lisle-solar")],
        [("maya-corran", "OWNS", "lisle-solar")],
    ),
    (  # aviation: "The deal, which values X at ..., ..."
        "Skerry Air agreed to acquire the regional carrier Halden Wings. The deal, which values "
        "Halden at $300m, needs approval from competition authorities.",
        [("skerry-air", "OWNS", "halden-wings")],
        [],
    ),
    (  # banking: all-share merger
        "Tolland Bank is to merge with Kerris Bank in an all-share deal. Kerris shareholders "
        "will own 40% of the enlarged group.",
        [],
        [("kerris-bank", "OWNS", "tolland-bank")],
    ),
    (  # football: club takeover
        "American investor Cole Brannan has completed his takeover of Dunmore Rovers. The "
        "purchase ends six years of ownership by the Hale family.",
        [("cole-brannan", "OWNS", "dunmore-rovers")],
        [],
    ),
    (  # public sector: sale of a state firm
        "The government completed the sale of Norrland Rail to Asker Transport on Friday. "
        "Asker paid $2.1bn for the operator.",
        [("asker-transport", "OWNS", "norrland-rail")],
        [],
    ),
    (  # retail: "X, which bought Y last year," relative in a later sentence
        "Merrow Stores reported higher sales. Merrow, which bought the discount chain Pennywise "
        "Retail last year, said margins improved.",
        [("merrow-stores", "OWNS", "pennywise-retail")],
        [("pennywise-retail", "OWNS", "merrow-stores")],
    ),
]

REFS: list[Case] = [
    (  # "the buyer" names the buyer later
        "Harcourt Hotels was sold for $600m on Monday. The buyer, Lindqvist Leisure, plans to "
        "rebrand the chain.",
        [("lindqvist-leisure", "OWNS", "harcourt-hotels")],
        [],
    ),
    (  # "the acquirer, Y"
        "Fallow Chemicals agreed to be acquired in a $700m deal. The acquirer, Brisco Industries, "
        "will keep the Fallow brand.",
        [("brisco-industries", "OWNS", "fallow-chemicals")],
        [],
    ),
    (  # "its new owner, Y"
        "Pennock Dairy has been sold after a long auction. Its new owner, Ardel Foods, plans to "
        "expand the plant in Wales.",
        [("ardel-foods", "OWNS", "pennock-dairy")],
        [],
    ),
    (  # "its new owner" as subject, named earlier
        "Ardel Foods bought Pennock Dairy in June. Its new owner plans to expand the plant.",
        [("ardel-foods", "OWNS", "pennock-dairy")],
        [("pennock-dairy", "OWNS", "ardel-foods")],
    ),
    (  # "Y, the buyer," appositive
        "Caldera Cement was sold to a private equity firm. Orlan Partners, the buyer, paid $1bn.",
        [("orlan-partners", "OWNS", "caldera-cement")],
        [],
    ),
    (  # "the target" in a later sentence: nothing for the target
        "Brisk Logistics agreed to buy Calder Freight. The target employs 2,000 people in the "
        "Midlands.",
        [("brisk-logistics", "OWNS", "calder-freight")],
        [("calder-freight", "OWNS", "brisk-logistics")],
    ),
    (  # "the enlarged group" is not an owner of the seller
        "Wendell Insurance completed its acquisition of Parr Mutual. The enlarged group will be "
        "led by Helen Okafor.",
        [("wendell-insurance", "OWNS", "parr-mutual")],
        [("parr-mutual", "OWNS", "wendell-insurance")],
    ),
    (  # "Shareholders of the target will receive"
        "Stennet Foods agreed to buy Harvel Snacks for $250m. Shareholders of the target will "
        "receive $12 a share in cash.",
        [("stennet-foods", "OWNS", "harvel-snacks")],
        [("harvel-snacks", "OWNS", "stennet-foods")],
    ),
    (  # "the seller" named later does not own
        "Ostra Capital bought Linden Bottling last week. The seller, Carrow Group, had owned the "
        "business since 2011.",
        [("ostra-capital", "OWNS", "linden-bottling")],
        [("carrow-group", "OWNS", "ostra-capital")],
    ),
    (  # "the buyer" subject with a named target earlier
        "Norwick Steel has sold its wire division, Tarn Wire, to Halse Metals. The buyer said it "
        "would keep all 400 jobs.",
        [("halse-metals", "OWNS", "tarn-wire")],
        [("norwick-steel", "OWNS", "halse-metals")],
    ),
]

REF_GUARDS: list[Case] = [
    (  # utilities: "Its buyer, Y," after "has been sold"
        "Brant Water has been sold. Its buyer, Hollis Group, paid $2bn for the utility.",
        [("hollis-group", "OWNS", "brant-water")],
        [],
    ),
    (  # utilities: the same with a name typing depends on
        "Brant Water has been sold. Its buyer, Hollis Infrastructure, paid $2bn for the utility.",
        [("hollis-infrastructure", "OWNS", "brant-water")],
        [],
    ),
    (  # mining: "The deal was financed by L" after "The sale of Y to X closed"
        "The sale of Dorrit Mines to Carron Metals closed on Friday. The deal was financed by "
        "Ashby Bank.",
        [("carron-metals", "OWNS", "dorrit-mines"), ("ashby-bank", "FUNDS", "carron-metals")],
        [("ashby-bank", "OWNS", "dorrit-mines"), ("ashby-bank", "FUNDS", "dorrit-mines")],
    ),
    (  # guard: a sale still expected names no owner
        "Pellow Foods is expected to be sold this year. The likely buyer, Cray Brands, has "
        "made an offer.",
        [],
        [("cray-brands", "OWNS", "pellow-foods")],
    ),
    (  # guard: "the seller" is no buyer
        "Brask Marine has been sold for $75m. The seller, Ostby Holdings, will use the cash to "
        "cut debt.",
        [],
        [("ostby-holdings", "OWNS", "brask-marine")],
    ),
    (  # guard: a buyer not yet found
        "Kell Quarries was put up for sale in May. A buyer has not been found, and Dorran "
        "Aggregates said it was not interested.",
        [],
        [("dorran-aggregates", "OWNS", "kell-quarries")],
    ),
    (  # guard: a stake sold; "the buyer" of shares
        "Merrow Telecom sold a 10% stake in Tilde Networks last week. The buyer, Vask Capital, "
        "paid $40m.",
        [],
        [("merrow-telecom", "OWNS", "tilde-networks"), ("vask-capital", "OWNS", "merrow-telecom")],
    ),
    (  # insurance: "The purchaser, Y," after a book sold
        "The life insurance arm of Corran Mutual, Corran Life, has been sold. The purchaser, "
        "Selby Re, will take on 200,000 policies.",
        [("selby-re", "OWNS", "corran-life")],
        [("selby-re", "OWNS", "corran-mutual")],
    ),
]

CONSORTIA: list[Case] = [
    (  # "The consortium comprises A, B and C" after a consortium deal
        "A consortium agreed to buy Marlow Ports for $3bn on Tuesday. The consortium comprises "
        "Brisk Infrastructure, Calder Pensions and Ostra Capital.",
        [
            ("brisk-infrastructure", "OWNS", "marlow-ports"),
            ("calder-pensions", "OWNS", "marlow-ports"),
            ("ostra-capital", "OWNS", "marlow-ports"),
        ],
        [],
    ),
    (  # "a consortium of A, B and C" in the lede
        "A consortium of Hollis Capital, Beyer Pensions and Tam Infrastructure completed its "
        "purchase of Gorran Water. The water utility serves two million homes.",
        [
            ("hollis-capital", "OWNS", "gorran-water"),
            ("beyer-pensions", "OWNS", "gorran-water"),
            ("tam-infrastructure", "OWNS", "gorran-water"),
        ],
        [],
    ),
    (  # "a consortium led by A and including B"
        "Keld Airport was bought by a consortium led by Aster Infrastructure. Other members "
        "include Pallin Pensions and Norby Capital.",
        [
            ("aster-infrastructure", "OWNS", "keld-airport"),
            ("pallin-pensions", "OWNS", "keld-airport"),
            ("norby-capital", "OWNS", "keld-airport"),
        ],
        [],
    ),
    (  # "The group, made up of A and B," as subject
        "Fendrel Gas has agreed to sell its pipeline unit to an investor group. The group, made "
        "up of Corbin Capital and Halver Pensions, will pay $800m.",
        [],
        [("fendrel-gas", "OWNS", "corbin-capital")],
    ),
    (  # losing bidder in a consortium story
        "A consortium led by Morrow Partners won the auction for Tilbury Telecom. A rival group "
        "led by Pask Capital dropped out last month.",
        [],
        [("pask-capital", "OWNS", "tilbury-telecom")],
    ),
    (  # consortium with a "backed by" funder
        "Vellum Infrastructure, backed by the pension fund Carlow Pensions, agreed to buy Redd "
        "Energy Networks for $2bn.",
        [
            ("vellum-infrastructure", "OWNS", "redd-energy-networks"),
            ("carlow-pensions", "FUNDS", "vellum-infrastructure"),
        ],
        [],
    ),
]

ROUNDS: list[Case] = [
    (  # "Other backers include"
        "Norrin Capital led a $40m Series B round in Fenwick Robotics. Other backers include "
        "Alder Ventures and Pike Growth.",
        [
            ("norrin-capital", "FUNDS", "fenwick-robotics"),
            ("alder-ventures", "FUNDS", "fenwick-robotics"),
            ("pike-growth", "FUNDS", "fenwick-robotics"),
        ],
        [],
    ),
    (  # "Existing investors X and Y also took part"
        "Tessel Health raised $25m in a round led by Corrie Ventures. Existing investors Tamsin "
        "Capital and Oaken Fund also took part.",
        [
            ("corrie-ventures", "FUNDS", "tessel-health"),
            ("tamsin-capital", "FUNDS", "tessel-health"),
            ("oaken-fund", "FUNDS", "tessel-health"),
        ],
        [],
    ),
    (  # "joined by"
        "Hallam Ventures led a $12m seed round in Quarry Labs, joined by Birch Capital and Soren "
        "Partners.",
        [
            ("hallam-ventures", "FUNDS", "quarry-labs"),
            ("birch-capital", "FUNDS", "quarry-labs"),
            ("soren-partners", "FUNDS", "quarry-labs"),
        ],
        [],
    ),
    (  # "The round was led by X, with participation from Y"
        "Pomona Farms, a vertical-farming start-up, has raised $60m. The round was led by Greer "
        "Capital, with participation from Lusk Ventures.",
        [("greer-capital", "FUNDS", "pomona-farms"), ("lusk-ventures", "FUNDS", "pomona-farms")],
        [],
    ),
    (  # "X also invested", later sentence, pronoun target
        "Kinsale Bio raised $30m in a Series A round led by Hatch Partners. Drummond Ventures "
        "also invested, the company said.",
        [("hatch-partners", "FUNDS", "kinsale-bio"), ("drummond-ventures", "FUNDS", "kinsale-bio")],
        [],
    ),
    (  # "Investors in the round include"
        "Lattice Freight closed a $18m round on Monday. Investors in the round include Merrin "
        "Capital, Pell Growth and Fairley Ventures.",
        [
            ("merrin-capital", "FUNDS", "lattice-freight"),
            ("pell-growth", "FUNDS", "lattice-freight"),
            ("fairley-ventures", "FUNDS", "lattice-freight"),
        ],
        [],
    ),
    (  # "Its backers include"
        "Corran Payments, a Dublin fintech, has raised $9m. Its backers include Tolka Ventures "
        "and Blane Capital.",
        [
            ("tolka-ventures", "FUNDS", "corran-payments"),
            ("blane-capital", "FUNDS", "corran-payments"),
        ],
        [],
    ),
    (  # "the round also included"
        "Askew Robotics raised $50m led by Fenn Capital. The round also included money from "
        "Ruston Ventures.",
        [
            ("fenn-capital", "FUNDS", "askew-robotics"),
            ("ruston-ventures", "FUNDS", "askew-robotics"),
        ],
        [],
    ),
    (  # guard: an adviser on the round
        "Marden Energy raised $70m from Pollock Capital. Harker Securities advised Marden on "
        "the round.",
        [("pollock-capital", "FUNDS", "marden-energy")],
        [("harker-securities", "FUNDS", "marden-energy")],
    ),
    (  # guard: investors who declined
        "Brillo Games raised $15m from Yarrow Ventures. Existing investor Clegg Capital did not "
        "take part in the round.",
        [("yarrow-ventures", "FUNDS", "brillo-games")],
        [("clegg-capital", "FUNDS", "brillo-games")],
    ),
    (  # guard: a hedged later participant
        "Orla Health raised $8m led by Sarn Ventures. Pike Growth may join a second close, a "
        "person familiar with the matter said.",
        [("sarn-ventures", "FUNDS", "orla-health")],
        [("pike-growth", "FUNDS", "orla-health")],
    ),
    (  # "The company's investors include" about the company of the lede
        "Dray Analytics was founded in 2019 by Nia Holt. The company's investors include Bream "
        "Capital and Corvo Partners.",
        [
            ("nia-holt", "FOUNDED", "dray-analytics"),
            ("bream-capital", "FUNDS", "dray-analytics"),
            ("corvo-partners", "FUNDS", "dray-analytics"),
        ],
        [],
    ),
    (  # "Other backers include" after a verbal investment (no round named)
        "Garrow Ventures invested $5m in Lintel Health, a maker of hearing tests. Other backers "
        "include Pym Capital and Rook Partners.",
        [
            ("garrow-ventures", "FUNDS", "lintel-health"),
            ("pym-capital", "FUNDS", "lintel-health"),
            ("rook-partners", "FUNDS", "lintel-health"),
        ],
        [("pym-capital", "FUNDS", "garrow-ventures")],
    ),
    (  # "also took part" after "put money into"
        "Sable Partners put $20m into Quill Freight on Tuesday. Existing investors Orme Capital "
        "and Tay Ventures also took part.",
        [("orme-capital", "FUNDS", "quill-freight"), ("tay-ventures", "FUNDS", "quill-freight")],
        [],
    ),
    (  # guard: the investor's own backers
        "Garrow Ventures invested $5m in Lintel Health. Garrow's own investors include Pym "
        "Pensions.",
        [("pym-pensions", "FUNDS", "garrow-ventures")],
        [("pym-pensions", "FUNDS", "lintel-health")],
    ),
    (  # guard: a funding long before the list
        "Norland Bank lent $9m to Cobb Farms in 2019. Cobb grows barley. It sells to Dray "
        "Maltings. Other investors include Pell Agri, the firm said.",
        [("norland-bank", "FUNDS", "cobb-farms")],
        [],
    ),
    (  # "Previous investors include" in a profile
        "Halvard Space builds small satellites in Bremen. Previous investors include Ostwind "
        "Capital and the European Space Agency.",
        [("ostwind-capital", "FUNDS", "halvard-space")],
        [],
    ),
]

FINANCING: list[Case] = [
    (  # "The purchase, funded by a loan from"
        "Harlow Foods agreed to buy Deller Bakeries. The purchase, funded by a loan from Brand "
        "Bank, is due to close in May.",
        [("harlow-foods", "OWNS", "deller-bakeries"), ("brand-bank", "FUNDS", "harlow-foods")],
        [("brand-bank", "OWNS", "deller-bakeries")],
    ),
    (  # "The transaction is being financed by"
        "Corbet Mining will acquire Tamar Minerals for $500m. The transaction is being financed by "
        "Riverside Bank and Keel Credit.",
        [
            ("corbet-mining", "OWNS", "tamar-minerals"),
            ("riverside-bank", "FUNDS", "corbet-mining"),
            ("keel-credit", "FUNDS", "corbet-mining"),
        ],
        [("riverside-bank", "OWNS", "tamar-minerals")],
    ),
    (  # "The deal will be funded with debt from"
        "Halse Metals agreed to buy Tarn Wire. The deal will be funded with debt from Ormond "
        "Bank, Halse said.",
        [("halse-metals", "OWNS", "tarn-wire"), ("ormond-bank", "FUNDS", "halse-metals")],
        [("ormond-bank", "OWNS", "tarn-wire")],
    ),
    (  # "X provided financing for the acquisition"
        "Pellin Pharma bought Rostra Bio in June. Lyle Bank provided $300m of financing for the "
        "acquisition.",
        [("pellin-pharma", "OWNS", "rostra-bio"), ("lyle-bank", "FUNDS", "pellin-pharma")],
        [("lyle-bank", "OWNS", "rostra-bio")],
    ),
    (  # "backed by a loan from"
        "Skerry Air's purchase of Halden Wings is backed by a $200m loan from Cathay Credit.",
        [("skerry-air", "OWNS", "halden-wings"), ("cathay-credit", "FUNDS", "skerry-air")],
        [("cathay-credit", "OWNS", "halden-wings")],
    ),
    (  # guard: an underwriter of shares is an adviser bank, no ownership
        "Tanner Lines bought Orsk Shipping. Halvard Bank underwrote the share sale that paid "
        "for it.",
        [("tanner-lines", "OWNS", "orsk-shipping")],
        [("halvard-bank", "OWNS", "orsk-shipping")],
    ),
    (  # guard: financing still sought
        "Brisk Logistics agreed to buy Calder Freight. Brisk is in talks with Moray Bank to "
        "finance the deal.",
        [("brisk-logistics", "OWNS", "calder-freight")],
        [("moray-bank", "FUNDS", "brisk-logistics")],
    ),
]

ADVISERS: list[Case] = [
    (  # "advised by" a firm: no FUNDS, no OWNS
        "Harlow Foods agreed to buy Deller Bakeries. Harlow was advised by Quell Partners, and "
        "Deller by Marsh Lane Capital.",
        [("harlow-foods", "OWNS", "deller-bakeries")],
        [
            ("quell-partners", "FUNDS", "harlow-foods"),
            ("marsh-lane-capital", "FUNDS", "deller-bakeries"),
            ("quell-partners", "OWNS", "deller-bakeries"),
        ],
    ),
    (  # person adviser: ADVISES
        "Corbet Mining will acquire Tamar Minerals. Corbet is advised by banker Priya Lal, who "
        "also advised it on an earlier deal.",
        [("corbet-mining", "OWNS", "tamar-minerals"), ("priya-lal", "ADVISES", "corbet-mining")],
        [("priya-lal", "FUNDS", "corbet-mining")],
    ),
    (  # "acting as financial adviser" firm: nothing
        "Pellin Pharma agreed to buy Rostra Bio. Gaunt Brothers is acting as financial adviser "
        "to Pellin.",
        [("pellin-pharma", "OWNS", "rostra-bio")],
        [("gaunt-brothers", "FUNDS", "pellin-pharma"), ("gaunt-brothers", "OWNS", "rostra-bio")],
    ),
    (  # law firm "represented"
        "Skerry Air completed its purchase of Halden Wings. The law firm Cray & Moss represented "
        "Skerry, while Pell Hart acted for the seller.",
        [("skerry-air", "OWNS", "halden-wings")],
        [("cray-moss", "OWNS", "halden-wings"), ("pell-hart", "OWNS", "halden-wings")],
    ),
    (  # banker as adviser and a lender bank
        "Tanner Lines bought Orsk Shipping. Lyle Bank lent Tanner $400m for the purchase, and "
        "Sofia Marr of Keel Advisory advised the company.",
        [
            ("tanner-lines", "OWNS", "orsk-shipping"),
            ("lyle-bank", "FUNDS", "tanner-lines"),
            ("sofia-marr", "ADVISES", "tanner-lines"),
        ],
        [("keel-advisory", "FUNDS", "tanner-lines")],
    ),
    (  # "Y advised X on the acquisition"
        "Ostra Capital bought Linden Bottling. Breck & Co advised Ostra on the acquisition.",
        [("ostra-capital", "OWNS", "linden-bottling")],
        [("breck-co", "FUNDS", "ostra-capital"), ("breck-co", "OWNS", "linden-bottling")],
    ),
]

STATUS: list[Case] = [
    (  # proposed: "made an offer for" (not agreed)
        "Brantwood Energy made a $2bn offer for Lisle Power on Monday. Lisle's board said it "
        "would consider the approach.",
        [],
        [("brantwood-energy", "OWNS", "lisle-power")],
    ),
    (  # rejected bid
        "Ridley Group's $900m bid for Holm Insurance was rejected by Holm's board. The offer "
        "undervalues the company, Holm said.",
        [],
        [("ridley-group", "OWNS", "holm-insurance")],
    ),
    (  # abandoned deal
        "Osman Networks walked away from its planned takeover of Brindle Telecom. The deal had "
        "faced opposition from regulators.",
        [],
        [("osman-networks", "OWNS", "brindle-telecom")],
    ),
    (  # talks
        "Verrin Motors is in talks to buy Castell Seating, people familiar with the matter said. "
        "A deal could be announced next week.",
        [],
        [("verrin-motors", "OWNS", "castell-seating")],
    ),
    (  # lost bidder: "outbid"
        "Tanner Lines agreed to buy Orsk Shipping after outbidding Kelso Maritime. Kelso had "
        "offered $1.1bn.",
        [("tanner-lines", "OWNS", "orsk-shipping")],
        [("kelso-maritime", "OWNS", "orsk-shipping")],
    ),
    (  # lost bidder: "beat rival bidder"
        "Ardel Foods beat rival bidder Moss Brands to buy Pennock Dairy for $90m.",
        [("ardel-foods", "OWNS", "pennock-dairy")],
        [("moss-brands", "OWNS", "pennock-dairy")],
    ),
    (  # blocked deal
        "Regulators blocked Holt Media's purchase of Corran Radio on Friday. Holt said it would "
        "appeal.",
        [],
        [("holt-media", "OWNS", "corran-radio")],
    ),
    (  # "plans to buy"
        "Fenwick Steel plans to buy a stake in Lowry Ore. Analysts said the deal made sense.",
        [],
        [("fenwick-steel", "OWNS", "lowry-ore")],
    ),
    (  # "the deal" that is another deal: a later partnership sentence
        "Ostrander Media agreed to buy Pell Broadcasting for $150m. Separately, Ostrander "
        "signed a content deal with Vail Studios.",
        [
            ("ostrander-media", "OWNS", "pell-broadcasting"),
            ("ostrander-media", "PARTNERS_WITH", "vail-studios"),
        ],
        [("ostrander-media", "OWNS", "vail-studios")],
    ),
    (  # "the deal" is a supply deal
        "Corvel Copper signed a deal to supply Brisk Cables with copper rod. The deal runs for "
        "five years.",
        [],
        [("corvel-copper", "OWNS", "brisk-cables"), ("brisk-cables", "OWNS", "corvel-copper")],
    ),
    (  # conditional: "if shareholders approve"
        "Kerris Bank agreed to buy Tolland Bank for $1.4bn. The deal needs the approval of "
        "Tolland shareholders.",
        [("kerris-bank", "OWNS", "tolland-bank")],
        [("tolland-bank", "OWNS", "kerris-bank")],
    ),
    (  # denied
        "Pell Broadcasting denied a report that it had agreed to buy Tarn Radio. The report "
        "cited two people briefed on talks.",
        [],
        [("pell-broadcasting", "OWNS", "tarn-radio")],
    ),
]

SELLERS: list[Case] = [
    (  # "sold X to Y"
        "Norwick Steel sold Tarn Wire to Halse Metals for $120m. The sale completes Norwick's "
        "exit from wire-making.",
        [("halse-metals", "OWNS", "tarn-wire")],
        [("norwick-steel", "OWNS", "tarn-wire")],
    ),
    (  # "agreed to sell its stake in X to Y"
        "Garrow Capital agreed to sell its 30% stake in Lindel Shipping to Moor Holdings. The "
        "sale is expected to close in June.",
        [("moor-holdings", "FUNDS", "lindel-shipping")],
        [("garrow-capital", "OWNS", "moor-holdings")],
    ),
    (  # "the seller" appositive after the lede
        "Dunley Agri bought Kerrow Farms for $40m. The seller, Penn Family Trust, had put the "
        "business up for sale in May.",
        [("dunley-agri", "OWNS", "kerrow-farms")],
        [("penn-family-trust", "OWNS", "dunley-agri")],
    ),
    (  # divestment: "offloaded"
        "Brisco Industries offloaded its coatings arm, Vell Paints, to Osgood Capital in a "
        "$300m deal.",
        [("osgood-capital", "OWNS", "vell-paints")],
        [("brisco-industries", "OWNS", "osgood-capital")],
    ),
    (  # "X's former owner Y"
        "Linden Bottling, now part of Ostra Capital, was sold by its former owner Carrow Group "
        "last year.",
        [("ostra-capital", "OWNS", "linden-bottling")],
        [("carrow-group", "OWNS", "linden-bottling")],
    ),
    (  # "sold off" with the buyer in a later sentence
        "Tamsin Retail sold its shoe chain Pace Footwear on Monday. The buyer was Holm Brands, "
        "the owner of Sprint Sports.",
        [("holm-brands", "OWNS", "pace-footwear"), ("holm-brands", "OWNS", "sprint-sports")],
        [],
    ),
    (  # "X was sold by Y to Z"
        "Cardew Hotels was sold by Ansel Holdings to Greystone Leisure for $420m. Greystone "
        "will rebrand the hotels.",
        [("greystone-leisure", "OWNS", "cardew-hotels")],
        [("ansel-holdings", "OWNS", "cardew-hotels")],
    ),
    (  # spin-off: "spun off"
        "Kestrel Chemicals spun off its plastics unit as Parra Polymers. Parra will list in "
        "Frankfurt.",
        [],
        [("kestrel-chemicals", "OWNS", "frankfurt")],
    ),
]

SELLER_GUARDS: list[Case] = [
    (  # guard: "had owned" after the sale is an ended holding
        "Trask Motors sold its stake in Vey Batteries to Ulm Capital. Trask had owned 40% of "
        "Vey since 2018.",
        [],
        [("trask-motors", "OWNS", "vey-batteries")],
    ),
    (  # guard: a seller's relative clause about an earlier sale
        "Fenn Holdings, which sold Rask Foods to Dale Brands in 2021, is now buying Pim Snacks.",
        [("fenn-holdings", "OWNS", "pim-snacks"), ("dale-brands", "OWNS", "rask-foods")],
        [("fenn-holdings", "OWNS", "rask-foods")],
    ),
]

STAKES: list[Case] = [
    (  # a minority stake taken is FUNDS (README); "took a stake in", details later
        "Orlan Partners took a 25% stake in Greer Textiles on Monday. The investment gives "
        "Orlan two seats on the board.",
        [("orlan-partners", "FUNDS", "greer-textiles")],
        [("greer-textiles", "FUNDS", "orlan-partners")],
    ),
    (  # "the stake" bought by Y after a sale
        "Calloway Brewing sold 20% of its shares. The stake was bought by Aske Holdings, a "
        "family investment firm.",
        [("aske-holdings", "FUNDS", "calloway-brewing")],
        [],
    ),
    (  # "raising its holding to"
        "Vance Pensions bought more shares in Brock Utilities, raising its holding to 12%.",
        [("vance-pensions", "FUNDS", "brock-utilities")],
        [],
    ),
    (  # "X remains the largest shareholder" vs the seller
        "Hale Capital cut its stake in Pym Airlines to 5%. Dorn Holdings remains Pym's largest "
        "shareholder.",
        [("dorn-holdings", "OWNS", "pym-airlines")],
        [],
    ),
    (  # "sold its entire stake" guard
        "Garrow Capital sold its entire stake in Lowry Ore on Tuesday. Lowry shares fell 2%.",
        [],
        [("garrow-capital", "OWNS", "lowry-ore")],
    ),
]

CASES = (
    LEDES
    + REFS
    + REF_GUARDS
    + CONSORTIA
    + ROUNDS
    + FINANCING
    + ADVISERS
    + STATUS
    + SELLERS
    + SELLER_GUARDS
    + STAKES
)

GAPS: dict[str, str] = {
    "Halvard Space builds": "rounds: 'Previous investors include' with no round named",
    "Tanner Lines bought Orsk Shipping. Lyle": "advice: 'A of B advised the company'",
    "Keld Airport was bought by": "groups: 'Other members include' of a consortium's purchase",
    "The life insurance arm of Corran": "role: the thing sold named in an appositive subject",
}


@pytest.mark.parametrize("case", gap_params(CASES, GAPS))
def test_genre_deals(case: Case) -> None:
    check(*case)
