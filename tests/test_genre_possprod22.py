"""Genre bank for a product owned through a possessive frame (round 22).

The owner is a possessive and the product either follows a praise word ("Lumelle Skin's
best-selling Dewdrop Tonic") or stands in apposition to the possessed descriptor ("Bluecrest
Air's loyalty scheme, Bluecrest Perks", "Quelvara Podnet's biggest title, the history series
Lost Ledgers", "the Echo 9, Sonalis Acoustics's in-ear aid launched in May", "the Vendel 4
trumpet, Valdemar Blaswerk's flagship since the 1960s"): the possessor OWNS the product, and
the product is typed Product. Guards: a descriptor whose head or modifier is a role, title or
tie noun ("chief executive", "rival", "customer", "supplier", "shareholder", "partner") names
no product of the possessor.

Each case is a short invented text (relations that must be found, relations that must not be),
across skincare, audio, podcasts, airlines, spirits, music, toys, cars, banking, games and food.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PRAISED: list[Case] = [
    (  # skincare: "Y's best-selling X" with X ending in a common noun (repro r01)
        "Lumelle Skin's best-selling Dewdrop Tonic has sold five million bottles since 2019.",
        [("lumelle-skin", "OWNS", "dewdrop-tonic")],
        [],
    ),
    (  # food: a plural-s possessive, object position
        "Many stores stock Trelby Foods' best-selling Oatcrisp Bar.",
        [("trelby-foods", "OWNS", "oatcrisp-bar")],
        [],
    ),
    (  # cars: "hit" as the praise word
        "Orvane Motors' hit Strada Cruiser sold out in a week.",
        [("orvane-motors", "OWNS", "strada-cruiser")],
        [],
    ),
    (  # cereal: reported clause with "its best-selling" still read
        "Pellow Foods said its best-selling Harvest Crunch will get a new recipe.",
        [("pellow-foods", "OWNS", "harvest-crunch")],
        [],
    ),
]

SET_OFF: list[Case] = [
    (  # podcasts: "Y's biggest title, the history series X" as subject (repro r03)
        "Quelvara Podnet's biggest title, the history series Lost Ledgers, draws three million "
        "listens each month.",
        [("quelvara-podnet", "OWNS", "lost-ledgers")],
        [],
    ),
    (  # games: "the puzzle series X" after a superlative descriptor
        "Halden Games's most popular title, the puzzle series Brightfall, has 4 million players.",
        [("halden-games", "OWNS", "brightfall")],
        [],
    ),
    (  # airlines: object of another firm's verb (repro r04)
        "Skyvale plans to fold Bluecrest Air's loyalty scheme, Bluecrest Perks, into its own "
        "programme from next year.",
        [("bluecrest-air", "OWNS", "bluecrest-perks")],
        [("skyvale", "OWNS", "bluecrest-perks")],
    ),
    (  # banking: a loyalty scheme as the subject
        "Harlow Bank's loyalty scheme, Harlow Rewards, has two million members.",
        [("harlow-bank", "OWNS", "harlow-rewards")],
        [],
    ),
    (  # spirits: inside a PP (repro r05)
        "Sales of Glenmora Distillers's flagship malt, Kintail Cask, fell by a quarter last year.",
        [("glenmora-distillers", "OWNS", "kintail-cask")],
        [],
    ),
    (  # brewing: "Exports of Y's flagship stout, X"
        "Exports of Kilbride Brewing's flagship stout, Black Pier, doubled.",
        [("kilbride-brewing", "OWNS", "black-pier")],
        [],
    ),
    (  # toys: "biggest hit" as the descriptor
        "Tessin Toys's biggest hit, Pebble Pals, sold a million units.",
        [("tessin-toys", "OWNS", "pebble-pals")],
        [],
    ),
    (  # bikes: a hyphenated product noun
        "Marlow Cycles's folding e-bike, Tessa Fold, is built in Porto.",
        [("marlow-cycles", "OWNS", "tessa-fold")],
        [],
    ),
    (  # games: "most popular game"
        "Corvel Games's most popular game, Skyforge Arena, has 4 million players.",
        [("corvel-games", "OWNS", "skyforge-arena")],
        [],
    ),
]

PRODUCT_FIRST: list[Case] = [
    (  # audio: "the X, Y's <descriptor> launched in May," in object position (repro r02)
        "Analysts like the Echo 9, Sonalis Acoustics's rechargeable in-ear aid launched in May, "
        "which they call the best product in years.",
        [("sonalis-acoustics", "OWNS", "echo-9")],
        [],
    ),
    (  # bikes: "introduced in 2021" closes the descriptor, sentence subject
        "The Tessa 3, Marlow Cycles's folding e-bike introduced in 2021, is built in Porto.",
        [("marlow-cycles", "OWNS", "tessa-3")],
        [],
    ),
    (  # music: "the X trumpet, Y's flagship since the 1960s" (repro r06)
        "The new owner made the Vendel 4 trumpet, Valdemar Blaswerk's flagship since the 1960s, "
        "the focus of its sales push.",
        [("valdemar-blaswerk", "OWNS", "vendel-4")],
        [],
    ),
    (  # farm machines: "top model since 2015"
        "The Kestrel 9 tractor, Brannock Machines's top model since 2015, got a new engine.",
        [("brannock-machines", "OWNS", "kestrel-9")],
        [],
    ),
    (  # guard: a best seller may be a stockist's ("since" closes the descriptor)
        "The Kestrel 9 tractor, Harlow Mart's best seller since 2015, got a new engine.",
        [],
        [("harlow-mart", "OWNS", "kestrel-9")],
    ),
    (  # spirits: product first, a typed product with an unknown descriptor noun
        "Sales of Brightwater Gin, Kilbride Distillers's flagship spirit, rose.",
        [("kilbride-distillers", "OWNS", "brightwater-gin")],
        [],
    ),
]

PRAISED_FIRST: list[Case] = [
    (  # spirits: an untyped name before "Y's flagship malt", object of "like"
        "Analysts like Kintail Reserve, Glenmora Distillers's flagship malt, and expect growth.",
        [("glenmora-distillers", "OWNS", "kintail-reserve")],
        [],
    ),
    (  # podcasts: a superlative before an unknown noun, sentence subject
        "Lost Ledgers, Quelvara Podnet's biggest show, draws three million listens.",
        [("quelvara-podnet", "OWNS", "lost-ledgers")],
        [],
    ),
    (  # guard: a person's possessed job with a superlative
        "Ada Lind, Glenmora Distillers's longest-serving director, retired.",
        [],
        [("glenmora-distillers", "OWNS", "ada-lind")],
    ),
    (  # guard: a holder's agent noun after the superlative, after "its"
        "Vantor Rail is paying with an equity injection from Moss Partners, its largest holder.",
        [],
        [("vantor-rail", "OWNS", "moss-partners")],
    ),
    (  # guard: a site noun after the superlative
        "Harbour Point, Kestrel Homes's biggest site, opens in May.",
        [],
        [("kestrel-homes", "OWNS", "harbour-point")],
    ),
]

GUARDS: list[Case] = [
    (  # role noun: LEADS, not OWNS
        "Glenmora Distillers's chief executive, Ylva Pole, said sales rose.",
        [("ylva-pole", "LEADS", "glenmora-distillers")],
        [("glenmora-distillers", "OWNS", "ylva-pole")],
    ),
    (  # rival: COMPETES_WITH, not OWNS
        "Lumelle Skin's main rival, Dermaco, cut prices in May.",
        [("dermaco", "COMPETES_WITH", "lumelle-skin")],
        [("lumelle-skin", "OWNS", "dermaco")],
    ),
    (  # customer, either order
        "Glenmora Distillers's largest customer, Kelmora Wines, signed a new contract. Kelmora "
        "Wines, Glenmora Distillers's largest customer, also buys casks.",
        [],
        [("glenmora-distillers", "OWNS", "kelmora-wines")],
    ),
    (  # shareholder: the holder owns the possessor, never the reverse
        "Skyvale's biggest shareholder, Fennickvest, backed the plan.",
        [("fennickvest", "OWNS", "skyvale")],
        [("skyvale", "OWNS", "fennickvest")],
    ),
    (  # partner
        "Sonalis Acoustics's partner, Hearwell Fitters, will fit the new aids.",
        [],
        [("sonalis-acoustics", "OWNS", "hearwell-fitters")],
    ),
    (  # supplier
        "Harvik Steel's biggest supplier, Ostrel Mining, raised prices.",
        [],
        [("harvik-steel", "OWNS", "ostrel-mining")],
    ),
    (  # a rival's product launched: "rival phone" is a tie modifier
        "Analysts prefer the Corra X1, Quillex's rival phone launched in March.",
        [],
        [("quillex", "OWNS", "corra-x1")],
    ),
    (  # a rival product set off after the possessed rival noun
        "Lumelle Skin's main rival, the Glowa serum, costs less.",
        [],
        [("lumelle-skin", "OWNS", "glowa")],
    ),
    (  # a client described by its trade
        "Pellow Bank's biggest client, the retailer Harmon Stores, moved its account.",
        [],
        [("pellow-bank", "OWNS", "harmon-stores")],
    ),
    (  # a person's role with a described holder
        "Orvane's chief executive, the veteran engineer Ada Brisk, quit.",
        [("ada-brisk", "LEADS", "orvane")],
        [("orvane", "OWNS", "ada-brisk")],
    ),
]

PRAISE = (
    "'Y's best-selling X' with a verb after the name: no cue types X (a 's best-selling' praise "
    "cue, tried again in round 22, removed one real error but cost blind5 precision -0.003)"
)
GAPS = {
    "Lumelle Skin's best-selling": PRAISE,
    "Many stores stock Trelby": PRAISE,
    "Kilbride Distillers's award-winning": "only the praise words of frame_product_praise type a "
    "name after 'Y's'; 'award-winning' does not",
}

KNOWN_GAPS: list[Case] = [
    (
        "Kilbride Distillers's award-winning Brightwater Gin is sold in 30 countries.",
        [("kilbride-distillers", "OWNS", "brightwater-gin")],
        [],
    ),
]

ALL = PRAISED + SET_OFF + PRODUCT_FIRST + PRAISED_FIRST + GUARDS + KNOWN_GAPS


@pytest.mark.parametrize("case", gap_params(ALL, GAPS))
def test_possessed_product(case: Case) -> None:
    check(*case)
