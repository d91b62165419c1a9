"""Holdings, backing and deal-loan constructions: stakes whose company goes unnamed ("The last
quarter belongs to X", "will retain a 10% holding"), shares received as payment, co-holders of a
project, support for a bid (BACKS, never FUNDS) and acquisitions paid with a named lender's loan.

Each case is (text, relations that must be found, relations that must not be); conventions as in
`tests/test_constructions_stakes.py`. Every name is invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

# a share as the subject, its holder after the verb: OWNS the article's company (and FUNDS when
# the holder is said to have bought in)
SHARE_HOLDER: list[Case] = [
    (  # food, fraction + bought in
        "Tessa Foods sells soups in Bristol. The last quarter belongs to Osterby Capital, which "
        "bought in during 2018.",
        [("osterby-capital", "OWNS", "tessa-foods"), ("osterby-capital", "FUNDS", "tessa-foods")],
        [],
    ),
    (  # pet food, "belongs to" + acquired that stake
        "Brightpaw Foods makes pet food. The last fifth belongs to Gantry Invest, which acquired "
        "that stake in 2019.",
        [
            ("gantry-invest", "OWNS", "brightpaw-foods"),
            ("gantry-invest", "FUNDS", "brightpaw-foods"),
        ],
        [],
    ),
    (  # shipping, percentage held by, no purchase: OWNS only
        "Halden Shipping runs six tankers. The remaining 40% is held by Morrow Partners.",
        [("morrow-partners", "OWNS", "halden-shipping")],
        [("morrow-partners", "FUNDS", "halden-shipping")],
    ),
    (  # insurance, adverb inside the verb phrase
        "The Pira family owns 70% of Pira Insurance. The rest belongs entirely to Calder "
        "Holdings, the family's trust.",
        [("calder-holdings", "OWNS", "pira-insurance")],
        [],
    ),
    (  # telecoms, coordinated holders
        "Velto Telecom serves 2 million lines. The other half is held by Arno Capital and Brisa "
        "Partners.",
        [("arno-capital", "OWNS", "velto-telecom"), ("brisa-partners", "OWNS", "velto-telecom")],
        [],
    ),
    (  # guard: a share of something named is the stake rules' business, not the topic's
        "Velto Telecom serves 2 million lines. A quarter of Dunmore Cable belongs to Arno Capital.",
        [],
        [("arno-capital", "OWNS", "velto-telecom")],
    ),
    (  # guard: negation
        "Halden Shipping runs six tankers. The remaining 40% is not held by Morrow Partners.",
        [],
        [("morrow-partners", "OWNS", "halden-shipping")],
    ),
    (  # guard: "the rest" after a market share is no stake
        "Pellmark Stores holds 40% of the market. The rest belongs to Arden Retail.",
        [],
        [("arden-retail", "OWNS", "pellmark-stores")],
    ),
    (  # guard: "the last quarter" as a period
        "Pellmark Stores had a strong year. The last quarter was Arden Retail's best ever.",
        [],
        [("arden-retail", "OWNS", "pellmark-stores")],
    ),
    (  # guard: the share is no clause subject ("the rest of the year")
        "Halden Shipping runs six tankers. Sales for the rest belong to Morrow Partners.",
        [],
        [("morrow-partners", "OWNS", "halden-shipping")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHARE_HOLDER)
def test_share_holder(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# a holder keeping a share with no company named
KEPT_SHARE: list[Case] = [
    (  # retail, a founder keeps a holding after a sale
        "Pellmark Stores was sold to Arden Retail. Its founder, Lena Quarrington, will keep a "
        "10% holding.",
        [("lena-quarrington", "OWNS", "pellmark-stores")],
        [],
    ),
    (  # pharma, relative clause between the founder and the verb
        "Arden Pharma has agreed to buy Osprey Biotech. Tom Bexley, who founded Osprey Biotech "
        "in 2012, will retain a 10% stake.",
        [("tom-bexley", "OWNS", "osprey-biotech")],
        [],
    ),
    (  # agriculture, "hold nearly all the rest"
        "Hollin Farms grows barley in Kent. The last fifth belongs to Orvo Pension. Its "
        "founder, Ada Garrow, holds nearly all the rest.",
        [("ada-garrow", "OWNS", "hollin-farms")],
        [],
    ),
    (  # shipping, a holder who bought in, then the share
        "Halden Shipping runs six tankers. Norrow Capital, which bought in during 2018, owns "
        "the last quarter.",
        [
            ("norrow-capital", "OWNS", "halden-shipping"),
            ("norrow-capital", "FUNDS", "halden-shipping"),
        ],
        [],
    ),
    (  # aviation, "which has a 30% holding" and a date after the stake
        "Skyvane Air flies to 30 cities. Morrow Partners, which has a 30% holding, wants a new "
        "board, and Sela Capital has held a 12% stake since 2015.",
        [("morrow-partners", "OWNS", "skyvane-air"), ("sela-capital", "OWNS", "skyvane-air")],
        [],
    ),
    (  # banking, a minority bought with no company named: FUNDS only
        "Carlow Bank lends to farmers. Morrow Partners bought 40% in 2019.",
        [("morrow-partners", "FUNDS", "carlow-bank")],
        [("morrow-partners", "OWNS", "carlow-bank")],
    ),
    (  # guard: a market share is no stake
        "Carlow Bank lends to farmers. Morrow Partners has a 30% market share.",
        [],
        [("morrow-partners", "OWNS", "carlow-bank")],
    ),
    (  # guard: "bought the rest" does not say how much is then held
        "Carlow Bank lends to farmers. Morrow Partners bought the rest in 2019.",
        [],
        [("morrow-partners", "OWNS", "carlow-bank")],
    ),
    (  # food, "whose largest shareholder is the state fund X, with 9 percent"
        "Tarrow Group is bidding for Brisk Foods. Brisk Foods, whose largest shareholder is the "
        "state fund Sorrel Invest, with 9 percent, rejected it.",
        [("sorrel-invest", "OWNS", "brisk-foods")],
        [("sorrel-invest", "OWNS", "tarrow-group")],
    ),
    (  # bakery, a described company named by the role: not the context's company as well
        "Tarrow Group is bidding for Brisk Foods. The bakery's biggest owner is Fenmore "
        "Capital, with 30 percent.",
        [("fenmore-capital", "OWNS", "brisk-foods")],
        [("fenmore-capital", "OWNS", "tarrow-group")],
    ),
    (  # guard: "whose biggest investor is F" with no share: an investor, not an owner
        "Tarrow Group, whose biggest investor is Fenmore Capital, bought Brisk Foods.",
        [("fenmore-capital", "FUNDS", "tarrow-group")],
        [("fenmore-capital", "OWNS", "tarrow-group")],
    ),
    (  # guard: a relative clause naming a manager, not a holder
        "Tarrow Group is bidding for Brisk Foods, whose chief executive is Ana Kell.",
        [],
        [("ana-kell", "OWNS", "brisk-foods")],
    ),
    (  # guard: "the rest" after a market share
        "Pellmark Stores holds 40% of the market. Arden Retail holds the rest.",
        [],
        [("arden-retail", "OWNS", "pellmark-stores")],
    ),
    (  # guard: a holding in something named is not the topic's
        "Pellmark Stores was sold to Arden Retail. Lena Quarrington will keep a 10% holding in "
        "Dunmore Bakeries.",
        [],
        [("lena-quarrington", "OWNS", "pellmark-stores")],
    ),
    (  # guard: hedged
        "Pellmark Stores was sold to Arden Retail. Lena Quarrington may keep a 10% holding.",
        [],
        [("lena-quarrington", "OWNS", "pellmark-stores")],
    ),
    (  # guard: keeping a job, not a share
        "Pellmark Stores was sold to Arden Retail. Lena Quarrington will keep the rest of her "
        "team.",
        [],
        [("lena-quarrington", "OWNS", "pellmark-stores")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), KEPT_SHARE)
def test_kept_share(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# paid in shares: the one paid holds the company whose shares it gets
PAID_IN_SHARES: list[Case] = [
    (  # food, passive "be paid in X shares"
        "Korrin Foods is buying Tallow Dairy for £80m. Vesk Partners will be paid in Korrin "
        "Foods shares.",
        [("vesk-partners", "OWNS", "korrin-foods")],
        [("vesk-partners", "FUNDS", "korrin-foods")],
    ),
    (  # media, "receive new shares in X"
        "Orbis Media is buying Lantern Books. Lantern's backer, Castle Ventures, will receive "
        "new shares in Orbis Media.",
        [("castle-ventures", "OWNS", "orbis-media")],
        [("castle-ventures", "FUNDS", "orbis-media")],
    ),
    (  # mining, "gets X stock"
        "Tarn Metals will merge its copper unit into Ostrava Mining, and Tarn Metals gets "
        "Ostrava Mining stock in return.",
        [("tarn-metals", "OWNS", "ostrava-mining")],
        [],
    ),
    (  # food, "which makes it a minor shareholder of the group": no reverse relation
        "Korrin Foods is buying Tallow Dairy. Vesk Partners gets shares in Korrin Foods, which "
        "makes it a minor shareholder of the Danish group.",
        [("vesk-partners", "OWNS", "korrin-foods")],
        [("korrin-foods", "FUNDS", "vesk-partners"), ("korrin-foods", "OWNS", "vesk-partners")],
    ),
    (  # guard: paid in cash
        "Korrin Foods is buying Tallow Dairy. Vesk Partners will be paid in cash by Korrin Foods.",
        [],
        [("vesk-partners", "OWNS", "korrin-foods")],
    ),
    (  # guard: negation
        "Korrin Foods is buying Tallow Dairy. Vesk Partners will not receive shares in Korrin "
        "Foods.",
        [],
        [("vesk-partners", "OWNS", "korrin-foods")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), PAID_IN_SHARES)
def test_paid_in_shares(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# a co-holder of what the sentence's stake is in; a stake named by a demonstrative and "called"
CO_HOLDERS: list[Case] = [
    (  # ports, pronoun subject, project co-holder
        "Corsa Ports runs ferries. It has bought 25% of the Sorrento Quay terminal alongside "
        "Vigo-based Orla Ports, which keeps the other 75%.",
        [("corsa-ports", "FUNDS", "sorrento-quay"), ("orla-ports", "FUNDS", "sorrento-quay")],
        [("orla-ports", "OWNS", "corsa-ports")],
    ),
    (  # energy, company co-holder of a company: OWNS
        "Brenna Power bought 30% of Kelso Wind from Arlen Energy, which holds the remaining 70%.",
        [("arlen-energy", "OWNS", "kelso-wind")],
        [],
    ),
    (  # energy, demonstrative + naming participle
        "Ulvik Hydrogen is building an electrolyser near Tromsø. Dalstrom Energy will take 10% "
        "of that site, called the Nordlys H2 scheme.",
        [("dalstrom-energy", "FUNDS", "nordlys-h2")],
        [],
    ),
    (  # mining, "a stake in this mine, known as"
        "Cobre Andes found copper in Chile. Harlow Mining bought a 20% stake in this mine, "
        "known as the Ruska Knoll project.",
        [("harlow-mining", "FUNDS", "ruska-knoll")],
        [],
    ),
    (  # guard S33: a portfolio neighbour holds nothing
        "Pemberton Capital owns 30% of the ferry firm Sundra Lines, which would join Oakhurst "
        "Ports in its holdings.",
        [("pemberton-capital", "OWNS", "sundra-lines")],
        [("oakhurst-ports", "OWNS", "sundra-lines")],
    ),
    (  # guard: a relative clause about something else
        "Brenna Power bought 30% of Kelso Wind from Arlen Energy, which keeps the other turbines.",
        [],
        [("arlen-energy", "OWNS", "kelso-wind")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CO_HOLDERS)
def test_co_holders(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# "it" of a passive holding and "lost X to Y, which acquired it"
PRONOUN_OWNED: list[Case] = [
    (  # rail, "It is fully owned by"
        "Arlo Rail runs the night trains. It is fully owned by Sond Regional Fund.",
        [("sond-regional-fund", "OWNS", "arlo-rail")],
        [],
    ),
    (  # utilities, "It belongs entirely to"
        "Kestrel Water supplies 40 towns. It belongs entirely to the Halden Pension Fund.",
        [("halden-pension-fund", "OWNS", "kestrel-water")],
        [],
    ),
    (  # snacks, "missed out on X to Y, which acquired it"
        "Menzel Group missed out on Corra Snacks to Vale Foods, which acquired it last year.",
        [("vale-foods", "OWNS", "corra-snacks")],
        [("vale-foods", "OWNS", "menzel-group")],
    ),
    (  # football, "lost X to Y, which bought it"
        "Tarrow Sports lost Fenwick Rovers to Alder Capital, which bought it in 2021.",
        [("alder-capital", "OWNS", "fenwick-rovers")],
        [("alder-capital", "OWNS", "tarrow-sports")],
    ),
    (  # guard: a licence lost to a company that "acquired it": no ownership between the two
        "Kestrel Water lost its licence to Vale Utilities, which acquired it in 2020.",
        [],
        [("kestrel-water", "OWNS", "vale-utilities"), ("vale-utilities", "OWNS", "kestrel-water")],
    ),
    (  # guard: "it is" with no participle refers to nothing
        "Arlo Rail runs the night trains. It is fully expected that Sond Regional Fund will bid.",
        [],
        [("sond-regional-fund", "OWNS", "arlo-rail")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), PRONOUN_OWNED)
def test_pronoun_owned(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# support for a bid or a plan is BACKS, never FUNDS
BACKING: list[Case] = [
    (  # steel, board-of subject, possessive bidder
        "Ferrand Steel's directors now back Orsola Metals's offer.",
        [("ferrand-steel", "BACKS", "orsola-metals")],
        [("ferrand-steel", "FUNDS", "orsola-metals")],
    ),
    (  # retail, board supports bid
        "Dunmore Stores' board unanimously supports Castell Retail's bid.",
        [("dunmore-stores", "BACKS", "castell-retail")],
        [],
    ),
    (  # banking, shareholder "says it is behind X's offer"
        "Rookwood Pension, which owns 4% of the target, says it is behind Halvard Capital's offer.",
        [("rookwood-pension", "BACKS", "halvard-capital")],
        [("rookwood-pension", "FUNDS", "halvard-capital")],
    ),
    (  # S32: a shareholder saying it backs a bidder
        "Rookwood Pension, which owns 4% of Dalby Mills, says it backs Halvard Capital.",
        [
            ("rookwood-pension", "BACKS", "halvard-capital"),
            ("rookwood-pension", "OWNS", "dalby-mills"),
        ],
        [("rookwood-pension", "FUNDS", "halvard-capital")],
    ),
    (  # aviation, backs a bidder's offer
        "Corvel Air backs Skyvane Holdings' offer for Nordjet.",
        [("corvel-air", "BACKS", "skyvane-holdings")],
        [("corvel-air", "FUNDS", "skyvane-holdings")],
    ),
    (  # mining, "the board of X" recommends that shareholders accept
        "The board of Tarn Minerals has recommended that shareholders accept Cobre Andes's offer.",
        [("tarn-minerals", "BACKS", "cobre-andes")],
        [],
    ),
    (  # media, reported support by the directors, a modified offer
        "Lantern Books' independent directors said they would support Orbis Media's higher offer.",
        [("lantern-books", "BACKS", "orbis-media")],
        [],
    ),
    (  # insurance, "the improved bid from X"
        "Pira Insurance's board now backs the improved bid from Halden Re.",
        [("pira-insurance", "BACKS", "halden-re")],
        [("pira-insurance", "FUNDS", "halden-re")],
    ),
    (  # guard: a board rejecting an offer backs nothing
        "Pira Insurance's board rejected the improved bid from Halden Re.",
        [],
        [("pira-insurance", "BACKS", "halden-re")],
    ),
    (  # S32, sport: "voted to back it" after a pledge to a project: BACKS the project
        "Harbour Group has pledged €60m to the Mossgate Arena. Kent County Council voted in "
        "March to back it.",
        [("kent-county-council", "BACKS", "mossgate-arena")],
        [
            ("kent-county-council", "FUNDS", "harbour-group"),
            ("kent-county-council", "BACKS", "harbour-group"),
        ],
    ),
    (  # guard: venture backing with money stays FUNDS
        "Sequoia Partners backs Quillon Labs, which raised $40m last year.",
        [("sequoia-partners", "FUNDS", "quillon-labs")],
        [("sequoia-partners", "BACKS", "quillon-labs")],
    ),
    (  # guard: the studio behind a product is its maker, not a supporter
        "Pressland Games is behind Tangle Works, a puzzle studio.",
        [],
        [("pressland-games", "BACKS", "tangle-works")],
    ),
    (  # guard: a board that rejects the offer
        "Ferrand Steel's directors do not back Orsola Metals's offer.",
        [],
        [("ferrand-steel", "BACKS", "orsola-metals")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), BACKING)
def test_backing(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# an acquisition paid with a named lender's loan: the lender FUNDS the buyer
DEAL_LOANS: list[Case] = [
    (  # industrials, a long object before the loan
        "Orlan Group will fund the deal with existing cash and a €900m term loan from Helvik "
        "Bank and Cassaro Credit.",
        [("helvik-bank", "FUNDS", "orlan-group"), ("cassaro-credit", "FUNDS", "orlan-group")],
        [],
    ),
    (  # telecoms, "pay for the purchase of X using ... loan provided by"
        "Velto Telecom will pay for the purchase of Dunmore Cable using cash and a bridge loan "
        "provided by Arnott Bank.",
        [("arnott-bank", "FUNDS", "velto-telecom")],
        [("arnott-bank", "FUNDS", "dunmore-cable")],
    ),
    (  # energy, a project object is funded itself
        "Brenna Power will finance the Kelso Wind project with cash and a £200m loan from "
        "Halden Bank.",
        [("halden-bank", "FUNDS", "kelso-wind")],
        [],
    ),
    (  # food, "The purchase" of the sentence before: its buyer borrows
        "Pratt Foods is buying Dunholm Mills. The purchase will be paid for with a loan from "
        "Lunetta Credito.",
        [("lunetta-credito", "FUNDS", "pratt-foods")],
        [("lunetta-credito", "FUNDS", "dunholm-mills")],
    ),
    (  # chemicals, possessive deal noun
        "Arnott Chemicals agreed to buy Velo Paints. Its purchase of Velo Paints will be "
        "financed with a bridge loan from Kessel Bank.",
        [("kessel-bank", "FUNDS", "arnott-chemicals")],
        [("kessel-bank", "FUNDS", "velo-paints")],
    ),
    (  # food, participle clause; the lender funds the buyer, not the company bought
        "Pratt Foods agreed to buy Dunholm Mills, funding the purchase with a £300m loan from "
        "Lunetta Credito.",
        [("lunetta-credito", "FUNDS", "pratt-foods")],
        [("lunetta-credito", "FUNDS", "dunholm-mills")],
    ),
    (  # cement, "the takeover of X" as the object
        "Tavel Cement will finance the takeover of Orrin Aggregates with cash on hand and a loan "
        "from Brennick Bank.",
        [("brennick-bank", "FUNDS", "tavel-cement")],
        [("brennick-bank", "FUNDS", "orrin-aggregates")],
    ),
    (  # shipping, passive "financed by a loan from" after the deal sentence
        "Halden Shipping agreed to buy Norrow Tankers. The deal will be financed by a $300m loan "
        "from Kessel Bank.",
        [("kessel-bank", "FUNDS", "halden-shipping")],
        [("kessel-bank", "FUNDS", "norrow-tankers")],
    ),
    (  # guard: no acquisition before "the deal"
        "Pratt Foods makes flour in Leeds. The deal will be paid for with a loan from Lunetta "
        "Credito.",
        [],
        [("lunetta-credito", "FUNDS", "pratt-foods")],
    ),
    (  # guard: a loan repaid is no funding of the payer by the lender
        "Orlan Group will fund the deal with cash after repaying a loan from Helvik Bank.",
        [],
        [("helvik-bank", "FUNDS", "orlan-group")],
    ),
    (  # guard: negation
        "Orlan Group will not fund the deal with existing cash and a term loan from Helvik Bank.",
        [],
        [("helvik-bank", "FUNDS", "orlan-group")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), DEAL_LOANS)
def test_deal_loans(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# conventions of the stakes area the rules above must not break: a majority purchase is OWNS
# only; raising an offer is no fund-raising
CONVENTIONS: list[Case] = [
    (  # football, majority purchase finished
        "Gravel Sports finished buying 80% of Tyne Rovers on Friday.",
        [("gravel-sports", "OWNS", "tyne-rovers")],
        [("gravel-sports", "FUNDS", "tyne-rovers")],
    ),
    (  # football, a majority stake in "the club" of the sentence before
        "Tyne Rovers plays in Newcastle. Gravel Sports completed its purchase of a majority "
        "stake in the club on Friday.",
        [("gravel-sports", "OWNS", "tyne-rovers")],
        [("gravel-sports", "FUNDS", "tyne-rovers")],
    ),
    (  # football, "completed the purchase of an 80% stake in the club": OWNS, not FUNDS
        "Tyne Rovers plays in Newcastle. Gravel Sports has completed the purchase of an 80% "
        "stake in the club.",
        [("gravel-sports", "OWNS", "tyne-rovers")],
        [("gravel-sports", "FUNDS", "tyne-rovers")],
    ),
    (  # autos, "a controlling stake in X" as a noun phrase
        "Velo Motors confirmed its acquisition of a controlling stake in Arno Parts.",
        [("velo-motors", "OWNS", "arno-parts")],
        [("velo-motors", "FUNDS", "arno-parts")],
    ),
    (  # guard: a minority stake bought stays FUNDS
        "Tyne Rovers plays in Newcastle. Gravel Sports has completed the purchase of a 20% "
        "stake in the club.",
        [("gravel-sports", "FUNDS", "tyne-rovers")],
        [("gravel-sports", "OWNS", "tyne-rovers")],
    ),
    (  # food, a raised bid moves ahead of a rival: no FUNDS
        "Tarrow Group raised its all-cash bid to 410p a share, valuing Brisk Foods at £2bn and "
        "moving ahead of rival Pomery Holdings.",
        [],
        [("tarrow-group", "FUNDS", "pomery-holdings"), ("tarrow-group", "FUNDS", "brisk-foods")],
    ),
    (  # retail, a raised offer
        "Lomond Foods raised its offer for Brisk Foods again on Monday.",
        [],
        [("lomond-foods", "FUNDS", "brisk-foods")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CONVENTIONS)
def test_stake_conventions(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_a_lexicon_file_extends_the_holdings_words(tmp_path) -> None:
    """The family's words are compiled per lexicon: a `--lexicon` file's `holdings` entries
    extend the defaults (a holder phrase of a share here) instead of being ignored."""
    from loaders.article import extract
    from loaders.config import ExtractionConfig
    from loaders.lexicon import Lexicon
    from loaders.relations.holding_words import holding_words

    extra = tmp_path / "extra.yaml"
    extra.write_text('holdings:\n  share_holders: ["nestle with"]\n', "utf-8")
    lex = Lexicon.load(extra)
    text = "Tessa Foods sells soups in Bristol. The last quarter nestles with Osterby Capital."
    owns = ("osterby-capital", "OWNS", "tessa-foods")
    assert owns not in extract(text).relations
    assert owns in extract(text, ExtractionConfig(lexicon=lex)).relations
    # extended, not replaced; the default lexicon keeps its own words
    assert ("is", "held", "by") in holding_words(lex).share_holders.phrases()
    assert ("nestles", "with") not in holding_words(Lexicon.load()).share_holders.phrases()
