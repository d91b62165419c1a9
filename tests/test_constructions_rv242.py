"""Review of round 42's funding and ownership readings on invented text (rv242).

Taken entitlements (`loaders.relations.taken_entitlements`): a holder taking up its part of a
share issue funds the issuer. Mended:

- an issue noun of another sense reads nothing: "the offer of free parking", "the increase of
  the dividend", "the cable sale by V" (a weak issue noun needs an article, a number or an
  issue lead before it, and an "of" after any issue noun must name shares);
- a bare "to" after a holder that is another verb's object ("Analysts expect X, which holds
  15% of Y, to take up its entitlement") is no commitment; a headline's "X to take up" is;
- a condition after the taking ("if the board approves it") reads nothing, nor plain stock
  that is not new ("its share of the Pellan stock it does not own");
- a short name before the issue ("Tellan's rights issue") is the firm the sentence names in
  full ("Tellan Foods").

Things made by a firm (`loaders.relations.made_things`): a passive's subject read as a brand
is no firm the lexicon knows ("Google phones are made by V") nor the short name of a firm the
text names in full ("Harlan biscuits" after "Harlan Stores"): the maker is a contractor.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

ENTITLEMENTS: list[Case] = [
    (  # copper: "committed to", the issuer the holder owns
        "Halvard Mining digs copper in Chile. Brisk Capital, which owns 15% of Halvard, has "
        "committed to take up its entire entitlement under the rights issue.",
        [("brisk-capital", "FUNDS", "halvard-mining")],
        [],
    ),
    (  # food: a short possessive name of the issuer named in full before
        "Ostmark Bank, which holds 9% of Tellan Foods, said it would take up its rights in "
        "Tellan's rights issue.",
        [("ostmark-bank", "FUNDS", "tellan-foods")],
        [("ostmark-bank", "FUNDS", "tellan")],
    ),
    (  # robotics: a person, a short possessive name
        "Tobias Renn, the founder of Calder Robotics, will take up his full entitlement of "
        "Calder's rights offering.",
        [("tobias-renn", "FUNDS", "calder-robotics")],
        [("tobias-renn", "FUNDS", "calder")],
    ),
    (  # steel: a short name after "that", a possessor's role before the holder
        "Temple Resources, Harrow Steel's biggest shareholder, will take up its pro rata "
        "entitlement in the share issue that Harrow launched on Monday.",
        [("temple-resources", "FUNDS", "harrow-steel")],
        [("temple-resources", "FUNDS", "harrow")],
    ),
    (  # steel: a weak issue noun after an amount and a share word
        "Harrow Steel is raising 50 million euros. Temple Resources, which owns 40% of Harrow, "
        "will take up its share of the €50 million capital increase.",
        [("temple-resources", "FUNDS", "harrow-steel")],
        [],
    ),
    (  # an "of" naming shares after a weak issue noun
        "Temple Resources, which owns 40% of Harrow Steel, will subscribe for its share of the "
        "offer of new shares.",
        [("temple-resources", "FUNDS", "harrow-steel")],
        [],
    ),
    (  # airlines: "a $300m share sale by" its issuer
        "Sorrel Airlines needs cash. Kestrel Aviation Holdings, which owns a third of Sorrel, "
        "has pledged to buy its portion of a $300m share sale by Sorrel.",
        [("kestrel-aviation-holdings", "FUNDS", "sorrel-airlines")],
        [],
    ),
    (  # a headline's bare "to"
        "Brisk Capital to take up its entire entitlement in Halvard Mining's rights issue",
        [("brisk-capital", "FUNDS", "halvard-mining")],
        [],
    ),
]

ENTITLEMENT_TRAPS: list[Case] = [
    (  # the holder is the object of an expectation
        "Analysts expect Brisk Capital, which owns 15% of Halvard Mining, to take up its "
        "entitlement in the rights issue.",
        [],
        [("brisk-capital", "FUNDS", "halvard-mining")],
    ),
    (  # an offer of something that is no share
        "Ostmark Bank, which holds 9% of Tellan Foods, will take up its share of the offer of "
        "free parking.",
        [],
        [("ostmark-bank", "FUNDS", "tellan-foods")],
    ),
    (  # an asset sale
        "Norvik Telecom will buy its portion of the cable sale by Ardent Networks.",
        [],
        [("norvik-telecom", "FUNDS", "ardent-networks")],
    ),
    (  # an increase of a dividend
        "Temple Resources, which owns 40% of Harrow Steel, took up its entitlement in the "
        "increase of the dividend.",
        [],
        [("temple-resources", "FUNDS", "harrow-steel")],
    ),
    (  # an offer of a seat
        "Temple Resources, which owns 40% of Harrow Steel, will take up its rights to the "
        "offer of a board seat.",
        [],
        [("temple-resources", "FUNDS", "harrow-steel")],
    ),
    (  # a condition after the taking
        "Corvo Group, which owns 70% of Sable Insurance, will take up its share of the Sable "
        "stock offering if the board approves it.",
        [],
        [("corvo-group", "FUNDS", "sable-insurance")],
    ),
    (  # a dividend increase
        "Norvik Telecom will take up its share of the dividend increase by Ardent Networks.",
        [],
        [("norvik-telecom", "FUNDS", "ardent-networks")],
    ),
    (  # stock bought from other holders, no new shares
        "Gorse Ventures, which owns 8% of Pellan Pharma, will buy its share of the Pellan "
        "stock it does not own.",
        [],
        [("gorse-ventures", "FUNDS", "pellan-pharma")],
    ),
]

MADE_THINGS: list[Case] = [
    (  # medical devices: a relative clause with "manufactured"
        "The Pulsa monitor, which is manufactured by Vireo Medical, was recalled in March.",
        [("vireo-medical", "OWNS", "pulsa")],
        [],
    ),
    (  # drones: "produced" after a plural product noun
        "The Zephra drones produced by Skylar Robotics are sold in 30 countries.",
        [("skylar-robotics", "OWNS", "zephra")],
        [],
    ),
    (  # machinery: the maker named as a rival
        "Halden Machinery said the Corvex tractor made by its rival Tarn Motors was inferior.",
        [("tarn-motors", "OWNS", "corvex")],
        [],
    ),
]

MADE_THINGS_TRAPS: list[Case] = [
    (  # a firm the lexicon knows before the product noun: the maker is a contractor
        "Google phones are made by Foxlin Precision.",
        [],
        [("foxlin-precision", "OWNS", "google")],
    ),
    (  # the short name of a firm the text names in full: a store brand's contractor
        "Harlan Stores is a grocery chain. Harlan biscuits are made by Tiko Bakeries in Leeds.",
        [],
        [("tiko-bakeries", "OWNS", "harlan-stores")],
    ),
    (  # a loan made by a bank is no product of it
        "The Kestrel loan made by Halden Bank to the council was repaid.",
        [],
        [("halden-bank", "OWNS", "kestrel")],
    ),
]


@pytest.mark.parametrize("text,present,absent", ENTITLEMENTS)
def test_entitlement(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", ENTITLEMENT_TRAPS)
def test_entitlement_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", MADE_THINGS)
def test_made_thing(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", MADE_THINGS_TRAPS)
def test_made_thing_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
