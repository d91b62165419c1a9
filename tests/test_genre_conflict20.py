"""Genre bank for disputes and rivalry read across a clause (round 20).

A stake holder that criticises or attacks "the board", "its board" or "its management" in the
clause that gives its stake disputes the held firm, whether the stake stands in an appositive
("X, an activist investor that owns 5% of Y, criticised the board"), a relative ("X, which
owns 9% of Y, has criticised the board") or a main clause with a conjoined verb ("X owns 5%
of Y and has spent the year attacking its board"). The name inside a free relative after the
verb ("over what Grint calls ...") is no object of the attack.

Each case is a short invented text (relations that must be found, relations that must not be),
across hotels, food, engineering, retail, ports, shipping, mining and software.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HELD_BOARDS: list[Case] = [
    (  # hotels: appositive stake, then the head's verb after the comma (repro r11)
        "Corbellan Guesthouses reported higher room rates. The figures come two weeks after "
        "Ravensholt Bestuur, an activist investor that owns about 5% of Corbellan, criticised "
        'the board in public over what it termed "ten years of drift".',
        [
            ("ravensholt-bestuur", "DISPUTES", "corbellan-guesthouses"),
            ("ravensholt-bestuur", "OWNS", "corbellan-guesthouses"),
        ],
        [("corbellan-guesthouses", "DISPUTES", "ravensholt-bestuur")],
    ),
    (  # food: "the activist shareholder that owns 6% of Y and which in March criticised"
        "Lantry Pretzels reported flat sales. Analysts' questions centred on Oxhey Bestuur, the "
        "activist shareholder that owns 6% of Lantry and which in March criticised the board "
        "over its spending abroad.",
        [("oxhey-bestuur", "DISPUTES", "lantry-pretzels")],
        [],
    ),
    (  # engineering: "X, which owns 9% of Y, has criticized the board over what it calls"
        "Calloran Pumps shares rose 3% on Friday. Wexbury Bestuur, which owns 9% of Calloran, "
        'has criticized the board over what it calls "years of drift".',
        [("wexbury-bestuur", "DISPUTES", "calloran-pumps")],
        [],
    ),
    (  # retail: "which owns 9.6% of the nursery chain and has attacked the board"
        "Orchardly chair keeps seat\n\nShareholders in Orchardly Plantsmen re-elected chair "
        "Ivo Brandstetter on Thursday. The "
        "rebellion was organised by Quenby Beleggers, the Yeovil investor which owns 9.6% of the "
        "nursery chain and has attacked the board for two years over a costly push into cafes.",
        [("quenby-beleggers", "DISPUTES", "orchardly-plantsmen")],
        [],
    ),
    (  # engineering: main-clause stake, appositive on the held firm, "attacking its board"
        "Crispin Grint runs Penworth Fondsen from a small office in Ripon. Penworth owns 5 "
        "percent of Tarrisk Valves, the Bolton maker of boiler valves, and has spent most of the "
        'year attacking its board over what Grint calls "a decade of pointless deals".',
        [("penworth-fondsen", "DISPUTES", "tarrisk-valves")],
        [("penworth-fondsen", "DISPUTES", "crispin-grint")],
    ),
    (  # ports: "whose fund G owns 4% of the firm and has openly criticised its management"
        "Ferrol Wharves under fire\n\nFerrol Wharves reported a fall in cargo volumes on "
        "Monday. The firm has faced pressure from investor Mrs Odile Brenchley, whose fund "
        "Castrel Opportunity owns four per cent of the firm and has openly criticised its "
        "management for moving too slowly.",
        [("castrel-opportunity", "DISPUTES", "ferrol-wharves")],
        [],
    ),
    (  # shipping variant: "holds 7% of Y and has repeatedly attacked the directors"
        "Marlow Tankers cut its dividend. Strand Capital holds 7% of Marlow Tankers and has "
        "repeatedly attacked the directors over pay.",
        [("strand-capital", "DISPUTES", "marlow-tankers")],
        [("marlow-tankers", "DISPUTES", "strand-capital")],
    ),
    (  # mining variant: relative stake then "has criticised its management"
        "Ketteridge Mining lowered its forecast. Ostrava Partners, which owns 12% of Ketteridge, "
        "has criticised its management for the delays at the Tarn pit.",
        [("ostrava-partners", "DISPUTES", "ketteridge-mining")],
        [],
    ),
    (  # software variant: appositive stake, the head's verb after the comma, "the management"
        "Velloran Software missed its targets. Halsey Fund, a hedge fund that holds 6% of "
        "Velloran, attacked the management over the failed launch.",
        [("halsey-fund", "DISPUTES", "velloran-software")],
        [],
    ),
    (  # guard: a new subject after the stake clause: the chair's criticism is not the holder's
        "Tolvane Brewing held its annual meeting. Drummond Capital owns 8% of Tolvane Brewing, "
        "and its chair, Alma Reyes, has criticised the board of Kestrel Malt.",
        [],
        [("drummond-capital", "DISPUTES", "tolvane-brewing")],
    ),
    (  # guard: negation: the holder has not criticised the board
        "Parnell Foods reported steady sales. Arden Capital, which owns 5% of Parnell Foods, "
        "has not criticised the board.",
        [],
        [("arden-capital", "DISPUTES", "parnell-foods")],
    ),
    (  # guard: a free relative's subject is no object ("over what Ilse Marr calls")
        "Brennock Quarries lost a contract. Tamsin Fund has attacked Brennock Quarries over what "
        'Ilse Marr calls "a lost decade".',
        [("tamsin-fund", "DISPUTES", "brennock-quarries")],
        [("tamsin-fund", "DISPUTES", "ilse-marr")],
    ),
]

RELATIVE_CHARGES: list[Case] = [
    (  # boating: "X, which she accused of ...": the pronoun is the chief executive (repro r07)
        "Bargewell Cruising reported a loss. Chief executive Olwen Tarrock blamed wet weather, "
        "pointing to mooring charges levied by the Broads Waterways Conservators, which she "
        'accused of "milking boat firms".',
        [("olwen-tarrock", "DISPUTES", "broads-waterways-conservators")],
        [],
    ),
    (  # lighting: the antecedent before an appositive, "which X had accused of" (repro r07b)
        "A tribunal in Modena rejected Lumetto's claim that Arcova had copied its desk lamp. It "
        "also dismissed Lumetto's claim against Verrini Vetro, the glass supplier that sells "
        "shades to both firms, which Lumetto had accused of passing drawings to Arcova.",
        [("lumetto", "DISPUTES", "verrini-vetro")],
        [("verrini-vetro", "DISPUTES", "lumetto")],
    ),
    (  # dairy variant: an organization subject, the name right before the comma
        "Harlow Foods reported a loss on Tuesday. The loss came from Tessin Dairy, which Harlow "
        "Foods accused of breaking the supply contract.",
        [("harlow-foods", "DISPUTES", "tessin-dairy")],
        [],
    ),
    (  # construction variant: "whom" and a person accused, "sued" with a ground
        "Brackmoor Homes is rebuilding the estate. The work was designed by Ivo Lusk, whom "
        "Brackmoor Homes sued for negligence last year.",
        [("brackmoor-homes", "DISPUTES", "ivo-lusk")],
        [],
    ),
    (  # rail variant: "blamed" with an adverb between subject and verb
        "Orrin Rail cancelled 40 trains. The delays began at Kelso Signals, which Orrin Rail "
        "publicly blamed for the faults.",
        [("orrin-rail", "DISPUTES", "kelso-signals")],
        [],
    ),
    (  # guard: the verb has its own object: the relative's antecedent is not the accused
        "Halden Steel bought Mersey Coke, which Ostrel Metals sued Halden Steel over.",
        [],
        [("ostrel-metals", "DISPUTES", "mersey-coke")],
    ),
    (  # guard: negation inside the relative
        "Norvik Pharma buys its vials from Castell Glass, which Norvik Pharma has never "
        "accused of any fault.",
        [],
        [("norvik-pharma", "DISPUTES", "castell-glass")],
    ),
    (  # guard: a subject relative with a passive ("which was accused by") is no object relative
        "Tarn Logistics hired Pellow Freight, which was accused by regulators of overcharging.",
        [],
        [("tarn-logistics", "DISPUTES", "pellow-freight")],
    ),
]

VENUE_SUITS: list[Case] = [
    (  # textiles: "battles a lawsuit in a Winnipeg court brought by Y, a ... which says"
        "Stovington Mills reported higher sales. The figures arrive as Stovington battles a "
        "lawsuit in a Winnipeg court brought by Pemberly Looms, a Guelph weaver which says it "
        "is owed fees for a fabric design.",
        [
            ("pemberly-looms", "DISPUTES", "stovington-mills"),
            ("stovington-mills", "DISPUTES", "pemberly-looms"),
        ],
        [("stovington-mills", "COMPETES_WITH", "pemberly-looms")],
    ),
    (  # banking variant: "is fighting a lawsuit in the Ohio Superior Court filed by"
        "Corran Bank is fighting a lawsuit in the Ohio Superior Court filed by Tarsa Logistics "
        "over unpaid fees.",
        [
            ("tarsa-logistics", "DISPUTES", "corran-bank"),
            ("corran-bank", "DISPUTES", "tarsa-logistics"),
        ],
        [],
    ),
    (  # pharma variant: "settled a claim in Delaware brought by" (the settling side disputed)
        "Halvik Pharma settled a claim in Delaware brought by Ostrel Labs.",
        [("ostrel-labs", "DISPUTES", "halvik-pharma")],
        [],
    ),
    (  # guard: the venue of a fought suit is not disputed
        "Stovington Mills is fighting a lawsuit in a Winnipeg court brought by Pemberly Looms.",
        [("pemberly-looms", "DISPUTES", "stovington-mills")],
        [("stovington-mills", "DISPUTES", "winnipeg")],
    ),
    (  # guard: "battles Y in a market" stays a rivalry
        "Corran Bank battles Tarsa Lending in the Ohio market for small loans.",
        [("corran-bank", "COMPETES_WITH", "tarsa-lending")],
        [("corran-bank", "DISPUTES", "tarsa-lending")],
    ),
]

USED_TO_ACCUSE: list[Case] = [
    (  # tiles: "also used a press event to accuse Y, a ..., of copying" (repro r09)
        "Ceramiche Olvani used the Rimini fair to unveil its new range of floor tiles. Its chief "
        "executive, Bianca Rossetti, also used a press event to accuse Tanfeng Tiles, a Chinese "
        "exporter with a stand nearby, of copying two Olvani designs.",
        [("bianca-rossetti", "DISPUTES", "tanfeng-tiles")],
        [],
    ),
    (  # bikes: an appositive rival subject (repro r09b); the rivalry stays
        "Velotta Cycles, Radmark's main rival in Austria, used a press event at the show to "
        "accuse Radmark of selling e-bikes below cost to win dealer contracts.",
        [("velotta-cycles", "DISPUTES", "radmark"), ("velotta-cycles", "COMPETES_WITH", "radmark")],
        [],
    ),
    (  # airlines variant: "used its press conference to attack"
        "Skyreach Air used its press conference in Oslo to attack Norvik Airways over fares.",
        [("skyreach-air", "DISPUTES", "norvik-airways")],
        [],
    ),
    (  # guard: the urge verb itself still gives the act to the one urged
        "Ostrel Capital pressed Halvik Foods to sue Kelso Dairy.",
        [],
        [("ostrel-capital", "DISPUTES", "kelso-dairy")],
    ),
]

RELATIVE_HEADS: list[Case] = [
    (  # pubs: "P, who runs the fund at Y, a Z shareholder, criticised the board of Z" (r13)
        "Bellacre Pubs agreed to a takeover on Monday. Nadine Farrowby, who runs the leisure "
        "fund at Coldwater Fondsen, a Bellacre shareholder, criticised the board of Bellacre for "
        "accepting a low price.",
        [("nadine-farrowby", "DISPUTES", "bellacre-pubs")],
        [("coldwater-fondsen", "DISPUTES", "bellacre-pubs")],
    ),
    (  # chemicals variant: "who manages money at Y, the Danish pension fund, attacked Z"
        "Kessel Chemicals cut its dividend. Jonas Brandt, who manages money at Aarvik Pension, "
        "the Danish pension fund, attacked Kessel Chemicals over the cut.",
        [("jonas-brandt", "DISPUTES", "kessel-chemicals")],
        [("aarvik-pension", "DISPUTES", "kessel-chemicals")],
    ),
    (  # must still give: an organization head with a relative ending in an appositive
        "Tarn Capital, which owns a stake in Halvik Steel, the Swedish mill, sued Ostrel Mining.",
        [("tarn-capital", "DISPUTES", "ostrel-mining")],
        [("halvik-steel", "DISPUTES", "ostrel-mining")],
    ),
]

PURSUED_CLAIMS: list[Case] = [
    (  # housing: "and that the firm is pursuing a claim against Y, the contractor" (r10)
        "Quayvale Dwellings said it had booked another 12 million pounds to repair cladding, "
        "and that the firm is pursuing a claim against Brackett Cladworks, the contractor that "
        "fitted the panels.",
        [("quayvale-dwellings", "DISPUTES", "brackett-cladworks")],
        [],
    ),
    (  # rail variant: "is pursuing legal action against"
        "Harlow Rail is pursuing legal action against Tessin Signals over the faults.",
        [("harlow-rail", "DISPUTES", "tessin-signals")],
        [],
    ),
    (  # guard: a claim only intended ("would pursue ... if") is no dispute yet
        "Harlow Rail said it would pursue a claim against Tessin Signals if talks fail.",
        [],
        [("harlow-rail", "DISPUTES", "tessin-signals")],
    ),
    (  # guard: a takeover pursued stays an intent (no OWNS)
        "Harlow Rail is pursuing a takeover of Tessin Signals.",
        [],
        [("harlow-rail", "OWNS", "tessin-signals")],
    ),
]

RIVAL_VERBS: list[Case] = [
    (  # saddlery: "labels such as Y, which rivals X in leather bridles" (repro r05)
        "Pellingham & Daughters has made saddles in Cannock since 1921. Online labels such as "
        "Ridewell Tack, which rivals Pellingham in leather bridles, spend heavily on adverts.",
        [("ridewell-tack", "COMPETES_WITH", "pellingham-daughters")],
        [],
    ),
    (  # dairy variant: main clause "Y rivals X in yoghurt"
        "Halvik Dairy rivals Kessel Foods in yoghurt.",
        [("halvik-dairy", "COMPETES_WITH", "kessel-foods")],
        [],
    ),
    (  # guard: the plural noun "rivals in Spain" is no verb
        "Kessel Foods said rivals in Spain, such as Halvik Dairy, cut prices.",
        [],
        [("kessel-foods", "COMPETES_WITH", "spain")],
    ),
]

BANK = (
    HELD_BOARDS
    + RELATIVE_CHARGES
    + VENUE_SUITS
    + USED_TO_ACCUSE
    + RELATIVE_HEADS
    + PURSUED_CLAIMS
    + RIVAL_VERBS
)
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_conflict20(case: Case) -> None:
    check(*case)
