"""Review of round 38's foreign heads of firms (rv4): invented texts the reading's helper did not
try.

- Mended: English "per" after a foreign firm's family name ("Sales at Groupe Dornac per Store
  rose") joined the name, since the firm's head counted as an Italian word of the run; "per"
  now joins an Italian name only after a word of Italian shape (ending in a vowel: "Istituto
  Nazionale per", "Pastificio per Tutti"). "il" is unchanged ("Fonderia il Maglio").
- Kept gains: a foreign-headed firm with its family's people beside it, in new verbs and orders.
- Left (strict xfails): a person whose surname is a foreign firm word, after a given name
  ("Carmen Molinos", "Nils Verkstad"): the firm word outweighs the given name, as it did for the
  older firm words ("Ines Textil"). A guard on the given name was tried and dropped: it typed as
  people as many firms named for a given name ("Rosa Tekstil", "Flora Veiling").
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

GIVEN_TAIL = (
    "a given name before a foreign firm word that is the person's surname: the firm word "
    "outweighs the given name (a given-name guard loses as many firms named for a given name)"
)

TYPES: list[TypeCase] = [
    # English "per" after a foreign firm's family name: no glued name
    (
        "Sales at Groupe Dornac per Store rose 4%, said Claire Dornac.",
        {"Groupe Dornac": "Organization", "Claire Dornac": "Person"},
        ["Groupe Dornac per Store"],
    ),
    (
        "Koperasi Tanjung per Hectare yields fell, said Aziz Rahman of Sawit Prima.",
        {"Koperasi Tanjung": "Organization"},
        ["Koperasi Tanjung per Hectare"],
    ),
    # Italian "per" and "il" still join after an Italian word
    (
        "Pastificio per Tutti was bought by Coralis Foods in 2020.",
        {"Pastificio per Tutti": "Organization"},
        [],
    ),
    (
        "Associazione Italiana per la Ricerca partnered with Novagen.",
        {"Associazione Italiana per la Ricerca": "Organization"},
        [],
    ),
    (
        "Bottega il Ponte supplies leather to Velmar Shoes.",
        {"Bottega il Ponte": "Organization"},
        ["Ponte"],
    ),
    # a family member beside the family's firm, and a namesake
    (
        "Stadtwerke Ebbing hired Karl Ebbing, no relation. Mr Ebbing said he would cut costs.",
        {"Stadtwerke Ebbing": "Organization", "Karl Ebbing": "Person"},
        [],
    ),
    (
        "Talleres Ibarrola hired Miren Ibarrola as finance director. Ibarrola said costs rose.",
        {"Talleres Ibarrola": "Organization", "Miren Ibarrola": "Person"},
        [],
    ),
    # people whose surname is a foreign firm word (gaps)
    (
        "Hesper Energy named Carmen Molinos as its new finance chief. Molinos joins from Ardent.",
        {"Carmen Molinos": "Person"},
        [],
    ),
    (
        "Nils Verkstad founded Polarlys Software in Tromsø.",
        {"Nils Verkstad": "Person"},
        [],
    ),
    (
        "Maria Grupa leads the Warsaw office of Halden Partners.",
        {"Maria Grupa": "Person"},
        [],
    ),
    (
        "Elif Tekstil, a student, won the Ozkaya prize.",
        {"Elif Tekstil": "Person"},
        [],
    ),
]

TYPE_GAPS = {
    "Hesper Energy named Carmen": GIVEN_TAIL,
    "Nils Verkstad": GIVEN_TAIL,
    "Maria Grupa": GIVEN_TAIL,
    "Elif Tekstil": GIVEN_TAIL,
}


@pytest.mark.parametrize("text,must,must_not", gap_params(TYPES, TYPE_GAPS, spread=True))
def test_foreign_head_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


RELATIONS: list[Case] = [
    (  # printing, German compound: a passive sale with the family as seller
        "Druckerei Hallmann was sold to Printa Group by the Hallmann family.",
        [("printa-group", "OWNS", "druckerei-hallmann")],
        [],
    ),
    (  # brewing, Czech: a founder by a passive participle, then a sale
        "Pivovar Hrabec, founded by Jan Hrabec, was sold to Vistula Drinks. Mr Hrabec left.",
        [("jan-hrabec", "FOUNDED", "pivovar-hrabec"), ("vistula-drinks", "OWNS", "pivovar-hrabec")],
        [],
    ),
    (  # restaurants, French: the chairman in apposition
        "The chairman of Brasserie Rochaud, Luc Rochaud, sold a 30% stake to Orvane Capital.",
        [("luc-rochaud", "LEADS", "brasserie-rochaud")],
        [],
    ),
    (  # savings bank, German: "named X chair"
        "Sparkasse Ettal named Maria Ettal chair. Ms Ettal joined from Norbank.",
        [("maria-ettal", "LEADS", "sparkasse-ettal")],
        [],
    ),
    (  # foundry, Italian "il": the buyer owns the whole name, not its last word
        "Fonderia il Maglio, a Brescia foundry, was bought by Acciai Nord.",
        [("acciai-nord", "OWNS", "fonderia-il-maglio")],
        [("acciai-nord", "OWNS", "maglio")],
    ),
    (  # a plan is no purchase
        "Halder Beverages denied that it plans to buy Brouwerij Vinke.",
        [],
        [("halder-beverages", "OWNS", "brouwerij-vinke")],
    ),
]


@pytest.mark.parametrize("text,present,absent", RELATIONS)
def test_foreign_head_relations(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
