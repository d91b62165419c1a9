"""Entity detection and typing: which capitalized phrases are entities, of which type, and which
name forms are one entity. Every sentence is invented; the sectors and name origins vary on
purpose, and each construction has guards (names that look alike but must not change type)."""

from __future__ import annotations

import pytest

from loaders.article import extract
from loaders.config import ExtractionConfig
from tests.construction_check import kept, types

CONFIG = ExtractionConfig()


def aliases(text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in extract(text, CONFIG).entities.values()}


# -- people whose given name no list knows -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a quote given to the name (aviation, banking, agriculture)
        ('"We have turned the corner," said Tomasz Wielgosz.', "Tomasz Wielgosz"),
        (
            '"Margins will recover," said Oyelaran Adebisi, an analyst at Kessler Ramsay.',
            "Oyelaran Adebisi",
        ),
        (
            "\u201cThe harvest was poor,\u201d said retired nurse Oluwaseun Adebe.",
            "Oluwaseun Adebe",
        ),
        # verbs only people take (shipping, mining, telecoms)
        ("Chukwuemeka Obi resigned from the board of Zenith Freight.", "Chukwuemeka Obi"),
        ("Oyelaran Adebisi sold his stake in Harlow Mining.", "Oyelaran Adebisi"),
        ("Yerlan Temirbekov, 61, died on Sunday in Almaty.", "Yerlan Temirbekov"),
        ("Hyun-woo Baek stepped down as head of the network unit.", "Hyun-woo Baek"),
        # a title or role set off by commas before the name (mining, government, football)
        ("Chile's mining minister, Rodrigo Salas, endorsed the Llareta project.", "Rodrigo Salas"),
        ("The insurer's chairwoman, Aurelija Vaitkus, backed the sale.", "Aurelija Vaitkus"),
        # occupations and peerages as titles (healthcare, politics, farming)
        ("Local councillor Mira Dunne criticised the Harbour Homes plan.", "Mira Dunne"),
        ("Baroness Imelda Tarle backed the bid for Keswin Bank.", "Imelda Tarle"),
        ("Farmer Ewan Ruddock sued Glenmoor Foods over late payments.", "Ewan Ruddock"),
        # kin (retail)
        ("Anselm Quaye and his daughter opened Quaye Stores in 1998.", "Anselm Quaye"),
    ],
)
def test_a_person_is_typed_by_construction_not_by_a_name_list(text: str, person: str) -> None:
    assert types(text).get(person) == "Person", types(text)


def test_a_surname_alone_types_the_full_name_it_ends() -> None:
    text = (
        "Tomasz Wielgosz joined Norsk Vindel from a rival in 2019. "
        "Wielgosz resigned on Friday, the airline said."
    )
    assert types(text)["Tomasz Wielgosz"] == "Person"
    assert aliases(text)["Tomasz Wielgosz"] == ["Wielgosz"]


def test_a_surname_named_beside_the_full_name_is_another_entity() -> None:
    text = "Oyelaran Adebisi founded Adebisi in 2009. Adebisi now sells seeds across Ghana."
    assert "Adebisi" not in aliases(text)["Oyelaran Adebisi"]


def test_a_reporting_clause_is_no_appositive() -> None:
    text = (
        "The club was bought by Dwayne Holloway-Pryce, the club said on Thursday. "
        "Holloway-Pryce said he would build a stadium."
    )
    assert types(text)["Dwayne Holloway-Pryce"] == "Person"
    assert aliases(text)["Dwayne Holloway-Pryce"] == ["Holloway-Pryce"]


def test_he_or_she_opening_the_next_sentence_types_its_subject() -> None:
    text = "Ingeborg Salvesen joined the insurer in 2015. She now runs its claims unit."
    assert types(text)["Ingeborg Salvesen"] == "Person"


def test_a_two_word_surname_folds_into_the_full_name() -> None:
    text = (
        "Harlow Mining chief executive Siobhan Ni Bhriain said the mine would reopen. "
        "Ni Bhriain added that the permit had been granted."
    )
    assert aliases(text).get("Siobhan Ni Bhriain") == ["Ni Bhriain"]


