"""Entity names and types from blind-failure report D: organizations named by a foreign head
word and a family name ("Casa Brusa"), the family's members beside them, firms described as
"the market leader", newspaper titles; multiword names with lower-case particles, "and" or a
country word inside. Every sentence is invented; sectors vary, and each construction has guards.
"""

from __future__ import annotations

import pytest

from tests.construction_check import check, types


# -- a foreign head word and a family name: an organization ------------------------------------
@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        (  # ceramics, a bare surname for the family member
            "Bruna Tessaro, 70, runs the family side. Tessaro said demand was weak. "
            "Casa Tessaro now owns 62% of Bottega Lumi.",
            "Casa Tessaro",
            "Bruna Tessaro",
        ),
        (  # private banking, an uncommon given name
            "Elke Lemmer joined in 1990. Bankhaus Lemmer's chief executive, Jonas Reit, "
            "expects profits to rise.",
            "Bankhaus Lemmer",
            "Elke Lemmer",
        ),
        (  # a foundation set up by the family
            "Her brother, Luc Dorval, set up the Fondation Dorval in 2012. Dorval said it "
            "would fund schools.",
            "Fondation Dorval",
            "Luc Dorval",
        ),
        (  # engineering, a German foundation holding shares
            "Lothar Brandl sold shares. Lothar Brandl said the Stiftung Brandl holds 30% of "
            "Kranwerk.",
            "Stiftung Brandl",
            "Lothar Brandl",
        ),
        (  # wine
            "Aldo Ferri met the buyers. Bodegas Ferri competes with Vinalta and Rioverde.",
            "Bodegas Ferri",
            "Aldo Ferri",
        ),
    ],
)
def test_a_foreign_head_word_and_a_family_name_is_an_organization(
    text: str, org: str, person: str
) -> None:
    got = types(text)
    assert got.get(org) == "Organization" and got.get(person) == "Person", got


def test_a_family_firm_keeps_its_relations_beside_the_family() -> None:
    check(
        "Bruna Tessaro, 70, took over in 2004. Tessaro said little. "
        "Casa Tessaro now owns 62% of Bottega Lumi.",
        [("casa-tessaro", "OWNS", "bottega-lumi")],
        [("bruna-tessaro", "OWNS", "bottega-lumi")],
    )
    check(
        "Ines Salgado said she was proud. Ines Salgado created the Fundação Salgado in 2015.",
        [("ines-salgado", "FOUNDED", "fundacao-salgado")],
        [],
    )


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # guards: a head word as a surname, a known given name stays a person
        ("Maria Casa said the bank would grow.", "Maria Casa", "Person"),
        ("Pilar Rivera heads Banco Rivera.", "Pilar Rivera", "Person"),
    ],
)
def test_foreign_head_guards(text: str, name: str, etype: str) -> None:
    assert types(text).get(name) == etype, types(text)


def test_a_family_house_that_is_a_building_gets_no_relation() -> None:
    check(
        "Dino Bellandi lives there. Casa Bellandi, the villa where the family spends August, "
        "is up for rent.",
        [],
        [("dino-bellandi", "OWNS", "casa-bellandi"), ("dino-bellandi", "LEADS", "casa-bellandi")],
    )


