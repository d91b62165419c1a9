"""Genre bank for organisations and persons lost to a misread type cue: a trade noun with an
industry or nationality premodifier ("feed blender Pelmar", "the Danish processor Skarn Hav")
or "investment vehicle" describes a company, not a device; a fronted "For X-based NAME, the
project ..." gives NAME no appositive; "plan"/"project" as a verb after a name ("Does Nelmor
plan to list") is no head noun; an appositive closed by "who" ("a former pharmacy buyer who
advises X"), a person noun (illustrator, cartographer) or "NAME and I" makes a person.

Invented texts across food, mining, shipping, banking, pharma, energy, retail, media, autos,
farming, telecoms, insurance and property. Guards: a real device with a possessor ("its new
blender", "Acme's Velo processor"), a real project ("the project" as a subject elsewhere), a
real plan ("the Nelmor plan"), a firm's "which" clause.
"""

from __future__ import annotations

import pytest
from construction_check import check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

ORG = "Organization"
PER = "Person"
PROD = "Product"
PROJ = "Project"

TRADE_NOUNS: list[TypeCase] = [
    (  # farming: "Dutch blender X" then "X, a feed blender"
        "Ostvik Kemi agreed to buy Dutch blender Pelmar. Pelmar, a family-owned feed blender "
        "based in Breda, was founded in 1971.",
        {"Pelmar": ORG, "Ostvik Kemi": ORG},
        [],
    ),
    (  # food: nationality + processor before the name
        "The Norwegian processor Skarn Hav said its plant would reopen in May.",
        {"Skarn Hav": ORG},
        [],
    ),
    (  # food: appositive "a seafood processor"
        "Lindqvist Marine, a seafood processor, cut 40 jobs in Tromso.",
        {"Lindqvist Marine": ORG},
        [],
    ),
    (  # food: single coined word, appositive with industry noun
        "Dravik, a Finnish fish processor, said prices rose.",
        {"Dravik": ORG},
        [],
    ),
    (  # farming: "fertiliser blender" appositive
        "Tarnel, the largest fertiliser blender in Flanders, hired 20 staff.",
        {"Tarnel": ORG},
        [],
    ),
    (  # food: "coffee roaster"-type trade word "meat packer"
        "Brunsvik, a Swedish meat packer, lost a contract.",
        {"Brunsvik": ORG},
        [],
    ),
    (  # mining: "ore processor" before the name
        "Ore processor Kalvanto reported higher output.",
        {"Kalvanto": ORG},
        [],
    ),
    (  # banking: "a family's investment vehicle"
        "Marlen is 30% owned by Tovel Holding, a Tyrolean family's investment vehicle.",
        {"Tovel Holding": ORG, "Marlen": ORG},
        [],
    ),
    (  # property: "the investment vehicle of"
        "Quarro, an investment vehicle of the Brandt family, bought two towers.",
        {"Quarro": ORG},
        [],
    ),
    (  # insurance: coined name, "holding company"
        "Seldra, the holding company of Ottel Insurance, raised its dividend.",
        {"Seldra": ORG},
        [],
    ),
    (  # guard: a device owned by a company
        "Marwen sells its new Velto blender in 40 countries.",
        {"Velto": PROD, "Marwen": ORG},
        [],
    ),
    (  # guard: a named processor of a chip company
        "Orbent's Kyra processor powers the phone.",
        {"Kyra": PROD},
        [],
    ),
    (  # guard: a kitchen device named with "the"
        "The Solvi blender costs 90 euros at Harlow Stores.",
        {"Solvi": PROD},
        [],
    ),
]