def test_credit_lines_and_bylines_name_people_and_nothing_else() -> None:
    text = (
        "Harlow Mining buys Qalat Copper\n\nBy Anouk Brel and Sami Korr, Harbour Desk\n\n"
        "Harlow Mining agreed to buy Qalat Copper on Monday.\n\n"
        "By 2030, Harlow Mining will double its output.\n\n"
        "(Reporting by Ilse Varnow in Gdansk; Editing by Piet Ollen and Jan Harvey)\n"
    )
    found = types(text)
    for person in ("Anouk Brel", "Sami Korr", "Ilse Varnow", "Piet Ollen", "Jan Harvey"):
        assert found[person] == "Person", found
    assert "Gdansk" not in found  # the reporter's place is no entity
    assert "Harbour Desk" not in found  # nor the credited desk
    assert found["Harlow Mining"] == "Organization"


# -- guards: organizations and places that look like people -------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ('"Demand is strong," said Morgan Stanley.', "Morgan Stanley", "Organization"),
        ('"Orders are up," said Johnson Controls.', "Johnson Controls", "Organization"),
        ("Ford said it would recall the pickups.", "Ford", "Organization"),
        ("Harlow Mining opened an office in Jordan last year.", "Jordan", "Location"),
        ("Jordan Pike, chief executive of Sentrova, said he was pleased.", "Jordan Pike", "Person"),
        ("Milan Novak, chief executive of Qalat, said so.", "Milan Novak", "Person"),
        ("Harlow opened a plant in Milan, its chief executive said.", "Milan", "Location"),
        ("Harlow Mining opened an office in Sri Lanka.", "Sri Lanka", "Location"),
        (
            "The fund Ashby Partners bought a stake in Qalat Copper.",
            "Ashby Partners",
            "Organization",
        ),
        ("Ashford Athletic is owned by Dalmore Holdings.", "Ashford Athletic", "Organization"),
        # a quote from a company whose name ends in an organization word stays the company's
        ('"We will appeal," said Glenmoor Foods.', "Glenmoor Foods", "Organization"),
    ],
)
def test_guards_keep_organizations_and_places(text: str, name: str, etype: str) -> None:
    assert types(text).get(name) == etype, types(text)


# -- places no list knows ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Velmar Energy runs a battery factory in Pellingford.", "Pellingford"),
        ("Velmar Energy will build a plant near Tarrowgate.", "Tarrowgate"),
        ("The Kestrel mine lies 40 km north of Calvara.", "Calvara"),
        ("The port of Kelmstad handled two million containers.", "Kelmstad"),
        ("Norsk Vindel flies to Oslo near Dunmere and Halvik.", "Halvik"),
    ],
)
def test_a_place_is_typed_by_its_construction(text: str, place: str) -> None:
    assert types(text).get(place) == "Location", types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Velmar Energy took a 20% stake in Dunmere last year.",
        "Velmar Energy invested $5 million in Dunmere.",
        "Shares in Dunmere rose 4%.",
    ],
)
def test_in_after_a_stake_or_an_investment_is_no_place(text: str) -> None:
    assert types(text).get("Dunmere") != "Location", types(text)


# -- long names ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Fisheries, Ports and Coastal Affairs criticised the plan.",
            "Ministry of Fisheries, Ports and Coastal Affairs",
        ),
        (
            "The Department for Farming and Rural Affairs owns 33% of Graincorp.",
            "Department for Farming and Rural Affairs",
        ),
        ("Friends of the Marshes sued Dornway Energy.", "Friends of the Marshes"),
        ("Voters for Clean Rivers backed the protest.", "Voters for Clean Rivers"),
        ("Save the Kell Estuary sued Dornway Energy.", "Save the Kell Estuary"),
        ("Fennwick agreed to buy Cremlow Farmers on Tuesday.", "Cremlow Farmers"),
        ("The Irish Farmers' Association criticised the deal.", "Irish Farmers' Association"),
        (
            "The Competition and Consumer Protection Commission cleared it.",
            "Competition and Consumer Protection Commission",
        ),
        (
            "The Competition and Markets Authority cleared the deal.",
            "Competition and Markets Authority",
        ),
        (
            "The National Union of Journalists accused Brightwater Media.",
            "National Union of Journalists",
        ),
        ("Halden's chief executive, Pieter van der Berg, said so.", "Pieter van der Berg"),
        ("Shares in Banco do Nordeste rose on Tuesday.", "Banco do Nordeste"),
        (
            "The Royal Society for the Protection of Birds sued Harlow Mining.",
            "Royal Society for the Protection of Birds",
        ),
        ("The Ministry of Economy and Finance backed Qalat.", "Ministry of Economy and Finance"),
        # a dateline in capitals glued to the first name is no part of it
        ("CARDIFF Harlow Mining sued Qalat Copper on Monday.", "Harlow Mining"),
    ],
)
def test_long_names_run_across_connectors(text: str, name: str) -> None:
    found = {n.removeprefix("The ") for n in types(text)}
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a part that is a name of its own is not listed into the institution
        (
            "The Department of Energy and Harlow Mining signed the grant.",
            {"Department of Energy", "Harlow Mining"},
        ),
        ("Oakhurst and Delmara Capital led the round.", {"Oakhurst", "Delmara Capital"}),
        # one word before a possessive owns what follows
        ("Tray's Holdco Group owns Harbour Homes.", {"Tray", "Holdco Group", "Harbour Homes"}),
        ("He met the U.S. Department of Energy and Bank of Maple.", {"Bank of Maple"}),
        ("ASML Holding said sales rose.", {"ASML Holding"}),
        # a known place ending a brand's name is part of it; a person's name is not a brand
        ("Helvetia Zurich said profits rose.", {"Helvetia Zurich"}),
        ("Ines Corr flew from Oslo to Zurich.", {"Ines Corr", "Oslo", "Zurich"}),
        # named side by side, a short and a long form are two entities
        (
            "Mizuno Next, the venture arm of Mizuno, invested in Fendl. Mizuno makes engines.",
            {"Mizuno Next", "Mizuno"},
        ),
        (
            "Tovar Air, a unit of Tovar, ordered jets. Tovar Air flies to Oslo.",
            {"Tovar Air", "Tovar"},
        ),
    ],
)
def test_separate_names_stay_separate(text: str, names: set[str]) -> None:
    found = {n.removeprefix("The ") for n in types(text)}
    assert names <= found, found


