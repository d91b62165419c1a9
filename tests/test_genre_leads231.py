"""Genre bank for a speaker's bare title after a takeover (round 31, leads2).

A buyer is named as the clause subject of the last sentences and the article has said it bought
another firm: a bare title of a sentence of saying ("chief executive X told analysts ...") is
the buyer's, the firm the text is about, not the firm it bought (the holder speaks for the one
named just before). A title with no saying ("X is to become chairman") still goes to the firm
bought, and a firm named in its own possessive stays the title's.

Each case is a short invented text, across dairies, ferries, bakeries, sawmills, printing and
dental clinics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SPOKEN: list[Case] = [
    (  # dairies: a buyer's chief executive speaks after the deal
        "Morvale Dairies has bought Tresk Creamery for 40 million pounds. Morvale said the deal "
        "would add two plants. Chief executive Ilse Varga told analysts that the Tresk brand "
        "would be kept.",
        [("morvale-dairies", "OWNS", "tresk-creamery"), ("ilse-varga", "LEADS", "morvale-dairies")],
        [("ilse-varga", "LEADS", "tresk-creamery")],
    ),
    (  # ferries: a quotation, then the buyer's managing director
        "Skelby Ferries agreed to buy Onna Boats on Monday. Skelby expects the purchase to close "
        'in June. "We have wanted more routes for years," managing director Piet Larsson told '
        "reporters.",
        [("piet-larsson", "LEADS", "skelby-ferries")],
        [("piet-larsson", "LEADS", "onna-boats")],
    ),
    (  # bakeries: a chairman's comment
        "Calder Bakeries has acquired Fenn Loaves, a maker of rye bread. Calder said it would keep "
        "both ovens running, and chairman Rosa Idris said the bakers would stay.",
        [("rosa-idris", "LEADS", "calder-bakeries")],
        [("rosa-idris", "LEADS", "fenn-loaves")],
    ),
    (  # guard: no saying, a role taken at the firm bought
        "Harrow Timber bought Lisk Sawmills in March. Harrow plans to expand the mill. Owen Brae "
        "is to become chairman.",
        [("harrow-timber", "OWNS", "lisk-sawmills"), ("owen-brae", "LEADS", "lisk-sawmills")],
        [("owen-brae", "LEADS", "harrow-timber")],
    ),
    (  # guard: the bought firm's own possessive title
        "Ostrel Print bought Vanta Press last year. Ostrel said sales rose. Vanta's chief "
        "executive, Lena Cobb, said the presses were full.",
        [("lena-cobb", "LEADS", "vanta-press")],
        [("lena-cobb", "LEADS", "ostrel-print")],
    ),
    (  # dental clinics: the buyer still the subject of the sentence before
        "Brightsmile Clinics has bought Dorra Dental, which runs nine practices. Brightsmile "
        "will pay in cash. Chief executive Amir Holt said the practices would keep their names.",
        [("amir-holt", "LEADS", "brightsmile-clinics")],
        [("amir-holt", "LEADS", "dorra-dental")],
    ),
]

BANK: list[Case] = SPOKEN
GAPS: dict[str, str] = {
    "Morvale Dairies has bought": "the bought firm named in the reported clause (its brand) still "
    "drops the bare title's context firm",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_leads231(case: Case) -> None:
    check(*case)
