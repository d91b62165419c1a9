"""Genre bank for answers to a charge (round 12): the accused (or its officer) rejects, denies,
disputes or dismisses "the claim", "the suit", "the criticism", "the attack", "this" or
"that", or calls it baseless, with the accuser named only in an earlier sentence or by a
possessive ("rejects all of X's claims", "said X's claim lacked merit"); a charge answered in
apposition ("A accused B of dumping, a charge B rejects", "a charge B's owner rejects", "an
accusation Mira Tolle, B's head, calls nonsense"); a fronted dismissal ("The charge is
nonsense, B says"); a plural answer ("Both firms deny the claims"); "B said A was wrong"; a
counter-suit or appeal with the other side implicit ("has lodged an appeal", "has an appeal
pending", "would appeal a fine imposed by X").

Each case is a short invented article across haulage, farming, telecoms, health, mining,
publishing, aviation, banking, water, packaging, steel, pharma, shipping and insurance.
Guards: an earlier sentence with no accuser (a review, a loss), a court that rejects the
claim, "a claim that regulators are examining", a rejected bid, a party not accused that
rejects criticism of itself, a claim about a plan.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

EARLIER: list[Case] = [
    (  # haulage: the suit answered in the next sentence
        "Tollmere Haulage has sued Brackwell Ports over unpaid berth fees. Brackwell rejected "
        "the claim.",
        [("brackwell-ports", "DISPUTES", "tollmere-haulage")],
        [],
    ),
    (  # farming: "denies that, citing"
        "The Quessby Growers' Union accused Fenmore Mills of cutting prices. Fenmore denies "
        "that, citing rising costs.",
        [("fenmore-mills", "DISPUTES", "the-quessby-growers-union")],
        [],
    ),
    (  # telecoms: "called the criticism nonsense"
        "Ostrava Telecom criticised Pellbury Networks for slow repairs. Pellbury called the "
        "criticism nonsense.",
        [("pellbury-networks", "DISPUTES", "ostrava-telecom")],
        [],
    ),
    (  # health: the accused's chief executive answers
        "Harnley Insurance accused Corvell Health of overbilling. Corvell Health's chief "
        "executive, Tobin Arle, denied the allegation, calling the prices fair.",
        [("tobin-arle", "DISPUTES", "harnley-insurance")],
        [],
    ),
    (  # publishing: "disputes the claims"
        "Vellum Press accused Ardmore Paper of breaching a supply contract. Ardmore disputes "
        "the claims and says it will fight them in court.",
        [("ardmore-paper", "DISPUTES", "vellum-press")],
        [],
    ),
    (  # aviation: the claimant as a possessive inside the object
        "Sallow Airlines sued Quarry Aviation over a leasing contract. Quarry rejects all of "
        "Sallow's claims.",
        [("quarry-aviation", "DISPUTES", "sallow-airlines")],
        [],
    ),
    (  # water: "said X's claim lacked merit"
        "Norrin Water said Felton Chemicals had polluted the river. Felton said Norrin's claim "
        "lacked merit.",
        [("felton-chemicals", "DISPUTES", "norrin-water")],
        [],
    ),
    (  # packaging: an appositive subject, "waved away the suit as a stunt"
        "Marsden Foods has sued Orvick Packaging over late deliveries. Orvick, the packaging "
        "group, waved away the suit as a stunt.",
        [("orvick-packaging", "DISPUTES", "marsden-foods")],
        [],
    ),
    (  # farming: "his claims" for a person accuser
        "Ivo Brandt, its former sales director, sued Fenmore Mills in June. Fenmore rejected "
        "his claims.",
        [("fenmore-mills", "DISPUTES", "ivo-brandt")],
        [],
    ),
    (  # retail: "dismissed the attack as political"
        "Halvard Union attacked Fenmore Mills over job cuts. Fenmore dismissed the attack as "
        "political.",
        [("fenmore-mills", "DISPUTES", "halvard-union")],
        [],
    ),
    (  # food: "dismissed the remarks"
        "Brisk Capital, an activist fund, criticised Lattimer Foods' pricing. Lattimer "
        "dismissed the remarks as ill-informed.",
        [("lattimer-foods", "DISPUTES", "brisk-capital")],
        [],
    ),
    (  # banking: "denies this"
        "Orwell Bank sued Tanager Homes over a loan, saying it had missed payments. Tanager "
        "denies this.",
        [("tanager-homes", "DISPUTES", "orwell-bank")],
        [],
    ),
    (  # fishing: "calls that nonsense"
        "The Coastal Fishers' Guild says Marlow Salmon pollutes the loch. Marlow calls that "
        "nonsense.",
        [("marlow-salmon", "DISPUTES", "the-coastal-fishers-guild")],
        [],
    ),
    (  # aviation: a fronted dismissal, the speaker after the comma
        "Pettigrew Air says Vosk Aviation copied its seat design. The charge is nonsense, Vosk "
        "says.",
        [("vosk-aviation", "DISPUTES", "pettigrew-air")],
        [],
    ),
    (  # housing: a fronted dismissal, an inverted speaker with a possessor
        "Ardent Bank sued Molloy Homes in May. The allegations are without merit, said "
        "Molloy's lawyer, Ann Fry.",
        [("molloy-homes", "DISPUTES", "ardent-bank")],
        [],
    ),
    (  # aviation: a plural answer reaches each accused
        "Pettigrew Air sued Vosk Aviation and Dorne Cabins over a patent. Both firms deny the "
        "claims.",
        [
            ("vosk-aviation", "DISPUTES", "pettigrew-air"),
            ("dorne-cabins", "DISPUTES", "pettigrew-air"),
        ],
        [],
    ),
    (  # chemicals: "said Fallow was wrong"
        "Fallow Water accused Penrose Chemicals of polluting the river. Penrose said Fallow was "
        "wrong and would lose in court.",
        [("penrose-chemicals", "DISPUTES", "fallow-water")],
        [],
    ),
    (  # betting: "had waved away the claim as a stunt" after a participle aside
        "Ostrel Group accused its former unit Vantora Bets of hiding losses. Vantora, now owned "
        "by Pell Capital, had waved away the claim as a stunt.",
        [("vantora-bets", "DISPUTES", "ostrel-group")],
        [],
    ),
    (  # interview: a first-person answer naming the accuser
        "Interview with Dana Roe, chief executive of Kettle Dairies.\n"
        "Q: Ostrin Milk says your figures are inflated. A: Ostrin Milk is simply wrong.",
        [("kettle-dairies", "DISPUTES", "ostrin-milk")],
        [],
    ),
]

APPOSED: list[Case] = [
    (  # steel: a short form rejects in the same sentence
        "Gorran Steel accused Vesta Metals of dumping, a charge Vesta rejects.",
        [
            ("vesta-metals", "DISPUTES", "gorran-steel"),
            ("gorran-steel", "DISPUTES", "vesta-metals"),
        ],
        [],
    ),
    (  # pharma: "a claim Ruskin denies"
        "Eldon Pharma accused Ruskin Labs of stealing a formula, a claim Ruskin denies.",
        [("ruskin-labs", "DISPUTES", "eldon-pharma")],
        [],
    ),
    (  # print: the accused's owner rejects
        "Durlock Print's chief, Pel Askew, accused Holloway Print of dumping, a charge "
        "Holloway's owner rejects.",
        [("holloway-print", "DISPUTES", "pel-askew")],
        [],
    ),
    (  # telecoms: the rejecter's appositive names the accused
        "Barrow Telecom accuses Quill Mobile of hiding fees, an accusation Mira Tolle, Quill's "
        "head, calls nonsense.",
        [("mira-tolle", "DISPUTES", "barrow-telecom")],
        [],
    ),
]

COUNTER: list[Case] = [
    (  # energy: "has countersued"
        "Brenlow Energy sued Caddis Pipelines last year. Caddis has countersued.",
        [("caddis-pipelines", "DISPUTES", "brenlow-energy")],
        [],
    ),
    (  # logistics: "has since filed a countersuit"
        "Amberley Foods sued Crane Logistics in May. Crane Logistics has since filed a "
        "countersuit.",
        [("crane-logistics", "DISPUTES", "amberley-foods")],
        [],
    ),
    (  # telecoms: "has an appeal pending" after a fine
        "The regulator Ofcomm fined Telbury Mobile £4m last year. Telbury has an appeal pending.",
        [("telbury-mobile", "DISPUTES", "ofcomm")],
        [],
    ),
    (  # rail: "has lodged an appeal"
        "The Rail Authority fined Gannet Trains £2m in March. Gannet has lodged an appeal.",
        [("gannet-trains", "DISPUTES", "the-rail-authority")],
        [],
    ),
    (  # shipping: "would appeal a fine imposed by X"
        "Tarrant Shipping said it would appeal a fine imposed by the Marine Authority.",
        [("tarrant-shipping", "DISPUTES", "marine-authority")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # guard: a review, no accuser
        "Regulators began to examine the tariff. Pellanor Energy rejected the idea of a price cap.",
        [],
        [("pellanor-energy", "DISPUTES", "regulators")],
    ),
    (  # guard: a court rejects the claim
        "Trellis Farms sued Ombrey Feed over spoiled grain. The court rejected the claim.",
        [("trellis-farms", "DISPUTES", "ombrey-feed")],
        [("ombrey-feed", "DISPUTES", "trellis-farms")],
    ),
    (  # guard: a judge rejects the claim
        "Pettigrew Air sued Vosk Aviation over a patent. Judge Hana Ross rejected the claim in "
        "May.",
        [("pettigrew-air", "DISPUTES", "vosk-aviation")],
        [("hana-ross", "DISPUTES", "pettigrew-air")],
    ),
    (  # guard: a claim regulators are examining
        "Quillex Foods accused Vantora Mills of price fixing, a claim that regulators are "
        "examining.",
        [("quillex-foods", "DISPUTES", "vantora-mills")],
        [("vantora-mills", "DISPUTES", "quillex-foods")],
    ),
    (  # guard: a bid, not a claim
        "Quellan Oil accused Marrick Gas of hoarding supplies. Marrick rejected the bid as too "
        "low.",
        [],
        [("marrick-gas", "DISPUTES", "quellan-oil")],
    ),
    (  # guard: no earlier accuser
        "Dorset Cables reported a loss. Hanley Wire rejected the criticism of its pricing.",
        [],
        [("hanley-wire", "DISPUTES", "dorset-cables")],
    ),
    (  # guard: a claim about a plan, no dispute before
        "Pettigrew Air reported a loss. Vosk Aviation rejected the claim that it would cut jobs.",
        [],
        [("vosk-aviation", "DISPUTES", "pettigrew-air")],
    ),
    (  # guard: a third party rejects criticism of its own engines
        "Pettigrew Air sued Vosk Aviation over a patent. Ellery Jets rejected the criticism of "
        "its own engines.",
        [],
        [("ellery-jets", "DISPUTES", "pettigrew-air")],
    ),
    (  # guard: "denies that" of a fact with no accuser
        "Corran Health reported a loss. Bellweather Labs denies this.",
        [],
        [("bellweather-labs", "DISPUTES", "corran-health")],
    ),
    (  # guard: "said X was wrong" with no earlier charge
        "Tamsin Bank cut its rates. Orley Savings said Tamsin was wrong to do so.",
        [],
        [("orley-savings", "DISPUTES", "tamsin-bank")],
    ),
    (  # guard: the accuser calls the accused wrong (no answer)
        "Fallow Water accused Penrose Chemicals of polluting the river. Fallow said Penrose was "
        "wrong to expand.",
        [("fallow-water", "DISPUTES", "penrose-chemicals")],
        [("penrose-chemicals", "DISPUTES", "fallow-water")],
    ),
]

BANK = EARLIER + APPOSED + COUNTER + GUARDS
GAPS: dict[str, str] = {
    "Interview with Dana Roe": "an interview answer 'A: X is simply wrong' has no reporting verb "
    "and the speaker's firm comes only from the interview's heading",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_answers12(case: Case) -> None:
    check(*case)
