"""Organizations named by a foreign head word (round 38, `foreign`).

- A word for a firm, a works or an institution in the main languages of business news opens or
  ends an organization's name: Italian ("Lanificio Varetti", "Bottega Sarnelli"), French
  ("Groupe Dornac", "Fromagerie Lusset"), Spanish and Portuguese ("Talleres Ibarrola", "Clínica
  Soroba"), German, Dutch and Nordic ("Brouwerij Vinke", "Bryggeri Halvsen"), Polish and Czech
  ("Browar Kulik", "Pivovar Hrabec"), Turkish and Malay ("Ozkaya Tekstil", "Koperasi Tanjung")
  (`foreign_firm_words`, `foreign_org_heads` in `loaders/data/names.yaml`).
- A German, Dutch or Nordic word for a firm's works also ends a compound ("Glockengiesserei
  Wendl", "Stadtwerke Ebbing", "Innovatiefonds"; `foreign_compound_tails`), after three
  letters or more ("Handel" alone is a surname, "Feldhaus" too).
- A bare surname with a form of address ("Mr Ibarrola said") is a member of the family, never
  the firm the foreign word opens: its votes do not type the firm's name.

Lookalikes: a head before a number names a programme ("Werkstatt 2040"); a person whose
surname only ends like a compound; the family member named beside the firm.

Invented texts across textiles, food, metalwork, health, brewing, glass and finance.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, types

TypeCase = tuple[str, dict[str, str], list[str]]

FOREIGN_HEADS: list[TypeCase] = [
    # textiles, Italian: the object of a preposition, the bare name as a subject after it
    (
        "The felt comes from Lanificio Varetti. Varetti has supplied the hatter for decades.",
        {"Lanificio Varetti": "Organization"},
        [],
    ),
    # luxury, French: after "with", the bare name paying
    (
        "The deal was struck with Groupe Dornac. Dornac paid 40 million euros.",
        {"Groupe Dornac": "Organization"},
        [],
    ),
    # metalwork, Spanish: a subject
    (
        "Talleres Ibarrola won the contract. Ibarrola beat two rivals.",
        {"Talleres Ibarrola": "Organization"},
        [],
    ),
    # bells, a German compound: a passive agent
    (
        "The bells were cast by Glockengiesserei Wendl. Wendl employs 30 casters.",
        {"Glockengiesserei Wendl": "Organization"},
        [],
    ),
    # health, Portuguese: a place of work, then a passive of the bare name
    (
        "The scans were done at Clínica Soroba. Soroba was bought in 2021.",
        {"Clínica Soroba": "Organization"},
        [],
    ),
    # palm oil, Malay: a subject of a trade verb
    (
        "Koperasi Tanjung buys palm fruit. Tanjung pays growers monthly.",
        {"Koperasi Tanjung": "Organization"},
        [],
    ),
    # finance, a Dutch compound ending the name
    (
        "The chain was sold to Zeeuws Innovatiefonds. The Innovatiefonds paid cash.",
        {"Zeeuws Innovatiefonds": "Organization"},
        [],
    ),
    # brewing, Dutch: a passive agent; Czech glass in a relative clause
    (
        "The new line was built by Brouwerij Vinke, which Vinke family members still run.",
        {"Brouwerij Vinke": "Organization"},
        [],
    ),
    # violins, Italian: "Mr" with the family name is a person, not the workshop
    (
        "The strings come from Bottega Sarnelli. Mr Sarnelli said demand was strong.",
        {"Bottega Sarnelli": "Organization", "Sarnelli": "Person"},
        [],
    ),
    # cheese, French: coordination with an English-named firm
    (
        "Milk goes to Fromagerie Lusset and Harlow Dairies. Lusset sold 2,000 tonnes.",
        {"Fromagerie Lusset": "Organization", "Harlow Dairies": "Organization"},
        [],
    ),
]

FOREIGN_HEAD_TRAPS: list[TypeCase] = [
    # a surname that ends like a compound is still a person's
    (
        "Ilse Feldhaus, the chief executive, said sales rose. Georg Handel joined the board.",
        {"Ilse Feldhaus": "Person", "Georg Handel": "Person"},
        [],
    ),
    # the family member with a given name is a person, not the firm
    (
        "Bottega Sarnelli makes violins. Its founder, Marco Sarnelli, still carves the scrolls.",
        {"Bottega Sarnelli": "Organization", "Marco Sarnelli": "Person"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", FOREIGN_HEADS + FOREIGN_HEAD_TRAPS)
def test_foreign_heads(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


def test_programme_head_is_no_firm() -> None:
    """ "Werkstatt 2040" before a number: no organization."""
    got = types("The regional bank granted 2 million euros toward Werkstatt 2040, a scheme.")
    assert got.get("Werkstatt 2040") != "Organization", got


RELATIONS: list[Case] = [
    (  # textiles: an owner of the foreign-headed firm
        "Varetti Holding already controls Lanificio Varetti, the wool mill in Biellese.",
        [("varetti-holding", "OWNS", "lanificio-varetti")],
        [],
    ),
    (  # metalwork: a founder by a relative clause, with "Mr" later
        "Ernesto Ibarrola, the blacksmith who founded Herrería Ibarrola, died on Monday. Mr "
        "Ibarrola was 91.",
        [("ernesto-ibarrola", "FOUNDED", "herreria-ibarrola")],
        [],
    ),
    (  # bells: the head of the firm by "who has run"
        "Theresa Wendl, who has run Glockengiesserei Wendl since 2019, hired ten casters.",
        [("theresa-wendl", "LEADS", "glockengiesserei-wendl")],
        [],
    ),
    (  # health: a founder who kept a stake, passive purchase
        "Clínica Soroba was bought in 2019 from its founder, Eduardo Pires, who kept a 10% stake.",
        [("eduardo-pires", "FOUNDED", "clinica-soroba")],
        [],
    ),
    (  # the founder is no owner of the buyer (a denial of the sale)
        "Groupe Dornac denied that it would buy Fromagerie Lusset.",
        [],
        [("groupe-dornac", "OWNS", "fromagerie-lusset")],
    ),
]


@pytest.mark.parametrize("text,present,absent", RELATIONS)
def test_foreign_head_relations(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