# -- descriptors and titles that type a firm ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halden Grid, the market leader, has criticised Fyne Energy.", "Halden Grid"),  # power
        ("Orvane, the industry leader in frozen peas, sued Kelp Foods.", "Orvane"),  # food
        ("Tessvik, the biggest player in ferries, bought Orla Lines.", "Tessvik"),  # shipping
        ("It faces Sable Pharma and Corrin Labs, the two market leaders.", "Corrin Labs"),
        ("Marsh Media owns the Kelso Courier. The Courier lost money.", "Kelso Courier"),
        ("Pella Gazette was founded by Arno Pella. Pella said it lost money.", "Pella Gazette"),
        ("The Fenland Chronicle fights the Borders Herald for readers.", "Borders Herald"),
    ],
)
def test_a_market_leader_and_a_newspaper_title_are_organizations(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # guards: a leader of people stays a person
        ("Sara Quint, the opposition leader, has criticised Fyne Energy.", "Sara Quint"),
        ("Tomas Oyelo, the team leader, praised Fyne Energy.", "Tomas Oyelo"),
        ("Ruth Vane, the union leader, attacked Orla Mining.", "Ruth Vane"),
    ],
)
def test_a_leader_of_people_stays_a_person(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Person", got


def test_a_market_leader_keeps_its_relations() -> None:
    check(
        "Halden Grid, the market leader, competes with Fyne Energy.",
        [("halden-grid", "COMPETES_WITH", "fyne-energy")],
        [],
    )
    check(
        "The Kelso Courier is owned by Marsh Media. The Courier competes with the Borders Herald.",
        [("marsh-media", "OWNS", "kelso-courier")],
        [],
    )


# -- lower-case Romance particles inside a name ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Union des Producteurs de Lait called the cut illegal.",
            "Union des Producteurs de Lait",
        ),
        (
            "The Fédération des Dockers de Marseille sued Porto Vela.",
            "Fédération des Dockers de Marseille",
        ),
        (
            "The state, via the Caisse des Marchés de l'Ouest, owns 12% of Portavia.",
            "Caisse des Marchés de l'Ouest",
        ),
        ("The Banca della Riviera owns 20% of Lumo Foods.", "Banca della Riviera"),
        (
            "Ortho Pharma licensed the drug to the Institut des Sciences de Lyon.",
            "Institut des Sciences de Lyon",
        ),
    ],
)
def test_a_name_runs_across_lower_case_particles(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


def test_a_particle_name_keeps_its_relation() -> None:
    check(
        "The Fédération des Dockers de Marseille has attacked Porto Vela over pay.",
        [("federation-des-dockers-de-marseille", "DISPUTES", "porto-vela")],
        [("dockers", "DISPUTES", "porto-vela")],
    )


def test_a_lower_case_des_between_sentences_words_joins_nothing() -> None:
    got = types("Harlow Foods sold des Moines land to Orlo Farms.")
    assert "Harlow Foods" in got and "Orlo Farms" in got, got


# -- a plural possessive inside a name ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            "The Kelmore Residents' Forum blames Quayline Homes for repairs.",
            "Kelmore Residents' Forum",
            "quayline-homes",
        ),
        (
            "The Dock Workers' Committee attacked Portline over pay.",
            "The Dock Workers' Committee",
            "portline",
        ),
    ],
)
def test_a_plural_possessive_inside_a_name(text: str, name: str, party: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization" and "Forum" not in got, got


def test_a_plural_possessive_before_a_common_noun_ends_the_name() -> None:
    got = types("The Harlow Farmers' market opens in May.")
    assert not any("market" in n for n in got), got


# -- a country closing a national arm's name ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Its rivals are Tarn Haulage UK and Pembury Haulage, the two biggest hauliers.",
            "Tarn Haulage UK",
        ),
        (
            "Farm Action Kenya, a Nairobi-based advocacy group, criticised Verdant Mills.",
            "Farm Action Kenya",
        ),
        ("Seed Savers Peru, a Lima-based group, criticised Verdant Mills.", "Seed Savers Peru"),
        (
            "Fishing Rights Senegal, a Dakar-based group, condemned Atlantis Seafoods.",
            "Fishing Rights Senegal",
        ),
        ("Orbis Insurance UK, the local arm, has sued Kestrel Marine.", "Orbis Insurance UK"),
    ],
)
def test_a_country_closes_a_national_arms_name(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


def test_a_national_arm_keeps_its_relations() -> None:
    check(
        "Harcourt Freight is third. Its rivals are Tarn Haulage UK and Pembury Haulage.",
        [("tarn-haulage-uk", "COMPETES_WITH", "harcourt-freight")],
        [("tarn-haulage", "COMPETES_WITH", "harcourt-freight")],
    )
    check(
        "Farm Action Kenya, a Nairobi-based advocacy group, criticised Verdant Mills and Kora "
        "Foods.",
        [
            ("farm-action-kenya", "DISPUTES", "verdant-mills"),
            ("farm-action-kenya", "DISPUTES", "kora-foods"),
            ("farm-action-kenya", "LOCATED_IN", "nairobi"),
        ],
        [],
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # guards: a city, a person, a place after a verb stay apart
        ("Tarn Haulage opened a depot in Kenya.", "Kenya"),
        ("Ana Lima Kenya said profits fell.", None),
        ("Citing weak demand, Harlow Foods cut jobs in Kenya.", "Kenya"),
        ("Mining stocks fell in Santiago on Monday.", "Santiago"),
    ],
)
def test_a_country_closing_guards(text: str, place: str | None) -> None:
    got = types(text)
    if place:
        assert got.get(place) == "Location", got
    assert not any(n.startswith(("Mining", "Citing")) for n in got), got


