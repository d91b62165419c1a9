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
        "Tarrow Ales lifts dividend\n\nTarrow Ales, the Leeds brewer, raised its dividend on "
        "Monday after a strong summer. Tarrow Ales sold more cask beer in pubs. Chairman Osric "
        'Vell said talks with Brindle Inns about a supply deal "had stalled over price".',
        [("osric-vell", "LEADS", "tarrow-ales")],
        [("osric-vell", "LEADS", "brindle-inns")],
    ),
    (  # insurance: an aside on the holder names a former employer
        "Quellstone Mutual returns to profit\n\nQuellstone Mutual, the Bristol insurer, "
        "returned to profit in the first half. Quellstone Mutual cut claims costs by 8%. Chief "
        "executive Dana Firth, who came over from Corbel Assurance in 2020, told members the "
        "mutual would cut premiums.",
        [("dana-firth", "LEADS", "quellstone-mutual")],
        [("dana-firth", "LEADS", "corbel-assurance")],
    ),
    (  # retail: the title stands in a relative after the topic's product
        "Penwick Stores warns\n\nPenwick Stores, the Cardiff retailer, cut its forecast on "
        "Tuesday. Penwick Stores also shut eight shops. Orders for Lumo, Penwick's own lamp "
        "brand, slipped 9%, which chief executive Mira Tobin put down to cheap imports from "
        "Hesketh Lighting.",
        [("mira-tobin", "LEADS", "penwick-stores")],
        [("mira-tobin", "LEADS", "hesketh-lighting")],
    ),
    (  # guard: a firm named before the title may be the title's
        "Penwick Stores warns\n\nPenwick Stores, the Cardiff retailer, cut its forecast on "
        "Tuesday. Penwick Stores also shut eight shops. Penwick will sell its stake in Hesketh "
        "Lighting, whose founder Mira Tobin keeps 40% and stays on as chair.",
        [],
        [("mira-tobin", "LEADS", "penwick-stores")],
    ),
    (  # guard: another firm is the sentence's subject, the title is its own
        "Kessler Ovens buys rival\n\nKessler Ovens, the Stuttgart oven maker, reported higher "
        "sales on Monday. Kessler Ovens also raised its outlook. Brenna Hearths, set up in 2001 "
        "by Ivo Lask, was sold to Kessler in 2019, and Lask stayed on as chairman until last "
        "year.",
        [],
        [("ivo-lask", "LEADS", "kessler-ovens")],
    ),
    (  # shipping: a paragraph on another firm that never names the topic
        "Oven makers split\n\nKessler Ovens cut its forecast on Tuesday, and shares in Kessler "
        "Ovens fell 9%. Kessler Ovens blamed weak demand from builders.\n\nKessler Ovens will "
        "also move production to Brno.\n\nIn Oslo, shares in Fjordkjol rose 3% after strong "
        "orders. Fjordkjol is 41% owned by the Ekhol Foundation. Chief executive Siri Dahl said "
        "demand had held up.",
        [("siri-dahl", "LEADS", "fjordkjol")],
        [("siri-dahl", "LEADS", "kessler-ovens")],
    ),
    (  # guard: a paragraph on the topic keeps the title the topic's
        "Oven makers split\n\nKessler Ovens cut its forecast on Tuesday, and shares in Kessler "
        "Ovens fell 9%. Kessler Ovens blamed weak demand from builders.\n\nIn Oslo, shares in "
        "Fjordkjol rose 3% after strong orders.\n\nKessler Ovens will also move production to "
        "Brno. Chief executive Ada Roe said the move would save money.",
        [("ada-roe", "LEADS", "kessler-ovens")],
        [("ada-roe", "LEADS", "fjordkjol")],
    ),
]

ADVISERS: list[Case] = [
    (  # tiles: "an adviser to the board" of the article's clear subject
        "Harlow Tiles results\n\nHarlow Tiles, the Stoke maker of ceramic tiles, reported "
        "higher profits on Tuesday. Harlow Tiles also cut its debt. Gwen Tally, a former "
        "banker, has been an adviser to the board since 2019.",
        [("gwen-tally", "ADVISES", "harlow-tiles")],
        [],
    ),
    (  # pharma: retained "as an adviser to its directors", past a former employer
        "Velmora Pharma said on Monday that Ansel Prout, who once ran Dorrick Labs, had been "
        "retained as an adviser to its directors on the licensing talks.",
        [("ansel-prout", "ADVISES", "velmora-pharma")],
        [("ansel-prout", "ADVISES", "dorrick-labs")],
    ),
    (  # guard: a denied adviser
        "Harlow Tiles results\n\nHarlow Tiles, the Stoke maker of ceramic tiles, reported "
        "higher profits on Tuesday. Harlow Tiles also cut its debt. Harlow denied that Tom "
        "Faber had ever been an adviser to the board.",
        [],
        [("tom-faber", "ADVISES", "harlow-tiles")],
    ),
    (  # ferries: "joined X as a non-executive adviser"
        "Skerrin Ferries adds routes\n\nSkerrin Ferries will add two routes in May. Nils "
        "Berglund, a former harbour master, joined Skerrin Ferries as a non-executive adviser "
        "last year.",
        [("nils-berglund", "ADVISES", "skerrin-ferries")],
        [],
    ),
    (  # seeds: "as a specialist adviser for" a firm's review
        "Corvale Seeds has retained Ian Hume, an economist, as a specialist adviser for its "
        "review of prices.",
        [("ian-hume", "ADVISES", "corvale-seeds")],
        [],
    ),
]

