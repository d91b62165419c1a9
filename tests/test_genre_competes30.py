"""Genre bank for rivals read against the firm a sentence is about, and a far-off "both
companies" read as the deal pair an article opens on (round 30).

A bare "rival" before a name ("accusing rival X", "a former director of rival chain X",
"joined from rival X") names no owner; when the article's context leans on no firm (or on a
firm the sentence does not speak of), the organization its clause opens on as subject owns
the rivalry, or the firm a person subject serves ("Its clinical director, P, joined from rival
X"), or, in a sentence naming no firm but the rival, the firm "its" would name there. A third
organization in the sentence leaves it unread.

In a story about a merger or takeover, "both companies" long after the opening still names
the two companies the opening paired, when no nearer reading finds a pair; not right before a
relative clause (whose antecedent is the phrase's head), and not when the opening paired two
firms without a deal.

Each case is a short invented text across ceramics, bakeries, dental clinics, paints,
shipping, quarries, software and brewing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RIVALS: list[Case] = [
    (  # ceramics: a suit in a court, the object called a rival
        "Pelsworth Ceramics, the Porto-based tile maker, has filed a suit in the Commercial "
        "Court accusing rival Gresley Tiles of copying a glaze.",
        [("gresley-tiles", "COMPETES_WITH", "pelsworth-ceramics")],
        [],
    ),
    (  # bakeries: the rival in the apposition of the object, after an opening adjunct
        "Marrow Bakeries cut its prices in March. According to the filing, Marrow has hired Inge "
        "Tolk, a former sales director of rival chain Crumbhill Loaves, as an adviser on pricing.",
        [("crumbhill-loaves", "COMPETES_WITH", "marrow-bakeries")],
        [],
    ),
    (  # dental clinics: a person subject whose firm opens the sentence as "Its"
        "Varnel Dental reported higher sales on Monday. Its clinical director, Aino Pekk, joined "
        "from rival chain Smilecraft Clinics in 2019 and has opened forty clinics.",
        [("smilecraft-clinics", "COMPETES_WITH", "varnel-dental")],
        [],
    ),
    (  # software: no firm named but the rival
        "Kestrow Software reported a loss on Tuesday. Its chief technology officer, Lior Vant, "
        "who joined from rival Bytefold in 2020, said the loss would narrow.",
        [("bytefold", "COMPETES_WITH", "kestrow-software")],
        [],
    ),
    (  # guard: quarries: a supplier speaks of a rival; whose rival is unclear
        "Dunmar Quarries, which supplies clay to Pelsworth Ceramics, said rival Gresley Tiles "
        "had cut its orders.",
        [],
        [
            ("gresley-tiles", "COMPETES_WITH", "dunmar-quarries"),
            ("gresley-tiles", "COMPETES_WITH", "pelsworth-ceramics"),
        ],
    ),
]

PAIRS: list[Case] = [
    (  # paints: a merger in the headline, "both companies" six sentences on
        "Ravel Paints and Osk Coatings to merge\n\nRavel Paints and Osk Coatings said on Monday "
        "they would merge to form a group with 2,000 staff. Ravel's owner, the fund Tamsin "
        "Capital, will hold 60% of the new company. The unions at Osk criticised the plan. "
        "Dorsey Bank will lend the group $40 million. Regional buyers said prices might rise. "
        "Both companies compete with Tarvo Finishes, an Ohio paint maker whose cheaper tins have "
        "taken buyers from both.",
        [
            ("ravel-paints", "COMPETES_WITH", "tarvo-finishes"),
            ("osk-coatings", "COMPETES_WITH", "tarvo-finishes"),
        ],
        [("dorsey-bank", "COMPETES_WITH", "tarvo-finishes")],
    ),
    (  # shipping: a takeover in the lead, "competes with both companies" far on
        "Brightfold Shipping agreed on Tuesday to buy Kellan Lines for $300 million. Kellan "
        "runs twelve feeder ships out of Gdansk. The regulator in Warsaw opened a review. "
        "Harbour analysts at Ostmark Securities called the price full. Brightfold's chief "
        "executive, Lena Oury, said no ships would be sold. Arvo Freight, a smaller carrier that "
        "competes with both companies on Baltic routes, said it was studying the deal.",
        [
            ("arvo-freight", "COMPETES_WITH", "brightfold-shipping"),
            ("arvo-freight", "COMPETES_WITH", "kellan-lines"),
        ],
        [("arvo-freight", "COMPETES_WITH", "ostmark-securities")],
    ),
    (  # guard: a relative right after the pair phrase is its head's (Arvo accused, not both)
        "Brightfold Shipping agreed on Tuesday to buy Kellan Lines for $300 million. Kellan "
        "runs twelve feeder ships out of Gdansk. The regulator in Warsaw opened a review. "
        "Harbour analysts at Ostmark Securities called the price full. Brightfold's chief "
        "executive, Lena Oury, said no ships would be sold. The complaint came from Arvo "
        "Freight, a smaller rival of both companies, which had accused Brightfold of predatory "
        "pricing.",
        [("arvo-freight", "DISPUTES", "brightfold-shipping")],
        [("kellan-lines", "DISPUTES", "brightfold-shipping")],
    ),
    (  # guard: two firms paired without a deal are no far-off "both companies"
        "Ravel Paints and Osk Coatings said on Monday they had both raised prices. Ravel's "
        "owner, the fund Tamsin Capital, backed the move. The unions at Osk criticised it. "
        "Dorsey Bank lent Osk $40 million. Regional buyers said prices might rise. Vossen "
        "Lacquers, a smaller maker that competes with both companies in Ohio, said it would "
        "hold its prices.",
        [],
        [("vossen-lacquers", "COMPETES_WITH", "dorsey-bank")],
    ),
]

UNREAD: list[Case] = [
    (  # brewing: a partnership inside an aim ("trying to add ... through")
        "Halvik Brewing reported higher sales. Halvik has been trying to add darker beers to its "
        "list through a partnership with the Czech maltster Sladovna Brod, whose barley it buys.",
        [("halvik-brewing", "PARTNERS_WITH", "sladovna-brod")],
        [],
    ),
    (  # brewing: a date between "in partnership" and "with"
        "Halvik Brewing reported higher sales. Halvik has worked in partnership since 2020 with "
        "Brennan Yeast, the Cork-based yeast lab, on new strains.",
        [("halvik-brewing", "PARTNERS_WITH", "brennan-yeast")],
        [],
    ),
    (  # brewing: the firm's executives announce a partnership
        "Halvik Brewing reported higher sales on Monday. Executives also highlighted a new "
        "partnership with Tapwise, under which Halvik beers will be sold through its app in 30 "
        "countries.",
        [("halvik-brewing", "PARTNERS_WITH", "tapwise")],
        [],
    ),
]

BANK = RIVALS + PAIRS + UNREAD
GAPS: dict[str, str] = {
    "Halvik Brewing reported higher sales. Halvik has been trying": "an aim's partnership",
    "Halvik Brewing reported higher sales on Monday. Executives": "executives' firm",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_competes30(case: Case) -> None:
    check(*case)
