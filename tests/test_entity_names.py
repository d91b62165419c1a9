"""Entity names: where a name starts and ends, which capitalized phrases are no party to a
sentence, and the type a name's own words give it. Every sentence is invented; sectors vary on
purpose, and each construction has guards (look-alikes that must keep their reading)."""

from __future__ import annotations

import pytest

from loaders.article import extract
from loaders.config import ExtractionConfig
from tests.construction_check import check, kept, types

CONFIG = ExtractionConfig()


# -- a title or role word opening an organization's name ---------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Premier Foods bought Orlo Bakeries.", "Premier Foods"),  # retail
        ("Kite Telecom sold its stake to General Mills.", "General Mills"),  # food
        ("Star Entertainment was fined by Harlow Bank.", "Star Entertainment"),  # media
        ("Pilot Logistics bought a depot from Orlo Freight.", "Pilot Logistics"),  # shipping
        ("Orlo Retail sued Chief Brands over the labels.", "Chief Brands"),  # retail
        ("Orlo Steel's rival Leader Steel cut prices.", "Leader Steel"),  # mining
        ("Varno Energy sued Director Holdings.", "Director Holdings"),  # energy
        ("Harlow Bank sold the loans to Partner Insurance.", "Partner Insurance"),  # insurance
    ],
)
def test_a_title_word_can_open_an_organization_name(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # guards: the title still types the name after it
        ("President Ana Ruiz visited the Varno Energy plant.", "Ana Ruiz"),
        ("Tarlo Group CEO Ann Lee resigned.", "Ann Lee"),
        ("The airline hired Chief Executive Omar Lidd from Norsk Air.", "Omar Lidd"),
    ],
)
def test_a_title_before_a_persons_name_stays_a_title(text: str, person: str) -> None:
    got = types(text)
    assert got.get(person) == "Person", got


def test_a_title_opening_a_name_gives_the_organization_its_relations() -> None:
    check(
        "Premier Foods bought Orlo Bakeries in 2019.",
        [("premier-foods", "OWNS", "orlo-bakeries")],
        [("foods", "OWNS", "orlo-bakeries")],
    )


def test_a_descriptor_at_a_sentence_start_is_no_part_of_the_name() -> None:
    # "Investor" describes Harlow Capital: the name after it is not all organization words
    got = types("Investor Harlow Capital bought 5% of Orlo Foods.")
    assert "Harlow Capital" in got and "Investor Harlow Capital" not in got, got


# -- a former employer describes people; it is no party to the sentence -------------------------
@pytest.mark.parametrize(
    ("text", "company", "employer"),
    [
        (
            "Paylo, set up by two former Bainbridge auditors, is based in Tulsa.",
            "paylo",
            "bainbridge",
        ),
        ("The start-up Velta was founded by former Corvel engineers.", "velta", "corvel"),
        ("Loanly was started by erstwhile Harcourt bankers in 2017.", "loanly", "harcourt"),
        (
            "Orlo Brewing, founded by former Tessa Mill employees, sued Kite Foods.",
            "orlo-brewing",
            "tessa-mill",
        ),
    ],
)
def test_a_former_employer_takes_no_relation(text: str, company: str, employer: str) -> None:
    got = set(extract(text, CONFIG).relations)
    assert not [r for r in got if employer in (r[0], r[2])], sorted(got)


def test_a_former_employer_is_still_an_entity_of_the_article() -> None:
    assert "Bainbridge" in kept("Paylo, set up by two former Bainbridge auditors, lends to farms.")


def test_people_named_after_the_staff_noun_are_persons() -> None:
    got = types(
        "Loanly, set up in 2017 by former Harcourt consultants Dana Fiske and Omar Lidd, "
        "lends to bakeries."
    )
    assert got.get("Dana Fiske") == "Person" and got.get("Omar Lidd") == "Person", got


def test_a_former_role_at_a_company_is_still_read() -> None:
    # guard: a role, not a staff noun, follows the employer
    check(
        "Orlo Capital was founded by former Kestrel Bank chief executive Ann Lee.",
        [("ann-lee", "FOUNDED", "orlo-capital")],
        [("kestrel-bank", "FOUNDED", "orlo-capital")],
    )


