"""Regions of the gazetteer (states, provinces, counties from ISO 3166-2 through pycountry, and
English names such as "Normandy" from places.yaml): the same weak place vote the cities get, and
LOCATED_IN through the rules that accept a city; adjectives between the article and a city or
region of the gazetteer ("a mid-sized Nantes fund", "the small Gauteng bookseller"); names that
are words, people or companies keep their own type; "Town, Region"; a place's public bodies
and offices ("Jujal's regional cabinet", "the mayor of Tarrowby", "the MP for Brackley").

Every company is invented; the regions are real (the gazetteer only knows real ones).
"""

from __future__ import annotations

import pytest
from construction_check import Triple, check, types

from loaders.gazetteer import region_names


@pytest.mark.parametrize(
    "text,name",
    [
        ("Velmar Pharma has 300 engineers in Sindh.", "Sindh"),  # pharma, people in
        ("Brisa Wine expanded in northern Tuscany.", "Tuscany"),  # agriculture, compass
        ("Kalto Grain ships maize through Mpumalanga.", "Mpumalanga"),  # agriculture, through
        ("Orso Mining trucks ore via Chubut.", "Chubut"),  # mining, via
        ("Norrland Power runs the Gauteng plant.", "Gauteng"),  # energy, site noun
        ("Tarro Shipping expanded Jutland's port.", "Jutland"),  # shipping, owned place noun
        ("Pell Freight shipped steel from Vestland, Norway.", "Vestland"),  # region, country
        ("Volo Autos builds cars at its Zhejiang factory.", "Zhejiang"),  # autos, "Sheng" cut
        ("Harlow Insurance sells policies across central Andalusia.", "Andalusia"),  # insurance
        ("Kalto Rail runs trains through Merseyside.", "Merseyside"),  # an English name
        # a town, a comma and a region or a known place ending the phrase
        ("Kalto Textiles, of Halden, West Yorkshire, was sold.", "Halden"),  # textiles
        ("Kalto Textiles, of Halden, West Yorkshire, was sold.", "West Yorkshire"),  # whole
        ("Tarro Mining, of Tzaneen, Limpopo, bought Pell Drills.", "Tzaneen"),  # mining
        ("Brisa Dairy runs a creamery near Wexley, Normandy.", "Wexley"),  # food
        ("Orso Power will build a $2bn cell plant near Maple Fork, Ohio.", "Maple Fork"),
        # a locative word, an adjective, a name
        ("Kalto Homes bought land in downtown Tarrow.", "Tarrow"),  # real estate
        ("Kalto Bank opened branches across rural Kelmshire.", "Kelmshire"),  # banking
        ("Kalto Rail runs trains in northern Velmar.", "Velmar"),  # rail
        ('"Downtown Tarrow needs this," said Anna Tulo of Kalto Homes.', "Downtown Tarrow"),
        # a name ending in a division's word
        ("Kalto Glass opened a plant in the Silesian Voivodeship.", "Silesian Voivodeship"),
        (
            "Kalto Steel said the Masovian Voivodeship had approved its plant.",
            "Masovian Voivodeship",
        ),
        ("Kalto Gas drills in the Tyumen Oblast.", "Tyumen Oblast"),  # energy
        ("Kalto Motors builds cars in Aichi Prefecture.", "Aichi Prefecture"),  # autos
        # a place's public bodies and offices (any name, in the gazetteer or not)
        ("Jujal's regional cabinet signed the permit for Kalto Energy.", "Jujal"),  # government
        ("Tarrowby's city council backed Kalto Water's plan.", "Tarrowby"),  # utilities
        ("The mayor of Tarrowby backed Kalto Rail's new depot.", "Tarrowby"),  # rail
        ("The governor of Limpopo praised Kalto Mining.", "Limpopo"),  # mining
        ("Greta Fenmoor, who sits for Brackley, attacked the bid by Kalto.", "Brackley"),
        ("Greta Fenmoor, the MP for Brackley, attacked Kalto Telecom.", "Brackley"),  # telecoms
        ("Greta Fenmoor, the MP for North Brackley, attacked Kalto.", "North Brackley"),  # whole
        ("The mayor of East Tarrow backed Kalto Rail.", "East Tarrow"),
    ],
)
def test_regions(text: str, name: str) -> None:
    assert types(text).get(name) == "Location", types(text)


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("Georgia Power raised its rates again.", "Georgia Power", "Organization"),
        ("Victoria said the bank would grow.", "Victoria", "Organization"),  # a speaker
        ("Jordan Capital bought Kalto Foods.", "Jordan Capital", "Organization"),
        ("Orange cut its prices in France.", "Orange", "Organization"),
        ("Essex Partners invested in Kalto Foods.", "Essex Partners", "Organization"),
        ("Tata Steel opened a plant in Gauteng.", "Tata Steel", "Organization"),
        # an office's or a body's organization keeps its type
        (
            "Pell named Anna Tulo governor of Kalto Central Bank.",
            "Kalto Central Bank",
            "Organization",
        ),
        ("Kalto Bank's regional council met on Monday.", "Kalto Bank", "Organization"),
        ("Kalto's regional director resigned.", "Kalto", "Organization"),  # no public body
        ("Anna Tulo became chairman of Kalto in May.", "Kalto", "Organization"),  # no office
        ("Pell Canton Bank bought Kalto Foods.", "Pell Canton Bank", "Organization"),
        ("Kalto Bank took a stake in northern Velmar.", "Velmar", "Organization"),  # a stake
        ("Kalto Bank invested in central Velmar Energy.", "Velmar Energy", "Organization"),
        ("Kalto hired the former head of North Sea Gas.", "North Sea Gas", "Organization"),
        ("Kalto named a new chief for West Coast Rail.", "West Coast Rail", "Organization"),
        # a company before a region that owns something is no town
        (
            "Pell Holdings bought Kalto Mining, Gauteng's biggest miner.",
            "Kalto Mining",
            "Organization",
        ),
        ("Pell Holdings bought Kalto, Gauteng's biggest miner.", "Kalto", "Organization"),
    ],
)
def test_names_that_keep_their_type(text: str, name: str, kind: str) -> None:
    assert types(text).get(name, kind) == kind, types(text)


