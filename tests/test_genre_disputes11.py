"""Genre bank for disputes (round 11): criticism and support by other verbs and nouns, and the
reply side of a two-way quarrel.

Criticism: an attack on "the directors"/"the board" that stands for the firm, in a relative
clause after a stake ("the fund holding 8% of X, which attacked the directors"), a passive
"X's directors, long targeted by Y", a claim thrown out ("threw out A's claim against B"), a
spokesperson's charge credited to the organization ("whose spokesman charged X with"), lobbying
holders to oppose someone. Backing: "stood up for", "was supported by the adviser X", "sided
with the directors". Replies: "dismissed the charges as groundless" (the accuser is the
previous sentence's), "an accusation X denies", "calls the suit pure invention", "hit back at",
"filed a countersuit" (the earlier claimant).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across retail, mining, shipping, media, pharma, energy, farming, telecoms and property.
Guards: a bid turned down as too low, talks denied, analysts faulting results, "supported by a
loan", "both suits were later resolved", a product named inside an allegation.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

CRITICISM: list[Case] = [
    (  # retail: relative clause after a stake, "the directors" stand for the firm
        "Orlen Capital, the hedge fund holding 8% of Vantora Stores, which recently attacked "
        "the directors over pay, wants two seats.",
        [("orlen-capital", "DISPUTES", "vantora-stores")],
        [],
    ),
    (  # mining: "the board" in a relative clause after an appositive
        "Kessel Partners, an activist investor with 5% of Brannock Mining, which has "
        "criticised the board over its spending, met the chairman.",
        [("kessel-partners", "DISPUTES", "brannock-mining")],
        [],
    ),
    (  # shipping: main clause attack on "its directors" after a stake sentence
        "Tallis Fund owns 6% of Corran Shipping. Tallis has attacked the directors over the "
        "dividend.",
        [("tallis-fund", "DISPUTES", "corran-shipping")],
        [],
    ),
    (  # telecoms: passive "X's directors, long targeted by Y"
        "Norvia Telecom's directors, long targeted by investor Greyhold Capital, face a vote.",
        [("greyhold-capital", "DISPUTES", "norvia-telecom")],
        [],
    ),
    (  # media: passive "the board of X, criticised by Y"
        "The board of Pellam Media, criticised by shareholder Ardent Partners, has resigned.",
        [("ardent-partners", "DISPUTES", "pellam-media")],
        [],
    ),
    (  # media: a stake holder "in which" names the held firm first
        "Pellam Media, in which Ardent Partners holds a 9% stake, saw its board criticised; "
        "Ardent has attacked the directors over pay.",
        [],
        [("pellam-media", "DISPUTES", "ardent-partners")],
    ),
    (  # pharma: "threw out A's claim against B"
        "The judge threw out Dormo Labs' claim against Polyfab Chemicals in March.",
        [("dormo-labs", "DISPUTES", "polyfab-chemicals")],
        [],
    ),
    (  # energy: "dismissed A's lawsuit against B"
        "A court dismissed Halvik Power's lawsuit against Brenna Grid last week.",
        [("halvik-power", "DISPUTES", "brenna-grid")],
        [],
    ),
    (  # transport: "whose spokeswoman charged X with"
        "The complaints came from Fair Fares, a lobby group whose spokeswoman, Lin Poe, "
        "charged Parkway Buses with neglect.",
        [("fair-fares", "DISPUTES", "parkway-buses")],
        [],
    ),
    (  # farming: "whose spokesman accused X of"
        "Critics include Green Acres Trust, whose spokesman, Tom Wyle, accused Marlowe Agri "
        "of polluting a river.",
        [("green-acres-trust", "DISPUTES", "marlowe-agri")],
        [],
    ),
    (  # retail: lobbied shareholders to oppose a person
        "Skarra Investments had lobbied shareholders to oppose Ivo Moran, the chairman of "
        "Delta Foods.",
        [("skarra-investments", "DISPUTES", "ivo-moran")],
        [],
    ),
    (  # banking: urged investors to vote against a firm's plan -- a person target
        "Corliss Capital urged investors to vote against Nadia Brek at the meeting.",
        [("corliss-capital", "DISPUTES", "nadia-brek")],
        [],
    ),
]

CRITICISM_GUARDS: list[Case] = [
    (  # guard: analysts faulted the results (no named target)
        "Analysts faulted the results of Tarrant Mobile, which missed forecasts.",
        [],
        [("tarrant-mobile", "DISPUTES", "tarrant-mobile")],
    ),
    (  # guard: the directors endorsed a plan (no entity)
        "Brask Fund owns 6% of Corran Shipping. The directors endorsed the plan.",
        [],
        [("brask-fund", "DISPUTES", "corran-shipping"), ("brask-fund", "BACKS", "corran-shipping")],
    ),
    (  # guard: a stake holder whose relative clause praises something else
        "Orlen Capital, the fund holding 8% of Vantora Stores, which recently opened an office "
        "in Oslo, wants two seats.",
        [],
        [("orlen-capital", "DISPUTES", "vantora-stores")],
    ),
    (  # guard: three organizations: whose board is unclear
        "Orlen Capital, which holds 8% of Vantora Stores, attacked the directors of the "
        "Kessel Foods unit.",
        [],
        [("orlen-capital", "DISPUTES", "vantora-stores")],
    ),
    (  # guard: "the board's plan" is no board attacked
        "Orlen Capital, which holds 8% of Vantora Stores, backed the board's plan to sell.",
        [],
        [("orlen-capital", "DISPUTES", "vantora-stores")],
    ),
    (  # disp38: the regulator asked has not acted, but asking it to fine Brek disputes her
        # (`petitioned_remedies`, as "urged the regulator to block it" does a deal's parties)
        "Corliss Capital urged the regulator to fine Nadia Brek.",
        [("corliss-capital", "DISPUTES", "nadia-brek")],
        [],
    ),
    (  # guard: a claim thrown out is still the claimant's, not the judge's
        "Judge Ada Strom threw out Dormo Labs' claim against Polyfab Chemicals.",
        [],
        [("ada-strom", "DISPUTES", "polyfab-chemicals"), ("ada-strom", "DISPUTES", "dormo-labs")],
    ),
]

BACKING: list[Case] = [
    (  # property: "has stood up for X"
        "Brenna Homes has stood up for Norrin Builders throughout the inquiry.",
        [("brenna-homes", "BACKS", "norrin-builders")],
        [],
    ),
    (  # media: "stood up for" a person
        "Ardent Media stood up for Lea Varga when the regulator questioned her.",
        [("ardent-media", "BACKS", "lea-varga")],
        [],
    ),
    (  # retail: "X's reappointment was supported by the adviser Y"
        "Ivo Moran, chairman of Delta Foods, faces a vote. Moran's reappointment was "
        "supported by the proxy adviser Veritas Advisory Ltd.",
        [("veritas-advisory", "BACKS", "ivo-moran")],
        [],
    ),
    (  # banking: "her re-election is supported by Y"
        "Nadia Brek, the chief executive of Orlo Bank, faces a vote. Her re-election is "
        "supported by Kelso Proxy Services.",
        [("kelso-proxy-services", "BACKS", "nadia-brek")],
        [],
    ),
    (  # insurance: the holder named by a possessive, backing the board
        "Ranjit Pension Fund, Corliss Insurance's largest shareholder, has backed the board.",
        [("ranjit-pension-fund", "BACKS", "corliss-insurance")],
        [],
    ),
    (  # energy: "has so far sided with the directors"
        "Northmere Capital, Vantora Energy's top investor with a 12% holding, has so far sided "
        "with the directors.",
        [("northmere-capital", "BACKS", "vantora-energy")],
        [],
    ),
    (  # mining: "sided with the board of X"
        "Kelso Pension Fund sided with the board of Brannock Mining in the row.",
        [("kelso-pension-fund", "BACKS", "brannock-mining")],
        [],
    ),
    (  # telecoms: "sided with X" a named firm
        "The regulator Ofcall sided with Norvia Telecom against its rivals.",
        [("ofcall", "BACKS", "norvia-telecom")],
        [],
    ),
]

BACKING_GUARDS: list[Case] = [
    (  # guard: supported by a loan (FUNDS, not BACKS)
        "The expansion of Tarrant Mills was supported by a loan from Corliss Bank.",
        [],
        [("corliss-bank", "BACKS", "tarrant-mills")],
    ),
    (  # guard: "sided with" in a denial
        "Kelso Pension Fund denied it had sided with Brannock Mining.",
        [],
        [("kelso-pension-fund", "BACKS", "brannock-mining")],
    ),
]

REPLIES: list[Case] = [
    (  # shipping: "dismissed the charges as groundless", accuser in the previous sentence
        "Skylark Ports accused Ferron Lines of dumping waste. Ferron dismissed the charges as "
        "groundless.",
        [
            ("skylark-ports", "DISPUTES", "ferron-lines"),
            ("ferron-lines", "DISPUTES", "skylark-ports"),
        ],
        [],
    ),
    (  # pharma: "rejected the allegations as baseless"
        "Tamaki Health has sued Orvel Pharma over a patent. Orvel rejected the allegations as "
        "baseless.",
        [("orvel-pharma", "DISPUTES", "tamaki-health")],
        [],
    ),
    (  # media: ", an accusation X denies"
        "Tarrant Unions accused Nella Orr of ignoring safety rules, an accusation Ms Orr denies.",
        [("nella-orr", "DISPUTES", "tarrant-unions")],
        [],
    ),
    (  # retail: "X calls the suit pure invention"
        "Vantora Stores has sued Weller Foods over unpaid bills. Weller calls the suit pure "
        "invention.",
        [("weller-foods", "DISPUTES", "vantora-stores")],
        [],
    ),
    (  # energy: "hit back at the X's remarks" -- possessor is the other party
        "Norrin Energy hit back at Brenna Grid's remarks about its prices.",
        [("norrin-energy", "DISPUTES", "brenna-grid")],
        [],
    ),
    (  # farming: "hit back at X"
        "Marlowe Agri hit back at Green Acres Trust on Tuesday.",
        [("marlowe-agri", "DISPUTES", "green-acres-trust")],
        [],
    ),
    (  # property: "filed a countersuit", the earlier claimant
        "Hollis Council sued Parkway Estates for unpaid rates. Parkway has filed a countersuit "
        "over fees it says the council kept back.",
        [("parkway-estates", "DISPUTES", "hollis-council")],
        [],
    ),
    (  # telecoms: "countersued", the earlier claimant
        "Kelso Telecom sued Orlo Networks in May. Orlo countersued in June.",
        [("orlo-networks", "DISPUTES", "kelso-telecom")],
        [],
    ),
]

REPLY_GUARDS: list[Case] = [
    (  # guard: a bid turned down as too low
        "Pellam Media offered to buy Quillex Press. Quillex turned down the bid as too low.",
        [],
        [("quillex-press", "DISPUTES", "pellam-media")],
    ),
    (  # guard: talks denied
        "Reports said Pellam Media would buy Quillex Press. Quillex denied talks had happened.",
        [],
        [("quillex-press", "DISPUTES", "pellam-media")],
    ),
    (  # guard: "both suits were later resolved" names no party
        "Vantora Foam sued Quillex Beds in 2001. Quillex countersued, accusing Tom Osk of "
        "libel, with both suits later resolved.",
        [("quillex-beds", "DISPUTES", "tom-osk")],
        [("tom-osk", "DISPUTES", "vantora-foam")],
    ),
    (  # guard: a product named inside an allegation is no party
        "Quillex Beds sued Vantora Foam, alleging that its Glimmer mattress copied a design.",
        [("quillex-beds", "DISPUTES", "vantora-foam")],
        [("quillex-beds", "DISPUTES", "glimmer")],
    ),
    (  # guard: a product in the allegation, pharma
        "Ostrel Pharma sued Kaven Labs, alleging that its Dormex pill infringed a patent.",
        [("ostrel-pharma", "DISPUTES", "kaven-labs")],
        [("ostrel-pharma", "DISPUTES", "dormex")],
    ),
    (  # guard: dismissing a forecast is no reply to a party
        "Ardent Bank cut its forecast for Tarrant Mills. Tarrant dismissed the forecast.",
        [],
        [("tarrant-mills", "DISPUTES", "ardent-bank")],
    ),
]

BANK = CRITICISM + CRITICISM_GUARDS + BACKING + BACKING_GUARDS + REPLIES + REPLY_GUARDS
GAPS: dict[str, str] = {
    "Tarrant Unions accused": "litigation.apposed_rejection wants the rejecter's name right "
    "after the claim noun; a title ('Ms Orr') stands between",
    "A court dismissed": "'dismissed' is itself a DISPUTES verb and a rebuttal verb; the claim "
    "noun after it is not read as the possessor's (threw out/upheld/heard are)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disputes11(case: Case) -> None:
    check(*case)