# -- what is no entity ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "not_entity"),
    [
        ("The Clean Air Act hit Harlow Mining hard.", "Clean Air Act"),
        ("Storm Ciara closed the Harlow Mining pier.", "Storm Ciara"),
        ("The World Cup sponsor Vantel said sales rose.", "Cup"),
        ("The Ghanaian miner Asante Gold agreed a deal.", "Ghanaian"),
        ("11:40 PT — Orbix unveiled a new SUV.", "SUV"),
        ("Neither Orbix nor Halden commented.", "Neither Orbix"),
        ("Local MP Jon Tray criticised Harbour Homes.", "Local MP Jon Tray"),
        ("Back in her office, Ines Corr reads the Harlow Mining report.", "Back"),
    ],
)
def test_capitalized_phrases_that_are_no_entities(text: str, not_entity: str) -> None:
    found = types(text)
    assert not_entity not in found, found
    assert found  # the sentence's real names are still found


# -- products and projects -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Harlow Mining launched Project Lantern in 2021.", "Project Lantern", "Project"),
        ("Osprit Power will fund the Corrie Flats Wind Farm.", "Corrie Flats Wind Farm", "Project"),
        ("The Kellwick Initiative will train 500 welders.", "Kellwick Initiative", "Project"),
        ("Corrigan Bio said its anticoagulant, Veltrix, passed a trial.", "Veltrix", "Product"),
        (
            "The plan was opposed by Stop the Harbour Tunnel.",
            "Stop the Harbour Tunnel",
            "Organization",
        ),
        ("Brenhollow Council approved the Dunmoor arena on Monday.", "Dunmoor", "Project"),
        # places by their own last or first word, even after a given name
        ("The plant will sit in Bryan County, west of the port.", "Bryan County", "Location"),
        ("Nebulon's office is in the Mission District.", "Mission District", "Location"),
        ("Helix surveys the Gulf of Maine for Ostrel.", "Gulf of Maine", "Location"),
        # a known company's arm keeps its name
        ("Nvidia and Salesforce Ventures also took part.", "Salesforce Ventures", "Organization"),
        # a place noun modifying the descriptor is no place: "the state miner"
        (
            "Empresa Vial del Norte, the state miner, said so.",
            "Empresa Vial del Norte",
            "Organization",
        ),
        (
            "The Coastal Georgia Jobs Council backed the port.",
            "The Coastal Georgia Jobs Council",
            "Organization",
        ),
    ],
)
def test_projects_and_products_by_their_own_words(text: str, name: str, etype: str) -> None:
    assert types(text).get(name) == etype, types(text)


def test_a_product_named_after_its_maker_stays_apart_from_it() -> None:
    text = (
        "Drayton Motors unveiled its new pickup, the Drayton Hauler, on Tuesday. "
        "Drayton said the Hauler would go on sale in May."
    )
    found = types(text)
    assert found["Drayton Motors"] == "Organization"
    assert found["Drayton Hauler"] == "Product"
    assert aliases(text)["Drayton Hauler"] == ["Hauler"]


