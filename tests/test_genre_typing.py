"""Genre bank for entity typing: hyphenated two-word titles ("Vice-Chair", "Deputy-Director"),
a trade noun opening a sentence before the name it describes ("Utility Northway Power"), a
place before a trade noun ("the Halden reinsurer"), a place a person comes from ("a farmer
from Shropshire"), a span of time before a people-only passive agent ("chaired for a decade
by X"), a vessel's name ending in a title word ("the Kestle Star ferry"), a live blog's time
stamp before the first word of a sentence, and the remaining known gaps ("run for a decade by"
an unknown name, a family's arm, a verbless live-blog entry).

Each case is a short invented text, the names it must resolve with their types, and names that
must not be entities (a cut or glued name); across banking, mining, energy, shipping, farming,
insurance, retail, health, telecoms, aviation and the public sector. Guards: names that a trade
noun really opens ("Bank Leumi"-like "Bank Orvalo"), a plural sector word, an unknown place
before a trade noun with no name beside it.
"""

from __future__ import annotations

import pytest
from construction_check import check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

HYPHEN_TITLES: list[TypeCase] = [
    (  # health: appositive, hyphenated title
        "Orla Finch, Deputy-Director of Kestrel Health, said the plan was sound.",
        {"Orla Finch": "Person", "Kestrel Health": "Organization"},
        ["Deputy-Director"],
    ),
    (  # banking: appositive, "Vice-Chair"
        "Ivo Brandt, Vice-Chair of Selwyn Bank, resigned on Monday.",
        {"Ivo Brandt": "Person", "Selwyn Bank": "Organization"},
        ["Vice-Chair", "Selwyn Bank Vice-Chair Ivo Brandt"],
    ),
    (  # mining: title before the name, after the employer
        "Brell Mining Vice-Chair Teodor Vass sold shares on Friday.",
        {"Teodor Vass": "Person", "Brell Mining": "Organization"},
        ["Brell Mining Vice-Chair Teodor Vass", "Vice-Chair"],
    ),
    (  # public sector: "Assistant-Director", headline-like lede
        "Hanne Lund, Assistant-Director of the Tarvik Port Authority, left the post.",
        {"Hanne Lund": "Person"},
        ["Assistant-Director"],
    ),
    (  # insurance: "Deputy-Chair" in a relative clause
        "Corvel Mutual named Piet Aalders, who was Deputy-Chair of Lodden Life, as chief.",
        {"Piet Aalders": "Person", "Corvel Mutual": "Organization"},
        ["Deputy-Chair"],
    ),
    (  # spaced title still works
        "Orla Finch, Deputy Director of Kestrel Health, said the plan was sound.",
        {"Orla Finch": "Person", "Kestrel Health": "Organization"},
        ["Deputy Director"],
    ),
]

TRADE_OPENERS: list[TypeCase] = [
    (  # energy
        "Utility Northway Power agreed to buy Grinstead Gas.",
        {"Northway Power": "Organization", "Grinstead Gas": "Organization"},
        ["Utility Northway Power"],
    ),
    (  # conglomerate
        "Conglomerate Tarvo Holdings said profits rose in the second half.",
        {"Tarvo Holdings": "Organization"},
        ["Conglomerate Tarvo Holdings"],
    ),
    (  # telecoms
        "Telco Veyra Mobile cut prices for the third time this year.",
        {"Veyra Mobile": "Organization"},
        ["Telco Veyra Mobile"],
    ),
    (  # aviation
        "Airline Skelton Air added four routes to Lisbon.",
        {"Skelton Air": "Organization"},
        ["Airline Skelton Air"],
    ),
    (  # fintech start-up after a quote opener
        'Analysts said: "Startup Lumen Pay will need more money."',
        {"Lumen Pay": "Organization"},
        ["Startup Lumen Pay"],
    ),
    (  # guard: "Bank" opens a name of its own
        "Bank Orvalo said profits rose.",
        {"Bank Orvalo": "Organization"},
        ["Orvalo"],
    ),
    (  # guard: "Group" opens a name of its own
        "Group Tessaro said profits rose.",
        {"Group Tessaro": "Organization"},
        ["Tessaro"],
    ),
]

PLACE_TRADE: list[TypeCase] = [
    (  # insurance: unknown place before "reinsurer", name beside it
        "The Halden reinsurer Castellan Re said profits rose.",
        {"Halden": "Location", "Castellan Re": "Organization"},
        [],
    ),
    (  # insurance: known place, appositive
        "Castellan Re, the Bermuda reinsurer, said profits rose.",
        {"Bermuda": "Location", "Castellan Re": "Organization"},
        [],
    ),
    (  # shipping
        "The Tromsvik shipowner Brakke Lines sold two vessels.",
        {"Tromsvik": "Location", "Brakke Lines": "Organization"},
        [],
    ),
    (  # oil
        "The Rotterdam refiner Vessel Oil cut output.",
        {"Rotterdam": "Location", "Vessel Oil": "Organization"},
        [],
    ),
    (  # guard: an unknown name before the noun with no name beside it is the firm's own
        "The Castellan reinsurer said profits rose.",
        {"Castellan": "Organization"},
        [],
    ),
]