FRONTED: list[TypeCase] = [
    (  # energy: fronted "For City-based X, the project ..."
        "For Lisbon-based Corvant, the project hedges against rising rates. Corvant said it "
        "was pleased.",
        {"Corvant": ORG},
        [],
    ),
    (  # shipping: fronted "For X, the plan ..."
        "For Hamburg-based Meltor, the plan secures work for its yard.",
        {"Meltor": ORG},
        [],
    ),
    (  # retail: fronted "For X, the scheme ..."
        "For Dalby, the scheme is a bet on rents.",
        {"Dalby": ORG},
        [],
    ),
    (  # guard: an appositive in a fronted phrase, closed by a comma, still counts
        "For Varnholt, a Bremen project, the loan came late.",
        {"Varnholt": PROJ},
        [],
    ),
    (  # telecoms: question with "plan" as a verb
        "Does Nelmor plan to list its shares? Nelmor Telecom said it would decide in May.",
        {"Nelmor Telecom": ORG},
        ["Nelmor"],
    ),
    (  # autos: "Will X project a loss?"
        "Will Ardent project a loss this year? Ardent declined to comment.",
        {"Ardent": ORG},
        [],
    ),
    (  # banking: "Can X plan a merger" with nothing else said of it
        "Can Orsk plan a merger without its regulator?",
        {"Orsk": ORG},
        [],
    ),
    (  # media: "X plans to" is already a verb; "X does not plan to"
        "Quillon did not plan to sell the paper, Quillon said.",
        {"Quillon": ORG},
        [],
    ),
    (  # guard: a real plan named for a town
        "The council approved the Harnby project in March.",
        {"Harnby": PROJ},
        [],
    ),
]

PERSONS: list[TypeCase] = [
    (  # pharma: "a former pharmacy buyer who advises"
        "Tove Skaar, a former pharmacy buyer who advises Norrel, said prices would rise.",
        {"Tove Skaar": PER},
        [],
    ),
    (  # media: "the Turin cartographer who drew"
        "Ilan Brecht, the Turin cartographer who drew the maps, joined Velmar Games.",
        {"Ilan Brecht": PER},
        [],
    ),
    (  # media: "illustrator" as a head
        "Oska Prell, an illustrator, designed the cover for Hallo Press.",
        {"Oska Prell": PER},
        [],
    ),
    (  # retail: a one-time grocery-chain buyer
        "Ruan Dekker, a one-time grocery-chain buyer who now advises Tamsin Foods, joined in May.",
        {"Ruan Dekker": PER},
        [],
    ),
    (  # farming: "X, a photographer,"
        "Kaja Vintr, a photographer, sued Hillmoor Farms over the images.",
        {"Kaja Vintr": PER},
        [],
    ),
    (  # food: interview "NAME and I set it up"
        "Benno Raike and I set it up in 2009 with almost nothing.",
        {"Benno Raike": PER},
        [],
    ),
    (  # mining: "NAME and I"
        "Idris Kaul and I founded the mine's owner together.",
        {"Idris Kaul": PER},
        [],
    ),
    (  # shipping: artist title before the name
        "Sculptor Jorun Vale made the statue for Brennan Lines.",
        {"Jorun Vale": PER},
        [],
    ),
    (  # guard: a firm's which clause
        "Kestra Mobile, which sells phones, hired Ulf Berg.",
        {"Kestra Mobile": ORG},
        [],
    ),
    (  # guard: a firm "who" after a firm noun stays Organization
        "Parvel, a lender who had few rivals, grew fast.",
        {"Parvel": ORG},
        [],
    ),
]

CORPORATE_ENDS: list[TypeCase] = [
    (  # property: "Holding" outweighs a device appositive
        "Vennor Holding, a property vehicle, bought the block.",
        {"Vennor Holding": ORG},
        [],
    ),
    (  # autos: "Group" last word with a product appositive
        "Tarrow Group, a truck dealer, opened a site.",
        {"Tarrow Group": ORG},
        [],
    ),
    (  # food: "Brothers"
        "Halm Brothers roasts coffee in Leeds and sells it to Cafe Nord.",
        {"Halm Brothers": ORG},
        [],
    ),
    (  # pharma: "Labs"
        "Quenby Labs, a maker of test kits, raised money.",
        {"Quenby Labs": ORG},
        [],
    ),
]

