"""Genre bank for disputes, rivalry, backing and partnership as business reporting writes them
(round 24).

The common forms of each family across sectors: suing, accusing, fining, rejecting claims, a
union's strike at an employer (verb and noun: "a strike by U at X"), rows and feuds; rivals by
appositive, possessive, verb, ranking and rival bidders for one target ("A and B both bid for
X", "are among the bidders for X"; not a joint or consortium bid, nor one price); a rival "in
PLACE" (the market, not a party); backing by verb, noun, vote ("voted for X's merger plan")
and opening phrase ("With the backing of X, Y ..."); partnerships by verb, noun and
memorandum, not talks or supply.

Each case is a short invented text (relations that must be found, relations that must not be),
across pharma, energy, retail, telecoms, shipping, mining, autos, banking, aviation, food,
media, building, brewing, ferries, buses and glass.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DISPUTE: list[Case] = [
    (
        "Korvane Pharma sued Ilstead Biologics over a patent on an insulin pen.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Ilstead Biologics was sued by Korvane Pharma over a patent on an insulin pen.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Korvane Pharma has filed a lawsuit against Ilstead Biologics in Delaware.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Korvane Pharma's lawsuit against Ilstead Biologics will go to trial in March.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Shares of Ilstead Biologics fell after Korvane Pharma, which sued the company "
        "last year, won an injunction.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Dravel Energy accused Pomfret Grid of overcharging for connections.",
        [("dravel-energy", "DISPUTES", "pomfret-grid")],
        [],
    ),
    (
        "Pomfret Grid has been accused by Dravel Energy of overcharging for connections.",
        [("dravel-energy", "DISPUTES", "pomfret-grid")],
        [],
    ),
    (
        "Pomfret Grid rejected Dravel Energy's claims, saying its charges were set by law.",
        [("pomfret-grid", "DISPUTES", "dravel-energy")],
        [],
    ),
    (
        "Pomfret Grid denied the allegations made by Dravel Energy.",
        [("pomfret-grid", "DISPUTES", "dravel-energy")],
        [],
    ),
    (
        "The Ostmark Energy Authority fined Pomfret Grid 3 million euros for late connections.",
        [("the-ostmark-energy-authority", "DISPUTES", "pomfret-grid")],
        [],
    ),
    (
        "Pomfret Grid was fined 3 million euros by the Ostmark Energy Authority for late "
        "connections.",
        [("ostmark-energy-authority", "DISPUTES", "pomfret-grid")],
        [],
    ),
    (
        "Tellwyn Retail is locked in a dispute with its landlord Harcourt Estates over rent.",
        [("tellwyn-retail", "DISPUTES", "harcourt-estates")],
        [],
    ),
    (
        "Tellwyn Retail is in a row with Harcourt Estates over unpaid rent.",
        [("tellwyn-retail", "DISPUTES", "harcourt-estates")],
        [],
    ),
    (
        "Tellwyn Retail and Harcourt Estates have been feuding over rent since 2023.",
        [("tellwyn-retail", "DISPUTES", "harcourt-estates")],
        [],
    ),
    (
        "Vesto Mobile criticised Orrin Telecom for slow rollout of rural masts.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Vesto Mobile has challenged Orrin Telecom's spectrum award in court.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Vesto Mobile objected to Orrin Telecom's purchase of Linnet Cable.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Vesto Mobile sues Orrin Telecom over roaming fees",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Vesto Mobile took Orrin Telecom to court over roaming fees.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Vesto Mobile has launched legal action against Orrin Telecom over roaming fees.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Orrin Telecom said it would contest the lawsuit. The company counter-sued Vesto "
        "Mobile in May.",
        [("orrin-telecom", "DISPUTES", "vesto-mobile")],
        [],
    ),
    (
        "Merrow Shipping and Calder Tankers sued Brightwater Ports over berth fees.",
        [
            ("merrow-shipping", "DISPUTES", "brightwater-ports"),
            ("calder-tankers", "DISPUTES", "brightwater-ports"),
        ],
        [],
    ),
    (
        "The Seafarers Union of Ostmark called a strike at Merrow Shipping over pay.",
        [("seafarers-union-of-ostmark", "DISPUTES", "merrow-shipping")],
        [],
    ),
    (
        "The complaint by Calder Tankers against Brightwater Ports was upheld.",
        [("calder-tankers", "DISPUTES", "brightwater-ports")],
        [],
    ),
    (
        "Calder Tankers filed a complaint against Brightwater Ports with the regulator.",
        [("calder-tankers", "DISPUTES", "brightwater-ports")],
        [],
    ),
    (
        "The Ostmark Maritime Authority approved Calder Tankers' purchase of Merrow Shipping.",
        [],
        [("ostmark-maritime-authority", "DISPUTES", "calder-tankers")],
    ),
    (
        "Lawyers at Penhale & Ross, who represent Vesto Mobile, said the case was strong.",
        [],
        [("penhale-ross", "DISPUTES", "vesto-mobile")],
    ),
    (
        "Ilstead Biologics, which was sued by Korvane Pharma in 2024, settled the case.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Ilstead Biologics, sued by Korvane Pharma in 2024, settled the case.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Korvane Pharma said on Monday it had sued Ilstead Biologics.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Korvane Pharma posted higher sales. It also sued Ilstead Biologics over a patent.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "A lawsuit brought by Korvane Pharma against Ilstead Biologics was dismissed.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Ilstead Biologics is fighting a lawsuit from Korvane Pharma.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Ilstead Biologics faces claims from Korvane Pharma that it copied a pen design.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Korvane Pharma won its case against Ilstead Biologics.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Korvane Pharma's patent suit against Ilstead Biologics was thrown out.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "Korvane Pharma is seeking damages from Ilstead Biologics.",
        [("korvane-pharma", "DISPUTES", "ilstead-biologics")],
        [],
    ),
    (
        "The dispute between Tellwyn Retail and Harcourt Estates went to arbitration.",
        [("tellwyn-retail", "DISPUTES", "harcourt-estates")],
        [],
    ),
    (
        "Harcourt Estates hit back at Tellwyn Retail, calling its claims baseless.",
        [("harcourt-estates", "DISPUTES", "tellwyn-retail")],
        [],
    ),
    (
        "Tellwyn Retail has blamed Harcourt Estates for the closure.",
        [("tellwyn-retail", "DISPUTES", "harcourt-estates")],
        [],
    ),
    (
        "Tellwyn Retail is taking legal action against Harcourt Estates.",
        [("tellwyn-retail", "DISPUTES", "harcourt-estates")],
        [],
    ),
    (
        "Pomfret Grid, which Dravel Energy accuses of overcharging, denies wrongdoing.",
        [("dravel-energy", "DISPUTES", "pomfret-grid")],
        [],
    ),
    (
        "Dravel Energy's complaint against Pomfret Grid was upheld by the regulator.",
        [("dravel-energy", "DISPUTES", "pomfret-grid")],
        [],
    ),
    (
        "Pomfret Grid disputes Dravel Energy's figures.",
        [("pomfret-grid", "DISPUTES", "dravel-energy")],
        [],
    ),
    (
        "Dravel Energy has clashed with Pomfret Grid over connection fees.",
        [("dravel-energy", "DISPUTES", "pomfret-grid")],
        [],
    ),
    (
        "The Ostmark Energy Authority has opened an investigation into Pomfret Grid.",
        [],
        [("ostmark-energy-authority", "DISPUTES", "pomfret-grid")],
    ),
    (
        "Vesto Mobile attacked Orrin Telecom's pricing as predatory.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Orrin Telecom was censured by the Ostmark Media Council for misleading adverts.",
        [("ostmark-media-council", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Vesto Mobile opposed Orrin Telecom's bid for Linnet Cable.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Vesto Mobile filed suit against Orrin Telecom.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "Vesto Mobile brought a case against Orrin Telecom at the High Court.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (
        "The Ostmark Dockers Union is striking against Merrow Shipping over pay.",
        [("the-ostmark-dockers-union", "DISPUTES", "merrow-shipping")],
        [],
    ),
    (
        "Calder Tankers is arbitrating a claim against Brightwater Ports.",
        [("calder-tankers", "DISPUTES", "brightwater-ports")],
        [],
    ),
    (
        "A strike by the Ostmark Dockers Union at Merrow Shipping entered its third week.",
        [("ostmark-dockers-union", "DISPUTES", "merrow-shipping")],
        [],
    ),
    (
        "Members of the Ostmark Dockers Union voted to strike at Merrow Shipping.",
        [("ostmark-dockers-union", "DISPUTES", "merrow-shipping")],
        [],
    ),
    (
        "The Ostmark Dockers Union said its members would walk out at Merrow Shipping next week.",
        [("the-ostmark-dockers-union", "DISPUTES", "merrow-shipping")],
        [],
    ),
    (
        "The Ostmark Dockers Union has staged strikes at Merrow Shipping over pay.",
        [("the-ostmark-dockers-union", "DISPUTES", "merrow-shipping")],
        [],
    ),
    (
        "The Ostmark Dockers Union went on strike at Merrow Shipping.",
        [("the-ostmark-dockers-union", "DISPUTES", "merrow-shipping")],
        [],
    ),
    (
        "Merrow Shipping is in a pay dispute with the Ostmark Dockers Union.",
        [("merrow-shipping", "DISPUTES", "ostmark-dockers-union")],
        [],
    ),
    (
        "The Ostmark Dockers Union threatened strikes at Merrow Shipping.",
        [("the-ostmark-dockers-union", "DISPUTES", "merrow-shipping")],
        [],
    ),
    (
        "The Ostmark Rail Workers Union said the walkout at Corran Airways would go ahead.",
        [("the-ostmark-rail-workers-union", "DISPUTES", "corran-airways")],
        [],
    ),
    (
        "Corran Airways said a strike by baggage handlers at Ostmark Airport hit flights.",
        [],
        [("corran-airways", "DISPUTES", "ostmark-airport")],
    ),
]

RIVAL: list[Case] = [
    (
        "Arden Motors, a rival of Sato Cars, cut prices on its hybrids.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Sato Cars lost sales to rival Arden Motors in Europe.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Arden Motors competes with Sato Cars in small vans.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Arden Motors vies with Sato Cars for fleet buyers.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Brenlow Mining lost the contract to Quarrie Resources.",
        [("brenlow-mining", "COMPETES_WITH", "quarrie-resources")],
        [],
    ),
    (
        "Brenlow Mining is the market leader in zinc, ahead of Quarrie Resources and "
        "Tamsin Metals.",
        [
            ("brenlow-mining", "COMPETES_WITH", "quarrie-resources"),
            ("brenlow-mining", "COMPETES_WITH", "tamsin-metals"),
        ],
        [],
    ),
    (
        "Brenlow Mining and Quarrie Resources dominate the zinc market in Peru.",
        [("brenlow-mining", "COMPETES_WITH", "quarrie-resources")],
        [],
    ),
    (
        "Brenlow Mining faces competition from Quarrie Resources in Peru.",
        [("brenlow-mining", "COMPETES_WITH", "quarrie-resources")],
        [],
    ),
    (
        "Brenlow Mining's competitors include Quarrie Resources and Tamsin Metals.",
        [
            ("brenlow-mining", "COMPETES_WITH", "quarrie-resources"),
            ("brenlow-mining", "COMPETES_WITH", "tamsin-metals"),
        ],
        [],
    ),
    (
        "Harrow Bank and Selby Credit are both bidding for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank overtook Selby Credit as the country's largest mortgage lender.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank is competing against Selby Credit for the council's account.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Skyrell Air, a challenger to Corran Airways on domestic routes, added four jets.",
        [("skyrell-air", "COMPETES_WITH", "corran-airways")],
        [],
    ),
    (
        "Corran Airways' main rival, Skyrell Air, added four jets.",
        [("skyrell-air", "COMPETES_WITH", "corran-airways")],
        [],
    ),
    (
        "Sato Cars and its rival Arden Motors cut prices.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Sato Cars trails Arden Motors in the van market.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Arden Motors, which competes with Sato Cars, cut prices.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Arden Motors and Sato Cars compete for fleet buyers.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Arden Motors and Sato Cars are rivals in small vans.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Arden Motors beat Sato Cars to the police contract.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Arden Motors won the police contract over Sato Cars.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Arden Motors took market share from Sato Cars.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Arden Motors is the biggest competitor of Sato Cars.",
        [("arden-motors", "COMPETES_WITH", "sato-cars")],
        [],
    ),
    (
        "Quarrie Resources outbid Brenlow Mining for the Tolva copper mine.",
        [("brenlow-mining", "COMPETES_WITH", "quarrie-resources")],
        [],
    ),
    (
        "Brenlow Mining, Quarrie Resources and Tamsin Metals are competing for the licence.",
        [
            ("brenlow-mining", "COMPETES_WITH", "quarrie-resources"),
            ("brenlow-mining", "COMPETES_WITH", "tamsin-metals"),
        ],
        [],
    ),
    (
        "Harrow Bank is up against Selby Credit in the auction for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank, Selby Credit's closest competitor, cut rates.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Skyrell Air takes on Corran Airways with cheap fares.",
        [("skyrell-air", "COMPETES_WITH", "corran-airways")],
        [],
    ),
    (
        "Harrow Bank and Selby Credit are vying for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "A bidding war between Harrow Bank and Selby Credit for Ness Savings pushed the price up.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank trumped Selby Credit's offer for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank and Selby Credit are among the bidders for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank is competing with Selby Credit to buy Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank and Selby Credit both bid for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank bid for Ness Savings.",
        [],
        [("harrow-bank", "COMPETES_WITH", "ness-savings")],
    ),
    (
        "Harrow Bank outbid Selby Credit for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [("harrow-bank", "COMPETES_WITH", "ness-savings")],
    ),
    (
        "Harrow Bank and Selby Credit bid jointly for Ness Savings.",
        [],
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
    ),
    (
        "Harrow Bank has teamed up with Selby Credit to bid for Ness Savings.",
        [("harrow-bank", "PARTNERS_WITH", "selby-credit")],
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
    ),
    (
        "A consortium of Harrow Bank and Selby Credit bid for Ness Savings.",
        [],
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
    ),
    (
        "Harrow Bank and Selby Credit bid 400 million pounds for Ness Savings.",
        [],
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
    ),
    (
        "Harrow Bank and Selby Credit have bid together for Ness Savings.",
        [],
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
    ),
    (
        "Harrow Bank and its partner Selby Credit bid for Ness Savings.",
        [],
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
    ),
    (
        "Harrow Bank and Selby Credit did not bid for Ness Savings.",
        [],
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
    ),
    (
        "Harrow Bank and Selby Credit may bid for Ness Savings.",
        [],
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
    ),
    (
        "Harrow Bank and Selby Credit were among the bidders for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank and Selby Credit are among the suitors.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank and Selby Credit are the preferred bidders for two lots.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Analysts said the fine could help Vassen Ferries' main rival in Denmark, Morvik "
        "Lines, which runs five routes.",
        [("morvik-lines", "COMPETES_WITH", "vassen-ferries")],
        [],
    ),
    (
        "Morvik Lines, Vassen Ferries' long-time rival in Aarhus, has been up for sale "
        "since March.",
        [("morvik-lines", "COMPETES_WITH", "vassen-ferries")],
        [("morvik-lines", "COMPETES_WITH", "aarhus")],
    ),
    (
        "Dunnet Coaches, which lost to Halkett Buses on price, has asked for a review of "
        "the scores.",
        [("halkett-buses", "COMPETES_WITH", "dunnet-coaches")],
        [],
    ),
]

BACKING: list[Case] = [
    (
        "With the backing of Lanner Foods, Pelham Dairies opened a creamery.",
        [("lanner-foods", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Lanner Foods endorsed Pelham Dairies' bid for the creamery.",
        [("lanner-foods", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Shareholder Corvid Capital said it would vote for Pelham Dairies' merger plan.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "The Farmers Guild welcomed and backed Pelham Dairies' plan.",
        [("the-farmers-guild", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Corvid Capital threw its weight behind Pelham Dairies' board.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Corvid Capital voted in favour of Pelham Dairies' merger plan.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Corvid Capital said it supports Pelham Dairies' management.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Corvid Capital, which backs Pelham Dairies' plan, owns 5%.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Corvid Capital came out in support of Pelham Dairies.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Corvid Capital welcomed Pelham Dairies' merger plan.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Ada Lorne endorsed Pelham Dairies' chief executive, Ivo Brandt.",
        [("ada-lorne", "BACKS", "ivo-brandt")],
        [],
    ),
]

PARTNER: list[Case] = [
    (
        "Halcyon Media teamed up with Brisk Studios to make a drama series.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media, in partnership with Brisk Studios, will make a drama series.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media has partnered with Brisk Studios on a drama series.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media and Brisk Studios signed a partnership agreement on Monday.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media signed a memorandum of understanding with Brisk Studios to "
        "co-produce films.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "The partnership between Halcyon Media and Brisk Studios began in 2021.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media's partner Brisk Studios will make the series.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media and Brisk Studios will work together on a drama series.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media, which has partnered with Brisk Studios since 2021, posted higher profits.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Vantor Build has formed a partnership with Ellery Cement to build low-carbon homes.",
        [("vantor-build", "PARTNERS_WITH", "ellery-cement")],
        [],
    ),
    (
        "Vantor Build is working with Ellery Cement on low-carbon homes.",
        [("vantor-build", "PARTNERS_WITH", "ellery-cement")],
        [],
    ),
    (
        "Halcyon Media is in talks with Brisk Studios about a partnership.",
        [],
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
    ),
    (
        "Ellery Cement supplies Vantor Build with cement.",
        [],
        [("vantor-build", "PARTNERS_WITH", "ellery-cement")],
    ),
    (
        "Brisk Studios joined forces with Halcyon Media to make a drama series.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media and Brisk Studios have formed an alliance to sell adverts.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media announced a partnership with Brisk Studios.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media has signed a deal with Brisk Studios to co-produce films.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media will collaborate with Brisk Studios on films.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Brisk Studios, a partner of Halcyon Media, made the series.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Halcyon Media said its partnership with Brisk Studios would end.",
        [("halcyon-media", "PARTNERS_WITH", "brisk-studios")],
        [],
    ),
    (
        "Vantor Build and Ellery Cement agreed to cooperate on low-carbon homes.",
        [("vantor-build", "PARTNERS_WITH", "ellery-cement")],
        [],
    ),
    (
        "Vantor Build picked Ellery Cement as its partner for low-carbon homes.",
        [("vantor-build", "PARTNERS_WITH", "ellery-cement")],
        [],
    ),
    (
        "Vantor Build, Ellery Cement team up on green homes",
        [("vantor-build", "PARTNERS_WITH", "ellery-cement")],
        [],
    ),
    (
        "Ellery Cement has a supply agreement with Vantor Build.",
        [],
        [("vantor-build", "PARTNERS_WITH", "ellery-cement")],
    ),
    (
        "Vantor Build and Ellery Cement are partners in the Tarn housing scheme.",
        [("vantor-build", "PARTNERS_WITH", "ellery-cement")],
        [],
    ),
]

OTHER: list[Case] = [
    (
        "The Greyfield biogas project, backed by Lanner Foods, won planning consent.",
        [],
        [],
    ),
    (
        "Pilots at Corran Airways began a strike on Monday.",
        [],
        [],
    ),
]

BACKING += [
    (  # dairy: an opening "With the backing of X," backs the clause's subject
        "With the backing of Corvid Capital, Pelham Dairies opened a creamery.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [("pelham-dairies", "BACKS", "corvid-capital")],
    ),
    (  # aviation: two backers, then the subject past the comma
        "With the full support of Tarrant Leasing and Ada Lorne, Skyrell Air added four jets.",
        [("tarrant-leasing", "BACKS", "skyrell-air"), ("ada-lorne", "BACKS", "skyrell-air")],
        [("ada-lorne", "BACKS", "tarrant-leasing")],
    ),
    (  # mining: the set-off form backs the subject, never the backer
        "Brenlow Mining, with the backing of Quarrie Resources, reopened the Tolva pit.",
        [("quarrie-resources", "BACKS", "brenlow-mining")],
        [("brenlow-mining", "BACKS", "quarrie-resources")],
    ),
    (  # guard: "With or without" states no backing
        "With or without the support of Corvid Capital, Pelham Dairies will open a creamery.",
        [],
        [("corvid-capital", "BACKS", "pelham-dairies")],
    ),
    (  # banking: a holder votes for a firm's merger plan
        "Corvid Capital voted for Harrow Bank's merger plan.",
        [("corvid-capital", "BACKS", "harrow-bank")],
        [],
    ),
    (  # telecoms: a deal word before a plan head still names the plan's owner
        "Vesto Mobile criticised Orrin Telecom's restructuring plan.",
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
        [],
    ),
    (  # guard: the deal itself, with no plan head, names no party
        "Vesto Mobile criticised the Orrin Telecom deal.",
        [],
        [("vesto-mobile", "DISPUTES", "orrin-telecom")],
    ),
    (  # retail: "is supportive of" a firm's plan
        "Ada Lorne is supportive of Tellwyn Retail's store plan.",
        [("ada-lorne", "BACKS", "tellwyn-retail")],
        [],
    ),
    (  # guard: a negated "supportive of"
        "Ada Lorne is not supportive of Tellwyn Retail's store plan.",
        [],
        [("ada-lorne", "BACKS", "tellwyn-retail")],
    ),
    (  # guard: a negated vote
        "Corvid Capital did not vote for Harrow Bank's merger plan.",
        [],
        [("corvid-capital", "BACKS", "harrow-bank")],
    ),
]

GAP_CASES: list[Case] = [
    (
        "Merrow Shipping has appealed against the ruling of the Ostmark Maritime Authority.",
        [("merrow-shipping", "DISPUTES", "ostmark-maritime-authority")],
        [],
    ),
    (
        "Skyrell Air is one of five rivals, including Corran Airways and Jetmoor, bidding "
        "for the slots.",
        [("skyrell-air", "COMPETES_WITH", "corran-airways")],
        [],
    ),
    (
        "Workers at Merrow Shipping walked out on Monday in a strike called by the "
        "Ostmark Dockers Union.",
        [("ostmark-dockers-union", "DISPUTES", "merrow-shipping")],
        [],
    ),
    (
        "Rival bidders Harrow Bank and Selby Credit have both made offers for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank made a rival bid for Ness Savings, topping Selby Credit's offer.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Pelham Dairies' plan won the support of Corvid Capital.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Pelham Dairies' plan is supported by Corvid Capital.",
        [("corvid-capital", "BACKS", "pelham-dairies")],
        [],
    ),
    (
        "Vantor Build Partners With Ellery Cement On Green Homes",
        [("vantor-build", "PARTNERS_WITH", "ellery-cement")],
        [],
    ),
    (
        "Harrow Bank's offer for Ness Savings beat a bid from Selby Credit.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank made a counter-offer for Ness Savings after Selby Credit bid 300 "
        "million pounds.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank, like Selby Credit, has bid for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank and Selby Credit have both tabled offers for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Harrow Bank, Selby Credit and Kestle Mutual have bid for Ness Savings.",
        [
            ("harrow-bank", "COMPETES_WITH", "selby-credit"),
            ("kestle-mutual", "COMPETES_WITH", "selby-credit"),
        ],
        [],
    ),
    (
        "Harrow Bank and Selby Credit tabled offers for Ness Savings.",
        [("harrow-bank", "COMPETES_WITH", "selby-credit")],
        [],
    ),
    (
        "Tobin Askew is suing Garrow Ales, the brewery where he was scalded in 2021, as "
        "well as its head brewer, Rina Holt, and the Belgian kettle maker Korsgaard "
        "Steel.",
        [
            ("tobin-askew", "DISPUTES", "garrow-ales"),
            ("tobin-askew", "DISPUTES", "rina-holt"),
            ("tobin-askew", "DISPUTES", "korsgaard-steel"),
        ],
        [],
    ),
    (
        "In May Vera Stahl asked the Commercial Court to cancel the rights issue, naming "
        "her cousin, Pennick Mills and Loxley Capital as defendants.",
        [("vera-stahl", "DISPUTES", "pennick-mills"), ("vera-stahl", "DISPUTES", "loxley-capital")],
        [],
    ),
    (
        "The lawsuit, lodged with the Durban High Court by two bakeries and the Umber "
        "Millers' Guild, seeks R35 million in compensation from Velden Power.",
        [("umber-millers-guild", "DISPUTES", "velden-power")],
        [],
    ),
    (
        "Three bakeries have taken Velden Power to court over blackouts. The bakeries "
        "listed as plaintiffs are Tamsy Bread, Crail Bakes and Pirie Loaves.",
        [("tamsy-bread", "DISPUTES", "velden-power")],
        [],
    ),
    (
        "Vassen Ferries cut fares on Monday. Morvik Lines, the listed rival across the "
        "fjord, has cut prices too.",
        [("morvik-lines", "COMPETES_WITH", "vassen-ferries")],
        [],
    ),
    (
        "Vassen Ferries cut fares on Monday. The closest rival, Odense-based Morvik "
        "Lines, is building two ships.",
        [("morvik-lines", "COMPETES_WITH", "vassen-ferries")],
        [],
    ),
    (
        "Brannock Glass, a Bruges company founded in 2004 by the brothers Wim and Joost "
        "Baerts, will glaze the station in partnership with Selmer Studio, the Dutch "
        "maker of the frames.",
        [("brannock-glass", "PARTNERS_WITH", "selmer-studio")],
        [],
    ),
    (
        "Brannock Glass is restoring the museum roof with Selmer Studio, a Bruges design practice.",
        [("brannock-glass", "PARTNERS_WITH", "selmer-studio")],
        [],
    ),
    (
        "Halkett Buses beat two other bidders: Dunnet Coaches, a York operator, and "
        "Ferrow Transit, which runs buses in three towns.",
        [
            ("halkett-buses", "COMPETES_WITH", "dunnet-coaches"),
            ("halkett-buses", "COMPETES_WITH", "ferrow-transit"),
        ],
        [],
    ),
    (
        "The county gave the contract to Halkett Buses. Both complaints came from losing "
        "bidders Dunnet Coaches and Ferrow Transit.",
        [("halkett-buses", "COMPETES_WITH", "dunnet-coaches")],
        [],
    ),
    (
        "Vera Stahl, the minister, said the tender had been fair. That account was "
        "rejected by Ashdown Carers, a disability charity.",
        [("ashdown-carers", "DISPUTES", "vera-stahl")],
        [],
    ),
    (
        "In July Callon Slate agreed to buy Trefor Quarry. Penrose Tiles owns 41% of "
        "Callon Slate and has backed the Cornish purchase.",
        [("penrose-tiles", "BACKS", "callon-slate")],
        [],
    ),
    (
        "Ellison Pharmacy agreed to buy Birtle Chemists. Marsh Fund, which holds 6% of "
        "Ellison Pharmacy, has said it is supportive of management.",
        [("marsh-fund", "BACKS", "ellison-pharmacy")],
        [],
    ),
    (
        "The merger has also been attacked by Clear Esk Trout, a conservation charity "
        "based in Dundee, which has accused Firth Harvest of letting fish escape.",
        [("clear-esk-trout", "DISPUTES", "firth-harvest")],
        [],
    ),
    (
        "Tobin Askew runs Garrow Ales near Truro, one of the last small brewers that "
        "still competes with Highmoor Brewing.",
        [("garrow-ales", "COMPETES_WITH", "highmoor-brewing")],
        [],
    ),
    (
        "Caddon Foods said its cartons came from Welby Packaging, a Polish maker, and "
        "that it had lodged a claim against the supplier.",
        [("caddon-foods", "DISPUTES", "welby-packaging")],
        [],
    ),
    (
        "Quorn Authority fined Caddon Foods last week. Caddon Foods disputed most of the "
        "regulator's findings.",
        [("caddon-foods", "DISPUTES", "quorn-authority")],
        [],
    ),
]

GAPS = {
    "Merrow Shipping has appealed against the ruling": (
        "an appeal against a body's ruling is read as aimed at the decision only"
    ),
    "Skyrell Air is one of five rivals, including": (
        '"one of N rivals, including A" gives the subject no rivalry with the examples'
    ),
    "Workers at Merrow Shipping walked out": (
        'a strike "called by" a union after the employer\'s workers is not read'
    ),
    "Rival bidders Harrow Bank and Selby Credit have both made": (
        'a premodifying "Rival bidders A and B" before a bid verb is not read (a bare list of '
        "bidders reads nothing since round 32: a winner named elsewhere makes them its rivals)"
    ),
    "Harrow Bank made a rival bid for Ness Savings, topping": (
        'a participle "topping X\'s offer" takes no subject from the main clause'
    ),
    "Pelham Dairies' plan won the support": (
        'a possessed plan as the subject of "won the support of" backs no possessor'
    ),
    "Pelham Dairies' plan is supported by": (
        "a possessed plan as a passive subject backs no possessor"
    ),
    "Vantor Build Partners With": ("a title-case headline verb is not read"),
    "Harrow Bank's offer for Ness Savings beat": (
        "two bids compared by their own nouns are not read"
    ),
    "Harrow Bank made a counter-offer": ("a counter-offer after another's bid is not read"),
    "Harrow Bank, like Selby Credit, has bid": ('"like X" sharing a bid is not read'),
    "Harrow Bank and Selby Credit have both tabled": (
        '"tabled offers" after an auxiliary and "both" is not read'
    ),
    "Harrow Bank, Selby Credit and Kestle Mutual have bid": (
        'a bare "A, B and C have bid for X" is left unread (a bare bid may be one joint offer)'
    ),
    "Harrow Bank and Selby Credit tabled offers": ('"tabled offers for" is not matched'),
    "Tobin Askew is suing Garrow Ales": (
        'defendants after "as well as its ROLE, NAME, and" are not read'
    ),
    "In May Vera Stahl asked the Commercial Court": (
        'several names in "naming A, B and C as defendants" (a gap holds one name)'
    ),
    "Three bakeries have taken Velden Power": ('"listed as plaintiffs are A, B and C" is not read'),
    "Vassen Ferries cut fares on Monday. The closest rival": (
        '"The closest rival, PLACE-based X" with no possessor is not bound'
    ),
    "Brannock Glass, a Bruges company founded": (
        '"in partnership with" after a long appositive on the subject is not read'
    ),
    "Brannock Glass is restoring the museum roof with": (
        '"VERB OBJ with X" (a joint act) is not a partnership trigger'
    ),
    "The county gave the contract to Halkett Buses. Both complaints": (
        '"losing bidders A and B" is not tied to the winner named before'
    ),
    "Vera Stahl, the minister, said the tender": (
        'a passive "That account was rejected by X" is not bound to the previous speaker'
    ),
    "In July Callon Slate agreed to buy Trefor Quarry.": (
        '"backed the Cornish purchase" (an adjective before the deal noun) is not bound '
        "to the buyer"
    ),
    "Ellison Pharmacy agreed to buy Birtle Chemists.": (
        '"is supportive of management" is not read as backing the held firm'
    ),
    "The merger has also been attacked by Clear Esk Trout": (
        'a relative clause after "based in PLACE" attaches to the place'
    ),
    "Tobin Askew runs Garrow Ales near Truro": (
        '"near PLACE, one of the last firms that competes" attaches to the place'
    ),
}

# mend24a (review 24, findings 1-9 and 14): the reviewer's sentences and variants
MEND24A: list[Case] = [
    (
        "Harlan Foods and Mettle Brands are among the banks lending to the bidders "
        "for Corvo Dairy.",
        [],
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
    ),
    (
        "Harlan Foods and Mettle Brands are among the suitors' financial backers.",
        [],
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
    ),
    (
        "Harlan Foods and Mettle Brands are among the three remaining bidders for Corvo Dairy.",
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
        [],
    ),
    (
        "Creditors of Harlan Foods and Mettle Brands submitted bids for the Orvin terminal.",
        [],
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
    ),
    (
        "Shareholders in Harlan Foods and Mettle Brands both bid for the Orvin stake.",
        [],
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
    ),
    (
        "Lenders to Harlan Foods and Mettle Brands are among the bidders for Corvo Dairy.",
        [],
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
    ),
    (
        "Harlan Foods and Mettle Brands both bid farewell to their long-serving chairmen "
        "this week.",
        [],
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
    ),
    (
        "Harlan Foods and Mettle Brands both bid for Corvo Dairy's assets together.",
        [],
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
    ),
    (
        "Harlan Foods and Mettle Brands both bid again for Corvo Dairy.",
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
        [],
    ),
    (
        "Pask Group lost to Harlan Foods in the High Court on Tuesday.",
        [],
        [("pask-group", "COMPETES_WITH", "harlan-foods")],
    ),
    (
        "Harlan Foods has lost to Mettle Brands twice in arbitration.",
        [],
        [("harlan-foods", "COMPETES_WITH", "mettle-brands")],
    ),
    (
        "Pask Group lost to Harlan Foods on price.",
        [("pask-group", "COMPETES_WITH", "harlan-foods")],
        [],
    ),
    (
        "Pask Group voted for Ann Vey's proposal to sell Harlan Foods.",
        [("pask-group", "BACKS", "ann-vey")],
        [("pask-group", "BACKS", "harlan-foods")],
    ),
    (
        "Pask Group voted in favour of Ann Vey's proposals to sell Harlan Foods.",
        [("pask-group", "BACKS", "ann-vey")],
        [("pask-group", "BACKS", "harlan-foods")],
    ),
    (
        "Pask Group has become less supportive of Harrow Foods since 2020.",
        [],
        [("pask-group", "BACKS", "harrow-foods")],
    ),
    (
        "Pask Group is no longer supportive of Harrow Foods.",
        [],
        [("pask-group", "BACKS", "harrow-foods")],
    ),
    (
        "Pask Group opposed the Corvo Dairy takeover plan.",
        [],
        [("pask-group", "DISPUTES", "corvo-dairy")],
    ),
    (
        "Pask Group funded the Corvo Dairy acquisition plan.",
        [],
        [("pask-group", "FUNDS", "corvo-dairy")],
    ),
    ("Pask Group opposed Vexa's merger plan.", [("pask-group", "DISPUTES", "vexa")], []),
    (
        "Harrow Foods sued Mettle Brands with the support of Ostrel Bank.",
        [("harrow-foods", "DISPUTES", "mettle-brands")],
        [("ostrel-bank", "BACKS", "mettle-brands")],
    ),
    (
        "Harrow Foods parted ways with Mettle Brands after losing the support of Ostrel Bank.",
        [],
        [("ostrel-bank", "BACKS", "harrow-foods")],
    ),
    (
        "Harrow Foods met with Mettle Brands to seek the backing of Ostrel Bank.",
        [],
        [("ostrel-bank", "BACKS", "harrow-foods")],
    ),
    (
        "Harrow Foods expanded with the full support of Ostrel Bank.",
        [("ostrel-bank", "BACKS", "harrow-foods")],
        [],
    ),
    (
        "With the backing of Ostrel Bank, Harrow Foods' creditors rejected the plan.",
        [],
        [("ostrel-bank", "BACKS", "harrow-foods")],
    ),
    (
        "With the support of Ostrel Bank, Harrow Foods' rival Mettle Brands expanded.",
        [("ostrel-bank", "BACKS", "mettle-brands")],
        [("ostrel-bank", "BACKS", "harrow-foods")],
    ),
    (
        "Ann Vey walked out at Harlan Foods in 2019 to join Mettle Brands.",
        [],
        [("ann-vey", "DISPUTES", "harlan-foods")],
    ),
    (
        "Investor Ann Vey walked out at Harlan Foods' annual meeting.",
        [("ann-vey", "DISPUTES", "harlan-foods")],
        [],
    ),
]

BANK = DISPUTE + RIVAL + BACKING + PARTNER + OTHER + MEND24A


@pytest.mark.parametrize("case", gap_params(BANK + GAP_CASES, GAPS))
def test_genre_disp24(case: Case) -> None:
    check(*case)
