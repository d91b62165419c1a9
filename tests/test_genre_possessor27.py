"""Genre bank for a possessor typed by what it possesses (round 27).

A name whose possessive governs a noun only a firm has is a firm, past up to three modifiers:
"Marrow's biggest rival", "one of Ostabo's longtime competitors", "Dunmere's paper unit",
"Olmsby's parent company", "Fennick's Polish subsidiary", "Vantric's shareholders". Guards: a
person's cue in the name's own sentence wins (a given name, a title: "Ilse Varga's company", "Mr
Oskar Lund's shares"), a rival who vies for a post or a prize is a person's ("Varga's rival for
the chair"), so is one named as a person ("Merk's old rival, Dana Pike"), and a model's rival
is a model's ("the Vexa 9's closest rival").

Each case is a short invented text, across ferries, pet food, solar panels, paper, bakeries,
cosmetics, logistics, bicycles, dairy, wine, cars, locksmiths, sports goods, coffee and local
politics.
"""

from __future__ import annotations

import pytest
from construction_check import Triple, check, check_types, gap_params

from loaders.lexicon import Lexicon
from loaders.mentions import analyze

TypeCase = tuple[str, dict[str, str], list[str]]
RelCase = tuple[str, list[Triple], list[Triple]]

TYPED: list[TypeCase] = [
    (  # ferries: a superlative before the rival
        "Tollvik Ferries added two boats this spring. Marrow's biggest rival, Tollvik Ferries, "
        "cut fares on the island route.",
        {"Marrow": "Organization", "Tollvik Ferries": "Organization"},
        [],
    ),
    (  # pet food: "one of X's longtime competitors"
        "Pelrin Feeds raised prices in May. Pelrin Feeds is one of Ostabo's longtime "
        "competitors in the pet food aisle.",
        {"Ostabo": "Organization", "Pelrin Feeds": "Organization"},
        [],
    ),
    (  # paper: a trade noun before "unit"
        "Brask Paper shut a mill in March. Dunmere's paper unit, which makes tissue, will take "
        "its customers.",
        {"Dunmere": "Organization"},
        [],
    ),
    (  # cosmetics: "parent company"
        "Olmsby's parent company, Trevan Holdings, said it would sell the cosmetics chain.",
        {"Olmsby": "Organization", "Trevan Holdings": "Organization"},
        [],
    ),
    (  # logistics: a nationality before "subsidiary"
        "Fennick's Polish subsidiary opened a depot near Poznan on Monday.",
        {"Fennick": "Organization", "Poznan": "Location"},
        [],
    ),
    (  # bicycles: a number and a superlative before "plants"
        "Hallard's two largest plants in Ohio make bicycle frames for Cresto Bikes.",
        {"Hallard": "Organization", "Ohio": "Location"},
        [],
    ),
    (  # guard: a given name keeps a person's company hers
        "Ilse Varga's company makes wine in Tokaj.",
        {"Ilse Varga": "Person"},
        [],
    ),
    (  # guard: a title keeps a holder's shares his
        "Mr Oskar Lund's shares in Brennvik Foods were sold on Friday.",
        {"Oskar Lund": "Person", "Brennvik Foods": "Organization"},
        [],
    ),
    (  # guard: a rival for a post (local politics)
        "Ilse Varga, the mayor, faces a recount. Varga's rival for the chair, Tomas Reyl, "
        "conceded on Sunday.",
        {"Ilse Varga": "Person", "Tomas Reyl": "Person"},
        [],
    ),
]

RELATIONS: list[RelCase] = [
    (  # solar panels: "X's most direct rival is Y"
        "Harrel Solar sold its panels to farms in Kent. Quennet's most direct rival is Harrel "
        "Solar, analysts said.",
        [("harrel-solar", "COMPETES_WITH", "quennet")],
        [],
    ),
    (  # bakeries: a possessed chief executive in apposition
        "Lindow Bakeries reported a loss. Corsley's chief executive, Maud Vane, said the bread "
        "market had shrunk.",
        [("maud-vane", "LEADS", "corsley")],
        [],
    ),
    (  # dairy: a possessed parent in a relative clause after a weak founder cue
        "Moorfield Creamery was launched two years ago by Tessin Agri, a seed firm that had "
        "never made cheese. The creamery is wholly owned by Tessin Agri. Holm Gruppen, the "
        "Danish farm group that is Tessin Agri's parent, has backed the plan.",
        [("holm-gruppen", "OWNS", "tessin-agri"), ("tessin-agri", "FOUNDED", "moorfield-creamery")],
        [],
    ),
    (  # guard (cars): a model's closest rival is a model
        "The Vexa 9 sold well in Norway. The Vexa 9's closest rival is the Brio S, made by "
        "Halden Cars.",
        [("halden-cars", "OWNS", "brio-s")],
        [("halden-cars", "COMPETES_WITH", "vexa-9")],
    ),
    (  # gap (locksmiths): an occupation glued to the name in a headline hides the firm
        "Locksmith Tarvey sold to rival\n\nTarvey Locks, which fits doors in Bristol, has been "
        "sold. Keyworth, one of Tarvey's longtime competitors, bought it for an undisclosed sum.",
        [("keyworth", "COMPETES_WITH", "tarvey-locks")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Locksmith Tarvey": "a headline's occupation noun glued to the surname keeps it a person's",
}


@pytest.mark.parametrize("case", gap_params(TYPED, GAPS))
def test_genre_possessor27_types(case: TypeCase) -> None:
    check_types(*case)


@pytest.mark.parametrize("case", gap_params(RELATIONS, GAPS))
def test_genre_possessor27_relations(case: RelCase) -> None:
    check(*case)


VOTES: list[tuple[str, str, bool]] = [
    # the sentence's own vote, whatever other mentions say
    ("Selka Sports, Quorvan's biggest rival, makes oars in Bled.", "Quorvan", True),
    ("Tasker Seeds is one of Velmora's longtime competitors.", "Velmora", True),
    ("Dravik's Nordic unit will open a roastery in Malmo.", "Dravik", True),
    ("Orlen Quay's shareholders will vote on the sale next week.", "Orlen Quay", True),
    # guards: a person's cue, a contest, a person as the rival, a model, shares
    ("Ada Merk's rival in the final, Lena Holt, won.", "Ada Merk", False),
    ("Varga's rival for the nomination spoke on Monday.", "Varga", False),
    ("Merk's old rival, Dana Pike, said she would retire.", "Merk", False),
    ("Ada Merk, one of Varga's longtime rivals on the council, spoke.", "Varga", False),
    ("The Vexa 9's closest rival is the Brio S.", "Vexa 9", False),
    ("Lund's shares in Brennvik Foods were sold on Friday.", "Lund", False),
]


@pytest.mark.parametrize(("text", "name", "firm"), VOTES)
def test_genre_possessor27_votes(text: str, name: str, firm: bool) -> None:
    a = analyze(text, 0, Lexicon.load())
    votes = next(c.votes for c in a.cands if c.text == name)
    assert (votes.get("Organization", 0.0) >= 3.5) == firm, votes
