"""A firm's descriptor noun right before "whose" possesses the named good after it (round 36).

"Corbin Tots, the Dunedin company whose Vinto buggy ...", "Harrow Pulp, a Sharjah
manufacturer whose Greeno plates and bowls ...": the Organization head noun ("company", "maker",
"manufacturer") that "whose" follows says the possessor is the firm its appositive describes, so
the name after "whose" is typed as a firm's good (`loaders.firm_whose`, through
`loaders.type_cues._firm_possessor`) and that firm OWNS it
(`loaders.relations.possessive.possessor`, `loaders.relations.whose_antecedent`). A city and its
state inside the descriptor ("a Boise, Idaho, company whose") do not end it.

Invented names and sentences, in several sectors; negative cases say what must not change.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types

# A firm's descriptor noun right before "whose" possesses the named good after it
# (`loaders.firm_whose`, `loaders.relations.possessive.possessor`,
# `loaders.relations.whose_antecedent.described_antecedent`).
FIRM_WHOSE: list[Case] = [
    (  # prams: an appositive's firm noun, then "whose" and an unlisted kind noun
        "The fight is with Corbin Tots, the Dunedin company whose Vinto buggy has taken "
        "share from rivals.",
        [("corbin-tots", "OWNS", "vinto")],
        [],
    ),
    (  # tableware: an indefinite descriptor, coordinated kind nouns
        "Harrow Pulp, a Sharjah manufacturer whose Greeno trays and cups use pressed "
        "cane pulp, has taken 7% of the market.",
        [("harrow-pulp", "OWNS", "greeno")],
        [],
    ),
    (  # gum: a city and its state inside the descriptor
        "Since 2021 the growers have shipped their resin to Tolvin Snacks, a Boise, "
        "Idaho, business whose Brio mints reach about 900 grocers.",
        [("tolvin-snacks", "OWNS", "brio")],
        [],
    ),
    (  # skates: the second member of a coordinated subject, its own descriptor
        "Westhaven, the Halifax maker of the Corrie racket, and Saarni, the Oulu company "
        "whose Kettu gloves most club coaches prefer, will merge.",
        [("saarni", "OWNS", "kettu")],
        [],
    ),
    (  # negative: a person's noun before "whose"
        "Tamsin Ode, the founder whose Orla app made her famous, left Brisk Labs.",
        [],
        [("brisk-labs", "OWNS", "orla")],
    ),
    (  # negative: a named unit inside the descriptor makes "whose" unclear
        "Harbin Tools, a Kell Group unit whose Vesta drills sell well, is for sale.",
        [],
        [("harbin-tools", "OWNS", "kell-group")],
    ),
]


@pytest.mark.parametrize("case", FIRM_WHOSE, ids=[c[0][:50] for c in FIRM_WHOSE])
def test_firm_whose(case: Case) -> None:
    check(*case)


TYPED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # prams: an unlisted kind noun after "company whose"
        "The fight is with Corbin Tots, the Dunedin company whose Vinto buggy has taken "
        "share from rivals.",
        {"Vinto": "Product", "Corbin Tots": "Organization"},
        [],
    ),
    (  # beds: a set-off "whose" after "the company"
        "Halden Medical supplies beds to hospitals. The Ohio company, whose Sentry frame has "
        "been the standard since 2014, filed a complaint.",
        {"Halden Medical": "Organization"},
        [],
    ),
    (  # negative: a person's noun before "whose" keeps the default
        "Tamsin Ode, the founder whose Orla Reed trust paid for it, left Brisk Labs.",
        {"Tamsin Ode": "Person"},
        [],
    ),
]


@pytest.mark.parametrize("text,must,must_not", TYPED, ids=[c[0][:50] for c in TYPED])
def test_typed(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
