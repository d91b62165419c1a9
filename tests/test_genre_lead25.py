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

BANK = TITLED + ADVISERS + GAPS_CASES
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