# -- jobs that firms hold as often as people type no holder (`firm_titles`) ----------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Its biggest holder, the fund manager Orrick Valmer, owns 6% of the chain.",
            "Orrick Valmer",
        ),  # asset management
        ("Shipbroker Dunsley Maybury said rates would rise.", "Dunsley Maybury"),  # shipping
        ("The energy trader Vantor Halse bought the cargo.", "Vantor Halse"),  # energy
        ("Proxy adviser Glass Remy opposed the pay plan at Orlo Bank.", "Glass Remy"),
        ("Halden Bank's financial adviser is Corrow Brandt, the bank said.", "Corrow Brandt"),
        ("The asset manager Lumen Ardent sold its stake in Corvel Air.", "Lumen Ardent"),
    ],
)
def test_a_job_firms_hold_too_types_no_person(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Star fund manager Nick Varley sold his stake in Orlo Foods.", "Nick Varley"),
        ("Portfolio manager Ana Brisk said Orlo Foods was cheap.", "Ana Brisk"),  # a person's job
        ("Mira Castell, a trader at Halden Bank, said she had sold.", "Mira Castell"),
    ],
)
def test_a_person_with_such_a_job_stays_a_person(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Person", got


def test_a_name_whose_family_is_named_is_a_person() -> None:
    got = types("Investors backed Sunniva Eikrem, whose family controls Eikrem Shipping.")
    assert got.get("Sunniva Eikrem") == "Person", got
    assert got.get("Eikrem Shipping") == "Organization", got


def test_a_company_whose_family_of_brands_is_named_stays_a_company() -> None:
    got = types("Investors backed Orlo Tessa, whose family of brands includes Kesta Soap.")
    assert got.get("Orlo Tessa") != "Person", got


# -- what follows a reporting verb ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Regulex says it will check the winner's debt.",  # a regulator opening a sentence
        "Tarrow said its margins rose in the first half.",  # retail
    ],
)
def test_a_name_saying_it_will_is_a_firm(text: str) -> None:
    got = types(text)
    assert list(got.values()) == ["Organization"], got


def test_a_name_saying_it_was_gets_no_firm_vote() -> None:
    # guard: "said it was a good deal" is said by people too
    from loaders.lexicon import Lexicon
    from loaders.mentions import analyze

    a = analyze("Varne said it was a good deal for Orlo Bank.", 0, Lexicon.load())
    assert "Organization" not in a.cands[0].votes, a.cands[0].votes


def test_a_possessor_after_said_is_not_the_speaker() -> None:
    got = types("Velden Chemicals' chief executive, Ana Ruiz, said Velden's plants would reopen.")
    assert got.get("Velden") != "Person", got
    assert got.get("Ana Ruiz") == "Person", got


def test_general_manager_is_a_title_not_a_firm_opener() -> None:
    got = types("Harlow Mining General Manager Pia Lund said output rose.")
    assert got.get("Harlow Mining") == "Organization" and got.get("Pia Lund") == "Person", got


# -- a lone sentence opener listed with other names ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brenna, Sainsbury's, Asda and Morrisons cut prices.", "Brenna"),  # retail
        ("Verdana and Kosmo, neither of which has a diet drug, are tipped as buyers.", "Verdana"),
        ("Tamsk and Orrow Shipping plan to merge.", "Tamsk"),  # shipping
    ],
)
def test_a_listed_opener_is_a_name(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "Organization", got


def test_an_opening_adverb_before_a_comma_is_no_name() -> None:
    got = kept("Elsewhere, Kesta Foods rose.")
    assert got == {"Kesta Foods"}, got


# -- names listed after a plural product noun are products ----------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The shooter competes with titles such as Rust Hollow and Pale Tide.",
            ["Rust Hollow", "Pale Tide"],
        ),  # gaming
        ("Orlo Pharma sells drugs including Slimra and Leantide.", ["Slimra", "Leantide"]),
        (
            "Kesta competes with games like Rust Hollow, Pale Tide and Ember.",
            ["Rust Hollow", "Pale Tide", "Ember"],
        ),
    ],
)
def test_names_listed_after_product_nouns_are_products(text: str, names: list[str]) -> None:
    got = types(text)
    assert all(got.get(n) == "Product" for n in names), got


def test_names_listed_after_rivals_stay_organizations() -> None:
    got = types("Rivals such as Kesta Foods and Brisa Dairy cut prices.")
    assert got.get("Kesta Foods") == "Organization" and got.get("Brisa Dairy") == "Organization"
