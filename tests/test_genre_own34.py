"""Genre bank for a parent named after a role noun of ownership (round 34).

"X, the local unit of Austria's Kapfen Group": a place's possessive before the parent's name
("Austria's", "Vienna's") names the parent's home, and the parent is the firm after it, not
the place (`role._past_place_modifier`). "X, a unit of the Dutch dairy co-operative Vrieshof":
a hyphenated word in the parent's descriptor ("co-operative", "state-owned", "family-owned")
does not stop the walk to the parent's name (`role._object_of_role`).

Guards: a former, planned or denied unit, a supplier, customer or rival of the parent, a
relative clause of intent, and an object of a verb of dispute read no ownership.

Invented texts across steel, insurance, dairy, energy, drinks, logistics and textiles.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

PLACE_PARENT: list[Case] = [
    (  # steel: appositive unit
        "Moravo Steel, the Czech subsidiary of Austria's Kapfen Group, said it was hiring.",
        [("kapfen-group", "OWNS", "moravo-steel")],
        [],
    ),
    (  # steel: relative clause with copula
        "Moravo Steel, which is the Czech subsidiary of Austria's Kapfen Group, said it was "
        "hiring.",
        [("kapfen-group", "OWNS", "moravo-steel")],
        [],
    ),
    (  # steel: the role noun first
        "The Czech subsidiary of Austria's Kapfen Group, Moravo Steel, said it was hiring.",
        [("kapfen-group", "OWNS", "moravo-steel")],
        [],
    ),
    (  # insurance: "arm" and a country's possessive
        "Tarlo Insurance, the British arm of France's Assurdo, raised premiums.",
        [("assurdo", "OWNS", "tarlo-insurance")],
        [],
    ),
    (  # insurance: coordinated units
        "Tarlo Insurance and Brenna Life, the British units of France's Assurdo, raised premiums.",
        [("assurdo", "OWNS", "tarlo-insurance"), ("assurdo", "OWNS", "brenna-life")],
        [],
    ),
    (  # logistics: a city's possessive
        "Moravo Freight, a unit of Berlin's Spree Holdings, raised prices.",
        [("spree-holdings", "OWNS", "moravo-freight")],
        [],
    ),
    (  # food: "local unit"
        "Lindqvist Foods, the local unit of Germany's Haberl, cut prices.",
        [("haberl", "OWNS", "lindqvist-foods")],
        [],
    ),
    (  # guard (steel): a former unit
        "Moravo Steel, a former subsidiary of Austria's Kapfen Group, said it was hiring.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): intent
        "Moravo Steel, which may become a subsidiary of Austria's Kapfen Group, said it was "
        "hiring.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): negation
        "Moravo Steel is not a subsidiary of Austria's Kapfen Group, the company said.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): another relation noun
        "Moravo Steel, a supplier of Austria's Kapfen Group, said it was hiring.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): denial
        "Moravo Steel denied it would become a subsidiary of Austria's Kapfen Group.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): the object of a suit
        "Moravo Steel sued the Czech subsidiary of Austria's Kapfen Group.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
]

HYPHEN_DESCRIPTOR: list[Case] = [
    (  # dairy: "co-operative"
        "Nurture, a unit of the Dutch dairy co-operative Vrieshof, makes jarred meals.",
        [("vrieshof", "OWNS", "nurture")],
        [],
    ),
    (  # energy: "state-owned"
        "Pellan Power, a unit of the state-owned energy group Norvik, raised prices.",
        [("norvik", "OWNS", "pellan-power")],
        [],
    ),
    (  # drinks: "family-owned"
        "Pellan Cider, a subsidiary of the family-owned drinks group Castra, raised prices.",
        [("castra", "OWNS", "pellan-cider")],
        [],
    ),
    (  # dairy: "part of" with a copula
        "Pellan Dairy is part of the Swiss co-operative Migrana, the company said.",
        [("migrana", "OWNS", "pellan-dairy")],
        [],
    ),
    (  # guard (energy): a former unit
        "Pellan Power, a former unit of the state-owned group Norvik, raised prices.",
        [],
        [("norvik", "OWNS", "pellan-power")],
    ),
    (  # guard (energy): a supplier
        "Pellan Power, a supplier of the state-owned group Norvik, raised prices.",
        [],
        [("norvik", "OWNS", "pellan-power")],
    ),
    (  # guard (textiles): a customer
        "Pellan Mills, a customer of the family-owned chain Castra, raised prices.",
        [],
        [("castra", "OWNS", "pellan-mills")],
    ),
    (  # guard (energy): intent
        "Pellan Power may become a unit of the state-owned group Norvik next year.",
        [],
        [("norvik", "OWNS", "pellan-power")],
    ),
    (  # guard (energy): denial
        "Pellan Power denied it was a unit of the state-owned group Norvik.",
        [],
        [("norvik", "OWNS", "pellan-power")],
    ),
]


@pytest.mark.parametrize("case", PLACE_PARENT)
def test_place_possessed_parent(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", HYPHEN_DESCRIPTOR)
def test_hyphenated_descriptor_parent(case: Case) -> None:
    check(*case)
