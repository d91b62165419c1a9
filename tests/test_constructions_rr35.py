"""Re-review of round 35's net change (rr35): invented texts whose new relations were wrong.

Mended: a loss only expected ("expects to lose ... to X"), nothing lost ("lost nothing to X"), an
asset taken by law ("lost its site to X in a compulsory purchase") make no rivals; an event's
"Its director, X," after a sentence naming a festival or regatta heads no firm. Left as strict
xfails: the gaps this round's readings exposed but do not own (entity spans and types, a deal
noun resolved by recency, a stem binding two firms share, a legal word as a premodifier).

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

RIVALS = "COMPETES_WITH"

MENDED: list[Case] = [
    (  # a loss only expected
        "Humber Dredging expects to lose two contracts to Ostend Channel Works next year. The "
        "dredger said it would cut costs.",
        [],
        [("humber-dredging", RIVALS, "ostend-channel-works")],
    ),
    (  # the lookalike: a loss that happened stays rivalry
        "Humber Dredging lost two contracts to Ostend Channel Works last year. The dredger said "
        "it would cut costs.",
        [("humber-dredging", RIVALS, "ostend-channel-works")],
        [],
    ),
    (  # nothing lost
        "Lumen Chandlers said it had lost nothing to Beeswax Row. The chandler said sales rose.",
        [],
        [("lumen-chandlers", RIVALS, "beeswax-row")],
    ),
    (  # no customers lost
        "Pell Ropes has lost no customers to Garrow Cordage, its chief executive said.",
        [],
        [("pell-ropes", RIVALS, "garrow-cordage")],
    ),
    (  # an asset taken by law
        "Moss Hill Peat lost its Flanders Moss site to Carse Wildlife Trust in a compulsory "
        "purchase. The peat cutter said it was compensated.",
        [],
        [("moss-hill-peat", RIVALS, "carse-wildlife-trust")],
    ),
    (  # the lookalike: a tender lost in an auction stays rivalry
        "Tyne Breakers lost the Ark Royal scrapping job to Leyal Ship Recycling in a defence "
        "auction. The shipbreaker said it would focus on fishing boats.",
        [("tyne-breakers", RIVALS, "leyal-ship-recycling")],
        [],
    ),
    (  # a festival's director heads no sponsor
        "The Speyside Cask Festival was sponsored by Speyside Casks. Its director, Ewan Grant, "
        "said 5,000 visitors came.",
        [],
        [("ewan-grant", "LEADS", "speyside-casks")],
    ),
    (  # the lookalike: a firm's own director after a sentence on the firm
        "Hebridean Crossings has a new board. Its director, Sean Macaulay, said the line would "
        "buy a new vessel.",
        [("sean-macaulay", "LEADS", "hebridean-crossings")],
        [],
    ),
]

OPEN: list[Case] = [
    (  # a legal word as a premodifier: "trial tender" is no lawsuit
        "Furrow Seeds lost the Defra trial tender to Cambridge Plant Lab, the ministry said.",
        [("furrow-seeds", RIVALS, "cambridge-plant-lab")],
        [],
    ),
    (  # "the lender" is the one that lent, not the firm last named
        "Dunmore Chandlery supplies yachts in Oban. Harbour Finance lent it £1m. The chandler "
        "said it would open a second shop. The lender's chief, Mhairi Roy, was pleased.",
        [("mhairi-roy", "LEADS", "harbour-finance")],
        [("mhairi-roy", "LEADS", "dunmore-chandlery")],
    ),
    (  # two firms called coopers: "the cooper" binds neither by one name's stem
        "Speyside Casks and Tullich Cooperage are coopers. The cooper in Craigellachie was "
        "founded in 1950. Its owner, Bill Shand, retired.",
        [],
        [("bill-shand", "OWNS", "tullich-cooperage")],
    ),
    (  # "X-rival Y": Y won the job, not the premodifier's X
        "Humber Dredging lost the Grimsby job to Boskalis-rival Dutch Channel. The dredger "
        "said it would cut staff.",
        [("humber-dredging", RIVALS, "dutch-channel")],
        [("humber-dredging", RIVALS, "boskalis")],
    ),
    (  # a chained "X-rival Y-rival Z": Z won the warrant
        "Holland Gunmakers lost the royal warrant to Purdey-rival Westley Richards-rival Boss "
        "Guns this year. Holland said it was disappointed.",
        [("holland-gunmakers", RIVALS, "boss-guns")],
        [("holland-gunmakers", RIVALS, "westley-richards")],
    ),
    (  # a trade premodifier glued to the name ("Stilton-maker Colston Bassett Dairy")
        "Ashdown Dairy lost the Supreme Champion award to Stilton-maker Colston Bassett Dairy. "
        "The cheesemaker said it was proud of silver.",
        [("ashdown-dairy", RIVALS, "colston-bassett-dairy")],
        [],
    ),
    (  # a name cut at "of" ("the Worshipful Company of Smiths")
        "The Hereford Farriery School was set up by the Worshipful Company of Smiths and "
        "Ledbury Equine. The Worshipful Company holds 51%.",
        [("worshipful-company-of-smiths", "OWNS", "hereford-farriery-school")],
        [],
    ),
    (  # a firm named after a title word ("Viscount Sound")
        "Haskett, an organ builder in which Viscount Sound now holds 30%, will keep its name.",
        [("viscount-sound", "OWNS", "haskett")],
        [("sound", "OWNS", "haskett")],
    ),
    (  # a ferry line typed a product: "Its" goes to the buyer
        "Hebridean Crossings, an Oban ferry line, was bought by Atlantic Isles Shipping in "
        "2024, which also owns Mull Transport. Its general manager, Alasdair Bain, said "
        "timetables would not change.",
        [("alasdair-bain", "LEADS", "hebridean-crossings")],
        [("alasdair-bain", "LEADS", "atlantic-isles-shipping")],
    ),
]


@pytest.mark.parametrize("case", MENDED, ids=[c[0][:50] for c in MENDED])
def test_rr35_mended(case: Case) -> None:
    check(*case)


@pytest.mark.xfail(strict=True, reason="exposed gaps this round's readings do not own")
@pytest.mark.parametrize("case", OPEN, ids=[c[0][:50] for c in OPEN])
def test_rr35_open(case: Case) -> None:
    check(*case)
