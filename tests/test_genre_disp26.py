"""Genre bank for disputes on fresh text (round 26).

A holder whose stake the sentence gives without naming the firm and who attacks "the board"
disputes the held firm (read by the existing holder and criticism rules, so holder_boards was
reverted); a place whose possessive opens a body's description ("Vardenia's
competition authority", "the EU's top court") is no party of the dispute. The gaps are the
common fresh-text constructions left unread: quoted criticism whose speaker is named after the
quote, "accused the minister of" for a named minister, a suit's rebuttal quoted as "This is ...",
"was taken to court by", and a strike called by a union against the carrier; and, from this
round's second pass, quoted criticism with the speaker (or the speaker's firm) after the quote,
a rebuttal of "the suit" whose claimant the article tied earlier (a reading was tried and failed
the CHECK half, so these stay strict xfails), "names A, B and C as defendants", "sued both A and
B" and defendants after "as well as". Guards: praise, a market judged, a bare denial, a
third firm judging a ruling, the regulator urged to block a merger.

Each case is a short invented text across brewing, frozen food, furniture, ice cream, ferries,
telecoms, airlines, dairy, medical devices and energy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HOLDERS: list[Case] = [
    (  # brewing: a holder with an unnamed share attacks the board
        "Dunsop Brewing trimmed its payout on Tuesday. Garrow Capital, the hedge fund that holds "
        "close to 7%, has openly criticised the board for opening taverns instead of paying out.",
        [("garrow-capital", "DISPUTES", "dunsop-brewing")],
        [],
    ),
    (  # frozen food: "which holds N% of the stock" then "accused the board"
        "Quarne Foods trimmed its outlook once more. Ostler Partners, which holds 9% of the "
        "stock, has since accused the board of squandering cash on a pie maker.",
        [("ostler-partners", "DISPUTES", "quarne-foods")],
        [],
    ),
    (  # guard: the holder backs the board (no dispute)
        "Dunsop Brewing trimmed its payout on Tuesday. Garrow Capital, which holds close to 7%, "
        "has backed the board throughout the review.",
        [],
        [("garrow-capital", "DISPUTES", "dunsop-brewing")],
    ),
    (  # guard: negated attack
        "Dunsop Brewing trimmed its payout on Tuesday. Garrow Capital, which holds close to 7%, "
        "has not criticised the board.",
        [],
        [("garrow-capital", "DISPUTES", "dunsop-brewing")],
    ),
    (  # furniture: the firm overpaid for, in the grounds after "the board for", is what
        # the board did (round 30: was a guard)
        "Brisel Desks lost a big contract. Vellan Fund, owning roughly 5 per cent, has since "
        "criticised the board for overpaying for Solmex Chairs.",
        [("vellan-fund", "DISPUTES", "brisel-desks")],
        [("vellan-fund", "DISPUTES", "solmex-chairs")],
    ),
]

PLACES: list[Case] = [
    (  # ice cream: a fine imposed by a country's authority
        "Gelmora is also appealing a 3 million euro penalty set in May by Italy's "
        "competition authority, which found it had squeezed cafes.",
        [],
        [("gelmora", "DISPUTES", "italy")],
    ),
    (  # telecoms: an appeal at a union's court
        "Vextel fined Quellnet in 2020, a decision Quellnet is still contesting at the EU's "
        "General Court.",
        [],
        [("quellnet", "DISPUTES", "eu"), ("quellnet", "DISPUTES", "european-union")],
    ),
    (  # ferries: guard, a firm's possessive is still a party
        "Skellmoor Line sued Tolsey Ferries' parent, Tolsey Group, in March.",
        [("skellmoor-line", "DISPUTES", "tolsey-group")],
        [],
    ),
]

GAPPED: list[Case] = [
    (  # airlines: quoted criticism, speaker named after the quote
        '"Airvane has made record profits on the backs of tired crews," said Tomas Haverly, the '
        "general secretary of the Pilots' Guild.",
        [("tomas-haverly", "DISPUTES", "airvane")],
        [],
    ),
    (  # energy: "accused the minister of" for the named minister
        "The energy minister, Helene Varro, has accused Voltmark of profiteering. Opposition "
        'leader Marc Roubel accused the minister of "theatre".',
        [("marc-roubel", "DISPUTES", "helene-varro")],
        [],
    ),
    (  # medical devices: a suit's rebuttal quoted as "This is ..."
        "Quennell Medical has sued Helmix Devices over its heart pump. "
        '"This is a plain bid to stall a rival," Helmix\'s general counsel, '
        "Priya Ram, said in a statement.",
        [("priya-ram", "DISPUTES", "quennell-medical")],
        [],
    ),
    (  # dairy: "was taken to the High Court by"
        "Brightvale has fought suppliers before. In 2022 the chain was taken to the High Court "
        "by potato grower Wetherop Farms.",
        [("wetherop-farms", "DISPUTES", "brightvale")],
        [],
    ),
]

QUOTED: list[Case] = [
    (  # rail: quoted criticism, the speaker's firm named after the quote
        '"This claim is a cynical attempt to hide their own delays," said Ines Dubb, chief '
        "executive of Toberg Rail. Halvo Signals had sued the operator in May.",
        [("toberg-rail", "DISPUTES", "halvo-signals")],
        [],
    ),
    (  # cement: '"The suit is ...," X said in a statement' (X disputes the claimant)
        "Orlan Cement has sued Pesk Quarries over a supply contract. "
        '"The suit is a transparent attempt to rewrite a fair deal," Pesk said in a statement.',
        [("pesk-quarries", "DISPUTES", "orlan-cement")],
        [],
    ),
    (  # telecoms: a ruling against a party judged "reckless" by a third firm
        'Varo Telecom said the regulator\'s ruling against Skylink was "reckless".',
        [],
        [("varo-telecom", "DISPUTES", "skylink")],
    ),
    (  # airlines: guard, praise quoted with the speaker after it
        '"Brell Airways has run a superb season," said Ines Dubb, chief executive of Toberg Rail.',
        [],
        [("ines-dubb", "DISPUTES", "brell-airways"), ("toberg-rail", "DISPUTES", "brell-airways")],
    ),
    (  # airlines: guard, a judgement of a market names no party
        'Brell Airways said the fuel market was "reckless" this winter.',
        [],
        [("brell-airways", "DISPUTES", "fuel")],
    ),
]

REBUTTALS: list[Case] = [
    (  # dairy: the accused's founder calls the article's suit a stunt
        "Varden Foods sued Halcot Dairy in March. Halcot's founder, Ruth Ancrum, called the "
        'lawsuit "a stunt to keep us off the shelves".',
        [("ruth-ancrum", "DISPUTES", "varden-foods")],
        [],
    ),
    (  # dairy: guard, a bare denial with no claimant named
        "Halcot Dairy denied any wrongdoing.",
        [],
        [],
    ),
]

DEFENDANTS: list[Case] = [
    (  # milling: "names A, B and C as defendants"
        "Pendry Holdings filed a suit in March. The suit names Ossel Foods, Crane Mills and "
        "Peter Vose, the miller's chief executive, as defendants.",
        [
            ("pendry-holdings", "DISPUTES", "ossel-foods"),
            ("pendry-holdings", "DISPUTES", "crane-mills"),
        ],
        [],
    ),
    (  # milling: "sued both A and B": the two defendants are no sides of each other
        "Avet Growers sued both Ossel Foods and Crane Mills in May, arguing the prices were "
        "rigged.",
        [("avet-growers", "DISPUTES", "ossel-foods"), ("avet-growers", "DISPUTES", "crane-mills")],
        [("crane-mills", "DISPUTES", "ossel-foods")],
    ),
    (  # leisure: "as well as its head instructor, B, and C"
        "Jane Ottery is suing Corby Climbing, the gym where she fell, as well as its head "
        "instructor, Sam Rudd, and the rope maker Kelt Ropes.",
        [("jane-ottery", "DISPUTES", "sam-rudd"), ("jane-ottery", "DISPUTES", "kelt-ropes")],
        [],
    ),
    (  # retail: "urged the regulator to block the merger of A and B" (read already)
        "Brevan Retail has agreed to buy Pym Stores. Varn Trading urged the regulator to block "
        "the merger of Brevan Retail and Pym Stores.",
        [("varn-trading", "DISPUTES", "brevan-retail"), ("varn-trading", "DISPUTES", "pym-stores")],
        [("regulator", "DISPUTES", "pym-stores")],
    ),
    (  # shipping: "filed suit against A and B" (read already)
        "Kelmar Shipping filed suit against the Harbour Board and Melk Tugs, seeking damages.",
        [
            ("kelmar-shipping", "DISPUTES", "harbour-board"),
            ("kelmar-shipping", "DISPUTES", "melk-tugs"),
        ],
        [],
    ),
]

BANK = HOLDERS + PLACES + GAPPED + QUOTED + REBUTTALS + DEFENDANTS
GAPS: dict[str, str] = {
    '"Airvane has made': "quoted criticism with the speaker after the quote is unread",
    "The energy minister, Helene": "a role definite for a named person is not bound here",
    "Quennell Medical has sued": "a quoted rebuttal whose target is the suit is unread",
    "Brightvale has fought": "a passive 'taken to court by' is unread",
    '"This claim is a cynical': "quoted criticism with the speaker after the quote is unread",
    "Orlan Cement has sued": "a quoted rebuttal whose target is the suit is unread",
    "Pendry Holdings filed": "'names A, B and C as defendants' is unread",
    "Avet Growers sued both": "'sued both A and B' reads A and B as disputing each other",
    "Jane Ottery is suing": "defendants after 'as well as' past an appositive are unread",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp26(case: Case) -> None:
    check(*case)
