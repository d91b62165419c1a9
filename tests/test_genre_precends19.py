"""Genre bank for endpoint shape (precends19): an endpoint must look like an entity.

- A body's name opened by a plural of people keeps its possessive or its "for": "The People's
  Bank of Tessmoor" (was "'s Bank of Tessmoor"), "Women's Aid" (was Women OWNS Aid), "People
  for Clean Rivers" (was "Clean Rivers").
- A comment adverb opening a quote opens no name: '"Frankly Orsk Metals copied us," ...'
  (was the entity "Frankly Orsk").
Guards already read (kept here so they stay read): a participle opening the sentence ("Raised
in Tartu, ...", "Founded in 1961, the company ..."), a nationality adjective before a party ("a
Bolivian lender", "Peru's watchdog", "EU regulators"), a dateline's agency ("OSLO (Nordwire)
-"), a campaign named by an imperative ("Keep the Moors Wild"), real names of these shapes
("Raised Bed Gardens", "Norwegian Air", "British Steel", "the Farmers' Union of Peru") and an
agency that is a party in the story.

Invented texts across banking, charities, mining, food, farming, energy, retail, transport,
health, timber and space.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params, kept

POSSESSIVE_PEOPLE: list[Case] = [
    (  # banking: the possessor opens the bank's name, an "of" follows
        "The People's Bank of Tessmoor funds Kessel Mining.",
        [("people-s-bank-of-tessmoor", "FUNDS", "kessel-mining")],
        [("s-bank-of-tessmoor", "FUNDS", "kessel-mining")],
    ),
    (  # banking: passive, after "the"
        "Kessel Mining is funded by the People's Bank of Tessmoor.",
        [("people-s-bank-of-tessmoor", "FUNDS", "kessel-mining")],
        [("s-bank-of-tessmoor", "FUNDS", "kessel-mining")],
    ),
    (  # charity: "Women's Aid" is one name, no possession
        "Women's Aid criticised Kessel Foods.",
        [("women-s-aid", "DISPUTES", "kessel-foods")],
        [("women", "OWNS", "aid"), ("women", "DISPUTES", "kessel-foods")],
    ),
    (  # consumers: "People's Choice" with an appositive
        "People's Choice, a consumer group, criticised Orsk Energy.",
        [("people-s-choice", "DISPUTES", "orsk-energy")],
        [("people", "OWNS", "choice")],
    ),
    (  # campaign: plural people and "for" open a campaign's name
        "People for Clean Rivers sued Kessel Mining.",
        [("people-for-clean-rivers", "DISPUTES", "kessel-mining")],
        [("clean-rivers", "DISPUTES", "kessel-mining")],
    ),
    (  # health: a longer institution name keeps reading (entity18)
        "Children's Hospital Trust sued Kessel Pharma.",
        [("children-s-hospital-trust", "DISPUTES", "kessel-pharma")],
        [],
    ),
    (  # guard: a firm's possessive before another firm stays two parties
        "Kessel Foods' rival Yarrow Mills sued Orsk Snacks.",
        [
            ("yarrow-mills", "DISPUTES", "orsk-snacks"),
            ("yarrow-mills", "COMPETES_WITH", "kessel-foods"),
        ],
        [],
    ),
    (  # guard: an owner's possessive before a person
        "Tessmoor Foods' Ada Vey sued Orsk Snacks.",
        [("ada-vey", "DISPUTES", "orsk-snacks")],
        [],
    ),
    (  # guard: a plural possessive union with "of <place>" (farming)
        "Kessel Farms was fined by the Farmers' Union of Peru.",
        [("farmers-union-of-peru", "DISPUTES", "kessel-farms")],
        [],
    ),
]

QUOTE_OPENERS: list[Case] = [
    (  # mining: a comment adverb glued to the rival's name
        '"Clearly Orsk Metals is our main rival," said Ada Vey, who runs Kessel Mining.',
        [("orsk-metals", "COMPETES_WITH", "kessel-mining"), ("ada-vey", "LEADS", "kessel-mining")],
        [("clearly-orsk-metals", "COMPETES_WITH", "kessel-mining")],
    ),
    (  # food: "Frankly" before a one-word rival
        '"Frankly Orsk is a bully," said Ada Vey of Kessel Foods. Kessel Foods sued Orsk.',
        [("kessel-foods", "DISPUTES", "orsk")],
        [("frankly-orsk", "DISPUTES", "kessel-foods")],
    ),
    (  # guard: a heading's words and a quote's "Together we" are no party
        '"Together we can beat Orsk," said Ada Vey, chief executive of Dravik.',
        [("ada-vey", "LEADS", "dravik")],
        [("together", "COMPETES_WITH", "orsk")],
    ),
    (  # guard: a campaign named by an imperative is a real party (quarrying)
        "Keep the Moors Wild, a walkers' charity, attacked Greyfold Quarries.",
        [("keep-the-moors-wild", "DISPUTES", "greyfold-quarries")],
        [("wild", "DISPUTES", "greyfold-quarries")],
    ),
    (  # guard: "Save Our Forests" (timber)
        "Save Our Forests, a campaign group, sued Kessel Timber.",
        [("save-our-forests", "DISPUTES", "kessel-timber")],
        [],
    ),
    (  # guard: an adverb-like word that is a name's own ("Simply Business")
        "Simply Business sued Kessel Insure.",
        [("simply-business", "DISPUTES", "kessel-insure")],
        [("business", "DISPUTES", "kessel-insure")],
    ),
]

SHAPES: list[Case] = [
    (  # cooperage: a participle opening the sentence, a pronoun subject
        "Ivo Orrak grew up by the sea. Raised in Tartu, he trained as a cooper before founding"
        " Orrak Casks.",
        [("ivo-orrak", "FOUNDED", "orrak-casks")],
        [("raised", "FOUNDED", "orrak-casks")],
    ),
    (  # ferries: "Founded in 1961, the company"
        "Marlock Ferries runs boats. Founded in 1961, the company sued Sellwick Lines in May.",
        [("marlock-ferries", "DISPUTES", "sellwick-lines")],
        [("founded", "DISPUTES", "sellwick-lines")],
    ),
    (  # guard: a firm really called "Raised Bed Gardens"
        "Raised Bed Gardens sued Orsk Tools in May.",
        [("raised-bed-gardens", "DISPUTES", "orsk-tools")],
        [],
    ),
    (  # banking: a nationality adjective before an unnamed lender
        "A Bolivian lender backed Tessmoor Foods with $5m.",
        [],
        [("bolivian", "FUNDS", "tessmoor-foods")],
    ),
    (  # banking: a nationality adjective in apposition to the named lender
        "A Bolivian lender, Banco Quill, funds Tessmoor Foods.",
        [("banco-quill", "FUNDS", "tessmoor-foods")],
        [("bolivian", "FUNDS", "tessmoor-foods")],
    ),
    (  # mining: a country's possessive watchdog
        "Peru's watchdog sued Kessel Mining, a rival of Orsk Metals.",
        [("kessel-mining", "COMPETES_WITH", "orsk-metals")],
        [("peru", "DISPUTES", "kessel-mining")],
    ),
    (  # farming: "EU regulators" in a passive
        "Kessel Farms was fined by EU regulators.",
        [],
        [("eu", "DISPUTES", "kessel-farms"), ("european-union", "DISPUTES", "kessel-farms")],
    ),
    (  # guard: a named regulator after a nationality adjective is a party
        "The Peruvian watchdog Sunafil sued Kessel Mining.",
        [("sunafil", "DISPUTES", "kessel-mining")],
        [],
    ),
    (  # guard: nationality words inside real names (transport, steel)
        "Norwegian Air sued Kessel Travel. British Steel sued Kessel Mining.",
        [
            ("norwegian-air", "DISPUTES", "kessel-travel"),
            ("british-steel", "DISPUTES", "kessel-mining"),
        ],
        [],
    ),
    (  # mining: a dateline's agency
        "OSLO (Nordwire) - Kessel Mining sued Orsk Metals on Monday.",
        [("kessel-mining", "DISPUTES", "orsk-metals")],
        [("nordwire", "DISPUTES", "orsk-metals")],
    ),
    (  # retail: a dateline with a date, the agency in brackets
        "LIMA, May 5 (Andes Wire) - Kessel Retail sued Orsk Stores.",
        [("kessel-retail", "DISPUTES", "orsk-stores")],
        [("andes-wire", "DISPUTES", "orsk-stores")],
    ),
    (  # guard: an agency that reports is no party either
        "Kessel Mining sued Orsk Metals, Nordwire reported.",
        [("kessel-mining", "DISPUTES", "orsk-metals")],
        [("nordwire", "DISPUTES", "orsk-metals")],
    ),
    (  # space: a launch range used as a site is no party
        "Kessel Space launches rockets from Wallops Island, which it leases from Orsk Space.",
        [],
        [("wallops-island", "OWNS", "kessel-space"), ("wallops-island", "FUNDS", "kessel-space")],
    ),
    (  # retail: a street is no party
        "Tessmoor Foods, based on Baker Street, sued Orsk Snacks.",
        [("tessmoor-foods", "DISPUTES", "orsk-snacks")],
        [("baker-street", "DISPUTES", "orsk-snacks")],
    ),
    (  # energy: "of <place>" is the firm's seat, not its name
        "Dravik Holdings of Norway sued Orsk Energy.",
        [
            ("dravik-holdings", "DISPUTES", "orsk-energy"),
            ("dravik-holdings", "LOCATED_IN", "norway"),
        ],
        [("dravik-holdings-of-norway", "DISPUTES", "orsk-energy")],
    ),
    (  # mining: "for <project>" is the suit's purpose, no part of the name
        "Kessel Mining sued Orsk Metals for Project Tern.",
        [("kessel-mining", "DISPUTES", "orsk-metals")],
        [("orsk-metals-for-project-tern", "DISPUTES", "kessel-mining")],
    ),
]

KEPT: list[tuple[str, list[str], list[str]]] = [
    (  # the possessor is the name's first word
        "The People's Bank of Tessmoor funds Kessel Mining.",
        ["People's Bank of Tessmoor", "Kessel Mining"],
        ["'s Bank of Tessmoor", "Bank of Tessmoor"],
    ),
    (  # one name, not a possessor and its product
        "Kessel Foods gave money to Women's Aid.",
        ["Women's Aid", "Kessel Foods"],
        ["Women", "Aid"],
    ),
    (  # a comment adverb is no word of the name
        '"Frankly Orsk Metals copied us," said Ada Vey of Kessel Mining.',
        ["Orsk Metals", "Kessel Mining"],
        ["Frankly Orsk Metals", "Frankly Orsk"],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(POSSESSIVE_PEOPLE + QUOTE_OPENERS + SHAPES, GAPS))
def test_relations(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)


@pytest.mark.parametrize("case", gap_params(KEPT, GAPS))
def test_kept(case: tuple[str, list[str], list[str]]) -> None:
    text, present, absent = case
    got = kept(text)
    assert all(n in got for n in present) and not any(n in got for n in absent), sorted(got)
