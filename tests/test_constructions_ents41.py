"""Entity readings of round 41 (invented sentences, several sectors).

A body named after a plural of people with a possessive apostrophe ("Nurses' Union",
"Farmers' Cooperative") was cut at the apostrophe when its last word was a group's word
that is no organization suffix: "the Mistral Nurses' Organisation" gave "Mistral Nurses",
"the Halvern Cabbies' Collective" gave "Halvern Cabbies" and a stray "Collective". The
group words (`network_nouns`: collective, forum, alliance ...; `possessive_body_ends`:
organisation, voice, the Hindi sangh ...) now end such a name, in every position (subject,
object, passive agent, relative clause, coordination); a people plural opening the name
keeps it ("Veterans' Voice"), and so does a country closing it ("Veterans' Voice Peru").

Lookalikes stay apart: a firm's plural name before the apostrophe owns a product ("Kelmo
Brands' Orchard Collective range"), and a lower-case group after a possessive is no name.

Second reading: a title's singular possessive inside a public body's name ("the Fisheries
Commissioner's Office", "the Solicitor General's Office", "the Court of Queen's Bench of
Kelland") was cut into "Fisheries" and "Office", or "Court of Queen" and "Bench". A
capitalized title before "'s" and capitalized words ending in a public body's word (or
"Bench", which now also takes "of") make one name; a firm's or a person's possessive ("Kesto's
Orla Office Park", "Lena Marr's Varno Agency") and a lower-case office stay apart.
"""

from __future__ import annotations

import pytest
from construction_check import check, check_types

BODIES: list[tuple[str, dict[str, str], list[str]]] = [
    (  # healthcare: a relative clause, British spelling
        "Lorna Vale, who chairs the Mistral Nurses' Organisation, said the ward was closing.",
        {"Mistral Nurses' Organisation": "Organization", "Lorna Vale": "Person"},
        ["Mistral Nurses", "Organisation"],
    ),
    (  # farming: a passive agent, a foreign group word
        "Orvane Textiles was sued by the Kessa Cotton Growers' Sangh in March.",
        {"Kessa Cotton Growers' Sangh": "Organization"},
        ["Kessa Cotton Growers", "Sangh"],
    ),
    (  # transport: coordination with a firm
        "The Halvern Cabbies' Collective and Tarvo Cabs signed a pact on fares.",
        {"Halvern Cabbies' Collective": "Organization", "Tarvo Cabs": "Organization"},
        ["Halvern Cabbies", "Collective"],
    ),
    (  # dairy: a list of three, American spelling
        "The Orla Dairy Farmers' Organization, the Dunmore Weavers' Collective and Kesto "
        "Logistics met the minister.",
        {
            "Orla Dairy Farmers' Organization": "Organization",
            "Dunmore Weavers' Collective": "Organization",
        },
        ["Orla Dairy Farmers", "Dunmore Weavers"],
    ),
    (  # garments: a people plural opens the name at the sentence's start
        "Veterans' Voice, a campaign group, criticised Orvane Textiles over its pensions.",
        {"Veterans' Voice": "Organization"},
        ["Voice"],
    ),
    (  # footwear: a national chapter's country closes the name
        "Tarvo Shoes was criticised by Veterans' Voice Peru over its hiring.",
        {"Veterans' Voice Peru": "Organization"},
        ["Veterans' Voice", "Voice Peru"],
    ),
]

TRAPS: list[tuple[str, dict[str, str], list[str]]] = [
    (  # a firm's plural name owns its product range
        "Kelmo Brands' Orchard Collective range was dropped in June.",
        {"Kelmo Brands": "Organization"},
        ["Kelmo Brands' Orchard Collective"],
    ),
    (  # a firm's plural name owns an app
        "Pelham Motors' Voice app was launched in May.",
        {"Pelham Motors": "Organization"},
        ["Pelham Motors' Voice"],
    ),
    (  # a lower-case group after a possessive
        "Tarvo Foods said its growers' collective had failed.",
        {"Tarvo Foods": "Organization"},
        ["Collective"],
    ),
]


@pytest.mark.parametrize("case", BODIES + TRAPS, ids=lambda c: c[0][:50])
def test_possessive_bodies(case: tuple[str, dict[str, str], list[str]]) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)


def test_body_keeps_its_relation() -> None:
    """The whole body, not its stray last word, is the party of the relation."""
    check(
        "The Halvern Cabbies' Collective accused Tarvo Cabs of cutting fares.",
        [("halvern-cabbies-collective", "DISPUTES", "tarvo-cabs")],
        [("collective", "DISPUTES", "tarvo-cabs")],
    )


# A title's possessive inside a public body's name (ents41, second reading)
TITLE_OFFICES: list[tuple[str, dict[str, str], list[str]]] = [
    (  # transport: a court after "in", a province after "of"
        "Tarvo Logistics filed an appeal in the Court of Queen's Bench last week.",
        {"Court of Queen's Bench": "Organization"},
        ["Court of Queen", "Bench"],
    ),
    (  # construction: the court's province after "of" stays in its name
        "Orla Civil sued Tarvo Cement in the Court of Queen's Bench of Kelland in June.",
        {"Court of Queen's Bench of Kelland": "Organization", "Tarvo Cement": "Organization"},
        ["Court of Queen's Bench", "Kelland"],
    ),
    (  # healthcare: a watchdog as subject
        "The Fisheries Commissioner's Office fined Orla Seafood for a catch breach.",
        {"Fisheries Commissioner's Office": "Organization", "Orla Seafood": "Organization"},
        ["Fisheries", "Office"],
    ),
    (  # food: a passive agent, a two-word title
        "Kesto Foods was sued by the Solicitor General's Office in May.",
        {"Solicitor General's Office": "Organization", "Kesto Foods": "Organization"},
        ["Office"],
    ),
    (  # audit: inside a relative clause
        "Lena Marr, who joined the Auditor General's Department in 2019, criticised Varno Rail.",
        {"Auditor General's Department": "Organization", "Lena Marr": "Person"},
        ["Department"],
    ),
]

TITLE_OFFICE_TRAPS: list[tuple[str, dict[str, str], list[str]]] = [
    (  # a firm's possessive before a business park: no title owns it
        "Kesto's Orla Office Park opened in June.",
        {},
        ["Kesto's Orla Office Park"],
    ),
    (  # a person's possessive before a firm
        "Lena Marr's Varno Agency hired six staff.",
        {"Varno Agency": "Organization"},
        ["Lena Marr's Varno Agency"],
    ),
    (  # a lower-case office after a title
        "Kesto said the Governor's office had called.",
        {},
        ["Governor's office"],
    ),
]


@pytest.mark.parametrize("case", TITLE_OFFICES + TITLE_OFFICE_TRAPS, ids=lambda c: c[0][:50])
def test_title_offices(case: tuple[str, dict[str, str], list[str]]) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)
