"""Genre bank for the firm a speaker's "we/our/us" and a description stand for (round 19).

- a profile or interview titled "<Person> on <Organization>" ("Mara Voss on Quillex's next
  decade", "Voss on Quillex: ...") gives the person's quoted or answered "we" that firm when the
  body never says she leads it (`loaders/titled_voice.py`, read by `voices.Voices._led_by`);
- a possessed "partner(s) at <Organization>" ("Quillex's partners at Orvik Labs", '"Our
  partners at Orvik Labs ...," said the chief executive of Quillex') is the firm partnered
  with, not a person's job title (`loaders/relations/partners_at.py`);
- "A and his sister B founded X", "A and her husband B own X": a kin descriptor between "and"
  and the second name no longer cuts the first conjunct off the verb (`relations/nav.py`
  `_kin_before`), so the interviewee named first keeps the firm their "we" speaks for;
- "the mutual", "the bank" after "Kelder Mutual, a smaller rival, ..." is the article's topic
  when the text called the topic by that noun too, not the rival named last
  (`loaders/rival_refs.py`).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across instruments, tiles, brewing, dairy farming, ferries, freight, software,
ceramics and law. Guards: a title naming two firms ("Brant on Quillex and Orvik Labs"), a
title with no firm, a partner's job title at a firm ("a partner at Kesta Law", "two partners at
Harlow Capital"), a kin subject of a clause of its own (", and his sister Ines founded B").
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TITLED: list[Case] = [
    (  # instruments: Q&A under "Person on Org's ..." title, body never ties her to the firm
        "Mara Voss on Quillex's next decade\n\nMara Voss has spent thirty years making "
        "instruments.\n\nQ: What changed last year?\n\nA: We bought Tarvo Instruments.",
        [("quillex", "OWNS", "tarvo-instruments")],
        [],
    ),
    (  # instruments: surname-only title with a colon
        "Voss on Quillex: the next decade\n\nMara Voss has spent thirty years making "
        "instruments.\n\nQ: What changed?\n\nA: We bought Tarvo Instruments last year.",
        [("quillex", "OWNS", "tarvo-instruments")],
        [],
    ),
    (  # brewing: a quoted "we" in a profile under the title
        "Ada Lind on Harrow Brewing's comeback\n\nHarrow Brewing makes pale ales in Kelso. Ada "
        "Lind has brewed beer for twenty years. "
        '"We compete with Dunmore Ales for every pub in the county," Lind said.',
        [("harrow-brewing", "COMPETES_WITH", "dunmore-ales")],
        [],
    ),
    (  # freight: a Q&A answer naming a partner, "we work with"
        "Ilse Brant on Dorran Freight\n\nDorran Freight hauls grain. Ilse Brant has spent a "
        "decade in freight.\n\n"
        "Q: Who do you work with?\n\nA: We work with Kelso Rail on the northern routes.",
        [("dorran-freight", "PARTNERS_WITH", "kelso-rail")],
        [],
    ),
    (  # guard: a title naming two firms: whose "we" is unclear
        "Ilse Brant on Quillex and Orvik Labs\n\nIlse Brant has spent a decade in sensors.\n\n"
        "Q: What changed?\n\nA: We bought Tarvo Instruments last year.",
        [],
        [("quillex", "OWNS", "tarvo-instruments"), ("orvik-labs", "OWNS", "tarvo-instruments")],
    ),
    (  # guard: a title with no firm after "on"
        "Mara Voss on why instruments matter\n\nMara Voss has spent thirty years making "
        "instruments at Quillex.\n\nQ: What changed?\n\nA: We bought Tarvo Instruments.",
        [],
        [("quillex", "OWNS", "tarvo-instruments")],
    ),
    (  # guard: another person's answer under the title keeps no title firm
        "Mara Voss on Quillex's next decade\n\nMara Voss and Piet Oram talked to us.\n\n"
        "Q: Piet, what changed?\n\nOram: We bought Tarvo Instruments.",
        [],
        [("quillex", "OWNS", "tarvo-instruments")],
    ),
]

PARTNERS_AT: list[Case] = [
    (  # sensors: a possessor name
        "Quillex's partners at Orvik Labs have been patient with the delays.",
        [("quillex", "PARTNERS_WITH", "orvik-labs")],
        [],
    ),
    (  # sensors: a quoted "our", the speaker's firm named after her
        'Quillex reported higher sales on Tuesday. "Our partners at Orvik Labs have been '
        "patient,\" said Ilse Brant, Quillex's chief executive.",
        [("quillex", "PARTNERS_WITH", "orvik-labs"), ("ilse-brant", "LEADS", "quillex")],
        [],
    ),
    (  # brewing: "its partners at"
        "Harrow Brewing said its partners at Kelso Maltings would supply the barley.",
        [("harrow-brewing", "PARTNERS_WITH", "kelso-maltings")],
        [],
    ),
    (  # ferries: an interview answer
        "Oren Reble has run Pellow Ferries since 2004.\n\nQ: Who builds your boats?\n\n"
        "A: Our partners at Kestle Marine build every hull.",
        [("pellow-ferries", "PARTNERS_WITH", "kestle-marine")],
        [],
    ),
    (  # guard: a person's job title at a law firm
        "Clara Hume, a partner at Kesta Law, advised Quillex on the deal.",
        [("clara-hume", "ADVISES", "quillex")],
        [("quillex", "PARTNERS_WITH", "kesta-law"), ("clara-hume", "PARTNERS_WITH", "kesta-law")],
    ),
    (  # guard: a former partner at a fund, hired
        "Quillex hired Brandt Ode, a former partner at Harlow Capital.",
        [],
        [("quillex", "PARTNERS_WITH", "harlow-capital")],
    ),
    (  # guard: unpossessed plural job title
        "Two partners at Harlow Capital joined the board of Quillex in May.",
        [],
        [("quillex", "PARTNERS_WITH", "harlow-capital")],
    ),
]

KIN_PAIRS: list[Case] = [
    (  # tiles: "A and his sister B co-founded X"
        "Oren Reble and his sister Ines co-founded Kilnworth Tiles in a barn in 1998.",
        [("oren-reble", "FOUNDED", "kilnworth-tiles"), ("ines", "FOUNDED", "kilnworth-tiles")],
        [],
    ),
    (  # brewing: "started"
        "Marek Sand and his brother Tomas started Velka Brewing in 2009.",
        [("marek-sand", "FOUNDED", "velka-brewing"), ("tomas", "FOUNDED", "velka-brewing")],
        [],
    ),
    (  # dairy farming: "own"
        "Anna Holt and her husband Piet own Dunmore Farms.",
        [("anna-holt", "OWNS", "dunmore-farms"), ("piet", "OWNS", "dunmore-farms")],
        [],
    ),
    (  # dairy farming: "run", a two-word kin name
        "Anna Holt and her daughter Lise Holt run Dunmore Farms.",
        [("anna-holt", "LEADS", "dunmore-farms"), ("lise-holt", "LEADS", "dunmore-farms")],
        [],
    ),
    (  # tiles: the interviewee named first keeps her firm for "we"
        "Oren Reble and his sister Ines co-founded Kilnworth Tiles in a barn in 1998.\n\n"
        "Q: Who are your rivals?\n\nA: We compete with Marlow Ceramics in every market.",
        [("kilnworth-tiles", "COMPETES_WITH", "marlow-ceramics")],
        [],
    ),
    (  # guard: the kin subject opens a clause of its own
        "Oren Reble sued Kesta Tools, and his sister Ines founded Brisa Ceramics.",
        [("ines", "FOUNDED", "brisa-ceramics")],
        [("oren-reble", "FOUNDED", "brisa-ceramics")],
    ),
    (  # guard: coordinated clauses without a comma
        "Oren Reble runs Kesta Tools and his sister Ines founded Brisa Ceramics.",
        [("ines", "FOUNDED", "brisa-ceramics"), ("oren-reble", "LEADS", "kesta-tools")],
        [("oren-reble", "FOUNDED", "brisa-ceramics")],
    ),
    (  # guard: the pair is an object's relative clause
        "Anna Holt met Lars Berg and his wife Ina, who own Dunmore Farms.",
        [],
        [("anna-holt", "OWNS", "dunmore-farms")],
    ),
]

VOICES: list[Case] = [
    (  # instruments: "who co-founded" in the intro (regression)
        "Mara Voss, who co-founded Quillex in 2011, has spent thirty years making "
        "instruments.\n\nQ: What changed last year?\n\nA: We bought Tarvo Instruments.",
        [("quillex", "OWNS", "tarvo-instruments")],
        [],
    ),
    (  # tugs: a wire quote by "its chief executive" after a passive "is run by"
        'Kilnworth Tiles is run by Oren Reble. "We agreed a partnership with Quayside Tugs '
        'last year," said its chief executive.',
        [("kilnworth-tiles", "PARTNERS_WITH", "quayside-tugs")],
        [],
    ),
    (  # food: "the Leeds company" is the firm based in Leeds, not its rival (regression)
        "Talbrook Foods, based in Leeds, cut prices. Its rival Dunmore Bakeries raised them. "
        "The Leeds company's chief executive, Anna Pell, said demand was weak.",
        [("anna-pell", "LEADS", "talbrook-foods")],
        [("anna-pell", "LEADS", "dunmore-bakeries")],
    ),
    (  # insurance: "the insurer" is the firm described as one (regression)
        "Holmfirth Mutual, the Yorkshire insurer, raised premiums. Brenlow Re reinsures part "
        "of the book. The insurer's chairman, Ada Vorn, defended the rise.",
        [("ada-vorn", "LEADS", "holmfirth-mutual")],
        [("ada-vorn", "LEADS", "brenlow-re")],
    ),
    (  # "I" as a joint holder with a named sibling
        "Oren Reble started Kilnworth Tiles in a disused dairy in Stoke.\n\nQ: Who owns the "
        "firm?\n\nA: Ines and I still hold about 60 per cent between us.",
        [("oren-reble", "OWNS", "kilnworth-tiles")],
        [],
    ),
    (  # "took both X and us to court"
        "Oren Reble started Kilnworth Tiles in a disused dairy in Stoke.\n\nQ: Any disputes?"
        "\n\nA: Pelham Ferries took both the harbour board and us to court.",
        [("pelham-ferries", "DISPUTES", "kilnworth-tiles")],
        [],
    ),
    (  # a description's modifiers beyond its head noun
        "Shares in Marlow Dairies rose after the listed dairy group said profits doubled. "
        "Briar Creamery and Oxcombe Milk compete with it. Juno Carr, a manager at Fenlow "
        "Funds, which holds 4% of the dairy group, said the results were strong.",
        [("fenlow-funds", "OWNS", "marlow-dairies")],
        [("fenlow-funds", "OWNS", "oxcombe-milk")],
    ),
    (  # the speaker's firm from an appositive "a tile maker run by"
        'Kilnworth Tiles, a tile maker run by Oren Reble, cut prices. "We agreed a '
        'partnership with Quayside Tugs last year," Reble said.',
        [("kilnworth-tiles", "PARTNERS_WITH", "quayside-tugs")],
        [],
    ),
]

RIVAL_REFS: list[Case] = [
    (  # insurance: "the mutual" after a rival whose name also holds the noun
        "Holmfirth Mutual raised premiums for drivers in Yorkshire. Holmfirth Mutual blamed "
        "repair costs. Kelder Mutual, a smaller rival, held its prices. The mutual's chief "
        "executive, Ada Vorn, said the rise was needed.",
        [("ada-vorn", "LEADS", "holmfirth-mutual")],
        [("ada-vorn", "LEADS", "kelder-mutual")],
    ),
    (  # banking: "the bank" after "a rival lender"
        "Orlan Bank raised rates. Corbin Bank, a rival lender, cut them. The bank's chief "
        "executive, Mia Roe, defended the rise.",
        [("mia-roe", "LEADS", "orlan-bank")],
        [("mia-roe", "LEADS", "corbin-bank")],
    ),
    (  # brewing: "its main competitor", then "the brewer" (regression)
        "Velka Brewing raised prices. Harrow Brewing, its main competitor, held them. Lise "
        "Ode, the brewer's chairman, said costs had risen.",
        [("lise-ode", "LEADS", "velka-brewing")],
        [("lise-ode", "LEADS", "harrow-brewing")],
    ),
    (  # guard: only the rival is called a bakery
        "Talbrook Foods cut prices. Dunmore Bakeries, a smaller rival, raised them. The "
        "bakery's chief executive, Anna Pell, blamed flour costs.",
        [("anna-pell", "LEADS", "dunmore-bakeries")],
        [("anna-pell", "LEADS", "talbrook-foods")],
    ),
    (  # guard: two co-operatives, neither described: bind nothing
        "Hartwell Co-operative raised milk prices. Hartwell Co-operative blamed feed costs. "
        "Dunmore Co-operative held its prices. Rafe Odell, the co-operative's chairman, said "
        "the rise would help farmers.",
        [],
        [("rafe-odell", "LEADS", "dunmore-co-operative")],
    ),
]

GAPS = {
    "Oren Reble started Kilnworth Tiles in a disused dairy in Stoke.\n\nQ: Any": (
        '"took both X and us to court": the coordinated object after "both" is not read'
    ),
    "Shares in Marlow Dairies rose": (
        'a description\'s modifiers ("dairy group") are not kept for the entity it was bound '
        "to, so the latest named firm wins"
    ),
    "Kilnworth Tiles, a tile maker run by": (
        'the appositive "a tile maker run by Oren Reble" gives no LEADS, so "we" has no firm'
    ),
}


@pytest.mark.parametrize(
    "case", gap_params(TITLED + PARTNERS_AT + KIN_PAIRS + RIVAL_REFS + VOICES, GAPS)
)
def test_speaker19(case: Case) -> None:
    check(*case)
