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


@pytest.mark.parametrize(
    "text",
    [
        "Northern Echo cut 20 jobs. Echo said sales fell.",  # media
        "Western Kestrel sold its flash unit. Kestrel said it would focus on drives.",  # tech
        "Southern Tarrow bought two ships. Tarrow said it would hire crews.",  # shipping
    ],
)
def test_a_company_named_with_a_direction_is_no_person_named_by_surname(text: str) -> None:
    # the second word alone later is the company's short name, not a person's surname
    got = types(text)
    assert "Person" not in got.values(), got
    assert got.get(" ".join(text.split()[:2])) == "Organization", got


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


# -- people whose given names a short list missed ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dana Pike was fined by the regulator.", "Dana Pike"),  # finance
        ("Naomi Vell bought 5% of Orlo Foods.", "Naomi Vell"),  # food
        ("Orlo Freight was sued by Declan Marr over the contract.", "Declan Marr"),  # shipping
        ("Margaret Ostry sold her shares in Varno Mining.", "Margaret Ostry"),  # mining
        ("Kesta Air hired Priya Dell from Harlow Bank.", "Priya Dell"),  # aviation
        ("Tomás Kell bought 5% of Orlo Foods.", "Tomás Kell"),  # accents the list spells without
        ("Inês Barra sued Varno Bank over the loan.", "Inês Barra"),  # banking
    ],
)
def test_a_common_given_name_types_a_person(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # guards: a given name opening a name that ends in an organization word, or a firm
        # that the next sentence calls a company
        ("Naomi Foods bought Orlo Dairy.", "Naomi Foods"),
        ("Declan Marr Holdings sued Varno Bank.", "Declan Marr Holdings"),
        ("Kestrel Pike was fined by the regulator. The firm said it would appeal.", "Kestrel Pike"),
        ("Kestrel Pike said it would cut 200 jobs.", "Kestrel Pike"),
        ("Kestrel Pike, the valve maker, was fined.", "Kestrel Pike"),
    ],
)
def test_a_company_with_a_person_shaped_name_stays_a_company(text: str, firm: str) -> None:
    got = types(text)
    assert got.get(firm) == "Organization", got


# -- context that only a person's name has -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ysolde Marr sued Orlo Foods, and she is seeking damages.", "Ysolde Marr"),  # food
        ("Kelmo Dastry bought Varno Rail shares but he sold them in May.", "Kelmo Dastry"),  # rail
        ("Brisa Tenley joined Harlow Insurance in 2019; she runs its Oslo office.", "Brisa Tenley"),
        ("Kelmo Dastry told reporters that Varno Bank would cut jobs.", "Kelmo Dastry"),  # bank
        ("Ysolde Marr told journalists the Orlo mine would reopen.", "Ysolde Marr"),  # mining
        ("Brisa Tenley was fined. Ms Tenley said she would appeal.", "Brisa Tenley"),
        ("Ysolde Marr resigned from Orlo Foods on Monday.", "Ysolde Marr"),
    ],
)
def test_a_persons_context_types_an_unlisted_name(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # guards: the pronoun may speak of another name or a role between them
        ("Kestrel Pike sued Ysolde Marr, and she is seeking damages.", "Kestrel Pike"),
        ("Kestrel Pike hired a chief executive, and she starts in May.", "Kestrel Pike"),
        ("Kestrel Pike Holdings cut jobs, and he said more would go.", "Kestrel Pike Holdings"),
    ],
)
def test_a_pronoun_after_another_name_or_a_role_types_no_subject(text: str, firm: str) -> None:
    got = types(text)
    assert got.get(firm) != "Person", got


def test_an_unlisted_person_keeps_her_relations() -> None:
    check(
        "Ysolde Marr sued Orlo Foods, and she is seeking damages.",
        [("ysolde-marr", "DISPUTES", "orlo-foods")],
        [],
    )


# -- a given name before a surname that is also a known company's name -------------------------
@pytest.mark.parametrize(
    ("text", "person", "firm"),
    [
        ("Michael Dell founded Dell in 1984.", "Michael Dell", "Dell"),  # tech
        ("Kesta Air hired Priya Dell from Harlow Bank.", "Priya Dell", "Kesta Air"),  # aviation
    ],
)
def test_a_given_name_and_a_companys_name_are_a_person(text: str, person: str, firm: str) -> None:
    got = types(text)
    assert got.get(person) == "Person" and got.get(firm) == "Organization", got


