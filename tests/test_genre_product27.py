"""Genre bank for products typed as companies (round 27): a name described as a thing.

An appositive owned by a firm or launched by one names a thing, whatever its noun ("Brisko, its
clog-warning filter that ...", "Lorne, the budget brand it launched"); so does a possessed name
after a modifier ("whose foldable Pebble pram", "our Halo charger"), a possessed thing's noun
right before the name ("its resale marketplace CycleHop") and a thing's noun before "called" ("a
cultured butter called Velloa"). Guards: a firm's, a site's, a role's or a relation's noun keeps
a name what it was ("Tarvo, its Danish arm", "its plant near Orsk", "its lenders include Kelmar
Bank"), and so does a person's or a place's word ("a weaver named Peter Brandl", "the region's
food board").

Each case is a short invented text with the types its names must resolve to, across water
filters, bookkeeping software, gyms, cider, power tools, baby goods, cookware, camping gear, dairy,
bicycles, frozen food, glass, textiles, bakeries and garden furniture.
"""

from __future__ import annotations

import pytest
from construction_check import Triple, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

DESCRIBED: list[TypeCase] = [
    (  # water filters: an owned appositive with a noun no list knows, then a relative clause
        "Corvell Engineering will spend the money on Brisko, its clog-warning filter that "
        "warns of blockages.",
        {"Brisko": "Product", "Corvell Engineering": "Organization"},
        [],
    ),
    (  # bookkeeping software: two coordinated modifiers before the noun
        "Customers log in to Quillo, the company's invoicing and payroll software, every "
        "morning, Tavistock Ledger said.",
        {"Quillo": "Product"},
        [],
    ),
    (  # gyms: a brand its owner launched ("brand" alone would type a firm)
        "Marrowgate Leisure said that Lorne, the budget brand it launched in 2023, now runs "
        "twelve gyms.",
        {"Lorne": "Product", "Marrowgate Leisure": "Organization"},
        [],
    ),
    (  # cider: a thing launched by its maker, after the article
        "Pavane, a pear cider launched by the Orrin cooperative in 2021, sells in Lyon.",
        {"Pavane": "Product"},
        [],
    ),
    (  # power tools: a preposition phrase between the noun and the making clause
        "The hit of the trade show was Vantor 7, a cordless drill with a brushless motor that "
        "Ostrel Tools unveiled in June.",
        {"Vantor 7": "Product"},
        [],
    ),
    (  # baby goods: a modifier between "whose" and the name
        "Marrowby Nursery Goods, whose foldable Pebble pram sells in forty countries, raised "
        "fresh money.",
        {"Pebble": "Product", "Marrowby Nursery Goods": "Organization"},
        [],
    ),
    (  # cookware: a modifier between "its" and the name, a sentence's first word
        "Its newer Fennick saucepan has a copper base, Halder Cookware said.",
        {"Fennick": "Product"},
        [],
    ),
    (  # camping gear: "our" in a quotation
        '"Our Halo charger folds flat," said the founder of Pellam Outdoor.',
        {"Halo": "Product"},
        [],
    ),
    (  # dairy: a thing's noun before "called"
        "Dunmere Dairy makes a cultured butter called Velloa, which sells in Oslo.",
        {"Velloa": "Product"},
        [],
    ),
    (  # bicycles: a possessor, a modifier and a noun no list knows before the name
        "Vardell sells used bikes through its resale marketplace CycleHop, which opened in 2020.",
        {"CycleHop": "Product"},
        [],
    ),
    (  # frozen food: a possessed brand word before the name
        "Tarsk Foods has relaunched its frozen-pizza brand Hemlo with a thinner crust.",
        {"Hemlo": "Product", "Tarsk Foods": "Organization"},
        [],
    ),
    (  # camping: a hyphenated modifier after a named possessor and the name
        "Corrin Tents sued Beltra, alleging that Beltra's Summit all-weather tent copies the "
        "pole design of a Corrin model.",
        {"Summit": "Product"},
        [],
    ),
]

GUARDS: list[TypeCase] = [
    (  # guard: a firm's noun in the owned appositive
        "Halmet Group agreed to sell Tarvo Logistics, its Danish arm, to a rival.",
        {"Tarvo Logistics": "Organization"},
        [],
    ),
    (  # guard: a place after "its plant" and a preposition
        "Velmark Glass makes bottles at its plant near Orsk, the company said.",
        {"Velmark Glass": "Organization"},
        [],
    ),
    (  # guard: a verb after a possessed plural ("lenders include")
        "Dunmore Robotics said its lenders include Kelmar Bank.",
        {"Kelmar Bank": "Organization"},
        [],
    ),
    (  # guard: a person named after "named"
        "At a mill in Brno, a weaver named Peter Brandl is threading a loom for Ostravia Textiles.",
        {"Peter Brandl": "Person"},
        [],
    ),
    (  # guard: a public body owned by a place ("the region's")
        "Taste Tamarside, the region's food board, launched a farmers' market last year.",
        {"Taste Tamarside": "Organization"},
        [],
    ),
    (  # guard: an elided superlative, no noun ("the chain's largest")
        "Kelbrook Bakeries opened a bakery in Harwick, the chain's largest, in May.",
        {"Kelbrook Bakeries": "Organization"},
        [],
    ),
    (  # guard: a firm's own name described as a firm, with a firm's verb
        "Corrow Foods, the dairy group, hired a new finance chief and reported a profit.",
        {"Corrow Foods": "Organization"},
        [],
    ),
    (  # guard: a rival after a possessor, a preposition after the noun
        "Brannoch Loungers slipped 2%. Castello, Brannoch's closest rival in garden chairs, rose.",
        {"Castello": "Organization"},
        [],
    ),
]

