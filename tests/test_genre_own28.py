"""Genre bank for a firm's own product said as such (round 28).

Two readings of `possessive/product-link`: a possessor, a product noun and a copula before a
named product ("Velmar's best-known product is the Orca 5", also with the firm as "the
company"), and "X also sells P, a NOUN" where the appositive names a product noun. Guards: a
product possessed by another after the copula, an appositive naming another maker, a plain
"sells" with no "also" (a stockist), and a noun that is no product (a shareholder).

Each case is a short invented text (relations that must be found, relations that must not be),
across kitchen scales, ropes, bicycle locks, greenhouse heaters, sunscreen, violin strings and
seed drills.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

COPULA: list[Case] = [
    (  # kitchen scales: a named possessor
        "Pesora Instruments doubled its exports. Pesora's best-known product is the Libramat, "
        "a kitchen scale range sold in forty countries.",
        [("pesora-instruments", "OWNS", "libramat")],
        [],
    ),
    (  # ropes: the firm as "the company"
        "Halyard Cordage is based in Grimsby. The company's biggest product remains Seastay, a "
        "mooring line for yachts.",
        [("halyard-cordage", "OWNS", "seastay")],
        [],
    ),
    (  # guard: bicycle locks: the product after the copula is another's
        "Grendt Security sells locks in Utrecht. Grendt's best-selling product is Orvo's "
        "Chainlock, which it distributes in Belgium.",
        [],
        [("grendt-security", "OWNS", "chainlock")],
    ),
    (  # guard: greenhouse heaters: a holder noun is no product
        "Warmhouse Systems builds greenhouse heaters. Warmhouse's largest shareholder is "
        "Tavish Capital, a fund from Perth.",
        [],
        [("warmhouse-systems", "OWNS", "tavish-capital")],
    ),
]

ALSO_SELLS: list[Case] = [
    (  # sunscreen: "also sells P, a NOUN"
        "Solvane Labs, the Nice skincare group, grew by a fifth. The company also sells "
        "Ombrelle Kids, a mineral lotion for children.",
        [("solvane-labs", "OWNS", "ombrelle-kids")],
        [],
    ),
    (  # violin strings: a named seller
        "Cremwell Strings makes gut strings in Markneukirchen. Cremwell also sells Arcata, a "
        "rosin for cellists.",
        [("cremwell-strings", "OWNS", "arcata")],
        [],
    ),
    (  # guard: seed drills: the appositive names another maker
        "Furrowline Dealers opened a depot in Lincoln. Furrowline also sells Sowmaster, a "
        "seed drill made by Kvern Agri.",
        [("kvern-agri", "OWNS", "sowmaster")],
        [("furrowline-dealers", "OWNS", "sowmaster")],
    ),
    (  # guard: sunscreen: a stockist's plain "sells" with no "also"
        "Pharmacie Brun opened a third shop. Pharmacie Brun sells Solara, a tinted cream, "
        "at a discount.",
        [],
        [("pharmacie-brun", "OWNS", "solara")],
    ),
    (  # greenhouse heaters: a name after a preposition in the appositive is no maker
        "Glasswarm Heating opened a plant in Leeds. The company also sells ThermaLog, a "
        "logging app that runs on the Brisk Cloud platform.",
        [("glasswarm-heating", "OWNS", "thermalog")],
        [],
    ),
    (  # guard: hand cream: the appositive's relative clause names the maker (review 28)
        "Orvane opened a shop in Leeds. Orvane also sells Tilda, a hand cream that Kessel Labs "
        "makes.",
        [("kessel-labs", "OWNS", "tilda")],
        [("orvane", "OWNS", "tilda")],
    ),
    (  # guard: hand cream: a maker named before its verb
        "Orvane opened a shop in Leeds. Orvane also sells Tilda, a cream Kessel Labs developed.",
        [],
        [("orvane", "OWNS", "tilda")],
    ),
    (  # guard: hand cream: the maker's name as a modifier
        "Orvane opened a shop in Leeds. Orvane also sells Tilda, a Kessel Labs cream.",
        [],
        [("orvane", "OWNS", "tilda")],
    ),
    (  # guard: bicycle locks: another maker as a modifier
        "Velda Cycles opened a store in Ghent. Velda also sells Ridgeguard, a Tarn Locks "
        "chain lock.",
        [],
        [("velda-cycles", "OWNS", "ridgeguard")],
    ),
    (  # guard: pruning saws: a product the seller imports
        "Brackley Garden opened a depot in Derby. Brackley also sells Thornet, a pruning saw it "
        "imports.",
        [],
        [("brackley-garden", "OWNS", "thornet")],
    ),
]

GAP_CASES: list[Case] = [
    (  # ropes: two products set off after "its two biggest lines"
        "Halyard Cordage is based in Grimsby. Its two biggest lines, the Seastay "
        "mooring line and the Kedge anchor rope, make up half its sales.",
        [("halyard-cordage", "OWNS", "seastay"), ("halyard-cordage", "OWNS", "kedge")],
        [],
    ),
    (  # kitchen scales: "makes the P range" after a relative clause on the maker
        "Pesora, which the fund Tavish Capital controls, makes the Libra scale and "
        "the Tara timer line at a works near Brno.",
        [("pesora", "OWNS", "tara")],
        [],
    ),
]

BANK = COPULA + ALSO_SELLS + GAP_CASES
GAPS: dict[str, str] = {
    "Halyard Cordage is based in Grimsby. Its two biggest": "products set off after a "
    "possessed plural product noun",
    "Pesora, which the fund": "the second of two products after 'makes the'",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_own28(case: Case) -> None:
    check(*case)
