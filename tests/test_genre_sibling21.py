"""Genre bank for several agents of one relation in one sentence (round 21).

Two or more funders, holders or founders of one target are named in one sentence and every one
of them holds the relation, not only the first: a later list member after a relative clause
("investors include A, which led its seed round, and B"); a fellow funder whose name comes after
a descriptor, a place premodifier included ("with participation from the Colorado venture firm
B", "alongside the angel investor B"); a parallel share clause after a semicolon or ", and",
past an appositive or adverb ("; and C, the state's investment arm, holds the last 20%") or with
a verb of making a holding known ("and the activist fund B disclosed a 5.4% holding").

Guards: a later member of another role ("with legal advice from the law firm B"), a companion
of a relative clause ("which works alongside B"), a later clause with no holding ("B has called
for a sale", "B reported a 10% rise in profit"), customers or rivals listed after the backers.

Each case is a short invented text (relations that must be found, relations that must not be),
across farming, drones, mining, whisky, glass, biotech, freight, ports, energy and dairy.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

RELATIVE_MEMBERS: list[Case] = [
    (  # repro r01: backers list with a relative clause after the first member
        "Pollenra, a bumblebee-breeding start-up that supplies greenhouse growers, said this "
        "week it has raised 9 million euros.\n\nPollenra's backers include Gansbeek Fonds, which "
        "led the company's first round in 2021, and Tulpwater Investeringen.",
        [("gansbeek-fonds", "FUNDS", "pollenra"), ("tulpwater-investeringen", "FUNDS", "pollenra")],
        [("pollenra", "FUNDS", "tulpwater-investeringen")],
    ),
    (  # biotech: "investors in X include A, which ..., and B"
        "Investors in Tessin Bio include Calder Ventures, which led its seed round in 2022, and "
        "Ostrel Capital.",
        [("calder-ventures", "FUNDS", "tessin-bio"), ("ostrel-capital", "FUNDS", "tessin-bio")],
        [("tessin-bio", "FUNDS", "ostrel-capital")],
    ),
    (  # steel: passive owners with a relative clause after the first
        "Kelmar Works is owned by Pellmoor Group, which bought its first shares in 2015, and "
        "Exton Capital.",
        [("pellmoor-group", "OWNS", "kelmar-works"), ("exton-capital", "OWNS", "kelmar-works")],
        [("kelmar-works", "OWNS", "exton-capital")],
    ),
    (  # food: passive founders, a "who" clause after the first
        "Brannock Foods was founded by Ilse Marrack, who now chairs the board, and Tomas Vell.",
        [
            ("ilse-marrack", "FOUNDED", "brannock-foods"),
            ("tomas-vell", "FOUNDED", "brannock-foods"),
        ],
        [],
    ),
    (  # steel: the relative clause names another holding of the first member
        "Kelmar Works is owned by Pellmoor Group, which also owns Vantor Steel, and Exton Capital.",
        [("exton-capital", "OWNS", "kelmar-works"), ("pellmoor-group", "OWNS", "vantor-steel")],
        [("exton-capital", "OWNS", "vantor-steel")],
    ),
    (  # freight: "the backers of X include A, which ..., and the pension fund B"
        "The backers of Harlow Freight include Norvik Partners, which invested in 2019, and the "
        "pension fund Calder Mutual.",
        [
            ("norvik-partners", "FUNDS", "harlow-freight"),
            ("calder-mutual", "FUNDS", "harlow-freight"),
        ],
        [],
    ),
    (  # guard: a new clause after the relative clause, no second member
        "Tessin Bio's backers include Calder Ventures, which led its seed round, and the company "
        "plans to hire 30 staff.",
        [("calder-ventures", "FUNDS", "tessin-bio")],
        [("tessin-bio", "FUNDS", "tessin-bio")],
    ),
    (  # guard g04-like: customers listed after the backers
        "Tessin Bio's backers include Calder Ventures, and its customers include the hospital "
        "group Norvik Health.",
        [("calder-ventures", "FUNDS", "tessin-bio")],
        [("norvik-health", "FUNDS", "tessin-bio")],
    ),
    (  # review 21: the name after ", and" is the subject of a new clause ("signed")
        "Ardent Capital invested in Kestrel Pumps, which builds turbines in Leeds, and Halvik "
        "Energy signed a supply deal with Borland Motors.",
        [("ardent-capital", "FUNDS", "kestrel-pumps")],
        [("ardent-capital", "FUNDS", "halvik-energy")],
    ),
    (  # review 21: the same with an irregular past ("sold")
        "Kestrel Pumps bought Dornier Valves, which makes industrial seals, and Halvik Energy "
        "sold its Tarn unit to Borland Capital.",
        [("kestrel-pumps", "OWNS", "dornier-valves")],
        [("kestrel-pumps", "OWNS", "halvik-energy")],
    ),
    (  # review 21: no relative clause, the same new clause
        "Kestrel Pumps bought Dornier Valves, and Halvik Energy sold its Tarn unit to Borland "
        "Capital.",
        [("kestrel-pumps", "OWNS", "dornier-valves")],
        [("kestrel-pumps", "OWNS", "halvik-energy")],
    ),
    (  # review 21: a trigger verb's -s form opens the new clause
        "Marrow Dairies acquired Tolland Creamery, which makes butter, and Brenna Farms supplies "
        "its milk.",
        [("marrow-dairies", "OWNS", "tolland-creamery")],
        [("marrow-dairies", "OWNS", "brenna-farms")],
    ),
]

DESCRIBED_COFUNDERS: list[Case] = [
    (  # repro r02: a place premodifying the participant's descriptor
        "Skyvane, a maker of drone inspection software for wind farms, raised $30 million in a "
        "Series A headed by the venture firm Copperline Seedfund, with participation from the "
        "Colorado venture firm Aspenridge Funding.",
        [("copperline-seedfund", "FUNDS", "skyvane"), ("aspenridge-funding", "FUNDS", "skyvane")],
        [("colorado", "FUNDS", "skyvane"), ("skyvane", "FUNDS", "aspenridge-funding")],
    ),
    (  # biotech: place premodifiers on the lead and the participant
        "Norvik Bio closed a Series B led by the Boston venture firm Harlow Partners, with "
        "participation from the London fund Ostrel Capital.",
        [("harlow-partners", "FUNDS", "norvik-bio"), ("ostrel-capital", "FUNDS", "norvik-bio")],
        [("boston", "FUNDS", "norvik-bio"), ("london", "FUNDS", "norvik-bio")],
    ),
    (  # food: a pension fund described with its state
        "Dunmore Foods raised £12 million in a round headed by Calder Ventures, with "
        "participation from the Texas pension fund Exton Mutual.",
        [("calder-ventures", "FUNDS", "dunmore-foods"), ("exton-mutual", "FUNDS", "dunmore-foods")],
        [("texas", "FUNDS", "dunmore-foods")],
    ),
    (  # guard g01-like: legal advice, not participation
        "Vantor Energy raised $20 million in a round led by Kelmar Capital, with legal advice "
        "from the London law firm Quill Harte.",
        [("kelmar-capital", "FUNDS", "vantor-energy")],
        [("quill-harte", "FUNDS", "vantor-energy")],
    ),
    (  # repro r04: "alongside the angel investor B"
        "Kilnsea Growthbank invested £6 million in Glenharrow Stillhouse, a whisky start-up on "
        "Islay, alongside the angel investor Felicity Fairclough.",
        [
            ("kilnsea-growthbank", "FUNDS", "glenharrow-stillhouse"),
            ("felicity-fairclough", "FUNDS", "glenharrow-stillhouse"),
        ],
        [("islay", "FUNDS", "glenharrow-stillhouse")],
    ),
    (  # textiles: a stake bought alongside a described family office
        "Pellmoor Capital took a 20% stake in Brannock Mills alongside the family office Exton "
        "Partners.",
        [
            ("pellmoor-capital", "FUNDS", "brannock-mills"),
            ("exton-partners", "FUNDS", "brannock-mills"),
        ],
        [],
    ),
    (  # robotics: a person described before the name
        "Harlow Ventures invested $5 million in Tessin Robotics alongside the former banker Ilse "
        "Marrack.",
        [("ilse-marrack", "FUNDS", "tessin-robotics")],
        [("tessin-robotics", "FUNDS", "ilse-marrack")],
    ),
    (  # shipping: a loan, the co-lender after a comma
        "Norvik Bank lent £40 million to Ostrel Shipping, alongside the state lender Calder "
        "Development Bank.",
        [
            ("norvik-bank", "FUNDS", "ostrel-shipping"),
            ("calder-development-bank", "FUNDS", "ostrel-shipping"),
        ],
        [],
    ),
    (  # guard: "alongside" inside a relative clause about the investee
        "Harlow Ventures invested in Tessin Robotics, which works alongside the carmaker Kelmar "
        "Motors.",
        [("harlow-ventures", "FUNDS", "tessin-robotics")],
        [("kelmar-motors", "FUNDS", "tessin-robotics")],
    ),
]

PARALLEL_SHARES: list[Case] = [
    (  # repro r03: three parallel clauses, appositives and an adverb
        "Oxleigh Goldworks operates a gold mine in the west of the country.\n\nJarrow Bullion, a "
        "listed producer, holds 51% of Oxleigh Goldworks and runs the site; Keshi Bullion "
        "Refiners, a Chinese refining group, now has 29%; and Obuasi Statehold, the government's "
        "investment arm, holds the last 20%.",
        [
            ("jarrow-bullion", "OWNS", "oxleigh-goldworks"),
            ("keshi-bullion-refiners", "OWNS", "oxleigh-goldworks"),
            ("obuasi-statehold", "OWNS", "oxleigh-goldworks"),
        ],
        [("obuasi-statehold", "OWNS", "keshi-bullion-refiners")],
    ),
    (  # ports: described holders with appositives
        "Ostrel Ports owns 60% of Quay Terminals; the Dutch group Halvik Logistics, a container "
        "specialist, now holds 25%; and Exton Infrastructure, a pension investor, has the "
        "remaining 15%.",
        [
            ("halvik-logistics", "OWNS", "quay-terminals"),
            ("exton-infrastructure", "OWNS", "quay-terminals"),
        ],
        [("exton-infrastructure", "OWNS", "halvik-logistics")],
    ),
    (  # repro r05: a disclosed holding, dated
        "Veldmark Glasfabriek, the Dutch maker of greenhouse glass, has a new shareholder.\n\n"
        "Oosterhout Familiefonds, the holding vehicle of the founders, owns 26% of Veldmark, and "
        "the activist fund Grayfield Hedgefonds NV disclosed a 5.4% holding in October.",
        [
            ("oosterhout-familiefonds", "OWNS", "veldmark-glasfabriek"),
            ("grayfield-hedgefonds", "OWNS", "veldmark-glasfabriek"),
        ],
        [("grayfield-hedgefonds", "OWNS", "oosterhout-familiefonds")],
    ),
    (  # textiles: a revealed stake
        "Marrack Family Trust owns 40% of Brannock Mills, and the pension fund Calder Mutual "
        "revealed a 7% stake last week.",
        [("calder-mutual", "OWNS", "brannock-mills")],
        [],
    ),
    (  # energy: "while B has built up a 30% holding"
        "Kelmar Energy holds 45% of Vantor Wind, while the utility Norvik Power has built up a "
        "30% holding.",
        [("kelmar-energy", "OWNS", "vantor-wind"), ("norvik-power", "OWNS", "vantor-wind")],
        [],
    ),
    (  # guard g03-like: the later clause holds nothing
        "Oosterhout Familiefonds owns 26% of Veldmark Glasfabriek, and the activist fund "
        "Grayfield Hedgefonds NV has called for a sale of the glass division.",
        [("oosterhout-familiefonds", "OWNS", "veldmark-glasfabriek")],
        [("grayfield-hedgefonds", "OWNS", "veldmark-glasfabriek")],
    ),
    (  # guard: a rise in profit is no holding
        "Pellmoor Holdings owns 55% of Harlow Dairies, and the investment firm Exton Capital "
        "reported a 10% rise in profit.",
        [("pellmoor-holdings", "OWNS", "harlow-dairies")],
        [("exton-capital", "OWNS", "harlow-dairies")],
    ),
    (  # guard: the disclosed stake is in another company
        "Pellmoor Holdings owns 55% of Harlow Dairies, and the investment firm Exton Capital "
        "disclosed a 6% stake in Norvik Foods.",
        [("pellmoor-holdings", "OWNS", "harlow-dairies")],
        [("exton-capital", "OWNS", "harlow-dairies")],
    ),
    (  # guard g02-like: the later member buys output
        "Jarrow Bullion holds 51% of Oxleigh Goldworks; Keshi Bullion Refiners, a Chinese "
        "refining group, buys all of the mine's concentrate.",
        [("jarrow-bullion", "OWNS", "oxleigh-goldworks")],
        [("keshi-bullion-refiners", "OWNS", "oxleigh-goldworks")],
    ),
    (  # guard: the later clause counts staff, not a share
        "Ostrel Group owns 30% of Kelmar Steel, and its rival Vantor Metals has 12,000 employees.",
        [("ostrel-group", "OWNS", "kelmar-steel")],
        [("vantor-metals", "OWNS", "kelmar-steel")],
    ),
]

BANK = RELATIVE_MEMBERS + DESCRIBED_COFUNDERS + PARALLEL_SHARES
GAPS: dict[str, str] = {
    "The backers of Harlow Freight": "'the backers of X include A' (an of-phrase owner before "
    "'include') is not read as a funder list",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_sibling21(case: Case) -> None:
    check(*case)