FIRMS: list[TypeCase] = [
    (  # guard (mend27): a firm's trade noun no head list holds, in an owned appositive
        "Ostrava Drinks sold Kelbeck, its regional bottler, to a buyout group.",
        {"Kelbeck": "Organization"},
        [],
    ),
    (  # guard (mend27): "record label", whatever "label" alone names
        "Bramwell Media said Moonjar, its record label, had signed three new bands.",
        {"Moonjar": "Organization"},
        [],
    ),
    (  # guard (mend27): "investment vehicle", whatever "vehicle" alone names
        "Tarrant Holdings moved the shares into Nexmoor, an investment vehicle it created in 2018.",
        {"Nexmoor": "Organization"},
        [],
    ),
    (  # guard (mend27): a firm an owner built
        "Harlan Group has folded Pivotal, an incubator it built in Leeds, into its venture arm.",
        {"Pivotal": "Organization"},
        [],
    ),
    (  # guard (mend27): a carrier's "X line" before the name
        "Skerry Group said its cruise line Azurene would add two ships next year.",
        {"Azurene": "Organization"},
        [],
    ),
    (  # guard (mend27): shipping, the same
        "Norland Shipping said its container line Baltrex had cut rates on Asian routes.",
        {"Baltrex": "Organization"},
        [],
    ),
    (  # guard (mend27): a firm's trade noun, the second of two appositives
        "Orrin Bakeries bought Fenlow, a contract caterer, and Ashby, a packager it built up "
        "with a partner.",
        {"Ashby": "Organization", "Fenlow": "Organization"},
        [],
    ),
    (  # guard (mend27): "think tank" before "called"
        "The pension fund has sold its stake in Hartsfield, a think tank called Mercia Forum.",
        {"Mercia Forum": "Organization"},
        [],
    ),
    (  # guard (mend27): "record label" before "called"
        "Grayling Music has bought a record label called Brightside from its founders.",
        {"Brightside": "Organization"},
        [],
    ),
    (  # guard (mend27): coffee, a trade noun in -er before "called"
        "Dunholt Foods bought a small roaster called Beanly in 2019.",
        {"Beanly": "Organization"},
        [],
    ),
    (  # guard (mend27): insurance, a trade noun in -age in an owned appositive
        "Pellam Insurance said Corvix, its brokerage, had lost two clients.",
        {"Corvix": "Organization"},
        [],
    ),
    (  # mend27: a chip "accelerator" is a thing, not a firm's trade noun
        "Orrin Semiconductor designs a rival graphics accelerator called Tamsa for data "
        "centres in Ohio.",
        {"Tamsa": "Product"},
        [],
    ),
    (  # guard (mend27): ferries, a carrier's line after a named possessor
        "Tarrow Group's ferry line Seabrook will add a route to Cherbourg.",
        {"Seabrook": "Organization"},
        [],
    ),
]

GAP_CASES: list[TypeCase] = [
    (  # a brand named after "the" with its owner before it
        "Harlan Peat owns the Moorfield Gold brand of potting compost.",
        {"Moorfield Gold": "Product"},
        [],
    ),
    (  # a model name ending in a number, with no noun after it
        "Sayle Boats accused Hallam of copying its hull for the Tarn 40.",
        {"Tarn 40": "Product"},
        [],
    ),
    (  # a product in a copular sentence ("best-known product is X")
        "The bakery's best-known product is Sorrel Crown, a rye loaf that sells widely.",
        {"Sorrel Crown": "Product"},
        [],
    ),
]

BANK = DESCRIBED + GUARDS + FIRMS + GAP_CASES
GAPS: dict[str, str] = {
    "Harlan Peat owns": "'the X brand' after an owning verb is unread (a coreference side effect)",
    "The bakery's best-known": "'product is X' (a copula) is unread",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_product27(case: TypeCase) -> None:
    check_types(*case)


OwnerCase = tuple[str, list[Triple], list[Triple]]

OWNERS: list[OwnerCase] = [
    (  # dairy: a maker of a product typed by "called"
        "Dunmere Dairy, based in Bergen, makes a cultured butter called Velloa, which sells in "
        "Oslo.",
        [("dunmere-dairy", "OWNS", "velloa")],
        [],
    ),
    (  # mend27: a firm named after a trade noun keeps its stake's relation
        "Kelvo has a stake in a brokerage called Ledgerly.",
        [("kelvo", "FUNDS", "ledgerly")],
        [],
    ),
    (  # mend27: the same with "invested in"
        "Kelvo invested in a bottler called Fizzco.",
        [("kelvo", "FUNDS", "fizzco")],
        [],
    ),
    (  # mend27: a holding vehicle is a firm that owns
        "Tarrant said Nexmoor, an investment vehicle it created in 2018, owns 12% of Obrine.",
        [("nexmoor", "OWNS", "obrine")],
        [],
    ),
    (  # mend27: a record label sues, not its owner
        "Orvel said its record label Moonjar was suing Spotlight for breach of contract.",
        [("moonjar", "DISPUTES", "spotlight"), ("orvel", "OWNS", "moonjar")],
        [("orvel", "DISPUTES", "spotlight")],
    ),
]


@pytest.mark.parametrize("case", gap_params(OWNERS, {}))
def test_genre_product27_owner(case: OwnerCase) -> None:
    check(*case)
