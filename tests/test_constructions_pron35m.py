"""Pronoun ends, mended (round 35 review): wrong readings of pron35 found on invented text.

"Its director, X," after a sentence naming a work or a vessel directs the work and heads no
body (`loaders.sentence_context._work_before`); a noun's "by" ("a report by X, which says ...")
is no passive agent that stays the clause subject (`loaders.oblique_mentions.heads_relative`).
Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

CASES: list[Case] = [
    (  # film: the director of a film that premiered heads nothing
        "The film Northern Tide premiered in Venice on Friday. Its director, Ola Haug, said the "
        "shoot took two winters.",
        [],
        [("ola-haug", "LEADS", "northern-tide")],
    ),
    (  # documentary: the studio that released it is not led by the film's director
        "Brightwell Pictures released the documentary Glass Rivers last week. Its director, Tim "
        "Olsen, spent a year in Peru.",
        [],
        [("tim-olsen", "LEADS", "brightwell-pictures")],
    ),
    (  # games: the game's director does not lead the studio
        "Pixelmoor Studios launched the game Iron Choir on Monday. Its director, Kai Rusk, said a "
        "sequel was planned.",
        [],
        [("kai-rusk", "LEADS", "pixelmoor-studios")],
    ),
    (  # education: a programme's director does not lead the bank that runs it
        "The Brightpath scholarship programme, run by Velmar Bank, opened applications. Its "
        "director, Ola Sund, said 200 places were on offer.",
        [],
        [("ola-sund", "LEADS", "velmar-bank")],
    ),
    (  # shipping: a tanker has no director that heads a body
        "The tanker Nordic Star ran aground off Oran. Its director, Ezra Po, said no oil leaked.",
        [],
        [("ezra-po", "LEADS", "nordic-star")],
    ),
    (  # positive kept: a plain firm before "Its director,"
        "Ulbeck Cement has opened a plant near the coast. Its director, Ines Varga, said output "
        "would double by next year.",
        [("ines-varga", "LEADS", "ulbeck-cement")],
        [],
    ),
    (  # retail research: a report's "by" is no passive agent; "Its" answers the firm reported on
        "A report by Carrow Research, which tracks retail, said Dunn Stores lost market share. "
        "Its chief executive, Ian Moor, disputed the figures.",
        [("ian-moor", "LEADS", "dunn-stores")],
        [("ian-moor", "LEADS", "carrow-research")],
    ),
    (  # positive kept: a passive agent heading a relative clause
        "The airline is owned by Tamber Aviation Holdings, which groups Ruvo Air and Skel Jets. "
        "Its chairman, Omar Fadl, said a sale was not planned.",
        [("omar-fadl", "LEADS", "tamber-aviation-holdings")],
        [("omar-fadl", "LEADS", "ruvo-air")],
    ),
    # known gaps (strict xfail)
    (  # valves: after "A agreed to buy B", the kept general manager is B's
        "Ardel Group agreed to buy Firth Valves for 30 million pounds. Its general manager, Rob "
        "Kenn, would keep the job once the sale closes.",
        [],
        [("rob-kenn", "LEADS", "ardel-group")],
    ),
    (  # farming: the claim's target answers ("said the claim was baseless")
        "A case was brought by Vell Farms, which says Grove Chemicals polluted a river. Its "
        "chairman, Ted Ash, said the claim was baseless.",
        [],
        [("ted-ash", "LEADS", "vell-farms")],
    ),
    (  # cement: the general manager of one plant does not lead the firm
        "Rasmus Cement runs a plant in Ghent. Its general manager, Lars Holm, at the Ghent plant, "
        "said kilns were upgraded.",
        [],
        [("lars-holm", "LEADS", "rasmus-cement")],
    ),
    (  # insurance: "one of nine" is a board member, no head
        "Finch Insurance changed its board. Its director, Ruth Bale, one of nine, resigned.",
        [],
        [("ruth-bale", "LEADS", "finch-insurance")],
    ),
    (  # retail: a store's general manager does not lead the chain
        "The Kesco store in Turku closed. Its general manager, Pia Ruo, said rents were too high.",
        [],
        [("pia-ruo", "LEADS", "kesco")],
    ),
    (  # rail: no single antecedent after a list of bidders
        "Three firms bid: Amber Rail, Colt Rail and Dune Transit. Its director, Bo Kell, said "
        "Amber Rail would win.",
        [],
        [("bo-kell", "LEADS", "amber-rail")],
    ),
    (  # textiles: a director who "may be chosen" as the new chief is not yet the head
        "Ravel Textiles plans to name a new chief. Its director, Lars Bek, may be chosen.",
        [],
        [("lars-bek", "LEADS", "ravel-textiles")],
    ),
]

GAPS = {
    "Ardel Group agreed": "'Its' after a takeover leans to the buyer, not the bought firm",
    "A case was brought": "a name in the agent's relative clause that a reply answers for",
    "Rasmus Cement runs": "a unit's head ('at the Ghent plant') after the appositive name",
    "Finch Insurance": "'one of nine' after the name marks a board member",
    "The Kesco store": "a store's or plant's own head read as the chain's",
    "Three firms bid": "'Its' bound after a list with no single antecedent",
    "Ravel Textiles plans": "'director' read as the head where the text seeks a head",
}


@pytest.mark.parametrize("text,present,absent", gap_params(CASES, GAPS, spread=True))
def test_pronoun_ends_mended(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
