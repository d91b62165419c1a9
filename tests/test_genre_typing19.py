"""Genre bank for persons, products and places typed as organizations (typing19).

A name after a person's bare job phrase that a person-only agent verb governs is a person
("chaired by broker Ivo Stark", "coached by former trader X"); a firm's job in an appositive
("a Tarvin fund manager") gives its head noun ("fund") no Organization vote, and the job at an
employer ("a fund manager at Orlo Capital") makes a person. A person's occupation opening a
sentence is no part of the name ("Landlord Tavish Morrow sold ..."). A one-word name between "the"
and a trade noun, followed by a firm's name, is that firm's town ("the Redditch foundry Kestel
Forge"), and so is a name after a ranked site ("operates three sheds, the biggest one at
Tarvin"). "The two kettles" / "both scooters" refer to the two latest products, whose rivalry is
with each other. Guards: a firm's job before a firm-shaped name, a parent before a unit noun, a
nationality before "bank", a maker's brand, a generic "group", a ranked thing that is no site,
a pair of firms.

Invented texts across finance, foods, sport, energy, metals, leather, dairy, brewing, homes,
appliances, transport and textiles.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

TYPES: list[TypeCase] = [
    (  # finance: "chaired by" a bare firm's job
        "Orlo Foods is chaired by broker Ivo Stark.",
        {"Ivo Stark": "Person", "Orlo Foods": "Organization"},
        [],
    ),
    (  # sport: "coached by" a modified job
        "Kelso Rovers are coached by former trader Anselme Ruby.",
        {"Anselme Ruby": "Person"},
        [],
    ),
    (  # asset management: two job words, a time span before "by"
        "The Tarn pension scheme, chaired for a decade by veteran fund manager Ulla Berg, sold "
        "its stake in Corvel Air.",
        {"Ulla Berg": "Person"},
        [],
    ),
    (  # finance: a firm's job at an employer
        "Ulla Berg, a fund manager at Orlo Capital, said the bid was too low.",
        {"Ulla Berg": "Person", "Orlo Capital": "Organization"},
        [],
    ),
    (  # energy: "with" an employer
        "Brann Teller, an energy trader with Kessock Power, said prices would rise.",
        {"Brann Teller": "Person", "Kessock Power": "Organization"},
        [],
    ),
    (  # property: an occupation opening the sentence is no part of the name
        "Landlord Tavish Morrow sold the site to Orlo Foods.",
        {"Orlo Foods": "Organization"},
        ["Landlord Tavish Morrow"],
    ),
    (  # metals: a town before a trade noun and the firm's name
        "The Redditch foundry Kestel Forge cut 40 jobs.",
        {"Redditch": "Location", "Kestel Forge": "Organization"},
        [],
    ),
    (  # leather: adjectives between "the" and the town
        "The small Tarvin tannery Orr Leathers supplies Kelso Shoes.",
        {"Tarvin": "Location", "Orr Leathers": "Organization"},
        [],
    ),
    (  # metals: a town after a ranked site
        "Kestel Forge operates three sheds, the biggest one at Tarvin.",
        {"Tarvin": "Location", "Kestel Forge": "Organization"},
        [],
    ),
    (  # appliances: the two products
        "Amberline Appliances sued Kettle Co, alleging that Kettle Co's Brisa kettle copies its "
        "Solace kettle.",
        {"Brisa": "Product", "Solace": "Product", "Amberline Appliances": "Organization"},
        [],
    ),
    (  # guard, asset management: a firm's job before a firm-shaped name
        "The asset manager Lumen Ardent sold its stake in Corvel Air.",
        {"Lumen Ardent": "Organization"},
        [],
    ),
    (  # guard, finance: a firm's job in an appositive, no employer: no person
        "Lumen Ardent, a fund manager, sold its stake in Corvel Air.",
        {"Lumen Ardent": "Organization"},
        [],
    ),
    (  # guard, tech: a parent before a unit noun
        "The Velmar unit Orlo Tech cut jobs.",
        {"Orlo Tech": "Organization", "Velmar": "Organization"},
        [],
    ),
    (  # guard, banking: a nationality before "bank"
        "The Dutch bank Kesta Finans lent money to Orlo Foods.",
        {"Kesta Finans": "Organization"},
        ["Dutch"],
    ),
    (  # guard, confectionery: a maker's brand
        "The Orso chocolate maker Kesta Sweets raised prices.",
        {"Kesta Sweets": "Organization"},
        [],
    ),
]

# what a name given the wrong type cost or would cost in relations
RELATIONS: list[Case] = [
    (  # finance: the chair leads
        "Orlo Foods is chaired by broker Ivo Stark.",
        [("ivo-stark", "LEADS", "orlo-foods")],
        [],
    ),
    (  # foods: bought the firm, not the town; the firm is in the town
        "Orlo Foods bought the Redditch foundry Kestel Forge in May.",
        [("orlo-foods", "OWNS", "kestel-forge"), ("kestel-forge", "LOCATED_IN", "redditch")],
        [("orlo-foods", "OWNS", "redditch")],
    ),
    (  # homes: a pottery
        "Tamsin Homes bought the Brimsby pottery Hale Ware last year.",
        [("tamsin-homes", "OWNS", "hale-ware"), ("hale-ware", "LOCATED_IN", "brimsby")],
        [("tamsin-homes", "OWNS", "brimsby")],
    ),
    (  # dairy: a creamery that sues
        "The Kelby creamery Dunlow Dairy sued Orlo Foods over unpaid bills.",
        [("dunlow-dairy", "LOCATED_IN", "kelby"), ("dunlow-dairy", "DISPUTES", "orlo-foods")],
        [("kelby", "DISPUTES", "orlo-foods")],
    ),
    (  # metals: the ranked site locates its operator; no town owned
        "Kestel Forge operates three sheds, the biggest one at Tarvin.",
        [("kestel-forge", "LOCATED_IN", "tarvin")],
        [("kestel-forge", "OWNS", "tarvin")],
    ),
    (  # foods: without "one"
        "Orlo Foods runs four bakeries, the largest at Dunholt.",
        [("orlo-foods", "LOCATED_IN", "dunholt")],
        [],
    ),
    (  # haulage: a place phrase of common words between the sites and the rank
        "Dunlow Haulage operates six depots across the county, the largest near Brimsby.",
        [("dunlow-haulage", "LOCATED_IN", "brimsby")],
        [],
    ),
    (  # guard, farming: a name in the place phrase stops the reading
        "Orvane Fruit runs nine sheds in the Kelby valley, the biggest one at Tarvin.",
        [],
        [("orvane-fruit", "LOCATED_IN", "kelby")],
    ),
    (  # appliances: the two kettles compete, not the plaintiff
        "Amberline Appliances sued Kettle Co, alleging that Kettle Co's Brisa kettle copies its "
        "Solace kettle. The two kettles are direct rivals in supermarkets.",
        [("brisa", "COMPETES_WITH", "solace")],
        [("brisa", "COMPETES_WITH", "amberline-appliances")],
    ),
    (  # transport: "both scooters"
        "Vexa Motors makes the Zeal scooter. Orbi Mobility makes the Dart scooter. Both scooters "
        "are sold in Lisbon.",
        [],
        [("vexa-motors", "COMPETES_WITH", "orbi-mobility")],
    ),
    (  # guard, bakeries: a pair of firms still competes
        "Orlo Foods and Kesta Bakes make bread. The two firms are direct rivals.",
        [("orlo-foods", "COMPETES_WITH", "kesta-bakes")],
        [],
    ),
    (  # brewing: a way of trading between the town and the trade noun
        "Kelso Ales sells lager. Brinton Brewing, the Ashby contract brewer that competes with "
        "Kelso Ales, raised prices.",
        [
            ("brinton-brewing", "LOCATED_IN", "ashby"),
            ("brinton-brewing", "COMPETES_WITH", "kelso-ales"),
        ],
        [("ashby", "COMPETES_WITH", "kelso-ales")],
    ),
    (  # groceries: "independent"
        "Dunlow Stores, the Kelby independent grocer, was bought by Orlo Foods.",
        [("dunlow-stores", "LOCATED_IN", "kelby"), ("orlo-foods", "OWNS", "dunlow-stores")],
        [("orlo-foods", "OWNS", "kelby")],
    ),
    (  # confectionery: a maker's town in apposition (placemod22: measured, the real
        # appositives of this shape name towns; "the Orso chocolate maker X" stays unread)
        "Tamsin Sweets, the Orso chocolate maker, raised prices.",
        [("tamsin-sweets", "LOCATED_IN", "orso")],
        [],
    ),
    (  # guard, finance: a ranked thing that is no site
        "Kesta Capital sold three stakes, the biggest at Orlo Foods.",
        [],
        [("kesta-capital", "LOCATED_IN", "orlo-foods")],
    ),
    (  # textiles: a possessed product
        "Pennock Mills said its Heather travel rug sold well.",
        [("pennock-mills", "OWNS", "heather")],
        [],
    ),
]

# constructions not read yet: each case names what is missing
TYPE_GAPS: list[TypeCase] = [
    (  # a capitalised descriptor opening a sentence, no place
        "Showroom consultancy Hadley & Co advised Kestel Forge.",
        {"Hadley & Co": "Organization"},
        ["Showroom"],
    ),
    (  # a plural of goods after "the Name" with no possessor
        "Pennock Mills makes blankets. The Heather travel rugs sold well this winter.",
        {"Heather": "Product"},
        [],
    ),
    (  # a firm's job opening the sentence before an unknown given name and "said"
        "Broker Ivo Stark said the bid was low.",
        {"Ivo Stark": "Person"},
        [],
    ),
]
GAPS = {
    "Showroom consultancy": "a capitalised common noun opening a sentence before a place head "
    "('Showroom consultancy X') is read as a town, as 'Hoboken startup X' is (no word list "
    "tells common nouns from unknown towns)",
    "Pennock Mills makes blankets. The Heather": "'the Name <modifier> <plural good>' with no "
    "possessor: no list of goods types 'rugs'",
    "Broker Ivo Stark": "a firm's job ('broker') before an unknown given name types no person "
    "(`firm_titles`: 'Shipbroker Dunsley Maybury said' is a firm)",
}


@pytest.mark.parametrize(
    ("text", "must", "must_not"), gap_params(TYPES + TYPE_GAPS, GAPS, spread=True)
)
def test_typing19_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


@pytest.mark.parametrize("case", gap_params(RELATIONS, GAPS))
def test_typing19_relations(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)