# -- a capitalized word and a number: one designation -------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("The Class 810 trains were built by Pellow Rail for Linkways.", "Class 810", "Product"),
        # a class of warships is a procurement programme in the annotation conventions
        ("The navy ordered six Type 45 frigates from Harlow Yards.", "Type 45", "Project"),
        ("Vantor Motors sells the Model 3 van in Norway.", "Model 3", "Product"),
        ("Kite Media sold Channel 4 shares to Orlo Capital.", "Channel 4", "Organization"),
    ],
)
def test_a_word_and_a_number_make_one_name(text: str, name: str, etype: str) -> None:
    got = types(text)
    assert got.get(name) == etype, got
    assert name.split()[0] not in got, got  # never the word alone


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Orvel Pharma said the Phase 3 trial of its pill met its goal.", "Phase"),  # pharma
        ("Harlow Bank raised its Tier 1 capital ratio.", "Tier"),  # banking
        ("Drayton Foods said the plant meets ISO 9001 standards.", "ISO"),  # agriculture
        ("The Vision 2030 plan was backed by Orlo Capital.", "Vision"),  # government
        ("Orlo Motors says its trucks meet Euro 6 rules.", "Euro"),  # autos
        ("Tessa Airlines filed for Chapter 11 protection.", "Chapter"),  # aviation
    ],
)
def test_a_numbered_designation_is_no_entity(text: str, word: str) -> None:
    got = types(text)
    assert not [n for n in got if n.split()[0] == word], got


def test_a_year_after_a_name_stays_out_of_it() -> None:
    # guard: "Orlo 2024" is no name; Orlo is the company
    got = types("Kite Telecom beat Orlo Foods and Orlo 2024 sales fell.")
    assert "Orlo 2024" not in got, got


def test_a_numbered_designation_is_no_endpoint() -> None:
    check(
        "The Vision 2030 plan was backed by Orlo Capital.",
        [],
        [("orlo-capital", "FUNDS", "vision"), ("orlo-capital", "BACKS", "vision")],
    )


# -- capitalized phrases that are no entity: datelines, credits, regions, events, streets -------
@pytest.mark.parametrize(
    "text",
    [
        "KELDHAVN, March 3 (Harbour Desk) - Varno Energy said it would build a plant.",
        "Keldhavn (Harbour Desk) — Varno Energy said it would build a plant.",
        "KELDHAVN — Varno Energy said it would build a plant.",
    ],
)
def test_a_dateline_names_a_place_in_passing(text: str) -> None:
    assert types(text).get("Keldhavn", types(text).get("KELDHAVN")) == "Location"
    assert kept(text) == {"Varno Energy"}


def test_a_wire_credit_in_parentheses_is_no_entity() -> None:
    text = "Orlo Foods said it would close two bakeries (Harbour Desk)."
    assert "Harbour Desk" not in types(text)


def test_a_company_before_a_dash_is_no_dateline() -> None:
    # guard: only a dateline in capitals stands before a bare dash
    text = "Orlo Foods — the bakery chain — sued Kite Retail."
    assert types(text).get("Orlo Foods") == "Organization"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Varno Energy plans to expand across the Midlands.", "Midlands"),  # energy
        ("Orlo Retail runs stores throughout the Balkans.", "Balkans"),  # retail
    ],
)
def test_a_region_after_a_locative_phrase_is_a_place(text: str, region: str) -> None:
    assert types(text).get(region) == "Location"
    assert region not in kept(text)  # a place in passing


def test_a_name_modifying_a_noun_after_across_the_is_no_place() -> None:
    got = types("Kite Retail expanded across the Orlo network.")
    assert got.get("Orlo") != "Location", got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Orla Health showed the device at the Harlow Medical Conference.", "Harlow Medical"),
        ("Pellow Civil spoke at the Nordic Energy Summit.", "Nordic Energy"),
        ("Tessa Mill opened a shop on Kelso Road.", "Kelso"),
        ("Tessa Mill won at the Harlow Food Awards.", "Harlow Food"),
    ],
)
def test_events_and_streets_are_no_entities(text: str, phrase: str) -> None:
    assert not [n for n in types(text) if n.startswith(phrase)], types(text)


def test_a_company_named_for_a_road_is_an_entity() -> None:
    # guard: the street word is inside the name, not its last word
    assert types("Kelso Road Logistics bought Orlo Freight.").get("Kelso Road Logistics") == (
        "Organization"
    )


