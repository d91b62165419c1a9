"""Genre bank for a verb's end that only modifies the real head noun (round 22).

A name in MODIFIER or POSSESSOR position of a noun phrase is no end of the verb when the head
noun is the participant: "the Alcantil sailcloth and cordage brand founded by P" (the brand,
which the appositive names), "The Skarnow company, founded by P", "bought the Ashwold
sand-and-gravel business Halloc Quarries", "attacked the directors over the Brunello deal",
"paid for a new Orlane workshop", "the Ostrava restoration, financed by", "fined by the Brenna
regulator, the Port Authority". A plan-like head stands for its possessor and keeps firing
("backed Quenby's request", "criticised Zippora's business model").

Each case is a short invented text (relations that must be found, relations that must not be),
across textiles, recycling, dairy, quarrying, clocks, tyres, rail, ports, food and finance.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PASSIVE_PREMODIFIERS: list[Case] = [
    (  # textiles: appositive "the <place> X and Y brand founded in <year> by P" (repro r01)
        "Its main fabric supplier is Sorvang Sailcloth, the Alcantil sailcloth and cordage "
        "brand founded in 2014 by former windsurfer Bjarni Vellido.",
        [("bjarni-vellido", "FOUNDED", "sorvang-sailcloth")],
        [("bjarni-vellido", "FOUNDED", "alcantil")],
    ),
    (  # recycling: descriptive subject "The <place> company, founded by P" (repro r02)
        "A ranking of battery recyclers puts Lodzia Recykling first. The Skarnow company, "
        "founded by chemist Orsolya Marczak in 2016, recovered 2,300 tonnes of cobalt.",
        [],
        [("orsolya-marczak", "FOUNDED", "skarnow")],
    ),
    (  # food: "a <place> X and Y chain owned by A"
        "Dalby Bakes is a Tarvin bakery and cafe chain owned by Norvik Capital.",
        [("norvik-capital", "OWNS", "dalby-bakes")],
        [("norvik-capital", "OWNS", "tarvin")],
    ),
    (  # ports: "The <place> operator, owned by A since <year>" with a hyphenated sector word
        "The Brenmouth ferry-and-freight operator, owned by Calder Holdings since 2019, added "
        "two ships.",
        [],
        [("calder-holdings", "OWNS", "brenmouth")],
    ),
    (  # heritage: "The <X> restoration, financed by A": a thing head before the comma
        "The Ostrava restoration, financed by Kelvin Bank, was completed last year.",
        [],
        [("kelvin-bank", "FUNDS", "ostrava")],
    ),
    (  # mining: a hyphenated place modifier before the head keeps the appositive's head
        "Velda Mining is a Kiruna-based iron-ore and copper miner founded by Tomas Berg.",
        [("tomas-berg", "FOUNDED", "velda-mining")],
        [("tomas-berg", "FOUNDED", "kiruna")],
    ),
    (  # must still give: the name itself before the participle
        "Sorvang Sailcloth was founded in 2014 by Bjarni Vellido.",
        [("bjarni-vellido", "FOUNDED", "sorvang-sailcloth")],
        [],
    ),
]

AGENT_APPOSITIONS: list[Case] = [
    (  # ports: "fined by the <place> regulator, the N": the apposed name is the agent
        "Calder Steel was fined by the Brenna regulator, the Port Authority.",
        [("port-authority", "DISPUTES", "calder-steel")],
        [("brenna", "DISPUTES", "calder-steel")],
    ),
    (  # rail: "sued by the <place> union, the N"
        "Vantor Rail was sued last year by the Halden union, the Drivers Guild.",
        [("drivers-guild", "DISPUTES", "vantor-rail")],
        [("halden", "DISPUTES", "vantor-rail")],
    ),
    (  # guard: a list of agents after the head is no apposition
        "Tessin Docks is owned by the Kell group, Vexa Capital and Orrin Partners.",
        [],
        [("vexa-capital", "OWNS", "orrin-partners")],
    ),
]

HYPHENATED_MODIFIERS: list[Case] = [
    (  # quarrying: "bought the <place> sand-and-gravel business N" (repro r04)
        "Its main rival is Fennick Gravel Group, which bought the Ashwold sand-and-gravel "
        "business Halloc Quarries in 2023 and has lowered prices since.",
        [("fennick-gravel-group", "OWNS", "halloc-quarries")],
        [("fennick-gravel-group", "OWNS", "ashwold")],
    ),
    (  # guard from the repros: no hyphenated word
        "Fennick Gravel Group, which bought the Ashwold gravel business Halloc Quarries in "
        "2023, has since cut its prices.",
        [("fennick-gravel-group", "OWNS", "halloc-quarries")],
        [("fennick-gravel-group", "OWNS", "ashwold")],
    ),
    (  # dairy: active, a hyphenated sector word before the head and the name
        "Orrin Foods has acquired the Dalby cheese-making group Vell Dairies.",
        [("orrin-foods", "OWNS", "vell-dairies")],
        [("orrin-foods", "OWNS", "dalby")],
    ),
    (  # finance: a backer of the described firm
        "Norvik Capital has backed the Tarvin e-bike start-up Pedalo.",
        [("norvik-capital", "FUNDS", "pedalo")],
        [("norvik-capital", "FUNDS", "tarvin")],
    ),
]

THING_HEADS: list[Case] = [
    (  # dairy: "attacked the directors over the <X> deal" (repro r03): no dispute with X
        "Hamlet Peres, who used to be finance director at Corvalo Group and still owns 3% of "
        "the dairy business, has stepped up his campaign. Peres has publicly attacked the "
        "directors over the Brunello deal, which he says would saddle the business with debt.",
        [],
        [("hamlet-peres", "DISPUTES", "brunello")],
    ),
    (  # clocks: "paid for a new <X> workshop" (repro r05): no funding of X
        "Orlane, the clockmaker from the Vinsk valley, was bought in 2009 by the luxury group "
        "Castellet. Castellet later paid for a new Orlane workshop near Vinsk.",
        [("castellet", "OWNS", "orlane")],
        [("castellet", "FUNDS", "orlane")],
    ),
    (  # banking: criticising a merger named by a party is no dispute with the party
        "Kessel Bank has criticised the Vantor merger in a letter to shareholders.",
        [],
        [("kessel-bank", "DISPUTES", "vantor")],
    ),
    (  # ports: attacking a tie-up named by a party is no dispute with the party
        "Quenby Freight attacked the Arlo tie-up in a letter on Monday.",
        [],
        [("quenby-freight", "DISPUTES", "arlo")],
    ),
    (  # health: a grant towards a hub named by a town (repro guard 4)
        "Brennoc Therapy Group has opened a hub in Tromso. The city council has given a £6m "
        "grant towards the Tromso hub itself, the company said.",
        [],
        [("brennoc-therapy-group", "FUNDS", "tromso")],
    ),
    (  # energy: funding a workshop and a refurbishment named by firms
        "Norvik Bank funded the Arlo workshop and the Tessin refurbishment.",
        [],
        [("norvik-bank", "FUNDS", "arlo"), ("norvik-bank", "FUNDS", "tessin")],
    ),
    (  # law: challenging a hearing named by a firm
        "The union challenged the Halvik Steel hearing in court.",
        [],
        [("union", "DISPUTES", "halvik-steel")],
    ),
    (  # finance: financing a purchase named by the buyer funds no firm by the verb
        "Ostrel Capital financed the Quenby purchase of Tessin Docks.",
        [],
        [("ostrel-capital", "FUNDS", "quenby")],
    ),
]

PLAN_HEADS: list[Case] = [
    (  # guard (repro 2): a body backing a firm's request backs the firm
        "The Vellmark Transit Council has backed Quenby Haulage Group's request for a new "
        "freight licence, officials said on Friday.",
        [("the-vellmark-transit-council", "BACKS", "quenby-haulage-group")],
        [],
    ),
    (  # guard (repro 3): criticising a firm's business model disputes the firm
        "The Riders Guildhall of Vinsk has criticised Zippora Couriers' business model, saying "
        "its riders earn less than the legal minimum.",
        [("riders-guildhall", "DISPUTES", "zippora-couriers")],
        [],
    ),
    (  # rail: criticising a firm's restructuring plan disputes the firm
        "Kessel Bank has criticised the Vantor Rail restructuring plan.",
        [("kessel-bank", "DISPUTES", "vantor-rail")],
        [],
    ),
    (  # food: opposing a firm's bid disputes the firm
        "Pellmoor Foods opposed Dalby Bakes' bid for the Tarvin mill.",
        [("pellmoor-foods", "DISPUTES", "dalby-bakes")],
        [],
    ),
    (  # must still give: a plain object
        "Kessel Bank sued Vantor Rail over unpaid fees.",
        [("kessel-bank", "DISPUTES", "vantor-rail")],
        [],
    ),
]

MORE_SHAPES: list[Case] = [
    (  # recycling: main-clause passive "The <place> company was founded by P"
        "Lodzia Recykling tops the ranking. The Skarnow company was founded by Orsolya Marczak "
        "in 2016.",
        [],
        [("orsolya-marczak", "FOUNDED", "skarnow")],
    ),
    (  # pharma: "The <place> drugmaker is now owned by A"
        "Brisk Labs leads the list. The Harlow drugmaker is now owned by Kell Capital.",
        [],
        [("kell-capital", "OWNS", "harlow")],
    ),
    (  # dairy: a copula's complement with a relative: the subject is the antecedent
        "Vell Dairies is the Dalby cheese maker that Kell Capital bought in 2020.",
        [("kell-capital", "OWNS", "vell-dairies")],
        [("kell-capital", "OWNS", "dalby")],
    ),
    (  # food: coordinated sector nouns before the named object
        "Norvik Capital bought the Tarvin bakery and cafe chain Dalby Bakes.",
        [("norvik-capital", "OWNS", "dalby-bakes")],
        [("norvik-capital", "OWNS", "tarvin")],
    ),
    (  # guard: a project's own name before its head noun stays the patient
        "The Harlow Dam project, funded by Ostrel Bank, opened in May.",
        [("ostrel-bank", "FUNDS", "harlow-dam")],
        [],
    ),
    (  # guard: a thing noun after the object's noun phrase has ended
        "Calder Bank has backed Tessin Docks throughout the hearing, officials said.",
        [("calder-bank", "BACKS", "tessin-docks")],
        [],
    ),
    (  # guard: two objects joined by "and" stay two objects
        "Kessel Bank sued Corvex Labs and executive Tom Harlan over the loans.",
        [("kessel-bank", "DISPUTES", "corvex-labs")],
        [],
    ),
]

RIVAL_PRICES: list[Case] = [
    (  # tyres: "undercuts <X>'s own prices" with X the parent (repro r06)
        "Quickrim, a web retailer of discount tyres that routinely undercuts Pellway's own "
        "prices, is controlled by Rimhold Ltd, which is in turn a subsidiary of Pellway Tyres.",
        [("rimhold", "OWNS", "quickrim")],
        [("quickrim", "COMPETES_WITH", "pellway")],
    ),
]

BANK = (
    PASSIVE_PREMODIFIERS
    + AGENT_APPOSITIONS
    + HYPHENATED_MODIFIERS
    + THING_HEADS
    + PLAN_HEADS
    + MORE_SHAPES
    + RIVAL_PRICES
)
GAPS: dict[str, str] = {
    "Quickrim, a web retailer": "a price head's possessor is a rival in the sets' gold except "
    "when it is the subject's own parent; the parent tie is not read before the rivalry",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_modnp22(case: Case) -> None:
    check(*case)
