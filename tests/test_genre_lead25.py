"""Genre bank for leading, founding and advising read broadly (round 25).

A bare title ("Chief executive X", "Chairman X") in an article with a clear topic names the
topic's post even when its sentence names other firms, as long as none of them is the
sentence's subject or agent: the others are what the holder speaks of, came from or blames
("who came over from Dorn", "said talks with Orvik had stalled"). A bare title in a paragraph
about another firm that never names the topic is that firm's. A person "adviser to the board"
(or "to its directors") advises the board's organization; "a non-executive adviser" and "a
specialist adviser" are appointments like "a special adviser".

Each case is a short invented text (relations that must be found, relations that must not be),
across ovens, brewing, insurance, shipping, tiles, pharma, retail, ferries and seeds.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TITLED: list[Case] = [
    (  # brewing: the holder reports on another firm
        "Quenlow Ales lifts dividend\n\nQuenlow Ales, the Leeds brewer, raised its dividend on "
        "Monday after a strong summer. Quenlow Ales sold more cask beer in pubs. Chairman Osric "
        'Vell said talks with Pressick Inns about a supply deal "had stalled over price".',
        [("osric-vell", "LEADS", "quenlow-ales")],
        [("osric-vell", "LEADS", "pressick-inns")],
    ),
    (  # insurance: an aside on the holder names a former employer
        "Quellstone Mutual returns to profit\n\nQuellstone Mutual, the Bristol insurer, "
        "swung back into profit in the first half. Quellstone Mutual cut claims costs by 8%. Chief "
        "executive Elsa Firth, who came over from Tresco Assurance in 2020, told members the "
        "mutual would cut premiums.",
        [("elsa-firth", "LEADS", "quellstone-mutual")],
        [("elsa-firth", "LEADS", "tresco-assurance")],
    ),
    (  # retail: the title stands in a relative after the topic's product
        "Penwick Stores warns\n\nPenwick Stores, the Cardiff retailer, cut its forecast on "
        "Tuesday. Penwick Stores also shut eight shops. Orders for Glimra, Penwick's own lamp "
        "brand, slipped 9%, which chief executive Ottoline Tobin put down to cheap imports from "
        "Hesketh Lighting.",
        [("ottoline-tobin", "LEADS", "penwick-stores")],
        [("ottoline-tobin", "LEADS", "hesketh-lighting")],
    ),
    (  # guard: a firm named before the title may be the title's
        "Penwick Stores warns\n\nPenwick Stores, the Cardiff retailer, cut its forecast on "
        "Tuesday. Penwick Stores also shut eight shops. Penwick will sell its stake in Hesketh "
        "Lighting, whose founder Ottoline Tobin keeps 40% and stays on as chair.",
        [],
        [("ottoline-tobin", "LEADS", "penwick-stores")],
    ),
    (  # guard: another firm is the sentence's subject, the title is its own
        "Gellert Ovens buys rival\n\nGellert Ovens, the Stuttgart oven maker, reported higher "
        "sales on Monday. Gellert Ovens also raised its outlook. Brenna Hearths, set up in 2001 "
        "by Ivo Lask, was sold to Gellert in 2019, and Lask stayed on as chairman until last "
        "year.",
        [],
        [("ivo-lask", "LEADS", "gellert-ovens")],
    ),
    (  # shipping: a paragraph on another firm that never names the topic
        "Oven makers split\n\nGellert Ovens cut its forecast on Tuesday, and shares in Gellert "
        "Ovens fell 9%. Gellert Ovens blamed weak demand from builders.\n\nGellert Ovens will "
        "also move production to Brno.\n\nIn Oslo, shares in Fjordkjol rose 3% after strong "
        "orders. Fjordkjol is 37% owned by the Ekhol Foundation. Chief executive Siri Birkeli said "
        "demand had held up.",
        [("siri-birkeli", "LEADS", "fjordkjol")],
        [("siri-birkeli", "LEADS", "gellert-ovens")],
    ),
    (  # guard: a paragraph on the topic keeps the title the topic's
        "Oven makers split\n\nGellert Ovens cut its forecast on Tuesday, and shares in Gellert "
        "Ovens fell 9%. Gellert Ovens blamed weak demand from builders.\n\nIn Oslo, shares in "
        "Fjordkjol rose 3% after strong orders.\n\nGellert Ovens will also move production to "
        "Brno. Chief executive Ada Roe said the move would save money.",
        [("ada-roe", "LEADS", "gellert-ovens")],
        [("ada-roe", "LEADS", "fjordkjol")],
    ),
]

ADVISERS: list[Case] = [
    (  # tiles: "an adviser to the board" of the article's clear subject
        "Dunsby Tiles results\n\nDunsby Tiles, the Stoke maker of ceramic tiles, reported "
        "higher profits on Tuesday. Dunsby Tiles also cut its debt. Maeve Tally, a former "
        "banker, has sat as an adviser to the board since 2017.",
        [("maeve-tally", "ADVISES", "dunsby-tiles")],
        [],
    ),
    (  # pharma: retained "as an adviser to its directors", past a former employer
        "Velmora Pharma said on Monday that Ansel Prout, who once ran Dorrick Labs, had been "
        "hired as an adviser to its directors on the licensing talks.",
        [("ansel-prout", "ADVISES", "velmora-pharma")],
        [("ansel-prout", "ADVISES", "dorrick-labs")],
    ),
    (  # guard: a denied adviser
        "Dunsby Tiles results\n\nDunsby Tiles, the Stoke maker of ceramic tiles, reported "
        "higher profits on Tuesday. Dunsby Tiles also cut its debt. Dunsby denied that Tom "
        "Faber had ever been an adviser to the board.",
        [],
        [("tom-faber", "ADVISES", "dunsby-tiles")],
    ),
    (  # ferries: "joined X as a non-executive adviser"
        "Caldey Ferries adds routes\n\nCaldey Ferries will add two routes in May. Owen "
        "Cadwell, a former harbour master, joined Caldey Ferries as a non-executive adviser "
        "last year.",
        [("owen-cadwell", "ADVISES", "caldey-ferries")],
        [],
    ),
    (  # seeds: "as a specialist adviser for" a firm's review
        "Pentire Seeds has retained Ian Loach, an economist, as a specialist adviser on its "
        "pricing review.",
        [("ian-loach", "ADVISES", "pentire-seeds")],
        [],
    ),
]

GAPS_CASES: list[Case] = [
    (  # a name followed by "since her ..." is typed a person, so its running is not read
        "Pressick Nurseries sold\n\nKjelsby Garden Centres has bought Pressick Nurseries, a "
        "Kent grower. Hilde Pyke, who has run Pressick Nurseries since her uncle retired in "
        "2012, said selling had been painful.",
        [("hilde-pyke", "LEADS", "pressick-nurseries")],
        [],
    ),
    (  # a copular bare title before "and" and a second clause
        "Dunsby Tiles results\n\nDunsby Tiles, the Stoke maker of ceramic tiles, was founded "
        "by Oddny Vaher and Aigar Pold in 2011. Vaher is chief executive and Pold heads "
        "engineering.",
        [("oddny-vaher", "LEADS", "dunsby-tiles")],
        [],
    ),
    (  # a possessed product with a participle of launching
        "Dunsby Tiles results\n\nDunsby Tiles, the Stoke maker of ceramic tiles, reported "
        "higher profits. Dunsby said its TilePass loyalty scheme, launched in 2017, "
        "would be rolled out in Portugal.",
        [("dunsby-tiles", "FOUNDED", "tilepass")],
        [],
    ),
]

# review 25 (A): another firm tied to the title or its holder keeps the title from the topic
_T = (
    "Ormesby Tiles raised prices in March. Ormesby Tiles said demand was strong. Ormesby Tiles "
    "makes floor tiles in Stoke. "
)
_B = (
    "Brenna Energy will build a wind farm off Wales. Brenna Energy expects to spend $2bn. "
    "Brenna Energy picked Sunnaberg Turbin to supply turbines. "
)
_NOT_TOPIC = [("aksel-pim", "LEADS", "ormesby-tiles")]
TIED: list[Case] = [
    (
        _T + "Rival Orvik Ceramics, led by chairman Aksel Pim, cut its prices too.",
        [("aksel-pim", "LEADS", "orvik-ceramics")],
        _NOT_TOPIC,
    ),
    (
        _T + "Orvik Ceramics, run by chief executive Aksel Pim, cut its prices too.",
        [("aksel-pim", "LEADS", "orvik-ceramics")],
        _NOT_TOPIC,
    ),
    (
        _T + "Its rival, Orvik Ceramics, where chairman Aksel Pim has cut jobs, is struggling.",
        [],
        _NOT_TOPIC,
    ),
    (
        _T + "According to Orvik Ceramics, chief executive Aksel Pim will retire in June.",
        [],
        _NOT_TOPIC,
    ),
    (_T + "Over at Orvik Ceramics, chairman Aksel Pim was less upbeat.", [], _NOT_TOPIC),
    (
        "Selvik Pharma won approval for its asthma drug. Selvik Pharma will launch it in May. "
        "Selvik Pharma shares rose 6%. Orvik Biotech, Selvik's partner, said chief executive Aksel "
        "Pim would visit Oslo.",
        [],
        [("aksel-pim", "LEADS", "selvik-pharma")],
    ),
    (
        _T + "The bid from Orvik Ceramics, which chairman Aksel Pim called final, lapsed.",
        [],
        _NOT_TOPIC,
    ),
    (
        _T + "Chief executive Aksel Pim, whose company Orvik Ceramics made the bid, said it was "
        "final.",
        [],
        _NOT_TOPIC,
    ),
    (
        _T + "Chief executive Aksel Pim said his company, Orvik Ceramics, would bid again.",
        [],
        _NOT_TOPIC,
    ),
    (
        _B + "Chief executive Per Ulvik said Sunnaberg Turbin, which he joined in 2019, would hire "
        "300 people.",
        [],
        [("per-ulvik", "LEADS", "brenna-energy")],
    ),
    (
        _T + '"Chief executive Aksel Pim has transformed Orvik Ceramics," said Ada Roe.',
        [],
        _NOT_TOPIC,
    ),
    (_T + "Managing partner Aksel Pim said Vess & Co had advised the board.", [], _NOT_TOPIC),
    (  # brewing variant: a fronted "At Y," and a relative "where"
        "Quenlow Ales lifts dividend\n\nQuenlow Ales raised its dividend. Quenlow Ales sold more "
        "cask beer. Quenlow Ales will open a bar in York. At Pressick Inns, chief executive Osric "
        "Vell said trade was flat.",
        [],
        [("osric-vell", "LEADS", "quenlow-ales")],
    ),
    (  # insurance variant: the holder's own firm named after the title
        "Quellstone Mutual returns to profit\n\nQuellstone Mutual returned to profit. "
        "Quellstone Mutual cut claims costs. Quellstone Mutual will cut premiums. Chairman Elsa "
        "Firth said her firm, Tresco Assurance, would not follow.",
        [],
        [("elsa-firth", "LEADS", "quellstone-mutual")],
    ),
    (  # still the topic's: a relative about another firm in the reported clause
        _T + "Chairman Ivo Rinder said Orvik Ceramics, which cut prices in May, was a weak rival.",
        [("ivo-rinder", "LEADS", "ormesby-tiles")],
        [],
    ),
    (  # still the topic's: a reporting tail after another firm
        _T + "Ormesby Tiles will buy a kiln from Orvik Ceramics, chief executive Ivo Rinder said.",
        [("ivo-rinder", "LEADS", "ormesby-tiles")],
        [],
    ),
]

# review 25 (B): a paragraph whose only subject is a bank, supplier or customer keeps the title
# the topic's; a rival's paragraph keeps it the rival's
_K = (
    "Merlin Shipping lost money. Merlin Shipping blamed fuel. Merlin Shipping may sell ferries.\n\n"
)
COUNTERPARTS: list[Case] = [
    (
        _K + "Analysts were gloomy. Pellam Bank cut its target price. Chief executive Ada Roe said "
        "the cuts were unfair.",
        [("ada-roe", "LEADS", "merlin-shipping")],
        [("ada-roe", "LEADS", "pellam-bank")],
    ),
    (
        _K
        + "Spruce Fuels supplies its diesel. It raised prices twice. Chief executive Ada Roe said "
        "a new contract was near.",
        [("ada-roe", "LEADS", "merlin-shipping")],
        [("ada-roe", "LEADS", "spruce-fuels")],
    ),
    (
        _K + "Spruce Homes, a big builder, books most of the cabins. It opened ten sites. Chief "
        "executive Ada Roe said bookings from builders were strong.",
        [("ada-roe", "LEADS", "merlin-shipping")],
        [("ada-roe", "LEADS", "spruce-homes")],
    ),
    (  # seeds variant: a customer's paragraph
        "Marshfield Seeds grows\n\nMarshfield Seeds raised sales. Marshfield Seeds bought a farm. "
        "Marshfield Seeds hired staff.\n\nFenn Growers, its biggest customer, cut orders. It "
        "shut two farms. Chief executive Ada Roe said the loss was manageable.",
        [],
        [("ada-roe", "LEADS", "fenn-growers")],
    ),
    (
        _K + "Stavnes Lines, a rival ferry firm, did better. Stavnes Lines grew by 8%. Chief "
        "executive Per Ulvik said his firm would not follow.",
        [("per-ulvik", "LEADS", "stavnes-lines")],
        [("per-ulvik", "LEADS", "merlin-shipping")],
    ),
]

# review 25 (E): "its" does not bind inside the holder's own relative
OWN_ASIDE: list[Case] = [
    (
        "Fenstow Retail cut jobs. Ivo Vinge, who chairs Kaffa Market, is an adviser to its board.",
        [("ivo-vinge", "ADVISES", "fenstow-retail")],
        [("ivo-vinge", "ADVISES", "kaffa-market")],
    ),
    (
        "Dunsby Tiles raised prices. Ada Roe, who runs Stoke Kilns, is an adviser to its board.",
        [],
        [("ada-roe", "ADVISES", "stoke-kilns")],
    ),
]

BANK = TITLED + ADVISERS + GAPS_CASES + TIED + COUNTERPARTS + OWN_ASIDE
GAPS: dict[str, str] = {
    "Pressick Nurseries sold": "a name before 'since her' is voted a person (person_cues)",
    "Dunsby Tiles results\n\nDunsby Tiles, the Stoke maker of ceramic tiles, was founded": (
        "a copular bare title ends its clause only at a stop or a comma"
    ),
    "Dunsby Tiles results\n\nDunsby Tiles, the Stoke maker of ceramic tiles, reported "
    "higher profits. Dunsby said": "'its X, launched in YEAR' is not read as founding",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_lead25(case: Case) -> None:
    check(*case)
