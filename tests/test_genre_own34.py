"""Genre bank for a parent named after a role noun of ownership (round 34).

"X, the local unit of Austria's Kapfen Group": a place's possessive before the parent's name
("Austria's", "Vienna's") names the parent's home, and the parent is the firm after it, not
the place (`role._past_place_modifier`). "X, a unit of the Danish poultry co-operative Hedelund":
a hyphenated word in the parent's descriptor ("co-operative", "state-owned", "family-owned")
does not stop the walk to the parent's name (`role._object_of_role`). "Brisk was rescued by
Kelso Capital, the Glasgow private equity firm, which holds 41% of the carrier": a name that
modifies up to three nouns of an appositive before ", which" would leave the relative to the
name before the appositive (`nav._relative_start`, as for "that"): tried and not kept (its
new readings on TUNE were wrong: the relative's "the airline" then went to the wrong firm), so
its cases are strict gaps.

Guards: a former, planned or denied unit, a supplier, customer or rival of the parent, a
relative clause of intent, a stake sold or once held, a denied or reported holding, and an
object of a verb of dispute read no ownership.

Invented texts across steel, insurance, dairy, energy, drinks, logistics, textiles and airlines.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PLACE_PARENT: list[Case] = [
    (  # steel: appositive unit
        "Moravo Steel, the Czech subsidiary of Austria's Kapfen Group, said it was hiring.",
        [("kapfen-group", "OWNS", "moravo-steel")],
        [],
    ),
    (  # steel: relative clause with copula
        "Moravo Steel, which is the Czech subsidiary of Austria's Kapfen Group, said it was "
        "hiring.",
        [("kapfen-group", "OWNS", "moravo-steel")],
        [],
    ),
    (  # steel: the role noun first
        "The Czech subsidiary of Austria's Kapfen Group, Moravo Steel, said it was hiring.",
        [("kapfen-group", "OWNS", "moravo-steel")],
        [],
    ),
    (  # insurance: "arm" and a country's possessive
        "Tarlo Insurance, the British arm of France's Assurdo, raised premiums.",
        [("assurdo", "OWNS", "tarlo-insurance")],
        [],
    ),
    (  # insurance: coordinated units
        "Tarlo Insurance and Brenna Life, the British units of France's Assurdo, raised premiums.",
        [("assurdo", "OWNS", "tarlo-insurance"), ("assurdo", "OWNS", "brenna-life")],
        [],
    ),
    (  # logistics: a city's possessive
        "Moravo Freight, a unit of Berlin's Spree Holdings, raised prices.",
        [("spree-holdings", "OWNS", "moravo-freight")],
        [],
    ),
    (  # food: "local unit"
        "Lindqvist Foods, the local unit of Germany's Haberl, cut prices.",
        [("haberl", "OWNS", "lindqvist-foods")],
        [],
    ),
    (  # guard (steel): a former unit
        "Moravo Steel, a former subsidiary of Austria's Kapfen Group, said it was hiring.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): intent
        "Moravo Steel, which may become a subsidiary of Austria's Kapfen Group, said it was "
        "hiring.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): negation
        "Moravo Steel is not a subsidiary of Austria's Kapfen Group, the company said.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): another relation noun
        "Moravo Steel, a supplier of Austria's Kapfen Group, said it was hiring.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): denial
        "Moravo Steel denied it would become a subsidiary of Austria's Kapfen Group.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
    (  # guard (steel): the object of a suit
        "Moravo Steel sued the Czech subsidiary of Austria's Kapfen Group.",
        [],
        [("kapfen-group", "OWNS", "moravo-steel")],
    ),
]

HYPHEN_DESCRIPTOR: list[Case] = [
    (  # poultry: "co-operative"
        "Fjordkyl, a unit of the Danish poultry co-operative Hedelund, sells chilled wings.",
        [("hedelund", "OWNS", "fjordkyl")],
        [],
    ),
    (  # energy: "state-owned"
        "Pellan Power, a unit of the state-owned energy group Norvik, raised prices.",
        [("norvik", "OWNS", "pellan-power")],
        [],
    ),
    (  # drinks: "family-owned"
        "Pellan Cider, a subsidiary of the family-owned drinks group Castra, raised prices.",
        [("castra", "OWNS", "pellan-cider")],
        [],
    ),
    (  # dairy: "part of" with a copula
        "Pellan Dairy is part of the Swiss co-operative Migrana, the company said.",
        [("migrana", "OWNS", "pellan-dairy")],
        [],
    ),
    (  # guard (energy): a former unit
        "Pellan Power, a former unit of the state-owned group Norvik, raised prices.",
        [],
        [("norvik", "OWNS", "pellan-power")],
    ),
    (  # guard (energy): a supplier
        "Pellan Power, a supplier of the state-owned group Norvik, raised prices.",
        [],
        [("norvik", "OWNS", "pellan-power")],
    ),
    (  # guard (textiles): a customer
        "Pellan Mills, a customer of the family-owned chain Castra, raised prices.",
        [],
        [("castra", "OWNS", "pellan-mills")],
    ),
    (  # guard (energy): intent
        "Pellan Power may become a unit of the state-owned group Norvik next year.",
        [],
        [("norvik", "OWNS", "pellan-power")],
    ),
    (  # guard (energy): denial
        "Pellan Power denied it was a unit of the state-owned group Norvik.",
        [],
        [("norvik", "OWNS", "pellan-power")],
    ),
]

AIR = "Brisk Air cut fares on Monday. "

DESCRIBED_REASON = (
    "round 34: a place-modified appositive before ', which' (the name before it holds), "
    "TUNE +0/-0 right, +3/-0 wrong, CHECK not run: failed keep rule"
)

DESCRIBED_RELATIVE: list[Case] = [
    (  # airline: a passive's agent, a place-modified appositive, then "which owns"
        AIR + "Brisk was rescued by Kelso Capital, the Glasgow private equity firm, which owns "
        "41% of the airline.",
        [("kelso-capital", "OWNS", "brisk-air")],
        [],
    ),
    (  # airline: an object and "now holds ... per cent of it"
        AIR + "Brisk hired Kelso Capital, the Glasgow buyout group, which now holds 41 per cent "
        "of it.",
        [("kelso-capital", "OWNS", "brisk-air")],
        [],
    ),
    (  # airline: after "with"
        AIR + "Brisk signed a deal with Kelso Capital, the Glasgow leasing company, which owns "
        "10% of the airline.",
        [("kelso-capital", "OWNS", "brisk-air")],
        [],
    ),
    (  # airline: the clause's subject, as before
        AIR + "Kelso Capital, the Glasgow private equity firm, which now owns 41% of the "
        "airline, backed the plan.",
        [("kelso-capital", "OWNS", "brisk-air")],
        [],
    ),
    (  # guard (airline): intent
        AIR + "Brisk hired Kelso Capital, the Glasgow private equity firm, which may buy 41% of "
        "the airline.",
        [],
        [("kelso-capital", "OWNS", "brisk-air")],
    ),
    (  # guard (airline): a stake sold
        AIR + "Brisk hired Kelso Capital, the Glasgow private equity firm, which sold its 41% of "
        "the airline last year.",
        [],
        [("kelso-capital", "OWNS", "brisk-air")],
    ),
    (  # guard (airline): a past holding
        AIR + "Brisk hired Kelso Capital, the Glasgow private equity firm, which once owned 41% "
        "of the airline.",
        [],
        [("kelso-capital", "OWNS", "brisk-air")],
    ),
    (  # guard (airline): denial
        AIR + "Brisk was rescued by Kelso Capital, the Glasgow buyout group, which denied it "
        "owns 41 per cent of it.",
        [],
        [("kelso-capital", "OWNS", "brisk-air")],
    ),
    (  # guard (airline): hearsay
        AIR + "Brisk was rescued by Kelso Capital, the Glasgow buyout group, which is said to "
        "own 41 per cent of it.",
        [],
        [("kelso-capital", "OWNS", "brisk-air")],
    ),
]


@pytest.mark.parametrize("case", PLACE_PARENT)
def test_place_possessed_parent(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", HYPHEN_DESCRIPTOR)
def test_hyphenated_descriptor_parent(case: Case) -> None:
    check(*case)


DESCRIBED_GAPS = {
    AIR + "Brisk was rescued by Kelso Capital, the Glasgow private": DESCRIBED_REASON,
    AIR + "Brisk hired Kelso Capital, the Glasgow buyout group, which now": DESCRIBED_REASON,
    AIR + "Brisk signed a deal with Kelso Capital, the Glasgow leasing": DESCRIBED_REASON,
}


@pytest.mark.parametrize("case", gap_params(DESCRIBED_RELATIVE, DESCRIBED_GAPS))
def test_described_relative_holder(case: Case) -> None:
    check(*case)


# review34: a place's part after a place's possessive ("Singapore's Jurong district") names no
# parent; a name before a company's descriptor ("Spain's Corvada group") or a date phrase does
PLACE_PART: list[Case] = [
    (  # water: a district of a country
        "Brixa Water, a unit of Singapore's Tampines district, won a contract.",
        [],
        [("tampines", "OWNS", "brixa-water")],
    ),
    (  # bakery: a town's economy
        "Stellan Bakeries, part of Ireland's Dunmore economy, said flour costs soared.",
        [],
        [("dunmore", "OWNS", "stellan-bakeries")],
    ),
    (  # wine: a region
        "Cobal Wines, part of Portugal's Alvara region, exported more.",
        [],
        [("alvara", "OWNS", "cobal-wines")],
    ),
    (  # construction: a descriptor after the parent's name
        "Tesmar Roads, a unit of Spain's Corvada group, won a motorway contract.",
        [("corvada", "OWNS", "tesmar-roads")],
        [],
    ),
    (  # tyres: a date phrase after the parent's name
        "Pavo Tyres, the Czech unit of Korea's Daeyang Tire since 2015, hired 300 workers.",
        [("daeyang-tire", "OWNS", "pavo-tyres")],
        [],
    ),
    (  # hotels: a city's possessive, relative clause
        "Larch Hotels, which is a unit of Oslo's Peakview Group, opened a hotel in Lisbon.",
        [("peakview-group", "OWNS", "larch-hotels")],
        [],
    ),
]

SOLD_REASON = (
    "review34: a unit sold, or held until a date, is the seller's past holding (not annotated); "
    "the mend role._sold_unit lost 1 right CHECK line and removed no wrong one: reverted"
)

SOLD_UNIT: list[Case] = [
    (  # mining: sold to another firm
        "Orsa Mining, the Chilean arm of Australia's Redgum Resources, was sold to Lithex in "
        "March.",
        [],
        [("redgum-resources", "OWNS", "orsa-mining")],
    ),
    (  # dairy: a relative clause of the sale
        "Sorel Dairy, which Kiwa Milk sold last year, was the French unit of New Zealand's Kiwa "
        "Milk.",
        [],
        [("kiwa-milk", "OWNS", "sorel-dairy")],
    ),
    (  # seafood: an end date
        "Corra Fish was a subsidiary of the family-owned seafood group Havbruk until March.",
        [],
        [("havbruk", "OWNS", "corra-fish")],
    ),
    (  # shipping: a unit's head is no head of the group
        "Jon Berg, a unit head of Norway's Fjordline Group, retired.",
        [],
        [("jon-berg", "LEADS", "fjordline-group")],
    ),
]

SOLD_GAPS = {
    "Orsa Mining, the Chilean arm of Australia's Redgum": SOLD_REASON,
    "Sorel Dairy, which Kiwa Milk sold last year": SOLD_REASON,
    "Corra Fish was a subsidiary of the family-owned": SOLD_REASON,
    "Jon Berg, a unit head of Norway's Fjordline": (
        "review34: 'unit head' read as 'head' (pre-existing for any parent): not mended"
    ),
}


@pytest.mark.parametrize("case", PLACE_PART)
def test_place_part_no_parent(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(SOLD_UNIT, SOLD_GAPS))
def test_sold_unit_gaps(case: Case) -> None:
    check(*case)
