"""Genre bank for "the company", "the chain" and bare stakes bound to the paragraph's firm
(round 19, precdef).

- "The group's biggest investor, Corvel Capital, holds 13%": a bare share whose holder the same
  sentence made a firm's investor or holder by a role ("the group" bound to the paragraph's
  firm) is of that firm, not of the article's topic named in another paragraph
  (`stake._role_owned`, as `with_share` already read "Its largest investor, Helm, with 4%");
  a bare share with no such role ("Corvel Capital, which holds 13%") stays a gap;
- a description the topic would take only by being the most named firm ("the chain", "the
  airline" in a paragraph about a food group, in an article about a brewer) binds nothing when
  it fits neither the paragraph's firm nor the topic (`ReferenceResolver._paragraph_owned`);
- "A bought B. P, who founded the company, will stay on": a bare company noun as the object of
  a founding verb, in the sentence right after one company was bought, is the one bought, as
  "who founded it" already was (`acquired_refs.founded_bought`);
- "Kestrin Hotels is advised by Larch Partners": the subject of a passive verb of advice is the
  client, never an adviser that "the company" must skip (`deal_advisers.advising_subjects`);
- "Harlan Bank advised Pemby Foods. The firm's chairman": with the adviser dropped, its one
  client comes first (`deal_advisers.advised_clients`, `adviser_refs.advisers_last`);
- "Orsella Bank lent $40m to Pemby Foods. The company's chief executive": a bank funding
  another candidate is no "the company" (company nouns only, not "the bank" or "the group"),
  and a dropped holder or lender puts the one firm it holds or funds first
  (`holder_refs.investors_last`, `held_first`);
- "Sellwick bought Marlock Ferries. The company's founder, Ewan Tull": the firm bought, as "Its
  founder" already was (`acquired_refs.bought_owner`);
- "the dairy" names "Brenmoor Dairies" (a plural in -ies), before a food company described
  otherwise (`coref._head_in_name`).

Short invented articles across brewing, glass, food, shipping, mining, hotels, dairy, banking,
insurance and textiles. Guards: a paragraph that names the topic keeps it, a description that
fits the topic keeps it, a founder after no takeover, "the chain" with a chain in reach, the
seller's finance chief not put on the buyer.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params


def art(opening: str, para: str) -> str:
    """An invented article: a headline, an opening paragraph on the topic, then `para`."""
    head = opening.split(",")[0].split(" ")[0]
    return f"{head} news\n\n{opening}\n\n{para}"


BREWER = (
    "Tovenmark, the Dundee brewer, agreed to sell its malt arm to Quillhaven on Monday. "
    "Tovenmark said the sale would cut its debt."
)
MINER = (
    "Ashgill Mining, the Perth gold miner, cut its output forecast on Tuesday. Ashgill blamed "
    "heavy rain at two pits."
)
SHIPPER = (
    "Corrant Shipping, the Bergen ferry operator, ordered four new vessels this week. Corrant "
    "said the ships would enter service in 2028."
)

BARE_STAKES: list[Case] = [
    (  # glass: a role appositive, then "holds 13%" in a paragraph about another firm
        art(
            BREWER,
            "Perrault Glassworks, a Lyon maker of bottles, has been courted by Vintrey for a "
            "year. The group's biggest investor, Corvel Capital, holds 13%.",
        ),
        [("corvel-capital", "OWNS", "perrault-glassworks")],
        [("corvel-capital", "OWNS", "tovenmark"), ("corvel-capital", "OWNS", "vintrey")],
    ),
    (  # glass: a relative clause "which holds 13%"
        art(
            BREWER,
            "Perrault Glassworks has been courted by Vintrey for a year. Corvel Capital, which "
            "holds 13%, backs a sale.",
        ),
        [("corvel-capital", "OWNS", "perrault-glassworks")],
        [("corvel-capital", "OWNS", "tovenmark")],
    ),
    (  # mining: "owns 8%" in a paragraph about a smaller miner
        art(
            MINER,
            "Brackwater Metals, a nickel explorer, drilled three new holes in May. Harlan "
            "Partners, which owns 8%, wants a new board.",
        ),
        [("harlan-partners", "OWNS", "brackwater-metals")],
        [("harlan-partners", "OWNS", "ashgill-mining")],
    ),
    (  # shipping: a described holder "with 6%"
        art(
            SHIPPER,
            "Tarsa Lines lost two contracts to rivals last year. Ostler Capital, the biggest "
            "shareholder with 6%, wants the board replaced.",
        ),
        [("ostler-capital", "OWNS", "tarsa-lines")],
        [("ostler-capital", "OWNS", "corrant-shipping")],
    ),
    (  # guard: a paragraph that names the topic keeps the topic's stake
        art(
            BREWER,
            "Tovenmark has been courted by Vintrey for a year. Corvel Capital, which holds 13%, "
            "backs a sale.",
        ),
        [("corvel-capital", "OWNS", "tovenmark")],
        [],
    ),
    (  # guard: the opening paragraph's bare share is the topic's
        "Ashgill news\n\nAshgill Mining, the Perth gold miner, cut its output forecast on "
        "Tuesday. Harlan Partners, which owns 8%, wants a new board.",
        [("harlan-partners", "OWNS", "ashgill-mining")],
        [],
    ),
]

NO_FIT: list[Case] = [
    (  # food: "the chain" fits neither the buyer, the firm bought, nor the brewer topic
        art(
            BREWER,
            "Harwick Foods agreed to buy Dalby Mills. Ilsa Marden, who founded the chain, "
            "will stay on.",
        ),
        [("harwick-foods", "OWNS", "dalby-mills")],
        [("ilsa-marden", "FOUNDED", "tovenmark"), ("ilsa-marden", "FOUNDED", "harwick-foods")],
    ),
    (  # insurance: "the insurer" after a bakery's purchase, in a miner's article
        art(
            MINER,
            "Fenn Bakeries agreed to buy Orrin Mills on Friday. Ruth Amsel, who founded the "
            "insurer, will join the board.",
        ),
        [("fenn-bakeries", "OWNS", "orrin-mills")],
        [("ruth-amsel", "FOUNDED", "ashgill-mining"), ("ruth-amsel", "FOUNDED", "fenn-bakeries")],
    ),
    (  # airline: "the airline" after a textile maker's purchase, in a shipper's article
        art(
            SHIPPER,
            "Selby Group agreed to buy Marrow Textiles. Ada Kvist, who founded the airline, will "
            "stay on.",
        ),
        [],
        [("ada-kvist", "FOUNDED", "corrant-shipping"), ("ada-kvist", "FOUNDED", "selby-group")],
    ),
    (  # ferries: a headline-style opener, the firm bought described by a modifier of its name
        art(
            BREWER,
            "Buyer found for Marlock Ferries. Sellwick will pay £40m for the ferry operator, "
            "whose founder, Ewan Tull, keeps 10%.",
        ),
        [("ewan-tull", "FOUNDED", "marlock-ferries")],
        [("ewan-tull", "FOUNDED", "tovenmark")],
    ),
    (  # guard: the firm bought is the one the noun fits ("Marrow Air", an airline)
        art(
            SHIPPER,
            "Selby Group agreed to buy Marrow Air. Ada Kvist, who founded the airline, will stay "
            "on.",
        ),
        [("ada-kvist", "FOUNDED", "marrow-air")],
        [("ada-kvist", "FOUNDED", "corrant-shipping"), ("ada-kvist", "FOUNDED", "selby-group")],
    ),
    (  # guard: a description that fits the topic keeps it ("the miner")
        art(
            MINER,
            "Fenn Bakeries opened two shops in Leeds last month. The miner's chief executive, "
            "Ruth Amsel, said Ashgill would not follow.",
        ),
        [("ruth-amsel", "LEADS", "ashgill-mining")],
        [("ruth-amsel", "LEADS", "fenn-bakeries")],
    ),
    (  # guard: "the chain" of a paragraph on a chain
        art(
            BREWER,
            "Pellow Stores, a grocery chain, agreed to stock Tovenmark's lager. The chain's "
            "founder, Nils Oake, said shoppers had asked for it.",
        ),
        [("nils-oake", "FOUNDED", "pellow-stores")],
        [("nils-oake", "FOUNDED", "tovenmark")],
    ),
]

FOUNDED_BOUGHT: list[Case] = [
    (  # food: "who founded the company" after "agreed to buy"
        art(
            BREWER,
            "Harwick Foods agreed to buy Dalby Mills. Ilsa Marden, who founded the "
            "company, will stay on.",
        ),
        [("ilsa-marden", "FOUNDED", "dalby-mills")],
        [("ilsa-marden", "FOUNDED", "harwick-foods"), ("ilsa-marden", "FOUNDED", "tovenmark")],
    ),
    (  # dairy, opening paragraph: "bought", "who set up the business"
        "Brevard news\n\nBrevard Dairy bought Ostrel Creamery last year. Greta Mornau, who set "
        "up the business in 1990, now runs its cheese unit.",
        [("greta-mornau", "FOUNDED", "ostrel-creamery")],
        [("greta-mornau", "FOUNDED", "brevard-dairy")],
    ),
    (  # textiles: "acquired", "who founded the firm"
        "Orvel news\n\nOrvel Group acquired Kelby Looms in March. Tavi Rensel, who founded the "
        "firm in 1984, joins Orvel's board.",
        [("tavi-rensel", "FOUNDED", "kelby-looms")],
        [("tavi-rensel", "FOUNDED", "orvel-group")],
    ),
    (  # guard: no takeover before: the subject firm keeps "the company"
        "Orvel news\n\nOrvel Group opened a mill in Leeds in March. Tavi Rensel, who founded the "
        "company in 1984, will run it.",
        [("tavi-rensel", "FOUNDED", "orvel-group")],
        [],
    ),
    (  # guard: the company's own unit: a possessive is no object of founding
        "Brevard news\n\nBrevard Dairy bought Ostrel Creamery last year. Greta Mornau, who "
        "founded the company's cheese unit, will run both.",
        [],
        [("greta-mornau", "FOUNDED", "ostrel-creamery")],
    ),
]

COMPANY_FOUNDER: list[Case] = [
    (  # ferries: "The company's founder" right after "A bought B": B's
        art(
            BREWER,
            "Sellwick bought Marlock Ferries last spring. The company's founder, Ewan Tull, "
            "still runs the boats.",
        ),
        [("ewan-tull", "FOUNDED", "marlock-ferries")],
        [("ewan-tull", "FOUNDED", "tovenmark"), ("ewan-tull", "FOUNDED", "sellwick")],
    ),
    (  # software: "agreed to acquire", "The business's co-founder"
        "Quillex news\n\nQuillex agreed to acquire Vantora Labs on Monday. The business's "
        "co-founder, Tavi Rensel, will stay on.",
        [("tavi-rensel", "FOUNDED", "vantora-labs")],
        [("tavi-rensel", "FOUNDED", "quillex")],
    ),
    (  # guard: a chief executive after a purchase keeps the reading it had (the buyer)
        "Quillex news\n\nQuillex agreed to acquire Vantora Labs on Monday. The company's chief "
        "executive, Ann Lee, called the price fair.",
        [("ann-lee", "LEADS", "quillex")],
        [("ann-lee", "LEADS", "vantora-labs")],
    ),
]

ADVISED: list[Case] = [
    (  # food: the adviser opens the paragraph; "The firm's chairman" is the client's
        art(
            BREWER,
            "Harlan Bank advised Pemby Foods on the deal. The firm's chairman, Ivo Brandt, "
            "welcomed the price.",
        ),
        [("ivo-brandt", "LEADS", "pemby-foods")],
        [("ivo-brandt", "LEADS", "tovenmark"), ("ivo-brandt", "LEADS", "harlan-bank")],
    ),
    (  # mining: "has advised", "The company's chief executive"
        art(
            MINER,
            "Ostler Partners has advised Brackwater Metals since 2020. The company's chief "
            "executive, Marta Lund, praised the work.",
        ),
        [("marta-lund", "LEADS", "brackwater-metals")],
        [("marta-lund", "LEADS", "ashgill-mining"), ("marta-lund", "LEADS", "ostler-partners")],
    ),
    (  # hotels: passive "is advised by", then "The company's chairman"
        art(
            BREWER,
            "Kestrin Hotels is advised by Larch Partners on the sale. The company's "
            "chairman, Ivo Brandt, expects bids.",
        ),
        [("ivo-brandt", "LEADS", "kestrin-hotels")],
        [("ivo-brandt", "LEADS", "tovenmark"), ("ivo-brandt", "LEADS", "larch-partners")],
    ),
    (  # shipping: "was advised by", "the group's chief executive"
        art(
            SHIPPER,
            "Velden Ports was advised by Renfrew Bank on its bond. The group's chief "
            "executive, Marta Lund, said demand was strong.",
        ),
        [("marta-lund", "LEADS", "velden-ports")],
        [("marta-lund", "LEADS", "corrant-shipping"), ("marta-lund", "LEADS", "renfrew-bank")],
    ),
    (  # guard: an active adviser stays out of "the company"
        "Tarsa news\n\nRenfrew Bank advised Tarsa Foods on the sale. The company's chairman, Ivo "
        "Brandt, expects bids.",
        [("ivo-brandt", "LEADS", "tarsa-foods")],
        [("ivo-brandt", "LEADS", "renfrew-bank")],
    ),
]

LENDERS: list[Case] = [
    (  # banking: a lender opens the paragraph; "The company's chief executive" is the borrower's
        art(
            BREWER,
            "Orsella Bank lent $40m to Pemby Foods. The company's chief executive, Ann Lee, said "
            "the loan would fund a plant.",
        ),
        [("ann-lee", "LEADS", "pemby-foods")],
        [("ann-lee", "LEADS", "orsella-bank"), ("ann-lee", "LEADS", "tovenmark")],
    ),
    (  # mining: "has lent to", "The business's chairman"
        art(
            MINER,
            "Kell Bank has lent to Dorn Textiles since 2015. The business's chairman, Ivo Brandt, "
            "said the terms were fair.",
        ),
        [("ivo-brandt", "LEADS", "dorn-textiles")],
        [("ivo-brandt", "LEADS", "kell-bank"), ("ivo-brandt", "LEADS", "ashgill-mining")],
    ),
    (  # guard: "the bank" is the lender
        art(
            SHIPPER,
            "Orsella Bank lent money to Pemby Foods last year. The bank's chief executive, Ruth "
            "Amsel, said the loan was safe.",
        ),
        [("ruth-amsel", "LEADS", "orsella-bank")],
        [("ruth-amsel", "LEADS", "pemby-foods")],
    ),
    (  # investor: a fund's stake, then "The group's chief executive": the firm it holds
        art(
            SHIPPER,
            "Keswin Capital bought 6% of Tarn Foods in May. The group's chief executive, Ann Lee, "
            "welcomed the move.",
        ),
        [("ann-lee", "LEADS", "tarn-foods")],
        [("ann-lee", "LEADS", "keswin-capital"), ("ann-lee", "LEADS", "corrant-shipping")],
    ),
]

PLURAL_NAMES: list[Case] = [
    (  # dairy: "the dairy" is Brenmoor Dairies, not the brewer topic (a food company too)
        art(
            BREWER,
            "Brenmoor Dairies has lost ground to Fallow Creamery. The dairy's founder, "
            "Nils Oake, plans a new plant.",
        ),
        [("nils-oake", "FOUNDED", "brenmoor-dairies")],
        [("nils-oake", "FOUNDED", "tovenmark")],
    ),
    (  # bakery: "the bakery" is Tamsk Bakeries
        art(
            BREWER,
            "Tamsk Bakeries opened a plant in Leeds. The bakery's chief executive, Ann "
            "Lee, said more would follow.",
        ),
        [("ann-lee", "LEADS", "tamsk-bakeries")],
        [("ann-lee", "LEADS", "tovenmark")],
    ),
    (  # brewing: "the brewery" is Kell Breweries, a rival named after the topic
        "Harrow news\n\nHarrow Foods raised its prices. Kell Breweries held its own. The "
        "brewery's chairman, Ivo Brandt, said costs were flat.",
        [("ivo-brandt", "LEADS", "kell-breweries")],
        [("ivo-brandt", "LEADS", "harrow-foods")],
    ),
]

SELLER_KEPT: list[Case] = [
    (  # brewing (probe P1 as written): "finance chief"
        "Tovenmark news\n\nTovenmark, the Dundee brewer, agreed to sell its malt arm to "
        "Quillhaven on Monday. The company's finance chief, Odile Saskow, called the price fair.",
        [("odile-saskow", "LEADS", "tovenmark")],
        [("odile-saskow", "LEADS", "quillhaven")],
    ),
    (  # brewing (probe P1): the seller's chief executive, not the buyer's
        "Tovenmark news\n\nTovenmark, the Dundee brewer, agreed to sell its malt arm to "
        "Quillhaven on Monday. The company's chief executive, Odile Saskow, called the price "
        "fair.",
        [("odile-saskow", "LEADS", "tovenmark")],
        [("odile-saskow", "LEADS", "quillhaven")],
    ),
    (  # ferries: a passive sale, then "the business ... is run by"
        art(
            BREWER,
            "Marlock Ferries was bought by Sellwick last spring. The business began in "
            "one boatshed in 1961 and is run by Aldo Pence.",
        ),
        [("aldo-pence", "LEADS", "marlock-ferries")],
        [("aldo-pence", "LEADS", "sellwick"), ("aldo-pence", "LEADS", "tovenmark")],
    ),
    (  # glass (probe P2): the group's investor is of the paragraph's firm, not the suitor
        art(
            BREWER,
            "Perrault Glassworks has been courted by Vintrey for a year. The group's "
            "biggest investor, Corvel Capital, says it will not sell.",
        ),
        [],
        [("corvel-capital", "FUNDS", "vintrey"), ("corvel-capital", "OWNS", "tovenmark")],
    ),
]

STAKE_GAP = (
    "a bare share in a paragraph about another firm than the topic is still read of the topic "
    "(stake_topic): binding it to the paragraph's firm gained on four blind sets but cost "
    "another set's precision beyond the keep rule, with no guard found to tell them apart"
)
GAPS: dict[str, str] = {
    art(BREWER, "Buyer found for Marlock Ferries."): (
        "a paragraph opening with a verbless headline names no subject firm (paragraph_firm), "
        "and 'the ferry operator' (a kind no candidate was described by; its modifier only in "
        "the name 'Marlock Ferries') falls to the most named firm, the topic; dropping the "
        "topic whenever it does not fit cost recall on three blind sets"
    ),
    art(
        BREWER, "Perrault Glassworks has been courted by Vintrey for a year. Corvel Capital, which"
    ): STAKE_GAP,
    art(MINER, "Brackwater Metals"): STAKE_GAP,
    art(SHIPPER, "Tarsa Lines"): STAKE_GAP,
    "Tovenmark news\n\nTovenmark, the Dundee brewer, agreed to sell its malt arm to "
    "Quillhaven on Monday. The company's finance": (
        "'finance chief' is no role of the role lexicon (only 'chief executive' and the like)"
    ),
}


@pytest.mark.parametrize(
    "case",
    gap_params(
        BARE_STAKES
        + NO_FIT
        + FOUNDED_BOUGHT
        + COMPANY_FOUNDER
        + ADVISED
        + LENDERS
        + PLURAL_NAMES
        + SELLER_KEPT,
        GAPS,
    ),
)
def test_genre_precdef19(case: Case) -> None:
    check(*case)
