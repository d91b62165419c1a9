"""Genre bank for arguments taken from inside a modifier or a sibling clause (round 16): a
person's appositive whose organization carries its own appositive ("Ivo Rask, head of Ostrel,
a rival of Quillex, sued Tarvick": Rask sued); a singular "a/an N" appositive after two names
or a group of two belongs to the last name only ("A and B, a valve maker based in C"); "which"
after a person named inside an appositive ("the firm owned by co-founder P, which has 14%") is
said of the appositive's anchor; a possessed deal noun after a funding verb ("put money into
Q's alliance with M") is funded, not its possessor; a place premodifying the described noun of
a relative ("X, the bigger Fenby farmer that vies with Y") is no subject.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across airlines, food, banking, farming, energy, retail, media, mining and shipping.
Guards and must-still-give: a single appositive ("P, head of X, sued Z"), "two carriers based
in C" and "both based in C" (both placed), "A and B, a Kell firm, sued C" (both sue), an object
relative ("Brisk Mills, which Orvel bought"), a passive, "invested in Vantora" (funds it).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

NESTED_APPOSITIVE: list[Case] = [
    (  # airlines: role of X, X's own appositive with a possessive, then the verb
        "Mara Tull, chief executive of Dovecot, the airline's main rival, has criticised Skyrail.",
        [("mara-tull", "DISPUTES", "skyrail"), ("mara-tull", "LEADS", "dovecot")],
        [("dovecot", "DISPUTES", "skyrail")],
    ),
    (  # mining: "head of X, a rival of Y, sued Z"
        "Ivo Rask, head of Ostrel Mining, a rival of Quillex Metals, sued Tarvick Resources "
        "last year.",
        [
            ("ivo-rask", "DISPUTES", "tarvick-resources"),
            ("ivo-rask", "LEADS", "ostrel-mining"),
        ],
        [("ostrel-mining", "DISPUTES", "tarvick-resources")],
    ),
    (  # banking: former director of a bank described by a relative
        "Ana Berg, a former director of Holm Bank, the lender that backed the deal, attacked "
        "Orvel Homes.",
        [("ana-berg", "DISPUTES", "orvel-homes")],
        [("holm-bank", "DISPUTES", "orvel-homes")],
    ),
    (  # food: an organization subject with a "unit of Y, the Z group" aside buys
        "Pellam Dairy, a unit of Brona Foods, the Harnby group, acquired Mowbray Creamery.",
        [("pellam-dairy", "OWNS", "mowbray-creamery")],
        [("brona-foods", "OWNS", "mowbray-creamery")],
    ),
    (  # retail: a relative clause's object carries the appositive
        "Ana Berg, who heads Ostrel Stores, a rival of Quillex Retail, sued Tarvick Malls.",
        [("ana-berg", "DISPUTES", "tarvick-malls"), ("ana-berg", "LEADS", "ostrel-stores")],
        [("ostrel-stores", "DISPUTES", "tarvick-malls")],
    ),
    (  # finance: "which invested in X, the valve maker, has backed Z"
        "Kell Fund, which invested in Ostrel Valves, the pump maker, has backed Tarvick Pumps.",
        [("kell-fund", "FUNDS", "ostrel-valves")],
        [("ostrel-valves", "FUNDS", "tarvick-pumps"), ("ostrel-valves", "BACKS", "tarvick-pumps")],
    ),
    (  # guard: one appositive only (unchanged)
        "Ivo Rask, head of Ostrel Mining, sued Tarvick Resources last year.",
        [("ivo-rask", "DISPUTES", "tarvick-resources")],
        [("ostrel-mining", "DISPUTES", "tarvick-resources")],
    ),
    (  # guard: the aside's own relation stays
        "Ivo Rask, head of Ostrel Mining, a rival of Quillex Metals, spoke on Monday.",
        [
            ("ivo-rask", "LEADS", "ostrel-mining"),
            ("ostrel-mining", "COMPETES_WITH", "quillex-metals"),
        ],
        [],
    ),
]

SINGULAR_ASIDE: list[Case] = [
    (  # energy: a venture between two firms, the second described
        "The plant is a joint venture between Quillex Power and Ostrel Iberia, a valve maker "
        "based in Fenby.",
        [("ostrel-iberia", "LOCATED_IN", "fenby")],
        [("quillex-power", "LOCATED_IN", "fenby")],
    ),
    (  # airlines: two coordinated names, singular appositive
        "Kestrel Air and Palmer Jets, a small carrier based in Harnby, will share a lounge.",
        [("palmer-jets", "LOCATED_IN", "harnby")],
        [("kestrel-air", "LOCATED_IN", "harnby")],
    ),
    (  # retail: "headquartered in"
        "Talvo Stores and Brisk Outlets, a discount chain headquartered in Kellmouth, signed "
        "a pact.",
        [("brisk-outlets", "LOCATED_IN", "kellmouth")],
        [("talvo-stores", "LOCATED_IN", "kellmouth")],
    ),
    (  # guard: a plural appositive places both
        "Kestrel Air and Palmer Jets, two small carriers based in Harnby, will share a lounge.",
        [("kestrel-air", "LOCATED_IN", "harnby"), ("palmer-jets", "LOCATED_IN", "harnby")],
        [],
    ),
    (  # guard: "both based in" places both
        "The venture between Quillex Power and Ostrel Iberia, both based in Fenby, makes valves.",
        [("quillex-power", "LOCATED_IN", "fenby"), ("ostrel-iberia", "LOCATED_IN", "fenby")],
        [],
    ),
    (  # guard: an appositive closed by a comma leaves the verb to both
        "Talvo Stores and Brisk Outlets, a discount chain, have sued Orvel Malls.",
        [
            ("talvo-stores", "DISPUTES", "orvel-malls"),
            ("brisk-outlets", "DISPUTES", "orvel-malls"),
        ],
        [],
    ),
]

WHICH_AFTER_PERSON: list[Case] = [
    (  # textiles: hyphenated title before the person, "which" is the firm's
        "Orlen Textiles is listed in Kell. Hagby Invest, the family firm owned outright by "
        "co-founder Per Lind, which has 14% of the shares, backed the plan.",
        [("hagby-invest", "OWNS", "orlen-textiles"), ("per-lind", "OWNS", "hagby-invest")],
        [("per-lind", "OWNS", "orlen-textiles")],
    ),
    (  # shipping: plain title (already read)
        "Norvik Lines is listed in Oslo. Marlowe Invest, the holding vehicle of trader Oren "
        "Vale, which owns 27% of the shares, opposed the bid.",
        [("marlowe-invest", "OWNS", "norvik-lines")],
        [("oren-vale", "OWNS", "norvik-lines")],
    ),
    (  # guard: "who" after the person is the person's
        "Norvik Lines is listed in Oslo. Oren Vale, who owns 27% of the shares, opposed the bid.",
        [("oren-vale", "OWNS", "norvik-lines")],
        [],
    ),
]

POSSESSED_DEAL: list[Case] = [
    (  # food: money into a firm's alliance
        "Dravo Capital put money into Quell Foods' alliance with Mardle Farms.",
        [],
        [("dravo-capital", "FUNDS", "quell-foods")],
    ),
    (  # energy: invested in a firm's venture
        "Sorrel Fund invested in Vantora Energy's venture with Ostrel Gas.",
        [],
        [("sorrel-fund", "FUNDS", "vantora-energy")],
    ),
    (  # guard: invested in the firm itself
        "Sorrel Fund invested in Vantora Energy last year.",
        [("sorrel-fund", "FUNDS", "vantora-energy")],
        [],
    ),
    (  # guard: the alliance's partners stay
        "Dravo Capital put money into Quell Foods' alliance with Mardle Farms.",
        [("quell-foods", "PARTNERS_WITH", "mardle-farms")],
        [],
    ),
]

PLACE_PREMODIFIER: list[Case] = [
    (  # farming: "the bigger Fenby farmer that vies with"
        "Tarrow Grain, the bigger Fenby farmer that vies with Ostel Farms, said prices fell.",
        [("tarrow-grain", "COMPETES_WITH", "ostel-farms")],
        [("fenby", "COMPETES_WITH", "ostel-farms")],
    ),
    (  # media: "a Kellmouth publisher that competes with"
        "Brisk Press, a Kellmouth publisher that competes with Lantern Books, hired staff.",
        [("brisk-press", "COMPETES_WITH", "lantern-books")],
        [("kellmouth", "COMPETES_WITH", "lantern-books")],
    ),
    (  # guard: a known place premodifier (unchanged)
        "Tarrow Grain, a Norfolk grower that competes with Ostel Farms, said prices fell.",
        [("tarrow-grain", "COMPETES_WITH", "ostel-farms")],
        [],
    ),
    (  # farming: described noun closed by a comma, then "which is based in"
        "Tarrow Grain, a Fenby farmer, which is based in Harnby, vies with Ostel Farms.",
        [("tarrow-grain", "LOCATED_IN", "harnby")],
        [("fenby", "LOCATED_IN", "harnby")],
    ),
    (  # gap: an object relative after "a Fenby grower,"
        "Tarrow Grain, a Fenby grower, which Ada Lunn founded in 2001, sells seed.",
        [("ada-lunn", "FOUNDED", "tarrow-grain")],
        [("ada-lunn", "FOUNDED", "fenby")],
    ),
    (  # gap: a passive relative after "a Fenby farmer,"
        "Ostel Farms faces Tarrow Grain, a Fenby farmer, which is owned by Pell Capital.",
        [("pell-capital", "OWNS", "tarrow-grain")],
        [("pell-capital", "OWNS", "fenby")],
    ),
    (  # guard: the name of the thing before its kind noun ("the Tessa brand, which")
        "Orvel Foods sold the Tessa brand, which Ada Lunn founded in 2001.",
        [("ada-lunn", "FOUNDED", "tessa")],
        [],
    ),
    (  # gap: "which" without a comma
        "Tarrow Grain, a Fenby grower which competes with Ostel Farms, said prices fell.",
        [("tarrow-grain", "COMPETES_WITH", "ostel-farms")],
        [("fenby", "COMPETES_WITH", "ostel-farms")],
    ),
]

MUST_STILL_GIVE: list[Case] = [
    (  # object relative
        "Brisk Mills, which Orvel Foods bought in 2019, makes flour.",
        [("orvel-foods", "OWNS", "brisk-mills")],
        [],
    ),
    (  # passive
        "Quillex Tools was bought by Orvel Group in 2019.",
        [("orvel-group", "OWNS", "quillex-tools")],
        [],
    ),
    (  # hyphen place in an appositive, then a verb
        "Tamsett, the Kell-based group, will acquire Lorne Bakeries.",
        [("tamsett", "LOCATED_IN", "kell"), ("tamsett", "OWNS", "lorne-bakeries")],
        [],
    ),
    (  # a second conjunct keeps the first subject
        "Felwick Mills has attacked Varna Foods over prices and later sued Corran Mills.",
        [
            ("felwick-mills", "DISPUTES", "varna-foods"),
            ("felwick-mills", "DISPUTES", "corran-mills"),
        ],
        [("varna-foods", "DISPUTES", "corran-mills")],
    ),
    (  # investors in a PP, then a second conjunct
        "Nordo Freight raised $90m from investors headed by Pemmick Partners and will take "
        "over Kasko Lines.",
        [("nordo-freight", "OWNS", "kasko-lines")],
        [("pemmick-partners", "OWNS", "kasko-lines")],
    ),
]

BANK = (
    NESTED_APPOSITIVE
    + SINGULAR_ASIDE
    + WHICH_AFTER_PERSON
    + POSSESSED_DEAL
    + PLACE_PREMODIFIER
    + MUST_STILL_GIVE
)

# fixed by typing16: "a Fenby grower" names no entity, so the relative finds the appositive's
# anchor (the three gaps that stood here)
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_modifier16(case: Case) -> None:
    check(*case)
