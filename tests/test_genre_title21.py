"""Genre bank for a leading title whose organization the sentence does not name (round 21).

A person given a leading role by a bare title ("chief executive X said"), a possessed one
("Their chairman, X", "The trust's chief executive, X", "X, their chairman,"), a bare
appositive ("X, chief executive, said") or a staying copula ("and X remains chief executive")
leads the organization the article is about, even when the sentence quotes "this company" or
"our company", names another organization in a clause before ", and", or reports another
organization's news after the holder's verb of saying. A title of another body ("the union's
general secretary", a head of a function, a former employer's title) never binds to the topic.

Each case is a short invented article (relations that must be found, relations that must
not be), across tiles, pumps, cider, rowing, theatre, machining, rope, food, shipping,
software and brewing.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params


def art(opening: str, sentence: str, headline: str = "") -> str:
    """A short article: a headline (by default the opening's first name and "news"), the
    opening sentence naming the topic, the sentence."""
    head = headline or opening.split(",")[0].split(" in ")[0] + " news"
    return f"{head}\n\n{opening}\n{sentence}\n"


ROPE = "Halden Rope, a Grimsby maker of marine rope, opened a second plant on Tuesday."
TILES = "Marrowby Tiles, a maker of ceramic floor tiles in Staffordshire, raised its forecast."
BREW = "Corran Brewing, a Leeds brewer, raised its prices on Monday."
SHIP = "Tessin Lines, a Hamburg container shipper, ordered four new vessels."
SOFT = "Quillon Software, a Dublin maker of payroll tools, hired 40 engineers."

QUOTED: list[Case] = [
    (  # tiles: a quote holding "this company" before the bare title
        art(
            TILES,
            '"We set up this company to make one thing well," chief executive Tegwen '
            "Brimble told investors.",
        ),
        [("tegwen-brimble", "LEADS", "marrowby-tiles")],
        [],
    ),
    (  # machining: "our company's" inside the quote
        art(
            "Pebworth Machining, a maker of signalling parts, won a contract from Netz Nordby.",
            '"This is the biggest order in our company\'s history," chief executive Lachlan '
            "Brodie told staff.",
        ),
        [("lachlan-brodie", "LEADS", "pebworth-machining")],
        [("lachlan-brodie", "LEADS", "netz-nordby")],
    ),
    (  # brewing: "our company" as the quote's subject, "said chairman X"
        art(BREW, '"Our company has never faced costs like this," said chairman Ivo Hale.'),
        [("ivo-hale", "LEADS", "corran-brewing")],
        [],
    ),
    (  # shipping: the holder's own "its" later in the sentence
        art(SHIP, "Chief executive Anke Vorst called the order the largest in its history."),
        [("anke-vorst", "LEADS", "tessin-lines")],
        [],
    ),
]

POSSESSED: list[Case] = [
    (  # theatre: "the trust's" (the organization was described as a charity)
        art(
            "Lamplight Fellows, a charity that funds touring theatre in Powys, will pay for six "
            "productions.",
            "The trust's chief executive, Ceinwen Meredith, called the "
            "programme the largest in its history.",
        ),
        [("ceinwen-meredith", "LEADS", "lamplight-fellows")],
        [],
    ),
    (  # rope: a trade noun in -maker as the possessor, no comma
        art(
            ROPE,
            "The ropemaker's chief executive Orla Benn said it was the best year yet.",
            "Halden Rope opens plant",
        ),
        [("orla-benn", "LEADS", "halden-rope")],
        [],
    ),
    (  # rope: "Their managing director, X"
        art(ROPE, "Their managing director, Orla Benn, said demand had doubled."),
        [("orla-benn", "LEADS", "halden-rope")],
        [],
    ),
    (  # brewing: "X, their chairman,"
        art(BREW, "Ivo Hale, their chairman, said costs had risen."),
        [("ivo-hale", "LEADS", "corran-brewing")],
        [],
    ),
    (  # shipping: "the foundation's chair" (a family body)
        art(
            SHIP,
            "The foundation's chair, Greta Lund, said the order was long planned.",
            "Tessin Lines orders ships",
        ),
        [("greta-lund", "LEADS", "tessin-lines")],
        [],
    ),
    (  # cooperative: "the club's chairman, X" (the topic described as a rowing club)
        art(
            "Weirside Rowers, a rowing club in Worcester, will rebuild its boathouse.",
            "The club's chairman, Ninian Gallimore, said members would raise the money.",
        ),
        [("ninian-gallimore", "LEADS", "weirside-rowers")],
        [],
    ),
    (  # rowing club typed as an organization: "Their chairman, X"
        art(
            "Weirside Rowing Club in Worcester plans to rebuild its boathouse.",
            "Their chairman, Ninian Gallimore, said members would raise the money.",
        ),
        [("ninian-gallimore", "LEADS", "weirside-rowing-club")],
        [],
    ),
    (  # must still give: a resolved possessor
        art(ROPE, "The company's co-founder, Orla Benn, said it was the best year yet."),
        [("orla-benn", "FOUNDED", "halden-rope")],
        [],
    ),
]

CLAUSES: list[Case] = [
    (  # cider: "and X remains chief executive" after a clause naming another body
        art(
            "Pomona Wynd Perry, a Herefordshire cider maker, has appointed a new chair.",
            "Percival Fothergill, once chair at the Perry Makers Gilde, will chair the company, "
            "and Hattie Wardle remains chief executive.",
        ),
        [("hattie-wardle", "LEADS", "pomona-wynd-perry")],
        [("hattie-wardle", "LEADS", "perry-makers-gilde")],
    ),
    (  # rope: ", and managing director X said" after a preposition's name
        art(
            ROPE,
            "The order came from Norsk Fiske, and managing director Orla Benn said more "
            "would follow.",
        ),
        [("orla-benn", "LEADS", "halden-rope")],
        [("orla-benn", "LEADS", "norsk-fiske")],
    ),
    (  # software: after a subordinate clause naming an investor
        art(
            SOFT,
            "Shares rose after Vell Capital raised its rating, and chairman Ada Roon "
            "said the office would open in May.",
        ),
        [("ada-roon", "LEADS", "quillon-software")],
        [("ada-roon", "LEADS", "vell-capital")],
    ),
    (  # rope: a customer named in the reported clause
        art(ROPE, "Managing director Orla Benn said orders from Norsk Fiske had doubled."),
        [("orla-benn", "LEADS", "halden-rope")],
        [("orla-benn", "LEADS", "norsk-fiske")],
    ),
    (  # shipping: a yard named in the reported clause, "told"
        art(
            SHIP,
            "Chief executive Anke Vorst told analysts that Brema Werft would build the ships.",
            "Tessin Lines hires yard",
        ),
        [("anke-vorst", "LEADS", "tessin-lines")],
        [("anke-vorst", "LEADS", "brema-werft")],
    ),
    (  # rope: a bare appositive title with an unknown given name
        art(ROPE, "Orla Benn, chief executive, said it was the best year yet."),
        [("orla-benn", "LEADS", "halden-rope")],
        [],
    ),
    (  # brewing: a relative "who remains chairman"
        art(BREW, "Ivo Hale, who remains chairman, said costs had risen."),
        [("ivo-hale", "LEADS", "corran-brewing")],
        [],
    ),
    (  # software: "who has been chief executive since"
        art(SOFT, "Ada Roon, who has been chief executive since 2015, said hiring would go on."),
        [("ada-roon", "LEADS", "quillon-software")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # guard: a union's title
        art(BREW, "The union's general secretary, Gerard Redding, said staff would seek a rise."),
        [],
        [("gerard-redding", "LEADS", "corran-brewing")],
    ),
    (  # guard: a regulator's title
        art(BREW, "The regulator's chairman, Gerard Redding, said prices were too high."),
        [],
        [("gerard-redding", "LEADS", "corran-brewing")],
    ),
    (  # guard: a head of a function
        art(TILES, "Head of marketing Clemency Pettigrew said the glazes had sold well."),
        [],
        [("clemency-pettigrew", "LEADS", "marrowby-tiles")],
    ),
    (  # guard: an analyst at another firm
        art(
            TILES,
            "Greta Sandvik, who covers the sector for Alderley Analytik, said the "
            "forecast looked cautious.",
        ),
        [],
        [("greta-sandvik", "LEADS", "marrowby-tiles")],
    ),
    (  # guard: a former employer's title
        art(
            TILES,
            "Rhodri Tindall, formerly chief executive at the rival tile maker Claybrook "
            "Keramik, said the forecast looked cautious.",
        ),
        [],
        [("rhodri-tindall", "LEADS", "marrowby-tiles")],
    ),
    (  # guard: workers' "their chairman" in mid-sentence is another body's
        art(ROPE, "The workers said their chairman, Piet Dorn, would meet managers."),
        [],
        [("piet-dorn", "LEADS", "halden-rope")],
    ),
]

# review21 A: another organization as the subject (or agent) of the clause before ", and"
# keeps a bare title there from the topic; "their" after a sentence naming people or two
# organizations is theirs
REVIEWED: list[Case] = [
    (  # guard: another firm the first clause's subject, "and X remains chief executive"
        art(ROPE, "Norsk Fiske opened a plant in Hull, and Ola Berg remains chief executive."),
        [],
        [("ola-berg", "LEADS", "halden-rope")],
    ),
    (  # guard: another firm the agent of a passive before ", and chief executive X said"
        art(
            ROPE,
            "The Bergen tender was won by Norsk Fiske, and chief executive Ola Berg said the "
            "contract would double sales.",
        ),
        [],
        [("ola-berg", "LEADS", "halden-rope")],
    ),
    (  # guard: an investor the first clause's subject, ", and chairman X said"
        art(
            BREW,
            "Vell Capital raised its offer on Friday, and chairman Ada Roon said the board "
            "would meet.",
        ),
        [],
        [("ada-roon", "LEADS", "corran-brewing")],
    ),
    (  # guard: "Their chairman" after a sentence about workers
        art(
            ROPE,
            "Workers at the Grimsby plant voted to strike on Monday. Their chairman, Tom "
            "Hale, said talks had failed.",
        ),
        [],
        [("tom-hale", "LEADS", "halden-rope")],
    ),
    (  # guard: "X, their chairman," after a sentence naming two winners
        art(
            ROPE,
            "Halden Rope lost the contract to Norsk Fiske and Vell Marine. "
            '"We are delighted," Tom Hale, their chairman, said.',
        ),
        [],
        [("tom-hale", "LEADS", "halden-rope")],
    ),
    (  # guard: staff of a port
        art(
            SHIP,
            "Dock staff in Hamburg walked out on Tuesday. Their chairman, Jens Albers, said "
            "pay had fallen.",
        ),
        [],
        [("jens-albers", "LEADS", "tessin-lines")],
    ),
    (  # must still give: "Their chairman" after a sentence about the topic alone
        art(
            BREW,
            "Corran Brewing opened a taproom in York. Their chairman, Ivo Hale, said costs "
            "had risen.",
        ),
        [("ivo-hale", "LEADS", "corran-brewing")],
        [],
    ),
]

GAPPED: list[Case] = [
    (  # pumps: a title asked by another organization ("urging chairman X")
        art(
            "Sandholt Pumps, a Jutland maker of irrigation pumps, is under pressure.",
            "Stonebeck Associes, which owns 4% of the company, sent a letter urging chairman "
            "Steffen Lykke to put the plan to a vote.",
            "Sandholt Pumps under pressure",
        ),
        [("steffen-lykke", "LEADS", "sandholt-pumps")],
        [("steffen-lykke", "LEADS", "stonebeck-associes")],
    ),
    (  # rope: a chained bare appositive title
        art(
            ROPE,
            "Orla Benn, chief executive and co-founder, said demand had doubled.",
            "Halden Rope grows",
        ),
        [("orla-benn", "LEADS", "halden-rope")],
        [],
    ),
]

BANK = QUOTED + POSSESSED + CLAUSES + GUARDS + REVIEWED + GAPPED
GAPS: dict[str, str] = {
    "Sandholt Pumps under pressure": "an asked title (urging chairman X) is not read",
    "Lamplight Fellows news": "'the trust's chief executive' (a noun it was not described by) "
    "is not read: on fresh text a trust or charity is a funder as often as the topic",
    "Tessin Lines orders ships": "'the foundation's chair' is not read (often another body's)",
    "Tessin Lines hires yard": "a name as the reported clause's subject is not passed over",
    "Halden Rope grows": "a chained bare appositive title does not type its unknown holder",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_title21(case: Case) -> None:
    check(*case)