GAPS_CASES: list[Case] = [
    (  # a name followed by "since her ..." is typed a person, so its running is not read
        "Brindle Nurseries sold\n\nGreenvale Garden Centres has bought Brindle Nurseries, a "
        "Kent grower. Rosa Pyke, who has run Brindle Nurseries since her father's death in "
        "2009, said the decision was hard.",
        [("rosa-pyke", "LEADS", "brindle-nurseries")],
        [],
    ),
    (  # a copular bare title before "and" and a second clause
        "Harlow Tiles results\n\nHarlow Tiles, the Stoke maker of ceramic tiles, was founded "
        "by Kadri Tamm and Marten Ots in 2010. Tamm is chief executive and Ots runs "
        "engineering.",
        [("kadri-tamm", "LEADS", "harlow-tiles")],
        [],
    ),
    (  # a possessed product with a participle of launching
        "Harlow Tiles results\n\nHarlow Tiles, the Stoke maker of ceramic tiles, reported "
        "higher profits. Harlow said its TilePass membership programme, launched in 2019, "
        "would be extended to Spain.",
        [("harlow-tiles", "FOUNDED", "tilepass")],
        [],
    ),
]

# review 25 (A): another firm tied to the title or its holder keeps the title from the topic
_T = (
    "Halvard Tiles raised prices in March. Halvard Tiles said demand was strong. Halvard Tiles "
    "makes floor tiles in Stoke. "
)
_B = (
    "Brenna Energy will build a wind farm off Wales. Brenna Energy expects to spend $2bn. "
    "Brenna Energy picked Norsk Turbin to supply turbines. "
)
_NOT_TOPIC = [("lars-pim", "LEADS", "halvard-tiles")]
TIED: list[Case] = [
    (
        _T + "Rival Orvik Ceramics, led by chairman Lars Pim, cut its prices too.",
        [("lars-pim", "LEADS", "orvik-ceramics")],
        _NOT_TOPIC,
    ),
    (
        _T + "Orvik Ceramics, run by chief executive Lars Pim, cut its prices too.",
        [("lars-pim", "LEADS", "orvik-ceramics")],
        _NOT_TOPIC,
    ),
    (
        _T + "Its rival, Orvik Ceramics, where chairman Lars Pim has cut jobs, is struggling.",
        [],
        _NOT_TOPIC,
    ),
    (
        _T + "According to Orvik Ceramics, chief executive Lars Pim will retire in June.",
        [],
        _NOT_TOPIC,
    ),
    (_T + "Over at Orvik Ceramics, chairman Lars Pim was less upbeat.", [], _NOT_TOPIC),
    (
        "Selvik Pharma won approval for its asthma drug. Selvik Pharma will launch it in May. "
        "Selvik Pharma shares rose 6%. Orvik Biotech, Selvik's partner, said chief executive Lars "
        "Pim would visit Oslo.",
        [],
        [("lars-pim", "LEADS", "selvik-pharma")],
    ),
    (
        _T + "The bid from Orvik Ceramics, which chairman Lars Pim called final, lapsed.",
        [],
        _NOT_TOPIC,
    ),
    (
        _T + "Chief executive Lars Pim, whose company Orvik Ceramics made the bid, said it was "
        "final.",
        [],
        _NOT_TOPIC,
    ),
    (
        _T + "Chief executive Lars Pim said his company, Orvik Ceramics, would bid again.",
        [],
        _NOT_TOPIC,
    ),
    (
        _B + "Chief executive Per Ulvik said Norsk Turbin, which he joined in 2019, would hire "
        "300 people.",
        [],
        [("per-ulvik", "LEADS", "brenna-energy")],
    ),
    (
        _T + '"Chief executive Lars Pim has transformed Orvik Ceramics," said Ada Roe.',
        [],
        _NOT_TOPIC,
    ),
    (_T + "Managing partner Lars Pim said Vess & Co had advised the board.", [], _NOT_TOPIC),
    (  # brewing variant: a fronted "At Y," and a relative "where"
        "Tarrow Ales lifts dividend\n\nTarrow Ales raised its dividend. Tarrow Ales sold more "
        "cask beer. Tarrow Ales will open a bar in York. At Brindle Inns, chief executive Osric "
        "Vell said trade was flat.",
        [],
        [("osric-vell", "LEADS", "tarrow-ales")],
    ),
    (  # insurance variant: the holder's own firm named after the title
        "Quellstone Mutual returns to profit\n\nQuellstone Mutual returned to profit. "
        "Quellstone Mutual cut claims costs. Quellstone Mutual will cut premiums. Chairman Dana "
        "Firth said her firm, Corbel Assurance, would not follow.",
        [],
        [("dana-firth", "LEADS", "quellstone-mutual")],
    ),
    (  # still the topic's: a relative about another firm in the reported clause
        _T + "Chairman Ivo Brandt said Orvik Ceramics, which cut prices in May, was a weak rival.",
        [("ivo-brandt", "LEADS", "halvard-tiles")],
        [],
    ),
    (  # still the topic's: a reporting tail after another firm
        _T + "Halvard Tiles will buy a kiln from Orvik Ceramics, chief executive Ivo Brandt said.",
        [("ivo-brandt", "LEADS", "halvard-tiles")],
        [],
    ),
]

