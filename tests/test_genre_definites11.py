"""Genre bank for definite and plural references (round 11): a sentence-opening "Its", "it"
or "the company" after a sentence whose subject is restated in apposition to a possessor
("X's rival, Y, also gained. Its shares ...": Y), the subject of the sentence before over its
object, an acquired firm named once that does not capture later references, a name typed
Organization only by default (a war, a festival) that is no antecedent; "the two firms",
"both firms", "the pair", "each of the two" for a pair coordinated earlier in the same
sentence, or the buyer and target of a deal story (not the seller); "its pair of founders".

Each case is a short invented article (text, relations that must be found, relations that must
not be), across banking, retail, tools, pharma, payments, printing, fireworks, metals, ovens,
paints, food, milling and software. Guards: "both firms declined comment", "both suits" (no
entity), three firms listed before "the two firms".
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SENTENCE_OPENERS: list[Case] = [
    (  # banking: "X's listed rival, Y, also gained. Its ..." -> Y
        "Halvern Bank gained 3% on Monday. Halvern Bank's listed rival, Orsay Credit, also "
        "gained. Its shares have risen, and its boss, Mira Lenz, has moved the business online.",
        [("mira-lenz", "LEADS", "orsay-credit")],
        [("mira-lenz", "LEADS", "halvern-bank")],
    ),
    (  # retail: a short possessor, "main competitor"
        "Tolland Stores had a weak quarter. Tolland's main competitor, Brixby Markets, reported "
        "strong sales. Its chief executive, Pia Vance, plans new shops.",
        [("pia-vance", "LEADS", "brixby-markets")],
        [("pia-vance", "LEADS", "tolland-stores")],
    ),
    (  # software: "X's closest rival, Y, ..." then "The company"
        "Ardent Soft's closest rival, Pellow Systems, doubled its staff. The company is led by "
        "Oskar Brandt.",
        [("oskar-brandt", "LEADS", "pellow-systems")],
        [("oskar-brandt", "LEADS", "ardent-soft")],
    ),
    (  # guard: "X's parent, Y, ..." keeps X in view (a unit's owner restated)
        "Kessel Foods makes soups. Kessel Foods' parent, Orvane Holdings, bought it in 2019. "
        "Its chief executive, Lena Holt, wants more shops.",
        [],
        [("lena-holt", "LEADS", "orvane-holdings")],
    ),
    (  # guard: a person restated after the possessor keeps the firm
        "Halvern Bank's chief, Ada Rusk, spoke on Monday. Its shares rose 3%, and its chairman, "
        "Piet Lohr, praised the plan.",
        [("piet-lohr", "LEADS", "halvern-bank")],
        [],
    ),
    (  # tools: the one seeking damages is the one that sued
        "Dornwick Tools has sued Pellmarsh Hardware, its main rival, over a copied design. The "
        "Calverby-based company wants damages.",
        [("dornwick-tools", "LOCATED_IN", "calverby")],
        [("pellmarsh-hardware", "LOCATED_IN", "calverby")],
    ),
    (  # pharma: same, no appositive
        "Sorrel Pharma has sued Ketter Labs over a patent. The Basel-based company is seeking "
        "damages.",
        [("sorrel-pharma", "LOCATED_IN", "basel")],
        [("ketter-labs", "LOCATED_IN", "basel")],
    ),
    (  # tools: the one who denies the claim is the one sued
        "Dornwick Tools has sued Pellmarsh Hardware over a copied design. The Ostrund-based "
        "company denies the claim.",
        [("pellmarsh-hardware", "LOCATED_IN", "ostrund")],
        [("dornwick-tools", "LOCATED_IN", "ostrund")],
    ),
    (  # airlines: "rejects the claim" is said by the one sued
        "Vosper Air has sued Talmo Jets over a leasing deal. The Dublin-based company rejects "
        "the claim.",
        [("talmo-jets", "LOCATED_IN", "dublin"), ("talmo-jets", "DISPUTES", "vosper-air")],
        [("vosper-air", "LOCATED_IN", "dublin")],
    ),
    (  # banking: an appositive object, then "The Leeds-based lender wants"
        "Brenmoor Bank sued Calder Mining, its largest borrower, in May. The Leeds-based lender "
        "wants 20 million pounds.",
        [("brenmoor-bank", "LOCATED_IN", "leeds")],
        [("calder-mining", "LOCATED_IN", "leeds")],
    ),
    (  # food: "the company" inside a sentence whose subject is the suer's chief
        "Pennock Foods sued Arlo Mills, a rival miller, over a recipe. Pennock Foods' chief "
        "executive, Ida Varn, said the company wants an apology.",
        [("ida-varn", "LEADS", "pennock-foods")],
        [("ida-varn", "LEADS", "arlo-mills")],
    ),
    (  # brass: "The company's chief" after "X faces Y, its closest competitor"
        "Hollin Brass, the horn maker in Talheim, faces Bergwald Brass, its closest competitor. "
        "The company's chief, Otto Ries, is upbeat.",
        [("otto-ries", "LEADS", "hollin-brass")],
        [("otto-ries", "LEADS", "bergwald-brass")],
    ),
    (  # payments: the target the paragraph is about, not the buyer of the lead
        "Corvane Group agreed to buy Beanforth Labs, a payments start-up. The price was 40 "
        "million euros. Beanforth Labs was founded by two engineers and is part-owned by a "
        "fund. The company runs its Tapline platform for 900 shops.",
        [("beanforth-labs", "OWNS", "tapline")],
        [("corvane-group", "OWNS", "tapline")],
    ),
    (  # printing: an acquired firm named once does not capture a later "it"
        "Marlow Print was founded by Ada Kerr in 1961. In 2004 Marlow Print bought Harl Press, "
        "a small printer in Ostrund, and kept its staff. Later it partnered with Vess Labs on "
        "inks.",
        [("marlow-print", "PARTNERS_WITH", "vess-labs")],
        [("harl-press", "PARTNERS_WITH", "vess-labs")],
    ),
    (  # printing: nor a later "The firm"
        "Marlow Print was founded by Ada Kerr in 1961. In 2004 Marlow Print bought Harl Press, "
        "a small printer in Ostrund. The firm later partnered with Vess Labs on inks.",
        [("marlow-print", "PARTNERS_WITH", "vess-labs")],
        [("harl-press", "PARTNERS_WITH", "vess-labs")],
    ),
    (  # tools: a street is no antecedent of "the firm"; the firm named in the sentence is
        "The works on Kessing Street are busy. Ada Osk, who advises Harlund Tools on tooling, "
        "has trained apprentices, and the firm is partnered with Ostrund Conservatory.",
        [("harlund-tools", "PARTNERS_WITH", "ostrund-conservatory")],
        [("kessing-street", "PARTNERS_WITH", "ostrund-conservatory")],
    ),
    (  # glass: an acquired workshop named once does not capture "it won a grant"
        "Felmar Glass was founded in 1950. In 2004 Felmar Glass bought Orrin Studio, a workshop "
        "in Ostrund. Later it won a grant from the Arts Fund.",
        [("arts-fund", "FUNDS", "felmar-glass")],
        [("arts-fund", "FUNDS", "orrin-studio")],
    ),
    (  # guard: "Its chairman" right after a purchase is not the bought firm's (no founder)
        "Kavel Dairy was set up by Piet Ruys in 1990. Kavel Dairy bought Tessel Farms last "
        "year. Its chairman, Jan Mol, wants more milk.",
        [],
        [("jan-mol", "LEADS", "tessel-farms")],
    ),
    (  # fireworks: "the X War" is no antecedent of "Its"
        "Quillex Fireworks, which Ada Osk set up after the Lorrish War, makes rockets. Its CEO "
        "today is Ilse Maro.",
        [("ilse-maro", "LEADS", "quillex-fireworks")],
        [("ilse-maro", "LEADS", "lorrish-war")],
    ),
    (  # metals: a festival is no antecedent of "Its partner"
        "Lorvik Casings sponsors the Harbour Festival every summer. Its partner of many years "
        "is Henzo Metals.",
        [("lorvik-casings", "PARTNERS_WITH", "henzo-metals")],
        [("harbour-festival", "PARTNERS_WITH", "henzo-metals")],
    ),
    (  # freight: "Its" after a sentence whose subject is a newly named rival
        "Kelso Logistics is the region's largest carrier. Kelso Logistics bought trucks from "
        "Parrin Motors. Rival Ardent Freight has also grown. Its stock has risen sharply, and "
        "its CEO, Ama Ode, has cut costs.",
        [("ama-ode", "LEADS", "ardent-freight")],
        [("ama-ode", "LEADS", "kelso-logistics")],
    ),
]

PAIRS: list[Case] = [
    (  # appliances: "competes with both firms" after "A and B" opened the sentence
        "Quillex Ovens and Vantora Kitchens compete hard in ovens, and the only other large "
        "supplier, Brannock Appliances, competes with both firms.",
        [
            ("brannock-appliances", "COMPETES_WITH", "quillex-ovens"),
            ("brannock-appliances", "COMPETES_WITH", "vantora-kitchens"),
        ],
        [],
    ),
    (  # metals: ", and the two firms co-own" (not the insurer of the sentence before)
        "Lorvik Casings is insured by Kessel Re. Lorvik Casings buys steel from Henzo Metals, "
        "and the two firms co-own Orvane Tubes.",
        [
            ("lorvik-casings", "OWNS", "orvane-tubes"),
            ("henzo-metals", "OWNS", "orvane-tubes"),
        ],
        [("kessel-re", "OWNS", "orvane-tubes")],
    ),
    (  # banking: a bare "both" as the object, the pair opened the sentence
        "Kelso Bank and Ardent Bank dominate farm lending, and the mutual Orvane Credit "
        "competes with both.",
        [
            ("orvane-credit", "COMPETES_WITH", "kelso-bank"),
            ("orvane-credit", "COMPETES_WITH", "ardent-bank"),
        ],
        [],
    ),
    (  # drinks: "the pair co-own" after a coordinated pair and their customer
        "Pellow Juices and Tarrant Farms supply Norvik Stores, and the pair co-own Brix Bottling.",
        [
            ("pellow-juices", "OWNS", "brix-bottling"),
            ("tarrant-farms", "OWNS", "brix-bottling"),
        ],
        [("norvik-stores", "OWNS", "brix-bottling")],
    ),
    (  # guard: the pair is the object of the first clause, not coordinated as its subject
        "Brannock Appliances competes with Quillex Ovens and Vantora Kitchens, and both firms "
        "have cut prices.",
        [("brannock-appliances", "COMPETES_WITH", "vantora-kitchens")],
        [
            ("brannock-appliances", "PARTNERS_WITH", "quillex-ovens"),
            ("brannock-appliances", "PARTNERS_WITH", "vantora-kitchens"),
        ],
    ),
    (  # paints: after a deal story, the buyer and the target, not the seller
        "Tessaly Paints is buying Harl Coatings from the fund Dornwick Capital. The price was "
        "not disclosed. The two firms have collaborated since 2013.",
        [("tessaly-paints", "PARTNERS_WITH", "harl-coatings")],
        [
            ("harl-coatings", "PARTNERS_WITH", "dornwick-capital"),
            ("tessaly-paints", "PARTNERS_WITH", "dornwick-capital"),
        ],
    ),
    (  # food: "Both firms" right after the deal sentence
        "Norvik Foods agreed to buy Pallas Dairy from Greyhold Partners. Both firms have "
        "collaborated since 2019.",
        [("norvik-foods", "PARTNERS_WITH", "pallas-dairy")],
        [
            ("pallas-dairy", "PARTNERS_WITH", "greyhold-partners"),
            ("norvik-foods", "PARTNERS_WITH", "greyhold-partners"),
        ],
    ),
    (  # milling: "each of the two" merging firms
        "Arden Flour will merge with Corran Mills. Whitby Milling, which competes with each of "
        "the two, opposes the deal.",
        [
            ("whitby-milling", "COMPETES_WITH", "arden-flour"),
            ("whitby-milling", "COMPETES_WITH", "corran-mills"),
        ],
        [],
    ),
    (  # metals: "the pair co-own" a pair named in the same sentence
        "Lorvik Casings works closely with Henzo Metals, and the pair co-own Orvane Tubes.",
        [
            ("lorvik-casings", "OWNS", "orvane-tubes"),
            ("henzo-metals", "OWNS", "orvane-tubes"),
        ],
        [],
    ),
    (  # software: "its pair of founders" = the founders named before
        "Orrin Labs was set up by Ada Pike and Ben Holt in 2015. Today it is owned by its pair "
        "of founders and by Greyhold Partners.",
        [
            ("ada-pike", "OWNS", "orrin-labs"),
            ("ben-holt", "OWNS", "orrin-labs"),
            ("greyhold-partners", "OWNS", "orrin-labs"),
        ],
        [],
    ),
]

PAIR_GUARDS: list[Case] = [
    (  # guard: "Both companies make marine paint": no partnership with the seller
        "Tessaly Paints is buying Harl Coatings from Dornwick Capital. Both companies make "
        "marine paint.",
        [],
        [("harl-coatings", "PARTNERS_WITH", "dornwick-capital")],
    ),
    (  # guard: "its pair of founders" with one founder known is nobody
        "Tarn Robotics was set up by Ada Pike in 2015. Today it is owned by its pair of founders.",
        [],
        [("ada-pike", "OWNS", "tarn-robotics")],
    ),
    (  # guard: "both firms declined comment"
        "Norvik Foods agreed to buy Pallas Dairy. Both firms declined to comment.",
        [],
        [("norvik-foods", "PARTNERS_WITH", "pallas-dairy")],
    ),
    (  # guard: "both suits" names no entities
        "Vantora Yachts sued Quillex Marine in 1988. Later Quillex Marine accused Holt Design of "
        "libel, with both suits resolved in 1990.",
        [("quillex-marine", "DISPUTES", "holt-design")],
        [("quillex-marine", "DISPUTES", "vantora-yachts")],
    ),
]

BANK = SENTENCE_OPENERS + PAIRS + PAIR_GUARDS
GAPS: dict[str, str] = {
    "Dornwick Tools has sued Pellmarsh Hardware over": "a denial of a claim should turn 'the "
    "company' to the side sued; a rule for it (accused first before a denial verb with a claim "
    "object) cost blind7 0.005 F1 and P, reverted",
    "Vosper Air has sued": "same: 'The Dublin-based company rejects the claim' is read as the "
    "suer's",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_definites11(case: Case) -> None:
    check(*case)