COMPANY_FRAMES: list[TypeCase] = [
    (  # food: a frame in another sentence outvotes a device appositive
        "Harnly, the Oslo processor, is run by Ulla Berg.",
        {"Harnly": ORG, "Ulla Berg": PER},
        [],
    ),
    (  # farming: "was founded in YEAR by"
        "Costa Verde, a cold-chain network, was founded in 1998 by three farmers.",
        {"Costa Verde": ORG},
        [],
    ),
    (  # telecoms: "a bid for X" in the sentence of a product appositive
        "Ostra made a bid for Plendo, the Oslo app. Plendo rejected it.",
        {"Plendo": ORG, "Ostra": ORG},
        [],
    ),
    (  # banking: "advises X on"
        "Brevik Mills advises Tarro on its debt. Tarro, the Bergen platform, is growing.",
        {"Tarro": ORG},
        [],
    ),
    (  # autos: "X's network of dealers"
        "Pellow said Tarvik's network of dealers would grow. Tarvik, the Oslo truck, sold well.",
        {"Tarvik": ORG},
        [],
    ),
    (  # guard: a product stays a product with no company frame
        "Orbent sells Plendo, its Oslo app, in ten countries.",
        {"Plendo": PROD, "Orbent": ORG},
        [],
    ),
    (  # guard: a person sues too ("is suing" is a weak company cue)
        "Ada Rusk is suing Norden Insurance over her claim.",
        {"Ada Rusk": PER, "Norden Insurance": ORG},
        [],
    ),
    (  # guard: a person advised by a firm keeps a given name's type
        "Hallam Partners advises Maria Olsen on the sale.",
        {"Maria Olsen": PER, "Hallam Partners": ORG},
        [],
    ),
]

TITLES: list[TypeCase] = [
    (  # banking: a seat on a body before the name
        "Panel Member Lena Ost dissented from the decision.",
        {"Lena Ost": PER},
        ["Panel Member Lena Ost", "Member Lena Ost"],
    ),
    (  # insurance: "Board Member"
        "Board Member Arno Vik voted against the Selvik Insurance deal.",
        {"Arno Vik": PER},
        ["Member Arno Vik"],
    ),
    (  # food: a trade noun glued to a company at a sentence's start
        "Roaster Halm Brothers said it would open a cafe in Leeds.",
        {"Halm Brothers": ORG},
        ["Roaster Halm Brothers"],
    ),
]

CORPORATE_ENDS += [
    (  # property: "Holdings" outweighs "platform"
        "Merrow Holdings, an investment platform, bought Delta Rail.",
        {"Merrow Holdings": ORG},
        [],
    ),
    (  # pharma: "Labs" outweighs "platform"
        "Vantor Labs, a drug discovery platform, raised $40 million from Pell Ventures.",
        {"Vantor Labs": ORG},
        [],
    ),
]

FAMILY_FIRMS: list[TypeCase] = [
    (  # textiles: "Mrs SURNAME" beside the firm "Word SURNAME"
        "Weberei Oberlin employs 240 people in Plauen. Mrs Oberlin said the looms run at "
        "night. Mr Oberlin, her son, runs the warehouse.",
        {"Weberei Oberlin": ORG, "Oberlin": PER},
        [],
    ),
    (  # media: a printing firm and the founder's grandson
        "Drukkerij Haalst employs 90 people. Mr Haalst, the founder's grandson, said Drukkerij "
        "Haalst would build a plant. Ms Haalst agreed.",
        {"Drukkerij Haalst": ORG},
        [],
    ),
    (  # guard: a person's full name takes the votes of "Mr SURNAME"
        "Tomasz Wielgosz resigned from Orlen. Mr Wielgosz said he was tired.",
        {"Tomasz Wielgosz": PER},
        [],
    ),
]

GAPS: dict[str, str] = {
    "Roaster Halm": "a sentence-opening trade noun glued to a company's name",
    "Panel Member": "a seat on a body glued to a person's name (as a title it cost blind3 P)",
    "Board Member": "a seat on a body glued to a person's name (as a title it cost blind3 P)",
}


ALL_TYPES: list[TypeCase] = (
    TRADE_NOUNS + FRONTED + PERSONS + CORPORATE_ENDS + COMPANY_FRAMES + TITLES + FAMILY_FIRMS
)


@pytest.mark.parametrize("case", gap_params(ALL_TYPES, GAPS))
def test_types(case: TypeCase) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)


def test_relations_of_a_trade_noun_company() -> None:
    check(
        "Ostvik Kemi agreed to buy Dutch blender Pelmar. Pelmar, a family-owned feed blender "
        "based in Breda, was founded in 1971.",
        [("ostvik-kemi", "OWNS", "pelmar"), ("pelmar", "LOCATED_IN", "breda")],
        [],
    )


def test_relations_of_a_fronted_company() -> None:
    check(
        "For Lisbon-based Corvant, the project hedges against rising rates.",
        [("corvant", "LOCATED_IN", "lisbon")],
        [],
    )
