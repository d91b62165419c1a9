"""Relation ends named nowhere in the sentence (round 35).

- A share with no company named, held by the one the sentence just before said founded a
  firm, is of that firm (`sentence_context._founded_by`): "A and B set up V, a joint venture.
  A holds 51% and B 49%"; "V was founded by Ada Voss. Voss keeps a stake of about 30%".

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

BID = "Kelmer Capital agreed to buy Vanta Soap on Monday. "

CASES: list[Case] = [
    (  # a joint venture's two founders split its shares, the second share gapped
        "Orrin Foods and Tarsk Holdings set up Pellbridge, a joint venture, in 2021. Orrin "
        "holds 51% and Tarsk 49%.",
        [("orrin-foods", "FUNDS", "pellbridge"), ("tarsk-holdings", "FUNDS", "pellbridge")],
        [("tarsk-holdings", "OWNS", "orrin-foods"), ("orrin-foods", "OWNS", "tarsk-holdings")],
    ),
    (  # the same with "while" and a second verb
        "Orrin Foods and Tarsk Holdings set up Pellbridge, a joint venture, in 2021. Orrin "
        "holds 51%, while Tarsk holds 49%.",
        [("orrin-foods", "FUNDS", "pellbridge"), ("tarsk-holdings", "FUNDS", "pellbridge")],
        [("tarsk-holdings", "OWNS", "orrin-foods")],
    ),
    (  # a relative clause of founding with a partner, the shares split after it
        "Pellbridge, which Orrin Foods set up with Tarsk Holdings in 2021, makes radar parts. "
        "Orrin holds 60% and Tarsk 40%.",
        [("orrin-foods", "OWNS", "pellbridge"), ("tarsk-holdings", "OWNS", "pellbridge")],
        [],
    ),
    (  # the founder keeps a share after a sale, a buyer's partner speaking in between
        "Brenn Partners has bought Vanta Soap, a bath oil maker, for £60m. Lotte Crane, who "
        "runs the Brenn fund, said she prized its steady repeat orders and loyal shops. Vanta "
        "Soap was set up in 2011 by Ada Voss, a chemist who began with a market stall. Voss "
        "retains about a quarter of the shares and a board seat.",
        [("ada-voss", "OWNS", "vanta-soap")],
        [("ada-voss", "OWNS", "brenn-partners")],
    ),
    (  # a passive founding, then the founder's share kept
        "Vanta Soap sells in ten countries. Vanta Soap was founded in 2009 by Ada Voss, a "
        "former nurse. Voss keeps a stake of about 30 per cent.",
        [("ada-voss", "OWNS", "vanta-soap")],
        [],
    ),
    (  # a relative clause of founding, the holder's own relative clause before the share
        BID + "Vanta Soap, which was founded by Ada Voss in 2009, makes bath oils. Voss, who "
        "remains chief executive, owns about 20 percent.",
        [("ada-voss", "OWNS", "vanta-soap")],
        [("ada-voss", "OWNS", "kelmer-capital")],
    ),
    (  # a pronoun holder after an active founding
        BID + "Ada Voss founded Vanta Soap in 2009. She still holds 25%.",
        [("ada-voss", "OWNS", "vanta-soap")],
        [],
    ),
    (  # negative: the share names its own company
        BID + "Ada Voss founded Vanta Soap in 2009. Voss owns 20% of Brenn Mills, a flour maker.",
        [("ada-voss", "OWNS", "brenn-mills")],
        [("ada-voss", "OWNS", "vanta-soap")],
    ),
    (  # negative: a founder who sold, holding a share of the buyer
        BID + "Ada Voss founded Vanta Soap in 2009 and sold it in 2015. Voss holds 20% of "
        "Kelmer Capital.",
        [("ada-voss", "OWNS", "kelmer-capital")],
        [("ada-voss", "OWNS", "vanta-soap")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_construction(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