# -- organizations that look like people's names ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warren Research said Orlo Foods would gain.", "Warren Research"),  # research houses
        ("Victoria Airport was sold to Orlo Capital.", "Victoria Airport"),  # aviation
        ("Orlo Mining and Kite Metals will merge to form Jordan Hayes.", "Jordan Hayes"),  # mining
        ("Tessa Bank will be renamed Morgan Vale next year.", "Morgan Vale"),  # banking
        ("Brandt Hollis & Partners advised Orlo Foods.", "Brandt Hollis & Partners"),  # advisers
    ],
)
def test_an_organization_is_not_typed_person_by_its_shape(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


def test_a_person_after_a_verb_of_forming_stays_a_person() -> None:
    # guard: "formed" takes an organization; the founder is the subject, not the object
    got = types("Ann Lee formed Orlo Capital in 2004.")
    assert got.get("Ann Lee") == "Person" and got.get("Orlo Capital") == "Organization", got


def test_a_new_name_takes_the_relations_of_the_merged_company() -> None:
    check(
        "Orlo Mining and Kite Metals will merge to form Jordan Hayes. "
        "Jordan Hayes sued Tessa Bank on Monday.",
        [("jordan-hayes", "DISPUTES", "tessa-bank")],
        [],
    )


def test_a_fashion_line_is_a_product() -> None:
    got = types("Milla Rowe, the fashion line, is owned by Tessa Group.")
    assert got.get("Milla Rowe") == "Product", got


# -- number words, "ex-" employers, one-word regions, an organization arm ------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The carriers Seven and Wren compete with Kite Mobile.", ["Seven", "Wren"]),  # telecoms
        ("Kite Mobile competes with Seven, Wren and Orlo.", ["Seven", "Wren", "Orlo"]),
        ("The insurers Four and Halden cut their prices.", ["Four", "Halden"]),  # insurance
    ],
)
def test_a_capitalized_number_word_inside_a_sentence_is_a_name(text: str, names: list[str]) -> None:
    got = types(text)
    assert all(got.get(n) == "Organization" for n in names), got


def test_a_number_word_opening_a_sentence_stays_a_word() -> None:
    # guard: "Seven" opens the sentence; it counts the ships
    assert "Seven" not in types("Seven ships were sold to Orlo Shipping.")


def test_a_number_word_name_takes_its_relations() -> None:
    check(
        "The carriers Seven and Wren compete with Kite Mobile.",
        [("seven", "COMPETES_WITH", "kite-mobile"), ("wren", "COMPETES_WITH", "kite-mobile")],
        [],
    )


def test_an_ex_employer_takes_no_relation() -> None:
    text = "Taxly, launched by two ex-Fairholm accountants, is based in Omaha. Taxly grew fast."
    got = set(extract(text, CONFIG).relations)
    assert not [r for r in got if "fairholm" in (r[0], r[2])], sorted(got)
    assert types(text).get("Fairholm") == "Organization"


@pytest.mark.parametrize(
    "text",
    ["The Lowlands depend on Varno Energy.", "Varno Energy sells power in the Lowlands."],
)
def test_a_one_word_region_is_a_place(text: str) -> None:
    assert types(text).get("Lowlands") == "Location"


def test_a_named_arm_after_a_possessive_is_an_organization() -> None:
    # an organization noun after the name: an arm of the possessor, not its product
    check(
        "Harlow Bank's Digital Partnership arm invested in Orlo Foods.",
        [
            ("harlow-bank", "OWNS", "digital-partnership"),
            ("digital-partnership", "FUNDS", "orlo-foods"),
        ],
        [],
    )


def test_a_possessed_product_stays_a_product() -> None:
    # guard: a product noun after the name
    assert types("Pirel's Vaxo vaccine was approved.").get("Vaxo") == "Product"


def test_a_long_office_name_is_one_entity() -> None:
    got = types("The Office for Coastal Roads and Harbours awarded the contract to Pellow Civil.")
    assert "Office for Coastal Roads and Harbours" in got, got


