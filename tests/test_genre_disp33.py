"""Genre bank for disputes read through context: a description after a name with "of", a verb of
control, the speaker's own firm and a court's town (round 33).

Each reading below was tried in round 33 and not kept (the CHECK half did not pass the keep
rule), so its cases are strict gaps whose reasons give the measured counts; the guards pass as
erg reads them now and must keep passing when a reading lands:

- "The Guild of Master Bakers accused the company": two phrases, not one description
  "The ... company" (`loaders.references` `_definite` walks across the name and the verb).
- A cause that moves its object to act ("which prompted the union to accuse the company", "led
  Orlo to sue") gives the infinitive to its object; the object "the company" of that infinitive
  is not the one controlled; a negated or modal verb of control ("did not force Orlo to sue",
  "may prompt") does nothing.
- "Brekel's chief executive, P, accused the carmaker": the description a firm's speaker accuses
  is not that firm (`description_refs._speaking_firm`).
- "filed its claim in the Mercantile Court in Leeds against X": the court's town inside the
  gap of a gapped trigger (`nav.match_gap`); read since round 40 (dispb40, `nav._venue_town`),
  its cases now pass.
- "sued both A and B, arguing that ...": a claim argued, no quarrel of A and B.

Each case is a short invented text across bakeries, milling, ferries, sensors, porcelain,
moorings, skydiving, brewing, textiles and timber.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

NAMED_OF: list[Case] = [
    (  # bakery: "The X of Y accused the company"
        "Kestrel Foods makes pies in Leeds. The National Union of Bakers accused the company of "
        "cutting pay.",
        [("national-union-of-bakers", "DISPUTES", "kestrel-foods")],
        [],
    ),
    (  # bakery: "criticised the firm for"
        "Kestrel Foods makes pies in Leeds. The Guild of Master Bakers criticised the firm for "
        "cutting pay.",
        [("guild-of-master-bakers", "DISPUTES", "kestrel-foods")],
        [],
    ),
    (  # milling: a lender of the same shape lends
        "Pellow Mills grinds flour in Derby. The Bank of Tarrow lent the company $5m.",
        [("bank-of-tarrow", "FUNDS", "pellow-mills")],
        [],
    ),
    (  # guard (bakery): praise is no dispute
        "Kestrel Foods makes pies in Leeds. The Union of Bakers praised the company for raising "
        "pay.",
        [],
        [("union-of-bakers", "DISPUTES", "kestrel-foods")],
    ),
    (  # guard (bakery): a negated charge
        "Kestrel Foods makes pies in Leeds. The Union of Bakers did not criticise the company.",
        [],
        [("union-of-bakers", "DISPUTES", "kestrel-foods")],
    ),
    (  # guard (bakery): a suit only possible
        "Kestrel Foods makes pies in Leeds. The Union of Bakers may sue the company.",
        [],
        [("union-of-bakers", "DISPUTES", "kestrel-foods")],
    ),
    (  # guard (bakery): a reported clause
        "Kestrel Foods makes pies in Leeds. The Union of Bakers said the company had cut pay.",
        [],
        [("union-of-bakers", "DISPUTES", "kestrel-foods")],
    ),
]

CONTROL: list[Case] = [
    (  # bakery: "which prompted the guild to accuse the company"
        "Kestrel Foods raised prices by 7%, which prompted the Guild of Bakers to accuse the "
        "company of greed.",
        [("guild-of-bakers", "DISPUTES", "kestrel-foods")],
        [("kestrel-foods", "DISPUTES", "guild-of-bakers")],
    ),
    (  # milling: "which led X to sue the company"
        "Dane Mills raised prices, which led Orlan Flour to sue the company in May.",
        [("orlan-flour", "DISPUTES", "dane-mills")],
        [("dane-mills", "DISPUTES", "orlan-flour")],
    ),
    (  # milling: a relative's antecedent does not sue
        "Dane Mills raised prices, which prompted Orlan Flour to sue Kelby Grain.",
        [("orlan-flour", "DISPUTES", "kelby-grain")],
        [("dane-mills", "DISPUTES", "kelby-grain")],
    ),
    (  # ferries: an event as the cause
        "The fare rise prompted Brisk Ferries to sue Harrow Line.",
        [("brisk-ferries", "DISPUTES", "harrow-line")],
        [],
    ),
    (  # textiles: "spurred X to attack Y"
        "The dispute spurred Tamsin Dyes to attack Ardley Mills, its former partner.",
        [("tamsin-dyes", "DISPUTES", "ardley-mills")],
        [],
    ),
    (  # guard (ferries): a negated cause
        "The fare rise did not prompt Brisk Ferries to sue Harrow Line.",
        [],
        [("brisk-ferries", "DISPUTES", "harrow-line")],
    ),
    (  # guard (ferries): a cause only possible
        "The fare rise may prompt Brisk Ferries to sue Harrow Line.",
        [],
        [("brisk-ferries", "DISPUTES", "harrow-line")],
    ),
    (  # guard (ferries): "did not force"
        "The fare rise did not force Brisk Ferries to sue Harrow Line.",
        [],
        [("brisk-ferries", "DISPUTES", "harrow-line")],
    ),
    (  # guard (ferries): "could force" in a reported clause
        "Kelby Port said the fare rise could force Brisk Ferries to sue Harrow Line.",
        [],
        [("brisk-ferries", "DISPUTES", "harrow-line")],
    ),
    (  # guard (timber): an urged suit is not filed
        "Pellam Timber urged Orlan Sawmills to sue Dane Forestry.",
        [],
        [
            ("orlan-sawmills", "DISPUTES", "dane-forestry"),
            ("pellam-timber", "DISPUTES", "dane-forestry"),
        ],
    ),
    (  # guard (timber): a purchase after "led" stays the object's
        "The collapse of Dane Forestry led Orlan Sawmills to buy Pellam Timber.",
        [("orlan-sawmills", "OWNS", "pellam-timber")],
        [("dane-forestry", "OWNS", "pellam-timber")],
    ),
    (  # guard (timber): "led X to victory" has no infinitive
        "Pellam Timber and Dane Forestry led Orlan Sawmills to victory.",
        [],
        [("pellam-timber", "DISPUTES", "orlan-sawmills")],
    ),
]

SPEAKER: list[Case] = [
    (  # sensors: the carmaker a supplier's chief accuses
        "Vanta Motors recalled 40,000 cars over faulty sensors made by Brekel Sensorik. "
        "Brekel's chief executive, Anne Kohl, accused the carmaker of pushing its costs onto a "
        "supplier.",
        [("anne-kohl", "DISPUTES", "vanta-motors")],
        [("anne-kohl", "DISPUTES", "brekel-sensorik")],
    ),
    (  # porcelain: "criticised the retailer"
        "Orvik Stores stopped selling plates made by Halden Porcelain. Halden's chairman, Ivo "
        "Marr, criticised the retailer for breaking its word.",
        [("ivo-marr", "DISPUTES", "orvik-stores")],
        [("ivo-marr", "DISPUTES", "halden-porcelain")],
    ),
]

COURT_TOWN: list[Case] = [
    (  # moorings: a court and its town before "against"
        "Harbour Moorings filed its claim in the Mercantile Court in Ghent against Varda "
        "Logistics.",
        [("harbour-moorings", "DISPUTES", "varda-logistics")],
        [],
    ),
    (  # moorings: two defendants
        "Harbour Moorings filed a lawsuit in the Shipping Court in Leeds against the Leeds Ports "
        "Authority and Bahru Marine, seeking to suspend the contract.",
        [
            ("harbour-moorings", "DISPUTES", "leeds-ports-authority"),
            ("harbour-moorings", "DISPUTES", "bahru-marine"),
        ],
        [("leeds-ports-authority", "DISPUTES", "bahru-marine")],
    ),
    (  # moorings: an update label and an adverb of time open the sentence
        "UPDATE: Late on Wednesday Harbour Moorings filed a claim in the Quay Court in Leeds "
        "against Bahru Marine.",
        [("harbour-moorings", "DISPUTES", "bahru-marine")],
        [],
    ),
    (  # guard (moorings): another party in the gap ends it
        "Harbour Moorings filed a claim in the Quay Court with Tarn Shipping against Bahru Marine.",
        [],
        [("tarn-shipping", "DISPUTES", "bahru-marine")],
    ),
    (  # ferries: "sued both A and B, arguing that": no quarrel of A and B
        "Ardle Line had sued both Brisk Ferries and the Port of Kells Authority, arguing that "
        "the port body had favoured Brisk.",
        [
            ("ardle-line", "DISPUTES", "brisk-ferries"),
            ("ardle-line", "DISPUTES", "port-of-kells-authority"),
        ],
        [
            ("brisk-ferries", "DISPUTES", "port-of-kells-authority"),
            ("port-of-kells-authority", "DISPUTES", "brisk-ferries"),
        ],
    ),
    (  # guard (brewing): two firms that argue quarrel
        "Tarrow Brewing and Kelso Ales argued for months over the recipe.",
        [("tarrow-brewing", "DISPUTES", "kelso-ales")],
        [],
    ),
]

PARTICIPLES: list[Case] = [
    (  # guard (milling): a plan after a cause is no suit
        "Dane Mills raised prices, which prompted Orlan Flour to consider suing the company.",
        [],
        [("orlan-flour", "DISPUTES", "dane-mills")],
    ),
    (  # bakery: a participle's clause of control
        "Kestrel Foods raised prices by 7%, prompting Brindle Bakers to accuse it of greed.",
        [("brindle-bakers", "DISPUTES", "kestrel-foods")],
        [],
    ),
]

BANK = NAMED_OF + CONTROL + SPEAKER + COURT_TOWN + PARTICIPLES
R_DEF = (
    'a description after a name with "of" ("The Guild of X accused the company") is read as'
    " one description from the article to the noun; ending it at the second article was "
    "tried in round 33 (TUNE right +5, wrong +1 -1; CHECK right +1, wrong +1: not kept)"
)
R_CTL = (
    'a cause that moves its object to act ("prompted", "led", "spurred" X to sue) is no '
    "verb of control yet, so the relative's antecedent or nothing is read as the actor; "
    "tried in round 33 with the binding of the infinitive's object (no TUNE change; the "
    "round's CHECK fell with it: not kept)"
)
R_UNREAL = (
    'a negated or modal verb of control ("did not force X to sue", "could force") still '
    "gives the act to its object; a guard was tried in round 33 (no TUNE change; not kept "
    "with the other readings of the round, CHECK fell)"
)
R_SPK = (
    "the description a firm's speaker accuses (\"Brekel's chief executive accused the "
    "carmaker\") binds the speaker's firm; excluding it was tried in round 33 (no TUNE "
    "change; not kept)"
)
R_MUT = (
    '"sued both A and B, arguing that ..." reads "argue" as a quarrel of A and B when a '
    'description after "that" resolves; a guard on "that" was tried in round 33 (kept out '
    "with the description reading)"
)
GAPS: dict[str, str] = {
    "Kestrel Foods makes pies in Leeds. The National": R_DEF,
    "Kestrel Foods makes pies in Leeds. The Guild": R_DEF,
    "Pellow Mills grinds flour": R_DEF,
    "Kestrel Foods raised prices by 7%, which": R_CTL,
    "Dane Mills raised prices, which led": R_CTL,
    "Dane Mills raised prices, which prompted Orlan Flour to sue": R_CTL,
    "The fare rise prompted": R_CTL,
    "The dispute spurred": R_CTL,
    "The fare rise did not force": R_UNREAL,
    "Kelby Port said": R_UNREAL,
    "Vanta Motors recalled": R_SPK,
    "Orvik Stores stopped": R_SPK,
    "Ardle Line had sued": R_MUT,
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disp33(case: Case) -> None:
    check(*case)
