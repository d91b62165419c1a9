"""Genre bank for the precision of the noisiest readings (round 33).

A part of a firm bought ("the dredging business of X") is no purchase of X, also when a
place's "-based" or "-listed" modifier stands before X. A site a deal would hand a firm ("the
deal gives X a plant in P", "would give it its first hangar in P") is not yet where the firm
is. A possessive pronoun that opens a new clause or an infinitive after a clause naming its own
firm and another ("A sued B, alleging that its plant in P ...", "a bank lent money to B to
refit its plant in P") may be either's: no place for the pronoun's firm. An "its" after "by"
in a passive relative, or opening an object relative, is the relative's head ("X, which has been
auctioned off by its owner Q": Q owns X). A unit noun that a relative's verb takes as object
("X, which bought the ferry arm of Y") does not describe X.
Must still fire: the firm itself bought after a "-based" modifier; a firm's own site; a
possessive after an aside on its firm ("A, which is owned by B, makes pumps at its plant in
P"); a possessive in the same clause as a second firm ("A competes with B and makes bottles at
its plant in P").

Invented texts across ports, foods, rail, brakes, airlines, chemicals, glass, pumps and tiles.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SEATED_PARTS: list[Case] = [
    (  # ports: a unit of a "-based" firm
        "Varden Marine agreed to buy the dredging business of Leeds-based Hollis Ports for "
        "$200 million.",
        [("hollis-ports", "LOCATED_IN", "leeds")],
        [("varden-marine", "OWNS", "hollis-ports")],
    ),
    (  # foods: a unit of a "-listed" firm
        "Brisk Foods said it would acquire the frozen-pizza unit of Oslo-listed Nordhem.",
        [],
        [("brisk-foods", "OWNS", "nordhem")],
    ),
    (  # rail: article before the "-based" modifier
        "Calder Rail bought the signalling division of the Lyon-based Ferrol Group.",
        [("ferrol-group", "LOCATED_IN", "lyon")],
        [("calder-rail", "OWNS", "ferrol-group")],
    ),
    (  # oil: a part and a site of the seller
        "Brant Oil bought the refining business of Aberdeen-based Castel Energy and its "
        "terminal in Leith.",
        [("castel-energy", "LOCATED_IN", "aberdeen")],
        [("brant-oil", "OWNS", "castel-energy")],
    ),
    (  # ports (F): the firm itself after a "-based" modifier
        "Varden Marine agreed to buy Leeds-based Hollis Ports for $200 million.",
        [("varden-marine", "OWNS", "hollis-ports")],
        [],
    ),
    (  # flour (F): article and modifier before the bought firm
        "Ostby Mills bought the Leeds-based Hollis Flour in 2019.",
        [("ostby-mills", "OWNS", "hollis-flour")],
        [],
    ),
]

HANDED_SITES: list[Case] = [
    (  # brakes: a deal's participle hands the sites
        "Harlow Brakes agreed to buy the axle business of Tessin AG, giving it four plants in "
        "southern Poland.",
        [],
        [("harlow-brakes", "LOCATED_IN", "poland"), ("tessin-ag", "LOCATED_IN", "poland")],
    ),
    (  # airlines: "give it its first hangar"
        "Ostra Air expects the merger to give it its first hangar in Ireland.",
        [],
        [("ostra-air", "LOCATED_IN", "ireland")],
    ),
    (  # brakes: the firm named as the first object
        "The deal gives Harlow Brakes a plant in Lodz.",
        [],
        [("harlow-brakes", "LOCATED_IN", "lodz")],
    ),
    (  # bakeries: another giving verb
        "The merger would hand Corrin Foods two bakeries in Wales.",
        [],
        [("corrin-foods", "LOCATED_IN", "wales")],
    ),
    (  # brakes (F): a site the firm runs
        "Harlow Brakes runs a plant in Lodz.",
        [("harlow-brakes", "LOCATED_IN", "lodz")],
        [],
    ),
    (  # dyes (F): a supplier's client runs its own mill
        "Corran Dyes supplies Brisco Fabrics, which runs a mill near Braga.",
        [("brisco-fabrics", "LOCATED_IN", "braga")],
        [("corran-dyes", "LOCATED_IN", "braga")],
    ),
    (  # airlines (F): a giving verb in an aside, the site its own
        "Ostra Air, which was given a grant last year, has its main hangar in Shannon.",
        [("ostra-air", "LOCATED_IN", "shannon")],
        [],
    ),
]

RIVAL_PRONOUNS: list[Case] = [
    (  # chemicals: "its" in a clause after a suit between two firms
        "The Greywater Trust sued Pellam Chemicals in May, alleging that waste from its plant "
        "in Dunmore had polluted a river.",
        [("the-greywater-trust", "DISPUTES", "pellam-chemicals")],
        [("the-greywater-trust", "LOCATED_IN", "dunmore")],
    ),
    (  # glass: "its" in an infinitive after the borrower
        "Tarn Bank lent money to Orvik Glass to refit its plant in Graz.",
        [],
        [("tarn-bank", "LOCATED_IN", "graz")],
    ),
    (  # cement: a supplier's relative before a reported plan
        "Marra Cement said Tolland Quarries, which supplies it, would expand its plant in Ennis.",
        [],
        [("marra-cement", "LOCATED_IN", "ennis")],
    ),
    (  # pumps (F): the other firm sits in an aside on the pronoun's firm
        "Varco, which Selden Holdings has controlled since 2012, will build "
        "the pumps at its plant in Tarbes.",
        [("varco", "LOCATED_IN", "tarbes")],
        [],
    ),
    (  # soups (F): an appositive naming the parent
        "Ludd Foods, a unit of the Danish group Farro, makes soups at its factory in Ayr.",
        [("ludd-foods", "LOCATED_IN", "ayr")],
        [],
    ),
    (  # glass (F): the second firm in the same clause
        "Orvik Glass competes with Sandell and makes bottles at its plant in Graz.",
        [("orvik-glass", "LOCATED_IN", "graz")],
        [],
    ),
    (  # tiles (F): a rival in an appositive
        "Kestrel Tiles, Mollen's main rival, makes tiles at its plant in Valencia.",
        [("kestrel-tiles", "LOCATED_IN", "valencia")],
        [],
    ),
]

RELATIVE_OWNERS: list[Case] = [
    (  # inks: "its" after "by" in a passive relative is the relative's head
        "Harrow Paints may bid for Selby Inks, which is being auctioned off by its owner "
        "Quarry Partners.",
        [("quarry-partners", "OWNS", "selby-inks")],
        [("quarry-partners", "OWNS", "harrow-paints")],
    ),
    (  # inks: an opening "its" in an object relative
        "Harrow Paints may bid for Selby Inks, which its owner Quarry Partners has put up for "
        "sale.",
        [("quarry-partners", "OWNS", "selby-inks")],
        [("quarry-partners", "OWNS", "harrow-paints")],
    ),
    (  # inks: a date inside the passive relative
        "Harrow Paints may bid for Selby Inks, which was bought in 2019 by its rival Hanlon Dyes.",
        [("hanlon-dyes", "OWNS", "selby-inks")],
        [("hanlon-dyes", "OWNS", "harrow-paints")],
    ),
    (  # inks (F): the subject's own relative
        "Harrow Paints, which is 60% held by its founder Ada Marr, may bid for Selby Inks.",
        [("ada-marr", "OWNS", "harrow-paints")],
        [("ada-marr", "OWNS", "selby-inks")],
    ),
    (  # ferries: a unit noun as the object of a relative's verb says nothing of its head
        "Tolvik, which bought the ferry arm of Nordlys last year, makes boats in Molde.",
        [],
        [("nordlys", "OWNS", "tolvik")],
    ),
    (  # ferries: a unit noun run by the relative's head
        "Tolvik, which runs the bus arm of Nordlys, makes boats.",
        [],
        [("nordlys", "OWNS", "tolvik")],
    ),
    (  # ferries (F): the unit noun in an appositive
        "Tolvik, the ferry arm of Nordlys, makes boats in Molde.",
        [("nordlys", "OWNS", "tolvik")],
        [],
    ),
    (  # ferries (F): a copular relative
        "Tolvik, which is the ferry arm of Nordlys, makes boats in Molde.",
        [("nordlys", "OWNS", "tolvik")],
        [],
    ),
]

# review 33: the giver's own possessive is no site handed over; "its" after two firms stays the
# subject's when the subject acts in the next clause or infinitive
REVIEWED: list[Case] = [
    (  # retail: the giver's stores after a named recipient
        "Vistra Retail will hand Merrow Foods its twelve stores in Dublin.",
        [("vistra-retail", "LOCATED_IN", "dublin")],
        [("merrow-foods", "LOCATED_IN", "dublin")],
    ),
    (  # cement: "its" right after the giving verb
        "Orsay Cement gave its plant in Lyon a new kiln last year.",
        [("orsay-cement", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # pharma: the buyer fills its own plant
        "Westgate Pharma acquired Lyle Biotech to fill its plant in Cork.",
        [("westgate-pharma", "LOCATED_IN", "cork")],
        [],
    ),
    (  # airlines: a pronoun recipient still takes the hangar the deal gives
        "Brisk Air agreed to buy Solway Jets. The deal would give it its first hangar in Shannon.",
        [],
        [("brisk-air", "LOCATED_IN", "shannon")],
    ),
]

BANK = SEATED_PARTS + HANDED_SITES + RIVAL_PRONOUNS + RELATIVE_OWNERS + REVIEWED
GAPS: dict[str, str] = {
    "The Greywater Trust sued Pellam Chemicals": "reverted after review 33: 'its' after a clause "
    "naming two firms was left unread, which removed 11 right sites of 21 changes (the subject "
    "acting in the next clause or infinitive: 'acquired B to fill its plant')",
    "Tarn Bank lent money to Orvik Glass": "reverted after review 33 (see the case above)",
    "Marra Cement said Tolland Quarries": "'it' in the relative binds the later 'its' to the "
    "reporting firm; the pronoun may be the quarry's (the other firm is only in an aside)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_prec33(case: Case) -> None:
    check(*case)
