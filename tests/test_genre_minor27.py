"""Genre bank for the smaller relation types: PARTNERS_WITH, FOUNDED, BACKS, ADVISES (round 27).

Two readings built this round. A launch told in a relative clause after a long appositive
description founds the described name ("Pivo, a kettle with a copper base and a wooden handle
that Brask introduced in March"), over prepositional phrases, a first relative clause, an
infinitive, places and a contact relative ("a night serum Lumea unveiled"); a founding
participle set off after such a description reads the same way ("Kelso Bikes, a maker of
cargo bikes ..., founded in 2011 by Ines Varga"). Guards: a launch verb with its own object,
a negated or planned launch, another firm named inside the description, "set" without "up",
an agent past another comma.

A person in a relative clause who advises a body named without a possessive ("X, a retired
surveyor who also advises the board on pensions") advises the organization the article is about, as
"an adviser to the board" already does; a firm that advises the board, a person who chairs it,
one who declined to advise it, and the board of another named organization keep their
readings.

A board set off by a comma aside still speaks for its company ("Quist's board, chaired by Elin
Sand, recommended the offer": Quist BACKS the buyer), also a two-tier "management board"; a
rejection or a promise to study the offer backs nothing.

Strict xfails record constructions of these types that erg still leaves unread: floating "both"
after coordinated subjects, a press-release opener whose first party's aside names a product
range, "joined X as its technology partner" and "worked in partnership since <year> with Y".

Each case is a short invented text across cider, ferries, bakeries, glassworks, bricks,
seed breeding, dentistry, pickles, milling, brewing, pharmacies, kitchenware, railways, farming,
cosmetics, publishing, bikes, insurance, ports, lifejackets, sensors and tools.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BOARD: list[Case] = [
    (  # cider: an aside on a person who advises the bare board
        "Brenna Cider, an orchard press in Hereford, posted a loss on Wednesday. Brenna sells "
        "cider to pubs. The review was led by Oskar Tremmel, a retired surveyor who also "
        "advises the board on pensions.",
        [("oskar-tremmel", "ADVISES", "brenna-cider")],
        [],
    ),
    (  # ferries: a bare relative on a named person, perfect tense and a date
        "Sound Ferries, which runs six boats across the Kyle, lost money in 2025. Sound Ferries "
        "carries cars and freight. Morag Reid, who has advised the board since 2021, said the "
        "timetable would change.",
        [("morag-reid", "ADVISES", "sound-ferries")],
        [],
    ),
    (  # bakeries: "counsels the directors"
        "Tallow Bakeries, a chain of 40 shops in Cork, raised its prices on Friday. Tallow "
        "bakes bread for cafes. Aoife Lane, a former miller who still counsels the directors "
        "on flour buying, backed the move.",
        [("aoife-lane", "ADVISES", "tallow-bakeries")],
        [],
    ),
    (  # guard: a firm that advises the board advises nobody (a person's relation)
        "Grennick Glass, a glassworks in Stourbridge, is up for sale. Grennick makes bottles. "
        "Harrow Partners, which advises the board on the sale, declined to comment.",
        [],
        [("harrow-partners", "ADVISES", "grennick-glass")],
    ),
    (  # guard: who chairs the board leads, not advises
        "Pelham Kilns, a brickworks near Stoke, froze hiring. Pelham sells facing bricks. "
        "Ilse Varnow, a onetime chemist who chairs the board, said orders had slowed.",
        [],
        [("ilse-varnow", "ADVISES", "pelham-kilns")],
    ),
    (  # guard: a refusal advises no one
        "Kerran Seeds, a wheat breeder in Norfolk, lost a patent case. Kerran sells seed to "
        "farms. Tom Drury, a plant geneticist who declined to advise the board on the appeal, "
        "said the ruling was fair.",
        [],
        [("tom-drury", "ADVISES", "kerran-seeds")],
    ),
    (  # guard: the board of another named firm is that firm's
        "Brightsmile Clinics, a dental chain in Leeds, bought two practices. Brightsmile fits "
        "braces. Ines Moor, a dentist who advises the board of Polden Dental, welcomed the deal.",
        [("ines-moor", "ADVISES", "polden-dental")],
        [("ines-moor", "ADVISES", "brightsmile-clinics")],
    ),
    (  # guard: the relative on a person advising a named person stays as it was
        "Varda Ports, an operator of three harbours, lost a tender. Its chief executive is "
        "Nils Berg. He leans on Ola Strand, a retired pilot who has advised him since 2015.",
        [("ola-strand", "ADVISES", "nils-berg")],
        [("ola-strand", "ADVISES", "varda-ports")],
    ),
]

LAUNCH: list[Case] = [
    (  # kitchenware: a description with a prepositional phrase before "that"
        "Brask Kitchens held a trade day in Ghent. Its star was Pivo, a kettle with a "
        "copper base and a wooden handle that Brask introduced in March.",
        [("brask-kitchens", "FOUNDED", "pivo")],
        [],
    ),
    (  # railways: a first relative clause, then ", which" and the launch
        "Orvel Rail showed investors its plans. The biggest is TrackEye, a drone service that "
        "checks overhead lines at night from a van, which Orvel started in pilot form in 2024.",
        [("orvel-rail", "FOUNDED", "trackeye")],
        [],
    ),
    (  # farming: an infinitive and a place inside the description
        "Greenfold Seeds named its next bet as Project Barley Belt, a £12m plan to plant "
        "hardy barley on 300 farms near Lincoln, which Greenfold Seeds launched in April.",
        [("greenfold-seeds", "FOUNDED", "project-barley-belt")],
        [],
    ),
    (  # cosmetics: a contact relative after the description's head noun
        "Lumea Skin cut prices. It will push its Dewa 2 cream, a night serum Lumea unveiled "
        "last winter that is sold in 800 chemists.",
        [("lumea-skin", "FOUNDED", "dewa-2")],
        [],
    ),
    (  # publishing: "the company" as the relative's subject
        "Harrowgate Press sells novels. Its Inkwell Kids imprint, a smaller list of picture "
        "books for under-fives that the company created in 2021, now sells best.",
        [("harrowgate-press", "FOUNDED", "inkwell-kids")],
        [],
    ),
    (  # guard: the launch verb has its own object (no relative gap)
        "Brask Kitchens sells kettles. Pivo, a kettle with a copper base that Brask launched "
        "a campaign for in May, sold well.",
        [],
        [("brask-kitchens", "FOUNDED", "pivo")],
    ),
    (  # guard: a negated launch
        "Orvel Rail showed its plans. TrackEye, a drone service for overhead lines at night, "
        "which Orvel never launched, was shelved.",
        [],
        [("orvel-rail", "FOUNDED", "trackeye")],
    ),
    (  # guard: a launch still to come
        "Greenfold Seeds named Project Barley Belt, a £12m plan for hardy barley on 300 "
        "farms, which Greenfold plans to launch in April.",
        [],
        [("greenfold-seeds", "FOUNDED", "project-barley-belt")],
    ),
    (  # guard: another firm named inside the description
        "Tallis Tools bought Ferro Saws. Ferro Saws, a unit of Brenmoor Steel for hand saws "
        "that Tallis bought in May, will keep its name.",
        [],
        [("tallis-tools", "FOUNDED", "ferro-saws")],
    ),
    (  # bikes: a founding participle after a long description
        "Kelso Bikes, a maker of cargo bikes with electric motors for city couriers, founded "
        "in 2011 by Ines Varga, has been sold.",
        [("ines-varga", "FOUNDED", "kelso-bikes")],
        [],
    ),
    (  # insurance: a two-word founding participle after the description
        "The buyer is Ostvik Mutual, a Norwegian insurer that covers fishing boats in 12 "
        "ports, set up in 1961 by Arne Lund.",
        [("arne-lund", "FOUNDED", "ostvik-mutual")],
        [],
    ),
    (  # guard: "set" without "up" sets a target, it founds nothing
        "Brask Kitchens cut costs. Its goal is Zero Waste 30, a recycling target for every "
        "plant that Brask set for 2030.",
        [],
        [("brask-kitchens", "FOUNDED", "zero-waste-30")],
    ),
    (  # guard: a participle whose agent follows another comma is no founding by it
        "Ostvik Mutual, a Norwegian insurer for fishing boats in 12 ports, founded in 1961, "
        "was bought by Harl Group.",
        [],
        [("harl-group", "FOUNDED", "ostvik-mutual")],
    ),
    (  # guard (mend27): the relative is a complement noun's ("a supplier to the range that")
        "Brixham Foods, a supplier to the range that Tesco introduced last year, hired 40 staff.",
        [],
        [("tesco", "FOUNDED", "brixham-foods")],
    ),
    (  # guard (mend27): the same after "a member of"
        "Pellow Mutual, a member of the lending scheme that the Treasury launched in 2020, said "
        "profits rose.",
        [],
        [("treasury", "FOUNDED", "pellow-mutual")],
    ),
    (  # guard (mend27): scooters, "a rival to the scooter that"
        "Torrin, a rival to the scooter that Orvel launched last year, has sold 3,000 units.",
        [],
        [("orvel", "FOUNDED", "torrin")],
    ),
    (  # guard (mend27): software, "a successor to the tool that"
        "Tessa, a successor to the payroll tool that Sagebrook created in 2015, has 900 users.",
        [],
        [("sagebrook", "FOUNDED", "tessa")],
    ),
    (  # guard (mend27): "introduced to Britain" is an import
        "Kessen Outdoor, a Swedish maker of hiking boots that Orvel introduced to Britain in "
        "2015, opened a store.",
        [],
        [("orvel", "FOUNDED", "kessen-outdoor")],
    ),
    (  # guard (mend27): the participle with "to the Dutch market"
        "Kelso Bikes, a maker of cargo bikes for couriers, introduced in 2016 by Orvel to the "
        "Dutch market, sold well.",
        [],
        [("orvel", "FOUNDED", "kelso-bikes")],
    ),
    (  # mend27: a scheme a body with "the" before it launched, after a preposition phrase
        "Help to Grow, a lending scheme for small firms that the Treasury launched in 2020, has "
        "closed.",
        [("treasury", "FOUNDED", "help-to-grow")],
        [],
    ),
]

BOARD_ASIDE: list[Case] = [
    (  # pickles: a board with a chair aside recommends the deal just stated
        "Maren Provisions has agreed to buy Quist Pickles for €45m, a deal both firms confirmed "
        "on Tuesday. Quist's board, chaired by Elin Sand, unanimously recommended the offer.",
        [("quist-pickles", "BACKS", "maren-provisions")],
        [],
    ),
    (  # milling: a two-tier "management board" with a leader aside
        "Brakel Mills has agreed to buy Wendt Mühle for €38m. Wendt's management board, headed "
        "by finance chief Uwe Kranz, recommended that offer on Thursday.",
        [("wendt-muhle", "BACKS", "brakel-mills")],
        [],
    ),
    (  # pharmacies: a named bidder's offer after the aside
        "Pillbox Pharmacies received two bids last week. Pillbox's directors, led by the "
        "chair Nadia Ferro, now back Medora's offer.",
        [("pillbox-pharmacies", "BACKS", "medora")],
        [],
    ),
    (  # guard: a board with an aside that rejects the offer backs nothing
        "Maren Provisions has agreed to buy Quist Pickles for €45m, subject to approval. Quist's "
        "board, chaired by Elin Sand, rejected the offer on Friday.",
        [],
        [("quist-pickles", "BACKS", "maren-provisions")],
    ),
    (  # guard: a board with an aside that only weighs the offer
        "Tarvo Brewing has agreed to buy Kessel Bräu for €60m. Kessel's board, led by Jana "
        "Roth, said it would study the offer.",
        [],
        [("kessel-brau", "BACKS", "tarvo-brewing")],
    ),
]

GAP_CASES: list[Case] = [
    (  # ports: floating "both" after coordinated subjects
        "Dunmore Ports will build the Harlow Quay extension, a berth on the Tyne. Brisk Lines "
        "and Odra Cargo have both backed the extension.",
        [("brisk-lines", "BACKS", "harlow-quay"), ("odra-cargo", "BACKS", "harlow-quay")],
        [],
    ),
    (  # lifejackets: press-release opener whose first aside names a product range
        "TRONDHEIM, Norway, 21 August — Havblikk AS, the Trondheim producer of the Mako line "
        "of lifejackets, and Vireo S.A., one of Portugal's oldest weavers of sailcloth, today "
        "announced a joint partnership to design drysuits.",
        [("havblikk-as", "PARTNERS_WITH", "vireo-s-a")],
        [],
    ),
    (  # sensors: joined a project as its technology partner
        "Quorra Sensors, a Lyon supplier of lidar units, has joined Project Heron as its "
        "technology partner.",
        [("quorra-sensors", "PARTNERS_WITH", "project-heron")],
        [],
    ),
    (  # tools: an adjunct with a year between "partnership" and "with"
        "Arbo Tools has been working in partnership since 2016 with Keller Maschinen, the "
        "Ulm-based lathe builder, on spindle design.",
        [("arbo-tools", "PARTNERS_WITH", "keller-maschinen")],
        [],
    ),
]

BANK = LAUNCH + BOARD + BOARD_ASIDE + GAP_CASES
GAPS: dict[str, str] = {
    "Dunmore Ports": "floating 'both' read as a pair reference, not the coordinated subjects",
    "TRONDHEIM, Norway": "coordinated subjects past an aside that names a product range",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_minor27(case: Case) -> None:
    check(*case)