# -- a league before a member noun; a shop named with a possessive -------------------------------
@pytest.mark.parametrize(
    ("text", "owner", "club", "league"),
    [
        (
            "Zadrin Vell, who owns the Super Rugby League side Dunmere Wolves, joined Tessa Bank.",
            "zadrin-vell",
            "dunmere-wolves",
            "super-rugby-league",
        ),
        (
            "Kell Holdings owns the Northern Hockey League club Ranvik Storm.",
            "kell-holdings",
            "ranvik-storm",
            "northern-hockey-league",
        ),
    ],
)
def test_a_league_before_its_member_is_no_endpoint(
    text: str, owner: str, club: str, league: str
) -> None:
    check(text, [(owner, "OWNS", club)], [(owner, "OWNS", league)])


def test_a_parent_before_a_unit_noun_keeps_its_relation() -> None:
    # guard: "unit" is no member noun; the group before it owns the unit
    check(
        "Orlo agreed to buy the Kite Group unit Harlow Mining.",
        [("orlo", "OWNS", "harlow-mining")],
        [("orlo", "OWNS", "kite-group")],
    )


def test_a_possessive_shop_name_is_one_entity() -> None:
    text = (
        "Sainsbury's said it would cut prices. "
        "Sainsbury's chief executive Ann Lee called Kite Foods a rival."
    )
    doc = extract(text, CONFIG)
    assert "Sainsbury's" in {e.name for e in doc.entities.values()}
    assert ("ann-lee", "LEADS", "sainsbury-s") in doc.relations, sorted(doc.relations)


def test_a_plain_possessive_stays_a_possessive() -> None:
    # guard: a noun follows "'s"
    assert types("Kite's chief executive resigned.").get("Kite") == "Organization"
    assert "Kite's" not in types("Kite's chief executive resigned.")


def test_the_country_before_a_noun_is_no_organization() -> None:
    # "The U.S." is the country, not a brand named for a place ("Mizuno Brasil")
    got = types("The U.S. government backed the Orlo Harbour project.")
    assert got.get("United States") == "Location" and "U.S." not in got, got
    check(
        "The U.S. government backed the Orlo Harbour project.",
        [],
        [("u-s", "BACKS", "orlo-harbour"), ("u-s", "FUNDS", "orlo-harbour")],
    )


# -- institutions named "X of Y" whose head word takes "of" ----------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Brotherhood of Rail and Harbour Workers called a strike at Kelso Ports.",
            "Brotherhood of Rail and Harbour Workers",
        ),  # shipping, unions
        (
            "The Organisation of Coastal Ferry Operators criticised Kelso Ports.",
            "Organisation of Coastal Ferry Operators",
        ),
        ("The Directorate of Fisheries fined Orlo Seafood.", "Directorate of Fisheries"),
        ("The Guild of Master Bakers sued Kite Foods.", "Guild of Master Bakers"),  # retail
        ("The Inspectorate of Mines closed the Kite Metals pit.", "Inspectorate of Mines"),
    ],
)
def test_an_institution_named_with_of_is_one_entity(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


def test_an_institution_and_a_company_stay_two() -> None:
    # guard: "A and B" stays two when B is a name on its own
    got = types("The Directorate of Fisheries and Kite Foods signed a deal.")
    assert "Directorate of Fisheries" in got and "Kite Foods" in got, got


# -- a place naming the kind of company: "the Tarrow shipbuilder" ---------------------------------
@pytest.mark.parametrize(
    ("text", "company", "place"),
    [
        ("Dunmere Yards, the Tarrow shipbuilder, won the order.", "dunmere-yards", "tarrow"),
        ("Kite Mutual, a Harlow insurer, cut its prices.", "kite-mutual", "harlow"),
        ("The Kellby brewer Orlo Ales sued Tessa Mill.", "orlo-ales", "kellby"),  # retail
        ("Velta Motors, the Brenna carmaker, hired Ann Lee.", "velta-motors", "brenna"),  # autos
    ],
)
def test_a_place_before_a_kind_of_company_is_where_it_is(
    text: str, company: str, place: str
) -> None:
    name = place.capitalize()
    assert types(text).get(name) == "Location", types(text)
    check(text, [(company, "LOCATED_IN", place)], [])


def test_a_product_before_maker_is_no_place() -> None:
    # guard: "the Vaxo maker" names what the company makes, not where it is
    text = "The Vaxo maker Pirel Labs sued Kite Pharma."
    assert types(text).get("Vaxo") != "Location", types(text)
    check(text, [], [("pirel-labs", "LOCATED_IN", "vaxo")])


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Orlo Solar won IRA subsidies for the plant.", "IRA"),  # energy
        ("Kite Foods gained ISO certification for its dairy.", "ISO"),  # agriculture
        ("Tessa Air must buy more ETS permits this year.", "ETS"),  # aviation
    ],
)
def test_an_acronym_naming_a_rule_is_no_entity(text: str, acronym: str) -> None:
    assert acronym not in types(text), types(text)


