"""Funding readings of round 41 (invented sentences, several sectors).

A holder's money put into "the business" or "the company", with no name after it, goes to the
firm the holder owns: "Orrin Growth, which pumped $45m into the company, has 9%", "Brisk is run
by Kelvo Partners, a Denver buyout firm that has poured $120m into the business", "Marlow has
12%, having sunk $8m into the business". A plain "the company" was read as the latest firm
named, often a co-holder ("Halder Capital holds 31%, and Orrin Growth, which pumped ..."), or
the holder of a descriptor's relative clause was not found.

Lookalikes stay unread: a hedge or a question ("would not say if X planned to inject fresh cash
into the company", "is weighing whether to sink $8m into"), a project the verb rules read ("will
inject capital into the $900m project"), and a named receiver ("sank $5m into the Halder Fund").

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

BUSINESS_MONEY: list[Case] = [
    (  # dating app: a relative clause after a co-holder's clause
        "Tamsin Dating runs an app. Halder Capital holds 31%, and Orrin Growth, which pumped "
        "$45m into the company two years ago, has 9%.",
        [("orrin-growth", "FUNDS", "tamsin-dating")],
        [("orrin-growth", "FUNDS", "halder-capital")],
    ),
    (  # leisure: a hyphenated descriptor's relative clause after a passive of control
        "Brisk Camps runs ski lodges in Utah. Brisk is controlled by Kelvo Partners, a Denver "
        "private-equity house which has put nearly $120 million into the business over five "
        "years.",
        [("kelvo-partners", "FUNDS", "brisk-camps")],
        [],
    ),
    (  # robotics: "injected" into the company
        "Velda Robotics makes arms. Halder Ventures has 40%, and Marlow Capital, which "
        "injected $8 million into the company in March, holds 12%.",
        [("marlow-capital", "FUNDS", "velda-robotics")],
        [("marlow-capital", "FUNDS", "halder-ventures")],
    ),
    (  # orchards: a participle closing the second holder's clause
        "Velda Orchards grows pears. Halder Trust has 40%, and Marlow Agri has 12%, "
        "having sunk $8 million into the business.",
        [("marlow-agri", "FUNDS", "velda-orchards")],
        [("halder-trust", "FUNDS", "velda-orchards")],
    ),
]

BUSINESS_MONEY_TRAPS: list[Case] = [
    (  # a question of what may happen
        "Tarn Farms grows plums. Orrin Capital owns 40% of Tarn Farms. He would not say if "
        "Orrin Capital planned to inject fresh cash into the company.",
        [],
        [("orrin-capital", "FUNDS", "tarn-farms")],
    ),
    (  # an intention
        "Velda Robotics makes arms. Marlow Capital, which owns 30% of Velda, is weighing "
        "whether to sink $8 million into the business.",
        [],
        [("marlow-capital", "FUNDS", "velda-robotics")],
    ),
    (  # a project the verb rules read stays the receiver
        "Skerry Port and Halder Lines own the Tarn Terminal venture. The two owners will "
        "inject capital into the $900 million project next year.",
        [("skerry-port", "FUNDS", "tarn-terminal")],
        [],
    ),
    (  # a named receiver
        "Corra Bakeries runs 40 shops in Leeds. Orrin Holdings, which owns 60% of Corra, sank "
        "$5 million into the Halder Fund last year.",
        [("orrin-holdings", "FUNDS", "halder-fund")],
        [("orrin-holdings", "FUNDS", "corra-bakeries")],
    ),
]


@pytest.mark.parametrize("case", BUSINESS_MONEY + BUSINESS_MONEY_TRAPS, ids=lambda c: c[0][:50])
def test_business_money(case: Case) -> None:
    check(*case)
