"""Genre bank for parents in side constructions and disputes in wrapped frames (round 16).

Chains: "A is owned by B, which is itself owned by C" / "B, itself owned by C" / "B, a holding
firm which itself is controlled by C": the intensifying "itself" is B, the nearest link, so C
OWNS B and never C OWNS A. A parent in an appositive whose head is modified ("a unit of the
Leeds-based materials group D"). Disputes: a stake holder (in a relative clause) that charges
"the board" with something disputes the held firm; "the managers" of the article's firm.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across building, food, shipping, media, retail, energy, software, farming and
banking. Guards: "calls itself", a reflexive after a verb; "a unit of measurement"; a former
unit sold; a firm charging fees; "fund managers"; a holder praising the board.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

CHAINS: list[Case] = [
    (  # building: passive, "which is itself owned by"
        "Halvik Homes is owned by Kelmar Services, which is itself owned by Lorrimer Capital.",
        [
            ("kelmar-services", "OWNS", "halvik-homes"),
            ("lorrimer-capital", "OWNS", "kelmar-services"),
        ],
        [("lorrimer-capital", "OWNS", "halvik-homes")],
    ),
    (  # food: "which itself is controlled by"
        "Brisby Bakeries is controlled by Ornell Foods, which itself is controlled by the "
        "family trust Tamsin Holdings.",
        [
            ("ornell-foods", "OWNS", "brisby-bakeries"),
            ("tamsin-holdings", "OWNS", "ornell-foods"),
        ],
        [("tamsin-holdings", "OWNS", "brisby-bakeries")],
    ),
    (  # shipping: participle appositive ", itself owned by"
        "Corlan Ferries was bought by Vesta Marine, itself owned by the fund Pellam Partners.",
        [
            ("vesta-marine", "OWNS", "corlan-ferries"),
            ("pellam-partners", "OWNS", "vesta-marine"),
        ],
        [("pellam-partners", "OWNS", "corlan-ferries")],
    ),
    (  # media: descriptor appositive then "which is itself owned by"
        "The radio group Quenby Media is owned by Harlan Press, a printing company which is "
        "itself owned by Stoll Capital.",
        [
            ("harlan-press", "OWNS", "quenby-media"),
            ("stoll-capital", "OWNS", "harlan-press"),
        ],
        [("stoll-capital", "OWNS", "quenby-media")],
    ),
    (  # retail: "belongs to", "in turn" (already read)
        "Tarvo Stores belongs to Kesk Holdings, a holding firm which is in turn owned by the "
        "fund Ardent Capital.",
        [("kesk-holdings", "OWNS", "tarvo-stores"), ("ardent-capital", "OWNS", "kesk-holdings")],
        [("ardent-capital", "OWNS", "tarvo-stores")],
    ),
    (  # energy: active chain with a relative (already read)
        "Norvia Power owns Lisk Grid, which owns Pellow Cables.",
        [("norvia-power", "OWNS", "lisk-grid"), ("lisk-grid", "OWNS", "pellow-cables")],
        [("norvia-power", "OWNS", "pellow-cables")],
    ),
    (  # software: "is part of B, which is itself owned by C"
        "Ostrel Apps is part of Brannock Group, which is itself owned by Lorrimer Capital.",
        [
            ("brannock-group", "OWNS", "ostrel-apps"),
            ("lorrimer-capital", "OWNS", "brannock-group"),
        ],
        [("lorrimer-capital", "OWNS", "ostrel-apps")],
    ),
    (  # guard: a reflexive after a verb is the subject ("calls itself")
        "Halvik Homes, which calls itself a builder, is owned by Kelmar Services.",
        [("kelmar-services", "OWNS", "halvik-homes")],
        [],
    ),
    (  # guard: "itself" as a plain reflexive object
        "Dunmore Foods, owned by Rask Capital, has reinvented itself as a snack maker.",
        [("rask-capital", "OWNS", "dunmore-foods")],
        [],
    ),
]

PARENTS: list[Case] = [
    (  # building: "a unit of D" (already read)
        "Halvik Tiles, a unit of Dunmarra, makes floor tiles.",
        [("dunmarra", "OWNS", "halvik-tiles")],
        [],
    ),
    (  # food: "a subsidiary of the French group D" (already read)
        "Pemby Dairy, a subsidiary of the French group Ostrava Foods, makes cheese.",
        [("ostrava-foods", "OWNS", "pemby-dairy")],
        [],
    ),
    (  # materials: hyphenated place and sector before the parent's name
        "Halvik Tiles, a unit of the Leeds-based materials group Dunmarra, makes floor tiles.",
        [("dunmarra", "OWNS", "halvik-tiles")],
        [],
    ),
    (  # farming: a city before the sector noun
        "Tessel Seeds, a division of the Munich group Kornfeld, sells seed.",
        [("kornfeld", "OWNS", "tessel-seeds")],
        [],
    ),
    (  # banking: "holding vehicle of" a person (already read)
        "Brannock Invest, the family holding vehicle of the shipowner Ilse Ranick, bought a ferry.",
        [("ilse-ranick", "OWNS", "brannock-invest")],
        [],
    ),
    (  # art: "the investment arm of the collector N"
        "Brannock Invest, the investment arm of the collector Ilse Ranick, bought a painting.",
        [("ilse-ranick", "OWNS", "brannock-invest")],
        [],
    ),
    (  # banking: a leader of a firm behind a place modifier and a descriptor
        "Ines Marlow, chief executive of the Leeds-based lender Halden Bank, spoke first.",
        [("ines-marlow", "LEADS", "halden-bank")],
        [],
    ),
    (  # guard: the head of a firm's office in a city leads neither
        "Ines Marlow, head of the Leeds office of Halden Bank, spoke first.",
        [],
        [("ines-marlow", "LEADS", "leeds")],
    ),
    (  # leisure: an "among them" item with its town, bought in a trailing relative
        "Vantora Leisure runs nine gyms, among them Kelpmoor Gyms in Varnby, which it "
        "acquired in 2018.",
        [("vantora-leisure", "OWNS", "kelpmoor-gyms")],
        [],
    ),
    (  # retail: "including X, which it bought" (already read)
        "Tarvo Stores runs forty shops, including Pellow Market, which it bought in 2016.",
        [("tarvo-stores", "OWNS", "pellow-market")],
        [],
    ),
    (  # hotels: a relative with a named buyer after the place phrase
        "Orvel Hotels runs the Lisk Inn chain. Marlow Lodges in Tarnby, which Orvel Hotels "
        "bought in 2019, is the largest.",
        [("orvel-hotels", "OWNS", "marlow-lodges")],
        [],
    ),
    (  # a relative subject "it" in the sentence after the buyer
        "Vantora Leisure runs nine gyms. Kelpmoor Gyms, which it bought in 2018, is the largest.",
        [("vantora-leisure", "OWNS", "kelpmoor-gyms")],
        [],
    ),
    (  # media: a relative subject "it" after a firm of the same sentence (already read)
        "Quenby Media bought Harlan Press, which it renamed Harlan Print in 2020.",
        [("quenby-media", "OWNS", "harlan-press")],
        [("harlan-press", "OWNS", "harlan-press")],
    ),
    (  # guard: a relative that sold the head gives no OWNS to anyone
        "Vantora Leisure runs nine gyms. Kelpmoor Gyms, which it sold in 2018, is now a hotel.",
        [],
        [("vantora-leisure", "OWNS", "kelpmoor-gyms")],
    ),
    (  # guard: a depot's town in a relative is no owned firm
        "Halvik Foods opened a depot in Varnby, which it bought from the council.",
        [],
        [("halvik-foods", "OWNS", "varnby")],
    ),
    (  # guard: operating a named centre is not owning it
        "Vantora Leisure runs nine gyms, including Kelpmoor Gyms, which it manages for the "
        "council.",
        [],
        [("vantora-leisure", "OWNS", "kelpmoor-gyms")],
    ),
    (  # guard: a unit of measurement
        "The unit of measurement at Halvik Labs is the gram.",
        [],
        [("halvik-labs", "OWNS", "halvik-labs")],
    ),
]

DISPUTES: list[Case] = [
    (  # a holder in an appositive accusing the board (already read)
        "Dunmarra Capital, owner of 6% of Quillex Foods, has accused the board of neglecting "
        "exports.",
        [("dunmarra-capital", "DISPUTES", "quillex-foods")],
        [],
    ),
    (  # a holder in a relative clause charging the board with something
        "Dunmarra Capital, which owns 6% of Quillex Foods, has charged the board with "
        "neglecting exports.",
        [
            ("dunmarra-capital", "DISPUTES", "quillex-foods"),
            ("dunmarra-capital", "OWNS", "quillex-foods"),
        ],
        [],
    ),
    (  # shipping: "faulted the directors for" (already read)
        "Pellam Partners, which holds 9% of Corlan Ferries, has faulted the directors for "
        "the delays.",
        [("pellam-partners", "DISPUTES", "corlan-ferries")],
        [],
    ),
    (  # the article's firm's board, bare (already read)
        "Quillex Foods had a poor year. Dunmarra Capital has charged the board with neglecting "
        "exports.",
        [("dunmarra-capital", "DISPUTES", "quillex-foods")],
        [],
    ),
    (  # the article's firm's managers
        "Quillex Foods had a poor year. Dunmarra Capital accused the managers of wasting cash.",
        [("dunmarra-capital", "DISPUTES", "quillex-foods")],
        [],
    ),
    (  # nominal criticism of a pair from a lobby group
        "Quillex Foods and Halvik Media are locked in a row over a brand. The row has drawn "
        "criticism of both firms from Kelmar Watch.",
        [
            ("kelmar-watch", "DISPUTES", "quillex-foods"),
            ("kelmar-watch", "DISPUTES", "halvik-media"),
        ],
        [],
    ),
    (  # energy: "criticism of X from Y" opening the sentence, two critics
        "Criticism of Norvia Power from Lisk Energy and from the Ardent Trust has grown.",
        [
            ("lisk-energy", "DISPUTES", "norvia-power"),
            ("ardent-trust", "DISPUTES", "norvia-power"),
        ],
        [],
    ),
    (  # guard: a purchase of X from Y is a sale, no dispute
        "The purchase of Pellow Cables from Lisk Energy closed in May.",
        [],
        [("lisk-energy", "DISPUTES", "pellow-cables")],
    ),
    (  # guard: praise from Y is no dispute
        "Quillex Foods has drawn praise from Kelmar Watch.",
        [],
        [("kelmar-watch", "DISPUTES", "quillex-foods")],
    ),
    (  # guard: criticism from Y of an unnamed plan names no firm
        "The merger plan has drawn criticism from Kelmar Watch, a lobby group.",
        [],
        [("kelmar-watch", "DISPUTES", "kelmar-watch")],
    ),
    (  # guard: a board asked to oversee, not accused
        "Dunmarra Capital, which owns 6% of Quillex Foods, has charged the board with "
        "overseeing the sale.",
        [("dunmarra-capital", "OWNS", "quillex-foods")],
        [("dunmarra-capital", "DISPUTES", "quillex-foods")],
    ),
    (  # guard: a holder praising the board
        "Dunmarra Capital, which owns 6% of Quillex Foods, has praised the board for its exports.",
        [("dunmarra-capital", "OWNS", "quillex-foods")],
        [("dunmarra-capital", "DISPUTES", "quillex-foods")],
    ),
    (  # guard: fund managers are no firm's managers
        "Quillex Foods had a poor year. Dunmarra Capital criticised fund managers for "
        "short-termism.",
        [],
        [("dunmarra-capital", "DISPUTES", "quillex-foods")],
    ),
    (  # guard: a nominal criticism of a plan by a lobby names no firm
        "The plan drew criticism from Kelmar Watch, a lobby group.",
        [],
        [("kelmar-watch", "DISPUTES", "kelmar-watch")],
    ),
]

BANK = CHAINS + PARENTS + DISPUTES
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_owns16(case: Case) -> None:
    check(*case)
