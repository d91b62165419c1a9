"""Genre bank for what is a name at all (round 13): a family named by its surname ("the Marrick
family", "the Orsel brothers") is no entity (only with a role word or a vehicle so far: "the
Halden founding family"); nor a people's
adjective after "the" before a lower-case noun ("Kutra, the Corvish savings bank"), a column's
all-caps section label standing alone ("IN THE DOCK."), a unit, gas or metric ("a 500 MW
line", "CO2 costs", "ARPU climbs"), a claim or case code ("KX-2026-0041"), an event by its
name ("the Corla festival", "the Vinter Prize shortlist").

Each case is a short invented text with the names that must resolve with their type and the
names that must not be entities, across food, paper, shipping, banking, power, telecoms,
insurance, publishing and retail. Guards: a family's firm ("Marrick Family Foods", "Orsel
Family Holdings", "Dunn & Sons"), a family's body ("the Tallis family foundation"), a product
line ("the Orvik family of tyres"), an estate, a firm named by a people's adjective and a firm
word ("Corvish Air"), an acronym firm doing a firm's thing ("VTX agreed to buy"), a firm ending
in "Partners", two firms joined by "and".
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

# (text, names with their type, names that must not be entities)
TYPED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # bakery: a family subject
        "The Marrick family keeps a large stake in Quilvane Bakeries.",
        {"Quilvane Bakeries": "Organization"},
        ["Marrick", "Marrick family"],
    ),
    (  # shipping: brothers after a verb
        "A stake in Telvane Shipping belongs to the Orsel brothers, shipping heirs.",
        {"Telvane Shipping": "Organization"},
        ["Orsel"],
    ),
    (  # paper: a family selling
        "The Velmar family sold its stake in Korrin Paper to Ostby Capital.",
        {"Korrin Paper": "Organization", "Ostby Capital": "Organization"},
        ["Velmar"],
    ),
    (  # investment: "of the X family"
        "Ostby Capital, the investment arm of the Halden family, bought Korrin Paper.",
        {"Ostby Capital": "Organization", "Korrin Paper": "Organization"},
        ["Halden"],
    ),
    (  # retail: a family's role word between
        "The Dorvane founding family still runs Pellow Stores.",
        {"Pellow Stores": "Organization"},
        ["Dorvane"],
    ),
    (  # guard: a family's firm
        "Marrick Family Foods sued Quilvane Bakeries.",
        {"Marrick Family Foods": "Organization", "Quilvane Bakeries": "Organization"},
        [],
    ),
    (  # guard: family holdings and a firm of sons
        "Orsel Family Holdings bought Dunn & Sons last year.",
        {"Orsel Family Holdings": "Organization", "Dunn & Sons": "Organization"},
        [],
    ),
    (  # guard: a family's foundation is a body
        "The Tallis family foundation owns Korrin Paper.",
        {"Korrin Paper": "Organization"},
        ["Tallis"],
    ),
    (  # guard: a person after the family's possessive
        "The Marrick family's lawyer, Ilse Vorn, declined to comment on Quilvane Bakeries.",
        {"Ilse Vorn": "Person"},
        [],
    ),
    (  # banking: a people's adjective after "the"
        "Kutra, the Corvish savings bank, lent money to Pellmark Systems.",
        {"Kutra": "Organization", "Pellmark Systems": "Organization"},
        ["Corvish"],
    ),
    (  # energy: a known nationality after "the"
        "Brenna, the Norwegian power group, bought Quilvane Power.",
        {"Brenna": "Organization", "Quilvane Power": "Organization"},
        ["Norwegian"],
    ),
    (  # guard: adjective + firm word
        "Corvish Air ordered ten jets from Pellmark Systems.",
        {"Corvish Air": "Organization", "Pellmark Systems": "Organization"},
        [],
    ),
    (  # media: an all-caps section label
        "IN THE DOCK. Across the river, Quilvane Bakeries sued Pellmark Systems.",
        {"Pellmark Systems": "Organization"},
        ["IN THE DOCK"],
    ),
    (  # gossip column label
        "GOSSIP CORNER. Quilvane Bakeries wants to buy Pellmark Systems.",
        {"Quilvane Bakeries": "Organization", "Pellmark Systems": "Organization"},
        ["GOSSIP CORNER"],
    ),
    (  # power: units and gases
        "Quilvane Power is building a 500 MW line, and CO2 costs weigh on margins.",
        {"Quilvane Power": "Organization"},
        ["MW", "CO2"],
    ),
    (  # telecoms: a metric opening the sentence
        "ARPU climbs 9% at Pellmark Mobile.",
        {"Pellmark Mobile": "Organization"},
        ["ARPU"],
    ),
    (  # retail: a code technology
        "Pellmark Retail puts QR codes on every tag.",
        {"Pellmark Retail": "Organization"},
        ["QR"],
    ),
    (  # insurance: a claim number
        "Quilvane Insurance rejected claim number KX-2026-0041.",
        {"Quilvane Insurance": "Organization"},
        ["KX-2026-0041"],
    ),
    (  # guard: an acronym firm buying
        "VTX agreed to buy Pellmark Systems.",
        {"VTX": "Organization", "Pellmark Systems": "Organization"},
        [],
    ),
    (  # food: a festival by its name
        "Quilvane Foods sponsors the Corla festival every summer.",
        {"Quilvane Foods": "Organization"},
        ["Corla"],
    ),
    (  # publishing: a prize
        "Pellmark Books made the Vinter Prize shortlist.",
        {"Pellmark Books": "Organization"},
        ["Vinter Prize", "Vinter"],
    ),
    (  # guard: a firm ending in Partners
        "Everest Partners said it would buy Pellmark Systems.",
        {"Everest Partners": "Organization", "Pellmark Systems": "Organization"},
        [],
    ),
    (  # guard: two firms joined by "and"
        "Quilvane and Pellmark Systems signed a supply deal.",
        {"Quilvane": "Organization", "Pellmark Systems": "Organization"},
        [],
    ),
    (  # long body with "and"
        "Quilvane Bakeries owes money to Brambury Revenue and Excise.",
        {"Brambury Revenue and Excise": "Organization"},
        ["Excise"],
    ),
    (  # long body with "of" ending in a rule word
        "The Office of Port Regulation fined Quilvane Shipping.",
        {"Office of Port Regulation": "Organization"},
        [],
    ),
    (  # a demonym with "a" and an "-an" ending (a gap)
        "Pellmark Systems was bought by a Tellan industrial family last year.",
        {"Pellmark Systems": "Organization"},
        ["Tellan"],
    ),
    (  # plural surname (a gap)
        "The mill passed from the Dunns to Orvel Pension Fund in 2019.",
        {"Orvel Pension Fund": "Organization"},
        ["Dunns"],
    ),
]

FAMILY_GAP = (
    "a family with no vehicle or role word stays a holder: dropping it lost a stake's 'the "
    "rest', a member's Person cue and a rival context (reverted, see the round-13 report)"
)
TYPE_GAPS: dict[str, str] = {
    "The Marrick family keeps": FAMILY_GAP,
    "A stake in Telvane Shipping belongs": FAMILY_GAP,
    "The Velmar family sold": FAMILY_GAP,
    "Ostby Capital, the investment arm": FAMILY_GAP,
    "Pellmark Systems was bought by a Tellan": "'-an' adjectives are left alone ('a Nissan "
    "dealer')",
    "The mill passed from the Dunns": "a plural surname is not told from a team ('the Rangers')",
}

RELATIONS: list[Case] = [
    (  # a family is a party: no rival of the context company
        "Pellow Stores had a strong year. Its rival Dorn Markets, run by the Velmar family, "
        "lost share.",
        [],
        [("dorn-markets", "COMPETES_WITH", "velmar")],
    ),
    (  # the family's firm keeps its deals
        "Marrick Family Foods bought Quilvane Bakeries in 2020.",
        [("marrick-family-foods", "OWNS", "quilvane-bakeries")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), gap_params(TYPED, TYPE_GAPS, spread=True))
def test_genre_names13_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


@pytest.mark.parametrize("case", gap_params(RELATIONS, {}))
def test_genre_names13(case: Case) -> None:
    check(*case)
