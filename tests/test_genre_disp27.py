"""Genre bank for disputes on fresh text (round 27).

Three readings that widen the existing rules, each with its guards:

- a holder's attack on "the board" in a run of the article's shareholders: the holder in view
  is not whose board it is, the article's clear topic is (`sentence_context._managed`); the
  critic's own pronoun ("the pay it says ...") names no other organization, nor does a
  description or pronoun after the board ("while the core unit stalls"), unlike a name
  (`litigation.management`);
- a negation inside a reported clause stops at "and" plus a past verb: "said it had not been
  told and criticised Y" criticises Y (`hedge_scope.scope_start`);
- a relative clause whose head is an appositive of a name ("X, the growers' union, which ...,
  sued Y") gives the verb after it that name (`apposed_heads`, `nav.past_relative`).

Guards keep the same shapes silent where they must be: a board with another firm named after
it, a negated attack on the board, a negation shared by a bare verb ("did not sue and
criticise"), an unnamed head opening its sentence ("The fund, which ..., sued"), a head that
is a place. Strict xfails hold the constructions left unread: a definite object resolved to
its own subject ("X, Y's rival, sued the company"), a bare "the merger" far from the takeover
that named it, a rebuttal of "the suit" by a person
of the accused (left alone: last round's reading failed the CHECK half and the TUNE half
shows no wrong addition to learn from).

Each case is a short invented text across breweries, quarries, ferries, toys, footwear, hotels,
bakeries, salmon farming, textiles, paper, dairy, pharmacies, savings and water.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BOARDS: list[Case] = [
    (  # breweries: a holder after another holder in view; the board is the topic's
        "Harwick Breweries halved its interim payout on Thursday.\n\nHarwick's investors are "
        "uneasy. Calder Mutual Trust owns 13% of Harwick. Brisa Capital, the hedge fund that "
        "took a 4% position in March, has criticised the board over a bottling plant it calls "
        "a folly.",
        [("brisa-capital", "DISPUTES", "harwick-breweries")],
        [("brisa-capital", "DISPUTES", "calder-mutual-trust")],
    ),
    (  # ferries: "an activist that holds just over N%" attacking the board
        "Skarn Ferries lost two routes this year.\n\nSkarn's owners are split. Holm "
        "Pension Trust owns 11% of Skarn. Pellow Capital, an activist that holds just over "
        "7%, has attacked the board for ordering three ships in a slump.",
        [("pellow-capital", "DISPUTES", "skarn-ferries")],
        [("pellow-capital", "DISPUTES", "holm-pension-trust")],
    ),
    (  # toys: a firm named in the grounds after "the board for" is what the board did
        # (round 30: was a guard; the board is still the topic's)
        "Bramble Toys cut its outlook again.\n\nBramble's holders are split. Kess Pension "
        "Plan owns 12% of Bramble. Orrin Partners, which holds 5%, has criticised the board "
        "for overpaying for Tillet Games.",
        [("orrin-partners", "DISPUTES", "bramble-toys")],
        [("orrin-partners", "DISPUTES", "tillet-games")],
    ),
    (  # footwear: a description after the board names no other owner of it
        "Stoval Boots cut its outlook on Tuesday.\n\nStoval's holders are restless. Ferrin "
        "Pension Plan owns 14% of Stoval. Stoval sold its sandal arm, Breeze Sandals, in May. "
        "Ardley Fund, which holds 9% of the shares, has attacked the board for buying rivals "
        "while the sandal maker thrives.",
        [("ardley-fund", "DISPUTES", "stoval-boots")],
        [("ardley-fund", "DISPUTES", "breeze-sandals")],
    ),
    (  # footwear: the sold arm named in the grounds after "the board for" owns no board
        # there (round 30: was a guard)
        "Stoval Boots cut its outlook on Tuesday.\n\nStoval's holders are restless. Ferrin "
        "Pension Plan owns 14% of Stoval. Stoval sold its sandal arm, Breeze Sandals, in May. "
        "Ardley Fund, which holds 9% of the shares, has attacked the board for buying rivals "
        "while Breeze Sandals thrives.",
        [("ardley-fund", "DISPUTES", "stoval-boots")],
        [("ardley-fund", "DISPUTES", "breeze-sandals")],
    ),
    (  # valves (mend27): the critic holds the holder in view: the board is the holder's
        "Obrine makes valves. Orvel owns 9% of Obrine. Arno Capital, which owns 5% of Orvel, "
        "attacked the board.",
        [("arno-capital", "DISPUTES", "orvel")],
        [("arno-capital", "DISPUTES", "obrine")],
    ),
    (  # paper (mend27): the same with "holds" and "criticised"
        "Tarsk Mills makes paper. Helm Group owns 12% of Tarsk Mills. Vendo Partners, which "
        "holds 4% of Helm Group, criticised the board.",
        [("vendo-partners", "DISPUTES", "helm-group")],
        [("vendo-partners", "DISPUTES", "tarsk-mills")],
    ),
    (  # valves (mend27): a holder with no firm named: the board is the held topic's
        "Obrine makes valves. Pell Fund owns 9% of Obrine. Arno Capital, with 5%, attacked the "
        "board.",
        [("arno-capital", "DISPUTES", "obrine")],
        [("arno-capital", "DISPUTES", "pell-fund")],
    ),
    (  # hotels: guard, a negated attack
        "Corrant Hotels cut its outlook again.\n\nCorrant's holders are split. Vey Pension "
        "Plan owns 12% of Corrant. Lusk Capital, which holds 5%, has not criticised the "
        "board.",
        [],
        [("lusk-capital", "DISPUTES", "corrant-hotels")],
    ),
]

REPORTED: list[Case] = [
    (  # guard (mend27): "and backed it" takes the reported bid up again: still reported
        "Orvel said it had not opposed Brix's bid and backed it.",
        [],
        [("orvel", "FUNDS", "brix")],
    ),
    (  # guard (mend27): brewing, "and welcomed it" after a negated reported clause
        "Halden Brewing said it had not rejected Tarn's offer and welcomed it.",
        [],
        [("halden-brewing", "BACKS", "tarn")],
    ),
    (  # quarries: a negation in the reported clause does not reach the next act
        "Dunlin Quarries cuts granite near Elgin. Glenvarrow Residents Forum, a village lobby, "
        "said it had not been warned of the blasting and criticised Dunlin for cracked walls.",
        [("glenvarrow-residents-forum", "DISPUTES", "dunlin-quarries")],
        [],
    ),
    (  # salmon farming: the same shape with "accused"
        "Nordhav Salmon runs pens off Tromso. Kystvern, a coastal campaign group, said it "
        "had not been shown the study and accused Nordhav of hiding lice counts.",
        [("kystvern", "DISPUTES", "nordhav-salmon")],
        [],
    ),
    (  # textiles: guard, the negation covers both bare verbs
        "Torvane Mills makes linen in Prato. Filati Union said it would not sue and criticise "
        "Torvane Mills.",
        [],
        [("filati-union", "DISPUTES", "torvane-mills")],
    ),
    (  # bakeries: guard, a negation with no report before it
        "Crumbe Bakeries runs 40 shops. Dolan Flour has not complained and praised Crumbe "
        "Bakeries.",
        [],
        [("dolan-flour", "DISPUTES", "crumbe-bakeries")],
    ),
]

APPOSED: list[Case] = [
    (  # textiles: an appositive, then a relative with a place in it
        "Torvane Mills makes linen in Prato. Filati Union, the regional weavers' union, which "
        "represents about 900 workers in Prato, accused Torvane of selling the staff along "
        "with the mills.",
        [("filati-union", "DISPUTES", "torvane-mills")],
        [],
    ),
    (  # dairy: "X, the <noun>, which has N members, sued Y"
        "Lowmoor Dairies buys milk from 300 farms. Fenmore Guild, the growers' cooperative, "
        "which has 400 members, sued Lowmoor Dairies over a price cut.",
        [("fenmore-guild", "DISPUTES", "lowmoor-dairies")],
        [],
    ),
    (  # paper: guard, an unnamed head opening the sentence names no one
        "Harl Paper runs a mill in Kemi. The fund, which Pia Saari set up in 2011, sued Harl "
        "Paper in May.",
        [],
        [("pia-saari", "DISPUTES", "harl-paper")],
    ),
]

GAPPED: list[Case] = [
    (  # pharmacies: a definite object resolved to its own subject
        "Quell Pharmacies runs 200 shops. Dravo Health, Quell's chief rival, sued the company "
        "in 2022 over its loyalty scheme.",
        [("dravo-health", "DISPUTES", "quell-pharmacies")],
        [],
    ),
    (  # water: a bare "the merger" far from the takeover that named it
        "Tessel Water agreed to buy Brankley Water in March. The two supply 3 million homes. "
        "Shares rose 4%. Analysts expect savings. Rivermark Users, a customer group, said the "
        "merger would raise bills and urged the regulator to block it.",
        [
            ("rivermark-users", "DISPUTES", "tessel-water"),
            ("rivermark-users", "DISPUTES", "brankley-water"),
        ],
        [],
    ),
    (  # dairy: a person of the accused calls the suit a stunt, the suit stated before
        "Varden Creamery sued Halcot Dairy in March over a label. Halcot's founder, Ruth "
        'Ancrum, called the lawsuit "a stunt to keep us off the shelves".',
        [("ruth-ancrum", "DISPUTES", "varden-creamery")],
        [],
    ),
]

READ: list[Case] = [
    (  # savings: "sued both A, known as B, and C" (read already)
        "Pell Savings agreed to merge with Orlo Bank. The Keep Pell Local Committee sued both "
        "the savings bank, known as PSB, and Orlo Bank in May, alleging the vote papers were "
        "misleading.",
        [
            ("the-keep-pell-local-committee", "DISPUTES", "orlo-bank"),
            ("the-keep-pell-local-committee", "DISPUTES", "pell-savings"),
        ],
        [("orlo-bank", "DISPUTES", "pell-savings")],
    ),
]

BANK = BOARDS + REPORTED + APPOSED + READ + GAPPED
GAPS: dict[str, str] = {
    "Tessel Water agreed": "a bare 'the merger' reaches back two sentences only",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp27(case: Case) -> None:
    check(*case)