def test_a_known_company_alone_stays_a_company() -> None:
    # guards: no given name before it
    assert types("Harlow Bank bought Dell shares.").get("Dell") == "Organization"
    check(
        "Michael Dell founded Dell in 1984.",
        [("michael-dell", "FOUNDED", "dell")],
        [("michael", "FOUNDED", "dell")],
    )


# -- a person's possessive before a company's name: two names, not one ---------------------------
@pytest.mark.parametrize(
    ("text", "person", "firm"),
    [
        ("Anna Marr's Orlo Foods bought Varno Dairy.", "Anna Marr", "Orlo Foods"),  # food
        (
            "Under the deal, Tom Kell's Harlow Capital takes 40% of Orlo Foods.",
            "Tom Kell",
            "Harlow Capital",
        ),
        ("Rival bids came from Dana Voss's Kesta Shipping.", "Dana Voss", "Kesta Shipping"),
    ],
)
def test_a_persons_possessive_splits_from_her_company(text: str, person: str, firm: str) -> None:
    got = types(text)
    assert got.get(person) == "Person" and got.get(firm) == "Organization", got


def test_a_possessive_inside_an_institutions_name_stays() -> None:
    # guard: no given name before the possessive
    got = types("St. Luke's Medical Center sued Varno Health.")
    assert got.get("St. Luke's Medical Center") == "Organization", got
    check(
        "Anna Marr's Orlo Foods bought Varno Dairy.",
        [("orlo-foods", "OWNS", "varno-dairy")],
        [("anna-marr-s-orlo-foods", "OWNS", "varno-dairy")],
    )


# -- a title before a name is no part of it --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Rev. Kelmo Dastry backed the Orlo Foods bid.", "Kelmo Dastry"),  # food
        ("Captain Ysolde Marr sailed for Orlo Shipping.", "Ysolde Marr"),  # shipping
        ("Colonel Kelmo Dastry joined Varno Defence.", "Kelmo Dastry"),  # defence
        ("The Reverend Brisa Tenley criticised Orlo Foods.", "Brisa Tenley"),  # food
        ("Rabbi Ysolde Marr chairs the Varno Trust.", "Ysolde Marr"),  # charity
    ],
)
def test_a_title_is_no_part_of_the_name(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got


def test_a_title_word_alone_is_no_name() -> None:
    # guard: a captain with no name after him
    got = types("Orlo Shipping hired a captain from Varno Lines.")
    assert set(got) == {"Orlo Shipping", "Varno Lines"}, got


# -- names only people have: generations and particles -------------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kelmo Dastry Jr. sold Orlo Foods to Varno Bank.", "Kelmo Dastry Jr"),  # food
        ("Ysolde Marr III joined Orlo Foods.", "Ysolde Marr III"),  # food
        ("Ysolde van der Marr founded Varno Labs.", "Ysolde van der Marr"),  # tech
        ("Kelmo bin Dastry bought 10% of Orlo Telecom.", "Kelmo bin Dastry"),  # telecoms
    ],
)
def test_a_generation_or_a_particle_types_a_person(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got


def test_a_spanish_particle_in_a_banks_name_stays_an_organization() -> None:
    got = types("Banco de Varno sued Orlo Foods.")
    assert got.get("Banco de Varno") == "Organization", got


# -- a company's person: "X of Orlo Foods said", "Orlo Foods' X said" ----------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ysolde Marr of Orlo Foods said prices would rise.", "Ysolde Marr"),  # food
        ("Kelmo Dastry of Varno Bank, who led the deal, declined to comment.", "Kelmo Dastry"),
        (
            "Analysts such as Brisa Tenley of Harlow Securities said the bid was low.",
            "Brisa Tenley",
        ),
        ("Orlo Foods' Ysolde Marr said prices would rise.", "Ysolde Marr"),  # food
        ("Varno Bank's Kelmo Dastry told analysts the loan book was sound.", "Kelmo Dastry"),
        ("Kesta Air's Brisa Tenley added that fares would fall.", "Brisa Tenley"),  # aviation
    ],
)
def test_a_companys_speaker_is_a_person(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # guards: an organization word, "it" after the verb, or no verb after the name
        ("Harlow Mining's Kesta Labs said it would hire.", "Kesta Labs"),
        ("Orlo Foods' Kesta Pike said it would close.", "Kesta Pike"),
        ("Kesta Pike of Varno Holdings said it would cut jobs.", "Kesta Pike"),
        ("Harlow Tide of Varno Group bought Orlo Dairy.", "Harlow Tide"),
        ("The Bank of Varno said rates would rise.", "Bank of Varno"),
    ],
)
def test_a_company_named_beside_another_stays_a_company(text: str, firm: str) -> None:
    got = types(text)
    assert got.get(firm) == "Organization", got


