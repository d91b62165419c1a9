"""Entity names, second part: a direction opening a company's name, a person before a place
("Anna Pike, Ohio"), and people with given names no list knows. Every sentence is invented;
sectors vary on purpose, and each construction has guards (look-alikes that keep their
reading)."""

from __future__ import annotations

import pytest

from tests.construction_check import check, types


# -- a direction opening a company's name ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Western Digital sold its flash unit to Orlo Memory.", "Western Digital"),  # tech
        ("Northern Rock was bought by Harlow Bank.", "Northern Rock"),  # banking
        ("Southern Company agreed to buy Varno Gas.", "Southern Company"),  # utilities
        ("Orlo Foods sold its dairy arm to Eastern Dairy.", "Eastern Dairy"),  # food
        ("Harlow Retail, a rival of North Face, cut prices.", "North Face"),  # retail
        ("The mine was sold to Western Kestrel last year.", "Western Kestrel"),  # mining
        ("Varno Air leased two jets from Southern Tarrow.", "Southern Tarrow"),  # aviation
    ],
)
def test_a_direction_opens_a_companys_name(text: str, name: str) -> None:
    got = types(text)
    assert name in got, got
    assert got[name] != "Location", got


@pytest.mark.parametrize(
    ("text", "place", "not_name"),
    [
        # guards: a direction before a known place, a region or a sea stays a region's word
        ("Orlo Water serves Northern England.", "England", "Northern England"),
        ("Varno Foods opened a plant in southern Spain.", "Spain", "southern Spain"),
        ("The plant is in northern France.", "France", "northern France"),
    ],
)
def test_a_direction_before_a_known_place_is_no_companys_name(
    text: str, place: str, not_name: str
) -> None:
    got = types(text)
    assert got.get(place) == "Location" and not_name not in got, got


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Harlow Mining bought a mine in Western Australia.", "Western Australia"),
        ("Orlo Power serves the Western Cape.", "Western Cape"),
        ("Harlow Bank lends in the East Midlands.", "East Midlands"),
        ("Orlo Shipping moves grain across the North Atlantic.", "North Atlantic"),
        ("Varno Fish sells cod in the South Pacific.", "South Pacific"),
        ("Demand for Kesta heaters fell in the Northern Hemisphere.", "Northern Hemisphere"),
        ("The Orlo gliders measure how much carbon the North Atlantic absorbs.", "North Atlantic"),
        ("Trawlers fish the North Atlantic for Orlo Seafood.", "North Atlantic"),  # fishing
    ],
)
def test_a_direction_and_a_region_word_name_a_region(text: str, region: str) -> None:
    got = types(text)
    assert got.get(region) == "Location", got


def test_a_direction_and_a_region_lowercase_region_word_is_no_name() -> None:
    got = types("Kestrel Bank closed branches in the Northern region.")
    assert set(got) == {"Kestrel Bank"}, got


def test_a_company_named_with_a_direction_gets_its_relations() -> None:
    check(
        "Northern Rock was bought by Harlow Bank in 2012.",
        [("harlow-bank", "OWNS", "northern-rock")],
        [("harlow-bank", "OWNS", "rock")],
    )
    check(
        "Western Kestrel sued Orlo Freight over the contract.",
        [("western-kestrel", "DISPUTES", "orlo-freight")],
        [("kestrel", "DISPUTES", "orlo-freight")],
    )


# -- a person before a state or region: "Anna Pike, Ohio" --------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Anna Pike, Ohio, bought shares in Orlo Foods.", "Anna Pike"),  # food
        ("The mayor, Jon Ash, Texas, backed Orlo Steel.", "Jon Ash"),  # steel
        ("Tomas Reyes, 54, of Leeds, sued Varno Bank.", "Tomas Reyes"),  # banking
        ("Orlo Wind was sued by Maria Holt, Iowa, over the turbines.", "Maria Holt"),  # energy
        ("Kesta Mills hired two growers, Ruth Ekker, Kansas, and Omar Vell.", "Ruth Ekker"),
    ],
)
def test_a_person_before_a_state_stays_a_person(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # guards: a town before its state is still a place
        ("Boulder, Colorado, is home to Orlo Labs.", "Boulder"),
        ("Orlo Labs moved from Austin, Texas, to Boulder, Colorado.", "Austin"),
        ("Varno Farms bought land near Salem, Oregon.", "Salem"),
    ],
)
def test_a_town_before_its_state_stays_a_place(text: str, town: str) -> None:
    got = types(text)
    assert got.get(town) == "Location", got


def test_a_person_before_a_state_keeps_her_relations() -> None:
    check(
        "Anna Pike, Ohio, sued Orlo Foods over the recall.",
        [("anna-pike", "DISPUTES", "orlo-foods")],
        [("anna-pike", "LOCATED_IN", "ohio")],
    )
