"""Mends of round 35's stake readings (review stk35).

- A relative right after a description whose last noun sits in a prepositional object with its
  own article is said of that object, not of the name the description is apposed to: "X, a
  lender to the port project in which W owns 40%" (the project's), "X, a valve maker in a
  market in which W holds 30%" (`relative_heads._noun_phrase_object`).
- Only a description ("the parent") is kept from holding the rest a holder of the sentence
  before held: a name or a pronoun may hold it ("A took 15% of X. A now owns the rest as
  well") (`rest_holders.held_before_by`).

Each case is (text, relations that must be found, relations that must not be); every name and
sentence is invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

LEAD = "Markets in brief\n\n"

OBJECT_RELATIVES: list[Case] = [
    (  # the relative is the project's, inside "a lender to the port project"
        LEAD + "Selkirk Bank, a lender to the harbour scheme in which Marwick Holdings owns "
        "40%, posted a loss.",
        [],
        [("marwick-holdings", "OWNS", "selkirk-bank")],
    ),
    (  # a region is what was invested in
        LEAD + "Brindle Valves, a maker from the Poznan region in which Ostby Capital has "
        "invested heavily, hired staff.",
        [],
        [("ostby-capital", "FUNDS", "brindle-valves")],
    ),
    (  # a market's share, not a stake in the maker
        LEAD + "Brindle Valves, a seal maker in a segment in which Ostby Capital holds 30%, "
        "lowered prices.",
        [],
        [("ostby-capital", "OWNS", "brindle-valves")],
    ),
    (  # the port's, after "a rail line for the port"
        LEAD + "Hallam Rail runs the Selkirk Spur, a freight line for the dock in which Ostby "
        "Capital holds 30%.",
        [],
        [("ostby-capital", "FUNDS", "selkirk-spur"), ("ostby-capital", "OWNS", "selkirk-spur")],
    ),
    (  # kept: "one of the makers in which" is one of them
        LEAD + "Brindle Valves, one of the seal makers in which Ostby Capital holds a stake, "
        "hired staff.",
        [("ostby-capital", "OWNS", "brindle-valves")],
        [],
    ),
    (  # kept: "a maker of seals" with no article of its own
        LEAD + "Brindle Valves, a maker of seals and gaskets in which Ostby Capital holds 30%, "
        "hired staff.",
        [("ostby-capital", "OWNS", "brindle-valves")],
        [],
    ),
    # (kept, a description closed by a comma before the relative: `test_constructions_funds35`)
]


@pytest.mark.parametrize(("text", "present", "absent"), OBJECT_RELATIVES)
def test_object_relatives(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


REST_KEPT: list[Case] = [
    (  # the holder named again takes the rest
        LEAD + "Ostby Capital took a 15% stake in Brindle Valves in 2022. Ostby now owns the "
        "rest as well.",
        [("ostby-capital", "OWNS", "brindle-valves")],
        [],
    ),
    (  # a pronoun holder of the rest
        LEAD + "Ostby Capital bought 15% of Brindle Valves in 2022. It now holds the remaining "
        "85% too, after a second deal.",
        [("ostby-capital", "OWNS", "brindle-valves")],
        [],
    ),
    (  # one of two coordinated buyers holds the rest
        LEAD + "Ostby Capital and Hallam Fund bought 40% of Brindle Valves in 2022. Hallam Fund "
        "owns the remaining 60% as well.",
        [("hallam-fund", "OWNS", "brindle-valves")],
        [],
    ),
    (  # still: a description is not the earlier holder
        LEAD + "Ostby Capital took a 20% stake in Brindle Valves. The remaining 80% is owned "
        "by the parent.",
        [("ostby-capital", "FUNDS", "brindle-valves")],
        [("ostby-capital", "OWNS", "brindle-valves")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), REST_KEPT)
def test_rest_kept(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# Left as they are: the stake rules read an attributed or hedged holding in a plain sentence
# too ("Analysts say A holds 50% of X"); the apposed relative only carries that reading over.
@pytest.mark.xfail(strict=True, reason="attributed stake in an 'in which' clause still read")
def test_attributed_relative_stake() -> None:
    check(
        LEAD + "Selkirk Wind, an offshore developer in which analysts say Hallam Power holds "
        "50%, raised debt.",
        [],
        [("hallam-power", "OWNS", "selkirk-wind")],
    )