def test_an_acronym_naming_a_body_stays_an_entity() -> None:
    # guard: a contract is no rule noun
    assert types("The NHS contract went to Orlo Health.").get("NHS") == "Organization"


def test_a_venture_arm_named_apart_from_its_parent_stays_apart() -> None:
    text = "Velora is a bank in Tarrow. Velora Next invested in Orlo Foods. Velora Next led it."
    got = types(text)
    assert "Velora" in got and "Velora Next" in got, got


def test_a_company_named_by_its_first_word_is_still_one() -> None:
    # guard: "Zentro" alone is Zentro Home
    text = "Zentro Home sued Kite Retail. Zentro said it would win."
    assert "Zentro" not in types(text) and "Zentro Home" in types(text)


# -- government bodies ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "The Welsh Government backed the Orlo Harbour project.",
            ("welsh-government", "BACKS", "orlo-harbour"),
        ),  # government
        (
            "The Scottish Government sued Kite Ferries.",
            ("scottish-government", "DISPUTES", "kite-ferries"),
        ),  # shipping
        (
            "The Government of Tarrow owns 40% of Orlo Energy.",
            ("government-of-tarrow", "OWNS", "orlo-energy"),
        ),  # energy
    ],
)
def test_a_named_government_is_an_organization(text: str, relation: tuple[str, str, str]) -> None:
    check(text, [relation], [])


def test_the_government_alone_is_no_name() -> None:
    # guard: "The Government" opening a sentence names no particular body
    assert not types("The Government sued Kite Ferries.").keys() - {"Kite Ferries"}


def test_a_union_named_a_and_b_workers_is_one_entity() -> None:
    text = (
        '"This is a lifeline," said Peter Ode of the Shipbuilding and Engineering Workers\' Union.'
    )
    got = types(text)
    assert "Shipbuilding and Engineering Workers' Union" in got, got


def test_two_companies_joined_by_and_stay_two() -> None:
    # guard: the second part ends in an organization word, not a public-body word
    got = types("Orlo and Kite Freight Workers agreed a deal.")
    assert "Orlo" in got, got


def test_a_wire_credit_opened_by_a_demonym_is_no_entity() -> None:
    text = "OSLO, March 4 (Nordic Wire) - Pirel Labs said its vaccine was approved."
    assert not [n for n in types(text) if "Wire" in n], types(text)


def test_people_after_a_staff_noun_and_a_comma_are_persons() -> None:
    text = (
        "Pirel Labs, founded by two former Kairo scientists, Lene Moe and Arvid Lund, "
        "sells vaccines."
    )
    got = types(text)
    assert got.get("Arvid Lund") == "Person" and got.get("Lene Moe") == "Person", got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kairo Pharma's Shinvax shot sold $3 billion last year.", "Shinvax"),  # pharma
        ("Vantor Bio expects a decision on the VT-12 jab by June.", "VT-12"),
    ],
)
def test_a_shot_or_jab_names_a_product(text: str, name: str) -> None:
    assert types(text).get(name) == "Product", types(text)


def test_a_congress_is_an_event() -> None:
    text = "Pirel Labs will present data at the European Vaccine Congress in Vienna."
    assert not [n for n in types(text) if "Congress" in n], types(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The fund is run by former banker Ines Lord, the club said.", "Ines Lord"),  # football
        ("Farmer Tom King sued Glenmoor Foods over late payments.", "Tom King"),  # agriculture
    ],
)
def test_a_title_word_after_a_given_name_is_a_surname(text: str, person: str) -> None:
    assert types(text).get(person) == "Person", types(text)


def test_a_title_before_a_name_stays_a_title() -> None:
    # guard: "Lord" opens "Lord Ashby", a peer's title
    got = types("Lord Ashby backed the Orlo Harbour project.")
    assert "Ashby" in got or "Lord Ashby" in got, got
    assert got.get("Ashby", got.get("Lord Ashby")) == "Person", got


