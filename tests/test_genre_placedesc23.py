"""Genre bank for a firm's place read from its own description (round 23).

Read: a "-based" place after one or two plain modifiers in an appositive ("Brannock, a smaller
Tarrow-based grower", "the privately held Tarrow-based maker"), not after a word that makes the
description another's ("the former", "a rival"). Left unread (strict xfails): a city possessive
before a name ("Lisbon's Harvel Tiles": measured +3 right, +6 wrong), "the <town> fund NAME"
(re-measured without the skip: +3 right, +3 wrong), a place-bearing description with no name
beside it, "NAME, a <trade> in <town>" with a name typed Person, "NAME of <town>" with a foreign
name, "based in" after a trade noun that types the name.

Each case is a short invented text across dyes, food, packaging, timber, wine, software,
shipping, ceramics, fisheries and funds.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HYPHEN_ADJ: list[Case] = [
    (  # dyes: "a smaller P-based supplier that ..."
        "Corvath Pigments, a smaller Ostrava-based supplier that is funded by a local bank, "
        "won the paint tender on Monday.",
        [("corvath-pigments", "LOCATED_IN", "ostrava")],
        [],
    ),
    (  # food: "the privately held P-based firm that is X's closest competitor"
        "Brindle Oats, the privately held Fresno-based firm that is Kessaly's closest "
        "competitor, cut its prices.",
        [("brindle-oats", "LOCATED_IN", "fresno")],
        [],
    ),
    (  # packaging: one adjective, an indefinite article
        "Talvor Cartons, a family-run Porto-based packer, bought two presses.",
        [("talvor-cartons", "LOCATED_IN", "porto")],
        [],
    ),
    (  # timber: "a fast-growing P-based sawmill operator"
        "Quenby Timber, a growing Tampere-based sawmill operator, said orders rose.",
        [("quenby-timber", "LOCATED_IN", "tampere")],
        [],
    ),
    (  # wine: a guard that is right today (no modifier)
        "Sarrel Wines, a Bordeaux-based merchant, said the harvest was small.",
        [("sarrel-wines", "LOCATED_IN", "bordeaux")],
        [],
    ),
    (  # software: guard, "the former P-based" is a past seat
        "Dunmoor Soft, the former Leeds-based developer, moved to a new office.",
        [],
        [("dunmoor-soft", "LOCATED_IN", "leeds")],
    ),
    (  # shipping: guard, "a rival P-based" is another's description
        "Pellam Lines said Orrin Ferries, a rival Bergen-based operator, cut fares.",
        [],
        [("pellam-lines", "LOCATED_IN", "bergen")],
    ),
    (  # farming: guard (review 23), "a formerly P-based" is a past seat
        "Brannock, a formerly Leeds-based grower, now farms near York.",
        [],
        [("brannock", "LOCATED_IN", "leeds")],
    ),
    (  # farming: guard (review 23), "a once P-based"
        "Brannock, a once Leeds-based grower, moved to York in 2020.",
        [],
        [("brannock", "LOCATED_IN", "leeds")],
    ),
    (  # farming: guard (review 23), "a previously P-based"
        "Brannock, a previously Tarrow-based grower, now sits in Kelso.",
        [],
        [("brannock", "LOCATED_IN", "tarrow")],
    ),
    (  # farming: guard (review 23), "the originally P-based"
        "Brannock, the originally Leeds-based grower, relocated to Hull.",
        [],
        [("brannock", "LOCATED_IN", "leeds")],
    ),
    (  # brewing: guard, "an until recently P-based"
        "Hallam Ales, an until recently Sheffield-based brewer, now brews in Derby.",
        [],
        [("hallam-ales", "LOCATED_IN", "sheffield")],
    ),
    (  # farming: the wanted reading after a takeover verb
        "Orvel bought Brannock, a smaller Leeds-based grower.",
        [("brannock", "LOCATED_IN", "leeds")],
        [],
    ),
]

GAPPED: list[Case] = [
    (  # ceramics: a city possessive before a firm's name
        "It competes above all with Lisbon's Harvel Tiles and Oporto's Dunmore Glazes.",
        [("harvel-tiles", "LOCATED_IN", "lisbon")],
        [],
    ),
    (  # funds: "the P fund NAME" (skipped: measured to cost precision)
        "The Tulsa fund Arkwell Capital bought a 15% holding in Venn Coatings in 2020.",
        [("arkwell-capital", "LOCATED_IN", "tulsa")],
        [],
    ),
    (  # fisheries: a trade noun and "in P" after a name typed Person
        "Pollard Smokers, a salmon trader in Namur, signed a supply deal.",
        [("pollard-smokers", "LOCATED_IN", "namur")],
        [],
    ),
    (  # hearing aids: the described lede, the name in the next sentence
        "A Tulsa maker of ear implants has won the first round of a patent case. Corvell "
        "Acoustics said the ruling was fair.",
        [("corvell-acoustics", "LOCATED_IN", "tulsa")],
        [],
    ),
    (  # fund: "NAME, a P investor in <trade>"
        "The founders sold a holding to Marrow Partners, a Tulsa investor in pet brands.",
        [("marrow-partners", "LOCATED_IN", "tulsa")],
        [],
    ),
]

BANK = HYPHEN_ADJ + GAPPED
GAPS: dict[str, str] = {
    "It competes above all": "a city possessive: measured +3 right, +6 wrong",
    "The Tulsa fund": "'the P fund NAME' stays skipped: re-measured +3 right, +3 wrong",
    "Pollard Smokers": "a trade noun in apposition types the name Person",
    "A Tulsa maker": "a description with no name beside it binds to nothing",
    "The founders sold": "'investor in X': the phrase end after the head is not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_placedesc23(case: Case) -> None:
    check(*case)
