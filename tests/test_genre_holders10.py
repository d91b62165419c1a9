"""Genre bank for holders (round 10): ownership in side constructions, families and the binding
of references in stakes.

- a buyer's "from its owner Z": "X said it would buy Y (, a ...,) from its owner Z" gives Z
  OWNS Y (never Z OWNS X, nor X OWNS Z);
- families: "the X family", "the X founding family" holding "via/through" a named vehicle is
  no entity; the vehicle owns, and the family's surname never joins a person's name;
- remainders and side constructions (see the cases).

Each case is a short invented article (text, relations that must be found, relations that must
not be) across food, pumps, freight, brewing, media, software, energy, retail and mining.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SELLERS: list[Case] = [
    (  # labs: "from its buyout owner Z" after an appositive on the bought firm
        "Brisco Foods said it would acquire Lennet Labs, a testing group, from its buyout "
        "owner Harwick Partners.",
        [("harwick-partners", "OWNS", "lennet-labs"), ("brisco-foods", "OWNS", "lennet-labs")],
        [
            ("harwick-partners", "OWNS", "brisco-foods"),
            ("brisco-foods", "OWNS", "harwick-partners"),
        ],
    ),
    (  # steel: the plain form, "it" subject
        "Tarmo Steel said it would buy Ovel Castings from its owner Grend Capital.",
        [("grend-capital", "OWNS", "ovel-castings"), ("tarmo-steel", "OWNS", "ovel-castings")],
        [("grend-capital", "OWNS", "tarmo-steel"), ("tarmo-steel", "OWNS", "grend-capital")],
    ),
    (  # retail: "agreed to buy ... from its private equity owner, Z, for $2bn"
        "Corvel Retail agreed to buy Penn Outfitters from its private equity owner, Ashgrove "
        "Partners, for $2bn.",
        [
            ("ashgrove-partners", "OWNS", "penn-outfitters"),
            ("corvel-retail", "OWNS", "penn-outfitters"),
        ],
        [("ashgrove-partners", "OWNS", "corvel-retail")],
    ),
    (  # media: "is buying ... from its parent, Z"
        "Halvard Media is buying Pellow Radio from its parent, Strand Holdings.",
        [("strand-holdings", "OWNS", "pellow-radio"), ("halvard-media", "OWNS", "pellow-radio")],
        [
            ("strand-holdings", "OWNS", "halvard-media"),
            ("halvard-media", "OWNS", "strand-holdings"),
        ],
    ),
    (  # mining: appositive with "the", past tense
        "Oska Metals bought Trent Quarries, the gravel producer, from its owner Marden Capital.",
        [("marden-capital", "OWNS", "trent-quarries"), ("oska-metals", "OWNS", "trent-quarries")],
        [("marden-capital", "OWNS", "oska-metals")],
    ),
]

FAMILIES: list[Case] = [
    (  # tools: "the X family, which controls a third of Y via V"
        "Orvane Tools rose. The Lusk family, which controls a third of Orvane Tools via Lusk "
        "Holdings, supports the takeover.",
        [("lusk-holdings", "OWNS", "orvane-tools")],
        [("lusk", "OWNS", "orvane-tools")],
    ),
    (  # steel: "via its investment company, V"
        "Ferro Steel is controlled by the Ferro family, which holds most of the equity via its "
        "investment company, Ferro Holding.",
        [("ferro-holding", "OWNS", "ferro-steel")],
        [("ferro-steel", "OWNS", "ferro-holding"), ("ferro", "OWNS", "ferro-steel")],
    ),
    (  # shipping: "through" a vehicle; a member of the family is named later
        "The Brandt family owns 60% of Kessel Lines through Brandt Invest. Jonas Brandt is "
        "chairman of Kessel Lines.",
        [("brandt-invest", "OWNS", "kessel-lines"), ("jonas-brandt", "LEADS", "kessel-lines")],
        [("jonas-brandt", "OWNS", "kessel-lines"), ("brandt", "OWNS", "kessel-lines")],
    ),
    (  # brewing: "the X founding family" never joins the founder named later
        "Harl Brewing took over Mabry Ales from the Mabry founding family. Jon Mabry started "
        "the brewery in 1950.",
        [("harl-brewing", "OWNS", "mabry-ales")],
        [("jon-mabry", "OWNS", "mabry-ales")],
    ),
    (  # food: "with the X family holding most of it via V and the remainder held by Z"
        "Pelto Foods is privately held, with the Haas family holding most of it via Haas "
        "Holding and the remainder held by Garnet Capital.",
        [("haas-holding", "OWNS", "pelto-foods"), ("garnet-capital", "OWNS", "pelto-foods")],
        [("garnet-capital", "OWNS", "haas-holding")],
    ),
    (  # guard: a family with no vehicle stays a holder as before (other sets annotate it)
        "The Orrin family sold Kelby Mills to Danvers Group in 2019.",
        [("danvers-group", "OWNS", "kelby-mills")],
        [],
    ),
    (  # guard: "through" a sales channel is no holding vehicle
        "Kestrel Press owns Dock Radio and sells it through Harbour Media.",
        [("kestrel-press", "OWNS", "dock-radio")],
        [("harbour-media", "OWNS", "dock-radio")],
    ),
]

NAMED_HOLDERS: list[Case] = [
    (  # freight: "X, which names Z as its biggest holder with a 9% stake"
        "Quillex Freight, which names Farrow Capital as its biggest holder with a 9% stake, "
        "reported higher sales.",
        [("farrow-capital", "OWNS", "quillex-freight")],
        [("quillex-freight", "OWNS", "farrow-capital")],
    ),
    (  # energy: "the" before the named holder, "largest shareholder"
        "Brenna Power, which names the Halvik Fund as its largest shareholder, cut its dividend.",
        [("halvik-fund", "OWNS", "brenna-power")],
        [],
    ),
    (  # mining: "counts Z as its largest shareholder"
        "Tarrow Mining counts Oska Invest as its largest shareholder.",
        [("oska-invest", "OWNS", "tarrow-mining")],
        [],
    ),
    (  # guard: "names Z as its biggest customer"
        "Quillex Freight names Farrow Retail as its biggest customer.",
        [],
        [
            ("farrow-retail", "OWNS", "quillex-freight"),
            ("quillex-freight", "OWNS", "farrow-retail"),
        ],
    ),
    (  # guard: a named chief executive stays LEADS
        "Pellow Bank named Ada Korr as its chief executive.",
        [("ada-korr", "LEADS", "pellow-bank")],
        [("ada-korr", "OWNS", "pellow-bank")],
    ),
]

CONTACT_RELATIVES: list[Case] = [
    (  # software: a place-modified descriptor and a contact relative
        "Halden Systems, the Ghent software firm Quillex bought in June, makes billing tools.",
        [("quillex", "OWNS", "halden-systems")],
        [],
    ),
    (  # food: "the Leeds bakery X acquired last year"
        "Orla Foods, the Leeds bakery Marden Group acquired last year, is hiring.",
        [("marden-group", "OWNS", "orla-foods")],
        [],
    ),
    (  # health: "the dental chain X bought for $40m"
        "Sable Clinics, the dental chain Norvik Health bought for $40m, opened two sites.",
        [("norvik-health", "OWNS", "sable-clinics")],
        [],
    ),
    (  # guard: an attempt is no purchase
        "Halden Systems, the firm Quillex tried to buy in June, makes billing tools.",
        [],
        [("quillex", "OWNS", "halden-systems")],
    ),
    (  # guard: a wish to buy
        "Pell Audio, the Bremen speaker maker Kanto Sound wants to buy, declined to comment.",
        [],
        [("kanto-sound", "OWNS", "pell-audio")],
    ),
]

BANK = SELLERS + FAMILIES + NAMED_HOLDERS + CONTACT_RELATIVES
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_holders10(case: Case) -> None:
    check(*case)
