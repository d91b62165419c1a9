"""Genre bank for disputes whose two parties erg finds but does not link (round 23).

A state of litigation after a be form or a staying link ("has been in court with X since
March", "remains in court with X") is a dispute both sides wage; a court appearance beside
another party ("appeared in court with X") is not. A claim noun with an object relative that
brings it against a party ("the arbitration case that A has brought against B", "the complaint
which A lodged against B") makes the relative's subject dispute that party. A holding told as
"a holding of N% in X" after its verb is a stake in X.

Left unread (strict xfails): an officer's accusation lifted to the firm he speaks for, and a
holder's fight with the firm it holds (an attack on its price or a court asked to stop its vote,
both ways); read in trials, they added more wrong relations than right ones on the scored sets.

Cases are invented, across tiles, banking, freight, brewing, software, farming, shipping and
retail.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

COURT: list[Case] = [
    (  # tiles: perfect with "since"
        "Garvello Tiles has been in court with Pennock Estates since March over unpaid rent.",
        [
            ("garvello-tiles", "DISPUTES", "pennock-estates"),
            ("pennock-estates", "DISPUTES", "garvello-tiles"),
        ],
        [],
    ),
    (  # banking: a staying link
        "Hessle Bank remains in court with Orrin Tools over a loan it called in early.",
        [("hessle-bank", "DISPUTES", "orrin-tools"), ("orrin-tools", "DISPUTES", "hessle-bank")],
        [],
    ),
    (  # brewing: a relative clause
        "Stavely Brewing, which has been in court with Marrick Maltings since 2022, cut its "
        "dividend.",
        [
            ("stavely-brewing", "DISPUTES", "marrick-maltings"),
            ("marrick-maltings", "DISPUTES", "stavely-brewing"),
        ],
        [],
    ),
    (  # freight: present tense, headline-like
        "Quorvik Freight is in court with Dallow Ports over berth fees.",
        [
            ("quorvik-freight", "DISPUTES", "dallow-ports"),
            ("dallow-ports", "DISPUTES", "quorvik-freight"),
        ],
        [],
    ),
    (  # guard: an appearance beside a co-defendant
        "Quorvik Freight appeared in court with Dallow Ports, its co-defendant, on Monday.",
        [],
        [
            ("quorvik-freight", "DISPUTES", "dallow-ports"),
            ("dallow-ports", "DISPUTES", "quorvik-freight"),
        ],
    ),
    (  # guard: a court date with no state
        "Garvello Tiles will face Pennock Estates in court in May.",
        [],
        [("pennock-estates", "DISPUTES", "garvello-tiles")],
    ),
    (  # guard (review 23): co-defendants, the regulator the opponent
        "Kerrow Steel is in court with Dunmore Rail as co-defendants in a price-fixing case "
        "brought by the regulator.",
        [],
        [
            ("kerrow-steel", "DISPUTES", "dunmore-rail"),
            ("dunmore-rail", "DISPUTES", "kerrow-steel"),
        ],
    ),
    (  # guard (review 23): an ally "on its side against" a third party
        "Arlo Motors remained in court with Vesta Insurance on its side against Ferro Parts.",
        [],
        [
            ("arlo-motors", "DISPUTES", "vesta-insurance"),
            ("vesta-insurance", "DISPUTES", "arlo-motors"),
        ],
    ),
    (  # guard (review 23): joint claimants
        "Talbot Shipping has been in court with Merrin Ports as joint claimants against the state.",
        [],
        [
            ("talbot-shipping", "DISPUTES", "merrin-ports"),
            ("merrin-ports", "DISPUTES", "talbot-shipping"),
        ],
    ),
    (  # guard: an appositive "its fellow defendant"
        "Kerrow Steel is in court with Dunmore Rail, its fellow defendant, in a cartel case.",
        [],
        [("kerrow-steel", "DISPUTES", "dunmore-rail")],
    ),
    (  # guard: "alongside" a third party
        "Arlo Motors is in court with Vesta Insurance alongside Ferro Parts.",
        [],
        [("arlo-motors", "DISPUTES", "vesta-insurance")],
    ),
    (  # the matter after "over" may name another party
        "Quorvik Freight is in court with Dallow Ports over claims against its insurer.",
        [
            ("quorvik-freight", "DISPUTES", "dallow-ports"),
            ("dallow-ports", "DISPUTES", "quorvik-freight"),
        ],
        [],
    ),
]

BROUGHT: list[Case] = [
    (  # freight: "case that A has brought against B"
        "Brokers cited a case that Ostrel Shipping has brought against Varn Chartering, a Dutch "
        "broker, over lost cargo.",
        [("ostrel-shipping", "DISPUTES", "varn-chartering")],
        [],
    ),
    (  # software: "claim that A filed against B" as a subject
        "The claim that Pelloria Software filed against Quintex Data was thrown out in June.",
        [("pelloria-software", "DISPUTES", "quintex-data")],
        [],
    ),
    (  # farming: "which" and another verb
        "The complaint which Harrowfield Farms lodged against Trell Seeds last year was upheld.",
        [("harrowfield-farms", "DISPUTES", "trell-seeds")],
        [],
    ),
    (  # retail: "lawsuit that A launched against B"
        "Analysts doubt the lawsuit that Corvane Stores launched against Milo Outlets will "
        "succeed.",
        [("corvane-stores", "DISPUTES", "milo-outlets")],
        [],
    ),
    (  # guard: a hedge in the relative
        "The claim that Pelloria Software may bring against Quintex Data worries investors.",
        [],
        [("pelloria-software", "DISPUTES", "quintex-data")],
    ),
    (  # guard (review 23): the filer is counsel "on behalf of" the party
        "The claim that Harlow Legal filed against Tamsin Dairy on behalf of Orvel Mills was "
        "dismissed.",
        [],
        [("harlow-legal", "DISPUTES", "tamsin-dairy")],
    ),
    (  # guard: counsel "for its client"
        "The claim that Harlow Legal filed against Tamsin Dairy for its client Orvel Mills was "
        "dismissed.",
        [],
        [("harlow-legal", "DISPUTES", "tamsin-dairy")],
    ),
    (  # software: "for" and grounds that name another firm
        "The claim that Pelloria Software filed against Quintex Data for breach of Orvel's "
        "patent was thrown out.",
        [("pelloria-software", "DISPUTES", "quintex-data")],
        [],
    ),
    (  # guard (review 23): a modal, a suit never filed
        "Orvel Mills denied the claim that Tamsin Dairy would file against Rowan Farms.",
        [],
        [("tamsin-dairy", "DISPUTES", "rowan-farms")],
    ),
    (  # guard: "could"
        "Investors feared the suit that Tamsin Dairy could bring against Rowan Farms.",
        [],
        [("tamsin-dairy", "DISPUTES", "rowan-farms")],
    ),
    (  # guard: no claim noun before the relative
        "The tanker that Ostrel Shipping brought against Varn Chartering's quay was damaged.",
        [],
        [("ostrel-shipping", "DISPUTES", "varn-chartering")],
    ),
    (  # guard: a suit read today by the verb rules
        "Ostrel Shipping is suing Varn Chartering over lost cargo.",
        [("ostrel-shipping", "DISPUTES", "varn-chartering")],
        [("varn-chartering", "DISPUTES", "ostrel-shipping")],
    ),
]

HOLDING: list[Case] = [
    (  # brewing: "built up a holding of N% in X"
        "Tarrow Capital built up a holding of 9% in Melvick Brewing last year.",
        [("tarrow-capital", "FUNDS", "melvick-brewing")],
        [],
    ),
    (  # guard: a holding sold
        "Tarrow Capital sold its holding of 9% in Melvick Brewing in April.",
        [],
        [
            ("tarrow-capital", "FUNDS", "melvick-brewing"),
            ("tarrow-capital", "OWNS", "melvick-brewing"),
        ],
    ),
    (  # guard: a stake held stays OWNS only
        "Tarrow Capital, which owns 8% of Melvick Brewing, said it would back the deal.",
        [("tarrow-capital", "OWNS", "melvick-brewing")],
        [("tarrow-capital", "DISPUTES", "melvick-brewing")],
    ),
]

UNREAD: list[Case] = [
    (  # officer's accusation lifted to the firm (gap)
        "Garvello Tiles finance chief Anke Dorrit accused Pennock Estates of hiding defects.",
        [("garvello-tiles", "DISPUTES", "pennock-estates")],
        [],
    ),
    (  # a holding made known (gap)
        "Shares rose after Selmark Partners, a Zurich fund, disclosed a holding of 6% in Ovrin "
        "Optics.",
        [("selmark-partners", "OWNS", "ovrin-optics")],
        [],
    ),
    (  # an activist's fight, both ways (gap)
        "Selmark Partners, which owns 6% of Ovrin Optics, has attacked the offer price and asked "
        "a judge to delay the vote.",
        [
            ("selmark-partners", "DISPUTES", "ovrin-optics"),
            ("ovrin-optics", "DISPUTES", "selmark-partners"),
        ],
        [],
    ),
    (  # an accusation of the held firm's board, answered both ways (gap)
        "Tarrow Capital, which holds 7% of Melvick Brewing, accused the board of wasting cash.",
        [("melvick-brewing", "DISPUTES", "tarrow-capital")],
        [],
    ),
]

GAPS = {
    "Garvello Tiles finance chief": "an officer's accusation is not lifted to the firm",
    "Shares rose after Selmark": "a holding made known (disclosed, revealed) is not read",
    "Selmark Partners, which owns": "a holder's attack on the held firm's deal is not read",
    "Tarrow Capital, which holds 7%": "a holder's fight is read one way only",
}

BANK = COURT + BROUGHT + HOLDING + UNREAD


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_dispr23(case: Case) -> None:
    check(*case)
