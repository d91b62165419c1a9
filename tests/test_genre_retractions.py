"""Genre bank for corrections and retractions: a claim the article itself withdraws is no
relation. Two constructions: a correction notice in one sentence ("An earlier version of this
article incorrectly said that A owns B") and a short sentence that takes back the one before it
("We said A holds shares in B. It does not.", "That was wrong.").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across retail, banking, mining, pharma, shipping, media, energy, farming and football,
in correction-notice, newsletter, wire and blog registers. Guards: a sentence that goes on after
the negation ("It does not plan to sell") retracts nothing; a retraction takes back only the
sentence right before it; a relation also stated elsewhere keeps that evidence; "wrongly
accused" is an accusation still made.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

NOTICES: list[Case] = [
    (  # retail: correction notice, "incorrectly said that"
        "Correction: An earlier version of this article incorrectly said that Dalby Holdings "
        "owns 20% of Vinto Foods.",
        [],
        [("dalby-holdings", "OWNS", "vinto-foods"), ("dalby-holdings", "FUNDS", "vinto-foods")],
    ),
    (  # banking: "wrongly stated that ... had acquired"
        "An earlier version of this story wrongly stated that Harlan Bank had acquired Mirel "
        "Insurance.",
        [],
        [("harlan-bank", "OWNS", "mirel-insurance")],
    ),
    (  # mining: "erroneously reported"
        "This article has been amended. It erroneously reported that Tarrant Minerals had "
        "sued Corlan Rail over the haulage contract.",
        [],
        [("tarrant-minerals", "DISPUTES", "corlan-rail")],
    ),
    (  # pharma: "mistakenly stated", a role
        "A previous version mistakenly stated that Ines Moreau leads Kessler Biotech.",
        [],
        [("ines-moreau", "LEADS", "kessler-biotech")],
    ),
    (  # media: "misstated"; the rest of the article stands
        "Vantor Media bought Orla Radio in 2021. An earlier version misstated that Vantor "
        "Media had invested in Pell Studios.",
        [("vantor-media", "OWNS", "orla-radio")],
        [("vantor-media", "FUNDS", "pell-studios")],
    ),
]

NEXT_SENTENCE: list[Case] = [
    (  # newsletter: "It does not."
        "We erred in last week's issue: we said Dalby Holdings holds shares in Vinto Foods. "
        "It does not.",
        [],
        [("dalby-holdings", "OWNS", "vinto-foods"), ("dalby-holdings", "FUNDS", "vinto-foods")],
    ),
    (  # venture blog: "That was wrong."
        "In an earlier post we reported that Corra Capital invested in Pell Robotics. That "
        "was wrong.",
        [],
        [("corra-capital", "FUNDS", "pell-robotics")],
    ),
    (  # shipping: "It doesn't." ("n't" as "not")
        "Our last bulletin said Nordhav Tankers owns Kaito Lines. It doesn't.",
        [],
        [("nordhav-tankers", "OWNS", "kaito-lines")],
    ),
    (  # energy: "That is not the case."
        "Some reports said Brenner Power had hired Oscar Lind as chief executive. That is not "
        "the case.",
        [],
        [("oscar-lind", "LEADS", "brenner-power")],
    ),
    (  # farming: "In fact, they did not."; the sentence before stands
        "Harrow Grain bought Ostwind Seeds in 2020. Rumours had it that Harrow Grain and "
        "Kettle Farms founded Granary One together. In fact, they did not.",
        [("harrow-grain", "OWNS", "ostwind-seeds")],
        [("harrow-grain", "FOUNDED", "granary-one"), ("kettle-farms", "FOUNDED", "granary-one")],
    ),
    (  # football: "This was incorrect."; a relation stated again later keeps that evidence
        "We wrote that Velm Capital owns Corran Athletic. This was incorrect. Velm Capital "
        "owns Corran Rovers.",
        [("velm-capital", "OWNS", "corran-rovers")],
        [("velm-capital", "OWNS", "corran-athletic")],
    ),
    (  # insurance: stated twice, one statement retracted: the other evidence stands
        "Holt Insurance owns Marlow Re. Holt Insurance owns Marlow Re, a filing shows. That "
        "was wrong.",
        [("holt-insurance", "OWNS", "marlow-re")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # the sentence goes on: "It does not plan to sell them."
        "Dalby Holdings holds 30% of Vinto Foods. It does not plan to sell the stake.",
        [("dalby-holdings", "OWNS", "vinto-foods")],
        [],
    ),
    (  # a retraction takes back only the sentence right before it
        "Corvin Bank acquired Ardel Foods in 2019. Some said Corvin Bank had also bought "
        "Pace Footwear. It had not.",
        [("corvin-bank", "OWNS", "ardel-foods")],
        [("corvin-bank", "OWNS", "pace-footwear")],
    ),
    (  # "wrongly accused": the accusation was made
        "Tolliver Air wrongly accused Brisk Aviation of poaching its pilots, a court found.",
        [("tolliver-air", "DISPUTES", "brisk-aviation")],
        [],
    ),
    (  # "She is not." after a question of a role is no retraction of the sentence before
        "Ada Ferris chairs Corvin Bank. Is she leaving? She is not.",
        [("ada-ferris", "LEADS", "corvin-bank")],
        [],
    ),
]

BANK = NOTICES + NEXT_SENTENCE + GUARDS


@pytest.mark.parametrize("case", BANK, ids=[c[0][:60] for c in BANK])
def test_genre_retractions(case: Case) -> None:
    check(*case)