# -- what only people do: move between employers, join boards, found firms together ------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kelmo Dastry joined Orlo Foods from Varno Bank.", "Kelmo Dastry"),  # food, banking
        ("Orlo Foods hired Kelmo Dastry from Varno Bank.", "Kelmo Dastry"),
        ("Harlow Mining poached Ysolde Marr from Kesta Metals.", "Ysolde Marr"),  # mining
        ("Orlo Foods said that Kelmo Dastry would join its board.", "Kelmo Dastry"),
        ("Varno Capital partner Ysolde Marr joined the Orlo Labs board.", "Ysolde Marr"),
        ("Brisa Tenley will join Kesta Air from Varno Rail in May.", "Brisa Tenley"),  # aviation
    ],
)
def test_a_move_between_employers_types_a_person(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # guards: firms join alliances, and are hired to advise
        ("Kesta Pike joined the Varno Alliance in May.", "Kesta Pike"),
        ("Orlo Foods hired Kesta Pike to advise on the sale.", "Kesta Pike"),
        ("Orlo Foods hired Kesta Advisers from Varno Bank's panel.", "Kesta Advisers"),
    ],
)
def test_a_firm_joining_or_hired_stays_a_firm(text: str, firm: str) -> None:
    got = types(text)
    assert got.get(firm) == "Organization", got


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Ysolde Marr and Kelmo Dastry founded Orlo Labs in 2015.",
            ["Ysolde Marr", "Kelmo Dastry"],
        ),
        (
            "In 2015, Ysolde Marr and Kelmo Dastry founded Orlo Labs.",
            ["Ysolde Marr", "Kelmo Dastry"],
        ),
        (
            "Ysolde Marr, Kelmo Dastry and Brisa Tenley co-founded Varno Health.",
            ["Ysolde Marr", "Kelmo Dastry", "Brisa Tenley"],
        ),
    ],
)
def test_names_coordinated_before_founded_are_people(text: str, people: list[str]) -> None:
    got = types(text)
    assert all(got.get(p) == "Person" for p in people), got


def test_companies_that_found_a_venture_stay_companies() -> None:
    got = types("Orlo Foods and Varno Bank founded a joint venture.")
    assert got == {"Orlo Foods": "Organization", "Varno Bank": "Organization"}, got
    check(
        "Ysolde Marr and Kelmo Dastry founded Orlo Labs in 2015.",
        [("ysolde-marr", "FOUNDED", "orlo-labs"), ("kelmo-dastry", "FOUNDED", "orlo-labs")],
        [],
    )


# -- a role set off before a firm's own name --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The company's advisers, Kesta Partners, declined to comment.", "Kesta Partners"),
        ("Its auditor, Varno Associates, signed off the accounts.", "Varno Associates"),
        ("Orlo Steel hired North Point Advisers.", "North Point Advisers"),
    ],
)
def test_a_firm_named_after_a_role_stays_a_firm(text: str, firm: str) -> None:
    got = types(text)
    assert got.get(firm) == "Organization", got


def test_a_person_named_after_a_role_stays_a_person() -> None:
    # guard: a person's name after the role
    got = types("The company's adviser, Ysolde Marr, declined to comment.")
    assert got.get("Ysolde Marr") == "Person", got
    got = types("Orlo Foods CEO Ysolde Marr resigned.")
    assert got.get("Ysolde Marr") == "Person", got


# -- "Former", "Ex-" opening a sentence are no part of the employer's name ---------------------
@pytest.mark.parametrize(
    ("text", "firm", "glued"),
    [
        (
            "Former Varno Bank boss Kelmo Dastry joined Orlo Foods.",
            "Varno Bank",
            "Former Varno Bank",
        ),
        ("Ex-Varno chief Ysolde Marr backed the bid.", "Varno", "Ex-Varno"),
        ("Former Kesta Air pilots sued Varno Rail.", "Kesta Air", "Former Kesta Air"),  # aviation
        ("Ex-Kesta Air pilots sued Varno Rail.", "Kesta Air", "Ex-Kesta Air"),
    ],
)
def test_former_opening_a_sentence_is_no_part_of_the_name(text: str, firm: str, glued: str) -> None:
    got = types(text)
    assert got.get(firm) == "Organization" and glued not in got and "Ex" not in got, got