# -- "and" between two sectors of one institution ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Its biggest holder, the Regional Savings and Pension Fund, owns 20% of Kelda Water.",
            "Regional Savings and Pension Fund",
        ),
        (
            "Shares were sold to the Provincial Mining and Energy Corporation.",
            "Provincial Mining and Energy",
        ),
        (
            "The National Roads and Bridges Authority awarded the contract to Corran Civils.",
            "The National Roads and Bridges Authority",
        ),
        (
            "The Municipal Housing and Welfare Trust bought 300 flats from Orlo Homes.",
            "The Municipal Housing and Welfare Trust",
        ),
    ],
)
def test_and_between_two_sectors_joins_one_name(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


def test_an_and_name_gets_one_stake() -> None:
    check(
        "Kelda Water's biggest holder, the Regional Savings and Pension Fund, which owns a fifth "
        "of the utility, backs the bid.",
        [("regional-savings-and-pension-fund", "OWNS", "kelda-water")],
        [("pension-fund", "OWNS", "kelda-water"), ("regional-savings", "OWNS", "kelda-water")],
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # guards: two parties joined by "and"
        (
            "Kelda Water and Pension Fund Partners both rose.",
            ["Kelda Water", "Pension Fund Partners"],
        ),
        (
            "Shares of National Grid and Orlo Power Board fell.",
            ["National Grid", "Orlo Power Board"],
        ),
        ("The Central Bank and Finance Ministry agreed.", ["Finance Ministry"]),
        (
            "The Federal Reserve and Harlow Savings Bank met.",
            ["Federal Reserve", "Harlow Savings Bank"],
        ),
    ],
)
def test_and_between_two_parties_stays_two_names(text: str, names: list[str]) -> None:
    got = types(text)
    assert all(n in got for n in names), got


# -- places that no list knows ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kestrel Ferries will add routes to the Adriatic next year.", "Adriatic"),  # shipping
        ("A bridge across the Tamar will be built by Orlo Civils.", "Tamar"),  # construction
        ("Work starts in the Vale of Clwyd in May, Orlo Homes said.", "Vale of Clwyd"),  # homes
        ("Timber from the Forest of Dean goes to Kesta Mills.", "Forest of Dean"),  # forestry
        ("Trade within the Nordic Economic Area rose, Orlo Bank said.", "Nordic Economic Area"),
    ],
)
def test_a_sea_river_or_landform_is_a_place(text: str, place: str) -> None:
    got = types(text)
    assert got.get(place) == "Location", got


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # guards: a name modifying a noun after "across the", a company called Vale or Forest
        ("Work starts soon, Vale Canada said.", "Vale Canada", "Organization"),
        ("Forest Holdings sold its stake to Area Bank.", "Forest Holdings", "Organization"),
        ("Forest Holdings sold its stake to Area Bank.", "Area Bank", "Organization"),
    ],
)
def test_place_guards(text: str, name: str, etype: str) -> None:
    got = types(text)
    assert got.get(name) == etype, got


def test_a_name_modifying_a_noun_after_across_the_is_no_place() -> None:
    got = types("Orlo Foods opened stores across the Kesta network last year.")
    assert got.get("Kesta") != "Location", got


# -- a partnership's name with a comma and "&" -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hale, Morrow & Tate advised the buyer.", "Hale, Morrow & Tate"),  # law, opening
        ("The buyer was advised by Hale, Morrow & Tate LLP.", "Hale, Morrow & Tate"),
        ("Orlo Foods hired Kesta, Pell & Dunn as adviser.", "Kesta, Pell & Dunn"),  # food
        ("Orlo Foods hired Kesta & Dunn as adviser.", "Kesta & Dunn"),
    ],
)
def test_a_comma_and_ampersand_partnership_is_one_firm(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


def test_a_list_ending_in_an_ampersand_firm_keeps_its_members() -> None:
    got = types("Orlo, Kesta and Pell & Dunn rose.")
    assert "Pell & Dunn" in got and "Orlo" in got, got
    got = types("Harlow, a town near Leeds, backs Orlo Foods.")
    assert not any("&" in n or "," in n for n in got), got


# -- a numbered design named before its product noun -------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Kessock Yards offered a variant of its Tarn 90 design.", "Tarn 90", "kessock-yards"),
        (
            "Kessock Yards offered its Vela 220 hull form to Orlo Ferries.",
            "Vela 220",
            "kessock-yards",
        ),
        ("Brenna Aero showed the Orca 7 design at the air show.", "Orca 7", None),
    ],
)
def test_a_numbered_design_is_a_product(text: str, name: str, owner: str | None) -> None:
    got = types(text)
    assert got.get(name) == "Product", got
    if owner:
        check(text, [(owner, "OWNS", name.lower().replace(" ", "-"))], [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # guards: a firm named with a number or "Design", a design firm
        ("Tarn 90 Ltd, a design consultancy, sued Orlo Ferries.", "Tarn 90"),
        ("Orlo Design bought Kesta Studio.", "Orlo Design"),
        ("Pell Labs, a design firm, sued Orlo Ferries.", "Pell Labs"),
    ],
)
def test_a_design_firm_stays_an_organization(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got
