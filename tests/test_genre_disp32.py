"""Genre bank for a relative clause after a person's appositive that names their firm (round 32).

"P, president of the Kelso Growers Guild, who accused Y of ...": "who" is said of a person, so
the clause is about P, the appositive's anchor, not the firm that ends the appositive
(`loaders.relations.nav._person_role_firm`, beside "P at Kelso Bank, who"). The reading is the
shared subject search, so a founding or any other verb in the clause binds the same way.
Guards: a firm's own relative ("The Bakers Union, which represents ..."), a "whose" clause and
an object relative on a non-person ("the board, which the fund has criticised") stay as they
were. Gaps: "the group" bound to the firm the text called a group rather than the subject of the
sentence before; a bare "rejects that" after a reported claim that erg reads as no dispute.

Each case is a short invented text across cutlery, dairy, haulage, glassmaking, milling,
banking, bakeries, garments and timber.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ROLE_WHO: list[Case] = [
    (  # cutlery: "chair of the X Guild, who accused"
        "Tarnwick Cutlery makes knives in Sheffield. The loudest critic is Ravi Menon, chair of "
        "the Northern Blade Guild, who accused Tarnwick of squeezing small forges.",
        [("ravi-menon", "DISPUTES", "tarnwick-cutlery")],
        [("northern-blade-guild", "DISPUTES", "tarnwick-cutlery")],
    ),
    (  # dairy: an article before the role, a perfect tense
        "Orvell Dairies sells milk in Devon. The sharpest critic is Ines Carvo, the president of "
        "the Devon Milk Producers Association, who has criticised Orvell for cutting prices.",
        [("ines-carvo", "DISPUTES", "orvell-dairies")],
        [("devon-milk-producers-association", "DISPUTES", "orvell-dairies")],
    ),
    (  # haulage: the relative inside a subject, the main verb after it
        "Brisk Logistics runs depots in Kent. Paul Arne, head of the Kent Hauliers Federation, "
        "who attacked Brisk last year, will speak on Monday.",
        [("paul-arne", "DISPUTES", "brisk-logistics")],
        [("kent-hauliers-federation", "DISPUTES", "brisk-logistics")],
    ),
    (  # glassmaking: "an analyst at X, who"
        "Halden Glass sells bottles. Mara Voss, an analyst at Kelso Securities, who has "
        "criticised Halden for its debt, cut her rating.",
        [("mara-voss", "DISPUTES", "halden-glass")],
        [("kelso-securities", "DISPUTES", "halden-glass")],
    ),
    (  # milling: a lawsuit
        "Pellow Mills grinds flour. Tom Reid, the founder of Grainway Foods, who sued Pellow in "
        "2022, has retired.",
        [("tom-reid", "DISPUTES", "pellow-mills"), ("tom-reid", "FOUNDED", "grainway-foods")],
        [("grainway-foods", "DISPUTES", "pellow-mills")],
    ),
    (  # banking: the same reading for a founding
        "Kelso Bank lends to farmers. Ana Brek, chief executive of Kelso Bank, who founded "
        "Harrow Seeds in 2001, spoke on Monday.",
        [("ana-brek", "FOUNDED", "harrow-seeds")],
        [("kelso-bank", "FOUNDED", "harrow-seeds")],
    ),
    (  # guard (bakery): a union's own "which" clause
        "Corran Foods bakes bread. The Bakers Union, which represents Corran's staff, accused "
        "Corran of cutting pay.",
        [("the-bakers-union", "DISPUTES", "corran-foods")],
        [],
    ),
    (  # guard (bakery): "whose" after a person
        "Corran Foods bakes bread. Lia Hart, whose union represents Corran's staff, accused "
        "Corran of cutting pay.",
        [("lia-hart", "DISPUTES", "corran-foods")],
        [],
    ),
    (  # guard (mining): an object relative on a board, the fund its subject
        "Velka Mining digs copper. Ida Moss, chair of the Velka Mining board, which the Nordvik "
        "Fund has criticised, resigned.",
        [("nordvik-fund", "DISPUTES", "velka-mining")],
        [("ida-moss", "DISPUTES", "velka-mining")],
    ),
]

GAPPED: list[Case] = [
    (  # garments: "the group" is the campaign the text called a group
        "In its spring survey the Clean Threads Alliance, an Oslo campaign group, says Pellow "
        "Garments kept apprentices unpaid. Pellow Garments, which is owned by Kvist Holding, "
        "denies the claim. The group also accuses Norska Audit, which inspected the Pellow "
        "sewing rooms in 2024, of warning the managers before each visit.",
        [("clean-threads-alliance", "DISPUTES", "norska-audit")],
        [("pellow-garments", "DISPUTES", "norska-audit")],
    ),
    (  # timber: a reported claim, then "rejects that"
        "Harlow Timber sells decking to builders across Wales. Mina Roslin, who runs a rival "
        "yard in Conwy, says Harlow has been dumping cheap boards on the market. Harlow rejects "
        "that.",
        [("harlow-timber", "DISPUTES", "mina-roslin")],
        [],
    ),
]

BANK = ROLE_WHO + GAPPED
GAPS: dict[str, str] = {
    "In its spring survey": 'a generic head ("the group") leans to the subject of the sentence '
    "before even when the text called only another firm by it (measured in round 32: ranking "
    "the firm called a group first found one more on TUNE but lost one and added two wrong on "
    "CHECK)",
    "Harlow Timber sells": "an answer needs an earlier dispute: a claim reported with "
    '"says" about the answering side is not one (measured in round 32: offering the sentence '
    "before's speaker to the answer found one on TUNE but added two wrong on CHECK)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp32(case: Case) -> None:
    check(*case)
