"""Genre bank for criticism that is only reported (round 32, second disputes pass).

"P told this newspaper that X had misled savers", "P said on Monday that X had overcharged
builders": the report may name its hearer or its time between the verb of saying and "that"
(`loaders.relations.accusation.report_verb`), and the charge may be quoted ('said X had "misled
farmers"'). The same reach serves a dismissed claim ("said in a statement that X's figures were
selective"). A named firm or person judged harshly in a reported clause ("said X had been
reckless", 'told us X was "predatory"') is disputed by the speaker
(`accusation.said_judged`). A quoted predicate that opens with a charge ('said X had "tried to
bully suppliers"', 'says X's board "should have consulted us"') reads the same
(`accusation.quoted_charge`), not after a pronoun or "tried to be". "According to the union,
X had misled its staff" reads the same way, the source opening the sentence.
Guards: a negation ("said X had not misled anyone"), a hedge, praise ("said X's figures were
accurate"), a modal's advice ("said X would be reckless to cut prices"), a speaker's own firm,
and a name between the verb and "that" (the hearer, not the speaker: left alone).

Each case is a short invented text across dairy, tiles, bakeries, milling, canning, haulage,
footwear, glass, boilers, leather and hay.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

REPORTED: list[Case] = [
    (  # dairy: a quoted charge
        'Velbrook Dairies sells cheese. Nia Powell said Velbrook had "misled small farms for '
        'years".',
        [("nia-powell", "DISPUTES", "velbrook-dairies")],
        [],
    ),
    (  # tiles: the hearer between the verb and "that"
        "Marlow Tiles makes roof tiles. Owen Pratt told this newspaper that Marlow had "
        "overcharged builders.",
        [("owen-pratt", "DISPUTES", "marlow-tiles")],
        [],
    ),
    (  # bakery: a time between the verb and "that"
        "Arlo Bakes sells bread. Rina Cole said on Monday that Arlo had misled customers.",
        [("rina-cole", "DISPUTES", "arlo-bakes")],
        [],
    ),
    (  # milling: a union, an adverb before the charge, a new charge verb
        "Pellow Mills grinds flour. The Millers Union told reporters that Pellow had repeatedly "
        "flouted the safety code.",
        [("the-millers-union", "DISPUTES", "pellow-mills")],
        [],
    ),
    (  # canning: a firm reporting to its investors
        "Kelso Foods makes soup. Kelso told investors that Harrow Cans had overcharged it.",
        [("kelso-foods", "DISPUTES", "harrow-cans")],
        [],
    ),
    (  # hay: a dismissed figure reported after a longer phrase
        "Greystone Farms sells hay. Fairline Bet said in a written statement that Greystone's "
        'figures were "selective".',
        [("fairline-bet", "DISPUTES", "greystone-farms")],
        [],
    ),
    (  # steel: "according to" the accuser, the charge after the comma
        "Torvik Steel makes rails. According to the Rail Workers Union, Torvik had misled its "
        "welders.",
        [("rail-workers-union", "DISPUTES", "torvik-steel")],
        [],
    ),
    (  # scrap: "according to" a firm
        "Torvik Steel makes rails. According to Torvik, Harrow Metals overcharged it for scrap.",
        [("torvik-steel", "DISPUTES", "harrow-metals")],
        [],
    ),
    (  # haulage: a harsh judgement
        "Kelso Haulage runs trucks. The Kent Drivers Union said Kelso had been reckless with "
        "drivers' hours.",
        [("the-kent-drivers-union", "DISPUTES", "kelso-haulage")],
        [],
    ),
    (  # canning: a quoted judgement after "told ... that"
        'Harrow Cans makes tins. Ada Lenz told this newspaper that Harrow was "predatory" in '
        "its pricing.",
        [("ada-lenz", "DISPUTES", "harrow-cans")],
        [],
    ),
]

QUOTED: list[Case] = [
    (  # posters: a quoted attempt, a time between the verb and "that"
        "Lumo Signs prints posters. Bea Okoye said after the hearing that Lumo had "
        '"tried to bully small printers".',
        [("bea-okoye", "DISPUTES", "lumo-signs")],
        [],
    ),
    (  # drilling: a firm's board "should have", a title before the speaker
        "Dunmore Wells drills for water. Portfolio manager Ken Obi says Dunmore's board "
        '"should have consulted its holders first".',
        [("ken-obi", "DISPUTES", "dunmore-wells")],
        [],
    ),
    (  # ferries: a refusal quoted after "told reporters"
        'Skerla Ferries runs boats. Tom Vell told reporters that Skerla had "refused to meet '
        'the crews".',
        [("tom-vell", "DISPUTES", "skerla-ferries")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # soup: praise after "tried to be"
        'Kelso Foods makes soup. Ada Lenz said Kelso had "tried to be fair to everyone".',
        [],
        [("ada-lenz", "DISPUTES", "kelso-foods")],
    ),
    (  # towers: a pronoun for a deal, no firm
        "Telmar Towers agreed to sell its masts. Gus Brant welcomed the deal but said it "
        '"should have happened a year ago".',
        [],
        [("gus-brant", "DISPUTES", "telmar-towers")],
    ),
    (  # glass: a negation
        "Orvo Glass makes bottles. Ida Moss said that Orvo had not misled anyone.",
        [],
        [("ida-moss", "DISPUTES", "orvo-glass")],
    ),
    (  # footwear: a negated judgement
        "Tarsa Shoes makes boots. Ben Okoro said Tarsa was not greedy.",
        [],
        [("ben-okoro", "DISPUTES", "tarsa-shoes")],
    ),
    (  # boilers: a modal's advice
        "Vento Heat makes boilers. Lia Hart said on Monday that Vento would be reckless to cut "
        "prices.",
        [],
        [("lia-hart", "DISPUTES", "vento-heat")],
    ),
    (  # canning: praise of a firm's figures
        "Harrow Cans makes tins. Analysts at Kelso Securities said on Monday that Harrow's "
        "forecasts were accurate.",
        [],
        [("kelso-securities", "DISPUTES", "harrow-cans")],
    ),
    (  # hay: a neutral report
        "Greystone Farms sells hay. Fairline Bet said in a written statement that Greystone "
        "had been praised by farmers.",
        [],
        [("fairline-bet", "DISPUTES", "greystone-farms")],
    ),
    (  # leather: the speaker's own firm
        "Brenna Leather makes belts. Ada Lenz, the chief executive of Brenna, said in an "
        "interview that Brenna had overcharged a client.",
        [("ada-lenz", "LEADS", "brenna-leather")],
        [("ada-lenz", "DISPUTES", "brenna-leather")],
    ),
    (  # scrap: "according to" with a negation
        "Harrow Metals sells scrap. According to Harrow, Torvik Steel had not overcharged anyone.",
        [],
        [("harrow-metals", "DISPUTES", "torvik-steel")],
    ),
    (  # footwear: the firm's own denial
        "Tarsa Shoes makes boots. Tarsa told investors that it had misled nobody.",
        [],
        [("tarsa-shoes", "DISPUTES", "tarsa-shoes")],
    ),
]

GAPPED: list[Case] = [
    (  # footwear: the hearer named between the verb and "that"
        "Tarsa Shoes makes boots. Ada Lenz told Tarsa that Brenna Leather had poached its "
        "designers.",
        [("ada-lenz", "DISPUTES", "brenna-leather")],
        [],
    ),
    (  # canning: a reported judgement of a firm's prices
        "Harrow Cans makes tins. Kelso Foods said Harrow's prices were unfair.",
        [("kelso-foods", "DISPUTES", "harrow-cans")],
        [],
    ),
]

BANK = REPORTED + QUOTED + GUARDS + GAPPED
GAPS: dict[str, str] = {
    "Tarsa Shoes makes boots. Ada Lenz told Tarsa": "a name between the verb of saying and "
    '"that" is the hearer; the reach stops at any name',
    "Harrow Cans makes tins. Kelso Foods said": "a firm's prices (or terms, fees) judged "
    "unfair are read only for claim nouns (figures, estimates, forecasts)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp2_32(case: Case) -> None:
    check(*case)
