"""Review of round 42's merged readings prec42 (owned_it, the buyer's bare share) and found42
(possessed apposed heads), on invented sentences in variants their helpers did not test.

- prec42: "it" in a relative clause on a passive's holder is the passive's subject, with other
  participles ("is held by"), verbs of funding ("a fund that funded it") and adverbs ("is still
  owned by"); only when the name itself is the subject: "X's parent is owned by B, a fund that
  bought it" says nothing of X (mended here: the subject name must be followed by its copula or
  a set-off clause). A buyer's bare share one sentence after its purchase is of the firm it
  bought, not of the article's topic.
- found42: a possessed "general manager", "director" or "executive director" set off beside a
  name leads the possessor, after a quote's "said", "according to", a coordination ("X and Y's
  general manager, Z, met"), a passive's "by"; a company the possessor names after a takeover.

  An "its" after an unnamed place or body brought in as an object ("Kestrel Foods opened a
  plant in Ghent. Ada Ruhl, its general manager, said") is not read (mended here,
  loaders/relations/opened_bodies.py; the older opening "Its general manager, X," still is).

Wrong lines left (xfail, strict): they come from readings older than found42 that it widens
(an "its" resolved to the article's company after a named fund the company launched or a
suit's other party; a board director read as a head; a leader's answer read as the body's
dispute).

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

OWNED_IT: list[Case] = [
    (  # haulage: "is held by", the regulator-free topic named before
        "Pexa Logistics won a tender. Durant Haulage is held by Wexford Capital, an investment "
        "firm which bought it in 2018.",
        [("wexford-capital", "OWNS", "durant-haulage")],
        [("wexford-capital", "OWNS", "pexa-logistics")],
    ),
    (  # software: a verb of funding in the relative
        "Venn Software lost the contract. Qubit Data is owned by Larkspur Ventures, a fund that "
        "funded it in 2019.",
        [("larkspur-ventures", "FUNDS", "qubit-data")],
        [("larkspur-ventures", "FUNDS", "venn-software")],
    ),
    (  # leisure: "is still owned by"
        "Marquee Events cancelled its autumn fair. Talbot Arenas is still owned by Corvid "
        "Leisure, a Manchester group that bought it in 2020.",
        [("corvid-leisure", "OWNS", "talbot-arenas")],
        [("corvid-leisure", "OWNS", "marquee-events")],
    ),
    (  # hydro: a reduced relative after a topic firm
        "Nordic Grid praised the deal. Ulvik Hydro, owned by Skarv Energi, a utility that "
        "acquired it in 2012, runs three dams.",
        [("skarv-energi", "OWNS", "ulvik-hydro")],
        [("skarv-energi", "OWNS", "nordic-grid")],
    ),
]

OWNED_IT_TRAPS: list[Case] = [
    (  # milling: the name only modifies the subject ("X's parent"): the parent was bought
        "Dorn Mills' parent is owned by Ure Capital, a fund that bought it in 2018.",
        [],
        [("ure-capital", "OWNS", "dorn-mills")],
    ),
    (  # timber: the same with a noun after the possessive, a sentence before naming a firm
        "Kessel Timber cut prices. Arva Sawmills' holding company is controlled by Birk "
        "Capital, a fund that acquired it in 2016.",
        [],
        [("birk-capital", "OWNS", "arva-sawmills")],
    ),
]

BOUGHT_SHARE: list[Case] = [
    (  # coatings: a topic named three times, then a purchase by another firm and its share
        "Vexa Chemicals raised its forecast on Tuesday. Vexa said sales rose 4%, and Vexa "
        "expects more growth. Orlin Partners bought Tarn Coatings in 2019. Orlin holds 82% and "
        "managers hold the rest.",
        [("orlin-partners", "OWNS", "tarn-coatings")],
        [("orlin-partners", "OWNS", "vexa-chemicals")],
    ),
    (  # snacks: "controls 70%, with the founders holding the rest"
        "Ostra Foods cut its dividend. Ostra said costs rose, and Ostra will close a plant. "
        "Brenner Capital acquired Lumo Snacks last year. Brenner controls 70%, with the founders "
        "holding the rest.",
        [("brenner-capital", "OWNS", "lumo-snacks")],
        [("brenner-capital", "OWNS", "ostra-foods")],
    ),
]

POSSESSED_HEADS: list[Case] = [
    (  # grain: after a quote's "said", the title last
        '"We will appeal," said Tove Lund, Sandvik Grain\'s general manager.',
        [("tove-lund", "LEADS", "sandvik-grain")],
        [],
    ),
    (  # arts: a description's possessor after a semicolon
        "Harbour Arts Centre reopened in June; the centre's director, Milo Varga, said visitor "
        "numbers were up.",
        [("milo-varga", "LEADS", "harbour-arts-centre")],
        [],
    ),
    (  # arts: "according to NAME, the centre's director"
        "Visitor numbers at Harbour Arts Centre rose, according to Milo Varga, the centre's "
        "director.",
        [("milo-varga", "LEADS", "harbour-arts-centre")],
        [],
    ),
    (  # ports: a name's director opening the sentence
        "Corvel Port Authority's director, Hana Novak, said dredging would start in May.",
        [("hana-novak", "LEADS", "corvel-port-authority")],
        [],
    ),
    (  # food: coordination, the possessed title second
        "Kestrel Foods cut 200 jobs. Ada Ruhl and Kestrel's general manager, Tom Vell, met in May.",
        [("tom-vell", "LEADS", "kestrel-foods")],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # dairy: the bought firm's short name, not its buyer
        "Kestrel Foods bought Orla Dairies in 2019. Orla's general manager, Tom Vell, stayed on.",
        [("tom-vell", "LEADS", "orla-dairies")],
        [("tom-vell", "LEADS", "kestrel-foods")],
    ),
]

POSSESSED_HEAD_TRAPS: list[Case] = [
    (  # a verb's object that is not a reporting verb
        "Kestrel Foods cut 200 jobs. Ada Ruhl met Kestrel's general manager, Tom Vell, in May.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # a kin noun before the possessed title
        "Kestrel Foods cut 200 jobs. Ada Ruhl, the daughter of Kestrel's director, said the cuts "
        "were painful.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # a title held until a year
        "Kestrel Foods cut 200 jobs. Ada Ruhl, Kestrel's director until 2019, said the cuts were "
        "painful.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # a country's seat on a fund's board
        "Ada Ruhl, Norway's executive director, said the vote was close.",
        [],
        [("ada-ruhl", "LEADS", "norway")],
    ),
    (  # charity: "its" is the foundation set up, which has no name
        "Kestrel Foods set up a charitable foundation last year. Ada Ruhl, its director, said "
        "grants would start in June.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # food: "its" is the plant just opened, no body of its own
        "Kestrel Foods opened a plant in Ghent in May. Ada Ruhl, its general manager, said 300 "
        "people would work there.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # research: "and its director" after a centre just opened
        "Kestrel Foods opened a research centre in Ghent in May, and its director, Ada Ruhl, "
        "said hiring had begun.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # hotels: a new hotel's general manager
        "Kestrel Foods opened a new hotel in Ghent. Ada Ruhl, its general manager, said bookings "
        "were strong.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # museum: a fund after a preposition is no object brought in
        "Arlen Museum won a grant from a fund in Oslo. Ada Ruhl, its director, said the money "
        "would go to repairs.",
        [("ada-ruhl", "LEADS", "arlen-museum")],
        [],
    ),
    (  # hotels: the company's own description after a copula
        "Kestrel Hotel is a hotel in Ghent. Ada Ruhl, its general manager, said bookings were "
        "strong.",
        [("ada-ruhl", "LEADS", "kestrel-hotel")],
        [],
    ),
]

LEFT = "an older reading's convention that found42 widens"
POSSESSED_HEAD_GAPS: list[Case] = [
    (  # venture fund: "its" is the fund launched
        "Kestrel Foods launched the Ruvo fund for start-ups. Ada Ruhl, its director, said ten "
        "firms had applied.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # a board member, one of seven
        "Kestrel Foods' director, Ada Ruhl, who sits on the board with six others, voted "
        "against the plan.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # a board's executive director beside a non-executive one
        "Ada Ruhl, Kestrel Foods' executive director, and Tom Vell, a non-executive director, "
        "voted against the plan.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # the defendant's head answers the suit: "its" is the sued firm's
        "Kestrel Foods sued Orla Group in May. Tom Vell, its general manager, said the suit had "
        "no merit.",
        [("tom-vell", "LEADS", "orla-group")],
        [("tom-vell", "LEADS", "kestrel-foods")],
    ),
    (  # the head answering for the sued firm disputes nothing in person
        "Kestrel Foods sued Orla Group in May. Orla's general manager, Tom Vell, said the suit "
        "had no merit.",
        [("tom-vell", "LEADS", "orla-group")],
        [("tom-vell", "DISPUTES", "kestrel-foods")],
    ),
]


@pytest.mark.parametrize("text,present,absent", OWNED_IT + BOUGHT_SHARE)
def test_owned_it(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", OWNED_IT_TRAPS)
def test_owned_it_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", POSSESSED_HEADS + POSSESSED_HEAD_TRAPS)
def test_possessed_head(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize(
    "text,present,absent",
    [
        pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=LEFT), id=c[0][:50])
        for c in POSSESSED_HEAD_GAPS
    ],
)
def test_possessed_head_gap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
