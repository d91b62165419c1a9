"""Genre bank for product typing (round 14): a product name before a compound product head,
after a possessive or "the" and maybe a modifier or "own" ("its Lumo smart smoke alarm", "its
top Grilla pizza oven", "its own Corvo paring knives", "the Brisk dish soap brand": a good's
noun before "brand" makes the brand a product even after "the").

Each case is a short invented text with the names and the types they must resolve to, across
home safety, kitchen goods, cleaning, hardware, food, drinks, garden and toys.
Guards: "its P unit/subsidiary/division", "its P plant", a bare "the P brand" (which may name a
company), "P shops" (a retail plural head).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

# (text, names with their type, names that must not be entities)
TYPED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # home safety: adjective + compound head after "its"
        "Kesterby Safety sells its Lumo smart smoke alarm to schools.",
        {"Lumo": "Product", "Kesterby Safety": "Organization"},
        [],
    ),
    (  # kitchen: a modifier before the name, compound head, verb after
        "Orvane Appliances said sales of its top Grilla pizza oven fell.",
        {"Grilla": "Product"},
        [],
    ),
    (  # cutlery: "its own NAME compound plural"
        "Delmont Home sells its own Corvo paring knives in 40 towns.",
        {"Corvo": "Product"},
        [],
    ),
    (  # cleaning: "the NAME good-noun brand"
        "Vantora Group will sell the Brisk dish soap brand to Helmond Waren.",
        {"Brisk": "Product", "Helmond Waren": "Organization"},
        [],
    ),
    (  # hardware: one listed good after "its"
        "Delmarr Locks trimmed what it charges for its Kovra padlock.",
        {"Kovra": "Product"},
        [],
    ),
    (  # garden: adjective + compound head
        "Tallis Garden recalled its Verdo cordless hedge trimmer last week.",
        {"Verdo": "Product"},
        [],
    ),
    (  # drinks: "the NAME good brand" in the passive
        "The Fennel cider brand was bought by Ostrow Drinks in May.",
        {"Fennel": "Product", "Ostrow Drinks": "Organization"},
        [],
    ),
    (  # kitchen: "their" and a plural compound head
        "The two brothers run Harrowgate Kitchens and sell their Pello steel saucepans online.",
        {"Pello": "Product"},
        [],
    ),
    (  # bikes: a possessed brand appositive before the name; the owner is the firm
        "Norvik Cycles said the group's electric bike brand, Zappo, is to get a fresh line.",
        {"Zappo": "Product", "Norvik Cycles": "Organization"},
        [],
    ),
    (  # scooters: "its NOUN brand, NAME"
        "Kestrel Motors said its scooter brand, Velo, would expand.",
        {"Velo": "Product"},
        [],
    ),
    (  # beer: a brand list after "whose labels include"
        "The brewer Harl Ales, whose labels include Caskwell Pale and Hollin Stout, grew.",
        {"Caskwell Pale": "Product", "Hollin Stout": "Product", "Harl Ales": "Organization"},
        [],
    ),
    (  # spirits: "whose brands include" with three names
        "Dunmore Distillers, whose brands include Pellin, Ostry Gold and Marrow Rye, was sold.",
        {"Pellin": "Product", "Ostry Gold": "Product", "Marrow Rye": "Product"},
        [],
    ),
    (  # trailers: a possessed appositive after the name
        "Margins rose on the Tovra Rambler, its top-selling folding trailer, Quillex said.",
        {"Tovra Rambler": "Product"},
        [],
    ),
    (  # guard: a maker in the appositive is a firm
        "Zappo, the group's bike maker, cut jobs at Norvik Cycles.",
        {"Zappo": "Organization"},
        [],
    ),
    (  # guard: "whose owners include" names firms
        "Tarrow Port, whose owners include Pellam Capital and Orrin Holdings, grew.",
        {"Pellam Capital": "Organization", "Orrin Holdings": "Organization"},
        [],
    ),
    (  # stationery: an adjective before the name, a plain good after it
        "Harl Paper said its refillable Vello journal sold well.",
        {"Vello": "Product", "Harl Paper": "Organization"},
        [],
    ),
    (  # packaging: a name with a digit, a participle modifier before the good
        "Ostbox Packaging sells its Grip9 folding crate to grocers.",
        {"Grip9": "Product"},
        [],
    ),
    (  # toys: a compound head
        "Mondel Toys said its Zippit puzzle cube was a hit.",
        {"Zippit": "Product"},
        [],
    ),
    (  # audio: plural good after an adjective
        "Grennet Audio said its Pulsa wireless headphones sold out.",
        {"Pulsa": "Product"},
        [],
    ),
    (  # guard: a deal named for its target
        "Vantora Retail said its Orla deal would close in May.",
        {"Orla": "Organization"},
        [],
    ),
    (  # guard: a stake named for the firm held
        "Vantora Retail said its Orla stake was sold.",
        {"Orla": "Organization"},
        [],
    ),
    (  # cheese: an appositive good closed by "first" and a participle
        "That brand is Seralo, a soft goat cheese first sold in 2019.",
        {"Seralo": "Product"},
        [],
    ),
    (  # guard: the appositive's head is a firm noun before "first"
        "Orvane Dairy bought Seralo, a cheese maker first listed in 2019.",
        {"Seralo": "Organization"},
        [],
    ),
    (  # guard: a unit after "its"
        "Orvane Appliances said its Tellin unit would hire 40 staff.",
        {"Tellin": "Organization"},
        [],
    ),
    (  # guard: a subsidiary with a modifier
        "Kesterby Safety said its Lumo alarm subsidiary would be sold.",
        {"Lumo": "Organization"},
        [],
    ),
    (  # guard: a plant is no product
        "Marlow Foods expanded its Kessa plant near the coast.",
        {"Kessa": "Location"},
        [],
    ),
    (  # guard: a retail plural head
        "Ostmart said Corvo shops in several towns would close.",
        {"Corvo": "Organization"},
        [],
    ),
]

BANK: list[Case] = [
    (  # the seller of a possessed compound good owns it
        "Kesterby Safety sells its Lumo smart smoke alarm to schools.",
        [("kesterby-safety", "OWNS", "lumo")],
        [],
    ),
    (  # guard: the buyer of a brand is no owner of the seller
        "Vantora Group will sell the Brisk dish soap brand to Helmond Waren.",
        [],
        [("brisk", "OWNS", "helmond-waren")],
    ),
]
GAPS: dict[str, str] = {}
TYPED_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_products14(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(("text", "must", "must_not"), gap_params(TYPED, TYPED_GAPS, spread=True))
def test_genre_products14_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
