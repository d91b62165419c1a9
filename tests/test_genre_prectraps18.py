"""Genre bank for trap words that make a read relation no fact (round 18).

A clitic negation negates like "not" ("didn't fund", "hasn't backed", "doesn't own"): the
lexicon's "n't" had been cut into two tokens and never matched. A clause attributed to a
lawsuit, an indictment or a claimant ("According to a lawsuit, X owns Y", "..., according to
the suit") is that side's claim, not a stated fact; "according to" a filing, court papers, a
report or a person is left as read, and so is a complaint (whose content is often the quarrel
itself). A
claim someone makes in the sentence that ends ", which the firm denies" or ", a claim X
rejects" gives no relation, save the quarrel. Word triggers in another sense ("a fund of
goodwill", "leads the league table", "owns up to") and ended ties ("no longer owns", "sold its
stake in 2015") were already read; they stay here as guards. "will" under an "if" or "unless"
that is no deal's approval is a condition like "would" ("Kelvin will invest in Brisk if the
trial succeeds": no act); "if shareholders approve" or "if the deal closes" leaves the deal
stated, as deals3 reads it, and so does a resolve ("will sue X if it must").

Each case is a short invented text (relations that must be found, relations that must not be),
across food, energy, pharma, mining, retail, shipping, banking, media and farming.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

CLITIC_NEGATION: list[Case] = [
    (  # food: "didn't fund"
        "Kelso Foods didn't fund Tarsa Bakeries.",
        [],
        [("kelso-foods", "FUNDS", "tarsa-bakeries")],
    ),
    (  # energy: "hasn't backed"
        "Norvik Bank hasn't backed Tarsa Energy this year.",
        [],
        [("norvik-bank", "FUNDS", "tarsa-energy"), ("norvik-bank", "BACKS", "tarsa-energy")],
    ),
    (  # pharma: "doesn't own", present tense
        "Kelvin Capital doesn't own Brisk Pharma, its chairman said.",
        [],
        [("kelvin-capital", "OWNS", "brisk-pharma")],
    ),
    (  # retail: "hasn't declared support", a noun trigger
        "The Shoppers League hasn't declared support either way for Ambry Stores.",
        [],
        [("the-shoppers-league", "BACKS", "ambry-stores")],
    ),
    (  # mining: "wasn't founded by"
        "Halvik Mining wasn't founded by Ada Reyes, whatever the rumours say.",
        [],
        [("ada-reyes", "FOUNDED", "halvik-mining")],
    ),
    (  # shipping: "won't partner" (a spelled-out modal, read before too)
        "Ostrel Shipping won't partner with Calder Lines.",
        [],
        [("ostrel-shipping", "PARTNERS_WITH", "calder-lines")],
    ),
    (  # must still give: the act after "but" is stated
        "Kelso Foods didn't buy Tarsa Bakeries but invested in Brisk Mills.",
        [("kelso-foods", "FUNDS", "brisk-mills")],
        [("kelso-foods", "OWNS", "tarsa-bakeries")],
    ),
    (  # must still give: a stated act without negation
        "Norvik Bank funded Tarsa Energy last year.",
        [("norvik-bank", "FUNDS", "tarsa-energy")],
        [],
    ),
]

CLAIM_SOURCES: list[Case] = [
    (  # pharma: a preposed lawsuit source
        "According to a lawsuit, Kelvin Capital owns Brisk Pharma.",
        [],
        [("kelvin-capital", "OWNS", "brisk-pharma")],
    ),
    (  # energy: a postposed suit source
        "Ostrel Bank funded Tarsa Energy, according to the suit.",
        [],
        [("ostrel-bank", "FUNDS", "tarsa-energy")],
    ),
    (  # banking: an indictment's founding claim
        "According to the indictment, Hal Varden founded Brisk Shell Ltd.",
        [],
        [("hal-varden", "FOUNDED", "brisk-shell-ltd")],
    ),
    (  # mining: a passive stake in the suit
        "According to the suit, Tarsa Mining is 60% owned by Kelvin Capital.",
        [],
        [("kelvin-capital", "OWNS", "tarsa-mining")],
    ),
    (  # must still give: court papers list facts
        "Norvik Bank is among Tarsa Mining's lenders, according to court papers filed in Leeds.",
        [("norvik-bank", "FUNDS", "tarsa-mining")],
        [],
    ),
    (  # farming: the claimant as the source
        "According to the plaintiffs, Dunmore Farms is controlled by Kelvin Capital.",
        [],
        [("kelvin-capital", "OWNS", "dunmore-farms")],
    ),
    (  # must still give: a filing states its own holdings
        "According to a regulatory filing, Kelvin Capital owns 12% of Brisk Pharma.",
        [("kelvin-capital", "OWNS", "brisk-pharma")],
        [],
    ),
    (  # must still give: a person as the source
        "According to Ada Reyes, Kelvin Capital owns Brisk Pharma.",
        [("kelvin-capital", "OWNS", "brisk-pharma")],
        [],
    ),
    (  # must still give: a company's report as the source
        "Kelvin Capital owns Brisk Pharma, according to its annual report.",
        [("kelvin-capital", "OWNS", "brisk-pharma")],
        [],
    ),
    (  # must still give: the suit itself, in the sentence before
        "Ostrel Bank sued Brisk Pharma in March. According to the suit, Brisk Pharma is "
        "controlled by Kelvin Capital.",
        [("ostrel-bank", "DISPUTES", "brisk-pharma")],
        [("kelvin-capital", "OWNS", "brisk-pharma")],
    ),
]

DENIED_CLAIMS: list[Case] = [
    (  # pharma: ", a claim the firm denies"
        "Ostrel Bank says Kelvin Capital controls Brisk Pharma, a claim the firm denies.",
        [],
        [("kelvin-capital", "OWNS", "brisk-pharma")],
    ),
    (  # media: ", which X denies" after "claims"
        "Ostrel Media claims Kelvin Capital controls Brisk Radio, which Kelvin Capital denies.",
        [],
        [("kelvin-capital", "OWNS", "brisk-radio")],
    ),
    (  # food: "alleges" and "has strongly denied"
        "Calder Foods alleges that Ada Reyes founded Tarsa Snacks, which she has strongly denied.",
        [],
        [("ada-reyes", "FOUNDED", "tarsa-snacks")],
    ),
    (  # energy: "rejects"
        "Norvik Power said Ostrel Bank funded Tarsa Energy, a charge the bank rejects.",
        [],
        [("ostrel-bank", "FUNDS", "tarsa-energy")],
    ),
    (  # must still give: the accusation itself is made
        "Ostrel Bank accused Brisk Pharma of fraud, which the firm denies.",
        [("ostrel-bank", "DISPUTES", "brisk-pharma")],
        [],
    ),
    (  # must still give: "which denies" is the company's own denial of something else
        "Kelvin Capital owns Brisk Pharma, which denies wrongdoing.",
        [("kelvin-capital", "OWNS", "brisk-pharma")],
        [],
    ),
    (  # must still give: a denied sale says the firm still owns it
        "Kelvin Capital owns Brisk Pharma, which it denies selling.",
        [("kelvin-capital", "OWNS", "brisk-pharma")],
        [],
    ),
]

OTHER_SENSES: list[Case] = [
    (  # retail: "a fund of goodwill"
        "Kelso Stores has built up a fund of goodwill with Norvik Bank.",
        [],
        [("norvik-bank", "FUNDS", "kelso-stores"), ("kelso-stores", "FUNDS", "norvik-bank")],
    ),
    (  # energy: "leads the league table"
        "Tarsa Energy leads the league table ahead of Ostrel Power.",
        [],
        [("tarsa-energy", "LEADS", "ostrel-power")],
    ),
    (  # steel: "owns up to"
        "Halvik Steel owns up to its mistakes, said Ada Reyes.",
        [],
        [("halvik-steel", "OWNS", "ada-reyes")],
    ),
    (  # pharma: "no longer owns", an ended tie
        "Kelvin Capital no longer owns Brisk Pharma.",
        [],
        [("kelvin-capital", "OWNS", "brisk-pharma")],
    ),
    (  # farming: "sold its stake in 2015"
        "Kelvin Capital sold its stake in Dunmore Farms in 2015.",
        [],
        [("kelvin-capital", "OWNS", "dunmore-farms")],
    ),
    (  # banking: negation at a distance
        "Kelvin Capital has never invested in Brisk Pharma.",
        [],
        [("kelvin-capital", "FUNDS", "brisk-pharma")],
    ),
    (  # analyst's price target is no money
        "Dray Securities raised its price target on Tarsa Energy.",
        [],
        [("dray-securities", "FUNDS", "tarsa-energy")],
    ),
]

CONDITIONAL_WILL: list[Case] = [
    (  # food: a preposed condition with "will" that is no approval
        "If the harvest fails, Tarsa Group will own Kelso Foods.",
        [],
        [("tarsa-group", "OWNS", "kelso-foods")],
    ),
    (  # mining: a stake under a preposed condition
        "If the drilling results hold up, Ostrel Mining will take a 60% stake in Harrowell Copper.",
        [],
        [
            ("ostrel-mining", "OWNS", "harrowell-copper"),
            ("ostrel-mining", "FUNDS", "harrowell-copper"),
        ],
    ),
    (  # pharma: "if" after the act
        "Kelvin Capital will invest in Brisk Pharma if the trial succeeds.",
        [],
        [("kelvin-capital", "FUNDS", "brisk-pharma")],
    ),
    (  # shipping: "unless"
        "Norvik Bank will fund Calder Lines unless rates rise.",
        [],
        [("norvik-bank", "FUNDS", "calder-lines")],
    ),
    (  # banking: "will become the biggest shareholder" under a condition
        "If the rights issue fails, Kelvin Capital will become the biggest shareholder of "
        "Brisk Pharma.",
        [],
        [("kelvin-capital", "OWNS", "brisk-pharma")],
    ),
    (  # must still give: an agreed deal with no condition
        "Tarsa Group will buy Kelso Foods for $2bn, the companies said.",
        [("tarsa-group", "OWNS", "kelso-foods")],
        [],
    ),
    (  # must still give: the condition is a later act's, past "and"
        "Tarsa Group bought Kelso Foods last year and will expand the plant if demand holds.",
        [("tarsa-group", "OWNS", "kelso-foods")],
        [],
    ),
    (  # must still give: a condition in the next sentence
        "Tarsa Group will acquire Kelso Foods. If the deal closes, it will be the biggest miller.",
        [("tarsa-group", "OWNS", "kelso-foods")],
        [],
    ),
]

APPROVALS: list[Case] = [
    (  # must still give: an announced role once the deal closes
        "If the deal closes, Ada Reyes will become chief executive of Kelso Foods.",
        [("ada-reyes", "LEADS", "kelso-foods")],
        [],
    ),
    (  # must still give: an approval after the object (the deals3 convention)
        "Ostrel Mining will take a 60% stake in Harrowell Copper if regulators approve.",
        [("ostrel-mining", "OWNS", "harrowell-copper")],
        [],
    ),
    (  # must still give: a threat under a resolve is a dispute
        "Tarsa Energy will sue Ostrel Power if it must, its chairman said.",
        [("tarsa-energy", "DISPUTES", "ostrel-power")],
        [],
    ),
]

GAPS_ONLY: list[Case] = [
    (  # the brief's trap: an approval is read as a formality
        "If approved, Tarsa Group will own Kelso Foods.",
        [],
        [("tarsa-group", "OWNS", "kelso-foods")],
    ),
    (  # a claim denied with no reporting verb in the sentence
        "Tarsa Group secretly controls Kelso Foods, which the firm denies.",
        [],
        [("tarsa-group", "OWNS", "kelso-foods")],
    ),
    (  # a closed site
        "Tarsa Energy closed its Fenby plant last year.",
        [],
        [("tarsa-energy", "LOCATED_IN", "fenby")],
    ),
]

BANK = (
    CLITIC_NEGATION
    + CLAIM_SOURCES
    + DENIED_CLAIMS
    + OTHER_SENSES
    + CONDITIONAL_WILL
    + APPROVALS
    + GAPS_ONLY
)
GAPS: dict[str, str] = {
    "If approved, Tarsa Group will own": "an approval condition is a formality (deals3: 'will "
    "buy X if shareholders approve' keeps OWNS); blocking 'will' under every condition raised P "
    "on two described sets but breaks that bank",
    "Tarsa Group secretly controls": "a trailing denial drops relations only when the sentence "
    "reports someone's claim (said, claims, alleges); without it the denial lost right relations "
    "on a described set",
    "Tarsa Energy closed its Fenby plant": "a closed or shut site still gives LOCATED_IN (the "
    "conventions keep ties since wound up)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_prectraps18(case: Case) -> None:
    check(*case)
