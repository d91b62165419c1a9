"""Genre bank for "the P-based N" bound to the right firm (round 15): a description that owns a
claim ("the Leeds-based company's claims") means the claim's author named before it ("a suit by
X against Y", "a lawsuit filed by X", "X's complaint"), not the party sued that stands nearer;
"with X, under which the P-based lender ..." means X; the object or subject description keeps
its usual binding. Titles of other bodies: a council's minority leader, the chair of a
committee or panel named for a chamber, regulator or bank ("chairs the House transport
committee") lead no named body; "chairs X", "chairs the X board", "chair of X" still do.
"Agreed to buy X, and the P-based buyer": the buyer is not X.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across haulage, banking, food, mining, retail, software and shipping. Guards: a
possessed thing that is no claim ("the company's trucks"), two claim authors, a person author.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

CLAIMS: list[Case] = [
    (  # haulage: "a suit by X against rival Y ..., finding the P-based firm's case arguable"
        "Pennick Haulage won a contract on Monday.\n\nA judge let a $12m suit by Harlow Freight "
        "against rival Pennick Haulage go ahead, finding the Leeds-based firm's case arguable.",
        [("harlow-freight", "LOCATED_IN", "leeds")],
        [("pennick-haulage", "LOCATED_IN", "leeds")],
    ),
    (  # coaches: "a lawsuit filed by X against Y", allegations
        "Pennick Haulage won a contract on Monday.\n\nA lawsuit filed by Orrin Coaches against "
        "Pennick Haulage can proceed, a court ruled, calling the Bristol-based company's "
        "allegations serious.",
        [("orrin-coaches", "LOCATED_IN", "bristol")],
        [("pennick-haulage", "LOCATED_IN", "bristol")],
    ),
    (  # software: "X's complaint against Y", claims
        "Tarvex Software shipped a new release.\n\nRegulators are weighing Nolbury Systems' "
        "complaint against Tarvex Software, and say the Dublin-based group's claims merit a "
        "full inquiry.",
        [("nolbury-systems", "LOCATED_IN", "dublin")],
        [("tarvex-software", "LOCATED_IN", "dublin")],
    ),
    (  # food: "a case brought by X against Y"
        "Vantora Grocers opened ten shops.\n\nA case brought by Kelbrook Dairies against Vantora "
        "Grocers went to trial, with the judge accepting the Cork-based cooperative's "
        "accusations.",
        [("kelbrook-dairies", "LOCATED_IN", "cork")],
        [("vantora-grocers", "LOCATED_IN", "cork")],
    ),
    (  # mining: long intervening phrase between the author and the description
        "Ardent Metals raised output.\n\nThe arbitration claim by Corlan Resources against "
        "Ardent Metals, which concerns a copper deposit in the north, was upheld after the "
        "panel found the Perth-based miner's claims credible.",
        [("corlan-resources", "LOCATED_IN", "perth")],
        [("ardent-metals", "LOCATED_IN", "perth")],
    ),
]

CLAIM_GUARDS: list[Case] = [
    (  # guard: a possessed thing that is no claim keeps the usual binding
        "Pennick Haulage won a contract on Monday.\n\nPennick Haulage faces a suit by Orrin "
        "Coaches, and inspectors said the Bristol-based company's trucks were unsafe.",
        [],
        [("orrin-coaches", "LOCATED_IN", "bristol")],
    ),
    (  # guard: two claim authors: nothing tells them apart, no author binding
        "A suit by Harlow Freight and a complaint by Orrin Coaches target Pennick Haulage; the "
        "judge found the Leeds-based firm's claims weak.",
        [],
        [("harlow-freight", "LOCATED_IN", "leeds"), ("orrin-coaches", "LOCATED_IN", "leeds")],
    ),
]

STILL: list[Case] = [
    (  # banking: "with X, under which the P-based lender" -> X (already right)
        "Dovely, the online insurer, posted record profit on Tuesday.\n\nDovely signed a deal "
        "with Banca Vestra, under which the Trieste-based lender sells Dovely's policies.",
        [("banca-vestra", "LOCATED_IN", "trieste")],
        [("dovely", "LOCATED_IN", "trieste")],
    ),
    (  # food: "whereby" (already right)
        "Tessaly Foods agreed a supply pact with Brindle Farms, whereby the Norfolk-based company "
        "will ship potatoes to Tessaly Foods.",
        [("brindle-farms", "LOCATED_IN", "norfolk")],
        [("tessaly-foods", "LOCATED_IN", "norfolk")],
    ),
    (  # retail: the description as an object
        "Harnby Stores had a weak year.\n\nTsubo Retail will buy the Leeds-based chain for $40m.",
        [("harnby-stores", "LOCATED_IN", "leeds")],
        [("tsubo-retail", "LOCATED_IN", "leeds")],
    ),
    (  # shipping: the description as the sentence subject
        "Kelvar Shipping ordered four vessels.\n\nThe Oslo-based firm, which runs nine ferries, "
        "said demand was strong.",
        [("kelvar-shipping", "LOCATED_IN", "oslo")],
        [],
    ),
    (  # haulage: the claimant subject itself, no suit named before
        "Harlow Freight sued Pennick Haulage on Monday.\n\nThe Leeds-based company says its "
        "rival copied its routes.",
        [("harlow-freight", "LOCATED_IN", "leeds")],
        [("pennick-haulage", "LOCATED_IN", "leeds")],
    ),
]


TITLES: list[Case] = [
    (  # politics: a council's party leader leads no body
        "Harlow Freight plans a depot.\n\nCouncillor Tom Reddy, the council's minority leader, "
        "opposed the depot.",
        [],
        [("tom-reddy", "LEADS", "harlow-freight")],
    ),
    (  # politics: a chamber's majority leader
        "Orrin Coaches won a route.\n\nDana Vole, the Senate majority leader, praised Orrin "
        "Coaches on Friday.",
        [],
        [("dana-vole", "LEADS", "orrin-coaches"), ("dana-vole", "LEADS", "senate")],
    ),
    (  # "who chairs the House transport committee": the committee, not the House
        "Harlow Freight said profit rose.\n\nRuth Ambler, who chairs the House transport "
        "committee, said the plan was flawed.",
        [],
        [("ruth-ambler", "LEADS", "house"), ("ruth-ambler", "LEADS", "harlow-freight")],
    ),
    (  # a regulator's panel: "heads the Authority's merger panel"
        "Kelso Metals agreed to buy Ardent Mining.\n\nIvo Marsh, who heads the Competition "
        "Authority's merger panel, said the review would take months.",
        [],
        [("ivo-marsh", "LEADS", "kelso-metals"), ("ivo-marsh", "LEADS", "competition-authority")],
    ),
    (  # banking: "chairs the Corlan Bank risk committee": a committee of the bank
        "Corlan Bank raised $2bn.\n\nMara Quint, who chairs the Corlan Bank audit committee, "
        "backed the plan.",
        [],
        [("mara-quint", "LEADS", "corlan-bank")],
    ),
]

TITLE_STILL: list[Case] = [
    (  # must still give: "chairs X" of the firm
        "Harlow Freight said profit rose.\n\nRuth Ambler chairs Harlow Freight.",
        [("ruth-ambler", "LEADS", "harlow-freight")],
        [],
    ),
    (  # must still give: "chairs the X board"
        "Harlow Freight said profit rose.\n\nIvo Marsh chairs the Harlow Freight board.",
        [("ivo-marsh", "LEADS", "harlow-freight")],
        [],
    ),
    (  # must still give: bare title, the article's firm
        "Harlow Freight lost a ruling.\n\nChief executive Paul Dorne said the company would "
        "appeal.",
        [("paul-dorne", "LEADS", "harlow-freight")],
        [],
    ),
    (  # must still give: "chair of X"
        "Nia Holt, chair of Pennick Haulage, said the offer was low.",
        [("nia-holt", "LEADS", "pennick-haulage")],
        [],
    ),
    (  # must still give: a secretary general of a named body stays a person; she leads no
        # association (blind19 and blind20 conventions; roles22)
        "Anne Fosse, secretary general of the Road Haulage Association, welcomed the move.",
        [],
        [("anne-fosse", "LEADS", "road-haulage-association")],
    ),
]

BUYERS: list[Case] = [
    (  # retail: "agreed to buy X, and the P-based buyer": not the one bought
        "Harnby Stores had a weak year.\n\nTsubo Retail agreed to buy Harnby Stores, and the "
        "Osaka-based buyer will keep its brand.",
        [("tsubo-retail", "LOCATED_IN", "osaka")],
        [("harnby-stores", "LOCATED_IN", "osaka")],
    ),
    (  # mining: "will acquire X; the P-based acquirer"
        "Ardent Mining cut output.\n\nKelso Metals will acquire Ardent Mining for $90m, and the "
        "Perth-based acquirer expects savings.",
        [("kelso-metals", "LOCATED_IN", "perth")],
        [("ardent-mining", "LOCATED_IN", "perth")],
    ),
    (  # must still give: the bought chain by its own noun
        "Harnby Stores had a weak year.\n\nCorlan Foods will acquire Harnby Stores, and the "
        "Leeds-based chain will keep its name.",
        [("harnby-stores", "LOCATED_IN", "leeds")],
        [("corlan-foods", "LOCATED_IN", "leeds")],
    ),
    (  # must still give: the buyer of the sentence before
        "Brisk Mills said profit fell.\n\nKelby Paper has agreed to purchase Brisk Mills for "
        "$80m.\n\nAnalysts said the Oslo-based buyer had paid a fair price.",
        [("kelby-paper", "LOCATED_IN", "oslo")],
        [("brisk-mills", "LOCATED_IN", "oslo")],
    ),
]

BANK = CLAIMS + CLAIM_GUARDS + STILL + TITLES + TITLE_STILL + BUYERS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_nplace15(case: Case) -> None:
    check(*case)
