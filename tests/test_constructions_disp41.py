"""Disputes readings of round 41 (invented sentences, several sectors).

An answer by a short name form: a party sued under its full name ("Westmoor Stone Walling")
and later named by the name's first words ("Westmoor Stone denies the claims") is the accused
answering; when the article keeps the short form as its own entity, the answer rule found no
dispute against it and the answer was lost. The accused organizations whose names the
respondent's name opens are now its sides too (`litigation._longer_forms`).

Lookalikes stay unread: a hedged answer ("might answer the claims later"), and another firm
whose name shares the first words but does not open with the respondent's whole name ("Red Fern
Logistics" is no short form of "Red Fern Haulage").

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

SHORT_FORM_ANSWERS: list[Case] = [
    (  # building: a two-word short form denies the claims and counterclaims
        "Harrow Fencing has sued Westmoor Stone Walling and its founder, Ian Kerr, in the "
        "High Court in Carlisle, claiming he took its crews. Kerr set up Westmoor Stone in "
        "Penrith in 2021. Westmoor Stone denies the claims and is counter-suing over unpaid "
        "invoices.",
        [("westmoor-stone-walling", "DISPUTES", "harrow-fencing")],
        [],
    ),
    (  # lighting: the short form calls the claim absurd
        "Ostrava Glass has sued Blue Heron Lampade and its founder, Ada Conti, in a Milan "
        "court, claiming she copied its shade. Conti set up Blue Heron in Como in 2019. "
        'Blue Heron called the claim "absurd" and said its shade was its own.',
        [("blue-heron-lampade", "DISPUTES", "ostrava-glass")],
        [],
    ),
    (  # haulage: the short form rejects the allegations (merged or not, the answer holds)
        "Kessel Freight has sued Red Fern Haulage and its owner, Tom Blake, in the High Court "
        "in Leeds, claiming he poached its drivers. Blake set up Red Fern in Hull in 2020. "
        "Red Fern rejected the allegations.",
        [("red-fern-haulage", "DISPUTES", "kessel-freight")],
        [],
    ),
]

SHORT_FORM_TRAPS: list[Case] = [
    (  # a hedge: no answer yet
        "Kessel Freight has sued Red Fern Haulage and its owner, Tom Blake, in the High Court "
        "in Leeds, claiming he poached its drivers. Blake set up Red Fern in Hull in 2020. "
        "Red Fern said it might answer the claims later.",
        [],
        [("red-fern-haulage", "DISPUTES", "kessel-freight")],
    ),
    (  # another firm sharing the first words is no short form of the accused
        "Kessel Freight has sued Red Fern Haulage and its owner, Tom Blake, in the High Court "
        "in Leeds. Blake set up Red Fern in Hull in 2020. Red Fern Logistics, an unrelated "
        "carrier, denied any link to the case.",
        [],
        [
            ("red-fern-logistics", "DISPUTES", "kessel-freight"),
            ("red-fern-haulage", "DISPUTES", "kessel-freight"),
        ],
    ),
]


@pytest.mark.parametrize("text,present,absent", SHORT_FORM_ANSWERS)
def test_short_form_answers(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", SHORT_FORM_TRAPS)
def test_short_form_traps(text, present, absent):
    check(text, present, absent)
