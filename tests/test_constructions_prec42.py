"""Precision readings of round 42 (invented sentences, several sectors).

The "it" of a relative clause on the holder a passive of holding names is the passive's
subject: "Dunmore Mills is controlled by Ure Capital, the Leeds buyout house that acquired it in
2019" (Dunmore Mills, not a firm named sentences before, such as a regulator). The passive may
be a reduced relative ("Arvo Printing, owned by Kestrel Media, a publisher that acquired it in
2018, ..."). The buyer's bare share right after ("Ure owns 75%") is of the firm
it bought, not of the firm the article is about.

Lookalikes stay unread: a relative with a verb of selling, and an article's own buyer.

A regional demonym that no place stem and demonym ending read ("Basque", "Lombard", "Cornish",
"Florentine", "Saxon") is an adjective before a description or a rival, never an organization
or a place of its own; names it opens ("Basque Country", "Lombard Odier", "Breton Capital") stay
whole.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types

OWNED_IT: list[Case] = [
    (  # milling: a regulator named in the sentence before; "the ... firm that acquired it"
        "The watchdog Ferrow Competition Board opened a review in May. Dunmore Mills, which "
        "was founded in 1990 by the miller Ana Roe, is controlled by Ure Capital, the Leeds "
        "buyout firm that acquired it in 2018.",
        [("ure-capital", "OWNS", "dunmore-mills"), ("ana-roe", "FOUNDED", "dunmore-mills")],
        [("ure-capital", "OWNS", "ferrow-competition-board")],
    ),
    (  # marinas: "is now owned by", the relative goes on with a second verb
        "The Halden Ports Authority fined the operator last year. Corvel Marinas is now owned "
        "by Taskin Holdings, an Izmir leisure group that bought it in 2021 and also manages two "
        "ferry lines.",
        [("taskin-holdings", "OWNS", "corvel-marinas")],
        [("taskin-holdings", "OWNS", "the-halden-ports-authority")],
    ),
    (  # printing: a reduced relative ("X, owned by B, a publisher that acquired it")
        "Lindel Group praised the deal. Arvo Printing, owned by Kestrel Media, a publisher that "
        "acquired it in 2018, prints 40 titles.",
        [("kestrel-media", "OWNS", "arvo-printing")],
        [("kestrel-media", "OWNS", "lindel-group")],
    ),
    (  # freight: the buyer's bare share in the next sentence is of the firm it bought, not
        # of the buyer the article is about
        "The Transport Competition Office has cleared the purchase of Pellan Freight by Halvik "
        "Logistics, the Danish parcel carrier. Halvik said the deal would close in May, and "
        "Halvik expects savings of 30 million euros. Pellan, which was founded in 1994 and runs "
        "30 depots, is controlled by Vosk Capital, the Riga buyout group that acquired "
        "it in 2020. Vosk owns 75% of the equity and staff own the remainder.",
        [
            ("vosk-capital", "OWNS", "pellan-freight"),
            ("halvik-logistics", "OWNS", "pellan-freight"),
        ],
        [("vosk-capital", "OWNS", "halvik-logistics")],
    ),
    (  # dairy: "its purchase of T", then "T is controlled by B, a fund that bought it"
        "Marlow Foods said on Monday that regulators had cleared its purchase of Tarsk Dairies, "
        "and Marlow said it would keep all staff. Tarsk is controlled by Vellum Partners, a "
        "Cork fund that bought it in 2017. Vellum owns 80%, with managers holding the rest.",
        [("vellum-partners", "OWNS", "tarsk-dairies")],
        [("vellum-partners", "OWNS", "marlow-foods")],
    ),
    (  # clinics: "which bought it", then "Kerrow holds 70%"
        "Regulators have approved the purchase of Brisa Clinics by Montaro Health, a Lisbon "
        "hospital group. Montaro said the deal would close in June. Brisa is owned by Kerrow "
        "Partners, a fund that bought it in 2017. Kerrow holds 70%; its founders hold the rest.",
        [("kerrow-partners", "OWNS", "brisa-clinics")],
        [("kerrow-partners", "OWNS", "montaro-health")],
    ),
]

OWNED_IT_TRAPS: list[Case] = [
    (  # a verb of selling in the relative: no purchase of anything named
        "The Ministry of Ports welcomed the plan. Tessa Bakeries is owned by Corma Foods, a "
        "group that has tried to sell it for two years.",
        [("corma-foods", "OWNS", "tessa-bakeries")],
        [("corma-foods", "OWNS", "the-ministry-of-ports")],
    ),
    (  # the article's own buyer holds no share of the regulator or the target's owner
        "The Transport Competition Office has cleared the purchase of Pellan Freight by Halvik "
        "Logistics. Pellan is controlled by Vosk Capital, a fund that acquired it in 2020.",
        [("vosk-capital", "OWNS", "pellan-freight")],
        [
            ("vosk-capital", "OWNS", "the-transport-competition-office"),
            ("halvik-logistics", "OWNS", "vosk-capital"),
        ],
    ),
]


@pytest.mark.parametrize("text,present,absent", OWNED_IT)
def test_owned_it(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", OWNED_IT_TRAPS)
def test_owned_it_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


REGIONAL_DEMONYMS: list[Case] = [
    (  # banking: an appositive's demonym, no place for the holder
        "Harlow Mutual, the Basque credit union, owns 8% of Tarsk Bank.",
        [("harlow-mutual", "OWNS", "tarsk-bank")],
        [("harlow-mutual", "LOCATED_IN", "basque")],
    ),
    (  # ceramics: a demonym before "maker of", the seller's unit
        "Velmar Group agreed to sell Ostra Ceramics, the Florentine maker of tiles it bought in "
        "2011, to Dorn Capital.",
        [("dorn-capital", "OWNS", "ostra-ceramics")],
        [("ostra-ceramics", "OWNS", "florentine")],
    ),
    (  # steel: a demonym before "rival"
        "Pella Steel said it competes with Lombard rival Vanto Metalli in reinforcing bar.",
        [("pella-steel", "COMPETES_WITH", "vanto-metalli")],
        [("vanto-metalli", "COMPETES_WITH", "lombard")],
    ),
    (  # brewing: a demonym opening the sentence's description
        "The Cornish brewer Tamsin Ales was bought by Harbour Drinks last year.",
        [("harbour-drinks", "OWNS", "tamsin-ales")],
        [("harbour-drinks", "OWNS", "cornish")],
    ),
]

DEMONYM_TYPES: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "Dresda Glas, a Saxon maker of lenses, supplies Kiro Optics.",
        {"Dresda Glas": "Organization", "Kiro Optics": "Organization"},
        ["Saxon"],
    ),
    (
        "Pella Steel competes with Catalan rival Vanto Metalli and with Moravian mills.",
        {"Pella Steel": "Organization", "Vanto Metalli": "Organization"},
        ["Catalan", "Moravian"],
    ),
    (
        "Harlow Mutual, the Basque credit union, owns 8% of Tarsk Bank. The Cornish brewer "
        "Tamsin Ales was bought by Harbour Drinks.",
        {"Harlow Mutual": "Organization", "Tamsin Ales": "Organization"},
        ["Basque", "Cornish"],
    ),
    (  # names a regional demonym opens stay whole
        "Arrano Bank is based in the Basque Country and competes with Lombard Odier. Breton "
        "Capital invested in it.",
        {
            "Basque Country": "Location",
            "Lombard Odier": "Organization",
            "Breton Capital": "Organization",
        },
        ["Basque", "Odier", "Lombard"],
    ),
]


@pytest.mark.parametrize("text,present,absent", REGIONAL_DEMONYMS)
def test_regional_demonym(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,must,must_not", DEMONYM_TYPES)
def test_regional_demonym_types(text: str, must: dict, must_not: list) -> None:
    check_types(text, must, must_not)
