"""Rivalry, round 35: whatever one firm loses to another makes them rivals.

"X lost the Kelso concession to Y", "X has been losing apprentices to Y", "X was losing some
regional tenders to Y": the thing lost is read by shape (any short noun phrase between the verb
and "to"), not from a list of objects. It makes no rivals when it is a case or an appeal, a hold
("control", "its stake"), a sum, or when the other side is a court.

Each case is (sentence, relations that must be found, relations that must not be). Every name is
invented; sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

RIVALS = "COMPETES_WITH"

# a concession, plural tenders or orders, clients lost to a firm and the denial of a loss are
# `tests/test_genre_ties34.py` LOST_AWARDS and LOST_GUARDS; these add other things lost and
# other clause shapes
LOST_TO: list[Case] = [
    (
        # progressive, staff as the thing lost
        "Quillon Games has been losing apprentices to Harrowmede Studios.",
        [("quillon-games", RIVALS, "harrowmede-studios")],
        [],
    ),
    (
        # a quantifier and an adjective before the plural, an appositive after the rival
        "Brisca Foods was losing some regional tenders to Lornevale Farms, a Dutch grower.",
        [("brisca-foods", RIVALS, "lornevale-farms")],
        [],
    ),
    (
        # a relative clause on an appositive carries the loss
        "Tarsk Ferries, a smaller operator that lost a harbour slot to Bellwater Marine last "
        "spring, criticised the port.",
        [("tarsk-ferries", RIVALS, "bellwater-marine")],
        [],
    ),
    (
        # a participle clause after a pronoun subject: the firm before it lost the work
        "Velmont Hotels reported weaker sales. It cut prices after losing a conference "
        "contract to Calder Inns.",
        [("velmont-hotels", RIVALS, "calder-inns")],
        [],
    ),
]

LOST_NO_RIVALS: list[Case] = [
    (
        # a case lost in a forum: litigants
        "Corvel Buses lost the case to Ostmar Transit in the High Court.",
        [],
        [("corvel-buses", RIVALS, "ostmar-transit")],
    ),
    (
        # a hold lost: the other side took a stake
        "Quillon Games lost control to Harrowmede Studios in 2019.",
        [],
        [("quillon-games", RIVALS, "harrowmede-studios")],
    ),
    (
        "Brisca Foods lost its majority stake to Lornevale Farms.",
        [],
        [("brisca-foods", RIVALS, "lornevale-farms")],
    ),
    (
        # a sum
        "Tarsk Ferries lost $4 million to Bellwater Marine.",
        [],
        [("tarsk-ferries", RIVALS, "bellwater-marine")],
    ),
    (
        # a court as the other side
        "Velmont Hotels lost its appeal to the Supreme Court of Arland.",
        [],
        [("velmont-hotels", RIVALS, "supreme-court-of-arland")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), LOST_TO, ids=lambda x: str(x)[:50])
def test_what_a_firm_loses_to_another_makes_rivals(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), LOST_NO_RIVALS, ids=lambda x: str(x)[:50])
def test_a_case_a_hold_a_sum_or_a_court_lost_to_makes_no_rivals(
    text: str, present: list, absent: list
) -> None:
    check(text, present, absent)
