"""Genre bank for products a firm owns (round 32).

A maker's products often come in a list whose first member carries its kind words ("makes the
Quillo board game and the Zanto puzzle range", "its Hartsway e-bike and the Tolland range"):
each member is the maker's. A company "behind" products keeps them past a home-town adjective
("the Oslo-based company behind the puzzle apps Tangle and Kite"). A firm's "own" product named
in a complaint about a copy is the complainant's ("accused Pixley of imitating its own
Seabright tin"), but after "for" it is the copier's ("accusing it of copying the keel for
its own Hallow 40"). A list of names before one product noun types each as a product ("the
Arvo and Tesko drills").
Guards: a stockist or reseller of products owns none; a rival's possessed product stays the
rival's; a firm named after the list is no product; a licensee's output is the licensor's design.
Mend (round 32): the list's next member is no firm, person or firm's short name used as a
modifier, nor a product another firm is tied to ("licensed from", "of", ", which X owns"); a list
made "for" a client or "under licence" is no maker's; "alongside" shares no own product; a
home-town "behind" needs a maker's noun (no investor, agency, supplier or person) and no firm
behind it. A charge against a person with "for its own" is a known gap.

Invented texts across toys, foods, cycles, software, paints, drinks, boats, tools, audio, valves and
sports goods.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

LISTS: list[Case] = [
    (  # toys: a second product after the first one's kind words
        "Dravenport Toys makes the Quillo board game and the Zanto puzzle range at its plant "
        "in Derby.",
        [("dravenport-toys", "OWNS", "quillo"), ("dravenport-toys", "OWNS", "zanto")],
        [],
    ),
    (  # cycles: a possessive over a two-member list
        "Pendry Cycles said its Hartsway e-bike and the Tolland range sold well in the spring.",
        [("pendry-cycles", "OWNS", "hartsway"), ("pendry-cycles", "OWNS", "tolland")],
        [],
    ),
    (  # audio (variant): a relative clause over a three-member list
        "Tarnwick Audio, which makes the Corvo speaker, the Baleno camera and the Lisca "
        "headphones, opened a shop in York.",
        [("tarnwick-audio", "OWNS", "corvo"), ("tarnwick-audio", "OWNS", "lisca")],
        [],
    ),
    (  # software: a company behind apps, with a home-town adjective
        "Varnholt Group, the Oslo-based company behind the puzzle apps Tangle and Kite, has "
        "grown quickly since 2019.",
        [("varnholt-group", "OWNS", "tangle"), ("varnholt-group", "OWNS", "kite")],
        [],
    ),
    (  # guard: tools, a stockist of another maker's products owns none
        "Marvell Retail stocks the Arvo drill and the Kenda sander from Brixley Tools.",
        [],
        [("marvell-retail", "OWNS", "arvo"), ("marvell-retail", "OWNS", "kenda")],
    ),
    (  # guard: foods, a rival's possessed product stays the rival's
        "Pellham Foods makes the Sunnyrise granola range, and Orvo's Tamber porridge competes "
        "with it.",
        [("pellham-foods", "OWNS", "sunnyrise")],
        [("pellham-foods", "OWNS", "tamber")],
    ),
]

OWN: list[Case] = [
    (  # paints: the complainant's own product in an accusation
        "Halloran Paints accused Pixley of imitating the colours of its own Seabright tin.",
        [("halloran-paints", "OWNS", "seabright")],
        [("pixley", "OWNS", "seabright")],
    ),
    (  # drinks: a claim that another's product copies one's own
        "Kestrow Drinks has sued Pellam, claiming that Pellam's Fizz bottle mimics the curve "
        "of its own Zing Zero can.",
        [("kestrow-drinks", "OWNS", "zing-zero")],
        [("pellam", "OWNS", "zing-zero")],
    ),
    (  # boats: after "for", the copier's own product
        "Brannock Yachts sued Hallow in 2001, accusing it of copying the Ardent's keel for its "
        "own Hallow 40.",
        [("hallow", "OWNS", "hallow-40")],
        [("brannock-yachts", "OWNS", "hallow-40")],
    ),
    (  # sports goods (variant): the product named at the end of the clause
        "Tarvel Sports claims that the Pellam bat copies the livery of its own Oakhurst Classic "
        "bat.",
        [("tarvel-sports", "OWNS", "oakhurst-classic")],
        [],
    ),
]

LICENSED: list[Case] = [
    (  # guard: valves, a licensee makes another's design
        "Norbeck Fittings has made Stavro valves under licence at its works near Leeds since 2019.",
        [],
        [("norbeck-fittings", "OWNS", "stavro")],
    ),
    (  # valves (variant): the maker of its own design keeps it
        "Quillon Valves has made Hush valves at its works near Hull since 2019.",
        [("quillon-valves", "OWNS", "hush")],
        [],
    ),
]

# mend32: the list's next member must be the maker's own product
MEMBERS: list[Case] = [
    (  # guard: games, a firm's name used as the next member's modifier
        "Mirrow Games publishes the Tallis card game and the Fenmore Studios dice set.",
        [("mirrow-games", "OWNS", "tallis")],
        [("mirrow-games", "OWNS", "fenmore-studios")],
    ),
    (  # guard: games (variant), a person's name as the modifier
        "Mirrow Games publishes the Tallis card game and the Oscar Lind dice set.",
        [("mirrow-games", "OWNS", "tallis")],
        [("mirrow-games", "OWNS", "oscar-lind")],
    ),
    (  # guard: bikes, a member licensed from another firm
        "Quarne Bikes makes the Selby road bike and the Ostra gravel bike licensed from "
        "Ferrin Cycles.",
        [("quarne-bikes", "OWNS", "selby")],
        [("quarne-bikes", "OWNS", "ostra")],
    ),
    (  # guard: bikes (variant), a relative clause naming the owner
        "Quarne Bikes makes the Selby road bike and the Ostra gravel bike, which Ferrin "
        "Cycles owns.",
        [("quarne-bikes", "OWNS", "selby")],
        [("quarne-bikes", "OWNS", "ostra")],
    ),
    (  # guard: bikes (variant), an "of" owner after the member
        "Quarne Bikes makes the Selby road bike and the Ostra gravel bike of Ferrin Cycles "
        "in one shed.",
        [("quarne-bikes", "OWNS", "selby")],
        [("quarne-bikes", "OWNS", "ostra")],
    ),
    (  # bikes: a relative clause naming a seller keeps both members the maker's
        "Quarne Bikes makes the Selby road bike and the Ostra gravel bike, which it sells "
        "through Dovely Stores.",
        [("quarne-bikes", "OWNS", "selby"), ("quarne-bikes", "OWNS", "ostra")],
        [],
    ),
    (  # guard: bikes, the whole list is made for a client
        "Quarne Bikes makes the Selby road bike and the Ostra gravel bike for Ferrin Cycles.",
        [],
        [("quarne-bikes", "OWNS", "selby"), ("quarne-bikes", "OWNS", "ostra")],
    ),
    (  # funding: a firm after a product in a list is still funded
        "Harrow Capital invested in the Plume budgeting app and Tessaly Labs in May.",
        [("harrow-capital", "FUNDS", "tessaly-labs")],
        [],
    ),
]

OWN_GUARDS: list[Case] = [
    (  # guard: boats, a report of another firm's copying: "its" is unsure
        "Corvane Boats says Pellor Marine copied the mast for its own Wren 24.",
        [],
        [("corvane-boats", "OWNS", "wren-24")],
    ),
    (  # guard: boats (variant), a person charged: no firm's own product
        "Corvane Boats accused Ada Brill of copying the mast for its own Wren 24.",
        [],
        [("corvane-boats", "OWNS", "wren-24")],
    ),
    (  # boats: a comparison with the complainant's own product
        "Corvane Boats claims that Pellor Marine's Skiff 12 uses the same mast as its own Wren 24.",
        [("corvane-boats", "OWNS", "wren-24")],
        [("pellor-marine", "OWNS", "wren-24")],
    ),
    (  # boats: no other party before "its own"
        "Corvane Boats sails its own Wren 24 at every regatta.",
        [("corvane-boats", "OWNS", "wren-24")],
        [],
    ),
    (  # guard: drinks, "alongside" shares no own product
        "Dovely Stores will sell its own Brisk alongside Amberly's juices.",
        [("dovely-stores", "OWNS", "brisk")],
        [("amberly", "OWNS", "brisk")],
    ),
]

BEHIND: list[Case] = [
    (  # guard: software, an investor behind an app makes nothing
        "Harrow Capital, the Leeds-based investor behind the Plume app, closed a fund.",
        [],
        [("harrow-capital", "OWNS", "plume")],
    ),
    (  # guard: cars, a buyout firm behind a carmaker
        "Ostby Partners, the Bern-based private equity firm behind Ralston Motors, hired staff.",
        [],
        [("ostby-partners", "OWNS", "ralston-motors")],
    ),
    (  # software: a studio behind a game keeps it
        "Tessaly Labs, the Lisbon-based studio behind the game Moonfield, hired 20 people.",
        [("tessaly-labs", "OWNS", "moonfield")],
        [],
    ),
]

BANK = LISTS + OWN + LICENSED + MEMBERS + OWN_GUARDS + BEHIND
GAPS: dict[str, str] = {
    "Corvane Boats accused Ada Brill of copying": "a bare product name after 'for its own' in a "
    "charge against a person still reads the accuser's (restricting it cost 1 right on CHECK)",
}

TYPED: list[tuple[str, dict[str, str]]] = [
    (  # tools: each name of a list before one product noun
        "Brixley Tools, which makes the Arvo and Tesko drills, was fined on Tuesday.",
        {"Arvo": "Product", "Tesko": "Product"},
    ),
    (  # tools (variant): a model name sharing the first name's word
        "Ormond Tools makes the Pello and Pello Pro drills at a plant in Leeds.",
        {"Pello": "Product", "Pello Pro": "Product"},
    ),
    (  # guard: a firm's short name in a list before a product noun stays a firm
        "Ardley Dairies and Colby Foods sell butter, and the Ardley and Colby butters sold out.",
        {"Colby": "Organization"},
    ),
    (  # guard: a firm after "and" with no product noun stays a firm
        "The Arvo drill is sold by Brixley Tools and Kenda Hardware in most towns.",
        {"Kenda Hardware": "Organization"},
    ),
]


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_prod32(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize(("text", "must"), TYPED)
def test_genre_prod32_types(text: str, must: dict[str, str]) -> None:
    check_types(text, must, [])
