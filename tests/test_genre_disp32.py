"""Genre bank for a relative clause after a person's appositive that names their firm (round 32).

"P, president of the Kelso Growers Guild, who accused Y of ...": "who" is said of a person, so
the clause is about P, the appositive's anchor, not the firm that ends the appositive
(`loaders.relations.nav._person_role_firm`, beside "P at Kelso Bank, who"). The reading is the
shared subject search, so a founding in the clause binds the same way.
Guards: a firm's own relative ("The Bakers Union, which represents ..."), a "whose" clause and
an object relative on a non-person ("the board, which the fund has criticised") stay as they
were. Gaps: "the group" bound to the firm the text called a group rather than the subject of the
sentence before; a bare "rejects that" after a reported claim that erg reads as no dispute.

Mend (round 32): the person holds "who" only for acts done in one's own name
(`loaders.relations.own_acts`): a charge or suit, a founding, backing a person. A firm's acts
stay the firm's: a partnership or rivalry, a loan, a financing, a round a partner led, a purchase
or stake, a launch, a regulator's fine or block; so does a verb that agrees with a plural ("who
have accused", "who are suing", "who accuse") and an intent ("who plans to sue").

Each case is a short invented text across cutlery, dairy, haulage, glassmaking, milling,
banking, bakeries, garments, timber, pottery, drones and telecoms.
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

# mend32: the firm's own acts after "P, chief executive of X, who ...": X, never P
FIRM_ACTS: list[Case] = [
    (  # banking: a joint venture
        "Varro Bank lends to shops. Ilse Marn, chief executive of Varro Bank, who struck a joint "
        "venture with Pendle Assurance in 2023, spoke in York.",
        [("varro-bank", "PARTNERS_WITH", "pendle-assurance")],
        [],
    ),
    (  # banking: a partnership noun
        "Varro Bank lends to shops. Ilse Marn, chief executive of Varro Bank, who signed a "
        "distribution partnership with Pendle Assurance, spoke in York.",
        [("varro-bank", "PARTNERS_WITH", "pendle-assurance")],
        [],
    ),
    (  # banking: a phrasal partnership verb
        "Varro Bank lends to shops. Ilse Marn, chief executive of Varro Bank, who teamed up with "
        "Pendle Assurance on savings, spoke in York.",
        [("varro-bank", "PARTNERS_WITH", "pendle-assurance")],
        [],
    ),
    (  # banking: a rival named by the firm's chief
        "Varro Bank lends to shops. Ilse Marn, chief executive of Varro Bank, who sees Pendle "
        "Bank as its main rival, spoke in York.",
        [("varro-bank", "COMPETES_WITH", "pendle-bank")],
        [],
    ),
    (  # banking: a loan
        "Varro Bank lends to shops. Ilse Marn, chief executive of Varro Bank, who lent £8 million "
        "to Gorse Farms, spoke in York.",
        [("varro-bank", "FUNDS", "gorse-farms")],
        [("ilse-marn", "FUNDS", "gorse-farms")],
    ),
    (  # banking: a loan noun
        "Varro Bank lends to shops. Ilse Marn, chief executive of Varro Bank, who arranged a £8 "
        "million loan for Gorse Farms, spoke in York.",
        [("varro-bank", "FUNDS", "gorse-farms")],
        [("ilse-marn", "FUNDS", "gorse-farms")],
    ),
    (  # banking: a purchase
        "Varro Bank lends to shops. Ilse Marn, chief executive of Varro Bank, who acquired Gorse "
        "Farms in 2020, will retire.",
        [("varro-bank", "OWNS", "gorse-farms")],
        [("ilse-marn", "OWNS", "gorse-farms")],
    ),
    (  # banking: a stake
        "Varro Bank lends to shops. Ilse Marn, chief executive of Varro Bank, who took a 15% "
        "stake in Gorse Farms, will retire.",
        [("varro-bank", "FUNDS", "gorse-farms")],
        [("ilse-marn", "FUNDS", "gorse-farms"), ("ilse-marn", "OWNS", "gorse-farms")],
    ),
    (  # banking: a launch
        "Varro Bank lends to shops. Ilse Marn, chief executive of Varro Bank, who launched the "
        "Varro Green Fund in 2021, will retire.",
        [("varro-bank", "FOUNDED", "varro-green-fund")],
        [("ilse-marn", "FOUNDED", "varro-green-fund")],
    ),
    (  # telecoms: a regulator's fine
        "Pelt Mobile sells phones. Jon Hale, chair of the Danish Telecom Authority, who fined "
        "Pelt Mobile last month, stepped down.",
        [("danish-telecom-authority", "DISPUTES", "pelt-mobile")],
        [("jon-hale", "DISPUTES", "pelt-mobile")],
    ),
    (  # telecoms: a regulator's block
        "Pelt Mobile sells phones. Jon Hale, director of the Danish Competition Authority, who "
        "blocked Pelt Mobile's takeover of Vantor Net, spoke.",
        [("danish-competition-authority", "DISPUTES", "pelt-mobile")],
        [("jon-hale", "DISPUTES", "pelt-mobile"), ("jon-hale", "DISPUTES", "vantor-net")],
    ),
    (  # drones: a fund's financing
        "Quill Drones builds drones. Omar Reyes, chief investment officer of Harlan Pension "
        "Fund, who financed the Quill Drones plant, retired.",
        [("harlan-pension-fund", "FUNDS", "quill-drones")],
        [("omar-reyes", "FUNDS", "quill-drones")],
    ),
    (  # drones: a round a partner led; no partner funds their own fund
        "Quill Drones builds drones. Omar Reyes, a partner at Ashby Ventures, who led the Series "
        "B of Quill Drones, joined its board.",
        [("ashby-ventures", "FUNDS", "quill-drones")],
        [("omar-reyes", "FUNDS", "ashby-ventures"), ("omar-reyes", "FUNDS", "quill-drones")],
    ),
    (  # drones: a co-led round
        "Quill Drones builds drones. Omar Reyes, a partner at Ashby Ventures, who co-led the seed "
        "round in Quill Drones, joined its board.",
        [("ashby-ventures", "FUNDS", "quill-drones")],
        [("omar-reyes", "FUNDS", "ashby-ventures"), ("omar-reyes", "FUNDS", "quill-drones")],
    ),
    (  # drones: a part in the round
        "Quill Drones builds drones. Omar Reyes, a managing director at Ashby Ventures, who took "
        "part in the round, joined the board of Quill Drones.",
        [],
        [("omar-reyes", "FUNDS", "ashby-ventures")],
    ),
    (  # drones: an investor's backing is its fund's money
        "Quill Drones builds drones. Omar Reyes, a partner at Ashby Ventures, who backed Quill "
        "Drones in 2019, joined its board.",
        [("ashby-ventures", "FUNDS", "quill-drones")],
        [("omar-reyes", "BACKS", "quill-drones")],
    ),
    (  # pottery: praise of a firm stays the firm's
        "Fenwick Pottery makes mugs. Hugh Dale, chair of Marl Clayworks Ltd, who praised Fenwick "
        "Pottery, met ministers.",
        [],
        [("hugh-dale", "BACKS", "fenwick-pottery")],
    ),
    (  # pottery: a plural perfect is the guild's members
        "Fenwick Pottery makes mugs. Hugh Dale, chair of the Stoke Potters Guild, who have "
        "accused Fenwick of copying glazes, met on Monday.",
        [("stoke-potters-guild", "DISPUTES", "fenwick-pottery")],
        [("hugh-dale", "DISPUTES", "fenwick-pottery")],
    ),
    (  # pottery: a plural progressive
        "Fenwick Pottery makes mugs. Hugh Dale, leader of the Stoke Potters Union, who are suing "
        "Fenwick over overtime, will strike.",
        [("stoke-potters-union", "DISPUTES", "fenwick-pottery")],
        [("hugh-dale", "DISPUTES", "fenwick-pottery")],
    ),
    (  # pottery: a plural present
        "Fenwick Pottery makes mugs. Hugh Dale, leader of the Stoke Potters Union, who accuse "
        "Fenwick of cutting overtime, will strike.",
        [("stoke-potters-union", "DISPUTES", "fenwick-pottery")],
        [("hugh-dale", "DISPUTES", "fenwick-pottery")],
    ),
    (  # pottery: an intent is no act of the person
        "Fenwick Pottery makes mugs. Hugh Dale, head of the Stoke Potters Guild, who plans to sue "
        "Fenwick, met ministers.",
        [],
        [("hugh-dale", "DISPUTES", "fenwick-pottery")],
    ),
]

# mend32: the person's own acts keep the person reading
OWN_ACTS: list[Case] = [
    (  # pottery: an adverb after the auxiliary
        "Fenwick Pottery makes mugs. Hugh Dale, head of the Stoke Potters Guild, who has long "
        "criticised Fenwick, met ministers.",
        [("hugh-dale", "DISPUTES", "fenwick-pottery")],
        [("stoke-potters-guild", "DISPUTES", "fenwick-pottery")],
    ),
    (  # pottery: an adverb before the verb
        "Fenwick Pottery makes mugs. Hugh Dale, head of the Stoke Potters Guild, who publicly "
        "denounced Fenwick, met ministers.",
        [("hugh-dale", "DISPUTES", "fenwick-pottery")],
        [("stoke-potters-guild", "DISPUTES", "fenwick-pottery")],
    ),
    (  # pottery: mockery of a product
        "Fenwick Pottery makes mugs. Hugh Dale, chair of the Stoke Potters Guild, who mocked "
        "Fenwick's new teapot, met ministers.",
        [("hugh-dale", "DISPUTES", "fenwick-pottery")],
        [("stoke-potters-guild", "DISPUTES", "fenwick-pottery")],
    ),
    (  # pottery: "helped found"
        "Fenwick Pottery makes mugs. Hugh Dale, chair of Marl Clayworks Ltd, who helped found "
        "Fenwick Pottery in 1990, met ministers.",
        [("hugh-dale", "FOUNDED", "fenwick-pottery")],
        [("marl-clayworks", "FOUNDED", "fenwick-pottery")],
    ),
    (  # pottery: "co-founded"
        "Fenwick Pottery makes mugs. Hugh Dale, chair of Marl Clayworks Ltd, who co-founded "
        "Fenwick Pottery in 1990, met ministers.",
        [("hugh-dale", "FOUNDED", "fenwick-pottery")],
        [("marl-clayworks", "FOUNDED", "fenwick-pottery")],
    ),
    (  # pottery: backing a person
        "Fenwick Pottery makes mugs. Hugh Dale, chair of Marl Clayworks Ltd, who endorsed Ada "
        "Rook for the chair, met ministers.",
        [("hugh-dale", "BACKS", "ada-rook")],
        [("marl-clayworks", "BACKS", "ada-rook")],
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

BANK = ROLE_WHO + FIRM_ACTS + OWN_ACTS + GAPPED
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
