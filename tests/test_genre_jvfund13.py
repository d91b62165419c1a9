"""Genre bank for joint-venture partners funding a project (round 13): a project named before
its head noun and called a venture of its members ("The X ammonia plant is a 50-50 venture of A
and B", "The X wind farm, a joint venture between A and B, ..."); partners named once and then
called "the pair", "each partner", "they", who bear, shoulder, share or split the bill; "A and
B will split the cost of X".

Each case is a short invented article (text, relations that must be found, relations that must
not be), across chemicals, energy, mining, telecoms, ports, farming and property. Guards: the
operator under contract for the venture, "the pair disagreed", a speaker's clause ("A said
consumers would bear the cost"), staff of a partner, a burden that is no money ("bear the
brunt"), profits split, a venture noun that is no description of the name before it.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HEADED_VENTURES: list[Case] = [
    (  # chemicals: "is a 50-50 venture of A and B", head noun after the name
        "The Tarrow ammonia plant is a 50-50 venture of Brixholm Chemicals and Pimsworth "
        "Energy. It will open in 2027.",
        [
            ("brixholm-chemicals", "FUNDS", "tarrow"),
            ("pimsworth-energy", "FUNDS", "tarrow"),
        ],
        [],
    ),
    (  # energy: apposed "a joint venture between A and B" after a two-word head
        "The Harrowgate wind farm, a joint venture between Selbrook Power and Matlow Energy, "
        "will cost £2bn.",
        [("selbrook-power", "FUNDS", "harrowgate"), ("matlow-energy", "FUNDS", "harrowgate")],
        [],
    ),
    (  # mining: copular "is a joint venture between"
        "The Kessel copper mine is a joint venture between Corvel Mining and Anstey Resources.",
        [("corvel-mining", "FUNDS", "kessel"), ("anstey-resources", "FUNDS", "kessel")],
        [],
    ),
    (  # ports: a split with a slash, apposed
        "The Orlan gas terminal, a 60/40 venture of Tesk Petroleum and Orvane Energy, opens "
        "in May.",
        [("tesk-petroleum", "FUNDS", "orlan"), ("orvane-energy", "FUNDS", "orlan")],
        [],
    ),
    (  # property: the venture then its operator (guard for the operator)
        "The Brisa Solar Park is a joint venture of Orvane Energy and Tesk Petroleum. Brixholm "
        "Services will operate the plant under contract for the venture.",
        [
            ("orvane-energy", "FUNDS", "brisa-solar-park"),
            ("tesk-petroleum", "FUNDS", "brisa-solar-park"),
        ],
        [("brixholm-services", "FUNDS", "brisa-solar-park")],
    ),
]

HEADED_GUARDS: list[Case] = [
    (  # guard: the venture is somewhere else ("near")
        "The Harrowgate wind farm is near a joint venture of Selbrook Power and Matlow Energy.",
        [],
        [("selbrook-power", "FUNDS", "harrowgate"), ("matlow-energy", "FUNDS", "harrowgate")],
    ),
    (  # guard: the plant supplies the venture
        "The Tarrow plant supplies a joint venture of Brixholm Chemicals and Pimsworth Energy.",
        [],
        [("brixholm-chemicals", "FUNDS", "tarrow"), ("pimsworth-energy", "FUNDS", "tarrow")],
    ),
]

BUILT = "Brixholm Chemicals and Pimsworth Energy will build the Lisk terminal. "
BOTH_LISK = [("brixholm-chemicals", "FUNDS", "lisk"), ("pimsworth-energy", "FUNDS", "lisk")]

SHARED_BILLS: list[Case] = [
    (BUILT + "The pair each bear half the bill.", BOTH_LISK, []),  # "the pair each bear"
    (BUILT + "The two partners will split the cost equally.", BOTH_LISK, []),
    (BUILT + "Each partner will shoulder half of the €400m bill.", BOTH_LISK, []),
    (BUILT + "They will share the cost equally.", BOTH_LISK, []),  # pronoun subject
    (  # a venture of the pair, then "the pair each bear"
        "The Lisk terminal is a joint venture of Brixholm Chemicals and Pimsworth Energy. The "
        "pair each bear half the cost.",
        BOTH_LISK,
        [],
    ),
    (  # telecoms: "split the cost of X" in one sentence
        "Yarrowfen and Draskin Telecom will split the cost of the Noll subsea cable.",
        [("yarrowfen", "FUNDS", "noll"), ("draskin-telecom", "FUNDS", "noll")],
        [],
    ),
    (  # mining: "split the £90m bill for X"
        "Corvel Mining and Anstey Resources will split the £90m bill for the Kessel copper mine.",
        [("corvel-mining", "FUNDS", "kessel"), ("anstey-resources", "FUNDS", "kessel")],
        [],
    ),
    (  # telecoms: "jointly finance" (already read)
        "Yarrowfen and Draskin Telecom jointly finance the Noll cable, due in 2029.",
        [("yarrowfen", "FUNDS", "noll"), ("draskin-telecom", "FUNDS", "noll")],
        [],
    ),
    (  # farming: "both partners will contribute equity" after co-developers (already read)
        "Halden Agri and Ruskin Seeds are developing the Marrow Fen grain terminal. Both "
        "partners will contribute equity.",
        [("halden-agri", "FUNDS", "marrow-fen"), ("ruskin-seeds", "FUNDS", "marrow-fen")],
        [],
    ),
    (  # energy: partners in a project, then "both will contribute" (gap)
        "Selbrook Power and Matlow Energy are partners in the Harrowgate wind farm. Both will "
        "contribute equity.",
        [("selbrook-power", "FUNDS", "harrowgate"), ("matlow-energy", "FUNDS", "harrowgate")],
        [],
    ),
    (  # telecoms: passive builders with a relative that shares the cost (gap)
        "The Noll subsea cable is being built by Yarrowfen and Draskin Telecom, which will "
        "share the cost.",
        [("yarrowfen", "FUNDS", "noll"), ("draskin-telecom", "FUNDS", "noll")],
        [],
    ),
    (  # telecoms: a participle that shares the cost (gap)
        "Yarrowfen and Draskin Telecom are building the Noll subsea cable, sharing the £300m "
        "cost equally.",
        [("yarrowfen", "FUNDS", "noll"), ("draskin-telecom", "FUNDS", "noll")],
        [],
    ),
]

SHARED_GUARDS: list[Case] = [
    (BUILT + "The pair disagreed over the design.", [], BOTH_LISK),
    (  # a speaker's clause: consumers bear the cost
        BUILT + "Pimsworth said consumers would bear the cost.",
        [],
        [("pimsworth-energy", "FUNDS", "lisk")],
    ),
    (  # no money: the brunt of the delays
        BUILT + "Brixholm will bear the brunt of the delays.",
        [],
        [("brixholm-chemicals", "FUNDS", "lisk")],
    ),
    (  # the staff of a partner
        BUILT + "Staff at Brixholm will shoulder half the extra work.",
        [],
        [("brixholm-chemicals", "FUNDS", "lisk")],
    ),
    (  # another thing's cost
        BUILT + "Brixholm will share the cost of new software with Pimsworth.",
        [],
        [("brixholm-chemicals", "FUNDS", "lisk")],
    ),
    (  # profits, not costs
        "Corvel Mining and Anstey Resources will split the profits of the Kessel copper mine.",
        [],
        [("corvel-mining", "FUNDS", "kessel"), ("anstey-resources", "FUNDS", "kessel")],
    ),
    (  # suppliers bear a cost
        "Halden Foods will build the Marrow Fen dairy plant. Its suppliers will bear the cost "
        "of new tanks.",
        [],
        [("halden-foods", "FUNDS", "marrow-fen")],
    ),
]

BANK = HEADED_VENTURES + HEADED_GUARDS + SHARED_BILLS + SHARED_GUARDS
GAPS: dict[str, str] = {
    "The Noll subsea cable is being built by": "passive co-builders are not remembered "
    "(loaders.co_builders reads 'A and B build X' only) and 'which' takes the last member",
    "Yarrowfen and Draskin Telecom are building the Noll subsea cable, sharing": "a "
    "participle sharing the cost in the co-builders' own sentence: the context's funded thing "
    "is set but the participle has no subject",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_jvfund13(case: Case) -> None:
    check(*case)