# review 25 (B): a paragraph whose only subject is a bank, supplier or customer keeps the title
# the topic's; a rival's paragraph keeps it the rival's
_K = (
    "Kestrel Shipping lost money. Kestrel Shipping blamed fuel. Kestrel Shipping may sell "
    "ferries.\n\n"
)
COUNTERPARTS: list[Case] = [
    (
        _K + "Analysts were gloomy. Pellam Bank cut its target price. Chief executive Ada Roe said "
        "the cuts were unfair.",
        [("ada-roe", "LEADS", "kestrel-shipping")],
        [("ada-roe", "LEADS", "pellam-bank")],
    ),
    (
        _K
        + "Brisk Fuels supplies its diesel. It raised prices twice. Chief executive Ada Roe said "
        "a new contract was near.",
        [("ada-roe", "LEADS", "kestrel-shipping")],
        [("ada-roe", "LEADS", "brisk-fuels")],
    ),
    (
        _K + "Brisk Homes, a big builder, books most of the cabins. It opened ten sites. Chief "
        "executive Ada Roe said bookings from builders were strong.",
        [("ada-roe", "LEADS", "kestrel-shipping")],
        [("ada-roe", "LEADS", "brisk-homes")],
    ),
    (  # seeds variant: a customer's paragraph
        "Fenland Seeds grows\n\nFenland Seeds raised sales. Fenland Seeds bought a farm. "
        "Fenland Seeds hired staff.\n\nMarsh Growers, its biggest customer, cut orders. It "
        "shut two farms. Chief executive Ada Roe said the loss was manageable.",
        [],
        [("ada-roe", "LEADS", "marsh-growers")],
    ),
    (
        _K + "Norsea Lines, a rival ferry firm, did better. Norsea Lines grew by 8%. Chief "
        "executive Per Ulvik said his firm would not follow.",
        [("per-ulvik", "LEADS", "norsea-lines")],
        [("per-ulvik", "LEADS", "kestrel-shipping")],
    ),
]

# review 25 (E): "its" does not bind inside the holder's own relative
OWN_ASIDE: list[Case] = [
    (
        "Dunmore Retail cut jobs. Ivo Lund, who chairs Kaffa Market, is an adviser to its board.",
        [("ivo-lund", "ADVISES", "dunmore-retail")],
        [("ivo-lund", "ADVISES", "kaffa-market")],
    ),
    (
        "Harlow Tiles raised prices. Ada Roe, who runs Stoke Kilns, is an adviser to its board.",
        [],
        [("ada-roe", "ADVISES", "stoke-kilns")],
    ),
]

BANK = TITLED + ADVISERS + GAPS_CASES + TIED + COUNTERPARTS + OWN_ASIDE
GAPS: dict[str, str] = {
    "Brindle Nurseries sold": "a name before 'since her' is voted a person (person_cues)",
    "Harlow Tiles results\n\nHarlow Tiles, the Stoke maker of ceramic tiles, was founded": (
        "a copular bare title ends its clause only at a stop or a comma"
    ),
    "Harlow Tiles results\n\nHarlow Tiles, the Stoke maker of ceramic tiles, reported "
    "higher profits. Harlow said": "'its X, launched in YEAR' is not read as founding",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_lead25(case: Case) -> None:
    check(*case)
