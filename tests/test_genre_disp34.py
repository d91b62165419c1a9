"""Genre bank for disputes of deals and awards (round 34).

- A deal noun with an amount before it: "sued to block Carrow Foods' planned $2 billion
  acquisition of Delmont Snacks" disputes both parties, as "sued to block Carrow's acquisition
  of Delmont" did (`litigation.deal` steps over the amount); a fight only expected ("was
  expected to sue to block ...") is none yet.
- A challenge of a bare "the award" or "the contract" that its own sentence states ("X has
  awarded a contract to Y, beating Z, which has lodged a legal challenge against the award"): the
  loser disputes the winner and the awarding body (`award_challenges.stated_award`).
- A regulator's enforcement order: "The X Agency has ordered Y to recall ...", "Y was ordered
  by the X Agency to stop ...": the body disputes the firm (`enforcement_orders`); an order
  threatened, asked for, possible or negated, a parent's order to its unit and an order of
  work ("ordered Y to build 40 trams") are none.

Each case is a short invented text across snacks, banking, brewing, fertiliser, waste,
pilotage, laundry, dredging, catering, printing, toys, gaming, dairy, cookers and trams.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

DEAL_VALUE: list[Case] = [
    (  # snacks: "planned $2 billion acquisition of"
        "The Federal Trade Commission sued to block Carrow Foods' planned $2 billion "
        "acquisition of Delmont Snacks.",
        [
            ("federal-trade-commission", "DISPUTES", "carrow-foods"),
            ("federal-trade-commission", "DISPUTES", "delmont-snacks"),
        ],
        [],
    ),
    (  # banking: "filed a lawsuit on Tuesday to block ... proposed $6.1 billion purchase"
        "The Justice Department filed a lawsuit to block Marlow Bank's proposed $6.1 billion "
        "purchase of Pinecrest Savings, arguing that borrowers would pay more.",
        [("department-of-justice", "DISPUTES", "pinecrest-savings")],
        [],
    ),
    (  # brewing: a rival opposes a "£90m takeover"
        "Gannet Ales has opposed Orvik Brewing's £90m takeover of Tallow Cider.",
        [
            ("gannet-ales", "DISPUTES", "orvik-brewing"),
            ("gannet-ales", "DISPUTES", "tallow-cider"),
        ],
        [],
    ),
    (  # fertiliser: "criticised ... €2 billion merger with"
        "The farmers' union Agri Voice criticised Brant Fertiliser's €2 billion merger with "
        "Norde Agro.",
        [("agri-voice", "DISPUTES", "norde-agro")],
        [],
    ),
    (  # fertiliser: "campaigned against ... €2bn merger with"
        "Agri Voice campaigned against Brant Fertiliser's €2bn merger with Norde Agro.",
        [("agri-voice", "DISPUTES", "norde-agro")],
        [],
    ),
    (  # guard (snacks): a cleared deal
        "The Federal Trade Commission cleared Carrow Foods' $2 billion acquisition of Delmont "
        "Snacks.",
        [],
        [("federal-trade-commission", "DISPUTES", "delmont-snacks")],
    ),
    (  # guard (snacks): a suit only expected
        "The Federal Trade Commission was expected to sue to block Carrow Foods' $2 billion "
        "acquisition of Delmont Snacks.",
        [],
        [
            ("federal-trade-commission", "DISPUTES", "carrow-foods"),
            ("federal-trade-commission", "DISPUTES", "delmont-snacks"),
        ],
    ),
    (  # guard (snacks): a negated suit
        "The Federal Trade Commission did not sue to block Carrow Foods' $2 billion "
        "acquisition of Delmont Snacks.",
        [],
        [("federal-trade-commission", "DISPUTES", "delmont-snacks")],
    ),
    (  # guard (banking): a lender finances the deal
        "Harbor Bank financed Carrow Foods' $2 billion acquisition of Delmont Snacks.",
        [],
        [("harbor-bank", "DISPUTES", "delmont-snacks")],
    ),
]

AWARD: list[Case] = [
    (  # waste: "which says it has lodged a legal challenge against the award"
        "Tarrow Council has awarded its bin collection contract to Kelby Waste, beating the "
        "incumbent Orlan Services, which says it has lodged a legal challenge against the "
        "award.",
        [
            ("orlan-services", "DISPUTES", "kelby-waste"),
            ("orlan-services", "DISPUTES", "tarrow-council"),
        ],
        [("kelby-waste", "DISPUTES", "tarrow-council")],
    ),
    (  # pilotage: "and X lodged a legal challenge against the award"
        "The Harbour Board awarded the pilotage contract to Selka Marine in May, and Brisk "
        "Pilots lodged a legal challenge against the award.",
        [("brisk-pilots", "DISPUTES", "selka-marine")],
        [],
    ),
    (  # laundry: "has launched a challenge against the contract"
        "Tarrow Health Trust granted the laundry contract to Kelby Linen, and Orlan Textiles, "
        "the losing bidder, has launched a challenge against the contract.",
        [
            ("orlan-textiles", "DISPUTES", "kelby-linen"),
            ("orlan-textiles", "DISPUTES", "tarrow-health-trust"),
        ],
        [],
    ),
    (  # dredging: "whose rival ... has lodged a challenge against the contract"
        "Vessa Ports awarded the dredging contract to Kelby Marine, whose rival Orlan "
        "Dredging has lodged a challenge against the contract.",
        [("orlan-dredging", "DISPUTES", "kelby-marine")],
        [],
    ),
    (  # catering: "challenge to the award"
        "Pell County has awarded its school meals contract to Brindle Catering, beating Dane "
        "Foods, which has filed a challenge to the award.",
        [("dane-foods", "DISPUTES", "brindle-catering")],
        [],
    ),
    (  # falconry: the award's purpose before its winner; "it" of the relative is the loser
        "Vessa Airport has awarded its seven-year contract to scare gulls off the airfield to "
        "Kelby Falconry, a local firm, beating the incumbent Orlan Birdcare, which says it "
        "has since lodged a legal challenge against the award.",
        [
            ("orlan-birdcare", "DISPUTES", "kelby-falconry"),
            ("orlan-birdcare", "DISPUTES", "vessa-airport"),
        ],
        [("vessa-airport", "DISPUTES", "kelby-falconry")],
    ),
    (  # recycling: "handed its ... contract to" (a gapped award verb)
        "Tarrow Council handed its recycling contract to Kelby Waste, beating Orlan Services, "
        "which has lodged a legal challenge against the award.",
        [
            ("orlan-services", "DISPUTES", "kelby-waste"),
            ("orlan-services", "DISPUTES", "tarrow-council"),
        ],
        [],
    ),
    (  # guard (recycling): "handed" with no contract states no award
        "Tarrow Council handed its recycling report to Kelby Waste, and Orlan Services lodged "
        "a legal challenge against the award.",
        [],
        [("orlan-services", "DISPUTES", "kelby-waste")],
    ),
    (  # guard (waste): a negated challenge
        "Tarrow Council has awarded the bin contract to Kelby Waste, beating Orlan Services, "
        "which said it would not challenge the award.",
        [],
        [("orlan-services", "DISPUTES", "kelby-waste")],
    ),
    (  # guard (waste): a challenge only possible
        "Tarrow Council has awarded the bin contract to Kelby Waste; Orlan Services may "
        "challenge the award.",
        [],
        [("orlan-services", "DISPUTES", "kelby-waste")],
    ),
    (  # guard (waste): a challenge only weighed
        "Tarrow Council has awarded the bin contract to Kelby Waste, beating Orlan Services, "
        "which said it was considering a challenge against the award.",
        [],
        [("orlan-services", "DISPUTES", "kelby-waste")],
    ),
    (  # guard (printing): praise of the award
        "Tarrow Council awarded the print contract to Kelby Press, and Orlan Paper praised the "
        "award.",
        [],
        [("orlan-paper", "DISPUTES", "kelby-press")],
    ),
    (  # guard (printing): the winner defends it
        "Tarrow Council awarded the print contract to Kelby Press, which will fight any "
        "challenge to the award.",
        [],
        [("kelby-press", "DISPUTES", "tarrow-council")],
    ),
]

ORDER: list[Case] = [
    (  # toys: "has ordered X to recall"
        "The Vessa Product Safety Authority has ordered Pelton Toys to recall 5,200 scooters "
        "after two riders were hurt.",
        [("the-vessa-product-safety-authority", "DISPUTES", "pelton-toys")],
        [],
    ),
    (  # gaming: two firms ordered "to suspend"
        "The Vessa Gaming Commission ordered Lucky Spin and Reel Palace to suspend online play.",
        [
            ("the-vessa-gaming-commission", "DISPUTES", "lucky-spin"),
            ("the-vessa-gaming-commission", "DISPUTES", "reel-palace"),
        ],
        [],
    ),
    (  # gaming: a relative after the body, "to close two halls"
        "The Vessa Gaming Commission, which licenses casinos, last week ordered Lucky Spin to "
        "close two halls.",
        [("the-vessa-gaming-commission", "DISPUTES", "lucky-spin")],
        [],
    ),
    (  # dairy: the passive with the body as agent
        "Orvo Dairy has been ordered by the Harby Food Agency to stop selling its soft cheeses.",
        [("harby-food-agency", "DISPUTES", "orvo-dairy")],
        [],
    ),
    (  # cookers: "to refund customers"
        "The Markets Authority ordered Orvo Cookers to refund customers who paid for repairs.",
        [("the-markets-authority", "DISPUTES", "orvo-cookers")],
        [],
    ),
    (  # guard (cookers): an order only threatened
        "The Markets Authority has threatened to order Orvo Cookers to refund customers.",
        [],
        [("the-markets-authority", "DISPUTES", "orvo-cookers")],
    ),
    (  # guard (cookers): an order only asked for
        "Kell Ovens asked the Harby Food Agency to order Orvo Cookers to stop selling the ovens.",
        [],
        [("harby-food-agency", "DISPUTES", "orvo-cookers")],
    ),
    (  # guard (cookers): an order only possible
        "The Markets Authority could order Orvo Cookers to withdraw the ovens.",
        [],
        [("the-markets-authority", "DISPUTES", "orvo-cookers")],
    ),
    (  # guard (cookers): a negated order
        "Orvo Dairy was not ordered by the Harby Food Agency to recall anything.",
        [],
        [("harby-food-agency", "DISPUTES", "orvo-dairy")],
    ),
    (  # guard (trams): a transit authority orders work
        "The Tarrow Transit Authority has ordered Orvo Rail to build 40 trams.",
        [],
        [("the-tarrow-transit-authority", "DISPUTES", "orvo-rail")],
    ),
    (  # guard (cookers): a parent orders its unit
        "Kelby Group ordered Orvo Cookers to suspend the dividend.",
        [],
        [("kelby-group", "DISPUTES", "orvo-cookers")],
    ),
    (  # guard (gaming): an order of work, not a remedy
        "The Vessa Gaming Commission ordered Lucky Spin to report its results quarterly.",
        [],
        [("the-vessa-gaming-commission", "DISPUTES", "lucky-spin")],
    ),
]

# mend34: review on invented text. An award challenge only expected or denied is none (as a
# deal fight already was); a winner is the name "to" gives the award, not a purpose ("to help
# X grow") nor a firm's people ("to X staff"); a supposed order ("If the X Agency ordered Y to
# ..., Y would ...") is none.
MEND: list[Case] = [
    (  # rail: "is expected to lodge a challenge against the award"
        "Corby Rail awarded its depot cleaning contract to Fenmore Services, beating Astell "
        "Cleaning, which is expected to lodge a legal challenge against the award.",
        [],
        [
            ("astell-cleaning", "DISPUTES", "fenmore-services"),
            ("astell-cleaning", "DISPUTES", "corby-rail"),
        ],
    ),
    (  # libraries: a denied challenge
        "Wexley Council awarded the library software contract to Pagewise Systems, beating "
        "Lexor Data, which denied it had lodged a challenge against the award.",
        [],
        [("lexor-data", "DISPUTES", "pagewise-systems")],
    ),
    (  # parks: "to help X expand" is the award's purpose, not its winner
        "Wexley Council awarded the grounds contract to help Greenreach Landscapes expand its "
        "crews, and Tidy Parks lodged a challenge against the award.",
        [],
        [("tidy-parks", "DISPUTES", "greenreach-landscapes")],
    ),
    (  # parks: a descriptor before the winner keeps it
        "Wexley Council awarded the grounds contract to local firm Greenreach Landscapes, "
        "beating Tidy Parks, which has lodged a legal challenge against the award.",
        [
            ("tidy-parks", "DISPUTES", "greenreach-landscapes"),
            ("tidy-parks", "DISPUTES", "wexley-council"),
        ],
        [],
    ),
    (  # ferries: "threatened to lodge" stays a dispute, as "threatened to sue" does
        "Calder Ports awarded the ferry contract to Bluewake Lines, beating Skerry Ferries, "
        "which threatened to lodge a legal challenge against the award.",
        [("skerry-ferries", "DISPUTES", "bluewake-lines")],
        [],
    ),
    (  # energy: a supposed order
        "If the Ostry Energy Authority ordered Brightwell Power to refund customers, the firm "
        "would post a loss.",
        [],
        [
            ("ostry-energy-authority", "DISPUTES", "brightwell-power"),
            ("the-ostry-energy-authority", "DISPUTES", "brightwell-power"),
        ],
    ),
    (  # energy: a real order with a pronoun subject in the next sentence
        "The Ostry Energy Authority opened an inquiry in May. It ordered Brightwell Power to "
        "refund customers on Friday.",
        [("the-ostry-energy-authority", "DISPUTES", "brightwell-power")],
        [],
    ),
    (  # pharma: an order to halt trials run with a partner disputes only the firm ordered
        "The Ostry Medicines Agency ordered Corvane Bio to halt trials of a vaccine it developed "
        "with Lintel Labs.",
        [("the-ostry-medicines-agency", "DISPUTES", "corvane-bio")],
        [("the-ostry-medicines-agency", "DISPUTES", "lintel-labs")],
    ),
    (  # mills: a denied suit to block a deal
        "Harrow Flour denied it had sued to block Pellam Mills' $700 million purchase of Drayton "
        "Grain.",
        [],
        [("harrow-flour", "DISPUTES", "drayton-grain")],
    ),
]

BANK = DEAL_VALUE + AWARD + ORDER + MEND
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp34(case: Case) -> None:
    check(*case)
