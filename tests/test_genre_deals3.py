"""Genre bank for sales and purchases around clauses and conditions (deals3): a condition after
the object ("will buy X if shareholders approve"), a relative clause, an appositive, a price or
a date between the thing sold and "to BUYER", "the business", "the unit", "the division" for
the thing sold, passives ("X was sold to Y by Z"), nominal and completed deals, coordination,
an outbid rival, and "holds X together with Y".

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance, property and aviation. Guards: a deal in the conditional mood or a past
unreal condition, a blocked, collapsed or failed deal, a denial, talks, a question, a rejected
offer, goods sold to a customer, shares sold to investors in a listing, and the seller's past
ownership (the conventions keep it only when the text says it acquired the asset).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

CONDITIONS: list[Case] = [
    (  # food: a condition after the object keeps the stated deal
        "Harwick Foods will buy Lindqvist Dairy if shareholders approve.",
        [("harwick-foods", "OWNS", "lindqvist-dairy")],
        [],
    ),
    (  # mining: "once shareholders agree"
        "Corbel Mining will acquire Ferrow Minerals once shareholders agree.",
        [("corbel-mining", "OWNS", "ferrow-minerals")],
        [],
    ),
    (  # pharma: "take over X after shareholders vote"
        "Quenby Pharma will take over Arlo Biologics after shareholders vote on the deal.",
        [("quenby-pharma", "OWNS", "arlo-biologics")],
        [],
    ),
    (  # retail: "the company" subject, condition after the object
        "Marsh Retail said on Monday that it had reached a deal. The company will buy Dorrit "
        "Stores if shareholders approve.",
        [("marsh-retail", "OWNS", "dorrit-stores")],
        [],
    ),
    (  # telecoms: "subject to approval by shareholders"
        "Vantor Telecom agreed to acquire Lodi Cable for $300m, subject to approval by "
        "shareholders.",
        [("vantor-telecom", "OWNS", "lodi-cable")],
        [],
    ),
    (  # shipping: a sale to a buyer under a condition
        "Halden Shipping agreed to sell Merrow Tankers to Castor Maritime if shareholders approve.",
        [("castor-maritime", "OWNS", "merrow-tankers")],
        [],
    ),
    (  # guard: a past unreal condition
        "Harwick Foods would have bought Lindqvist Dairy if shareholders had approved.",
        [],
        [("harwick-foods", "OWNS", "lindqvist-dairy")],
    ),
    (  # guard: the conditional mood
        "Corbel Mining would acquire Ferrow Minerals if regulators approved.",
        [],
        [("corbel-mining", "OWNS", "ferrow-minerals")],
    ),
    (  # guard: a deal regulators blocked
        "Harwick Foods agreed to buy Lindqvist Dairy, but regulators blocked the deal.",
        [],
        [("harwick-foods", "OWNS", "lindqvist-dairy")],
    ),
    (  # guard: a deal that collapsed
        "Pelham Energy agreed to buy Sturt Gas, but the deal collapsed.",
        [],
        [("pelham-energy", "OWNS", "sturt-gas")],
    ),
    (  # guard: the next sentence says shareholders rejected the deal
        "Harwick Foods will buy Lindqvist Dairy if shareholders approve. Shareholders rejected "
        "the deal in June.",
        [],
        [("harwick-foods", "OWNS", "lindqvist-dairy")],
    ),
    (  # guard: "The takeover was blocked by regulators." after the deal
        "Corbel Mining agreed to acquire Ferrow Minerals. The takeover was blocked by "
        "regulators in June.",
        [],
        [("corbel-mining", "OWNS", "ferrow-minerals")],
    ),
    (  # guard: "The deal later collapsed."
        "Quenby Pharma agreed to buy Arlo Biologics for $1bn. The deal later collapsed.",
        [],
        [("quenby-pharma", "OWNS", "arlo-biologics")],
    ),
    (  # the deal closing or approved in the next sentence stays
        "Quenby Pharma agreed to buy Arlo Biologics for $1bn. Regulators approved the deal in "
        "June.",
        [("quenby-pharma", "OWNS", "arlo-biologics")],
        [],
    ),
    (  # a negation about the deal's scope keeps it
        "Ulsby Bank bought Pardoe Insurance in 2019. The deal did not include its Irish unit.",
        [("ulsby-bank", "OWNS", "pardoe-insurance")],
        [],
    ),
    (  # guard: a question
        "Will Harwick Foods buy Lindqvist Dairy?",
        [],
        [("harwick-foods", "OWNS", "lindqvist-dairy")],
    ),
]

BETWEEN: list[Case] = [
    (  # food: a relative clause between the thing sold and "to BUYER"
        "Tessa Group sold Brannock Mills, which it had owned since 2001, to Orrin Capital.",
        [("orrin-capital", "OWNS", "brannock-mills")],
        [("tessa-group", "OWNS", "brannock-mills")],
    ),
    (  # property: a seller's ended holding in a relative clause is no OWNS
        "Lymm Homes, which Garrow Estates owned until 2019, builds flats in Leeds.",
        [],
        [("garrow-estates", "OWNS", "lymm-homes")],
    ),
    (  # property: a held tie in a relative clause stays
        "Lymm Homes, which Garrow Estates owns, builds flats in Leeds.",
        [("garrow-estates", "OWNS", "lymm-homes")],
        [],
    ),
    (  # shipping: the seller's purchase in the relative clause
        "Halden Shipping sold Merrow Tankers, which it bought in 2015, to Castor Maritime.",
        [
            ("castor-maritime", "OWNS", "merrow-tankers"),
            ("halden-shipping", "OWNS", "merrow-tankers"),
        ],
        [],
    ),
    (  # energy: a relative clause of the thing sold, a date after the buyer
        "Rell Power sold Aldwych Gas, which had lost money for years, to Norrow Energy in 2021.",
        [("norrow-energy", "OWNS", "aldwych-gas")],
        [],
    ),
    (  # media: an appositive with a contact clause
        "Kirrin Media sold Oxley Radio, a unit it had run for a decade, to Pembrook Broadcast.",
        [("pembrook-broadcast", "OWNS", "oxley-radio")],
        [],
    ),
    (  # autos: an appositive "its loss-making unit"
        "Falk Autos sold Tandy Parts, its loss-making unit, to Grell Motors.",
        [("grell-motors", "OWNS", "tandy-parts")],
        [],
    ),
    (  # banking: the price between the thing sold and the buyer
        "Ulsby Bank sold Pardoe Insurance for $80m to Wrenfield Mutual.",
        [("wrenfield-mutual", "OWNS", "pardoe-insurance")],
        [],
    ),
    (  # insurance: price and "in cash"
        "Tolland Insurance sold Brisk Life for $1.2bn in cash to Harrow Re.",
        [("harrow-re", "OWNS", "brisk-life")],
        [],
    ),
    (  # insurance: a date and the price
        "Tolland Insurance sold Brisk Life last week for $1.2bn to Harrow Re.",
        [("harrow-re", "OWNS", "brisk-life")],
        [],
    ),
    (  # banking: a year between
        "Ulsby Bank sold Pardoe Insurance in 2020 to Wrenfield Mutual.",
        [("wrenfield-mutual", "OWNS", "pardoe-insurance")],
        [],
    ),
    (  # farming: coordination of the things sold
        "Amsel Farms sold Corra Seeds and Lune Fertiliser to Tyne Agri.",
        [("tyne-agri", "OWNS", "corra-seeds"), ("tyne-agri", "OWNS", "lune-fertiliser")],
        [],
    ),
    (  # aviation: a relative clause inside the coordination
        "Sabra Airlines sold Kettle Air, which it founded in 2004, and Morrow Cargo to Linton "
        "Aviation.",
        [("linton-aviation", "OWNS", "kettle-air"), ("linton-aviation", "OWNS", "morrow-cargo")],
        [],
    ),
    (  # food: gapped coordination "sold X to Y and Z to W"
        "Tessa Group sold Brannock Mills to Orrin Capital and Kerrow Feeds to Lamb Agri.",
        [("orrin-capital", "OWNS", "brannock-mills"), ("lamb-agri", "OWNS", "kerrow-feeds")],
        [("kerrow-feeds", "OWNS", "brannock-mills"), ("orrin-capital", "OWNS", "kerrow-feeds")],
    ),
    (  # media: coordinated buyers still both buy
        "Kirrin Media sold Oxley Radio to Pembrook Broadcast and Lark Audio.",
        [("pembrook-broadcast", "OWNS", "oxley-radio"), ("lark-audio", "OWNS", "oxley-radio")],
        [],
    ),
    (  # mining: an object relative clause "X, which Z sold to Y"
        "Ferrow Minerals, which Corbel Mining sold to Kestrel Resources in 2019, runs two mines.",
        [("kestrel-resources", "OWNS", "ferrow-minerals")],
        [("corbel-mining", "OWNS", "ferrow-minerals")],
    ),
    (  # retail: "which Z later sold to Y"
        "Dorrit Stores, which Marsh Retail later sold to Pell Grocers, has 40 shops.",
        [("pell-grocers", "OWNS", "dorrit-stores")],
        [],
    ),
    (  # guard: a negated object relative
        "Dorrit Stores, which Marsh Retail did not sell to Pell Grocers, has 40 shops.",
        [],
        [("pell-grocers", "OWNS", "dorrit-stores")],
    ),
    (  # guard: a planned sale in an object relative
        "Dorrit Stores, which Marsh Retail plans to sell to Pell Grocers, has 40 shops.",
        [],
        [("pell-grocers", "OWNS", "dorrit-stores")],
    ),
    (  # guard: the seller's past ownership is not stated by a sale alone
        "Ulsby Bank sold Pardoe Insurance to Wrenfield Mutual in 2020.",
        [("wrenfield-mutual", "OWNS", "pardoe-insurance")],
        [("ulsby-bank", "OWNS", "pardoe-insurance")],
    ),
]

REFERENCES: list[Case] = [
    (  # banking: "until it sold the business to Y": the business is the company owned
        "Kelso Bank owned Marren Insurance until it sold the business to Fyfe Mutual in 2020.",
        [("fyfe-mutual", "OWNS", "marren-insurance")],
        [("fyfe-mutual", "OWNS", "kelso-bank")],
    ),
    (  # food: "it sold the unit" in the next sentence
        "Tessa Group owned Brannock Mills. In 2020 it sold the unit to Orrin Capital.",
        [("orrin-capital", "OWNS", "brannock-mills")],
        [("orrin-capital", "OWNS", "tessa-group")],
    ),
    (  # property: "the company sold the division"
        "Garrow Estates has owned Lymm Homes since 2012. Last year the company sold the division "
        "to Parnell Property.",
        [("parnell-property", "OWNS", "lymm-homes")],
        [("parnell-property", "OWNS", "garrow-estates")],
    ),
    (  # insurance: "It sold the business" after a purchase
        "Ulsby Bank bought Pardoe Insurance in 2010. It sold the business to Wrenfield Mutual in "
        "2020.",
        [
            ("ulsby-bank", "OWNS", "pardoe-insurance"),
            ("wrenfield-mutual", "OWNS", "pardoe-insurance"),
        ],
        [("wrenfield-mutual", "OWNS", "ulsby-bank")],
    ),
    (  # energy: "until it sold the division" with a plural-free seller
        "Carrick Power owned Solent Wind until it sold the division to Hurst Renewables.",
        [("hurst-renewables", "OWNS", "solent-wind")],
        [("hurst-renewables", "OWNS", "carrick-power")],
    ),
]

PASSIVES_AND_NOUNS: list[Case] = [
    (  # food: "X was sold to Y by Z"
        "Brannock Mills was sold to Orrin Capital by Tessa Group in 2019.",
        [("orrin-capital", "OWNS", "brannock-mills")],
        [("tessa-group", "OWNS", "brannock-mills"), ("orrin-capital", "OWNS", "tessa-group")],
    ),
    (  # mining: "X was sold to Y by Z" with a price
        "Ferrow Minerals was sold to Kestrel Resources by Corbel Mining for $90m.",
        [("kestrel-resources", "OWNS", "ferrow-minerals")],
        [("corbel-mining", "OWNS", "ferrow-minerals")],
    ),
    (  # telecoms: "the sale of X to Y by Z"
        "The sale of Lodi Cable to Brisk Mobile by Vantor Telecom closed in May.",
        [("brisk-mobile", "OWNS", "lodi-cable")],
        [("vantor-telecom", "OWNS", "lodi-cable"), ("brisk-mobile", "OWNS", "vantor-telecom")],
    ),
    (  # pharma: "has been sold to Y by Z"
        "Arlo Biologics has been sold to Quenby Pharma by Tarrant Health.",
        [("quenby-pharma", "OWNS", "arlo-biologics")],
        [("tarrant-health", "OWNS", "arlo-biologics")],
    ),
    (  # guard: "was bought by Y" (the agent is the buyer)
        "Arlo Biologics was bought by Quenby Pharma in 2022.",
        [("quenby-pharma", "OWNS", "arlo-biologics")],
        [],
    ),
    (  # shipping: a reduced relative "sold by Z to Y"
        "Merrow Tankers, sold by Halden Shipping to Castor Maritime in 2019, runs six ships.",
        [("castor-maritime", "OWNS", "merrow-tankers")],
        [],
    ),
    (  # telecoms: "bought by Y from Z"
        "Lodi Cable was bought by Brisk Mobile from Vantor Telecom.",
        [("brisk-mobile", "OWNS", "lodi-cable")],
        [("vantor-telecom", "OWNS", "lodi-cable")],
    ),
    (  # autos: "the sale of X to Y"
        "The sale of Tandy Parts to Grell Motors closed in May.",
        [("grell-motors", "OWNS", "tandy-parts")],
        [],
    ),
    (  # autos: "Y's purchase of X from Z"
        "Grell Motors' purchase of Tandy Parts from Falk Autos closed in May.",
        [("grell-motors", "OWNS", "tandy-parts")],
        [("falk-autos", "OWNS", "tandy-parts")],
    ),
    (  # banking: "completed the sale of X to Y"
        "Ulsby Bank completed the sale of Pardoe Insurance to Wrenfield Mutual in May.",
        [("wrenfield-mutual", "OWNS", "pardoe-insurance")],
        [],
    ),
    (  # insurance: "completed its $80m acquisition of X"
        "Wrenfield Mutual completed its $80m acquisition of Pardoe Insurance.",
        [("wrenfield-mutual", "OWNS", "pardoe-insurance")],
        [],
    ),
]

RIVALS_AND_HOLDERS: list[Case] = [
    (  # autos: outbid, and the winner bought the target
        "Selwyn Autos was outbid for Marle Motors by Kinross Group, which bought the carmaker "
        "for $2bn.",
        [("kinross-group", "OWNS", "marle-motors")],
        [("selwyn-autos", "COMPETES_WITH", "marle-motors")],
    ),
    (  # food: the outbid rival does not compete with the target
        "Dalby Foods was outbid for Crane Bakeries by Ostler Group.",
        [("ostler-group", "COMPETES_WITH", "dalby-foods")],
        [("dalby-foods", "COMPETES_WITH", "crane-bakeries")],
    ),
    (  # mining: "was outbid by Y for X", the prize last
        "Corbel Mining was outbid by Kestrel Resources for Ferrow Minerals.",
        [("kestrel-resources", "COMPETES_WITH", "corbel-mining")],
        [("corbel-mining", "COMPETES_WITH", "ferrow-minerals")],
    ),
    (  # retail: the active form
        "Marsh Retail outbid Dorrit Stores for Pell Grocers.",
        [("marsh-retail", "COMPETES_WITH", "dorrit-stores")],
        [("dorrit-stores", "COMPETES_WITH", "pell-grocers")],
    ),
    (  # energy: "holds X together with Y"
        "Pellam Holdings holds Tavio Energy together with Rusk Capital.",
        [("pellam-holdings", "OWNS", "tavio-energy"), ("rusk-capital", "OWNS", "tavio-energy")],
        [],
    ),
    (  # shipping: "hold X jointly with Y", coordinated subjects
        "Orm Shipping and Tarle Ports hold Baltic Feeder Lines jointly with Norsk Kyst.",
        [
            ("orm-shipping", "OWNS", "baltic-feeder-lines"),
            ("tarle-ports", "OWNS", "baltic-feeder-lines"),
            ("norsk-kyst", "OWNS", "baltic-feeder-lines"),
        ],
        [],
    ),
    (  # guard: a tie that ended
        "Pellam Holdings held Tavio Energy together with Rusk Capital until 2020.",
        [],
        [("rusk-capital", "OWNS", "tavio-energy")],
    ),
    (  # guard: negation
        "Pellam Holdings does not hold Tavio Energy together with Rusk Capital.",
        [],
        [("rusk-capital", "OWNS", "tavio-energy"), ("pellam-holdings", "OWNS", "tavio-energy")],
    ),
    (  # farming: "owns X together with Y"
        "Amsel Farms owns Corra Seeds together with Tyne Agri.",
        [("amsel-farms", "OWNS", "corra-seeds"), ("tyne-agri", "OWNS", "corra-seeds")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # telecoms: goods sold to a customer
        "Vantor Telecom sold its network gear to Brisk Mobile.",
        [],
        [("brisk-mobile", "OWNS", "vantor-telecom")],
    ),
    (  # steel: goods sold to a carmaker
        "Coster Steel sold its steel to Hanley Autos, a carmaker.",
        [],
        [("hanley-autos", "OWNS", "coster-steel")],
    ),
    (  # telecoms: shares sold to investors in a listing
        "Vantor Telecom sold 40 million shares to investors in its IPO.",
        [],
        [("vantor-telecom", "OWNS", "vantor-telecom")],
    ),
    (  # telecoms: a failed sale
        "Vantor Telecom failed to sell Lodi Cable to Brisk Mobile.",
        [],
        [("brisk-mobile", "OWNS", "lodi-cable")],
    ),
    (  # telecoms: a denied sale
        "Vantor Telecom denied it had sold Lodi Cable to Brisk Mobile.",
        [],
        [("brisk-mobile", "OWNS", "lodi-cable")],
    ),
    (  # telecoms: a blocked sale
        "Regulators blocked the sale of Lodi Cable to Brisk Mobile.",
        [],
        [("brisk-mobile", "OWNS", "lodi-cable")],
    ),
    (  # telecoms: talks
        "Vantor Telecom is in talks to sell Lodi Cable to Brisk Mobile.",
        [],
        [("brisk-mobile", "OWNS", "lodi-cable")],
    ),
    (  # food: an offer rejected
        "Lindqvist Dairy rejected an offer from Harwick Foods.",
        [],
        [("harwick-foods", "OWNS", "lindqvist-dairy")],
    ),
    (  # food: a bid that failed
        "Harwick Foods's bid for Lindqvist Dairy failed.",
        [],
        [("harwick-foods", "OWNS", "lindqvist-dairy")],
    ),
    (  # mining: negation
        "Kestrel Resources did not buy Ferrow Minerals.",
        [],
        [("kestrel-resources", "OWNS", "ferrow-minerals")],
    ),
]

GAPS: dict[str, str] = {
    "Selwyn Autos was outbid": "the winner's relative clause ('Y, which bought the carmaker')"
    " is not read, and 'the carmaker' leans to the loser, not the prize after 'for'",
}


@pytest.mark.parametrize("case", gap_params(CONDITIONS, GAPS))
def test_conditions(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(BETWEEN, GAPS))
def test_between_object_and_buyer(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(REFERENCES, GAPS))
def test_references_to_the_thing_sold(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(PASSIVES_AND_NOUNS, GAPS))
def test_passives_and_nouns(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(RIVALS_AND_HOLDERS, GAPS))
def test_rivals_and_holders(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(GUARDS, GAPS))
def test_guards(case: Case) -> None:
    check(*case)
