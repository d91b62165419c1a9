"""Genre bank for partnerships bound to the right parties (round 17).

Coordinated subjects that strike a tie-up partner each other ("A and B struck a tie-up"; "A and
B formed a joint venture, C" stays a strict gap); a copular tie-up with no possessor takes its
party from the "under which" clause ("is a tie-up with the chain Arven, under which Rask will
run the wards"); a thing made jointly gives the partnership to its maker, never to the thing
("The firm designed it in partnership with X", "developed it together with X"), nor to a
service launched in a first conjunct; "teamed up with B and C" partners the subject with each,
not B with C; a partnership that ended still counts. Guards: supply, licensing, alliance
membership, merger, talks, negation, and a person's "partner" title at a law firm.

Each case is a short invented text (relations that must be found, relations that must not be),
across energy, food, mining, retail, health, ports, boats, pharma, hotels and motors.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

JOINT_VENTURES: list[Case] = [
    (  # energy: the venture named in apposition; its founders partner each other
        "Kelvara Energy and Norvik Power formed a joint venture, Tessin Wind, in 2019.",
        [("kelvara-energy", "PARTNERS_WITH", "norvik-power")],
        [("kelvara-energy", "PARTNERS_WITH", "tessin-wind")],
    ),
    (  # food: a purpose clause after the venture
        "Harlow Dairies and Brisk Foods set up a joint venture to make oat milk.",
        [("harlow-dairies", "PARTNERS_WITH", "brisk-foods")],
        [],
    ),
    (  # mining: "called C" and a perfect tense
        "Ostrel Mining and Calder Metals have created a 50-50 joint venture called Ardmore Copper.",
        [("ostrel-mining", "PARTNERS_WITH", "calder-metals")],
        [("ostrel-mining", "PARTNERS_WITH", "ardmore-copper")],
    ),
    (  # retail: a tie-up struck by a coordinated subject
        "Pellmoor Stores and Exton Bakeries struck a tie-up last year.",
        [("pellmoor-stores", "PARTNERS_WITH", "exton-bakeries")],
        [],
    ),
    (  # steel: one subject, two partners after "with"
        "Halvik Steel formed a joint venture with Brannock Metals and Exton Glass.",
        [
            ("halvik-steel", "PARTNERS_WITH", "brannock-metals"),
            ("halvik-steel", "PARTNERS_WITH", "exton-glass"),
        ],
        [],
    ),
    (  # a venture to develop a project: its members fund the project (as the dev gold)
        "Kelvara Energy and Norvik Power formed a joint venture to develop the Ardmore copper "
        "project.",
        [("kelvara-energy", "FUNDS", "ardmore"), ("norvik-power", "FUNDS", "ardmore")],
        [("kelvara-energy", "PARTNERS_WITH", "norvik-power")],
    ),
    (  # guard: talks are no venture
        "Kelvara Energy and Norvik Power are in talks to form a joint venture.",
        [],
        [("kelvara-energy", "PARTNERS_WITH", "norvik-power")],
    ),
    (  # guard: negation
        "Kelvara Energy and Norvik Power did not form a joint venture.",
        [],
        [("kelvara-energy", "PARTNERS_WITH", "norvik-power")],
    ),
]

UNDER_WHICH: list[Case] = [
    (  # health: the party of a copular tie-up named in its terms
        "Rask Health has grown fast. The second reason is a tie-up with the clinic chain Arven, "
        "under which Rask Health will run the wards.",
        [("rask-health", "PARTNERS_WITH", "arven")],
        [],
    ),
    (  # ports: a descriptor before the partner, a present verb in the terms
        "Tolvik Ports had a good year. The main driver was a new partnership with the shipper "
        "Brenmar Lines, under which Tolvik Ports handles its boxes at Hull.",
        [("tolvik-ports", "PARTNERS_WITH", "brenmar-lines")],
        [],
    ),
    (  # rail: an inverted copula and "is to"
        "Orsa Rail had a good year. Behind it is an alliance with Kelmar Freight, under which "
        "Orsa Rail is to share depots.",
        [("orsa-rail", "PARTNERS_WITH", "kelmar-freight")],
        [],
    ),
    (  # guard: a contract is trade, no partnership
        "Tolvik Ports had a good year. The main driver was a contract with Brenmar Lines, under "
        "which Tolvik Ports handles its boxes.",
        [],
        [("tolvik-ports", "PARTNERS_WITH", "brenmar-lines")],
    ),
    (  # guard: a proposed tie-up whose terms are denied
        "Tolvik Ports had a poor year. The hope was a partnership with Brenmar Lines, under "
        "which Tolvik Ports would not charge for berths.",
        [],
        [("tolvik-ports", "PARTNERS_WITH", "brenmar-lines")],
    ),
]

MAKERS: list[Case] = [
    (  # food: "the firm" subject, "it" the product: the firm partners
        "Brisk Foods sells the Oatly Max drink. The firm designed it in partnership with the "
        "Wessex Lab.",
        [("brisk-foods", "PARTNERS_WITH", "wessex-lab")],
        [("oatly-max", "PARTNERS_WITH", "wessex-lab")],
    ),
    (  # pharma: a drug named before; "the company developed it"
        "Velmo Pharma is based in Basel. Its drug Dorazin sold well last year. The company "
        "developed it in partnership with Hartwell University.",
        [("velmo-pharma", "PARTNERS_WITH", "hartwell-university")],
        [("dorazin", "PARTNERS_WITH", "hartwell-university")],
    ),
    (  # software: passive with the product as the pronoun subject
        "Corran Boats is based in Cowes. The Tern app sold 400 copies last year. It was "
        "designed in partnership with the Solent Yacht Club.",
        [("corran-boats", "PARTNERS_WITH", "solent-yacht-club")],
        [("tern", "PARTNERS_WITH", "solent-yacht-club")],
    ),
    (  # boats: a model name right before "the firm designed it"
        "Corran Boats is based in Cowes. The Tern 300 sold 400 units last year. The firm "
        "designed it in partnership with the Solent Yacht Club.",
        [("corran-boats", "PARTNERS_WITH", "solent-yacht-club")],
        [("tern-300", "PARTNERS_WITH", "solent-yacht-club")],
    ),
    (  # hotels: a service launched in the first conjunct is no partner
        "Tollan Hotels is a budget chain. It rolled out its DryNight service and signed a "
        "partnership with Quayline Inns.",
        [("tollan-hotels", "PARTNERS_WITH", "quayline-inns")],
        [("drynight", "PARTNERS_WITH", "quayline-inns")],
    ),
    (  # dairy: a range launched with a time adjunct in the first conjunct
        "Harbour Dairies is a cheese maker. It launched its Velvet Brie range last year and "
        "signed a partnership with Orsa Markets.",
        [("harbour-dairies", "PARTNERS_WITH", "orsa-markets")],
        [("velvet-brie", "PARTNERS_WITH", "orsa-markets")],
    ),
    (  # pharma: the named maker of a jointly developed drug
        "Velmo Pharma sells Dorazin. Velmo Pharma developed it together with Hartwell University.",
        [("velmo-pharma", "PARTNERS_WITH", "hartwell-university")],
        [("dorazin", "PARTNERS_WITH", "hartwell-university")],
    ),
]

TEAMS: list[Case] = [
    (  # motors: two partners after "teamed up with", not partners of each other
        "Orvel Motors has teamed up with Brannock Steel and Exton Glass.",
        [
            ("orvel-motors", "PARTNERS_WITH", "brannock-steel"),
            ("orvel-motors", "PARTNERS_WITH", "exton-glass"),
        ],
        [("brannock-steel", "PARTNERS_WITH", "exton-glass")],
    ),
    (  # a partnership that ended still counts
        "Orvel Motors' partnership with Brannock Steel ended in 2020.",
        [("orvel-motors", "PARTNERS_WITH", "brannock-steel")],
        [],
    ),
    (  # a partnership held until a date
        "Orvel Motors had a partnership with Brannock Steel until 2020.",
        [("orvel-motors", "PARTNERS_WITH", "brannock-steel")],
        [],
    ),
    (  # the executive's firm takes the tie-up she credits
        "Mara Voss, chief executive of Pellmoor Group, credited a tie-up with the recycler "
        "Loopwise for lifting sales.",
        [("pellmoor-group", "PARTNERS_WITH", "loopwise")],
        [],
    ),
    (  # the speaker runs the group; a division named before is not the partner
        "Pellmoor Group owns Loomis Textiles. Loomis Textiles grew 9%. Mara Voss, who runs "
        "Pellmoor Group, credited a tie-up with the recycler Loopwise for lifting group sales.",
        [("pellmoor-group", "PARTNERS_WITH", "loopwise")],
        [("loomis-textiles", "PARTNERS_WITH", "loopwise")],
    ),
]

GUARDS: list[Case] = [
    (  # a supply agreement is trade
        "Orvel Motors signed a supply agreement with Brannock Steel.",
        [],
        [("orvel-motors", "PARTNERS_WITH", "brannock-steel")],
    ),
    (  # talks about a partnership: intent
        "Orvel Motors is in talks about a partnership with Brannock Steel.",
        [],
        [("orvel-motors", "PARTNERS_WITH", "brannock-steel")],
    ),
    (  # licensing is no partnership
        "Orvel Motors licensed its technology to Brannock Steel.",
        [],
        [("orvel-motors", "PARTNERS_WITH", "brannock-steel")],
    ),
    (  # alliance members are not partners of each other
        "Orvel Motors and Brannock Steel are members of the Clean Air Alliance.",
        [],
        [("orvel-motors", "PARTNERS_WITH", "brannock-steel")],
    ),
    (  # a merger is no partnership
        "Orvel Motors agreed to merge with Brannock Steel.",
        [],
        [("orvel-motors", "PARTNERS_WITH", "brannock-steel")],
    ),
    (  # a person's title at a law firm
        "Jane Holt, a partner at the law firm Brisk Legal, said Orvel Motors would appeal.",
        [],
        [
            ("jane-holt", "PARTNERS_WITH", "brisk-legal"),
            ("orvel-motors", "PARTNERS_WITH", "brisk-legal"),
        ],
    ),
]

BANK = JOINT_VENTURES + UNDER_WHICH + MAKERS + TEAMS + GUARDS
_JV = (
    "a coordinated subject forming a joint venture is not read as a partnership: "
    "tests/test_genre_ties.py guards it ('joint venture members, not called partners') and "
    "the development gold (articles/09) leaves it out; the conventions need settling"
)
GAPS: dict[str, str] = {
    "Kelvara Energy and Norvik Power formed a joint venture, Tessin": _JV,
    "Harlow Dairies and Brisk Foods set up": _JV,
    "Ostrel Mining and Calder Metals": _JV,
    "Pellmoor Group owns Loomis Textiles.": "the tie-up a speaker credits is not given to the "
    "firm she runs when a division is named closer (nothing reads the speaker's LEADS)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_partners17(case: Case) -> None:
    check(*case)
