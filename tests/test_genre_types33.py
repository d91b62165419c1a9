"""Genre bank for the type of a name a possessive brand word follows (round 33).

"Morvan Bakeries, whose Pellino brand leads the market": a brand word after a name the relative
"whose" possesses names a brand of the possessor's goods, as "its Pellino brand" does
(`loaders.type_cues._owner_before`), so the name is a product and the possessor owns it.
Guards: a brand word before the name ("whose brand Holm") keeps the reading of that construction;
a firm's own name before "brand" ("whose Arden Foods brand") keeps its firm cues; the possessor
and a person after "brand manager" keep their types.

Gaps (tried in round 33, right on types but dropped by the keep rule for the relations they
moved through references): "owns the Tindra brand" and "the Velka and Tindra brands" without a
possessor; a firm noun before "whose" with no comma ("a Leeds company whose Quenby oat bars"); a
good's noun that ends like a past verb ("whose Kestra bed").

Each case is a short invented text across bakeries, milling, drinks, bedding, scarves, bicycles,
podcasts, appliances, frozen food, cosmetics and garden goods.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params, types

TypeCase = tuple[str, str, str]

WHOSE_BRAND: list[TypeCase] = [
    # bakeries: a copular clause after the brand
    ("Morvan Bakeries, whose Pellino brand is the market leader, was sold.", "Pellino", "Product"),
    # bakeries: a present verb, the owner an object
    (
        "Astel Foods bought Morvan Bakeries, whose Pellino brand sells in 20 countries.",
        "Pellino",
        "Product",
    ),
    # milling: "brand of" a good
    (
        "Dorrit Mills, whose Quarry Gold brand of flour is sold in Leeds, cut prices.",
        "Quarry Gold",
        "Product",
    ),
    # drinks: "label"
    ("Kavel Drinks, whose Brisa label is popular in Spain, said sales fell.", "Brisa", "Product"),
    # bedding: a described firm before "whose"
    ("The Leeds company, whose Tamsin brand sells duvets, was fined.", "Tamsin", "Product"),
    # scarves: a person's brand is a product too
    ("Orla Vance, whose Sable brand of scarves is stocked in Paris, spoke.", "Sable", "Product"),
    # bicycles: "marque"
    ("Varn Cycles, whose Fenwick marque dates from 1920, was sold.", "Fenwick", "Product"),
    # podcasts: the brand word as a modifier
    ("Sorrel Media, whose Nightjar brand podcasts draw millions, was sold.", "Nightjar", "Product"),
    # appliances: two brands in the clause
    (
        "Karsten Foods, whose Holm brand and Fjord Fresh brand compete, said profits rose.",
        "Holm",
        "Product",
    ),
    # frozen food: inside a reported clause
    (
        "Analysts said Quill, whose Tessa brand is losing share, may be sold.",
        "Tessa",
        "Product",
    ),
]

GUARDS: list[TypeCase] = [
    # the possessor keeps its type
    (
        "Analysts said Quill, whose Tessa brand is losing share, may be sold.",
        "Quill",
        "Organization",
    ),
    # a brand word before the name: that construction's reading
    ("Karsten Foods, whose brand Holm is sold in Oslo, said profits rose.", "Holm", "Organization"),
    # a firm's name before "brand": its firm cues
    (
        "Pelham Group, whose Arden Foods brand was sold to Kessel, cut jobs.",
        "Arden Foods",
        "Organization",
    ),
    # "brand manager": the person after it
    (
        "Halvor Ltd, whose Ostra brand manager Lena Dahl quit, said sales fell.",
        "Lena Dahl",
        "Person",
    ),
    # "whose owner": no brand word after a name
    ("Pelham Group does not own the Arden brand, whose owner is Kessel.", "Kessel", "Organization"),
]

GAPS: list[TypeCase] = [
    ("Dorran Drinks, owner of the Stormhorn brand, said sales fell.", "Stormhorn", "Product"),
    ("Peller owns the Heath Gold brand of compost.", "Heath Gold", "Product"),
    ("Lindqvist Outdoor owns the Havtorn and Skogvik paddle brands.", "Havtorn", "Product"),
    (
        "Gorsefield Foods, a Leeds company whose Quenby oat bars are sold abroad, grew.",
        "Quenby",
        "Product",
    ),
    (
        "The Ohio company, whose Kestra bed is used in clinics, sued.",
        "Kestra",
        "Product",
    ),
]
GAP_REASONS = {
    "Dorran Drinks": "round 33: 'the X brand' without a possessor stays a firm's noun (keep rule)",
    "Peller owns": "round 33: 'the X brand' without a possessor stays a firm's noun (keep rule)",
    "Lindqvist": "round 33: coordinated names before a brand word (keep rule)",
    "The Ohio company": "round 33: 'bed' ends like a past verb (keep rule)",
}


@pytest.mark.parametrize("case", WHOSE_BRAND + GUARDS, ids=lambda c: c[0][:60])
def test_whose_brand_types(case: TypeCase) -> None:
    text, name, etype = case
    assert types(text).get(name) == etype


@pytest.mark.parametrize("case", gap_params(GAPS, GAP_REASONS))
def test_brand_type_gaps(case: TypeCase) -> None:
    text, name, etype = case
    assert types(text).get(name) == etype


OWNED_BRAND: list[Case] = [
    (  # bakeries: the possessor owns the brand, not the buyer
        "Astel Foods bought Morvan Bakeries, whose Pellino brand sells in 20 countries.",
        [("morvan-bakeries", "OWNS", "pellino"), ("astel-foods", "OWNS", "morvan-bakeries")],
        [("pellino", "OWNS", "morvan-bakeries")],
    ),
    (  # milling: "brand of" a good
        "Dorrit Mills, whose Quarry Gold brand of flour is sold in Leeds, cut prices.",
        [("dorrit-mills", "OWNS", "quarry-gold")],
        [("quarry-gold", "LOCATED_IN", "leeds")],
    ),
]


@pytest.mark.parametrize("case", OWNED_BRAND, ids=lambda c: c[0][:60])
def test_whose_brand_owner(case: Case) -> None:
    check(*case)
