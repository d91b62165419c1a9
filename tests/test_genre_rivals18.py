"""Genre bank for rivalry with the other party implied, and product rivalry (round 18).

A firm set off as "the PLACE-based rival that ..." or "the biggest rival in REGION" competes
with the firm the article is about; "once a rival" counts like a former role. A possessed
rival noun keeps its holder past a "PLACE-based" modifier ("X's biggest rival, Trieste-based
B") and past two short phrases before its copula ("X's closest rival for hospital contracts in
the south is B"). A bid for a firm described as a rival ("abandoned an approach for B, a
Bristol-based rival", "its takeover of B, a smaller rival") makes the bidder its rival even
when the bid failed; only a negation inside the description blocks it.
"We fight X for every sponsor" in a quote is rivalry of the speaker's firm. A product that
undercuts "the main competing service, NAME" competes with that product.
Guards: a customer, a bare "the rival," (whose?), a purchase or a job "for" a rival, a rival
bid, a negated description, a fight in court, a regulator's permit.

Each case is a short invented text across couriers, audit, milling, freight, clinics, telecoms,
skin care, sport, brewing and retail.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

IMPLIED: list[Case] = [
    (  # audit: the analysis's shape, a definite place-based rival with a relative clause
        "Halder Audit grew its hospital work last year. Next came Ravi Mendis, head of Corbel "
        "Audit, the York-based rival that downgraded the same hospitals.",
        [("corbel-audit", "COMPETES_WITH", "halder-audit")],
        [("ravi-mendis", "COMPETES_WITH", "halder-audit")],
    ),
    (  # audit: the same appositive on the subject
        "Halder Audit grew its hospital work last year. Corbel Audit, the York-based rival that "
        "downgraded the same hospitals, declined to comment.",
        [("corbel-audit", "COMPETES_WITH", "halder-audit")],
        [],
    ),
    (  # couriers: "the biggest rival in REGION"
        "Pellow Parcels opened two depots in Leeds. Mossgiel Couriers, the biggest rival in the "
        "north-east, is hiring fast.",
        [("mossgiel-couriers", "COMPETES_WITH", "pellow-parcels")],
        [],
    ),
    (  # brewing: a definite rival that a "which" clause follows
        "Ostrel Ales raised its prices again. Pellam Brewing, the Dundee-based rival which "
        "sells the same lagers, held prices.",
        [("pellam-brewing", "COMPETES_WITH", "ostrel-ales")],
        [],
    ),
    (  # couriers: a former rival counts like a former role
        "Pellow Parcels opened two depots in Leeds. Mossgiel Couriers, once a rival, cut prices.",
        [("mossgiel-couriers", "COMPETES_WITH", "pellow-parcels")],
        [],
    ),
    (  # retail: "formerly a rival"
        "Tarsa Stores had a strong Christmas. Brisk Mart, formerly a rival, opened a store in "
        "Leeds.",
        [("brisk-mart", "COMPETES_WITH", "tarsa-stores")],
        [],
    ),
    (  # milling: a bare "a rival" on the subject, pronoun-free
        "Tarrow Mills had a poor year. Brannock Milling, a rival, cut prices.",
        [("brannock-milling", "COMPETES_WITH", "tarrow-mills")],
        [],
    ),
    (  # milling: "talks with the rival NAME"
        "Tarrow Mills had a poor year. It is in talks with the rival Brannock Milling about a "
        "merger.",
        [("brannock-milling", "COMPETES_WITH", "tarrow-mills")],
        [],
    ),
    (  # guard: a bare definite "the rival," names no one's rival
        "Pellow Parcels opened two depots in Leeds. Mossgiel Couriers, the rival, said nothing.",
        [],
        [("mossgiel-couriers", "COMPETES_WITH", "pellow-parcels")],
    ),
    (  # guard: a customer is no rival
        "Pellow Parcels opened two depots in Leeds. Mossgiel Couriers, a customer, said nothing.",
        [],
        [("mossgiel-couriers", "COMPETES_WITH", "pellow-parcels")],
    ),
    (  # guard: rival bids are no rivalry between the bidders
        "Pellow Parcels lost a tender. Mossgiel Couriers and Ardent Freight submitted rival bids.",
        [],
        [("mossgiel-couriers", "COMPETES_WITH", "ardent-freight")],
    ),
    (  # guard: a negated description
        "Pellow Parcels opened two depots in Leeds. Mossgiel Couriers, never a rival in the "
        "north, said nothing.",
        [],
        [("mossgiel-couriers", "COMPETES_WITH", "pellow-parcels")],
    ),
]

HELD: list[Case] = [
    (  # freight: the analysis's shape, a possessive rival appositive after "among them"
        "Rates fell again. Several carriers, among them Orbis Freight's biggest rival, "
        "Trieste-based Nolva Cargo, have cut rates.",
        [
            ("nolva-cargo", "COMPETES_WITH", "orbis-freight"),
            ("nolva-cargo", "LOCATED_IN", "trieste"),
        ],
        [("trieste", "COMPETES_WITH", "orbis-freight")],
    ),
    (  # freight: the same appositive as the subject
        "Rates fell again. Orbis Freight's biggest rival, Trieste-based Nolva Cargo, has cut "
        "rates.",
        [
            ("nolva-cargo", "COMPETES_WITH", "orbis-freight"),
            ("nolva-cargo", "LOCATED_IN", "trieste"),
        ],
        [],
    ),
    (  # brewing: a partner past the place modifier too (a role of the same shape)
        "Sales rose. Ostrel Ales's partner, Bergen-based Kvist Malt, supplied the barley.",
        [("kvist-malt", "PARTNERS_WITH", "ostrel-ales"), ("kvist-malt", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # clinics: the analysis's shape, two phrases before the copula
        "Kestova sells scanners to clinics. Kestova's closest rival for hospital contracts in "
        "the south is Arlen Clinical, the Ravenna distributor.",
        [("arlen-clinical", "COMPETES_WITH", "kestova")],
        [],
    ),
    (  # milling: "main rival for contracts is B, the Oslo miller"
        "Tarrow Mills sells flour to bakers. Tarrow Mills's main rival for bakery contracts in "
        "Norway is Brannock Milling, the Oslo miller.",
        [("brannock-milling", "COMPETES_WITH", "tarrow-mills")],
        [],
    ),
    (  # guard: a possessed customer after the same phrases is no rival
        "Kestova sells scanners to clinics. Kestova's biggest customer for scanners in the south "
        "is Arlen Clinical.",
        [],
        [("arlen-clinical", "COMPETES_WITH", "kestova")],
    ),
]

BIDS: list[Case] = [
    (  # milling: the analysis's shape, an abandoned approach for a rival
        "Tarrow Mills had a poor year. Tarrow Mills abandoned an approach for Brannock Milling, "
        "a Bristol-based rival.",
        [("brannock-milling", "COMPETES_WITH", "tarrow-mills")],
        [],
    ),
    (  # retail: an offer for a smaller rival
        "Tarsa Stores had a strong Christmas. Tarsa Stores made an offer for Brisk Mart, a "
        "smaller rival, in May.",
        [("brisk-mart", "COMPETES_WITH", "tarsa-stores")],
        [],
    ),
    (  # brewing: a completed takeover of a rival
        "Ostrel Ales had a good year. Ostrel Ales completed its takeover of Pellam Brewing, a "
        "smaller rival.",
        [("pellam-brewing", "COMPETES_WITH", "ostrel-ales")],
        [],
    ),
    (  # guard: the parent of a rival is no object facing the subject
        "Ostrel Ales had a good year. Ostrel Ales praised the parent of Pellam Brewing, a "
        "smaller rival.",
        [],
        [("pellam-brewing", "COMPETES_WITH", "ostrel-ales")],
    ),
    (  # guard: money paid for a rival's firm is no bid noun
        "Tarrow Mills had a poor year. Kelso Bank paid £3m for Brannock Milling, a smaller rival.",
        [],
        [("brannock-milling", "COMPETES_WITH", "kelso-bank")],
    ),
    (  # guard: a regulator's permit to a competing carrier makes the regulator no rival
        "Solway Ferries runs the island route. The Maritime Authority awarded a permit to Tarn "
        "Air, a competing carrier formed to poach the incumbent's routes.",
        [],
        [("tarn-air", "COMPETES_WITH", "maritime-authority")],
    ),
]

QUOTES: list[Case] = [
    (  # milling: "we compete with X" said by the firm's chief
        'Tarrow Mills had a poor year. "We compete with Brannock Milling on every order," said '
        "Ana Roth, its chief executive.",
        [("tarrow-mills", "COMPETES_WITH", "brannock-milling")],
        [],
    ),
    (  # milling: "we do compete with" (an emphatic auxiliary)
        'Tarrow Mills had a poor year. "We do compete with Brannock Milling on every order," '
        "said Ana Roth, its chief executive.",
        [("tarrow-mills", "COMPETES_WITH", "brannock-milling")],
        [],
    ),
    (  # sport: "we fight X for every sponsor" is rivalry, no dispute
        'The Kestrel Gulls had a poor season. "We fight the Hamburg Falcons for every sponsor," '
        "said Ana Roth, owner of the Kestrel Gulls.",
        [("kestrel-gulls", "COMPETES_WITH", "hamburg-falcons")],
        [("kestrel-gulls", "DISPUTES", "hamburg-falcons")],
    ),
    (  # milling: a fight for customers, reported
        "Tarrow Mills had a poor year. Its chief said Tarrow Mills fights Brannock Milling for "
        "every customer.",
        [("tarrow-mills", "COMPETES_WITH", "brannock-milling")],
        [],
    ),
    (  # guard: a fight in court stays a dispute
        "Tarrow Mills had a poor year. Tarrow Mills fought Brannock Milling in court over a "
        "patent.",
        [],
        [("tarrow-mills", "COMPETES_WITH", "brannock-milling")],
    ),
]

PRODUCTS: list[Case] = [
    (  # skin care: product against product, possessed on both sides
        "Brisk Labs sells skin care. Its Kelda gel competes with Orvo Pharma's Velta gel.",
        [("kelda", "COMPETES_WITH", "velta")],
        [],
    ),
    (  # telecoms: the analysis's shape, "undercuts the main competing service, NAME"
        "Tessel Mobile launched a cheap phone service called Fernlink. Fernlink undercuts the "
        "main competing service, Velta.",
        [("fernlink", "COMPETES_WITH", "velta")],
        [],
    ),
    (  # software: a possessed name after the competing thing
        "Orvo Soft makes office tools. Its Pulse app outsells the rival app, Tessel's Notary.",
        [("pulse", "COMPETES_WITH", "notary")],
        [("orvo-soft", "COMPETES_WITH", "tessel")],
    ),
    (  # guard: a plural "competing apps" names no one set off
        "Orvo Soft makes office tools. Its Pulse app outsells the competing apps, which are "
        "slower.",
        [],
        [],
    ),
]

BANK = IMPLIED + HELD + BIDS + QUOTES + PRODUCTS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rivals18(case: Case) -> None:
    check(*case)
