"""Genre bank for rival labels set off after a name (round 21).

A named firm described in apposition by a rival noun competes with the firm the description
is about: with no holder named ("Dorn, a smaller rival, said it would ..."), the company the
article is about; with a possessor, the possessor, for every coordinated name ("A and B, Y's two
largest rivals"); with a relative clause of seeing ("X, the vendor that the firm sees as its
chief competitor"), the clause's subject. The description is a fact whatever its clause says
(a hedge, the end of talks), and a later predicate naming other firms does not change whose
rival it is. Guards: non-rival appositives (customer, supplier, ally, shareholder), a rival
bidder, a person in the trade, a negated label, and another firm named before the appositive.

Each case is a short invented text (relations that must be found, relations that must not be),
across tiles, hydraulics, health software, textiles, home care, brewing, buses, insulation,
dating apps, container leasing, pet insurance and nurseries.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TOPIC: list[Case] = [
    (  # tiles: subject appositive, topic in the sentence before, "it" is the rival itself
        "Quarrendon Tileworks fires up new kiln.\n\nQuarrendon Tileworks, which makes glazed "
        "floor tiles, confirmed on Thursday that a second kiln was now running.\n\nFennick "
        "Kilnhouse, a smaller rival, said it would hold off on expansion this year.",
        [("fennick-kilnhouse", "COMPETES_WITH", "quarrendon-tileworks")],
        [],
    ),
    (  # hydraulics: object appositive after an infinitive, demonym, talks ended
        "Lodestar Hydrauliks abandons takeover.\n\nLodestar Hydrauliks has ended talks to buy "
        "Vellmor Hydraulik, an Austrian rival, after the pair could not settle on terms.",
        [("vellmor-hydraulik", "COMPETES_WITH", "lodestar-hydrauliks")],
        [],
    ),
    (  # home care: "from X, the rival provider" in a career sentence
        "Thornleigh Homecare appoints operations chief.\n\nThornleigh Homecare, a provider "
        "of home visits for elderly people, has appointed Mrs Edwina Marwick, 48, as chief "
        "operating officer.\n\nShe came to Thornleigh in 2020 from Thistlebank Dwellcare, "
        "the rival provider, where she ran its northern branches.",
        [("thistlebank-dwellcare", "COMPETES_WITH", "thornleigh-homecare")],
        [("edwina-marwick", "COMPETES_WITH", "thistlebank-dwellcare")],
    ),
    (  # brewing: subject appositive, another firm in the later predicate
        "Hollin Ales raises prices.\n\nHollin Ales will charge pubs 6 percent more from "
        "March.\n\nOrrel Brewing, a larger rival, said it had already agreed new terms with "
        "Castlegate Inns.",
        [("orrel-brewing", "COMPETES_WITH", "hollin-ales")],
        [("orrel-brewing", "COMPETES_WITH", "castlegate-inns")],
    ),
    (  # buses: coordinated pair, counted plural appositive
        "Varnock Coaches wins school contract.\n\nVarnock Coaches will run 40 school routes "
        "for the county from September.\n\nDelby Motors and Pennard Travel, two smaller "
        "rivals, had also bid for the routes.",
        [
            ("delby-motors", "COMPETES_WITH", "varnock-coaches"),
            ("pennard-travel", "COMPETES_WITH", "varnock-coaches"),
        ],
        [],
    ),
    (  # insulation: a rival modifier and a company noun, indefinite
        "Thermaline Insulation cuts jobs.\n\nThermaline Insulation will shed 120 jobs at "
        "its Wrexham plant.\n\n"
        "Kestrow Boards, a competing maker, is hiring in the same town.",
        [("kestrow-boards", "COMPETES_WITH", "thermaline-insulation")],
        [],
    ),
    (  # dating apps: place-based modifier, hedged clause
        "Swoonly Labs grows.\n\nSwoonly Labs added a million users last year.\n\nMatchwell, a "
        "Dublin-based competitor, may list its shares in London next year.",
        [("matchwell", "COMPETES_WITH", "swoonly-labs")],
        [],
    ),
    (  # containers: definite appositive with a relative clause
        "Tessary Leasing posts record year.\n\nTessary Leasing had 90 percent of its boxes "
        "on hire in the second half.\n\nBoxhaven, the Singapore rival that lost two big "
        "clients in May, reported a fall in revenue.",
        [("boxhaven", "COMPETES_WITH", "tessary-leasing")],
        [],
    ),
]

NAMED_BEFORE: list[Case] = [
    (  # bakeries: staff hired from a rival, the company named as the subject
        "Kelby Foods said it had hired three engineers from Marrow Bakes, a larger rival, in "
        "March.",
        [("marrow-bakes", "COMPETES_WITH", "kelby-foods")],
        [],
    ),
    (  # airlines: a lease from a rival, intent clause
        "Norvane Air plans to lease two jets from Skelby Air, a struggling rival, for the summer.",
        [("skelby-air", "COMPETES_WITH", "norvane-air")],
        [],
    ),
    (  # pharma: a rival who is sued: the dispute and the stated rivalry
        "Brisk Pharma has sued Ostrel Labs, a smaller competitor, over a patent.",
        [
            ("ostrel-labs", "COMPETES_WITH", "brisk-pharma"),
            ("brisk-pharma", "DISPUTES", "ostrel-labs"),
        ],
        [],
    ),
    (  # guard: a non-rival appositive in the same place
        "Brisk Pharma has hired Ostrel Labs, a contract researcher, for the trial.",
        [],
        [("ostrel-labs", "COMPETES_WITH", "brisk-pharma")],
    ),
]

POSSESSED: list[Case] = [
    (  # textiles: coordinated pair, possessive plural appositive
        "Maribelle Textilhaus lowers prices.\n\nMaribelle Textilhaus will cut prices on its "
        "hotel linen by 8 percent.\n\nAnalysts expect Doverwick Weavers and Ellersby Looms, "
        "Maribelle's two largest rivals in the hotel trade, to follow within weeks.",
        [
            ("doverwick-weavers", "COMPETES_WITH", "maribelle-textilhaus"),
            ("ellersby-looms", "COMPETES_WITH", "maribelle-textilhaus"),
        ],
        [("doverwick-weavers", "COMPETES_WITH", "ellersby-looms")],
    ),
    (  # pet insurance: three names, "its" possessor
        "Pawsure said Fetchcover, Tailwise and Kennelguard, its three closest competitors, "
        "had all raised premiums.",
        [
            ("fetchcover", "COMPETES_WITH", "pawsure"),
            ("tailwise", "COMPETES_WITH", "pawsure"),
            ("kennelguard", "COMPETES_WITH", "pawsure"),
        ],
        [],
    ),
    (  # nurseries: a plural possessed role of holding describes both conjuncts too
        "Orrin Capital and Pellmoor Trust, Little Acorns' two largest shareholders, backed "
        "the sale.",
        [
            ("orrin-capital", "OWNS", "little-acorns"),
            ("pellmoor-trust", "OWNS", "little-acorns"),
        ],
        [],
    ),
]

SEEN_AS: list[Case] = [
    (  # health software: "the vendor that the firm sees as its chief competitor"
        "Cindral Medisoft tops forecasts.\n\nCindral Medisoft posted quarterly revenue of "
        "$212 million on Tuesday.\n\nIts chief executive picked out Arbory Billing, the "
        "Colorado vendor that the firm sees as its chief competitor in hospital invoicing.",
        [("arbory-billing", "COMPETES_WITH", "cindral-medisoft")],
        [],
    ),
    (  # brewing: "which" and a name as the clause's subject
        "Hollin Ales praised Orrel Brewing, the Leeds brewer which the group regards as its main "
        "rival, for its new lager.",
        [("orrel-brewing", "COMPETES_WITH", "hollin-ales")],
        [],
    ),
    (  # buses: a relative with no "that", "it" as the subject
        "Varnock Coaches said it had lost drivers to Delby Motors, a firm it views as its "
        "closest competitor.",
        [("delby-motors", "COMPETES_WITH", "varnock-coaches")],
        [],
    ),
    (  # insulation: "which" right after the name still reads
        "Thermaline Insulation named Kestrow Boards, which it sees as its biggest rival, in "
        "the filing.",
        [("kestrow-boards", "COMPETES_WITH", "thermaline-insulation")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # guard: a customer appositive
        "Quarrendon Tileworks fires up new kiln.\n\nQuarrendon Tileworks confirmed a second "
        "kiln was running.\n\nFennick Shopfitters, a long-standing customer, plans to double "
        "its orders.",
        [],
        [("fennick-shopfitters", "COMPETES_WITH", "quarrendon-tileworks")],
    ),
    (  # guard: a shareholder appositive
        "Lodestar Hydrauliks abandons takeover.\n\nLodestar Hydrauliks ended its talks.\n\n"
        "Ravensike Assets, Lodestar's largest shareholder, backed the decision.",
        [("ravensike-assets", "OWNS", "lodestar-hydrauliks")],
        [("ravensike-assets", "COMPETES_WITH", "lodestar-hydrauliks")],
    ),
    (  # guard: a supplier to both companies
        "Maribelle Textilhaus lowers prices.\n\nMaribelle Textilhaus will cut linen prices."
        "\n\nQuenby Yarns, a supplier to both companies, told the watchdog it saw no harm.",
        [],
        [("quenby-yarns", "COMPETES_WITH", "maribelle-textilhaus")],
    ),
    (  # guard: a relative clause of seeing with a non-rival noun
        "Cindral Medisoft tops forecasts.\n\nCindral Medisoft posted higher revenue.\n\nIts "
        "chief executive picked out Arbory Billing, the Colorado reseller that the firm sees "
        "as its closest ally.",
        [],
        [("arbory-billing", "COMPETES_WITH", "cindral-medisoft")],
    ),
    (  # guard: coordinated possessed customers
        "Maribelle Textilhaus lowers prices.\n\nMaribelle Textilhaus will cut linen prices."
        "\n\nDoverwick Hostelries and Ellersby Guesthouses, Maribelle's two largest "
        "customers, welcomed the cut.",
        [],
        [
            ("doverwick-hostelries", "COMPETES_WITH", "maribelle-textilhaus"),
            ("ellersby-guesthouses", "COMPETES_WITH", "maribelle-textilhaus"),
        ],
    ),
    (  # guard: a rival bidder for one target is no rival of the target
        "Tessary Leasing is for sale.\n\nTessary Leasing has drawn offers from two funds.\n\n"
        "Harbinger Capital, a rival bidder, said it would not raise its offer.",
        [],
        [("harbinger-capital", "COMPETES_WITH", "tessary-leasing")],
    ),
    (  # guard: a person in the trade
        "Swoonly Labs grows.\n\nSwoonly Labs added a million users last year.\n\nTom "
        "Dravo, a rival founder, said growth would slow.",
        [],
        [("tom-dravo", "COMPETES_WITH", "swoonly-labs")],
    ),
    (  # guard: a negated label
        "Hollin Ales raises prices.\n\nHollin Ales will charge pubs more.\n\nCastlegate Inns, "
        "no longer a rival since it sold its brewery, welcomed the move.",
        [],
        [("castlegate-inns", "COMPETES_WITH", "hollin-ales")],
    ),
    (  # guard: another firm before the appositive: whose rival is that firm's
        "Varnock Coaches wins school contract.\n\nVarnock Coaches will run 40 routes.\n\n"
        "Separately, Brindle Buses lost a depot lease to Pennard Travel, a smaller rival.",
        [],
        [("pennard-travel", "COMPETES_WITH", "varnock-coaches")],
    ),
]

BANK = TOPIC + NAMED_BEFORE + POSSESSED + SEEN_AS + GUARDS
# a subject appositive whose company in question is named only in an earlier sentence: on
# the described sets the article's company was as often not the one meant, so it is not read
EARLIER_TOPIC = "subject appositive, company in question only in an earlier sentence: not read"
GAPS: dict[str, str] = {
    "Quarrendon Tileworks fires up new kiln.\n\nQuarrendon Tileworks, which": EARLIER_TOPIC,
    "Hollin Ales raises prices.\n\nHollin Ales will charge pubs 6": EARLIER_TOPIC,
    "Varnock Coaches wins school contract.\n\nVarnock Coaches will run 40 school": EARLIER_TOPIC,
    "Swoonly Labs grows.\n\nSwoonly Labs added a million users last year.\n\nMatch": (
        EARLIER_TOPIC
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rival21(case: Case) -> None:
    check(*case)
