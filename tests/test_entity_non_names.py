"""Capitalized words that name no entity where they stand (`loaders.non_names`): portfolios before
a title, currencies, holidays, indices, defined terms of press releases, plural acronyms, routes,
sentence openers that describe the name after them. Every sentence is invented; sectors vary, and
each class has guards (look-alikes that stay names)."""

from __future__ import annotations

import pytest

from tests.construction_check import kept, types


# -- a department, sector or portfolio before a person's title ---------------------------------
@pytest.mark.parametrize(
    ("text", "person", "word"),
    [
        (
            "Ramadan demand lifted sales at Qasr Dates, Finance Director Omar Haddad said.",
            "Omar Haddad",
            "Finance",
        ),  # food
        (
            "Brexit has cost Ashdown Logistics millions, Marketing Director Lena Voss told staff.",
            "Lena Voss",
            "Marketing",
        ),  # logistics
        (
            "Dairy farmers protested, and Agriculture Minister Kerry Doyle met them.",
            "Kerry Doyle",
            "Agriculture",
        ),  # government
        ("Competition Commissioner Ana Ruiz fined Lumen Telecom.", "Ana Ruiz", "Competition"),
        (
            "Retail consultant Gemma Ashworth advised Thornbury Partners.",
            "Gemma Ashworth",
            "Retail",
        ),  # retail
        (
            "Ohio Banking Superintendent Ada Fulk said the review of Corlo Bank would take months.",
            "Ada Fulk",
            "Ohio Banking",
        ),  # banking
        (
            "Group Chief Executive Pia Lund said Norvik Shipping would cut costs.",
            "Pia Lund",
            "Group",
        ),  # shipping
    ],
)
def test_a_portfolio_before_a_title_is_no_entity(text: str, person: str, word: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got
    assert word not in got and word not in kept(text), got


def test_a_company_before_a_role_stays() -> None:
    # guard: a company's name before a role noun is the company ("Harlow Energy CEO X")
    got = types("Harlow Energy CEO Ruth Amsel said output rose.")
    assert got.get("Harlow Energy") == "Organization", got


# -- words that are no entity on their own ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The move follows Friday's vote. Earlier, Sterling fell against the Dollar.", "Sterling"),
        (
            "Pivotal Games said its new title sold a million copies over Thanksgiving.",
            "Thanksgiving",
        ),  # gaming
        ("On Black Friday, Quillan Retail sold a record number of televisions.", "Black Friday"),
        ("The Nikkei rose 2% while Corvel Air fell.", "Nikkei"),  # markets
        ("The stock lagged the Nordbay 40 index by two points.", "Nordbay 40"),
        ("Drilling returned 12 metres at 3.1 g/t Au, Kirra Gold said.", "Au"),  # mining
        ("Arabica rose as El Nino threatened the harvest, Cafexa Trading said.", "El Nino"),
        ("EBITDA at Colwyn Cement rose in H1, beating Consensus forecasts.", "Consensus"),
    ],
)
def test_a_word_alone_is_no_entity(text: str, word: str) -> None:
    assert word not in kept(text), kept(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sterling Bank lent Orlo Foods £40m.", "Sterling Bank"),  # a currency opening a name
        ("Dollar Depot opened 40 stores.", "Dollar Depot"),
        ("Games Forge bought Pixelfen.", "Games Forge"),
    ],
)
def test_a_word_alone_may_open_a_name(text: str, name: str) -> None:
    assert name in kept(text), kept(text)


# -- defined terms of press releases and reported figures --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Halvard Minerals today announced that the Company has closed the Acquisition.",
        "The Board recommends that Shareholders vote in favour of the Offer, Halvard said.",
        "Under the terms of the Agreement, the Purchaser will pay $4.10 per Share in cash.",
        "In Q3, Net Sales at Brightwater increased and Adjusted EBITDA margin expanded.",
        "Management at Brightwater expects Full Year growth, and the Budget raised the levy.",
    ],
)
def test_defined_terms_are_no_entities(text: str) -> None:
    got = kept(text)
    assert got <= {"Halvard Minerals", "Halvard", "Brightwater"}, got


