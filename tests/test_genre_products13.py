"""Genre bank for product typing (round 13): a product named in an appositive whose head is a
good ("Quellamar, a moisture-proof sealant that Tovrin launched", "Mavrette, the cleaning line
made by rival Hostabe": a firm noun after the participle is the owner's, not the product's),
"a range of chews called Grippon", a name before a possessed brand or a good ("its Brisola
floor-cleaner brand", "its Kessa cartons"), the second good of a maker's list ("maker of Tully
mints and Orso bars").

Each case is a short invented text with the names and the types they must resolve to, across
chemicals, cleaning, food, optics, lifts, textiles, wine, packaging, displays and watches.
Guards: the appositive's head is itself a firm noun ("the cracker maker owned by Y", "a unit of
Y", "a rival studio based in Z"), "its P unit/subsidiary/division", "its P plant".
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

# (text, names with their type, names that must not be entities)
TYPED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # chemicals: appositive good with a relative clause
        "Sales of Quellamar, a moisture-proof sealant that Tovrin Chemicals launched, rose.",
        {"Quellamar": "Product", "Tovrin Chemicals": "Organization"},
        [],
    ),
    (  # cleaning: a firm noun inside the participle phrase is the maker's
        "Gorvel Cleaning lost share to Mavrette, the cleaning line made by rival Hostabe "
        "Chemicals.",
        {"Mavrette": "Product", "Hostabe Chemicals": "Organization"},
        [],
    ),
    (  # optics: an uncommon good, "made by"
        "Demand grew for Vistrel, a varifocal lens made by Ostel Optics.",
        {"Vistrel": "Product", "Ostel Optics": "Organization"},
        [],
    ),
    (  # lifts: "developed by the X studio"
        "Kelvo Lifts installed Ascenta, a passenger lift developed by the Dunmore studio.",
        {"Ascenta": "Product"},
        [],
    ),
    (  # textiles: "used by sportswear makers"
        "Velm Textiles makes Aerotex, a jersey fabric used by sportswear makers.",
        {"Aerotex": "Product", "Velm Textiles": "Organization"},
        [],
    ),
    (  # wine: "a label owned by rival Y"
        "Harlan Wines sells Morrow Reserve, a label owned by rival Tessen Estates.",
        {"Morrow Reserve": "Product", "Tessen Estates": "Organization"},
        [],
    ),
    (  # food: "the cracker brand of Y"
        "Tasko Foods competes with Snackel, the cracker brand of Pellow Biscuits.",
        {"Snackel": "Product", "Pellow Biscuits": "Organization"},
        [],
    ),
    (  # packaging: copula then an appositive good
        "Its flagship product is Peltra, a tamper-evident seal.",
        {"Peltra": "Product"},
        [],
    ),
    (  # services: an appositive service started in a year
        "Ondra Care launched Ondra Loop, a repair service started in 2021.",
        {"Ondra Loop": "Product"},
        [],
    ),
    (  # pets: "a range of chews called X"
        "Pellow Pets sells a range of chews called Grippon.",
        {"Grippon": "Product", "Pellow Pets": "Organization"},
        [],
    ),
    (  # appliances: "a machine called the X"
        "Ferran Appliances sells a folding machine called the Foldo.",
        {"Foldo": "Product"},
        [],
    ),
    (  # cleaning: a possessed brand after a hyphenated modifier
        "Kelmar Home said its Brisola floor-cleaner brand lost share.",
        {"Brisola": "Product", "Kelmar Home": "Organization"},
        [],
    ),
    (  # sweets: both goods of a maker's list
        "Delmarr Sweets, the maker of Tully mints and Orso chocolate bars, cut prices.",
        {"Tully": "Product", "Orso": "Product"},
        [],
    ),
    (  # packaging: a possessed plural good
        "Ferrovane Packaging sells its Kessa cartons in nine countries.",
        {"Kessa": "Product"},
        [],
    ),
    (  # brewing: brand list
        "The brewer's brands include Caskwell Pale and Hollin Lager.",
        {"Caskwell Pale": "Product", "Hollin Lager": "Product"},
        [],
    ),
    (  # displays: a hyphenated modifier between the name and the good
        "Ostel Displays showed its Varna large-format screens at the fair.",
        {"Varna": "Product"},
        [],
    ),
    (  # optics: a copula and a good
        "Lumora is a daily contact lens that Ostel Optics sells in Europe.",
        {"Lumora": "Product"},
        [],
    ),
    # guards: the appositive's own head is a firm noun
    (  # a trade's agent noun
        "Kelso Agri, a fertiliser blender in Tarrow, sued Vantora Farms.",
        {"Kelso Agri": "Organization"},
        [],
    ),
    (  # a project's two-word head
        "Orrin Rail is building Harl Link, a rail line for the port.",
        {"Harl Link": "Project"},
        [],
    ),
    (
        "It competes with Snackel, the cracker maker owned by Tasko Foods.",
        {"Snackel": "Organization"},
        [],
    ),
    (
        "Mavrette, a rival studio based in Ostervik, sued Gorvel Games.",
        {"Mavrette": "Organization"},
        [],
    ),
    (
        "Quellamar, a unit of Tovrin Chemicals, cut jobs.",
        {"Quellamar": "Organization"},
        [],
    ),
    (
        "Ostel Displays sold its Varna unit to Tessen Capital.",
        {"Varna": "Organization"},
        [],
    ),
    (
        "Ostel Displays merged its Varna subsidiary into the group.",
        {"Varna": "Organization"},
        [],
    ),
    (  # a firm called X
        "Tovrin bought a small firm called Brenvik last year.",
        {"Brenvik": "Organization"},
        [],
    ),
    (  # "a chain of cheese shops" is a firm
        "Orrin Dairy sold Kelby, a chain of cheese shops, to Harlan Retail.",
        {"Kelby": "Organization"},
        [],
    ),
]

BANK: list[Case] = [
    (  # M1: the maker named by a "made by" appositive owns the product
        "Demand grew for Vistrel, a varifocal lens made by Ostel Optics.",
        [("ostel-optics", "OWNS", "vistrel")],
        [],
    ),
    (  # M1: "a label owned by rival Y"
        "Harlan Wines sells Morrow Reserve, a label owned by rival Tessen Estates.",
        [("tessen-estates", "OWNS", "morrow-reserve")],
        [("harlan-wines", "OWNS", "morrow-reserve")],
    ),
    (  # M1: a possessed brand with a hyphenated modifier
        "Kelmar Home said its Brisola floor-cleaner brand lost share.",
        [("kelmar-home", "OWNS", "brisola")],
        [],
    ),
    (  # M1: a possessed plural good
        "Ferrovane Packaging sells its Kessa cartons in nine countries.",
        [("ferrovane-packaging", "OWNS", "kessa")],
        [],
    ),
    (  # M1: both goods of a maker's list
        "Delmarr Sweets, the maker of Tully mints and Orso chocolate bars, cut prices.",
        [("delmarr-sweets", "OWNS", "tully"), ("delmarr-sweets", "OWNS", "orso")],
        [],
    ),
    (  # M1: "publisher of the P series"
        "Doughty Games, publisher of the Emberfall strategy series, cut jobs.",
        [("doughty-games", "OWNS", "emberfall")],
        [],
    ),
    (  # M1: "P, X's flagship"
        "Sales of Peltra, Corvane Packaging's flagship, rose.",
        [("corvane-packaging", "OWNS", "peltra")],
        [],
    ),
    (  # M1: a copula and "X's flagship"
        "Peltra, a tamper-evident seal, is Corvane Packaging's flagship.",
        [("corvane-packaging", "OWNS", "peltra")],
        [],
    ),
    (  # M1: "the cracker brand of Y"
        "Tasko Foods competes with Snackel, the cracker brand of Pellow Biscuits.",
        [("pellow-biscuits", "OWNS", "snackel")],
        [("tasko-foods", "OWNS", "snackel")],
    ),
    (  # M1 guard: a store, not a product
        "Corvane Packaging's flagship store in Ostervik closed.",
        [],
        [("corvane-packaging", "OWNS", "ostervik")],
    ),
    (  # M1 guard: a licensee does not own the drug
        "Ovelta Pharma licensed Brevlio to Tesk Bio for Asia.",
        [],
        [("tesk-bio", "OWNS", "brevlio")],
    ),
    (  # M1 guard: a stockist is no maker
        "Retailers stocking Brevlio include Marrick Stores.",
        [],
        [("marrick-stores", "OWNS", "brevlio")],
    ),
    (  # the maker named by a "made by" appositive owns the product
        "Gorvel Cleaning lost share to Mavrette, the cleaning line made by rival Hostabe "
        "Chemicals.",
        [("gorvel-cleaning", "COMPETES_WITH", "mavrette")],
        [("gorvel-cleaning", "OWNS", "mavrette")],
    ),
    (  # guard: a unit is owned, a firm
        "Quellamar, a unit of Tovrin Chemicals, cut jobs.",
        [("tovrin-chemicals", "OWNS", "quellamar")],
        [],
    ),
]
FLAGSHIP = (
    "'X's flagship' as an inverse OWNS noun (like 'brand') cost precision on blind4 and blind7 "
    "(-0.003 each): it would need the product type of the named thing"
)
# possprod22: "Sales of Peltra, Corvane Packaging's flagship" is read (a typed product's
# possessed descriptor, loaders/relations/possessive.appositives)
GAPS: dict[str, str] = {"Peltra, a tamper-evident": FLAGSHIP}
TYPED_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_products13(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(("text", "must", "must_not"), gap_params(TYPED, TYPED_GAPS, spread=True))
def test_genre_products13_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
