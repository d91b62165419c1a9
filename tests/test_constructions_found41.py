"""Founding readings of round 41 (invented sentences, several sectors).

A firm named with "with" beside the founding of a firm co-founded it, as a person named so
already did ("X set up Y in 2019 with Z"): active, relative clause ("a company that X set
up with Z"), passive ("was set up by X with Z") and the partner of a joining verb with a
longer description before its name ("teamed up with the Estonian timber growers union Z
to set up Y": the subject too).

Lookalikes stay unread: a product or scheme launched with a firm (its maker's alone), a
firm after another preposition ("to compete with Z", "under a licence deal with Z"), a
partnership noun ("in partnership with Z"), an aid ("with funding from Z", "with Z's
backing"), a part ("with Z as its lead investor").

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

FIRM_COFOUNDERS: list[Case] = [
    (  # packaging: active, a time adjunct and a described partner
        "Brantley Foods set up Corvel Packaging in 2019 with the Danish group Ostra Holdings.",
        [
            ("brantley-foods", "FOUNDED", "corvel-packaging"),
            ("ostra-holdings", "FOUNDED", "corvel-packaging"),
        ],
        [],
    ),
    (  # defence electronics: a relative clause in an appositive
        "Sonar housings are bought from Fennick Arrays, a company that Marlow Dynamics "
        "set up in 2020 with the Finnish group Suomi Tutka Oy in Turku.",
        [
            ("marlow-dynamics", "FOUNDED", "fennick-arrays"),
            ("suomi-tutka", "FOUNDED", "fennick-arrays"),
        ],
        [],
    ),
    (  # banking: passive, the partner after the agent
        "Tarrow Bank was set up in 2011 by Kestle Group with Orwin Insurance.",
        [
            ("kestle-group", "FOUNDED", "tarrow-bank"),
            ("orwin-insurance", "FOUNDED", "tarrow-bank"),
        ],
        [],
    ),
    (  # forestry: a joining verb, a long description before the partner's name
        "In 2022 Harvo Saws teamed up with the Estonian timber growers union Metsa "
        "Liit to set up a felling safety scheme, Turvametsa, which has trained 900 loggers.",
        [
            ("harvo-saws", "FOUNDED", "turvametsa"),
            ("metsa-liit", "FOUNDED", "turvametsa"),
        ],
        [],
    ),
    (  # water: a joining verb, "launch", a four-word description of the partner
        "In May the Soto Water utility teamed up with the regional fishing cooperative "
        "group Pesca Norte to launch a river clean-up programme, Rio Vivo.",
        [("soto-water", "FOUNDED", "rio-vivo"), ("pesca-norte", "FOUNDED", "rio-vivo")],
        [],
    ),
]

FIRM_COFOUNDER_TRAPS: list[Case] = [
    (  # another preposition: a rival, no co-founder
        "Kestrel Group set up Volt Bank in 2019 to compete with Harrow Bank.",
        [("kestrel-group", "FOUNDED", "volt-bank")],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
    (  # a part after the partner: an investor
        "Kestrel Group set up Volt Bank in 2019 with Harrow Capital as its lead investor.",
        [("kestrel-group", "FOUNDED", "volt-bank")],
        [("harrow-capital", "FOUNDED", "volt-bank")],
    ),
    (  # a possessor: backing, no founding
        "Kestrel Group set up Volt Bank in 2019 with Harrow Capital's backing.",
        [("kestrel-group", "FOUNDED", "volt-bank")],
        [("harrow-capital", "FOUNDED", "volt-bank")],
    ),
    (  # an aid noun
        "Kestrel Group set up Volt Bank in 2019 with funding from Harrow Capital.",
        [("kestrel-group", "FOUNDED", "volt-bank")],
        [("harrow-capital", "FOUNDED", "volt-bank")],
    ),
    (  # a deal noun after another preposition in a relative clause
        "Volt Bank, which Kestrel Group set up in 2019 under a licence deal with Harrow "
        "Bank, lends to farmers.",
        [("kestrel-group", "FOUNDED", "volt-bank")],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
    (  # a product launched with a firm: the maker's alone
        "Kestrel Group launched Voltline, a budgeting app, with Harrow Bank in 2020.",
        [("kestrel-group", "FOUNDED", "voltline")],
        [("harrow-bank", "FOUNDED", "voltline")],
    ),
    (  # a preposition between "with" and the firm: a merger, no partner
        "Kestrel Group set up Volt Bank in 2019 with its merger with Harrow Bank.",
        [],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
]


@pytest.mark.parametrize("text,present,absent", FIRM_COFOUNDERS)
def test_firm_cofounder(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", FIRM_COFOUNDER_TRAPS)
def test_firm_cofounder_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