def test_a_name_of_common_words_with_a_name_word_stays() -> None:
    # guard: "Capital" is no defined term, so "Harbour Capital" is not touched either
    assert "Harbour Capital" in kept("Harbour Capital bought the Company's shares.")


# -- plural acronyms, compounds, routes ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Its new ships carry 14,000 containers; two GPs have written to Orlo Lines.", "GPs"),
        ("Year-round upkeep now falls to Kessel Parks.", "Year-round"),  # leisure
        ("Revenue rose 6% on a Like-for-Like basis at Tindall Foods.", "Like-for"),  # retail
        ("Low-cost carriers such as Skyra Air gained share.", "Low-cost"),  # aviation
        ("The ships will serve Orla Lines' Europe-East Asia loops.", "Europe-East Asia"),
        ("Velo Rail also runs its Tarnby-to-Orbe trains.", "Tarnby-to-Orbe"),  # rail
    ],
)
def test_compounds_acronyms_and_routes_are_no_entities(text: str, word: str) -> None:
    assert word not in kept(text), kept(text)


def test_a_hyphenated_name_with_capitals_stays() -> None:
    # guard: "Rolls-Royce"-shaped names and "Stoke-on-Trent" keep their hyphen
    assert "Harlow-Kent" in kept("Harlow-Kent sold its Orlo arm.")


# -- a sentence's first word describing the name after it ---------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Mobile game publisher Ouvo Play cut 40 jobs.", "Mobile", "Ouvo Play"),
        ("Handheld console maker Ouro dropped the talks.", "Handheld", "Ouro"),  # gaming
        ("Cloud-gaming firm Zarro has bought Pixelfen.", "Cloud-gaming", "Zarro"),
        ("Specialty chemicals group Brann Kemi cut its dividend.", "Specialty", "Brann Kemi"),
    ],
)
def test_an_opening_descriptor_is_no_entity(text: str, word: str, name: str) -> None:
    got = kept(text)
    assert name in got and word not in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harlow unit Orlo Foods cut prices.", "Harlow"),  # a role right after: a party
        ("Kesta chip supplier Volt Semi raised prices.", "Kesta"),  # a business tie
        ("Tarrow rival Brisa Dairy cut prices.", "Tarrow"),
    ],
)
def test_an_opening_party_stays(text: str, name: str) -> None:
    assert name in kept(text), kept(text)


def test_a_calendar_word_opens_no_name() -> None:
    got = kept("Late on Friday Corvo Utilities lifted its offer for Brisa Gas.")
    assert "Corvo Utilities" in got and not any(n.startswith("Friday") for n in got), got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Orlo Sports Group bought the club after relegation from the Premiership.",
            "Premiership",
        ),  # sport
        ("The LP base of Brisa Partners includes two pension funds.", "LP"),  # private equity
        ("Gold hit a Record high, said Orlo Mining.", "Record"),  # mining
        ("Its Phase 3 trial enrolled 900 patients, Quorra Bio said.", "Phase 3"),  # pharma
        ("The Bill passed its Second Reading, and Orlo Energy welcomed it.", "Second Reading"),
        ("Orlo's Net Zero target was criticised by Kesta Watch.", "Net Zero"),  # energy
    ],
)
def test_more_words_that_name_nothing(text: str, word: str) -> None:
    assert word not in kept(text), kept(text)


def test_a_police_chief_is_a_person() -> None:
    got = types("Chief Constable Ana Ruiz said the Police would investigate Kesta Security.")
    assert got.get("Ana Ruiz") == "Person" and "Police" not in kept(
        "Chief Constable Ana Ruiz said the Police would investigate Kesta Security."
    ), got


def test_an_exchange_code_after_a_ticker_is_no_entity() -> None:
    got = kept("Orlo Bank (ORLO.OL) shares rose 3%; Kesta Foods (KEST.L) fell.")
    assert got == {"Orlo Bank", "Kesta Foods"}, got
