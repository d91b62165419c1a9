"""Genre bank for stances, rivals and answers read broadly (round 25, disputes area).

A shareholder that attacks or stands by "the board" takes a stance towards the firm whose
shares the sentence (or an earlier one, for the article's main firm) gives it: "Vardel Row, an
investor that holds just over 8%, has attacked the board" disputes the firm the article
is about. That reading was built and measured this round and left out (on the half of the
real articles it was not tuned on, 1 of its 3 additions was right). The first two cases are
read by the older held-board rules; the support cases (shipping, dairy) by the backed-board
reading of round 38 (`backed_boards`).
An appositive whose last conjunct is "and X's closest rival" makes its head X's rival
even when its first conjunct names a product. The person who leads or founded an accused firm
answers a dispute stated a few sentences back ("Mr Brannery rejected the criticism"). A second
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
        "on Tuesday. Vardel Row Capital, a hedge fund that holds about 8%, has criticised "
        "the board for buying pubs rather than paying out cash.",
        [("vardel-row-capital", "DISPUTES", "tarnwick-ales")],
        [],
    ),
    (  # insurance: the holder is the object of the main clause, its relative attacks
        "Keelson Mutual results\n\nKeelson Mutual reported a loss on Monday. The figures are "
        "unlikely to soothe Quarne Partners, which holds 9% of the shares and has accused the "
        "board of drifting.",
        [("quarne-partners", "DISPUTES", "keelson-mutual")],
        [],
    ),
    (  # shipping: a role-named holder stands by the board
        "Marvane Shipping cuts routes\n\nMarvane Shipping said it would cut two routes. "
        "Marvane's biggest shareholder, the pension fund Esna Mutual, which holds 13%, has until "
        "now backed the board.",
        [("esna-mutual", "BACKS", "marvane-shipping")],
        [],
    ),
    (  # dairy: "the strategy and the board" after a backing verb
        "Fjellmo Foods plan\n\nFjellmo Foods, the Norwegian dairy group, set out a new strategy "
        "on Thursday. The Selvik Trust, which owns 33% of the shares, said it supported both "
        "the strategy and the board.",
        [("the-selvik-trust", "BACKS", "fjellmo-foods")],
        [],
    ),
    (  # hotels: the stake stated two sentences before the attack
        "Tobbin Hotels results\n\nTobbin Hotels reported higher sales. Lissom Capital owns 6% "
        "of Tobbin Hotels and wants a seat. Lissom has criticised the board for letting the "
        "spa business go too cheaply.",
        [("lissom-capital", "DISPUTES", "tobbin-hotels")],
        [],
    ),
    (  # guard: a negated attack
        "Tarnwick Ales lifts dividend\n\nTarnwick Ales, the Cumbrian brewer, lifted its dividend "
        "on Tuesday. Vardel Row Capital, a hedge fund that holds about 8%, has not "
        "criticised the board.",
        [],
        [("vardel-row-capital", "DISPUTES", "tarnwick-ales")],
    ),
    (  # guard: a firm the holder bought is not the one whose board it attacks
        "Tarnwick Ales lifts dividend\n\nTarnwick Ales, the Cumbrian brewer, lifted its dividend "
        "on Tuesday. Vell Group bought Orm Maltings in 2019. Vell Group has criticised the board "
        "for its pub sales.",
        [],
        [("vell-group", "DISPUTES", "orm-maltings")],
    ),
    (  # tiles: a product named in the first conjunct, a phrase after the rival noun
        "Hestra Tiles results\n\nHestra Tiles reported lower sales. Dunvel Ceramics, the maker "
        "of the Duna range and Hestra's closest rival in the trade market, said it would hold "
        "prices.",
        [("dunvel-ceramics", "COMPETES_WITH", "hestra-tiles")],
        [],
    ),
    (  # guard: the second conjunct is a supplier, no rival
        "Hestra Tiles results\n\nHestra Tiles reported lower sales. Dunvel Ceramics, the maker "
        "of the Duna range and Hestra's biggest supplier, said it would hold prices.",
        [],
        [("dunvel-ceramics", "COMPETES_WITH", "hestra-tiles")],
    ),
    (  # guard: a list of two appositives, the rival is the name after the second
        "Hestra Tiles results\n\nHestra Tiles reported lower sales. Dunvel Ceramics, the maker "
        "of the Duna range, and Hestra's closest rival, Quenby Tiles, both held prices.",
        [],
        [("dunvel-ceramics", "COMPETES_WITH", "hestra-tiles")],
    ),
    (  # bakeries: the founder answers a suit two sentences back
        "Pelsco Pies in court\n\nPelsco Pies was founded by Ada Vell in 2009. Harl Foods sued "
        "Pelsco Pies in May, alleging that its labels misled shoppers. A court in Leeds threw "
        'out part of the case. Vell called the lawsuit "a stunt".',
        [("ada-vell", "DISPUTES", "harl-foods")],
        [],
    ),
    (  # fuel distribution: the leader answers across a sentence on the accuser's owner
        "Orm Fuels expands\n\nOrm Fuels is run by Dan Brannery. Brax Oil has accused Orm Fuels "
        "of buying up the valley. Its owner said he had complained to the regulator. Mr Brannery "
        "rejected the criticism, arguing that households were free to change provider.",
        [("dan-brannery", "DISPUTES", "brax-oil")],
        [],
    ),
    (  # guard: a leader's rejection far from the dispute answers nothing
        "Orm Fuels expands\n\nOrm Fuels is run by Dan Brannery. Brax Oil has accused Orm Fuels "
        "of buying up the valley. Orm Fuels opened a depot in Alnby. It hired 20 drivers. Sales "
        "rose 4%. Margins were flat. Mr Brannery rejected calls for a price cut.",
        [],
        [("dan-brannery", "DISPUTES", "brax-oil")],
    ),
    (  # payroll software: rivals listed after "alongside" compete with the named leader (read
        # by the narrow rules already: kept as a guard of their reading)
        "Pellam Software results\n\nPellam Software reported higher sales. Pellam is one of about "
        "twelve firms competing with Fennard Systems in the mid-market, alongside Quessant Data "
        "and Tessary Labs.",
        [("quessant-data", "COMPETES_WITH", "fennard-systems")],
        [],
    ),
    (  # fuel storage: "the company" after a chamber of commerce is the firm, not the chamber
        "Orvik Tanks expands\n\nOrvik Tanks, the estuary storage operator, will build four new "
        "tanks. The Hexby Chamber of Commerce welcomed the plan. The company has now partnered "
        "with Dunholt Trades College on an apprenticeship programme.",
        [("orvik-tanks", "PARTNERS_WITH", "dunholt-trades-college")],
        [("the-hexby-chamber-of-commerce", "PARTNERS_WITH", "dunholt-trades-college")],
    ),
    (  # zinc smelting: backing by comparative ellipsis
        "Kvern Sink results\n\nKvern Sink, the Norwegian zinc smelter, reported a loss. Its "
        "chairman, Geir Lomsett, has publicly backed the chief executive, Sigrun Aas, as has the "
        "firm's biggest investor, Skavlo Verk.",
        [("skavlo-verk", "BACKS", "sigrun-aas")],
        [],
    ),
    (  # zinc smelting: a dispute by comparative ellipsis
        "Kvern Sink results\n\nKvern Sink, the Norwegian zinc smelter, reported a loss. "
        "Brask Capital has criticised Kvern Sink for the loss, as has the pension fund "
        "Nordpensjon.",
        [("nordpensjon", "DISPUTES", "kvern-sink")],
        [],
    ),
    (  # guard: "as has been reported" names no second party
        "Kvern Sink results\n\nKvern Sink, the Norwegian zinc smelter, reported a loss. "
        "Brask Capital has criticised Kvern Sink for the loss, as has been reported by "
        "Dagens Bergverk.",
        [("brask-capital", "DISPUTES", "kvern-sink")],
        [("dagens-bergverk", "DISPUTES", "kvern-sink")],
    ),
    (  # zinc smelting: a suit joined by "and so did"; a hedged second party is none
        "Kvern Sink results\n\nKvern Sink, the Norwegian zinc smelter, reported a loss. Lorne "
        "Zinc sued Kvern Sink in May, and so did Orvik Mining. Brask Capital criticised Kvern "
        "Sink, and so is expected to do the fund Nordinvest.",
        [("orvik-mining", "DISPUTES", "kvern-sink")],
        [("nordinvest", "DISPUTES", "kvern-sink")],
    ),
    (  # mining (review25 C1): a passive first clause: the elided party is sued, not a suer
        "Dervin Mining in court\n\nDervin Mining was sued by Brask Capital, as was Lorne Tin.",
        [
            ("brask-capital", "DISPUTES", "dervin-mining"),
            ("brask-capital", "DISPUTES", "lorne-tin"),
        ],
        [("lorne-tin", "DISPUTES", "dervin-mining")],
    ),
    (  # mining (review25 C2): a perfect passive
        "Dervin Mining in court\n\nDervin Mining has been sued by Brask Capital, as has Lorne Tin.",
        [("brask-capital", "DISPUTES", "lorne-tin")],
        [("lorne-tin", "DISPUTES", "dervin-mining")],
    ),
    (  # airlines: a regulator's fine in the passive, a described agent
        "Vollen Air fined\n\nVollen Air was fined by the aviation regulator Luftverket, as was "
        "Brekka Flyg.",
        [("luftverket", "DISPUTES", "brekka-flyg")],
        [("brekka-flyg", "DISPUTES", "vollen-air")],
    ),
    (  # zinc smelting: a passive backing, the backer named in apposition
        "Kvern Sink results\n\nKvern Sink reported a loss. Sigrun Aas has been backed by "
        "the chairman, Geir Lomsett, as has Per Ulvik.",
        [("geir-lomsett", "BACKS", "per-ulvik")],
        [("per-ulvik", "BACKS", "sigrun-aas")],
    ),
    (  # guard (review25 D1): a far denial about the leader herself answers nothing
        "Pirrow Foods in court\n\nAda Roe is chief executive of Pirrow Foods. Orvik Dairy sued "
        "Pirrow Foods over a recipe. The case is due in May. Ms Roe denied that she planned to "
        "retire.",
        [("orvik-dairy", "DISPUTES", "pirrow-foods")],
        [("ada-roe", "DISPUTES", "orvik-dairy")],
    ),
    (  # guard (review25 D2): findings authored by a third party
        "Pirrow Foods in court\n\nAda Roe is chief executive of Pirrow Foods. Orvik Dairy sued "
        "Pirrow Foods over a recipe. The case is due in May. Ms Roe rejected the findings of an "
        "earlier audit by Pellam Audit.",
        [],
        [("ada-roe", "DISPUTES", "orvik-dairy")],
    ),
    (  # guard (review25 D3): criticism from someone other than the accuser
        "Pirrow Foods in court\n\nAda Roe is chief executive of Pirrow Foods. Orvik Dairy sued "
        "Pirrow Foods over a recipe. The case is due in May. Ms Roe rejected the criticism from "
        "investors.",
        [],
        [("ada-roe", "DISPUTES", "orvik-dairy")],
    ),
    (  # insurance: a far "denied that" clause about the accusation answers it
        "Keelson Mutual in court\n\nKeelson Mutual is run by Per Ulvik. Norda Re sued Keelson "
        "Mutual over unpaid reinsurance claims. The trial opens in June. Mr Ulvik denied that it "
        "had withheld any payments.",
        [("per-ulvik", "DISPUTES", "norda-re")],
        [],
    ),
    (  # guard, shipping: a far "said he would stay" or criticism from analysts answers nothing
        "Marvane Shipping in court\n\nMarvane Shipping is run by Dan Brannery. Brax Ports sued "
        "Marvane Shipping over unpaid fees. The hearing is set for May. Mr Brannery denied that he "
        "planned to quit. He also rejected the criticism from analysts.",
        [],
        [("dan-brannery", "DISPUTES", "brax-ports")],
    ),
    # gaps left unread
    (  # payroll software: a partnership with no subject named
        "Pellam Software results\n\nPellam Software reported higher sales. Managers also "
        "pointed to a new partnership with Varrow Cloud, under which the tool will be sold "
        "through its marketplace.",
        [("pellam-software", "PARTNERS_WITH", "varrow-cloud")],
        [],
    ),
    (  # fashion: a negation in the first verb conjunct does not reach the second
        "Vaudrey buys workshop\n\nAtelier Dorelle agreed to sell its workshop to Brasco Mode. "
        "The Tessile union said it had not been asked and criticised Brasco Mode for "
        "treating the workshop like a spreadsheet.",
        [("tessile-union", "DISPUTES", "brasco-mode")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Pellam Software results\n\nPellam Software reported higher sales. Managers": (
        "a partnership noun with no clause subject is not given the article's firm"
    ),
    "Vaudrey buys workshop": "a negation in a first verb conjunct still blocks the second",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp25(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)
