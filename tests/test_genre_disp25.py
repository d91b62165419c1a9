"""Genre bank for stances, rivals and answers read broadly (round 25, disputes area).

A shareholder that attacks or stands by "the board" takes a stance towards the firm whose
shares the sentence (or an earlier one, for the article's main firm) gives it: "Holm Row, an
activist fund that holds just over 7%, has criticised the board" disputes the firm the article
is about. That reading was built and measured this round and left out (on the half of the
real articles it was not tuned on, 1 of its 3 additions was right). The first two cases are
read by the older held-board rules; the other three are strict gaps.
An appositive whose last conjunct is "and X's closest rival" makes its head X's rival
even when its first conjunct names a product. The person who leads or founded an accused firm
answers a dispute stated a few sentences back ("Mr Kite rejected the criticism"). A second
party joined by ", as has X" takes the first one's stance.

Each case is a short invented text (relations that must be found, relations that must not be),
across brewing, insurance, shipping, dairy, hotels, tiles, bakeries, fuel distribution, fuel
storage, zinc smelting, payroll software and fashion.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BANK: list[Case] = [
    (  # brewing: an activist with an unnamed share attacks the bare board
        "Tarnwick Ales lifts dividend\n\nTarnwick Ales, the Cumbrian brewer, lifted its dividend "
        "on Tuesday. Holm Row Capital, an activist fund that holds just over 7%, has criticised "
        "the board for spending on pubs rather than returning cash.",
        [("holm-row-capital", "DISPUTES", "tarnwick-ales")],
        [],
    ),
    (  # insurance: the holder is the object of the main clause, its relative attacks
        "Vessel Mutual results\n\nVessel Mutual reported a loss on Monday. The figures will do "
        "little to calm Orrin Partners, which holds 11% of the shares and has accused the board "
        "of drifting.",
        [("orrin-partners", "DISPUTES", "vessel-mutual")],
        [],
    ),
    (  # shipping: a role-named holder stands by the board
        "Corvane Shipping cuts routes\n\nCorvane Shipping said it would cut two routes. "
        "Corvane's largest shareholder, the pension fund Orla Mutual, which holds 14%, has so "
        "far backed the board.",
        [("orla-mutual", "BACKS", "corvane-shipping")],
        [],
    ),
    (  # dairy: "the strategy and the board" after a backing verb
        "Fjellmo Foods plan\n\nFjellmo Foods, the Norwegian dairy group, set out a new strategy "
        "on Thursday. The Brandvik Foundation, which holds 38% of the shares, said it supported "
        "the strategy and the board.",
        [("the-brandvik-foundation", "BACKS", "fjellmo-foods")],
        [],
    ),
    (  # hotels: the stake stated two sentences before the attack
        "Brindle Hotels results\n\nBrindle Hotels reported higher sales. Lissom Capital owns 6% "
        "of Brindle Hotels and wants a seat. Lissom has criticised the board for selling the "
        "spa business too cheaply.",
        [("lissom-capital", "DISPUTES", "brindle-hotels")],
        [],
    ),
    (  # guard: a negated attack
        "Tarnwick Ales lifts dividend\n\nTarnwick Ales, the Cumbrian brewer, lifted its dividend "
        "on Tuesday. Holm Row Capital, an activist fund that holds just over 7%, has not "
        "criticised the board.",
        [],
        [("holm-row-capital", "DISPUTES", "tarnwick-ales")],
    ),
    (  # guard: a firm the holder bought is not the one whose board it attacks
        "Tarnwick Ales lifts dividend\n\nTarnwick Ales, the Cumbrian brewer, lifted its dividend "
        "on Tuesday. Vell Group bought Orm Maltings in 2019. Vell Group has criticised the board "
        "for its pub sales.",
        [],
        [("vell-group", "DISPUTES", "orm-maltings")],
    ),
    (  # tiles: a product named in the first conjunct, a phrase after the rival noun
        "Hestra Tiles results\n\nHestra Tiles reported lower sales. Corvel Ceramics, the maker "
        "of the Duna range and Hestra's closest rival in the trade market, said it would hold "
        "prices.",
        [("corvel-ceramics", "COMPETES_WITH", "hestra-tiles")],
        [],
    ),
    (  # guard: the second conjunct is a supplier, no rival
        "Hestra Tiles results\n\nHestra Tiles reported lower sales. Corvel Ceramics, the maker "
        "of the Duna range and Hestra's biggest supplier, said it would hold prices.",
        [],
        [("corvel-ceramics", "COMPETES_WITH", "hestra-tiles")],
    ),
    (  # guard: a list of two appositives, the rival is the name after the second
        "Hestra Tiles results\n\nHestra Tiles reported lower sales. Corvel Ceramics, the maker "
        "of the Duna range, and Hestra's closest rival, Brannock Tiles, both held prices.",
        [],
        [("corvel-ceramics", "COMPETES_WITH", "hestra-tiles")],
    ),
    (  # bakeries: the founder answers a suit two sentences back
        "Brisco Pies in court\n\nBrisco Pies was founded by Ada Vell in 2009. Harl Foods sued "
        "Brisco Pies in May, alleging that its labels misled shoppers. A court in Leeds threw "
        'out part of the case. Vell called the lawsuit "a stunt".',
        [("ada-vell", "DISPUTES", "harl-foods")],
        [],
    ),
    (  # fuel distribution: the leader answers across a sentence on the accuser's owner
        "Orm Fuels expands\n\nOrm Fuels is run by Dan Kite. Brax Oil has accused Orm Fuels of "
        "buying up the valley. Its owner said he had written to the regulator. Mr Kite rejected "
        "the criticism, saying customers could switch supplier.",
        [("dan-kite", "DISPUTES", "brax-oil")],
        [],
    ),
    (  # guard: a leader's rejection far from the dispute answers nothing
        "Orm Fuels expands\n\nOrm Fuels is run by Dan Kite. Brax Oil has accused Orm Fuels of "
        "buying up the valley. Orm Fuels opened a depot in Penrith. It hired 20 drivers. Sales "
        "rose 4%. Margins were flat. Mr Kite rejected the idea of a price cut.",
        [],
        [("dan-kite", "DISPUTES", "brax-oil")],
    ),
    (  # payroll software: rivals listed after "alongside" compete with the named leader (read
        # by the narrow rules already: kept as a guard of their reading)
        "Pellam Software results\n\nPellam Software reported higher sales. Pellam is one of a "
        "dozen companies competing with Ferrow Systems in the mid-market, alongside Quillon Data "
        "and Tessary Labs.",
        [("quillon-data", "COMPETES_WITH", "ferrow-systems")],
        [],
    ),
    (  # fuel storage: "the company" after a chamber of commerce is the firm, not the chamber
        "Orvik Tanks expands\n\nOrvik Tanks, the Humber storage operator, will build four new "
        "tanks. The Goole Chamber of Commerce welcomed the plan. The company has also partnered "
        "with Selby Skills College on an apprenticeship programme.",
        [("orvik-tanks", "PARTNERS_WITH", "selby-skills-college")],
        [("the-goole-chamber-of-commerce", "PARTNERS_WITH", "selby-skills-college")],
    ),
    (  # zinc smelting: backing by comparative ellipsis
        "Kvern Metall results\n\nKvern Metall, the Norwegian zinc smelter, reported a loss. Its "
        "chairman, Rolf Eide, has publicly backed the chief executive, Ingrid Aas, as has the "
        "company's largest shareholder, Holm Industri.",
        [("holm-industri", "BACKS", "ingrid-aas")],
        [],
    ),
    (  # zinc smelting: a dispute by comparative ellipsis
        "Kvern Metall results\n\nKvern Metall, the Norwegian zinc smelter, reported a loss. "
        "Brask Capital has criticised Kvern Metall for the loss, as has the pension fund "
        "Nordpensjon.",
        [("nordpensjon", "DISPUTES", "kvern-metall")],
        [],
    ),
    (  # guard: "as has been reported" names no second party
        "Kvern Metall results\n\nKvern Metall, the Norwegian zinc smelter, reported a loss. "
        "Brask Capital has criticised Kvern Metall for the loss, as has been reported by "
        "Dagens Metall.",
        [("brask-capital", "DISPUTES", "kvern-metall")],
        [("dagens-metall", "DISPUTES", "kvern-metall")],
    ),
    (  # zinc smelting: a suit joined by "and so did"; a hedged second party is none
        "Kvern Metall results\n\nKvern Metall, the Norwegian zinc smelter, reported a loss. Tarn "
        "Zinc sued Kvern Metall in May, and so did Orvik Mining. Brask Capital criticised Kvern "
        "Metall, and so is expected to do the fund Nordinvest.",
        [("orvik-mining", "DISPUTES", "kvern-metall")],
        [("nordinvest", "DISPUTES", "kvern-metall")],
    ),
    (  # mining (review25 C1): a passive first clause: the elided party is sued, not a suer
        "Kell Mining in court\n\nKell Mining was sued by Brask Capital, as was Tarn Metals.",
        [
            ("brask-capital", "DISPUTES", "kell-mining"),
            ("brask-capital", "DISPUTES", "tarn-metals"),
        ],
        [("tarn-metals", "DISPUTES", "kell-mining")],
    ),
    (  # mining (review25 C2): a perfect passive
        "Kell Mining in court\n\nKell Mining has been sued by Brask Capital, as has Tarn Metals.",
        [("brask-capital", "DISPUTES", "tarn-metals")],
        [("tarn-metals", "DISPUTES", "kell-mining")],
    ),
    (  # airlines: a regulator's fine in the passive, a described agent
        "Halden Air fined\n\nHalden Air was fined by the aviation regulator Luftverket, as was "
        "Fjord Wings.",
        [("luftverket", "DISPUTES", "fjord-wings")],
        [("fjord-wings", "DISPUTES", "halden-air")],
    ),
    (  # zinc smelting: a passive backing, the backer named in apposition
        "Kvern Metall results\n\nKvern Metall reported a loss. Ingrid Aas has been backed by "
        "the chairman, Rolf Eide, as has Per Ulvik.",
        [("rolf-eide", "BACKS", "per-ulvik")],
        [("per-ulvik", "BACKS", "ingrid-aas")],
    ),
    (  # guard (review25 D1): a far denial about the leader herself answers nothing
        "Tarrow Foods in court\n\nAda Roe is chief executive of Tarrow Foods. Orvik Dairy sued "
        "Tarrow Foods over a recipe. The case is due in May. Ms Roe denied that she planned to "
        "retire.",
        [("orvik-dairy", "DISPUTES", "tarrow-foods")],
        [("ada-roe", "DISPUTES", "orvik-dairy")],
    ),
    (  # guard (review25 D2): findings authored by a third party
        "Tarrow Foods in court\n\nAda Roe is chief executive of Tarrow Foods. Orvik Dairy sued "
        "Tarrow Foods over a recipe. The case is due in May. Ms Roe rejected the findings of an "
        "earlier audit by Pellam Audit.",
        [],
        [("ada-roe", "DISPUTES", "orvik-dairy")],
    ),
    (  # guard (review25 D3): criticism from someone other than the accuser
        "Tarrow Foods in court\n\nAda Roe is chief executive of Tarrow Foods. Orvik Dairy sued "
        "Tarrow Foods over a recipe. The case is due in May. Ms Roe rejected the criticism from "
        "investors.",
        [],
        [("ada-roe", "DISPUTES", "orvik-dairy")],
    ),
    (  # insurance: a far "denied that" clause about the accusation answers it
        "Vessel Mutual in court\n\nVessel Mutual is run by Per Ulvik. Norda Re sued Vessel "
        "Mutual over unpaid reinsurance claims. The trial opens in June. Mr Ulvik denied that it "
        "had withheld any payments.",
        [("per-ulvik", "DISPUTES", "norda-re")],
        [],
    ),
    (  # guard, shipping: a far "said he would stay" or criticism from analysts answers nothing
        "Corvane Shipping in court\n\nCorvane Shipping is run by Dan Kite. Brax Ports sued "
        "Corvane Shipping over unpaid fees. The hearing is set for May. Mr Kite denied that he "
        "would step down. He also rejected the criticism from analysts.",
        [],
        [("dan-kite", "DISPUTES", "brax-ports")],
    ),
    # gaps left unread
    (  # payroll software: a partnership with no subject named
        "Pellam Software results\n\nPellam Software reported higher sales. Executives also "
        "highlighted a new partnership with Varrow Cloud, under which the tool will be sold "
        "through its marketplace.",
        [("pellam-software", "PARTNERS_WITH", "varrow-cloud")],
        [],
    ),
    (  # fashion: a negation in the first verb conjunct does not reach the second
        "Vauclair buys workshop\n\nMaison Dorelle agreed to sell its workshop to Brasco Mode. "
        "The Tessile union said it had not been consulted and criticised Brasco Mode for "
        "treating the workshop like a spreadsheet.",
        [("tessile-union", "DISPUTES", "brasco-mode")],
        [],
    ),
]

HOLDER = "a shareholder's attack on or support of a bare board is not given the held firm"
GAPS: dict[str, str] = {
    "Corvane Shipping cuts routes": HOLDER,
    "Fjellmo Foods plan": HOLDER,
    "Brindle Hotels results": HOLDER,
    "Pellam Software results\n\nPellam Software reported higher sales. Executives": (
        "a partnership noun with no clause subject is not given the article's firm"
    ),
    "Vauclair buys workshop": "a negation in a first verb conjunct still blocks the second",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp25(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)