def test_a_former_employer_keeps_its_person() -> None:
    got = types("Former Varno Bank boss Kelmo Dastry joined Orlo Foods.")
    assert got.get("Kelmo Dastry") == "Person", got


# -- a title, then a descriptor noun, then the name -------------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Billionaire investor Kelmo Dastry bought 5% of Orlo Foods.", "Kelmo Dastry"),  # food
        ("Tycoon investor Ysolde Marr sold her Varno Rail shares.", "Ysolde Marr"),  # rail
    ],
)
def test_a_title_before_a_descriptor_types_the_name_after_both(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got


def test_a_title_before_a_firms_own_name_types_no_person() -> None:
    got = types("Billionaire investor Kesta Capital bought 5% of Orlo Foods.")
    assert got.get("Kesta Capital") == "Organization", got


# -- "the Varno cooperative": a name no gazetteer knows before a company noun ------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orlo Farms sold its wheat to the Varno cooperative.", "Varno"),  # agriculture
        ("Kesta Air bought five jets. The Varno airline said it would grow.", "Varno"),  # aviation
        ("Orlo Dairy supplies the Tarrow co-op.", "Tarrow"),  # food
    ],
)
def test_a_name_before_a_company_noun_after_the_is_the_companys(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # guards: an indefinite company noun, or a city the gazetteer knows
        ("Orlo Bank lent $5m to a Tarrow start-up.", "Tarrow"),
        ("The Lisbon start-up Orlo raised $5m.", "Lisbon"),
    ],
)
def test_a_place_before_a_company_noun_stays_a_place(text: str, place: str) -> None:
    got = types(text)
    assert got.get(place) == "Location", got


# -- a place and a sector word before a company noun: a descriptor, not a name ------------------
@pytest.mark.parametrize(
    ("text", "place", "glued"),
    [
        ("Orlo Capital invested in Lisbon AI start-up Kesta.", "Lisbon", "Lisbon AI"),  # tech
        ("Orlo Bank bought Paris AI firm Kesta Labs.", "Paris", "Paris AI"),  # banking
        ("Varno Partners backed Berlin Biotech lender Kesta.", "Berlin", "Berlin Biotech"),
    ],
)
def test_a_place_and_a_sector_before_a_company_noun_are_no_name(
    text: str, place: str, glued: str
) -> None:
    got = types(text)
    assert got.get(place) == "Location" and glued not in got, got


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # guards: a place opening a company's own name, with no company noun after it
        ("Lisbon Fintech raised $5m from Orlo Capital.", "Lisbon Fintech", "Lisbon"),
        ("Orlo Capital backed Oslo Robotics, a start-up.", "Oslo Robotics", "Oslo"),
    ],
)
def test_a_place_opening_a_companys_name_stays_in_it(text: str, name: str, place: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization" and place not in got, got


# -- what no person does or has: a company whose name a given name opens ------------------------
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Anna Pike posted a loss of $5m.", "Anna Pike"),  # fashion
        ("Shares in Anna Pike fell 5%.", "Anna Pike"),
        ("Tom Kell employs 2,000 people at its bakeries.", "Tom Kell"),  # food
        ("Anna Pike, which makes dresses, was bought by Varno Group.", "Anna Pike"),
        ("Maria Holt's chief executive, Kelmo Dastry, resigned.", "Maria Holt"),  # retail
        ("Maria Holt's board rejected the Orlo bid.", "Maria Holt"),
        ("Jon Ash reported a net profit of $3m.", "Jon Ash"),  # engineering
    ],
)
def test_what_no_person_does_types_a_company(text: str, firm: str) -> None:
    got = types(text)
    assert got.get(firm) == "Organization", got


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # guards: people are fined, hold shares and have staff
        ("Anna Pike was fined by the regulator.", "Anna Pike"),
        ("Anna Pike sold her shares in Orlo Foods.", "Anna Pike"),
        ("Maria Holt's staff said she would appeal.", "Maria Holt"),
        ("Chairwoman Maria Holt, who runs Orlo Foods, said profit rose.", "Maria Holt"),
    ],
)
def test_what_people_do_too_keeps_a_person(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got
