"""Stakes and investments in a name whose apposed description takes the relative: "X, a valve
maker in which K holds 30%", "X, a unit set up for the plan, in which K has taken 15%",
"X, a firm that K has supplied since 2015 and in which it purchased 15%", "X, a dock scheme
that A runs with B and into which both firms have put £5m".

Each case is (text, relations that must be found, relations that must not be); conventions as in
`tests/test_constructions_stakes.py`. Every name is invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

LEAD = "Weekly business roundup\n\n"

APPOSED_RELATIVES: list[Case] = [
    (  # a holding, the description with a place name inside, sentence subject
        LEAD + "Corran Pumps, a Tallinn valve maker in which Wexley Capital holds a 30% stake, "
        "opened a plant.",
        [("wexley-capital", "OWNS", "corran-pumps")],
        [],
    ),
    (  # a minority stake bought: FUNDS, not OWNS, after a copula's object
        LEAD + "Our supplier is Corran Pumps, a small valve maker in which Wexley Capital "
        "bought a 10% stake last year.",
        [("wexley-capital", "FUNDS", "corran-pumps")],
        [("wexley-capital", "OWNS", "corran-pumps")],
    ),
    (  # a description closed by a comma, and a subject with its own appositive and relative
        LEAD + "Our depot belongs to Corran Iberia, a unit formed for the new depot, in which "
        "Orsa, the public lender that helps exporters, has taken a 15% stake.",
        [("orsa", "FUNDS", "corran-iberia")],
        [],
    ),
    (  # a long description ending in a place, then the relative after a comma
        LEAD + "The inquiry centred on Corran Pumps, a maker of valves and seals based in the "
        "town of Tarvik, in which Wexley Capital owns a 60% stake.",
        [("wexley-capital", "OWNS", "corran-pumps")],
        [],
    ),
    (  # a relative coordinated after another, with a pronoun subject
        LEAD + "Tarrow Foods makes soup. The pots came from Corran Pumps, a Tallinn steel firm "
        "that Tarrow Foods has supplied since 2015 and in which it purchased a 15% stake last "
        "spring.",
        [("tarrow-foods", "FUNDS", "corran-pumps")],
        [],
    ),
    (  # coordinated holders of one description's company
        LEAD + "Our supplier is Corran Pumps, a small valve maker in which Wexley Capital and "
        "Orla Partners each hold 20%.",
        [("wexley-capital", "OWNS", "corran-pumps"), ("orla-partners", "OWNS", "corran-pumps")],
        [],
    ),
    (  # an investment verb with "in which" and "into which"
        LEAD + "Our supplier is Corran Pumps, a small valve maker in which Wexley Capital "
        "invested $4m in 2021.",
        [("wexley-capital", "FUNDS", "corran-pumps")],
        [],
    ),
    (
        LEAD + "Our supplier is Corran Pumps, a small valve maker into which Wexley Capital has "
        "invested $4m.",
        [("wexley-capital", "FUNDS", "corran-pumps")],
        [],
    ),
    (  # guard: intent reported, no investment made
        LEAD + "Our supplier is Corran Pumps, a small valve maker in which Wexley Capital once "
        "considered investing.",
        [],
        [("wexley-capital", "FUNDS", "corran-pumps")],
    ),
    (  # guard: a denial
        LEAD + "Our supplier is Corran Pumps, a small valve maker in which Wexley Capital "
        "denied holding a stake.",
        [],
        [("wexley-capital", "OWNS", "corran-pumps"), ("wexley-capital", "FUNDS", "corran-pumps")],
    ),
    (  # guard: a stake sold is no holding
        LEAD + "Our supplier is Corran Pumps, a small valve maker in which Wexley Capital sold "
        "its 10% stake last year.",
        [],
        [("wexley-capital", "OWNS", "corran-pumps"), ("wexley-capital", "FUNDS", "corran-pumps")],
    ),
    (  # guard: an organization inside the description is no place: no head found past it
        LEAD + "Our supplier is Corran Pumps, a partner of Orla Foods in which Wexley Capital "
        "holds a 30% stake.",
        [],
        [("wexley-capital", "OWNS", "corran-pumps")],
    ),
    (  # guard: a place is never the one held
        LEAD + "Wexley Capital invests in Tarvik, a port town in which it holds a 30% stake in "
        "the ferry operator.",
        [],
        [("wexley-capital", "OWNS", "tarvik")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), APPOSED_RELATIVES)
def test_apposed_relatives(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# "A holds 15% of X. The other 85% belongs to the parent": the rest is not A's, whatever
# the reference resolves to.
REST_HOLDERS: list[Case] = [
    (  # the parent after a minority holder named in the sentence before
        LEAD + "The depot belongs to Corran Iberia, a unit formed for the depot, in which Orsa "
        "Fund has taken a 15% holding. The remaining 85% is owned by the parent, which built it.",
        [("orsa-fund", "FUNDS", "corran-iberia")],
        [("orsa-fund", "OWNS", "corran-iberia")],
    ),
    (  # a named holder of the rest is kept
        LEAD + "Wexley Capital owns 65% of Corran Pumps. The remaining 35% is owned by Orla "
        "Partners.",
        [("wexley-capital", "OWNS", "corran-pumps"), ("orla-partners", "OWNS", "corran-pumps")],
        [],
    ),
    (  # a rest held by a passive's agent in the same sentence is untouched
        LEAD + "Corran Pumps is 70% owned by Wexley Capital, with the rest held by Orla Partners.",
        [("wexley-capital", "OWNS", "corran-pumps"), ("orla-partners", "OWNS", "corran-pumps")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), REST_HOLDERS)
def test_rest_holders(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# Coordinated and distributive investors after "in which": "A and B have each invested", "each
# of the two firms has invested" (the two organizations the description names).
PAIRED_INVESTORS: list[Case] = [
    (  # "each of the two companies" after a relative coordinated with "and in which"
        LEAD + "Wexley Dredging counts on the Corran Gateway, a quay scheme near Tarvik which "
        "it develops jointly with Orla Offshore and into which each of the two firms has put "
        "€90m.",
        [
            ("wexley-dredging", "FUNDS", "corran-gateway"),
            ("orla-offshore", "FUNDS", "corran-gateway"),
        ],
        [],
    ),
    (  # "both of the two firms", a plain relative
        LEAD + "The Corran Gateway, a dock scheme that Wexley Dredging runs alongside Orla "
        "Offshore and in which both of the two firms have put £20m, opened.",
        [
            ("wexley-dredging", "FUNDS", "corran-gateway"),
            ("orla-offshore", "FUNDS", "corran-gateway"),
        ],
        [],
    ),
    (  # coordinated named investors right after "in which"
        LEAD + "Wexley Dredging will lean on the Corran Gateway, in which Wexley Dredging and "
        "Orla Offshore have each invested €160m.",
        [
            ("wexley-dredging", "FUNDS", "corran-gateway"),
            ("orla-offshore", "FUNDS", "corran-gateway"),
        ],
        [],
    ),
    (  # guard: three organizations in the description are no pair
        LEAD + "The Corran Gateway, a dock scheme that Wexley Dredging runs with Orla Offshore "
        "and Pell Ports and into which each of the two firms has put £20m, opened.",
        [],
        [("pell-ports", "FUNDS", "corran-gateway")],
    ),
    (  # guard: intent, no money put in
        LEAD + "The Corran Gateway, a dock scheme that Wexley Dredging runs alongside Orla "
        "Offshore and into which each of the two firms may one day invest, opened.",
        [],
        [("orla-offshore", "FUNDS", "corran-gateway")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), PAIRED_INVESTORS)
def test_paired_investors(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
