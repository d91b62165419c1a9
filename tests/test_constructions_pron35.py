"""Pronoun ends (round 35): a title that names a body's head only as the opening appositive
after a sentence-initial "Its"/"Their" (`loaders.relations.role`), and a passive's agent that
heads a relative clause staying the subject a later "Its" leans to
(`loaders.oblique_mentions.heads_relative`).

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CASES: list[Case] = [
    (  # music: the opening possessive's general manager, after a plain subject
        "The Pemble Choir has warned against a second concert venue. Its general manager, "
        "Ivo Stanek, said the city should mend the venue it has.",
        [("ivo-stanek", "LEADS", "pemble-choir")],
        [],
    ),
    (  # lifts: a country manager after a reported clause with "it"
        "Norvik Lifts, the Danish arm of the Swiss group Halder Lifts, said that it obeyed "
        "the rules. Its country manager, Pia Lund, said repairs now made up half of sales.",
        [("pia-lund", "LEADS", "norvik-lifts")],
        [("pia-lund", "LEADS", "halder-lifts")],
    ),
    (  # astronomy: a bare director after a passive agent heading a relative clause
        "The observatory is run by the Corran Sky Trust, which groups the Hale Institute and "
        "Dunmore University. Its director, Omar Sayed, said the panel had scored Belfort "
        "Glass highest.",
        [("omar-sayed", "LEADS", "corran-sky-trust")],
        [("omar-sayed", "LEADS", "hale-institute"), ("omar-sayed", "LEADS", "dunmore-university")],
    ),
    (  # insurance: the agent that heads the relative clause calls itself the partner
        "The policies were underwritten by Ashby Cover, which describes itself as Tolland "
        "Homes' partner.",
        [("ashby-cover", "PARTNERS_WITH", "tolland-homes")],
        [],
    ),
    (  # banking: a role the rules already read, after an agent heading a relative clause
        "Kenley Water Board wants a new dam. The scheme is backed by Orla Bank, which will "
        "lend alongside Tarve Credit. Its chairman, Ned Hollis, said the loan was sound.",
        [("ned-hollis", "LEADS", "orla-bank")],
        [("ned-hollis", "LEADS", "tarve-credit")],
    ),
    (  # negative, lookalike: "a director of" names one of several, not the head
        "Kelso Paints makes coatings. Ana Ruiz, a director of Kelso Paints, said sales rose.",
        [],
        [("ana-ruiz", "LEADS", "kelso-paints")],
    ),
    (  # negative: a director of a function is no head ("Its director of marketing")
        "Kelso Paints makes coatings. Its director of marketing, Ana Ruiz, said sales rose.",
        [],
        [("ana-ruiz", "LEADS", "kelso-paints")],
    ),
    (  # negative: a title with a modifier before it is a function ("Its finance director")
        "Kelso Paints makes coatings. Its finance director, Ana Ruiz, said sales rose.",
        [],
        [("ana-ruiz", "LEADS", "kelso-paints")],
    ),
    (  # negative: not opening the sentence ("the director, X,")
        "Kelso Paints makes coatings, and the director, Ana Ruiz, said sales rose.",
        [],
        [("ana-ruiz", "LEADS", "kelso-paints")],
    ),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_pronoun_ends(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
