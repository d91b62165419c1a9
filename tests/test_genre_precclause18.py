"""Genre bank for arguments kept inside the trigger's own clause (round 18).

An officer named in an "Its <title>, P," frame disputes in his own name, not his firm's (only a
spokesman speaks for it). A passive conjunct with no subject of its own ("..., and is 30%
owned by Z") is said of the sentence's subject, never of the first verb's object. The verb
after "and" shares the first verb's subject past a present verb or a leaving verb ("X supplies
Y and sued Z", "A left Y and founded Z"). A relative clause closed by a comma keeps its head as
the subject past one earlier verb phrase ("X, which Y bought in 2019, has appealed and sued
Z"). A bare hearsay noun or talk ("Speculation that A would buy B") puts what follows out of
fact. A reported clause with its own subject gives the speaker no dispute ("told reporters the
insurer had sued X").

Each case is a short invented text (relations that must be found, relations that must not be),
across food, games, mining, steel, media, pharma, energy, banking and retail.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OFFICERS: list[Case] = [
    (  # food: a chairman acts in his own name
        "Kelso Foods has a new boss. Its chairman, Hal Varden, sued Ostrel Bank last week.",
        [("hal-varden", "DISPUTES", "ostrel-bank"), ("hal-varden", "LEADS", "kelso-foods")],
        [("kelso-foods", "DISPUTES", "ostrel-bank")],
    ),
    (  # retail: a founder's attack is his own
        "Pellmoor Stores is growing. Its founder, Ida Marsh, attacked Calder Bank over fees.",
        [("ida-marsh", "DISPUTES", "calder-bank")],
        [("pellmoor-stores", "DISPUTES", "calder-bank")],
    ),
    (  # energy: a chief executive's accusation
        "Tarsa Energy cut its forecast. Its chief executive, Ada Reyes, accused Norvik Grid of "
        "favouritism.",
        [("ada-reyes", "DISPUTES", "norvik-grid")],
        [("tarsa-energy", "DISPUTES", "norvik-grid")],
    ),
    (  # must still give: a spokesman only speaks; his organization is the party
        "The Shoppers League met in Leeds. Its spokesman, Ned Carrow, accused Ambry Stores of "
        "buying silence.",
        [("the-shoppers-league", "DISPUTES", "ambry-stores")],
        [("ned-carrow", "DISPUTES", "ambry-stores")],
    ),
    (  # must still give: a title before the name, no frame
        "Kelso Foods chief executive Hal Varden accused Ostrel Bank of favouritism.",
        [("hal-varden", "DISPUTES", "ostrel-bank"), ("hal-varden", "LEADS", "kelso-foods")],
        [("kelso-foods", "DISPUTES", "ostrel-bank")],
    ),
]

PASSIVE_CONJUNCTS: list[Case] = [
    (  # games: ", and is 30% owned by": the publisher is owned, not its game
        "Tessmoor Games publishes the Rimewalk game, and is 30% owned by Velsen Media.",
        [("velsen-media", "OWNS", "tessmoor-games")],
        [("velsen-media", "OWNS", "rimewalk")],
    ),
    (  # dairy: "is majority owned by"
        "Ostrel Dairy makes Brisa cheese and is majority owned by Kelvin Capital.",
        [("kelvin-capital", "OWNS", "ostrel-dairy")],
        [("kelvin-capital", "OWNS", "brisa")],
    ),
    (  # games: no article before the product
        "Tessmoor Games publishes Rimewalk and is 30% owned by Velsen Media.",
        [("velsen-media", "OWNS", "tessmoor-games")],
        [("velsen-media", "OWNS", "rimewalk")],
    ),
    (  # steel: "was bought by" after a supply verb
        "Halvik Steel supplies Norrhavn Rail and was bought by Tarsa Group in 2020.",
        [("tarsa-group", "OWNS", "halvik-steel")],
        [("tarsa-group", "OWNS", "norrhavn-rail")],
    ),
    (  # guard: ", and" closing an aside stays closed
        "Brisk Pharma was founded by Ada Reyes, who runs it, and is 35% owned by Kelvin Capital.",
        [("kelvin-capital", "OWNS", "brisk-pharma"), ("ada-reyes", "FOUNDED", "brisk-pharma")],
        [("kelvin-capital", "OWNS", "ada-reyes")],
    ),
    (  # games: an opening adjunct's comma is no aside before ", and" (review18 B2)
        "In 2020, Kessel Games makes the Orbit game, and is 30% owned by Vorn Capital.",
        [("vorn-capital", "OWNS", "kessel-games")],
        [("vorn-capital", "OWNS", "orbit")],
    ),
    (  # food: a preposed time phrase and ", and is 40% owned by"
        "Last year, Tarsa Mills made the Kelp brand, and is 40% owned by Orvo Capital.",
        [("orvo-capital", "OWNS", "tarsa-mills")],
        [("orvo-capital", "OWNS", "kelp")],
    ),
]

SHARED_SUBJECTS: list[Case] = [
    (  # pharma: "left Y ... and founded Z": the leaver founded it
        "Ada Reyes left Harlan Group in 2019 and founded Brisk Pharma.",
        [("ada-reyes", "FOUNDED", "brisk-pharma")],
        [("harlan-group", "FOUNDED", "brisk-pharma")],
    ),
    (  # banking: "exited Y and invested in Z"
        "Kelvin Capital exited Harlan Group and invested in Brisk Pharma.",
        [("kelvin-capital", "FUNDS", "brisk-pharma")],
        [("harlan-group", "FUNDS", "brisk-pharma")],
    ),
    (  # steel: a present verb before the object
        "Kelvin Steel supplies Harlan Rail and sued Brisk Freight.",
        [("kelvin-steel", "DISPUTES", "brisk-freight")],
        [("harlan-rail", "DISPUTES", "brisk-freight")],
    ),
    (  # media: "runs Y and owns Z"
        "Velsen Media runs the Ostvard festival and owns Tessmoor Radio.",
        [("velsen-media", "OWNS", "tessmoor-radio")],
        [("ostvard", "OWNS", "tessmoor-radio")],
    ),
    (  # must still give: the object of "hired" is no buyer
        "Harlan Group hired Ada Reyes and bought Brisk Pharma.",
        [("harlan-group", "OWNS", "brisk-pharma")],
        [("ada-reyes", "OWNS", "brisk-pharma")],
    ),
]

RELATIVE_HEADS: list[Case] = [
    (  # mills: "which Y bought ..., has appealed and sued Z"
        "Quiverly Mills, which Brantham Capital bought in 2019, has appealed and sued Ostrel Bank.",
        [
            ("quiverly-mills", "DISPUTES", "ostrel-bank"),
            ("brantham-capital", "OWNS", "quiverly-mills"),
        ],
        [("brantham-capital", "DISPUTES", "ostrel-bank")],
    ),
    (  # food: "cut jobs and invested in Z"
        "Quiverly Mills, which Brantham Capital bought in 2019, cut jobs and invested in Ostrel "
        "Foods.",
        [("quiverly-mills", "FUNDS", "ostrel-foods")],
        [("brantham-capital", "FUNDS", "ostrel-foods")],
    ),
    (  # energy: "cut prices and now competes with Z"
        "Tarsa Energy, which Harlan Group acquired last year, cut prices and now competes with "
        "Kelso Power.",
        [("tarsa-energy", "COMPETES_WITH", "kelso-power")],
        [("harlan-group", "COMPETES_WITH", "kelso-power")],
    ),
    (  # guard: ", and" after the relative: the sentence's subject sued
        "Harlan Group bought Quiverly Mills, which Brantham Capital had owned, and sued Ostrel "
        "Bank.",
        [("harlan-group", "DISPUTES", "ostrel-bank")],
        [("quiverly-mills", "DISPUTES", "ostrel-bank")],
    ),
    (  # must still give: the plain relative
        "Tarsa Mining, which Harlan Group bought in 2019, sued Kelso Metals over the patent.",
        [("tarsa-mining", "DISPUTES", "kelso-metals"), ("harlan-group", "OWNS", "tarsa-mining")],
        [("harlan-group", "DISPUTES", "kelso-metals")],
    ),
]

HEARSAY: list[Case] = [
    (  # food: long talk that a purchase would happen
        "There has long been talk that Harlan Group would buy Kelso Foods, which Harlan Group "
        "has always denied.",
        [],
        [("harlan-group", "OWNS", "kelso-foods")],
    ),
    (  # banking: speculation before the clause
        "Speculation that Ostrel Bank had bought Kelvin Credit lifted the shares.",
        [],
        [("ostrel-bank", "OWNS", "kelvin-credit")],
    ),
    (  # retail: a press report nobody confirms
        "Kelso Foods would not discuss press reports that it had rebuffed an approach from "
        "Harlan Group.",
        [],
        [("kelso-foods", "DISPUTES", "harlan-group")],
    ),
    (  # must still give: a plain statement
        "Harlan Group said on Monday that it had bought Kelso Foods.",
        [("harlan-group", "OWNS", "kelso-foods")],
        [],
    ),
    (  # guard: rumours talked of bring their content only: "that", "of" (review18 B1)
        "Rumours that Vorn Capital owns Kelda Ales lifted the shares.",
        [],
        [("vorn-capital", "OWNS", "kelda-ales")],
    ),
    (  # guard: "there is talk of"
        "There is talk of Vorn Capital buying Kelda Ales.",
        [],
        [("vorn-capital", "OWNS", "kelda-ales")],
    ),
    (  # brewing: speculation in the main clause, a fact in the "after" clause (review18 B1)
        "Speculation about the brewery grew after Vorn Capital bought Kelda Ales in May.",
        [("vorn-capital", "OWNS", "kelda-ales")],
        [],
    ),
    (  # brewing: "talk of a merger" ends before the "after" clause
        "Talk of a merger faded after Vorn Capital bought Kelda Ales in May.",
        [("vorn-capital", "OWNS", "kelda-ales")],
        [],
    ),
    (  # brewing: bare rumours with no content after them
        "The rumours faded after Vorn Capital bought Kelda Ales in May.",
        [("vorn-capital", "OWNS", "kelda-ales")],
        [],
    ),
    (  # brewing: "when"
        "Speculation ended in May when Vorn Capital bought Kelda Ales.",
        [("vorn-capital", "OWNS", "kelda-ales")],
        [],
    ),
    (  # shipping: "as"
        "Talk of a merger grew as Harlan Group bought Norrhavn Shipping.",
        [("harlan-group", "OWNS", "norrhavn-shipping")],
        [],
    ),
]

REPORTED: list[Case] = [
    (  # insurance: the hearer of "told", then the clause's own subject
        "Ada Reyes told reporters the insurer had sued Kelso Foods.",
        [],
        [("ada-reyes", "DISPUTES", "kelso-foods")],
    ),
    (  # media: a bare plural subject of the reported clause
        "Ada Reyes said shareholders had attacked Velsen Media over the deal.",
        [],
        [("ada-reyes", "DISPUTES", "velsen-media")],
    ),
    (  # pharma: the speaker's firm is not the buyer the speaker reports
        "Harlan Group said Kelso Foods had bought Brisk Pharma.",
        [("kelso-foods", "OWNS", "brisk-pharma")],
        [("harlan-group", "OWNS", "brisk-pharma")],
    ),
    (  # banking: an analyst's firm reports
        "Analysts at Dray Securities said Tarsa Energy would sue Kelso Foods.",
        [],
        [("dray-securities", "DISPUTES", "kelso-foods")],
    ),
    (  # must still give: the speaker's own "it"
        "Harlan Group told investors it had sued Brisk Pharma.",
        [("harlan-group", "DISPUTES", "brisk-pharma")],
        [],
    ),
    (  # funding: a bare plural subject of the reported clause funds, not the speaker
        "Harlan Group said investors had funded Kelso Foods.",
        [],
        [("harlan-group", "FUNDS", "kelso-foods")],
    ),
]

BANK = OFFICERS + PASSIVE_CONJUNCTS + SHARED_SUBJECTS + RELATIVE_HEADS + HEARSAY + REPORTED
GAPS: dict[str, str] = {
    "Kelso Foods would not discuss press reports": "'reports that' is not read as hearsay (a "
    "firm may confirm reports: the wider reading lost right relations on two described sets)",
    "Harlan Group said investors had funded": "the reported clause's own subject stops only "
    "conflict verbs; for all types it lost right relations on three described sets",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_precclause18(case: Case) -> None:
    check(*case)
