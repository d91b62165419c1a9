"""Genre bank for definite and plural references bound by their noun, not by recency (round 18).

- an investor is no "the company" of the firm it holds: "Keswin Capital holds 6% of Orlanda
  Air. The group finished its takeover of B" (Orlanda Air), and "the company's biggest
  shareholder, X" after a sentence about an activist fund is the company the fund targets
  (`loaders/holder_refs.py` `investors_last`);
- a facility noun ("the dairy", "the mill", "the yard", "the brewery") that fits no candidate
  better is the company a takeover bought, not its buyer (`bought_facility`);
- an opening "Its founder" after a sentence that introduced a firm with a descriptor and made
  no organization its subject is that firm (`loaders/introduced_its.py`);
- "the two companies", "both firms" is the pair a sentence of the last three coordinated ("A and
  B agreed terms", "a venture between A and B") when the latest two named include an adviser,
  a fund, the reference's own object, or a holder of one of the pair (`loaders/acted_pairs.py`).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across shipping, airlines, mining, hotels, food, steel, dairy, brewing, milling and
shipbuilding. Guards: an investor the text calls by the description's noun ("Norvik Capital,
an investment group ... The group"), "the firm" after a holder (investors are firms too), a
facility noun in the buyer's name ("Dessa Mills bought B. The mill"), a named founder of the
buyer, a later pair that acted on its own ("C sued D"), three listed firms.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HOLDERS: list[Case] = [
    (  # shipping: "the company's biggest shareholder" after an activist fund's sentence
        "Orlanda Shipping cut its dividend on Monday. Keswin Capital, an activist fund, wants "
        "a split. The company's biggest shareholder, Pellam Holdings, backs the board.",
        [("pellam-holdings", "OWNS", "orlanda-shipping")],
        [("pellam-holdings", "OWNS", "keswin-capital")],
    ),
    (  # steel: "the firm's largest investor, X, with N%"
        "Halvik Steel cut jobs. Keswin Capital, an activist fund, wants a split. The firm's "
        "largest investor, Pellam Holdings, with 12%, backs the board.",
        [("pellam-holdings", "OWNS", "halvik-steel")],
        [("pellam-holdings", "OWNS", "keswin-capital")],
    ),
    (  # shipping: "the company's biggest shareholder" with a named investor role noun
        "Orlanda Shipping reported higher profits. Keswin Advisers has criticised the board. "
        "The company's biggest investor, Pellam Capital, holds 9%.",
        [("pellam-capital", "OWNS", "orlanda-shipping")],
        [
            ("pellam-capital", "FUNDS", "keswin-advisers"),
            ("pellam-capital", "OWNS", "keswin-advisers"),
        ],
    ),
    (  # mining: a fund holder in the sentence before, then "the company's largest shareholder"
        "Tarrow Mining cut output. Keswin Capital, an activist fund, owns 4% of Tarrow Mining. "
        "The company's largest shareholder, Brakel Fund, backs the directors.",
        [("brakel-fund", "OWNS", "tarrow-mining"), ("keswin-capital", "OWNS", "tarrow-mining")],
        [("brakel-fund", "OWNS", "keswin-capital")],
    ),
    (  # airlines: "the group" after a stake sentence is the held company
        "Orlanda Air is expanding. Keswin Capital holds 6% of Orlanda Air. The group finished "
        "its takeover of Brightwick Couriers last month.",
        [("orlanda-air", "OWNS", "brightwick-couriers")],
        [("keswin-capital", "OWNS", "brightwick-couriers")],
    ),
    (  # hotels: a lender trust is not "the group"
        "Selwyn Hotels said bookings rose. Calder Trust has lent Selwyn Hotels £5m. The group "
        "has since bought Fenmoor Inns.",
        [("selwyn-hotels", "OWNS", "fenmoor-inns"), ("calder-trust", "FUNDS", "selwyn-hotels")],
        [("calder-trust", "OWNS", "fenmoor-inns")],
    ),
    (  # energy: "the group's biggest investor", a pension trust, after a hedge fund
        "Pellam Energy posted a loss. Ostrel Capital, a hedge fund, wants a sale. The group's "
        "biggest investor, Harwick Pension Trust, holds 11%.",
        [("harwick-pension-trust", "OWNS", "pellam-energy")],
        [("harwick-pension-trust", "OWNS", "ostrel-capital")],
    ),
    (  # guard: "the firm" after a holder stays with the holder (investors are firms)
        "Keswin Capital holds 6% of Orlanda Air. The firm also owns 3% of Tarrow Rail.",
        [("keswin-capital", "OWNS", "tarrow-rail")],
        [("orlanda-air", "OWNS", "tarrow-rail")],
    ),
    (  # guard: an investor the text called "group" keeps "the group"
        "Norvik Capital, an investment group, holds 6% of Orlanda Air. The group also owns 3% "
        "of Tarrow Rail.",
        [("norvik-capital", "OWNS", "tarrow-rail")],
        [("orlanda-air", "OWNS", "tarrow-rail")],
    ),
    (  # guard: a funded company stays "the company" of its founding
        "Ardent Capital bought a stake in Kestra Robotics. The company was founded in 2015 by "
        "Mia Lund.",
        [("mia-lund", "FOUNDED", "kestra-robotics")],
        [("mia-lund", "FOUNDED", "ardent-capital")],
    ),
]

FACILITIES: list[Case] = [
    (  # dairy: "the dairy" after a buyout firm acquired a creamery
        "Brevard Buyout acquired Ostrel Creamery in 2018. The dairy was started in 1931 by "
        "Greta Mornau.",
        [
            ("greta-mornau", "FOUNDED", "ostrel-creamery"),
            ("brevard-buyout", "OWNS", "ostrel-creamery"),
        ],
        [("greta-mornau", "FOUNDED", "brevard-buyout")],
    ),
    (  # milling: "the mill" after a holding bought an unnamed-kind firm
        "Harbury Holdings bought Kelmarsh in 2015. The mill was founded in 1890 by Tom Riddle.",
        [("tom-riddle", "FOUNDED", "kelmarsh")],
        [("tom-riddle", "FOUNDED", "harbury-holdings")],
    ),
    (  # milling: the bought firm described as a mill
        "Harbury Holdings bought Kelmarsh, a flour mill, last year. The mill was founded in "
        "1890 by Tom Riddle.",
        [("tom-riddle", "FOUNDED", "kelmarsh")],
        [("tom-riddle", "FOUNDED", "harbury-holdings")],
    ),
    (  # brewing: passive sale, "the brewery"
        "Halvik Brewing sold its Ostrel Brewery to Brevard Buyout. The brewery was founded in "
        "1890 by Tom Riddle.",
        [("tom-riddle", "FOUNDED", "ostrel-brewery")],
        [("tom-riddle", "FOUNDED", "brevard-buyout")],
    ),
    (  # shipbuilding: "the yard" with a pronoun buyer
        "Corvane Group said profits rose. In 2019 it bought Brava Marine. The yard was set up "
        "in 1960 by Piet Lund.",
        [("piet-lund", "FOUNDED", "brava-marine")],
        [("piet-lund", "FOUNDED", "corvane-group")],
    ),
    (  # dairy: a named seller in the same sentence
        "Corvane Foods said profits rose. In 2019 it bought Ostrel, a family dairy, from Ardent "
        "Capital. The dairy was started in 1931 by Greta Mornau.",
        [("greta-mornau", "FOUNDED", "ostrel"), ("corvane-foods", "OWNS", "ostrel")],
        [("greta-mornau", "FOUNDED", "corvane-foods")],
    ),
    (  # guard: the buyer named by the noun keeps it
        "Dessa Mills bought Kelmarsh Foods in 2015. The mill was founded in 1890 by Tom Riddle.",
        [("tom-riddle", "FOUNDED", "dessa-mills")],
        [("tom-riddle", "FOUNDED", "kelmarsh-foods")],
    ),
    (  # guard: the buyer named again is its own founder's firm
        "Brevard Buyout acquired Ostrel Creamery in 2018. Brevard Buyout was started in 1990 "
        "by Ana Lind.",
        [("ana-lind", "FOUNDED", "brevard-buyout")],
        [("ana-lind", "FOUNDED", "ostrel-creamery")],
    ),
]

PAIRS: list[Case] = [
    (  # steel: an adviser named between the coordinated pair and "the two companies"
        "Harlan Steel and Voss Metals agreed terms on Monday. Calder Bank advised Voss Metals. "
        "The two companies will jointly fund Hylo One.",
        [("harlan-steel", "FUNDS", "hylo-one"), ("voss-metals", "FUNDS", "hylo-one")],
        [("calder-bank", "FUNDS", "hylo-one")],
    ),
    (  # foundry: "a venture between A and B", then "both firms put money into X"
        "A venture between Tarnwick Foundry and Pellow Metals will build a furnace, Hylo One. "
        "Calder Bank arranged the loan. Both firms put €4 million into Hylo One.",
        [("tarnwick-foundry", "FUNDS", "hylo-one"), ("pellow-metals", "FUNDS", "hylo-one")],
        [("calder-bank", "FUNDS", "hylo-one")],
    ),
    (  # foundry: "both firms" whose own object was named with the pair
        "A venture between Tarnwick Foundry and Pellow Metals will build a furnace, Hylo One. "
        "Both firms invested €4 million in Hylo One.",
        [("tarnwick-foundry", "FUNDS", "hylo-one"), ("pellow-metals", "FUNDS", "hylo-one")],
        [("hylo-one", "FUNDS", "hylo-one")],
    ),
    (  # dairy: "the two companies" after an owner of one of the pair was named
        "Harlan Foods and Voss Dairies agreed a supply deal. Voss Dairies is owned by Brisk "
        "Holdings. The two companies will jointly own Kelso Cheese.",
        [("harlan-foods", "OWNS", "kelso-cheese"), ("voss-dairies", "OWNS", "kelso-cheese")],
        [("brisk-holdings", "OWNS", "kelso-cheese")],
    ),
    (  # food: an analyst's firm in a prepositional phrase between (gap)
        "Harlan Foods and Voss Dairies agreed a deal. Analysts at Brenna Securities welcomed "
        "it. The two companies will jointly own Kelso Cheese.",
        [("harlan-foods", "OWNS", "kelso-cheese"), ("voss-dairies", "OWNS", "kelso-cheese")],
        [("brenna-securities", "OWNS", "kelso-cheese")],
    ),
    (  # dairy: the pair of a dispute, then the owner of one named (gap)
        "Harlan Foods attacked Voss Dairies over milk prices. Voss Dairies is owned by Brisk "
        "Holdings. The two companies compete in cheese.",
        [("harlan-foods", "COMPETES_WITH", "voss-dairies")],
        [("brisk-holdings", "COMPETES_WITH", "harlan-foods")],
    ),
    (  # guard: a later pair that acted on its own ("C sued D") is "the two companies"
        "Harlan Steel and Voss Metals agreed terms. Orm Shipping sued Kelby Freight in May. "
        "The two companies compete for ore cargoes.",
        [("orm-shipping", "COMPETES_WITH", "kelby-freight")],
        [("harlan-steel", "COMPETES_WITH", "voss-metals")],
    ),
    (  # guard: three listed firms leave "the two firms" unresolved
        "Harlan Steel and Voss Metals agreed terms. Orm Steel, Pell Steel and Kelby Steel cut "
        "prices. The two firms will jointly fund Hylo One.",
        [],
        [("harlan-steel", "FUNDS", "hylo-one"), ("orm-steel", "FUNDS", "hylo-one")],
    ),
    (  # guard: the pair named in the reference's own sentence stays
        "Harlan Steel and Voss Metals agreed terms. Orm Shipping bought ore from Kelby Mining, "
        "and the two companies signed a ten-year contract.",
        [],
        [("harlan-steel", "PARTNERS_WITH", "voss-metals")],
    ),
]

INTRODUCED: list[Case] = [
    (  # energy: a fund introduced in a prepositional phrase, then "Its founder"
        "Marlow Energy cut its dividend. Marlow Energy also cut jobs. Marlow Energy said sales "
        "fell. The pressure comes from Norvik Capital, an activist fund. Its founder, Ana "
        "Reyes, wants a new board.",
        [("ana-reyes", "FOUNDED", "norvik-capital")],
        [("ana-reyes", "FOUNDED", "marlow-energy")],
    ),
    (  # travel: "Its chief executive" after an agency introduced with a descriptor
        "Velmora Hotels said bookings rose. The rooms were booked through Tessaly Travel, an "
        "online agency. Its chief executive, Ida Brun, said demand was strong.",
        [("ida-brun", "LEADS", "tessaly-travel")],
        [("ida-brun", "LEADS", "velmora-hotels")],
    ),
    (  # energy: the fund as the subject of the sentence before
        "Marlow Energy cut its dividend. Marlow Energy also cut jobs. Norvik Capital, an "
        "activist fund, has pushed Marlow Energy for change. Its founder, Ana Reyes, wants a "
        "new board.",
        [("ana-reyes", "FOUNDED", "norvik-capital")],
        [("ana-reyes", "FOUNDED", "marlow-energy")],
    ),
    (  # guard: the subject of the sentence before keeps "Its chairman"
        "Halvik Brewing raised prices. Halvik Brewing blamed Ostrel Malt, a supplier. Its "
        "chairman, Tom Reed, spoke on Monday.",
        [("tom-reed", "LEADS", "halvik-brewing")],
        [("tom-reed", "LEADS", "ostrel-malt")],
    ),
]

SPEAKERS_FIRST: list[Case] = [
    (  # review18 steel: two people coordinated before the two firms
        "Ann Lee and Ivo Marr said Harlan Steel and Voss Metals would merge. Analysts at Brisk "
        "Bank praised the plan. The two companies have worked together since 2019.",
        [("harlan-steel", "PARTNERS_WITH", "voss-metals")],
        [],
    ),
]

BANK = HOLDERS + FACILITIES + PAIRS + INTRODUCED + SPEAKERS_FIRST
GAPS: dict[str, str] = {
    "Harlan Foods attacked Voss Dairies": (
        "the pair of a dispute found in a sentence is not remembered as acting together (tried: "
        "cost precision on described sets)"
    ),
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_refs18(case: Case) -> None:
    check(*case)
