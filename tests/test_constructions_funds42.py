"""Funding readings of round 42 (invented sentences, several sectors).

A holder taking up its part of a share issue funds the issuer
(`loaders.relations.taken_entitlements`): "X, which holds 12% of Y, has undertaken to take
up its pro rata entitlement under the placing", "X says it has pledged to subscribe for its
allocation of an offering by Y", "P promised to buy her portion of the fresh shares". The
issuer is named with the issue, else it is the firm the holder owns. The holder may sit
before asides (an appositive, a relative clause, a possessor's role), be a person ("his
allotment"), or say it.

Lookalikes stay unread: a hedge or refusal ("declined to say if it would take up its
allotment"), a plan ("intends to"), a share of something that is no issue ("its share of the
dividend", "its share of the equipment").

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

TAKEN_ENTITLEMENTS: list[Case] = [
    (  # pumps: a relative clause between holder and verb, "under the placing"
        "Velda Pumps makes valves for water utilities. Orrin Capital, which holds 12% of "
        "Velda, has undertaken to take up its pro rata entitlement under the placing.",
        [("orrin-capital", "FUNDS", "velda-pumps")],
        [],
    ),
    (  # shipping: an appositive naming a person, then a relative; "fresh shares"
        "Brakke Offshore runs supply vessels. Pelle Invest, the family office of shipowner "
        "Arne Pelle, which controls 28% of Brakke, promised to subscribe for its entire "
        "allocation of the fresh shares.",
        [("pelle-invest", "FUNDS", "brakke-offshore")],
        [("arne-pelle", "FUNDS", "brakke-offshore"), ("arne-pelle", "FUNDS", "pelle-invest")],
    ),
    (  # nickel: a possessor's role, a saying verb and "it"; the issuer named after the offering
        "Corran Minerals is an Australian nickel miner. Corran's biggest investor, the "
        "Jakarta-based fund Selat Capital, which has 17% of the company, says it has pledged "
        "to take up its allotment in an A$80 million offering that Corran announced.",
        [("selat-capital", "FUNDS", "corran-minerals")],
        [],
    ),
    (  # aluminium: a person, "his allotment of any capital raising"
        "Vesla Metall is a Norwegian aluminium works. Oskar Brun, who took control of Vesla "
        "in 2016, will take up his allotment of any capital raising the furnace requires.",
        [("oskar-brun", "FUNDS", "vesla-metall")],
        [],
    ),
    (  # groceries: the issuer named by its possessive before the issue
        "Kelda Stores is a Danish grocer. Holm Partners will subscribe for its pro rata share "
        "of Kelda's placing next month.",
        [("holm-partners", "FUNDS", "kelda-stores")],
        [],
    ),
]

TAKEN_ENTITLEMENT_TRAPS: list[Case] = [
    (  # a refusal and an "if"
        "Velda Pumps makes valves for water utilities. Orrin Capital, the fund that controls "
        "60% of Velda, declined to say if it would take up its allotment.",
        [],
        [("orrin-capital", "FUNDS", "velda-pumps")],
    ),
    (  # a plan only
        "Brakke Offshore runs supply vessels. Pelle Invest, which controls 28% of Brakke, "
        "intends to take up its allocation of the fresh shares.",
        [],
        [("pelle-invest", "FUNDS", "brakke-offshore")],
    ),
    (  # a share of a dividend, no issue
        "Vesla Metall is a Norwegian aluminium works. Oskar Brun, who has 40% of Vesla, will "
        "take up his share of the dividend in cash.",
        [],
        [("oskar-brun", "FUNDS", "vesla-metall")],
    ),
    (  # a share of equipment, no issue
        "Kelda Stores is a Danish grocer. Holm Partners, which has 30% of Kelda, will buy its "
        "share of the warehouse's equipment.",
        [],
        [("holm-partners", "FUNDS", "kelda-stores")],
    ),
]


@pytest.mark.parametrize("text,present,absent", TAKEN_ENTITLEMENTS)
def test_taken_entitlement(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", TAKEN_ENTITLEMENT_TRAPS)
def test_taken_entitlement_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