def test_words_and_companies_are_no_regions() -> None:
    names = region_names()
    assert {"gauteng", "normandy", "kwazulu-natal", "hubei", "andalucia", "bavaria"} <= names
    assert not {"orange", "victoria", "georgia", "jordan", "essex", "washington"} & names
    assert not {"meta", "tata", "unity", "central", "maritime"} & names


@pytest.mark.parametrize(
    "text,present,absent",
    [
        (  # telecoms, a descriptor
            "Ardent Telecom, a Brittany operator, agreed terms with Kesta Media.",
            [("ardent-telecom", "LOCATED_IN", "brittany")],
            [("kesta-media", "LOCATED_IN", "brittany")],
        ),
        (  # autos, a site of the company
            "Volo Autos builds cars at its Zhejiang factory.",
            [("volo-autos", "LOCATED_IN", "zhejiang")],
            [],
        ),
        (  # retail, a fronted seat
            "Based in Gauteng, Pell Retail opened 40 stores.",
            [("pell-retail", "LOCATED_IN", "gauteng")],
            [],
        ),
        (  # asset management, adjectives between the article and a city
            "Greyfield, a mid-sized Nantes fund, bought Kalto Buses.",
            [("greyfield", "LOCATED_IN", "nantes"), ("greyfield", "OWNS", "kalto-buses")],
            [("nantes", "FUNDS", "greyfield")],
        ),
        (  # publishing, adjectives before a region and a relative clause
            "Oxwell, the small Gauteng bookseller that Pell Media bought, grew.",
            [("oxwell", "LOCATED_IN", "gauteng")],
            [("pell-media", "OWNS", "gauteng")],
        ),
        (  # shipping, a name after its descriptor
            "Pell Holdings bought the small Jutland ferry operator Kalto Ferries.",
            [("kalto-ferries", "LOCATED_IN", "jutland")],
            [("pell-holdings", "OWNS", "jutland")],
        ),
        (  # steel, guard: an organization-shaped name before the site noun
            "Pell Holdings will close the old Katowice Steel plant.",
            [],
            [("pell-holdings", "LOCATED_IN", "katowice")],
        ),
        (  # media, guard: "former" makes the name someone's employer, no place
            "Pell Media hired the former Gauteng Radio chief Anna Tulo.",
            [],
            [("pell-media", "LOCATED_IN", "gauteng")],
        ),
        (  # textiles, a company "of" a town and its region
            "Kalto Textiles, of Halden, West Yorkshire, was sold to Pell Holdings.",
            [("kalto-textiles", "LOCATED_IN", "halden")],
            [("kalto-textiles", "LOCATED_IN", "yorkshire"), ("pell-holdings", "OWNS", "halden")],
        ),
        (  # retail, a region of several countries in a descriptor
            "Kalto Foods, a Benelux grocer, bought Pell Retail.",
            [("kalto-foods", "LOCATED_IN", "benelux")],
            [("pell-retail", "LOCATED_IN", "benelux")],
        ),
        (  # food, a site noun after "its" and a town, in a relative clause
            "Brisa Foods, which still bakes its bread at its Tarrowby bakery, was sold to Pell.",
            [("brisa-foods", "LOCATED_IN", "tarrowby"), ("pell", "OWNS", "brisa-foods")],
            [("pell", "OWNS", "tarrowby")],
        ),
        (  # pharma, a lab
            "Pell Bio tests its drugs at its Kelso lab.",
            [("pell-bio", "LOCATED_IN", "kelso")],
            [],
        ),
        (  # pharma, guard: a capitalized site word makes a company's name
            "Pell Bio said its Kelso Labs unit grew.",
            [],
            [("pell-bio", "LOCATED_IN", "kelso"), ("pell-bio", "LOCATED_IN", "kelso-labs")],
        ),
        (  # real estate, guard: land in a town is no company bought
            "Kalto Homes bought land in downtown Tarrow.",
            [],
            [("kalto-homes", "OWNS", "tarrow")],
        ),
        (  # banking, guard: a stake in a region's company is no seat
            "Lumo Bank bought a 10% stake in Tavi Foods, a grower in Andalusia.",
            [],
            [("lumo-bank", "LOCATED_IN", "andalusia")],
        ),
    ],
)
def test_seats(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
