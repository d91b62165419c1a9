"""Genre bank for the arguments of passives, relatives and trigger nouns (round 15).

A passive's patient is the head the clause hangs on, not the nearest name inside a modifier:
"X, [an aside with its own relative clause], has been acquired by A" (X); "X makes boards,
including the Y range, and since 2019 has been owned by A" (X, the first verb's subject); "the
Z Link, a cable between T1 in C and T2 that is being co-financed by A, B and C" (the Link, not a
town after "between"). Guards: a plain passive, a relative on its own antecedent, a relative on
a stake, a passive in a later clause with a subject of its own.

Each case is a short invented text (relations that must be found, relations that must not be),
across fuels, building materials, energy, pharma, freight, farming, telecoms and property.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PASSIVE_HEADS: list[Case] = [
    (  # fuels: long aside with a relative, the region after "across"
        "Ardwell Oils, the family distributor that has served farms across north Kellavy Vale "
        "for decades, has been acquired by Brevik Group, a Lomond-based company.",
        [("brevik-group", "OWNS", "ardwell-oils")],
        [("brevik-group", "OWNS", "kellavy-vale")],
    ),
    (  # fuels: long aside with a relative naming two customers, perfect passive
        "Tarvon Fuels, the family distributor that has supplied Brisco Farms and Kellan Growers "
        "for decades, has been acquired by Brevik Group.",
        [("brevik-group", "OWNS", "tarvon-fuels")],
        [("brevik-group", "OWNS", "kellan-growers"), ("brevik-group", "OWNS", "brisco-farms")],
    ),
    (  # pharma: aside "a testing firm which works for", adjunct before "by"
        "Marden Labs, a testing firm which works for Halvik Pharma, was bought in 2021 by Corran "
        "Health.",
        [("corran-health", "OWNS", "marden-labs")],
        [("corran-health", "OWNS", "halvik-pharma")],
    ),
    (  # freight: aside opened by a participle, naming a port operator
        "Dunmore Haulage, based near the Kessock Terminal run by Orrin Ports, was acquired by "
        "Tallis Logistics in May.",
        [("tallis-logistics", "OWNS", "dunmore-haulage")],
        [("tallis-logistics", "OWNS", "orrin-ports")],
    ),
    (  # building materials: first verb's object product, second conjunct's perfect passive
        "Pellis makes insulation boards, including the Thermrod range, and since 2019 has been "
        "owned by Aldgate Partners.",
        [("aldgate-partners", "OWNS", "pellis")],
        [("aldgate-partners", "OWNS", "thermrod")],
    ),
    (  # property: object after a preposition, "and is now owned by"
        "Ostrel Homes builds flats for Kelso Council and is now owned by Aldgate Partners.",
        [("aldgate-partners", "OWNS", "ostrel-homes")],
        [("aldgate-partners", "OWNS", "kelso-council")],
    ),
    (  # farming: object of the first verb, passive after the adjunct
        "Halmer Seeds supplies Corvin Mills and has been owned by Brask Capital since 2018.",
        [("brask-capital", "OWNS", "halmer-seeds")],
        [("brask-capital", "OWNS", "corvin-mills")],
    ),
    (  # energy: relative on an appositive's noun with a place complement (two towns)
        "Its flagship is the Orlan Cable, a 300-km cable between Tessel in Norland and Vardo "
        "that is being co-financed by Brevik Group, the utility Halden Power and the Merrin "
        "Development Bank.",
        [
            ("brevik-group", "FUNDS", "orlan-cable"),
            ("halden-power", "FUNDS", "orlan-cable"),
            ("merrin-development-bank", "FUNDS", "orlan-cable"),
        ],
        [("brevik-group", "FUNDS", "vardo"), ("brevik-group", "FUNDS", "tessel")],
    ),
    (  # energy: "a depot in T that is funded by A"
        "The company runs the Saltmarsh Terminal, a depot in Kelby that is funded by Corvane "
        "Energy.",
        [("corvane-energy", "FUNDS", "saltmarsh-terminal")],
        [("corvane-energy", "FUNDS", "kelby")],
    ),
    (  # telecoms: aside with "from ... to", resumed "is now being paid for jointly by"
        "The Kellsmoor Link, a cable from Varnby in Norland to Ostrel, is now being paid for "
        "jointly by Quillex, the carrier Halvik and the Ostrel Bank.",
        [("quillex", "FUNDS", "kellsmoor-link"), ("halvik", "FUNDS", "kellsmoor-link")],
        [("quillex", "FUNDS", "ostrel"), ("halvik", "FUNDS", "ostrel")],
    ),
]

PASSIVE_GUARDS: list[Case] = [
    (  # must still give: plain passive
        "Quillon Mills was bought by Ardent Capital in 2019.",
        [("ardent-capital", "OWNS", "quillon-mills")],
        [],
    ),
    (  # must still give: a relative on its own antecedent
        "Brask Mills, which was bought by Ardent Capital in 2019, is hiring.",
        [("ardent-capital", "OWNS", "brask-mills")],
        [],
    ),
    (  # must still give: an object relative after an active verb
        "Brenner Bank financed Kelso Mills, which was later bought by Aldgate Partners.",
        [("aldgate-partners", "OWNS", "kelso-mills"), ("brenner-bank", "FUNDS", "kelso-mills")],
        [("aldgate-partners", "OWNS", "brenner-bank")],
    ),
    (  # must still give: the aside's own relative verb, and the main passive on the head
        "Halden Freight, which bought Kelso Lines in 2019, was itself acquired by Corran Group "
        "last year.",
        [("corran-group", "OWNS", "halden-freight"), ("halden-freight", "OWNS", "kelso-lines")],
        [("corran-group", "OWNS", "kelso-lines")],
    ),
    (  # must still give: a relative on a named company after a stake
        "Quillex sold its stake in Dunmore Feeds, which is now owned by Aldgate Partners.",
        [("aldgate-partners", "OWNS", "dunmore-feeds")],
        [("aldgate-partners", "OWNS", "quillex")],
    ),
    (  # must still give: the appositive's noun has no place complement
        "The group owns the Westgate Tower, an office block that was financed by Brenner Bank.",
        [("brenner-bank", "FUNDS", "westgate-tower")],
        [],
    ),
    (  # guard: an unnamed pipeline between two towns: no patient
        "Corvane is building a pipeline between Tessel and Vardo that is financed by Halden Bank.",
        [],
        [("halden-bank", "FUNDS", "vardo"), ("halden-bank", "FUNDS", "tessel")],
    ),
    (  # guard: the second conjunct has its own subject
        "Pellis makes boards for Kelso Homes and Kelso Homes is owned by Aldgate Partners.",
        [("aldgate-partners", "OWNS", "kelso-homes")],
        [("aldgate-partners", "OWNS", "pellis")],
    ),
]

TRIGGER_AGENTS: list[Case] = [
    (  # food: the first verb's "from" object is no partner of the second conjunct's noun
        "The company buys grain from Tarvick Farms under a supply contract and runs a "
        "partnership with a food charity, Ostrel Trust.",
        [],
        [("tarvick-farms", "PARTNERS_WITH", "ostrel-trust")],
    ),
    (  # dental: a co-investor in "with X also chipping in" is no partner of a later deal
        "It raised money in a round led by Aldgate Partners, with Sorrel Ventures also chipping "
        "in, and later signed a partnership with the dental chain Brisk Dental.",
        [],
        [("sorrel-ventures", "PARTNERS_WITH", "brisk-dental")],
    ),
    (  # energy: two lenders in one package fund nobody among themselves
        "The package combines a loan from Exton Bank and a grant from the Merrin Development "
        "Agency.",
        [],
        [
            ("merrin-development-agency", "FUNDS", "exton-bank"),
            ("exton-bank", "FUNDS", "merrin-development-agency"),
        ],
    ),
    (  # retail: a term loan and equity from two backers
        "The deal will be paid for with a term loan from Exton Bank and new equity from Orvel "
        "Capital, its largest holder.",
        [],
        [("orvel-capital", "FUNDS", "exton-bank")],
    ),
    (  # must still give: a possessed partnership
        "Orvel's partnership with Brisk Dental began in 2020.",
        [("orvel", "PARTNERS_WITH", "brisk-dental")],
        [],
    ),
    (  # must still give: "in partnership with" after the subject
        "Quillex, in partnership with Brisk Dental, launched a new clinic.",
        [("quillex", "PARTNERS_WITH", "brisk-dental")],
        [],
    ),
]

BANK = PASSIVE_HEADS + PASSIVE_GUARDS + TRIGGER_AGENTS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_passive15(case: Case) -> None:
    check(*case)
