"""Genre bank for rivals that lose awards to each other and advisers on a firm's own matter
(round 34).

A firm that loses contracts, tenders, orders, clients, a concession or a franchise to another
firm would compete with it, as with the singular contract or tender already read ("has been
losing council tenders to X", "lost two contracts to X", "lost the concession to X"); the
reading was tried and dropped in round 34 (CHECK added one wrong for one right), so the cases
stand as a strict xfail. A hedge, a negation, a denial, a sale and a transfer read no rivalry.

"X developed Quill jointly with Y" (a named product or project right after the joint verb)
makes X a partner of Y, as "developed the app jointly with Y" does, and not the product; a
negation, a plan, a sale and a relative clause of another relation read nothing.

"A was advised on its merger by X" makes X an adviser of A as "advised on the bid by X" does; a
negation, a hedge, a denial, an organization as agent and other verbs (criticised, warned,
questioned) read no advice.

Invented texts across dairies, printing, buses, clinics, homebuilding, mining, glass, cables
and logistics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LOST_AWARDS: list[Case] = [
    (  # dairies: progressive, plural tenders with a modifier
        "Pellam Dairy has been losing supermarket tenders to Verdan Foods since 2021.",
        [("pellam-dairy", "COMPETES_WITH", "verdan-foods")],
        [],
    ),
    (  # printing: a number before plural orders
        "Tamber Print lost several big orders to Venn Press last year.",
        [("tamber-print", "COMPETES_WITH", "venn-press")],
        [],
    ),
    (  # paper: plural contracts, "the company" subject in a second sentence
        "Ostby Paper makes cartons in Leeds. The company lost two council contracts to Crandle "
        "Packaging in 2023.",
        [("ostby-paper", "COMPETES_WITH", "crandle-packaging")],
        [],
    ),
    (  # buses: a concession with a place before it
        "Ennis Buses lost the Leeds concession to Rowan Travel in 2022.",
        [("ennis-buses", "COMPETES_WITH", "rowan-travel")],
        [],
    ),
    (  # clinics: a franchise, a relative clause subject
        "Sorrel Clinics, which lost the regional franchise to Mendip Health, cut 40 jobs.",
        [("sorrel-clinics", "COMPETES_WITH", "mendip-health")],
        [],
    ),
    (  # homebuilding: a singular client after a possessive
        "Carra Homes lost its biggest client to Nestor Builders.",
        [("carra-homes", "COMPETES_WITH", "nestor-builders")],
        [],
    ),
    (  # logistics: plural clients, pronoun subject
        "Marlow Freight runs 90 trucks. It lost three clients to Quell Logistics this year.",
        [("marlow-freight", "COMPETES_WITH", "quell-logistics")],
        [],
    ),
]

LOST_GUARDS: list[Case] = [
    (  # a hedge of chance
        "Pellam Dairy could lose supermarket tenders to Verdan Foods, analysts said.",
        [],
        [("pellam-dairy", "COMPETES_WITH", "verdan-foods")],
    ),
    (  # a denial
        "Ostby Paper denied that it had lost contracts to Crandle Packaging.",
        [],
        [("ostby-paper", "COMPETES_WITH", "crandle-packaging")],
    ),
    (  # a negation
        "Tamber Print has not lost any orders to Venn Press.",
        [],
        [("tamber-print", "COMPETES_WITH", "venn-press")],
    ),
    (  # a forum after the object: litigants
        "Marlow Freight lost two contracts to Quell Logistics in the High Court.",
        [],
        [("marlow-freight", "COMPETES_WITH", "quell-logistics")],
    ),
    (  # a sale of contracts, no loss
        "Holt Bakeries sold two contracts to Ferran Foods.",
        [],
        [("holt-bakeries", "COMPETES_WITH", "ferran-foods")],
    ),
    (  # a transfer of clients after a merger
        "Dovel Insurance transferred its clients to Brisk Cover after the merger.",
        [],
        [("dovel-insurance", "COMPETES_WITH", "brisk-cover")],
    ),
]

ADVISED_ON_ITS: list[Case] = [
    (  # mining: "on its tender offer"
        "Selbrook Mining was advised on its tender offer by Anna Forsythe.",
        [("anna-forsythe", "ADVISES", "selbrook-mining")],
        [],
    ),
    (  # homebuilding: "on its sale", an appositive after the adviser
        "Kelvar Homes was advised on its sale by Tom Reyes, a former banker.",
        [("tom-reyes", "ADVISES", "kelvar-homes")],
        [],
    ),
    (  # glass: present perfect passive, "its plans"
        "Parma Glass has been advised on its plans by Rob Dunn.",
        [("rob-dunn", "ADVISES", "parma-glass")],
        [],
    ),
    (  # cables: "the company" subject in a second sentence
        "Dorne Cables agreed to buy Ferro Wire. The company was advised on its offer by Ines Marr.",
        [("ines-marr", "ADVISES", "dorne-cables")],
        [],
    ),
    (  # the plain article, read before
        "Venn Paper was advised on the bid by Hugo Marsh.",
        [("hugo-marsh", "ADVISES", "venn-paper")],
        [],
    ),
]

ADVISED_GUARDS: list[Case] = [
    (  # a negation
        "Selbrook Mining was not advised on its tender offer by Anna Forsythe.",
        [],
        [("anna-forsythe", "ADVISES", "selbrook-mining")],
    ),
    (  # a denial
        "Kelvar Homes denied it had been advised on its sale by Tom Reyes.",
        [],
        [("tom-reyes", "ADVISES", "kelvar-homes")],
    ),
    (  # a hedge
        "Parma Glass may be advised on its plans by Rob Dunn, people said.",
        [],
        [("rob-dunn", "ADVISES", "parma-glass")],
    ),
    (  # another verb: criticism
        "Ostrel Foods was criticised on its pricing by Cara Lind.",
        [],
        [("cara-lind", "ADVISES", "ostrel-foods")],
    ),
    (  # another verb: a warning
        "Prism Labs was warned on its debt by Yara Lowe.",
        [],
        [("yara-lowe", "ADVISES", "prism-labs")],
    ),
]

JOINTLY_MADE: list[Case] = [
    (  # software: a named product, "jointly with"
        "Mardan Software sells Quill, a budgeting app. Mardan Software developed Quill jointly "
        "with Pexa Labs.",
        [("mardan-software", "PARTNERS_WITH", "pexa-labs")],
        [],
    ),
    (  # ports: a named project, "together with", pronoun subject
        "Tarvik Ports is building the Harrow Dock project. It is building the Harrow Dock "
        "together with Lund Dredging.",
        [("tarvik-ports", "PARTNERS_WITH", "lund-dredging")],
        [],
    ),
    (  # snacks: "in partnership with" after a named product, "the company" subject
        "Orvo Snacks sells Crunchit, a lentil crisp. The company designed Crunchit in "
        "partnership with Pella Farms.",
        [("orvo-snacks", "PARTNERS_WITH", "pella-farms")],
        [("crunchit", "PARTNERS_WITH", "pella-farms")],
    ),
    (  # software: relative clause, the product as antecedent
        "Mardan Software sells Quill, a budgeting app. Quill, which Mardan Software developed "
        "jointly with Pexa Labs, has a million users.",
        [("mardan-software", "PARTNERS_WITH", "pexa-labs")],
        [],
    ),
]

JOINTLY_GUARDS: list[Case] = [
    (  # a negation
        "Mardan Software sells Quill, a budgeting app. Mardan Software never developed Quill "
        "jointly with Pexa Labs.",
        [],
        [("mardan-software", "PARTNERS_WITH", "pexa-labs")],
    ),
    (  # a plan
        "Mardan Software sells Quill, a budgeting app. Mardan Software plans to develop Quill "
        "together with Pexa Labs.",
        [],
        [("mardan-software", "PARTNERS_WITH", "pexa-labs")],
    ),
    (  # a sale of the product with another firm: no joint making
        "Mardan Software sells Quill, a budgeting app. Mardan Software sold Quill together with "
        "Pexa Labs to Orbis Group.",
        [],
        [("mardan-software", "PARTNERS_WITH", "pexa-labs")],
    ),
    (  # another relation after the product
        "Mardan Software sells Quill, a budgeting app. Mardan Software developed Quill, which "
        "competes with Pexa Labs.",
        [],
        [("mardan-software", "PARTNERS_WITH", "pexa-labs")],
    ),
]

# Review of round 34 (invented texts): the "by" after "its buyout", "its acquisition" or "its
# purchase" is the buyer, not an adviser; "not by X but by Y" denies X; a plan or chance before
# the joint verb ("would run", "hoped to have built") reads no partnership; "together with X's
# new cell" after a named product coordinates two things; a founding verb ("launched",
# "started", "set ... up") still founds the named product it makes jointly; a making verb
# ("made") should still own it (re-review of the round's change; a recorded gap).
REVIEW_ADVISED: list[Case] = [
    (  # a buyout by a founder: the buyer
        "Harlo Signs was advised on its buyout by founder Ida Brenner.",
        [],
        [("ida-brenner", "ADVISES", "harlo-signs")],
    ),
    (  # an acquisition by a tycoon: the buyer
        "Quenby Tiles was advised on its acquisition by tycoon Moss Ferreira.",
        [],
        [("moss-ferreira", "ADVISES", "quenby-tiles")],
    ),
    (  # a purchase by its founder, an appositive
        "Dallow Optics was advised on its purchase by its founder, Ravi Sund.",
        [],
        [("ravi-sund", "ADVISES", "dallow-optics")],
    ),
    (  # "not by X but by Y": X denied
        "Pembry Seeds was advised on its financing not by Gus Talbot but by Vera Onk.",
        [],
        [("gus-talbot", "ADVISES", "pembry-seeds")],
    ),
    (  # a list of advisers on its merger
        "Cobalt Quarry was advised on its merger by Ada Rusk, Ben Tole and Cleo Vint.",
        [
            ("ada-rusk", "ADVISES", "cobalt-quarry"),
            ("ben-tole", "ADVISES", "cobalt-quarry"),
            ("cleo-vint", "ADVISES", "cobalt-quarry"),
        ],
        [],
    ),
    (  # "and by" a second adviser, past an organization
        "Orrin Gas was advised on its bid by Tern Bank and by Tariq Lome.",
        [("tariq-lome", "ADVISES", "orrin-gas")],
        [],
    ),
]

REVIEW_JOINTLY: list[Case] = [
    (  # a modal: a plan
        "Selby Transit runs the Quayside Line tram project. Selby Transit would run the Quayside "
        "Line jointly with Oda Rail under the plan.",
        [],
        [("selby-transit", "PARTNERS_WITH", "oda-rail")],
    ),
    (  # a hope
        "Brant Resorts is building the Ridge Lodge project. Brant Resorts hoped to have built "
        "Ridge Lodge together with Cole Builders.",
        [],
        [("brant-resorts", "PARTNERS_WITH", "cole-builders")],
    ),
    (  # two things launched together: the other firm's product
        "Kemble Motors makes the Corsa Van, an electric van. Kemble Motors launched Corsa Van "
        "together with Amra Batteries' new cell, the Volt.",
        [],
        [("kemble-motors", "PARTNERS_WITH", "amra-batteries")],
    ),
    (  # a founding verb: the product is founded too
        "Penrow Aero makes the Osprey drone. Penrow Aero started Osprey together with Kessel "
        "Avionics in 2015.",
        [
            ("penrow-aero", "PARTNERS_WITH", "kessel-avionics"),
            ("penrow-aero", "FOUNDED", "osprey"),
        ],
        [("penrow-aero", "FOUNDED", "kessel-avionics")],
    ),
    (  # "set ... up" with the product between
        "Brisk Foods sells Velo, an oat drink. Brisk Foods set Velo up together with Grove Mill.",
        [("brisk-foods", "PARTNERS_WITH", "grove-mill"), ("brisk-foods", "FOUNDED", "velo")],
        [],
    ),
    (  # a made thing: no ownership read from "made"
        "Anvil Pictures made Lantern Bay, a feature film. Anvil Pictures produced Lantern Bay "
        "together with Sable Reel.",
        [("anvil-pictures", "PARTNERS_WITH", "sable-reel")],
        [("sable-reel", "OWNS", "lantern-bay")],
    ),
    (  # re-review: a making verb still owns the named product it makes jointly
        "Tamsin Games makes puzzle games. Tamsin Games made Tidewater jointly with Corrow Studio.",
        [
            ("tamsin-games", "PARTNERS_WITH", "corrow-studio"),
            ("tamsin-games", "OWNS", "tidewater"),
        ],
        [("corrow-studio", "OWNS", "tidewater")],
    ),
    (  # re-review: "launched ... jointly with" founds it, in another sector
        "Ferrand Seeds breeds wheat. Ferrand Seeds launched Goldsheaf jointly with Olmo Agri "
        "in May.",
        [
            ("ferrand-seeds", "PARTNERS_WITH", "olmo-agri"),
            ("ferrand-seeds", "FOUNDED", "goldsheaf"),
        ],
        [("olmo-agri", "FOUNDED", "goldsheaf")],
    ),
    (  # a second product typed as a firm: no partner
        "Yarrow Lighting sells Glint, a smart bulb. Yarrow Lighting launched Glint together with "
        "Shadey, a smart blind.",
        [],
        [("yarrow-lighting", "PARTNERS_WITH", "shadey")],
    ),
]

GAPS: dict[str, str] = {
    "Tamsin Games makes puzzle games": "re-review of round 34: a making verb before a named "
    "product made jointly ('made X jointly with Y') no longer owns it; emitting the verb's OWNS "
    "there lets the co-funder rule give the partner OWNS after 'together with': not mended",
    "Yarrow Lighting sells Glint": "a second product after 'together with' typed as an "
    "organization reads as a partner (review of round 34; no general cue short of the typing)",
}


@pytest.mark.parametrize("case", gap_params(LOST_GUARDS, GAPS))
def test_lost_award_guards(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", LOST_AWARDS, ids=lambda c: c[0][:40])
def test_lost_awards(case: Case) -> None:
    """Read since round 35 by the general "lose ... to" rivalry."""
    check(*case)


@pytest.mark.parametrize("case", gap_params(ADVISED_ON_ITS + ADVISED_GUARDS, GAPS))
def test_advised_on_its(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(JOINTLY_MADE + JOINTLY_GUARDS, GAPS))
def test_jointly_made(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(REVIEW_ADVISED, GAPS))
def test_review_advised(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(REVIEW_JOINTLY, GAPS))
def test_review_jointly(case: Case) -> None:
    check(*case)
