"""Genre bank for name boundaries and non-names (round 13, second wave): a long official body
with "and" between two field words ("Brambury Revenue and Excise", "Vardic Research and
Enterprise") or "of" before a rule word ("the Office of Port Regulation") is one name; a
group's name keeps its place or country last word ("Brook Watch UK"); a street by its foreign
street word ("on Calle Verro") and a venue before a lower-case venue noun ("the Durnby Center
hall") are no firms; a column's or newsletter's title before a colon on the first line ("The
Pantry Post: ...", "Q&A: ...") is no entity; a common noun opening a sentence ("Attendance
averaged", "Word is that") is no entity.

Each case is a short invented text with the names that must resolve with their type and the
names that must not be entities, across tax, farming, water, shipping, retail, media, sport,
rail and telecoms. Guards: two firms joined by "and" ("Quilvane and Pellmark Systems"), a firm
of a field and a firm word ("Orlo Energy and Power Systems"), "said in the UK" after a group's
name, a venue's holding company ("Durnby Center Holdings"), a newsletter's name in the body
("The Pantry Post reported"), a known firm opening a headline before a colon.
"""

from __future__ import annotations

import pytest
from construction_check import check_types, gap_params

# (text, names with their type, names that must not be entities)
TYPED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # tax: revenue body with "and"
        "Quilvane Bakeries owes money to Brambury Revenue and Excise.",
        {"Brambury Revenue and Excise": "Organization"},
        ["Excise", "Brambury Revenue"],
    ),
    (  # research funder, passive
        "The Korrin lab was funded by Vardic Research and Enterprise last year.",
        {"Vardic Research and Enterprise": "Organization"},
        ["Enterprise", "Vardic Research"],
    ),
    (  # customs body as subject
        "Ostmark Revenue and Customs fined Pellmark Shipping in May.",
        {"Ostmark Revenue and Customs": "Organization", "Pellmark Shipping": "Organization"},
        ["Customs"],
    ),
    (  # farming: "for" body
        "The State Bureau for Grain Supervision has not ruled on Pellmark Foods.",
        {"State Bureau for Grain Supervision": "Organization", "Pellmark Foods": "Organization"},
        [],
    ),
    (  # shipping: "of" body ending in a rule word
        "The Office of Port Regulation fined Quilvane Shipping.",
        {"Office of Port Regulation": "Organization", "Quilvane Shipping": "Organization"},
        [],
    ),
    (  # telecoms: passive, "Regulations" body
        "Pellmark Mobile was fined by the Bureau of Spectrum Regulation.",
        {"Bureau of Spectrum Regulation": "Organization", "Pellmark Mobile": "Organization"},
        [],
    ),
    (  # metrology: a place before the of-body ending in "Standards"
        "The Ostmark Institute of Standards approved the Pellmark Meters device.",
        {"Ostmark Institute of Standards": "Organization"},
        [],
    ),
    (  # guard: a law stays no entity
        "Pellmark Mobile broke the Spectrum Regulation last year.",
        {"Pellmark Mobile": "Organization"},
        ["Spectrum Regulation"],
    ),
    (  # guard: two firms joined by "and"
        "Quilvane and Pellmark Systems signed a supply deal.",
        {"Quilvane": "Organization", "Pellmark Systems": "Organization"},
        [],
    ),
    (  # guard: a firm after "and" with its own firm word
        "Orlo Research and Tarrow Enterprise signed a supply deal.",
        {"Orlo Research": "Organization", "Tarrow Enterprise": "Organization"},
        [],
    ),
    (  # guard: a department before a person's title
        "Korrin Research and Development chief Ana Pell left.",
        {"Ana Pell": "Person"},
        ["Development"],
    ),
    (  # water: a group with a country last word
        "Brook Watch UK accused Quilvane Water of dumping sewage.",
        {"Brook Watch UK": "Organization", "Quilvane Water": "Organization"},
        ["Brook Watch"],
    ),
    (  # guard: the country after "in"
        "Brook Watch said in the UK that Quilvane Water was dumping sewage.",
        {"Brook Watch": "Organization", "Quilvane Water": "Organization"},
        ["Brook Watch UK"],
    ),
    (  # children's charity, passive, a country after "First"
        "Pellmark Toys was criticised by Children First Norway.",
        {"Children First Norway": "Organization", "Pellmark Toys": "Organization"},
        ["Children First"],
    ),
    (  # telecoms watchdog with a country
        "Consumer Watch Canada accused Pellmark Mobile of overcharging.",
        {"Consumer Watch Canada": "Organization", "Pellmark Mobile": "Organization"},
        ["Consumer Watch"],
    ),
    (  # guard: a firm with a national arm stays one name
        "Tarn Haulage UK bought Quilvane Water.",
        {"Tarn Haulage UK": "Organization", "Quilvane Water": "Organization"},
        [],
    ),
    (  # campaign named by a verb with a place last word
        "The lobby group Save Our Rivers Norland said Quilvane Water polluted the Tessel.",
        {"Save Our Rivers Norland": "Organization", "Quilvane Water": "Organization"},
        [],
    ),
    (  # energy: a campaign by a verb with a country last word, passive
        "Quilvane Energy was sued by Save the Moors UK.",
        {"Save the Moors UK": "Organization", "Quilvane Energy": "Organization"},
        ["Save the Moors"],
    ),
    (  # guard: the campaign said something in the country
        "Save the Moors said in the UK that Quilvane Energy lied.",
        {"Save the Moors": "Organization", "Quilvane Energy": "Organization"},
        ["Save the Moors UK"],
    ),
    (  # guild with an inner apostrophe
        "The Quenmoor Millers' Guild objected to the Pellmark Flour merger.",
        {"Quenmoor Millers' Guild": "Organization"},
        ["Guild"],
    ),
    (  # pensions: a plural possessive before a plan
        "Ostmark Teachers' Pension Plan bought 5% of Pellmark Health.",
        {"Ostmark Teachers' Pension Plan": "Organization", "Pellmark Health": "Organization"},
        ["Ostmark Teachers", "Pension Plan"],
    ),
    (  # savings plan, passive holder
        "Pellmark Health is 5% owned by the Nurses' Savings Plan.",
        {"Nurses' Savings Plan": "Organization", "Pellmark Health": "Organization"},
        ["Nurses", "Savings Plan"],
    ),
    (  # law: a partnership with a singular role word
        "Quilvane Foods hired Hale & Partner as its adviser.",
        {"Hale & Partner": "Organization", "Quilvane Foods": "Organization"},
        ["Hale"],
    ),
    (  # guard: a title joined by "&" stays a title
        "Pellmark Foods named Ana Pell as Chairman & Chief Executive in May.",
        {"Ana Pell": "Person", "Pellmark Foods": "Organization"},
        ["Chairman & Chief Executive"],
    ),
    (  # fishing: an irregular plural's association with a place
        "The Fishermen's Association of Norland sued Quilvane Fishing.",
        {"Fishermen's Association of Norland": "Organization"},
        ["Fishermen", "Association of Norland"],
    ),
    (  # shipping: a place before a seamen's union, passive
        "Quilvane Ports was criticised by the Norland Seamen's Union.",
        {"Norland Seamen's Union": "Organization", "Quilvane Ports": "Organization"},
        ["Norland Seamen"],
    ),
    (  # haulage: a plural possessive alliance with a country last word
        "Pellmark Trucks was criticised by the Hauliers' Alliance UK.",
        {"Hauliers' Alliance UK": "Organization", "Pellmark Trucks": "Organization"},
        ["Hauliers"],
    ),
    (  # guard: the alliance said something in the country
        "The Hauliers' Alliance said in the UK that Pellmark Trucks lied.",
        {"Hauliers' Alliance": "Organization", "Pellmark Trucks": "Organization"},
        ["Hauliers' Alliance UK"],
    ),
    (  # haulage firm with an adjective first word
        "Sole Oak Haulage, a trucking carrier, bought Pellmark Logistics.",
        {"Sole Oak Haulage": "Organization", "Pellmark Logistics": "Organization"},
        [],
    ),
    (  # retail: a Spanish street
        "Pellmark Retail opened its first flagship on Calle Verro in Ostervik.",
        {"Pellmark Retail": "Organization"},
        ["Calle Verro"],
    ),
    (  # fashion: a French street
        "Maison Dervel moved its store to Rue Tallard last spring.",
        {"Maison Dervel": "Organization"},
        ["Rue Tallard"],
    ),
    (  # events: a venue before a lower-case venue noun
        "The Durnby Center hall was packed for the Quilvane Foods launch.",
        {"Quilvane Foods": "Organization"},
        ["Durnby Center"],
    ),
    (  # events: an arena before a lower-case venue noun
        "Quilvane Foods held its launch in the Harlow Arena concourse.",
        {"Quilvane Foods": "Organization"},
        ["Harlow Arena"],
    ),
    (  # roads: an interchange by its name
        "Pellmark Rail wants to keep open the Ostel interchange.",
        {"Pellmark Rail": "Organization"},
        ["Ostel"],
    ),
    (  # rail: a station by its name and a lower-case "station"
        "Pellmark Rail trains leave from Tessby Central station every hour.",
        {"Pellmark Rail": "Organization"},
        ["Tessby Central"],
    ),
    (  # logistics: a business estate by its name
        "Quilvane Logistics has a depot on the Kestrel Park business estate.",
        {"Quilvane Logistics": "Organization"},
        ["Kestrel Park"],
    ),
    (  # buses: a bus station
        "Quilvane Buses will stop at the Varn bus station from May.",
        {"Quilvane Buses": "Organization"},
        ["Varn"],
    ),
    (  # guard: a hall's trust with a capitalized Hall
        "The Durnby Hall Trust sold the building to Quilvane Foods.",
        {"Durnby Hall Trust": "Organization", "Quilvane Foods": "Organization"},
        [],
    ),
    (  # guard: the venue's holding company
        "Durnby Center Holdings bought the hall from Quilvane Foods.",
        {"Durnby Center Holdings": "Organization", "Quilvane Foods": "Organization"},
        [],
    ),
    (  # media: a newsletter title on the first line
        "The Pantry Post: Corlane Foods buys a baker\n\nCorlane Foods bought Ostel Bakery "
        "for $40 million.",
        {"Corlane Foods": "Organization", "Ostel Bakery": "Organization"},
        ["The Pantry Post", "Pantry Post"],
    ),
    (  # interview label
        "Q&A: Tovrin chief on prices\n\nTovrin Foods raised prices by 4%, its chief said.",
        {"Tovrin Foods": "Organization"},
        ["Q&A"],
    ),
    (  # column label of two words
        "Lobby Notes: a quiet week for Pellmark\n\nPellmark Systems bought Ostel Data.",
        {"Pellmark Systems": "Organization", "Ostel Data": "Organization"},
        ["Lobby Notes"],
    ),
    (  # a newsletter title before a bar
        "The Pantry Post | Corlane Foods buys a baker\n\nCorlane Foods bought Ostel Bakery.",
        {"Corlane Foods": "Organization", "Ostel Bakery": "Organization"},
        ["The Pantry Post", "Pantry Post"],
    ),
    (  # a three-word daily's title, no blank line after it
        "Deal Desk Daily: Corlane Foods buys a baker\nCorlane Foods bought Ostel Bakery.",
        {"Corlane Foods": "Organization", "Ostel Bakery": "Organization"},
        ["Desk Daily", "Deal Desk Daily"],
    ),
    (  # guard: the newsletter named in the body
        "The Pantry Post: Corlane buys a baker\n\nThe Pantry Post reported that Corlane Foods "
        "bought Ostel Bakery.",
        {"Corlane Foods": "Organization"},
        [],
    ),
    (  # guard: the firm before the colon named again in the body
        "Pellmark: profits fall again\n\nPellmark Systems said profits fell 9%.",
        {"Pellmark Systems": "Organization"},
        [],
    ),
    (  # column aside before a colon
        "Bottom line: Pellmark Media overpaid for Quilvane Radio.",
        {"Pellmark Media": "Organization", "Quilvane Radio": "Organization"},
        ["Bottom"],
    ),
    (  # column verdict
        "Verdict: Pellmark Media overpaid for Quilvane Radio.",
        {"Pellmark Media": "Organization", "Quilvane Radio": "Organization"},
        ["Verdict"],
    ),
    (  # sport: a common noun opening a sentence
        "Attendance averaged 4,000 at the ground, said Pellmark Leisure.",
        {"Pellmark Leisure": "Organization"},
        ["Attendance"],
    ),
    (  # media gossip: "Word is that"
        "Word is that Pellmark Media wants to buy Quilvane Radio.",
        {"Pellmark Media": "Organization", "Quilvane Radio": "Organization"},
        ["Word"],
    ),
    (  # ports: a figure opening the sentence
        "Traffic at Pellmark Ports fell 3% last year.",
        {"Pellmark Ports": "Organization"},
        ["Traffic"],
    ),
    (  # radio: hearsay opening
        "Rumour has it that Pellmark Media wants Quilvane Radio.",
        {"Pellmark Media": "Organization", "Quilvane Radio": "Organization"},
        ["Rumour"],
    ),
    (  # retail: headcount
        "Headcount at Quilvane Stores fell to 900.",
        {"Quilvane Stores": "Organization"},
        ["Headcount"],
    ),
    (  # media: a pronoun opening
        "Nobody at Pellmark Media would comment on Quilvane Radio.",
        {"Pellmark Media": "Organization", "Quilvane Radio": "Organization"},
        ["Nobody"],
    ),
    (  # energy: a market figure opening
        "Liquidity at Pellmark Power dried up in March.",
        {"Pellmark Power": "Organization"},
        ["Liquidity"],
    ),
    (  # hearsay with a plural opening
        "Fears grew that Quilvane Radio would close, said Pellmark Media.",
        {"Pellmark Media": "Organization", "Quilvane Radio": "Organization"},
        ["Fears"],
    ),
    (  # telecoms: a quantifier opening
        "Most of that growth came from Pellmark Telecom.",
        {"Pellmark Telecom": "Organization"},
        ["Most"],
    ),
    (  # guard: a firm opening a sentence
        "Everest Partners said it would buy Pellmark Systems.",
        {"Everest Partners": "Organization", "Pellmark Systems": "Organization"},
        [],
    ),
]

TYPE_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "must", "must_not"), gap_params(TYPED, TYPE_GAPS, spread=True))
def test_genre_names13b_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