PEOPLE_FROM: list[TypeCase] = [
    (  # farming: a place after "a farmer from"
        "Rillow Farms was sold to a farmer from Shropshire last year.",
        {"Shropshire": "Location", "Rillow Farms": "Organization"},
        [],
    ),
    (  # horticulture: subject
        "A grower from Tarnvale said prices fell.",
        {"Tarnvale": "Location"},
        [],
    ),
    (  # dairy: "a family from"
        "Brisk Dairy bought milk from a family from Kelloway.",
        {"Kelloway": "Location", "Brisk Dairy": "Organization"},
        [],
    ),
    (  # fishing: adjective before the person noun
        "Marrow Seafoods bought the boat from a retired fisherman from Scallow.",
        {"Scallow": "Location"},
        [],
    ),
    (  # guard: an analyst comes from an employer
        "An analyst from Kestrel said prices fell.",
        {"Kestrel": "Organization"},
        [],
    ),
]

AGENT_SPANS: list[TypeCase] = [
    (  # food: a span of time between "chaired" and "by"
        "Harwick Foods was chaired for a decade by Gianni Ferro before its sale.",
        {"Gianni Ferro": "Person", "Harwick Foods": "Organization"},
        [],
    ),
    (  # football: "coached for three years by"
        "Brennan Rovers was coached for three years by Tiberiu Lazar.",
        {"Tiberiu Lazar": "Person"},
        [],
    ),
    (  # cricket: digits in the span
        "Kell Athletic was captained for 12 years by Ruan Okoro.",
        {"Ruan Okoro": "Person"},
        [],
    ),
    (  # charity: adjacent agent, relative clause
        "The Orwell Trust, which is chaired by Oluwaseun Adeyemi, sold the hall.",
        {"Oluwaseun Adeyemi": "Person"},
        [],
    ),
    (  # guard: a firm after a span keeps its own words
        "The Tarvik fund was managed for a decade by Brell Capital.",
        {"Brell Capital": "Organization"},
        [],
    ),
]

VESSELS: list[TypeCase] = [
    (  # shipping: a vessel's name ending in a title word, before its kind
        "The Kestle Star ferry was sold by Harbor Lines to Vessa Marine.",
        {"Kestle Star": "Product", "Harbor Lines": "Organization"},
        ["Kestle"],
    ),
    (  # oil: passive, place after
        "The Marra Queen tanker ran aground near Tarvik.",
        {"Marra Queen": "Product"},
        ["Marra"],
    ),
    (  # software: an app
        "Brell Foods sold the Orla Pilot app to Kestrel Digital.",
        {"Orla Pilot": "Product", "Brell Foods": "Organization"},
        ["Orla"],
    ),
    (  # defence: passive with agent
        "The Vessa Judge drone was launched by Orrin Aero in May.",
        {"Vessa Judge": "Product", "Orrin Aero": "Organization"},
        ["Vessa"],
    ),
    (  # guard: a person whose surname is a title word keeps it
        "Harbor Lines chairman Ivo Lund said the Kestle ferry sailed.",
        {"Ivo Lund": "Person", "Harbor Lines": "Organization"},
        [],
    ),
]

TIME_STAMPS: list[TypeCase] = [
    (  # mining: trade noun after the stamp is a descriptor
        "09:41 Miner Tarrow Gold said output fell.",
        {"Tarrow Gold": "Organization"},
        ["Miner Tarrow Gold"],
    ),
    (  # energy
        "14:02 Utility Northway Power said it would buy Grinstead Gas.",
        {"Northway Power": "Organization", "Grinstead Gas": "Organization"},
        ["Utility Northway Power"],
    ),
    (  # retail, a dash after the stamp
        "10:15 - Harbour Foods said sales rose.",
        {"Harbour Foods": "Organization"},
        [],
    ),
    (  # gap: a common word opening a verbless entry
        "10:45 Coffee break.\n11:02 Tolland Mining said output fell.",
        {"Tolland Mining": "Organization"},
        ["Coffee"],
    ),
]

KNOWN_GAPS: list[TypeCase] = [
    (  # food: "run" (funds and consortia are run too) with a span before "by"
        "Harwick Foods was run for a decade by Gianni Ferro before its sale.",
        {"Gianni Ferro": "Person"},
        [],
    ),
    (  # family office
        "The Pemberton family's investment arm bought a stake in Rillow Farms.",
        {"Rillow Farms": "Organization"},
        ["Pemberton"],
    ),
]

GAPS = {
    "10:45 Coffee": "a common word opening a verbless entry: no vocabulary of common words",
    "Harwick Foods was run": "'run for a decade by' a name: firms run funds too, no cue",
    "The Pemberton family": "a family's name before 'family' is read as a company",
}


@pytest.mark.parametrize(
    "text,must,must_not",
    gap_params(
        HYPHEN_TITLES
        + TRADE_OPENERS
        + PLACE_TRADE
        + PEOPLE_FROM
        + AGENT_SPANS
        + VESSELS
        + TIME_STAMPS
        + KNOWN_GAPS,
        GAPS,
        spread=True,
    ),
)
def test_genre_typing(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)


def test_hyphen_title_keeps_relation() -> None:
    """A hyphenated role keeps its relation: "Vice-Chair of X" is no LEADS, "Co-Founder" is."""
    check(
        "Mara Quist, Co-Founder of Tallow Labs, left the company.",
        [("mara-quist", "FOUNDED", "tallow-labs")],
        [],
    )


def test_trade_opener_keeps_deal() -> None:
    check(
        "Utility Northway Power agreed to buy Grinstead Gas.",
        [("northway-power", "OWNS", "grinstead-gas")],
        [("utility-northway-power", "OWNS", "grinstead-gas")],
    )
