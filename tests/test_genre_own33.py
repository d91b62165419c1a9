"""Genre bank for ownership read through context (round 33).

A run of holders: after a sentence that stated stakes only in a firm the headline names (or a
takeover's target), held by others than the firm in view, a new holder's bare share ("P,
which owns 7%, ...", "The rest is held by A, with 27%, and B, with 12%") is of that firm,
however far back the bid was and however often its buyer is named.
Guards: a holder the article named before keeps to the firm it was tied to; a share the firm
in view holds in its unit does not start a run; a founder's or a shareholder's share of a
named firm stays with that firm; a market share is no holding.

The run stops at a person holder, and where the sentence names a firm of the article in a
holder's role and not the held firm ("..., which holds 7%, sits on Brisa's board", "wants
Harnvik to pay a larger dividend", "has sued Brisa", "chairs Brisa"); a firm named as a lender,
a buyer or a partner, or a firm new to the article, does not stop it.

A product after a possessive and a tie noun ("its partner platform X", "its rival app X") is
still read as the possessor's: the guard that read it as the tied party's changed no TUNE
line and was removed (strict xfails). A plain product noun, a role or audience word ("its
customer app X", "its investor app X"), "own" or a verb of making ("launched its rival capsule
X") stays owned.

Invented texts across dredging, pools, tiles, ferries, ticketing and cereals.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

BID = (
    "Corvane Dredging goes hostile for Maaswerk Group\n\n"
    "Corvane Dredging took its pursuit of Maaswerk Group to shareholders on Monday with a "
    "bid of 40 euros for each share. Corvane said the offer was fair. Corvane is backed by "
    "Lindqvist Holding. Corvane's chief executive spoke to reporters. Corvane runs 40 vessels. "
    "Corvane expects to win. Corvane has hired advisers. Hedda Beheer, which has "
    "18 per cent of Maaswerk, supports the offer. "
)
POOLS = (
    "Aldane Pools to buy heat-pump maker Calora\n\n"
    "Aldane Pools, the maker of pool pumps, announced a deal on Tuesday to take over "
    "Calora for 90 million euros. Aldane will pay in cash. Its boss described the purchase as "
    "logical. Aldane makes robotic cleaners at its plant in Dijon. Aldane is controlled "
    "by Ormsby Capital. Aldane hopes to complete the purchase by October. Calora's founder, "
    "Marie Dutour, who owns 40% of Calora, will keep running the business. "
)

RUNS: list[Case] = [
    (  # dredging: a new holder's bare share after a holder of the target
        BID + "PFZ Pensioen, a pension scheme that has roughly 7 per cent, wants a higher price.",
        [("pfz-pensioen", "OWNS", "maaswerk-group")],
        [("pfz-pensioen", "OWNS", "corvane-dredging")],
    ),
    (  # dredging: the relative opens the holder
        BID + "Orla Fund, which holds 5 per cent, said it would wait for a better price.",
        [("orla-fund", "OWNS", "maaswerk-group")],
        [("orla-fund", "OWNS", "corvane-dredging")],
    ),
    (  # dredging: two new holders of a joint share
        BID + "Orla Fund and Brisk Capital together hold about 9 per cent.",
        [("orla-fund", "OWNS", "maaswerk-group"), ("brisk-capital", "OWNS", "maaswerk-group")],
        [("orla-fund", "OWNS", "corvane-dredging")],
    ),
    (  # dredging: a rival bidder's stake is in the target
        BID + "Tarrow Ships, which owns 5 per cent, has also bid for Maaswerk.",
        [("tarrow-ships", "OWNS", "maaswerk-group")],
        [("tarrow-ships", "OWNS", "corvane-dredging")],
    ),
    (  # pools: the rest listed with shares after a founder's share of the target
        POOLS + "Other shares sit with Loire Croissance, a regional investor, with 27%, and "
        "with Banque Nova, with 12%.",
        [("loire-croissance", "OWNS", "calora"), ("banque-nova", "OWNS", "calora")],
        [("loire-croissance", "OWNS", "aldane-pools"), ("banque-nova", "OWNS", "aldane-pools")],
    ),
]

GUARDS: list[Case] = [
    (  # dredging: a holder named before keeps to its firm
        BID + "Lindqvist Holding, which owns 41 per cent, will vote for the share issue "
        "Corvane needs.",
        [("lindqvist-holding", "OWNS", "corvane-dredging")],
        [("lindqvist-holding", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a founder's share of a named firm
        BID + "Corvane's founder, Piet Vos, who still owns 6 per cent, called the bid overdue.",
        [("piet-vos", "OWNS", "corvane-dredging")],
        [("piet-vos", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a shareholder of the bidder by its title
        BID + "Corvane shareholder Tern Partners, which owns 4 per cent, welcomed the move.",
        [("tern-partners", "OWNS", "corvane-dredging")],
        [("tern-partners", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: the run is broken by a holder of the bidder
        BID + "Arlo Capital, which owns 5 per cent of Corvane, has doubts. Brisk Fund, which "
        "holds 3 per cent, agreed.",
        [("arlo-capital", "OWNS", "corvane-dredging"), ("brisk-fund", "OWNS", "corvane-dredging")],
        [("brisk-fund", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a planned share is no holding
        BID + "Orla Fund, which plans to buy 5 per cent, has not decided.",
        [],
        [("orla-fund", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a share sold is no holding
        BID + "Orla Fund, which sold its 5 per cent last year, declined to comment.",
        [],
        [("orla-fund", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: the bidder's largest shareholder by its title
        BID + "Orla Fund, Corvane's largest shareholder with 15 per cent, backs the bid.",
        [("orla-fund", "OWNS", "corvane-dredging")],
        [("orla-fund", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a market share is no holding
        BID + "Skell Marine, which has 20 per cent of the market, declined to comment.",
        [],
        [("skell-marine", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a share of assets managed
        BID + "Ostra Bank, which manages 3 per cent of Dutch pension assets, declined to comment.",
        [],
        [("ostra-bank", "OWNS", "maaswerk-group")],
    ),
    (  # dredging: a denied share
        BID + "Hale Partners does not own 8 per cent, the company said.",
        [],
        [("hale-partners", "OWNS", "maaswerk-group")],
    ),
    (  # ferries: the firm in view holds its unit: no run
        "Orsk Marine reports record sales\n\n"
        "Orsk Marine reported record sales on Monday. Orsk Marine makes ferries. Orsk Marine "
        "holds 40% of its unit Tarsa Yards. Pellow Fund, which owns 5%, wants a new board.",
        [("pellow-fund", "OWNS", "orsk-marine")],
        [("pellow-fund", "OWNS", "tarsa-yards")],
    ),
    (  # tiles: a holder of a firm no headline names does not start a run
        "Pellan Glass reports record sales\n\n"
        "Pellan Glass reported record sales on Monday. Kestrel Fund owns 40% of Pellan. "
        "Kestrel Fund also owns 25% of Tarrow Tiles, a smaller rival. Hale Partners, which "
        "owns 8%, wants a new chairman.",
        [("hale-partners", "OWNS", "pellan-glass")],
        [("hale-partners", "OWNS", "tarrow-tiles")],
    ),
]


HOTELS = (
    "Brisa Hotels results; Tolmo Resorts stake sale looms\n\n"
    "Brisa Hotels said on Friday that bookings rose, and Brisa opened 300 rooms. "
    "Quarry Capital owns 22% of Tolmo Resorts. "
)
STEEL = (
    "Harnvik Steel profit slips; Ostby Ore stake questioned\n\n"
    "Harnvik Steel said profit slipped by a fifth, and Harnvik trimmed its outlook. "
    "Skarv Invest has 17% of Ostby Ore. "
)

# a run of holders stops where the sentence names the firm in view in a holder's role
# (its board, directors, pay, dividend or shareholders; pressed, sued or chaired) and not
# the held firm; a person's share is never moved
HOLDER_ROLES: list[Case] = [
    (  # hotels: the firm in view's biggest shareholder
        HOTELS + "Mistral Fund, which holds 7%, is Brisa's largest shareholder.",
        [("mistral-fund", "OWNS", "brisa-hotels")],
        [("mistral-fund", "OWNS", "tolmo-resorts")],
    ),
    (  # hotels: a seat on its board
        HOTELS + "Mistral Fund, which holds 7%, has a seat on Brisa's board.",
        [("mistral-fund", "OWNS", "brisa-hotels")],
        [("mistral-fund", "OWNS", "tolmo-resorts")],
    ),
    (  # steel: nominates its directors
        STEEL + "Lofoten Pension, which has 3%, will nominate two Harnvik directors.",
        [("lofoten-pension", "OWNS", "harnvik-steel")],
        [("lofoten-pension", "OWNS", "ostby-ore")],
    ),
    (  # steel: wants it to pay a dividend
        STEEL + "Lofoten Pension, which has 3%, wants Harnvik to pay a larger dividend.",
        [("lofoten-pension", "OWNS", "harnvik-steel")],
        [("lofoten-pension", "OWNS", "ostby-ore")],
    ),
    (  # steel: called on it to act
        STEEL + "Lofoten Pension, which has 3%, called on Harnvik to sell its mines.",
        [("lofoten-pension", "OWNS", "harnvik-steel")],
        [("lofoten-pension", "OWNS", "ostby-ore")],
    ),
    (  # hotels: voted against its pay report
        HOTELS + "Mistral Fund, which holds 7%, voted against Brisa's pay report.",
        [("mistral-fund", "OWNS", "brisa-hotels")],
        [("mistral-fund", "OWNS", "tolmo-resorts")],
    ),
    (  # hotels: sued it
        HOTELS + "Mistral Fund, which holds 7%, has sued Brisa over the payout.",
        [],
        [("mistral-fund", "OWNS", "tolmo-resorts")],
    ),
    (  # steel: its management must go
        STEEL + "Lofoten Pension, which has 3%, said Harnvik's management must go.",
        [],
        [("lofoten-pension", "OWNS", "ostby-ore")],
    ),
    (  # steel: a board seat at it
        STEEL + "Lofoten Pension, which has 3%, will take a board seat at Harnvik.",
        [],
        [("lofoten-pension", "OWNS", "ostby-ore")],
    ),
    (  # hotels: a person who chairs the firm in view
        HOTELS + "Ines Varga, who chairs Brisa and holds 4%, praised the results.",
        [],
        [("ines-varga", "OWNS", "tolmo-resorts")],
    ),
    (  # hotels: a person holder after the run, no firm named
        HOTELS + "Ines Varga, who holds 4%, declined to comment.",
        [],
        [("ines-varga", "OWNS", "tolmo-resorts")],
    ),
]

# the run goes on where the firm in view is named in no holder's role, or the held firm is
NOT_ROLES: list[Case] = [
    (  # steel: a lender to the firm in view
        STEEL + "Lofoten Pension, which has 3%, is also Harnvik's lender.",
        [("lofoten-pension", "OWNS", "ostby-ore")],
        [("lofoten-pension", "OWNS", "harnvik-steel")],
    ),
    (  # steel: selling it to the firm in view
        STEEL + "Lofoten Pension, which has 3%, is selling it to Harnvik.",
        [("lofoten-pension", "OWNS", "ostby-ore")],
        [("lofoten-pension", "OWNS", "harnvik-steel")],
    ),
    (  # steel: wants it to merge with the firm in view
        STEEL + "Lofoten Pension, which has 3%, wants it to merge with Harnvik.",
        [("lofoten-pension", "OWNS", "ostby-ore")],
        [("lofoten-pension", "OWNS", "harnvik-steel")],
    ),
    (  # steel: the held firm's own management
        STEEL + "Lofoten Pension, which has 3%, said Ostby's management must go.",
        [("lofoten-pension", "OWNS", "ostby-ore")],
        [("lofoten-pension", "OWNS", "harnvik-steel")],
    ),
    (  # hotels: wants the held firm to act
        HOTELS + "Mistral Fund, which holds 7%, wants Tolmo to buy back shares.",
        [("mistral-fund", "OWNS", "tolmo-resorts")],
        [("mistral-fund", "OWNS", "brisa-hotels")],
    ),
    (  # hotels: a firm new to the article is sued: the run goes on
        HOTELS + "Mistral Fund, which holds 7%, sued Alder Bank over the sale.",
        [("mistral-fund", "OWNS", "tolmo-resorts")],
        [("mistral-fund", "OWNS", "brisa-hotels")],
    ),
    (  # hotels: a list of holders on the board of the firm in view
        HOTELS + "Mistral Fund, which holds 7%, and Sable Partners, with 3%, both sit on "
        "Brisa's board.",
        [],
        [("mistral-fund", "OWNS", "tolmo-resorts")],
    ),
    (  # hotels: plans to sell its shares of the held firm
        HOTELS + "Mistral Fund, which holds 7%, plans to sell its Tolmo shares.",
        [("mistral-fund", "OWNS", "tolmo-resorts")],
        [("mistral-fund", "OWNS", "brisa-hotels")],
    ),
]


TIED_PRODUCTS: list[Case] = [
    (  # ticketing: a partner's platform
        "Orvane Ticketing signed with its partner platform Tixly.",
        [],
        [("orvane-ticketing", "OWNS", "tixly")],
    ),
    (  # ticketing: a rival's app
        "Orvane Ticketing competes with its rival app Tixly.",
        [],
        [("orvane-ticketing", "OWNS", "tixly")],
    ),
    (  # cereals: "whose partner brand"
        "Harlo Foods, whose partner brand Morning Rise sells in Spain, makes cereal.",
        [],
        [("harlo-foods", "OWNS", "morning-rise")],
    ),
    (  # cereals: a rival product with its noun after the name
        "Harlo Foods said its rival Morning Rise cereal was overpriced.",
        [],
        [("harlo-foods", "OWNS", "morning-rise")],
    ),
    (  # ticketing: a plain product noun stays owned
        "Orvane Ticketing sells tickets through its popular booking app Tixly.",
        [("orvane-ticketing", "OWNS", "tixly")],
        [],
    ),
    (  # cereals: modifiers before the product noun
        "Harlo Foods makes its best-selling breakfast cereal Morning Rise in Leeds.",
        [("harlo-foods", "OWNS", "morning-rise")],
        [],
    ),
    (  # cereals: "whose own-label"
        "Harlo Foods, whose own-label cereal Morning Rise sells in Spain, makes cereal.",
        [("harlo-foods", "OWNS", "morning-rise")],
        [],
    ),
]


# only a rival, competitor, partner or sister word ties a product to another party: a role or
# audience word ("its customer app X", "its investor app X", "its tenant app X") does not,
# nor a tie word after "own" or after a verb of making ("launched its rival capsule X")
AUDIENCE_PRODUCTS: list[Case] = [
    (  # banking: a customer app
        "Fennick Bank launched its customer app Fennick Go on Tuesday.",
        [("fennick-bank", "OWNS", "fennick-go")],
        [],
    ),
    (  # brokers: an investor app
        "Tarlo Brokers relaunched its investor app Tradeline after an outage.",
        [("tarlo-brokers", "OWNS", "tradeline")],
        [],
    ),
    (  # games: a developer kit
        "Pimsey Games released its developer kit Anvil SDK for free.",
        [("pimsey-games", "OWNS", "anvil-sdk")],
        [],
    ),
    (  # property: "whose" and an audience word
        "Renmore Realty, whose tenant app Renmore Home has 9,000 users, raised rents.",
        [("renmore-realty", "OWNS", "renmore-home")],
        [],
    ),
    (  # ticketing: "own" before the tie word
        "Orvane Ticketing built its own rival app Tixly Go in Porto.",
        [("orvane-ticketing", "OWNS", "tixly-go")],
        [],
    ),
    (  # coffee: a launch verb before the possessive
        "Bruna Coffee launched its rival capsule Bruna Pod to take on bigger brands.",
        [("bruna-coffee", "OWNS", "bruna-pod")],
        [],
    ),
    (  # airlines: a launch verb and a partner word
        "Kestrel Airways launched its partner app Kestrel Link for travel agents.",
        [("kestrel-airways", "OWNS", "kestrel-link")],
        [],
    ),
    (  # pharma: said, a rival drug made by another
        "Ormond Pharma said its rival drug Calvex, made by Tessa Bio, was cheaper.",
        [],
        [("ormond-pharma", "OWNS", "calvex")],
    ),
    (  # mobility: a competitor app
        "Vesta Mobility said its competitor app RideOn had lost riders.",
        [],
        [("vesta-mobility", "OWNS", "rideon")],
    ),
]


# a tie word before a possessed product ("its partner platform X", "its rival app X"): the
# guard that read these was removed (it changed no TUNE line); still the possessor's
UNGUARDED = [*TIED_PRODUCTS[:2], *AUDIENCE_PRODUCTS[7:]]


@pytest.mark.parametrize("case", UNGUARDED)
@pytest.mark.xfail(
    strict=True,
    reason="the tie guard on possessed products was removed: it changed no TUNE line (a "
    "reading with no evidence); its narrowed form (rival/partner/sister words only, not after "
    "'own' or a verb of making) is in the mend33_own history",
)
def test_tied_products(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", [*TIED_PRODUCTS[2:], *AUDIENCE_PRODUCTS[:7]])
def test_owned_products(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", RUNS + GUARDS + HOLDER_ROLES + NOT_ROLES)
def test_holder_runs(case: Case) -> None:
    check(*case)
