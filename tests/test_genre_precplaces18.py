"""Genre bank for places bound to the noun they modify, and places that are no site (round 18).

A seat participle set off by a comma ("X bought Y, based in P") belongs to the name right before
the comma, the whole coordination only after "both"/"all"; a hyphen descriptor whose head noun
is followed by "the company" or a pronoun ("the Lecce-based processor the company fears")
describes no later reference; "<person> at <firm> in <city>" places no one; a town part named
before its town ("the Marais district of Paris", "the Texas city of Houston") places the site in
the town the gazetteer lists. Planned sites, sites a dispute is over, sites another organization
runs ("a hub in C run by Y"), venues "at a hotel in C", sites searched for ("looking at sites
in A") and a counterpart's "its" site served by the subject ("supplies gas to Y for its plant
in C") give no LOCATED_IN; nor do datelines, markets, demand and customers' places.

Each case is a short invented text (relations that must be found, relations that must not be),
across dairy, foods, steel, energy, banking, shipping, housing, wine, fruit, retail and tiles.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SET_OFF: list[Case] = [
    (  # foods: the object of a purchase, then ", based in"
        "Kelda Dairy bought Tarsa Foods, based in Lewes.",
        [("tarsa-foods", "LOCATED_IN", "lewes")],
        [("kelda-dairy", "LOCATED_IN", "lewes")],
    ),
    (  # steel: a partner after "with", a set-off "headquartered in": never the subject
        "Norvane Steel agreed a merger with Ruhrwerk Metals, headquartered in Essen.",
        [],
        [("norvane-steel", "LOCATED_IN", "essen")],
    ),
    (  # steel: the object of a purchase, "headquartered in"
        "Norvane Steel acquired Ruhrwerk Metals, headquartered in Essen, for $90 million.",
        [("ruhrwerk-metals", "LOCATED_IN", "essen")],
        [("norvane-steel", "LOCATED_IN", "essen")],
    ),
    (  # steel: "with" a partner, the participle read
        "Norvane Steel will merge with Ruhrwerk Metals, headquartered in Essen.",
        [("ruhrwerk-metals", "LOCATED_IN", "essen")],
        [("norvane-steel", "LOCATED_IN", "essen")],
    ),
    (  # foods: a coordinated subject, the participle on the last conjunct only
        "Tarsa Foods and Kelda Dairy, based in Lyon, signed a supply deal.",
        [("kelda-dairy", "LOCATED_IN", "lyon")],
        [("tarsa-foods", "LOCATED_IN", "lyon")],
    ),
    (  # dairy: three conjuncts, the last is placed
        "Kelda Dairy, Orvo Milk and Tarsa Foods, based in Lewes, formed a buying group.",
        [("tarsa-foods", "LOCATED_IN", "lewes")],
        [("kelda-dairy", "LOCATED_IN", "lewes"), ("orvo-milk", "LOCATED_IN", "lewes")],
    ),
    (  # energy: "both" spreads the seat over the coordination
        "Orvo Energy and Halden Power, both based in Bergen, will build a cable.",
        [("orvo-energy", "LOCATED_IN", "bergen"), ("halden-power", "LOCATED_IN", "bergen")],
        [],
    ),
    (  # banking: the first conjunct is set off before "and"
        "Harl Bank, based in Oslo, and Vesta Capital signed the loan.",
        [("harl-bank", "LOCATED_IN", "oslo")],
        [("vesta-capital", "LOCATED_IN", "oslo")],
    ),
    (  # dairy: an indefinite appositive head before the participle describes the rival
        "Kelda Dairy makes cheese. It competes with Tiverly Foods, a processor based in Lecce.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lecce")],
    ),
    (  # law: a person hired, described as based somewhere
        "Kelda Dairy hired Ann Vole, a lawyer based in Lyon.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lyon")],
    ),
    (  # steel: "a rival headquartered in"
        "Norvane Steel signed a deal with Ruhrwerk Metals, a rival headquartered in Essen.",
        [("ruhrwerk-metals", "LOCATED_IN", "essen")],
        [("norvane-steel", "LOCATED_IN", "essen")],
    ),
    (  # guard: the subject's own appositive
        "Kelda Dairy, a cheese maker based in Lyon, bought Tiverly Foods.",
        [("kelda-dairy", "LOCATED_IN", "lyon")],
        [("tiverly-foods", "LOCATED_IN", "lyon")],
    ),
    (  # law: the firm's people set off with "based in"
        "Kelda Dairy's lawyers, based in Lyon, filed the suit.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lyon")],
    ),
    (  # guard: an appositive before the participle leaves the subject placed
        "Kelda Dairy, the cheese maker, based in Lyon, is for sale.",
        [("kelda-dairy", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # shipping: the relative clause still places its own antecedent
        "Kelda Shipping teamed up with Tarsa Lines, which is based in Lewes.",
        [("tarsa-lines", "LOCATED_IN", "lewes")],
        [("kelda-shipping", "LOCATED_IN", "lewes")],
    ),
]

DESCRIBED: list[Case] = [
    (  # dairy: the head noun, then "the company" opening a reduced relative clause
        "Kelda Dairy makes cheese. Ann Vole named the Lecce-based processor the company fears "
        "most: Tiverly.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lecce")],
    ),
    (  # dairy: the apposed rival keeps its own descriptor
        "Kelda Dairy makes cheese. Ann Vole named Tiverly Foods, the Lecce-based processor the "
        "company sees as its main rival.",
        [("tiverly-foods", "LOCATED_IN", "lecce")],
        [("kelda-dairy", "LOCATED_IN", "lecce")],
    ),
    (  # foods: a descriptor before a name stays the name's
        "Tarsa Foods bought the Lyon-based maker Kelda for $40 million.",
        [("kelda", "LOCATED_IN", "lyon")],
        [("tarsa-foods", "LOCATED_IN", "lyon")],
    ),
    (  # tiles: "a P-based maker it bought": the pronoun opens a clause
        "Orvo Tiles makes floors. A Porto-based maker it bought last year will close.",
        [],
        [("orvo-tiles", "LOCATED_IN", "porto")],
    ),
]

ANALYSTS: list[Case] = [
    (  # banking: a named person at a firm in a city, after "said"
        '"Kelda is cheap," said Ola Brenn at Dray Securities in Oslo.',
        [],
        [("dray-securities", "LOCATED_IN", "oslo"), ("kelda", "LOCATED_IN", "oslo")],
    ),
    (  # banking: an analyst's job before "at"
        "Ola Brenn, an analyst at Dray Securities in Oslo, said Tarsa Foods was overvalued.",
        [],
        [("tarsa-foods", "LOCATED_IN", "oslo"), ("dray-securities", "LOCATED_IN", "oslo")],
    ),
    (  # foods: the dateline gives no place
        "OSLO (Wirepress) - Tarsa Foods said on Monday it would cut 300 jobs.",
        [],
        [("tarsa-foods", "LOCATED_IN", "oslo")],
    ),
    (  # guard: a firm at a town after a verb of making is still placed
        "Orvo Tiles makes its glaze at Brisa Labs in Porto.",
        [("brisa-labs", "LOCATED_IN", "porto")],
        [],
    ),
]

GRAIN: list[Case] = [
    (  # retail: a neighbourhood before its town
        "Kelda Fashion opened a store in the Marais district of Paris.",
        [("kelda-fashion", "LOCATED_IN", "paris")],
        [("kelda-fashion", "LOCATED_IN", "marais")],
    ),
    (  # banking: a district's name before "of" a city, a seat
        "Tarsa Bank has its headquarters in the Canary Wharf district of London.",
        [("tarsa-bank", "LOCATED_IN", "london")],
        [],
    ),
    (  # tiles: a nationality and "port of"
        "Orvo Tiles has a plant in the Portuguese port of Porto.",
        [("orvo-tiles", "LOCATED_IN", "porto")],
        [],
    ),
    (  # steel: "the STATE city of CITY"
        "Tarvo Steel runs a mill in the Ohio city of Cleveland.",
        [("tarvo-steel", "LOCATED_IN", "cleveland")],
        [("tarvo-steel", "LOCATED_IN", "ohio")],
    ),
    (  # guard: the town named first keeps the site
        "Kelda Dairy runs a plant in the Lyon suburb of Vaulx.",
        [("kelda-dairy", "LOCATED_IN", "lyon")],
        [],
    ),
]

NO_SITE: list[Case] = [
    (  # dairy: a planned factory
        "Kelda Dairy makes cheese. Its planned factory in Lewes was approved.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lewes")],
    ),
    (  # mining: a proposed mine
        "Harlow Mining said a proposed mine in Atacama would cost $2 billion.",
        [],
        [("harlow-mining", "LOCATED_IN", "atacama")],
    ),
    (  # energy: a future plant of "the company"
        "Orvo Energy sells power. The company's future plant in Lewes will employ 300 people.",
        [],
        [("orvo-energy", "LOCATED_IN", "lewes")],
    ),
    (  # housing: a site a court fight is over
        "Kelda Homes lost a court fight over a site in Lewes.",
        [],
        [("kelda-homes", "LOCATED_IN", "lewes")],
    ),
    (  # housing: "about the depot"
        "Kelda Homes is locked in a row with the council about the depot in Lewes.",
        [],
        [("kelda-homes", "LOCATED_IN", "lewes")],
    ),
    (  # guard: a row over its own plant keeps the plant
        "Kelda Homes is in a row over its plant in Lewes.",
        [("kelda-homes", "LOCATED_IN", "lewes")],
        [],
    ),
    (  # guard: "took over a plant" buys it
        "Kelda Homes took over a plant in Lewes.",
        [("kelda-homes", "LOCATED_IN", "lewes")],
        [],
    ),
    (  # energy: "for its factory" after a recipient
        "Orvo Energy supplies gas to Tarsa Foods for its factory in Lewes.",
        [],
        [("orvo-energy", "LOCATED_IN", "lewes")],
    ),
    (  # energy: a serving verb after a counterpart
        "Orvo Energy won a contract from Tarsa Foods to power its factory in Lewes.",
        [],
        [("orvo-energy", "LOCATED_IN", "lewes")],
    ),
    (  # foods: a plant bought along with its owner
        "Kelda Dairy makes cheese. It bought Tarsa Foods, along with its plant in Lewes, in 2019.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lewes")],
    ),
    (  # steel: "together with its works"
        "Norvane Steel bought Ruhrwerk Metals together with its works in Essen.",
        [],
        [("norvane-steel", "LOCATED_IN", "essen")],
    ),
    (  # guard: the subject along with its own plant
        "Kelda Dairy, along with its plant in Lewes, was sold.",
        [("kelda-dairy", "LOCATED_IN", "lewes")],
        [],
    ),
    (  # guard: a loan from a bank for its own plant
        "Orvo Energy got a loan from Harl Bank for its plant in Lewes.",
        [("orvo-energy", "LOCATED_IN", "lewes")],
        [("harl-bank", "LOCATED_IN", "lewes")],
    ),
    (  # logistics: a hub another firm runs
        "Kelda Dairy uses a shipping hub in Rotterdam run by Orvo Logistics.",
        [],
        [("kelda-dairy", "LOCATED_IN", "rotterdam")],
    ),
    (  # research: a centre a university runs
        "Kelda Dairy moved staff to a research centre in Lewes run by Harl University.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lewes")],
    ),
    (  # guard: a manager runs the subject's own plant
        "Kelda Dairy has a plant in Lewes run by Ann Vole.",
        [("kelda-dairy", "LOCATED_IN", "lewes")],
        [],
    ),
    (  # guard: a verb of holding keeps the site the subject's
        "Kelda Dairy runs a plant in Lewes owned by Orvo Milk.",
        [("kelda-dairy", "LOCATED_IN", "lewes")],
        [],
    ),
    (  # dairy: sites looked at, none chosen
        "Kelda Dairy is looking at sites in Lewes and Hove.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lewes"), ("kelda-dairy", "LOCATED_IN", "hove")],
    ),
    (  # brewing: "scouting for" a plant
        "Orvo Brewing is scouting for a plant in Lewes.",
        [],
        [("orvo-brewing", "LOCATED_IN", "lewes")],
    ),
    (  # guard: "looking at expanding its plant": the plant is there
        "Kelda Dairy is looking at expanding its plant in Lewes.",
        [("kelda-dairy", "LOCATED_IN", "lewes")],
        [],
    ),
    (  # dairy: a conference held at a hotel
        "Kelda Dairy hosted its investor day at a hotel in Lewes.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lewes")],
    ),
    (  # foods: goods sold at a market hall
        "Tarsa Foods' cheese is sold at the market hall in Lewes.",
        [],
        [("tarsa-foods", "LOCATED_IN", "lewes")],
    ),
    (  # guard: a hotel chain running a hotel
        "Kelda Hotels runs a hotel in Lewes.",
        [("kelda-hotels", "LOCATED_IN", "lewes")],
        [],
    ),
    (  # wine: markets and demand are no site
        "Kelda Wines sells across Europe. Its biggest market, Brazil, grew 9% on demand in Asia.",
        [],
        [
            ("kelda-wines", "LOCATED_IN", "europe"),
            ("kelda-wines", "LOCATED_IN", "brazil"),
            ("kelda-wines", "LOCATED_IN", "asia"),
        ],
    ),
    (  # fruit: customers' places
        "Kelda Fruit supplies supermarkets in Spain and has customers in Portugal.",
        [],
        [("kelda-fruit", "LOCATED_IN", "spain"), ("kelda-fruit", "LOCATED_IN", "portugal")],
    ),
]

GAPS_ONLY: list[Case] = [
    (  # foods: "its" after a rival named as the speaker
        "Kelda Dairy makes cheese. Its rival Tarsa Foods said its plant in Lewes would close.",
        [("tarsa-foods", "LOCATED_IN", "lewes")],
        [("kelda-dairy", "LOCATED_IN", "lewes")],
    ),
    (  # dairy: a rival description after "as"
        "Kelda Dairy makes cheese. Its chief named Tiverly as the Lecce-based rival the company "
        "fears most.",
        [],
        [("kelda-dairy", "LOCATED_IN", "lecce")],
    ),
    (  # banking: a person's name at the start, typed Organization by default
        "Ola Brenn at Dray Securities in Oslo said Kelda Dairy was cheap.",
        [],
        [("dray-securities", "LOCATED_IN", "oslo")],
    ),
]

BANK = SET_OFF + DESCRIBED + ANALYSTS + GRAIN + NO_SITE + GAPS_ONLY
GAPS: dict[str, str] = {
    "Kelda Dairy makes cheese. Its rival Tarsa": "'its' inside a reported clause after 'Its "
    "rival X said' is bound to the salient firm (pronoun binding, not a place rule)",
    "Kelda Dairy makes cheese. Its chief named": "'the P-based rival' after 'as' is resolved by "
    "coreference to the topic firm (based_descriptions ranks it; not read)",
    "Norvane Steel will merge with": "a set-off participle after the object of 'with' is not "
    "offered to the subject search (no trigger reading reaches it)",
    "Ola Brenn at Dray": "a sentence-initial person name with no cue is typed Organization, so "
    "the person-at-firm guard does not see a person",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_precplaces18(case: Case) -> None:
    check(*case)
