"""Genre bank for rivalry in other frames (round 12): a list of rivals continued past a
relative clause after "competes with/against" ("competes with A, which was founded in 1990,
and B"); a bare "rival" noun after the possessed act of the other firm ("blocked X's planned
merger with rival Y", "dismissed X's suit against rival Y"); a subject described as a rival
that sues or accuses a named firm ("P, a rival brewer, sued O"); a participle after a
dispute whose object is the subject's own rival ("sued Q, accusing its bigger rival of ...");
a relative clause that counts its antecedent among the subject's rivals ("P, which A sees as
its chief competitor"); "names A and B as Q's main competitors" (Q's rivals); "A and B are
close rivals of one another and of C" and "found A and B to be rivals" (all pairs).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across bikes, insurance, coffee, pharma, airlines, paint, print, banking, brewing,
dairy, freight, telecoms, seeds and audio.
Guards: a firm named inside the relative clause, a name that opens a clause of its own, a
purchase (no rival noun), a rival maker that buys a third firm, a rival bidder, a denied suit,
a dispute with two firms ("its rival": which?), "its rival of old" in praise, "a partner
rather than a rival", a denied view.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RELATIVE_LISTS: list[Case] = [
    (  # bikes: "competes with A, which ..., and B"
        "Ormond Bikes competes with Trent Cycles, which was founded in 1990, and Vasco Bikes.",
        [
            ("ormond-bikes", "COMPETES_WITH", "trent-cycles"),
            ("ormond-bikes", "COMPETES_WITH", "vasco-bikes"),
        ],
        [("trent-cycles", "COMPETES_WITH", "vasco-bikes")],
    ),
    (  # insurance: "competes against A, which ..., and B"
        "Lorne Insurance competes against Pellow Assurance, which sells mostly online, and "
        "Trask Mutual.",
        [
            ("lorne-insurance", "COMPETES_WITH", "pellow-assurance"),
            ("lorne-insurance", "COMPETES_WITH", "trask-mutual"),
        ],
        [],
    ),
    (  # coffee: "rivals include A, which ..., and B, whose ..."
        "Dennet Coffee grew fast. Its rivals include Hennow Roasters, which dominates the "
        "south, and Dallick Beans, whose blends sell in the north.",
        [
            ("dennet-coffee", "COMPETES_WITH", "hennow-roasters"),
            ("dennet-coffee", "COMPETES_WITH", "dallick-beans"),
        ],
        [],
    ),
    (  # shipping: "competes with A, who ..., and B, which ..."
        "Harl Ferries competes with Gannet Lines, who run the night crossing, and Morvoe "
        "Shipping, which owns two ships.",
        [
            ("harl-ferries", "COMPETES_WITH", "gannet-lines"),
            ("harl-ferries", "COMPETES_WITH", "morvoe-shipping"),
        ],
        [],
    ),
    (  # guard: a firm named inside the clause; whose list is unclear
        "Quillet Pharma competes with Marrow Labs, which buys parts from Sorrel Works, and "
        "Tessel Bio.",
        [("quillet-pharma", "COMPETES_WITH", "marrow-labs")],
        [("quillet-pharma", "COMPETES_WITH", "sorrel-works")],
    ),
    (  # guard: the name after ", and" opens a clause of its own
        "Quillet Pharma competes with Marrow Labs, which was founded in 1990, and Sorrel Works "
        "said its sales rose.",
        [("quillet-pharma", "COMPETES_WITH", "marrow-labs")],
        [("quillet-pharma", "COMPETES_WITH", "sorrel-works")],
    ),
    (  # guard: the relative clause names the buyer, a holder, not a rival
        "Halder Glass competes with Pellow Glass, which is owned by Greaves Capital.",
        [("halder-glass", "COMPETES_WITH", "pellow-glass")],
        [("halder-glass", "COMPETES_WITH", "greaves-capital")],
    ),
]

POSSESSED_ACTS: list[Case] = [
    (  # airlines: a blocked merger still names two rivals
        "Regulators blocked Hestle Air's planned merger with rival Dunnock Air.",
        [("dunnock-air", "COMPETES_WITH", "hestle-air")],
        [],
    ),
    (  # print: a dismissed suit
        "The judge dismissed Ashby Print's suit against rival Colter Press.",
        [("colter-press", "COMPETES_WITH", "ashby-print")],
        [],
    ),
    (  # banking: talks with a "rival lender"
        "Investors welcomed Marlin Bank's talks with rival lender Oster Bank.",
        [("oster-bank", "COMPETES_WITH", "marlin-bank")],
        [],
    ),
    (  # print: a hyphenated modifier of the act noun
        "The court heard Ashby Print's long-running patent dispute with rival printer Colter "
        "Press.",
        [("colter-press", "COMPETES_WITH", "ashby-print")],
        [],
    ),
    (  # guard: a purchase with no rival noun
        "Regulators blocked Hestle Air's purchase of Dunnock Air.",
        [],
        [("dunnock-air", "COMPETES_WITH", "hestle-air")],
    ),
    (  # guard: a merger with no rival noun
        "Analysts doubt Hestle Air's merger with Dunnock Air.",
        [],
        [("dunnock-air", "COMPETES_WITH", "hestle-air")],
    ),
]

RIVAL_SUERS: list[Case] = [
    (  # brewing: "P, a rival brewer, sued O"
        "Pellam Brewing, a rival brewer, sued Ostrel Ales over a label.",
        [
            ("pellam-brewing", "COMPETES_WITH", "ostrel-ales"),
            ("pellam-brewing", "DISPUTES", "ostrel-ales"),
        ],
        [],
    ),
    (  # brewing: "a smaller rival, has sued"
        "Pellam Brewing, a smaller rival, has sued Ostrel Ales over a label.",
        [("pellam-brewing", "COMPETES_WITH", "ostrel-ales")],
        [],
    ),
    (  # telecoms: "a rival operator, accused O of"
        "Brisk Mobile, a rival operator, accused Tessel Telecom of hiding fees.",
        [
            ("brisk-mobile", "COMPETES_WITH", "tessel-telecom"),
            ("brisk-mobile", "DISPUTES", "tessel-telecom"),
        ],
        [],
    ),
    (  # guard: the rival maker buys a third firm (no dispute)
        "Hollin Instruments makes trumpets. Bergwald Brass, a rival maker, has bought Kessel "
        "Tools.",
        [("bergwald-brass", "OWNS", "kessel-tools")],
        [("bergwald-brass", "COMPETES_WITH", "kessel-tools")],
    ),
    (  # guard: a rival bidder sues the target
        "Fennick Capital, a rival bidder, sued Harlow Mills.",
        [],
        [("fennick-capital", "COMPETES_WITH", "harlow-mills")],
    ),
    (  # guard: a denied suit
        "Tarka Bank, a rival lender, did not sue Oster Bank.",
        [],
        [("tarka-bank", "COMPETES_WITH", "oster-bank")],
    ),
    (  # dairy: "a competing dairy" (the head is not yet a firm noun)
        "Corran Dairy, a competing dairy, accused Velmont Milk of mislabelling cheese.",
        [("corran-dairy", "COMPETES_WITH", "velmont-milk")],
        [],
    ),
]

ACCUSED_RIVALS: list[Case] = [
    (  # freight: "sued Q, accusing its bigger rival of"
        "Delmar Freight sued Quillex Haulage, accusing its bigger rival of poaching drivers.",
        [
            ("delmar-freight", "COMPETES_WITH", "quillex-haulage"),
            ("delmar-freight", "DISPUTES", "quillex-haulage"),
        ],
        [],
    ),
    (  # telecoms: "attacked T, accusing its main competitor of"
        "Norvia Mobile attacked Tessel Telecom, accusing its main competitor of misleading ads.",
        [("norvia-mobile", "COMPETES_WITH", "tessel-telecom")],
        [],
    ),
    (  # seeds: a complaint, "charging its long-time rival of"
        "Orbin Seeds filed a complaint against Kalder Agro, charging its long-time rival of "
        "dumping.",
        [("orbin-seeds", "COMPETES_WITH", "kalder-agro")],
        [],
    ),
    (  # guard: two firms sued; which one is "its rival"?
        "Delmar Freight sued Quillex Haulage and Ostrel Lines, accusing its rival of poaching "
        "drivers.",
        [],
        [
            ("delmar-freight", "COMPETES_WITH", "quillex-haulage"),
            ("delmar-freight", "COMPETES_WITH", "ostrel-lines"),
        ],
    ),
    (  # guard: praise, no dispute
        "Delmar Freight praised Quillex Haulage, calling its rival of old a fair player.",
        [],
        [("delmar-freight", "COMPETES_WITH", "quillex-haulage")],
    ),
]

COUNTED_RELATIVES: list[Case] = [
    (  # audio: "P, which A sees as its chief competitor"
        "Pennow Audio, which Ardis Electronics sees as its chief competitor, reports next week.",
        [("ardis-electronics", "COMPETES_WITH", "pennow-audio")],
        [],
    ),
    (  # cement: "whom A regards as its main rival"
        "Dorley Cement, whom Brannock Building regards as its main rival, cut prices.",
        [("brannock-building", "COMPETES_WITH", "dorley-cement")],
        [],
    ),
    (  # software: "which A once saw as its chief competitor"
        "Velmar Systems, which Corliss Software once saw as its chief competitor, has since "
        "folded.",
        [("corliss-software", "COMPETES_WITH", "velmar-systems")],
        [],
    ),
    (  # guard: "a partner rather than a rival"
        "Ardis Electronics views Pennow Audio as a partner rather than a rival.",
        [],
        [("ardis-electronics", "COMPETES_WITH", "pennow-audio")],
    ),
    (  # guard: a denied view
        "Ardis Electronics does not see Pennow Audio as a rival.",
        [],
        [("ardis-electronics", "COMPETES_WITH", "pennow-audio")],
    ),
    (  # audio: the subject typed Person from "its chief" (a typing gap)
        "Pennow Audio, which Ardis Sound sees as its chief competitor, reports next week.",
        [("ardis-sound", "COMPETES_WITH", "pennow-audio")],
        [("ardis-sound", "LEADS", "pennow-audio")],
    ),
]

NAMED_AS: list[Case] = [
    (  # software: "names A and B as Q's main competitors" (Q's rivals, not the subject's)
        "The prospectus names Vantora Software and Brannock Systems as Quillex Data's main "
        "competitors.",
        [
            ("quillex-data", "COMPETES_WITH", "vantora-software"),
            ("quillex-data", "COMPETES_WITH", "brannock-systems"),
        ],
        [("vantora-software", "COMPETES_WITH", "brannock-systems")],
    ),
    (  # telecoms: "see A as Q's closest rival"
        "Analysts see Orvin Telecom as Brisk Mobile's closest rival.",
        [("brisk-mobile", "COMPETES_WITH", "orvin-telecom")],
        [],
    ),
    (  # guard: a customer, not a rival
        "The prospectus names Vantora Software as Quillex Data's main customer.",
        [],
        [("quillex-data", "COMPETES_WITH", "vantora-software")],
    ),
]

MUTUAL_AND_THIRD: list[Case] = [
    (  # seeds: "found A and B to be close rivals of one another and of C" (all pairs)
        "The regulator found Osgood Seeds and Pellan Seeds to be close rivals of one another "
        "and of Rudd Seeds.",
        [
            ("osgood-seeds", "COMPETES_WITH", "pellan-seeds"),
            ("osgood-seeds", "COMPETES_WITH", "rudd-seeds"),
            ("pellan-seeds", "COMPETES_WITH", "rudd-seeds"),
        ],
        [],
    ),
    (  # food: "were the closest competitors of one another and of C"
        "Tamber Foods and Kelso Foods were the closest competitors of one another and of "
        "Varga Brands, the authority said.",
        [
            ("tamber-foods", "COMPETES_WITH", "kelso-foods"),
            ("kelso-foods", "COMPETES_WITH", "varga-brands"),
            ("tamber-foods", "COMPETES_WITH", "varga-brands"),
        ],
        [],
    ),
    (  # guard: a denied expectation
        "The regulator does not expect Osgood Seeds and Pellan Seeds to be rivals.",
        [],
        [("osgood-seeds", "COMPETES_WITH", "pellan-seeds")],
    ),
    (  # guard: "to be their partner" is no rivalry
        "Osgood Seeds and Pellan Seeds want Rudd Seeds to be their partner.",
        [],
        [("osgood-seeds", "COMPETES_WITH", "rudd-seeds")],
    ),
]

BANK = (
    NAMED_AS
    + MUTUAL_AND_THIRD
    + RELATIVE_LISTS
    + POSSESSED_ACTS
    + RIVAL_SUERS
    + ACCUSED_RIVALS
    + COUNTED_RELATIVES
)
GAPS: dict[str, str] = {
    "Corran Dairy, a competing dairy": "'dairy' is no firm head noun in the lexicon, so "
    "_rival_maker does not read 'a competing dairy' (typing data belongs to types12)",
    "Pennow Audio, which Ardis Sound": "'Ardis Sound' is typed Person (votes from 'sees as its "
    "chief'), so the relative clause has no organization subject (typing: types12)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_rivals12(case: Case) -> None:
    check(*case)
