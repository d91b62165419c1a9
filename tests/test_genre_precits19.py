"""Genre bank for "its" and unstated stake targets bound to the right firm (round 19, precits).

- "A bought N% of B. Its founder, X, ..." is B's founder: a majority share bought is the
  company taken (`article._note_share_taken`), as a whole takeover or an investment already was;
  a bare share a later sentence names ("X will keep 30%") is of B, not the buyer
  (`article._share_bought`, `SentenceContext.stake_topic`);
- "buy B from its founder, X" is B's founder (`acquired_refs.SELLER_TYPES`); so is an
  appositive founder or sole owner on the seller: "bought B from S, its owner since 2010"
  (`acquired_refs._apposed_seller`); "from its chairman" and "from S, its biggest shareholder"
  are a related-party deal, the buyer's (review 19 A, item 6);
- "holds a further 4%" is more of the stake its holder was just said to have (this sentence's,
  else the sentence before's); with no such stake it binds nothing, never the article's topic
  (`relations/further_shares.py`, words `holdings.further_shares`);
- a bare share right after a takeover is of the company bought when the article's company is
  the buyer or another party the takeover's sentence named, such as the seller
  (`sentence_context._bought_topic`);
- "sold 70% of X to B and will keep 30%": the bare share the seller keeps is of X
  (`stake.unnamed_stake` reads `sold_by` as `holdings.kept_share` did);
- a share kept beside a purchase in the same sentence ("A bought B from X, who keeps a 37%
  stake") is of the company bought, never of the buyer (`relations/bought_here.py`);
- an opening "Its <role>" after a sentence whose subject advised one client is the client's,
  nothing with two clients, never the adviser's (`loaders/adviser_its.py`);
- "Saxen Bank lent Kest Foods $20m to expand its plant in Leeds": the "its" of a purpose clause
  after a verb giving a sum to a firm is the recipient's (`loaders/purpose_its.py`, words
  `recipient_purpose_verbs` in loaders/data/coref.yaml);
- "is owned by A, and its founder, P, runs it": P, set off after a possessed role and followed
  by a verb, opens a new clause and is no co-agent of the passive (`nav._possessed_subject`).

Short invented articles across bakery, brewing, shipping, mining, dairy, pharma, textiles and
freight. Guards: a share with no "further" keeps the topic, a holder that owns the stake named
in its sentence, a chairman hired (no sale), "its" joined after a purchase (only a founder).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SHARE_TAKEN: list[Case] = [
    (  # bakery: majority share bought, then "Its founder"
        "Lanric buys bakery\n\nLanric bought 63% of Tamsk Bakeries. Its founder, Ilsa Marden, "
        "keeps the rest.",
        [("ilsa-marden", "FOUNDED", "tamsk-bakeries"), ("lanric", "OWNS", "tamsk-bakeries")],
        [("ilsa-marden", "FOUNDED", "lanric")],
    ),
    (  # textiles: "agreed to buy 70% of", "Its founder" stays on
        "Orvel buys mill\n\nOrvel Group agreed to buy 70% of Dunmore Textiles. Its founder, Ada "
        "Kvist, will stay on as chief executive.",
        [("ada-kvist", "FOUNDED", "dunmore-textiles")],
        [("ada-kvist", "FOUNDED", "orvel-group")],
    ),
    (  # dairy: "will keep 30%" after a share bought: of the company bought
        "Lanric buys dairy\n\nLanric will buy 70% of Kelby Creamery. Ilsa Marden will keep 30% "
        "and remain chief executive.",
        [("ilsa-marden", "OWNS", "kelby-creamery")],
        [("ilsa-marden", "OWNS", "lanric")],
    ),
    (  # brewing: a holder named later of the share's company, "which owns 8%"
        "Harrow buys brewer\n\nHarrow Drinks agreed to buy 60% of Fenwick Ales. Brakel Capital, "
        "which owns 8%, backs the deal.",
        [("brakel-capital", "OWNS", "fenwick-ales")],
        [("brakel-capital", "OWNS", "harrow-drinks")],
    ),
    (  # guard: a share owned (no buying) is no takeover; "Its founder" stays the subject's
        "Orvel results\n\nOrvel Group owns 70% of Dunmore Textiles. Its founder, Ada Kvist, "
        "said profits rose.",
        [("orvel-group", "OWNS", "dunmore-textiles")],
        [("ada-kvist", "FOUNDED", "dunmore-textiles")],
    ),
]

SELLERS: list[Case] = [
    (  # brewing: "buying B from its chairman" is a related-party deal: the buyer's chairman
        "Marrow buys brewer\n\nMarrow Drinks is buying Fenwick Ales from its chairman, Tor "
        "Haldane.",
        [("marrow-drinks", "OWNS", "fenwick-ales")],
        [("tor-haldane", "LEADS", "fenwick-ales")],
    ),
    (  # pharma: an adjunct before "from its chief executive": the buyer's
        "Orvo buys lab\n\nOrvo Pharma bought Belka Labs last year from its chief executive, Ian "
        "Rook.",
        [],
        [("ian-rook", "LEADS", "belka-labs")],
    ),
    (  # review 19 A item 6: "from its chairman ..., a deal that some shareholders criticised"
        "Kest buys mill\n\nKest Foods has bought Dale Mills from its chairman, Ada Lind, for "
        "$40m, a deal that some Kest shareholders have criticised.",
        [("ada-lind", "LEADS", "kest-foods"), ("kest-foods", "OWNS", "dale-mills")],
        [("ada-lind", "LEADS", "dale-mills")],
    ),
    (  # review 19 A item 6: "from S, its biggest shareholder": S holds the buyer
        "Kest buys mill\n\nKest Foods bought Dale Mills from Vorn Capital, its biggest "
        "shareholder, for $40m.",
        [("vorn-capital", "OWNS", "kest-foods")],
        [("vorn-capital", "OWNS", "dale-mills")],
    ),
    (  # variant: "its largest investor" apposed to the seller is the buyer's too
        "Tarsa buys ferries\n\nTarsa Shipping will acquire Kelda Ferries from Orsk Group, its "
        "largest investor.",
        [],
        [("orsk-group", "OWNS", "kelda-ferries"), ("orsk-group", "FUNDS", "kelda-ferries")],
    ),
    (  # bakery: the seller apposed, "from S, its owner since 2010": S owns the firm sold
        "Kest buys mill\n\nKest Foods bought Dale Mills from Vorn Capital, its owner since 2010.",
        [("vorn-capital", "OWNS", "dale-mills"), ("kest-foods", "OWNS", "dale-mills")],
        [("vorn-capital", "OWNS", "kest-foods")],
    ),
    (  # steel: "from P, its founder, for $40m"
        "Norrland buys\n\nNorrland Steel will acquire Brisk Forge from Ann Lee, its founder, for "
        "$40m.",
        [("ann-lee", "FOUNDED", "brisk-forge")],
        [("ann-lee", "FOUNDED", "norrland-steel")],
    ),
    (  # a parent apposed to the seller
        "Kest buys mill\n\nKest Foods agreed to buy Dale Mills from Orsk Group, its parent.",
        [("orsk-group", "OWNS", "dale-mills")],
        [("orsk-group", "OWNS", "kest-foods")],
    ),
    (  # guard: a lender apposed after a loan is the borrower's
        "Kest loan\n\nKest Foods borrowed $5m from Saxen Bank, its main lender.",
        [("saxen-bank", "FUNDS", "kest-foods")],
        [],
    ),
    (  # guard: a chairman hired from another firm is the hirer's
        "Marrow hires\n\nMarrow Drinks hired its chairman, Tor Haldane, from Fenwick Ales.",
        [("tor-haldane", "LEADS", "marrow-drinks")],
        [("tor-haldane", "LEADS", "fenwick-ales")],
    ),
    (  # regression: "from its founders", coordinated
        "Wendale buys tannery\n\nWendale agreed to acquire Pemsley Leather from its founders, Pia "
        "Lundqvar and Ole Brask.",
        [
            ("pia-lundqvar", "FOUNDED", "pemsley-leather"),
            ("ole-brask", "FOUNDED", "pemsley-leather"),
        ],
        [("pia-lundqvar", "FOUNDED", "wendale")],
    ),
]

FURTHER: list[Case] = [
    (  # shipping: "holds a further 21%" with no stake before: nothing
        "Tarsa results\n\nTarsa Shipping reported a loss. Vorn Capital holds a further 21%.",
        [],
        [("vorn-capital", "OWNS", "tarsa-shipping")],
    ),
    (  # guard: a plain share still goes to the topic
        "Tarsa results\n\nTarsa Shipping reported a loss. Vorn Capital holds 21%.",
        [("vorn-capital", "OWNS", "tarsa-shipping")],
        [],
    ),
    (  # mining: a partner's further share is never of the partner named before
        "Kelda mine\n\nHalvik Mining owns 40% of the Kelda copper mine. Its partner Brenn "
        "Resources holds a further 25%.",
        [],
        [("brenn-resources", "OWNS", "halvik-mining")],
    ),
    (  # food: "an additional 6%" after a bid: not the bidder, not the target unsaid
        "Lanric bid\n\nLanric Foods made an offer for Tamsk Bakeries. Rival Orsk Foods holds an "
        "additional 6%.",
        [],
        [("orsk-foods", "OWNS", "lanric-foods")],
    ),
    (  # same sentence: "owns 12% of T and controls another 5%": T
        "Orsk stake\n\nOrsk Capital owns 12% of Tamsk Bakeries and controls another 5% through "
        "derivatives.",
        [("orsk-capital", "OWNS", "tamsk-bakeries")],
        [],
    ),
    (  # regression: "bought 9% of T ... holds a further 4% through a fund": never the fund
        "Vorn builds stake\n\nVorn Capital bought 9% of Tarsa Shipping last year and holds a "
        "further 4% through a fund.",
        [("vorn-capital", "FUNDS", "tarsa-shipping")],
        [("vorn-capital", "OWNS", "fund")],
    ),
    (  # dairy: an owner named earlier: a further share is of the same company
        "Kelby results\n\nKelby Creamery is owned by Harrow Dairies. Kelby cut jobs in May. "
        "Its sales fell. Brakel Capital holds a further 6%.",
        [("brakel-capital", "OWNS", "kelby-creamery")],
        [],
    ),
    (  # textiles: another holder's "another 5%" two sentences after a stake
        "Dunmore holders\n\nOrsk Capital owns 30% of Dunmore Textiles. It bought the stake in "
        "2019. Vorn Capital holds another 5%.",
        [("vorn-capital", "OWNS", "dunmore-textiles")],
        [("vorn-capital", "OWNS", "orsk-capital")],
    ),
    (  # gap: the next sentence's "It holds a further 4%" of the stake just bought
        "Vorn stake\n\nVorn Capital bought 9% of Tarsa Shipping in March. It holds a further 4% "
        "through a fund.",
        [("vorn-capital", "OWNS", "tarsa-shipping")],
        [],
    ),
]

KEPT_HERE: list[Case] = [
    (  # bakery: "from X, who keeps a 37% stake": of the firm bought
        "Lanric buys bakery\n\nLanric bought Tamsk Bakeries from Ilsa Marden, who keeps a 37% "
        "stake and stays on as chair.",
        [("ilsa-marden", "OWNS", "tamsk-bakeries"), ("lanric", "OWNS", "tamsk-bakeries")],
        [("ilsa-marden", "OWNS", "lanric")],
    ),
    (  # dairy: "who will retain a 20% holding"
        "Harrow buys creamery\n\nHarrow Dairies will buy Kelby Creamery from Ole Brask, who will "
        "retain a 20% holding.",
        [("ole-brask", "OWNS", "kelby-creamery")],
        [("ole-brask", "OWNS", "harrow-dairies")],
    ),
    (  # freight: the next sentence's kept stake, regression
        "Norel buys hauler\n\nNorel Rail bought Brisk Freight. Ada Kvist keeps a 37% stake.",
        [("ada-kvist", "OWNS", "brisk-freight")],
        [("ada-kvist", "OWNS", "norel-rail")],
    ),
    (  # mills: the next sentence's kept share after a purchase from a seller: not the seller
        "Brenn buys mill\n\nBrenn Capital agreed to buy Ostra Mills from Halvern Foods. The "
        "founder, Karl Dahl, will keep 10%.",
        [("karl-dahl", "OWNS", "ostra-mills")],
        [("karl-dahl", "OWNS", "halvern-foods"), ("karl-dahl", "OWNS", "brenn-capital")],
    ),
    (  # brewing: a holder after a sale by the subject: the brewer sold
        "Harrow sells brewer\n\nHarrow Drinks agreed to sell Fenwick Ales to Brakel Capital. "
        "Tor Haldane, which owns 12%, backs the sale.",
        [("tor-haldane", "OWNS", "fenwick-ales")],
        [("tor-haldane", "OWNS", "harrow-drinks")],
    ),
    (  # guard: a company apart from the deal keeps its holder
        "Kelby results\n\nKelby Creamery raised prices. Kelby cut jobs. Harrow Dairies "
        "agreed to buy Ostra Mills. Brakel Capital holds 9% of Kelby Creamery.",
        [("brakel-capital", "OWNS", "kelby-creamery")],
        [("brakel-capital", "OWNS", "ostra-mills")],
    ),
    (  # food: "sold 70% of X to B and will keep 30%": the seller keeps a share of X
        "Halvern sells\n\nHalvern Foods sold 70% of Ostra Mills to Brenn Capital and will keep "
        "30%.",
        [("halvern-foods", "OWNS", "ostra-mills"), ("brenn-capital", "OWNS", "ostra-mills")],
        [("brenn-capital", "OWNS", "halvern-foods")],
    ),
    (  # guard: the buyer's own share in a relative is not the seller's
        "Ostra sold\n\nHalvern Foods sold 60% of Ostra Mills to Brenn Capital, which already "
        "owns 10%.",
        [("brenn-capital", "OWNS", "ostra-mills")],
        [("brenn-capital", "OWNS", "halvern-foods")],
    ),
    (  # guard: an owner (no buying) in the sentence: the topic stays
        "Lanric results\n\nLanric Foods, which owns 40% of Tamsk Bakeries, said Vorn Capital "
        "holds 10%.",
        [("lanric-foods", "OWNS", "tamsk-bakeries")],
        [("vorn-capital", "OWNS", "tamsk-bakeries")],
    ),
    (  # gap: "and founder X will keep a 30% stake" joined after the purchase
        "Lanric buys bakery\n\nLanric agreed to buy Tamsk Bakeries, and founder Ilsa Marden will "
        "keep a 30% stake.",
        [("ilsa-marden", "OWNS", "tamsk-bakeries")],
        [("ilsa-marden", "OWNS", "lanric")],
    ),
]

ITS_SUBJECT: list[Case] = [
    (  # freight: a contract won from a rail firm: "Its founder" is the subject's
        "Brisk deal\n\nBrisk Freight won a contract from Norel Rail. Its founder, Ada Kvist, "
        "started the firm in 2009.",
        [("ada-kvist", "FOUNDED", "brisk-freight")],
        [("ada-kvist", "FOUNDED", "norel-rail")],
    ),
    (  # funding from a fund: "Its founder" is the company funded
        "Brisk funding\n\nBrisk Freight raised $20m from Orsk Capital. Its founder, Ada Kvist, "
        "will buy trucks.",
        [("ada-kvist", "FOUNDED", "brisk-freight"), ("orsk-capital", "FUNDS", "brisk-freight")],
        [("ada-kvist", "FOUNDED", "orsk-capital")],
    ),
    (  # a lender: "Its chief executive" is the borrower's
        "Brisk loan\n\nBrisk Freight took a loan from Saxen Bank. Its chief executive, Ada Kvist, "
        "said rates were high.",
        [("ada-kvist", "LEADS", "brisk-freight")],
        [("ada-kvist", "LEADS", "saxen-bank")],
    ),
    (  # a rival named in a relative clause
        "Brisk results\n\nBrisk Freight, which competes with Norel Rail, said its chairman, Ada "
        "Kvist, would retire.",
        [("ada-kvist", "LEADS", "brisk-freight")],
        [("ada-kvist", "LEADS", "norel-rail")],
    ),
    (  # an offer rejected: the subject's chief executive
        "Grell rejects bid\n\nGrell Mining rejected an offer from Ulmar Resources. Its chief "
        "executive, Lina Ros, called it too low.",
        [("lina-ros", "LEADS", "grell-mining")],
        [("lina-ros", "LEADS", "ulmar-resources")],
    ),
]

ADVISED: list[Case] = [
    (  # bakery: "X is advising C. Its largest investor": the client's
        "Kest sale\n\nHarlan Bank is advising Kest Foods on the sale. Its largest investor, "
        "Vorn Capital, wants $50m.",
        [("vorn-capital", "FUNDS", "kest-foods")],
        [("vorn-capital", "FUNDS", "harlan-bank")],
    ),
    (  # two advisers coordinated: "Its founder" is the client's
        "Kest sale\n\nHarlan Bank and Saxen Partners are advising Kest Foods. Its founder, Ann "
        "Lee, wants to retire.",
        [("ann-lee", "FOUNDED", "kest-foods")],
        [("ann-lee", "FOUNDED", "harlan-bank"), ("ann-lee", "FOUNDED", "saxen-partners")],
    ),
    (  # two clients: unclear, nothing
        "Kest sale\n\nHarlan Bank is advising Kest Foods and Dale Mills. Its chief executive, "
        "Ann Lee, expects a deal.",
        [],
        [("ann-lee", "LEADS", "harlan-bank")],
    ),
    (  # guard: a bank's own story keeps its chief executive
        "Harlan results\n\nHarlan Bank reported record fees. Its chief executive, Ann Lee, said "
        "advisory work rose.",
        [("ann-lee", "LEADS", "harlan-bank")],
        [],
    ),
    (  # review 19 A item 2: the "its" sentence names the adviser's head: the adviser's
        "Kest sale\n\nHarlan Bank advised Kest Foods on the sale of its dairy unit. Its chief "
        "executive, Ada Lind, has run the bank since 2015.",
        [("ada-lind", "LEADS", "harlan-bank")],
        [("ada-lind", "LEADS", "kest-foods")],
    ),
    (  # "... said the bank had earned a record fee": the bank's chief executive
        "Kest sale\n\nHarlan Bank advised Kest Foods on the sale of its dairy unit. Its chief "
        "executive, Ada Lind, said the bank had earned a record fee this year.",
        [("ada-lind", "LEADS", "harlan-bank")],
        [("ada-lind", "LEADS", "kest-foods")],
    ),
    (  # a law firm adviser: "Its senior partner ... joined the firm in 2001"
        "Tarsa sale\n\nBrisk Law Firm is advising Tarsa Shipping on the sale. Its senior "
        "partner, Ivo Brandt, joined the firm in 2001.",
        [],
        [("ivo-brandt", "LEADS", "tarsa-shipping")],
    ),
]

PURPOSE: list[Case] = [
    (  # food: "lent R $20m to expand its plant in Leeds": the recipient's plant
        "Kest plant\n\nSaxen Bank lent Kest Foods $20m to expand its plant in Leeds.",
        [("kest-foods", "LOCATED_IN", "leeds"), ("saxen-bank", "FUNDS", "kest-foods")],
        [("saxen-bank", "LOCATED_IN", "leeds")],
    ),
    (  # dairy: a state grant in euros
        "Orla plant\n\nThe Irish state granted Orla Dairy €5m to build its new plant in Cork.",
        [("orla-dairy", "LOCATED_IN", "cork")],
        [],
    ),
    (  # "lent $20m to R to expand its plant"
        "Kest plant\n\nSaxen Bank lent $20m to Kest Foods to expand its plant in Leeds.",
        [("kest-foods", "LOCATED_IN", "leeds")],
        [("saxen-bank", "LOCATED_IN", "leeds")],
    ),
    (  # an aside on the lender and a time adjunct
        "Kest plant\n\nSaxen Bank, based in Oslo, lent Kest Foods $20m last year to expand its "
        "plant in Leeds.",
        [("kest-foods", "LOCATED_IN", "leeds"), ("saxen-bank", "LOCATED_IN", "oslo")],
        [("saxen-bank", "LOCATED_IN", "leeds")],
    ),
    (  # guard: a bank hired to sell "its" arm sells the hirer's
        "Tarsa sells ferries\n\nTarsa Shipping hired Harlan Bank to sell its ferry arm. Its "
        "chairman, Ivo Brandt, expects a deal by June.",
        [("ivo-brandt", "LEADS", "tarsa-shipping")],
        [("ivo-brandt", "LEADS", "harlan-bank")],
    ),
    (  # review 19 A item 1: a priced contract is no sum given: the giver's depot
        "Kest depot\n\nHalden Retail awarded Kest Foods a $5m contract to run its Leeds depot.",
        [("halden-retail", "LOCATED_IN", "leeds")],
        [("kest-foods", "LOCATED_IN", "leeds")],
    ),
    (  # a lease with a term is no sum either
        "Kest depot\n\nHalden Retail gave Kest Foods a 10-year lease to run its Leeds depot.",
        [("halden-retail", "LOCATED_IN", "leeds")],
        [("kest-foods", "LOCATED_IN", "leeds")],
    ),
    (  # mining: "a $40m order to supply its mine in Perth": the buyer's mine
        "Brenn order\n\nHalvik Mining gave Brenn Resources a $40m order to supply its mine in "
        "Perth.",
        [],
        [("brenn-resources", "LOCATED_IN", "perth")],
    ),
]

CLAUSE_AFTER_AGENT: list[Case] = [
    (  # pharma: ", and its chief executive, P, will join": no co-buyer
        "Orvo sold\n\nOrvo Pharma will be bought by Belka Labs, and its chief executive, Ian "
        "Rook, will join the board.",
        [("belka-labs", "OWNS", "orvo-pharma"), ("ian-rook", "LEADS", "orvo-pharma")],
        [("ian-rook", "OWNS", "orvo-pharma")],
    ),
    (  # bakery: "is owned by A, and its founder, P, runs it": P no co-owner
        "Kest owners\n\nKest Foods is owned by Orsk Group, and its founder, Ann Lee, runs it.",
        [("orsk-group", "OWNS", "kest-foods"), ("ann-lee", "FOUNDED", "kest-foods")],
        [("ann-lee", "OWNS", "kest-foods")],
    ),
    (  # funding: "is backed by A, and its chairman, P, says": no co-funder
        "Kest funding\n\nKest Foods is backed by Orsk Group, and its chairman, Ann Lee, says "
        "more money is coming.",
        [("orsk-group", "FUNDS", "kest-foods"), ("ann-lee", "LEADS", "kest-foods")],
        [("ann-lee", "FUNDS", "kest-foods")],
    ),
    (  # guard: a listed agent with no clause after it stays a member
        "Kest owners\n\nKest Foods is owned by Orsk Group, Vorn Capital and Brakel Partners.",
        [("orsk-group", "OWNS", "kest-foods"), ("brakel-partners", "OWNS", "kest-foods")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Vorn stake\n\nVorn Capital bought 9% of Tarsa Shipping in March. It holds": (
        "a further share ending in 'through a fund' is not read as a stake (unnamed_stake's "
        "share end)"
    ),
    "Lanric buys bakery\n\nLanric agreed to buy Tamsk Bakeries, and founder": (
        "a kept stake in a clause joined after a purchase names no holder (kept_share's "
        "subject search stops at the joined 'and founder')"
    ),
}


@pytest.mark.parametrize(
    "case",
    gap_params(
        SHARE_TAKEN
        + SELLERS
        + FURTHER
        + KEPT_HERE
        + ITS_SUBJECT
        + ADVISED
        + PURPOSE
        + CLAUSE_AFTER_AGENT,
        GAPS,
    ),
)
def test_genre_precits19(case: Case) -> None:
    check(*case)
