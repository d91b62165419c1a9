"""Review of round 40's holder and speaker-answer readings (rv2; invented sentences).

funds40: a statement of who holds the buyer names a holder, no buyer; but a sentence whose
holder also takes over, snaps up, takes control of or swallows up another company (or
completes "the acquisition of" one) states a new purchase, and "the purchase" after it is that
holder's; an opening buyer described by what it owns ("X, which owns D, has taken over T")
is still the buyer.

disp40: a bare denial answers the speaker of the sentence before; not when the denial is a
future or a condition ("will reject that", "If X rejects that"), a near-negation ("barely
disputes that"), or when the one before is a newspaper reporting (its report is no side's
claim).

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

_OPEN = "Orvel Foods agreed on Monday to buy Tamsin Dairies, a cheese maker in Devon, for £40m. "
_LOAN = " The purchase was financed by a loan from Castlegate Bank."

HOLDER_BUYS_AGAIN: list[Case] = [
    (  # the holder takes over another company: the purchase is its own
        _OPEN + "Kestle Partners, which owns Orvel, took over Mossley Creamery last month." + _LOAN,
        [("castlegate-bank", "FUNDS", "kestle-partners")],
        [("castlegate-bank", "FUNDS", "orvel-foods")],
    ),
    (  # "took control of"
        _OPEN
        + "Kestle Partners, which owns Orvel, took control of Mossley Creamery in May."
        + _LOAN,
        [],
        [("castlegate-bank", "FUNDS", "orvel-foods")],
    ),
    (  # "completed the acquisition of": "the" takes back no deal when "of" names one
        "Dorrit Air has agreed to buy Lune Aviation. Kestle Partners, which controls Dorrit Air, "
        "has completed the acquisition of Weald Jets." + _LOAN,
        [],
        [("castlegate-bank", "FUNDS", "dorrit-air")],
    ),
]

BUYER_WITH_HOLDINGS: list[Case] = [
    (  # shipping: the opening buyer described by what it owns, a phrasal buying verb
        "Nordvik Shipping, which owns the Brenna ferry line, has taken over Skarv Tankers." + _LOAN,
        [("castlegate-bank", "FUNDS", "nordvik-shipping")],
        [],
    ),
    (  # food: "has completed the acquisition of"
        "Orvel Foods, which controls Dale Farm, has completed the acquisition of Tamsin "
        "Dairies." + _LOAN,
        [("castlegate-bank", "FUNDS", "orvel-foods")],
        [],
    ),
    (  # retail: "swallowed up"
        "Pellow Stores, which has owned Garth Outfitters since 2010, swallowed up Bramble Shoes "
        "in May." + _LOAN,
        [("castlegate-bank", "FUNDS", "pellow-stores")],
        [],
    ),
    (  # aviation headline, a passive holder with a descriptor (the reading's gain)
        "Harbor Air to buy Lanton Jets\n\nHarbor Air will buy Lanton Jets, a charter operator, "
        "for $80 million. Harbor is owned by the Qadir family trust Meridian Holdings. The "
        "purchase will be financed with a loan from Ostwind Bank.",
        [("ostwind-bank", "FUNDS", "harbor-air")],
        [("ostwind-bank", "FUNDS", "meridian-holdings")],
    ),
]

HOLDER_LEFT = [
    pytest.param(
        _OPEN
        + "Kestle Partners has owned Orvel since it paid £90m for the company in 2015."
        + _LOAN,
        [],
        [("castlegate-bank", "FUNDS", "orvel-foods")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="'paid ... for' inside a holding clause is the holder's own purchase; "
            "active_holders reads no paying phrase",
        ),
    ),
]

_SAID = "Hollin Brewery makes ale. Joan Tate said Ray Dunn had watered the beer. "

SPEAKER_KEPT: list[Case] = [
    (  # the speaker after a fronted clause: "X, Omar Bey said."
        "Hollin Brewery makes ale. Ray Dunn cut corners, Omar Bey said. Ray Dunn rejects that.",
        [("ray-dunn", "DISPUTES", "omar-bey")],
        [],
    ),
    (  # an insurer in apposition answers a firm's claim
        "Tarvo Lines carries fruit. Orchard Bay Growers says Tarvo Lines lost its cargo. Tarvo "
        "Lines' insurer, Marl Re, disputes that.",
        [("marl-re", "DISPUTES", "orchard-bay-growers")],
        [],
    ),
    (  # an adverb between the negation and the verb does not hide it
        _SAID + "Ray Dunn did not directly deny that.",
        [],
        [("ray-dunn", "DISPUTES", "joan-tate")],
    ),
]

SPEAKER_NOT_ANSWERED: list[Case] = [
    (  # a future answer: no answer given yet
        _SAID + "Ray Dunn will reject that.",
        [],
        [("ray-dunn", "DISPUTES", "joan-tate")],
    ),
    (  # a condition
        _SAID + "If Ray Dunn rejects that, he will be sued.",
        [],
        [("ray-dunn", "DISPUTES", "joan-tate")],
    ),
    (  # a near-negation
        "Sela Pharma makes generics. Mira Kovac said Tomas Rehn had misled investors. Tomas "
        "Rehn barely disputes that.",
        [],
        [("tomas-rehn", "DISPUTES", "mira-kovac")],
    ),
    (  # a newspaper reports: its report is no claim of a side
        "Tarvo Lines carries fruit. The Daily Courier said Tarvo Lines would cut 200 jobs. "
        "Tarvo Lines denied that.",
        [],
        [("tarvo-lines", "DISPUTES", "daily-courier")],
    ),
]

SPEAKER_LEFT = [
    pytest.param(
        "Hollin Brewery makes ale. Omar Bey said Ray Dunn was the best brewer in the county. "
        "Ray Dunn modestly rejects that.",
        [],
        [("ray-dunn", "DISPUTES", "omar-bey")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="praise modestly turned down is no dispute; the reading "
            "does not weigh what was said",
        ),
    ),
    pytest.param(
        "Hollin Brewery makes ale. Omar Bey said he would retire in May. Ray Dunn rejected "
        "the suggestion that he would replace him.",
        [],
        [("ray-dunn", "DISPUTES", "omar-bey")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a statement noun whose that-clause is not what the speaker "
            "said; the reading does not compare the two",
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    HOLDER_BUYS_AGAIN + BUYER_WITH_HOLDINGS + HOLDER_LEFT,
)
def test_holder_statement_with_a_new_purchase(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    SPEAKER_KEPT + SPEAKER_NOT_ANSWERED + SPEAKER_LEFT,
)
def test_speaker_answer_guards(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
