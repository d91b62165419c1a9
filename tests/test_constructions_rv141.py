"""Review of round 41's described-keeper reading (own41), on invented sentences.

The reading lets a holder set off by an aside keep its share ("P, who opened it alongside her
cousin, C, near T, keeps a 6% holding"). Its longer relative clause may reach across commas,
so the review adds guards and pins them here:

- a comma of the relative clause opens only an aside: a name, an article, a preposition, a
  date word or a number (", his wife, Greta,", ", in a barn near Kalmar,", ", in 2002");
  a comma before a verb or a conjunction ends the clause, and the share belongs to the main
  clause's own subject ("P, who chairs X, said the seller, S, will keep 30%": S, not P),
  except for the relative's own verb after an aside opened at once ("P, who, with her
  brother, B, founded it, keeps 20%");
- "which" is never said of a person ("P, Vela's chief executive, which owns 30% of T": not P).

Known gaps stay as strict xfails with their reasons.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LONG_RELATIVE_KEEPERS: list[Case] = [
    (  # glassworks: a wife apposed and a place inside the clause
        "Halden Group has agreed to buy 92% of Ostra Glass. Nils Ostra, who founded the works "
        "in 1975 with his wife, Greta Ostra, in a barn near Kalmar, keeps an 8% holding.",
        [("nils-ostra", "OWNS", "ostra-glass")],
        [("greta-ostra", "OWNS", "ostra-glass")],
    ),
    (  # spices: a name and a town in the clause, "the remaining"
        "Marlo Foods bought 75% of Tesh Spices. Ravi Tesh, who started the business with his "
        "uncle, Anil Tesh, in Kochi, retains the remaining 25%.",
        [("ravi-tesh", "OWNS", "tesh-spices")],
        [("anil-tesh", "OWNS", "tesh-spices")],
    ),
    (  # seeds: "near" opens the second aside
        "Quarry Capital bought 60% of Delta Seeds. Mia Delta, who runs the seed farm with her "
        "brother, Jon Delta, near Ames, still holds the other 40 percent.",
        [("mia-delta", "OWNS", "delta-seeds")],
        [("jon-delta", "OWNS", "delta-seeds")],
    ),
    (  # chips: the apposed name before its noun, an aside ending in a town
        "Ada Lin, who co-founded Jade Chips with Wei Chen, her husband, in Hsinchu, keeps a 9% "
        "stake in Jade Chips.",
        [("ada-lin", "OWNS", "jade-chips")],
        [("wei-chen", "OWNS", "jade-chips")],
    ),
    (  # trailers: the aside opens at once after "who", the clause's verb after it
        "Ana Roe, who, with her brother, Ivo Roe, founded Talon Trailers, keeps 20% of it.",
        [("ana-roe", "OWNS", "talon-trailers")],
        [("ivo-roe", "OWNS", "talon-trailers")],
    ),
    (  # a firm: the relative's second verb holds the share
        "Ivo Roe, who sold his stake to Corma Group, the buyer, last year, now owns 5% of Talon "
        "Trailers.",
        [("ivo-roe", "OWNS", "talon-trailers")],
        [("corma-group", "OWNS", "talon-trailers")],
    ),
]

MAIN_CLAUSE_HOLDERS: list[Case] = [
    (  # olive oil: a speaker's relative, then the reported keeper
        "Corma Group agreed to buy 85% of Lefka Oils. Anna Pirou, who chairs Corma, said "
        "Lefka's founder, Nikos Varda, will keep the remaining 15%.",
        [],
        [("anna-pirou", "OWNS", "lefka-oils")],
    ),
    (  # bakery: an adviser with an apposed client and a phrase, then "said"
        "Leona Vance, who advised the buyer, Corma Group, on the deal, said the seller, Ivo "
        "Rask, will keep 30% of Dunmore Bakes.",
        [("ivo-rask", "OWNS", "dunmore-bakes")],
        [("leona-vance", "OWNS", "dunmore-bakes")],
    ),
    (  # paper: a bidder's relative, "says", the chairman holds
        "Vanta Group, which has bid for Rell Paper, says the chairman, Omar Rell, owns 31 "
        "percent of the company.",
        [("omar-rell", "OWNS", "rell-paper")],
        [("vanta-group", "OWNS", "rell-paper")],
    ),
    (  # shoes: an analyst estimates
        "Helen Dorr, who covers retail for Brisk Bank, estimated that the founder, Ivan Vesta, "
        "owns 20% of Vesta Shoes.",
        [("ivan-vesta", "OWNS", "vesta-shoes")],
        [("helen-dorr", "OWNS", "vesta-shoes")],
    ),
    (  # fish farming: "believes", the partner holds
        "Otto Berg, who co-founded Fjord Fish, a salmon farmer, with Lars Dahl, believes his "
        "partner, Lars Dahl, holds 25% of it.",
        [("lars-dahl", "OWNS", "fjord-fish")],
        [("otto-berg", "OWNS", "fjord-fish")],
    ),
]

WHICH_OF_A_PERSON: list[Case] = [
    (  # fund: "which" after a person's appositive is said of the firm
        "Ruth Kane, Vela's chief executive, which owns 30% of Talon Trailers, will step down.",
        [],
        [("ruth-kane", "OWNS", "talon-trailers")],
    ),
    (  # chips: the same with a plural possessive
        "Ada Lin, Jade Chips' chief executive, which owns 9% of Lumo Fabs, spoke on Monday.",
        [],
        [("ada-lin", "OWNS", "lumo-fabs")],
    ),
    (  # a firm with a person's possessive: "which" is the firm's
        "Jade Chips, Ada Lin's company, which owns 9% of Lumo Fabs, reported a profit.",
        [("jade-chips", "OWNS", "lumo-fabs")],
        [("ada-lin", "OWNS", "lumo-fabs")],
    ),
]

GAPS: list[Case] = [
    (  # a second predicate after ", but": the comma reads as the main clause's
        "Mara Dunn, who invested with her husband, Alan Dunn, in 2010, but sold in 2016, now "
        "holds 2% of Zephyr Kites.",
        [("mara-dunn", "OWNS", "zephyr-kites")],
        [("alan-dunn", "OWNS", "zephyr-kites")],
    ),
    (  # the keeper is right, "the firm" resolves to the co-investor
        "Vela Capital, which bought into Talon Trailers alongside Corma Group, a rival, in 2015, "
        "still owns 35% of the firm.",
        [("vela-capital", "OWNS", "talon-trailers")],
        [("vela-capital", "OWNS", "corma-group")],
    ),
    (  # the keeper is right, "the business" resolves to the town
        "Sven Ek, who runs Polar Ice with his son, Karl Ek, from Lulea, owns 80% of the business.",
        [("sven-ek", "OWNS", "polar-ice")],
        [("sven-ek", "OWNS", "lulea")],
    ),
    (  # the keeper is right, "it" (the magazine) resolves to the buyer
        "Castell Media has acquired Vero Press. Ana Vero, who launched the magazine with her "
        "sister, Lucia Vero, in Madrid in 1999, and still holds 35% of it, will stay as editor.",
        [("ana-vero", "OWNS", "vero-press")],
        [("ana-vero", "OWNS", "castell-media")],
    ),
]

GAP_REASONS = {
    "Mara Dunn": "', but sold' closes the long relative: a verb after a comma ends it",
    "Vela Capital": "'the firm' resolves to the nearer co-investor, not the stake's firm",
    "Sven Ek": "'the business' resolves to a town; the holder is right",
    "Castell Media": "'it' after 'the magazine' resolves to the buyer; the holder is right",
}


@pytest.mark.parametrize("text,present,absent", LONG_RELATIVE_KEEPERS)
def test_long_relative_keeper(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", MAIN_CLAUSE_HOLDERS)
def test_main_clause_holder(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", WHICH_OF_A_PERSON)
def test_which_of_a_person(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("case", gap_params(GAPS, GAP_REASONS))
def test_gap(case: Case) -> None:
    check(*case)
