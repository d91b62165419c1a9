"""Genre bank for money readings of round 30 (funds).

Backing with no money in its own clause is support: "A has put £4m into the mill, and the
county council voted to back it" (the amount is in another clause), "the trade forum has backed
the insurer throughout". A holder said to have bought its share in a relative after an
appositive on it both owns and funds ("The rest belongs to H, the Leeds tiles group that bought
into the firm in 2015"). A company's investing arm named as a round's investor is the company
("a Series A that also drew the investment unit of the brewer X").

Each case is a short invented text across ceramics, ferries, salt, opticians, beekeeping,
bicycles, seed breeding, sauna makers, surfboards and heritage railways. A grant
whose giver is a possessed noun ("her department had given X £300,000") is no gift of
the possessor.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BACKING: list[Case] = [
    (  # ceramics: the money is in the clause before ", and"
        "Corvo Tiles plans a new kiln hall in Faenza. Brisa Capital has put €4m into Corvo "
        "Tiles, and the Faenza Artisans Guild voted in May to back the company.",
        [("brisa-capital", "FUNDS", "corvo-tiles")],
        [("faenza-artisans-guild", "FUNDS", "corvo-tiles")],
    ),
    (  # guard: money in the clause of "back" is money
        "Corvo Tiles plans a new kiln hall in Faenza. Brisa Capital backed Corvo Tiles with "
        "€4m in May.",
        [("brisa-capital", "FUNDS", "corvo-tiles")],
        [],
    ),
    (  # ferries: "backed X throughout" at a clause end, another clause with money before it
        "Critics said Skerry Ferries had spent £30m of public money on two boats, while the "
        "Island Hauliers Forum has backed Skerry Ferries throughout.",
        [("island-hauliers-forum", "BACKS", "skerry-ferries")],
        [("island-hauliers-forum", "FUNDS", "skerry-ferries")],
    ),
    (  # guard: an investor's backing with an amount in its own clause
        "Skerry Ferries ordered two boats. Tarn Marine Capital has backed Skerry Ferries with "
        "£12m since 2021.",
        [("tarn-marine-capital", "FUNDS", "skerry-ferries")],
        [],
    ),
]

BOUGHT_HOLDERS: list[Case] = [
    (  # salt: the buying relative after an appositive on the holder
        "Halwick Salt sells sea salt to chefs. Halwick Salt was founded in 1890 by Ezra "
        "Pryce and is still 70% owned by his heirs; the remaining 30% belongs to Orland "
        "Minerals, the Cheshire mining group that bought into the company in 2016.",
        [("orland-minerals", "OWNS", "halwick-salt"), ("orland-minerals", "FUNDS", "halwick-salt")],
        [],
    ),
    (  # opticians: ", a Dutch fund, which acquired the stake"
        "Lensgate Opticians runs 40 shops. Its founder holds 75%. The last quarter belongs to "
        "Vaart Capital, a Dutch fund, which acquired the stake in 2020.",
        [
            ("vaart-capital", "OWNS", "lensgate-opticians"),
            ("vaart-capital", "FUNDS", "lensgate-opticians"),
        ],
        [],
    ),
    (  # guard: the appositive's relative says something else than buying
        "Lensgate Opticians runs 40 shops. Its founder holds 75%. The last quarter belongs to "
        "Vaart Capital, a Dutch fund, which manages pension money.",
        [("vaart-capital", "OWNS", "lensgate-opticians")],
        [("vaart-capital", "FUNDS", "lensgate-opticians")],
    ),
    (  # beekeeping: a held share bought earlier, said after the share (left unread)
        "Combwell Apiaries sells honey to grocers. Hexa Partners holds 25 percent of the "
        "beekeeper, a holding it assembled across several rounds.",
        [("hexa-partners", "FUNDS", "combwell-apiaries")],
        [],
    ),
]

ARMS: list[Case] = [
    (  # bicycles: a round's participant given as "the investment arm of the carmaker X"
        "Spokewise, a Utrecht maker of cargo bikes, closed a €20 million Series A led by Brume "
        "Capital, with participation from the investment arm of the carmaker Verano Motors.",
        [("brume-capital", "FUNDS", "spokewise"), ("verano-motors", "FUNDS", "spokewise")],
        [],
    ),
    (  # seed breeding: "led by the investment unit of X"
        "Germora Seeds closed a $9 million seed round led by the investment unit of the grain "
        "trader Halden Agri.",
        [("halden-agri", "FUNDS", "germora-seeds")],
        [],
    ),
    (  # guard: a company named as a round's participant stays
        "Germora Seeds closed a $9 million seed round led by Ostra Ventures, with participation "
        "from the grain trader Halden Agri.",
        [("ostra-ventures", "FUNDS", "germora-seeds"), ("halden-agri", "FUNDS", "germora-seeds")],
        [],
    ),
    (  # sauna makers: the arms as the subject of "invested" (left unread)
        "Loyly Works builds electric saunas. Later, the venture arms of Norvik Steel and "
        "Tampere Power invested in Loyly Works.",
        [("norvik-steel", "FUNDS", "loyly-works"), ("tampere-power", "FUNDS", "loyly-works")],
        [],
    ),
    (  # surfboards: "its investors include the venture arm of X" (left unread)
        "Swellcraft makes foam surfboards in Cornwall. Its investors include the venture arm "
        "of the clothing group Tidal Apparel.",
        [("tidal-apparel", "FUNDS", "swellcraft")],
        [],
    ),
]

GIVERS: list[Case] = [
    (  # heritage railways: a possessed giver ("her ministry") is no gift of its possessor
        "The heritage minister Ruth Kellaway said that her ministry had given Carrow Valley "
        "Railway Trust £300,000 for signal training.",
        [],
        [("ruth-kellaway", "FUNDS", "carrow-valley-railway-trust")],
    ),
    (  # guard: a named giver gives
        "The heritage fund Lanterne Trust had given Carrow Valley Railway Trust "
        "£300,000 for signal training.",
        [("lanterne-trust", "FUNDS", "carrow-valley-railway-trust")],
        [],
    ),
    # mend30a (review 30 F5): a named giver coordinated with "its partners" still gives
    (  # venture capital
        "Halden Capital and its partners gave Orvo €5m in a grant.",
        [("halden-capital", "FUNDS", "orvo")],
        [],
    ),
    (  # charity: a trust and its donors
        "The Varga Trust and its donors have given Pellam $2m.",
        [("the-varga-trust", "FUNDS", "pellam")],
        [],
    ),
    (  # arts: a foundation and its affiliates
        "Varga Foundation and its affiliates gave Pellam Theatre a $1m grant.",
        [("varga-foundation", "FUNDS", "pellam-theatre")],
        [],
    ),
]

BANK = BACKING + BOUGHT_HOLDERS + ARMS + GIVERS
GAPS: dict[str, str] = {
    "Combwell Apiaries": "a held share said after it to be built up: FUNDS left unread (the "
    "scored sets annotate a held share as OWNS only as often as FUNDS too)",
    "Swellcraft": "an investing arm in an investor list: unread",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds30(case: Case) -> None:
    check(*case)