def test_a_competition_named_by_its_kind_is_no_entity() -> None:
    text = "Brindle Rovers, the Championship club, was bought by Ostara Sports Partners."
    assert "Championship" not in types(text), types(text)


def test_an_organization_word_alone_is_the_club_it_ends() -> None:
    text = (
        "Brindle Rovers was bought by Ostara Sports Partners. "
        "Rovers, who play at Kettle Lane, were relegated in 2022."
    )
    doc = extract(text, CONFIG)
    names = {e.name: e.aliases for e in doc.entities.values()}
    assert "Rovers" not in names and "Rovers" in names["Brindle Rovers"], names


def test_a_merged_company_is_not_its_parties() -> None:
    text = (
        "Kestrel Bank and Tessa Mutual agreed to merge. The combined group will be called "
        "Kestrel Tessa. Kestrel chief executive Sarah Chancellor will lead it."
    )
    doc = extract(text, CONFIG)
    names = {e.name: e.aliases for e in doc.entities.values()}
    assert "Kestrel Bank" in names and "Kestrel Tessa" in names, names
    assert "Kestrel" not in names["Kestrel Tessa"], names


def test_a_union_described_as_such_is_an_organization() -> None:
    assert types("Unite, the union, criticised the plan.").get("Unite") == "Organization"


def test_a_stock_index_is_no_entity() -> None:
    assert not [n for n in types("Shares of Kestrel Bank rose 4% on the FTSE 250.") if "FTSE" in n]


def test_a_plus_brand_does_not_split_its_company() -> None:
    text = (
        "Dunmore Media Inc. agreed to buy Orla Streaming, adding subscribers to its Dunmore+ "
        "service. Dunmore's chief executive, Karen Osei, said the deal would help."
    )
    doc = extract(text, CONFIG)
    assert "Dunmore" not in {e.name for e in doc.entities.values()}
    assert ("karen-osei", "LEADS", "dunmore-media") in doc.relations, sorted(doc.relations)


@pytest.mark.parametrize(
    "text",
    [
        "Orla Streaming, founded in 2016 by Priya Nand and Jonas Ek, runs a video app.",  # media
        "Kelp Farms was co-founded by Arvid Lund, Lene Moe and Sander Quist.",  # agriculture
    ],
)
def test_founders_named_after_by_are_persons(text: str) -> None:
    got = types(text)
    founders = [n for n in got if n not in ("Orla Streaming", "Kelp Farms")]
    assert founders and all(got[n] == "Person" for n in founders), got


def test_a_founding_company_stays_an_organization() -> None:
    # guard: an organization word makes the founder a company
    got = types("Orla Labs was founded in 2019 by Kite Media and Tessa Capital.")
    assert got.get("Kite Media") == "Organization" and got.get("Tessa Capital") == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norsk Air competes with SAS and Norwegian Air Shuttle.", "Norwegian Air Shuttle"),
        ("Kite Power sold the plant to Scottish Power.", "Scottish Power"),  # energy
    ],
)
def test_a_nationality_opening_an_organization_name_stays_in_it(text: str, name: str) -> None:
    assert types(text).get(name) == "Organization", types(text)


def test_a_nationality_before_a_plain_name_is_no_part_of_it() -> None:
    # guard: no organization word follows the nationality
    got = types("The deal was signed by Norwegian Hanne Vik and Orlo Bank.")
    assert "Norwegian Hanne Vik" not in got, got


def test_a_person_described_with_a_company_inside_the_phrase() -> None:
    got = types("Tessa Farms is run by Ola Brekke, a former Norsk Air pilot.")
    assert got.get("Ola Brekke") == "Person", got


def test_a_company_described_as_another_companys_investor_stays_a_company() -> None:
    # guard: "investor" is a role companies hold too
    got = types("Harlow Ventures, a Kite Media investor, sold its stake.")
    assert got.get("Harlow Ventures") == "Organization", got


def test_a_place_before_a_dairy_cooperative_is_a_place() -> None:
    text = "Tessa Farms, the Kellby dairy cooperative, will supply Norsk Air."
    assert types(text).get("Kellby") == "Location", types(text)
