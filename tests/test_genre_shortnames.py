"""Genre bank for short names and aliases: a company's first word used alone in the sentence
that names it in full ("Quillex Holdings has sued Brantor Haulage, and Brantor has
countersued"), a lone one-word company opening a sentence, names whose first word is an -ing
word, a title word or a nationality ("Sterling Crest Bank", "Star Point Shipping", "Dutch
Harbour Fisheries"), an acronym introduced in parentheses and then used alone, and a parent
and a subsidiary sharing a first word.

Each case is a short invented article across food, mining, shipping, banking, pharma, energy,
retail, media, autos, farming, telecoms, insurance and property. Guards: initials never
introduced, two companies sharing a first word (a bare "Orla" is ambiguous), a person whose
surname is a company's first word, a negated or hedged act by a short name.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SAME_SENTENCE: list[Case] = [
    (  # shipping: "X has sued Y, and Y' has countersued"
        "Quillex Holdings has sued Brantor Haulage, and Brantor has countersued.",
        [
            ("quillex-holdings", "DISPUTES", "brantor-haulage"),
            ("brantor-haulage", "DISPUTES", "quillex-holdings"),
        ],
        [("brantor", "DISPUTES", "quillex-holdings")],
    ),
    (  # mining: countersuit by the short name after "and"
        "Delvar Mining sued Oskon Metals in March, and Oskon filed a countersuit in May.",
        [("delvar-mining", "DISPUTES", "oskon-metals")],
        [("oskon", "DISPUTES", "delvar-mining")],
    ),
    (  # food: short name as the subject of the second clause
        "Pellam Foods agreed to buy Marwick Dairy, and Pellam said the deal would close in June.",
        [("pellam-foods", "OWNS", "marwick-dairy")],
        [("pellam", "OWNS", "marwick-dairy")],
    ),
    (  # insurance: ", but" opens the short name's clause
        "Carrick Re settled with Halden Mutual Insurance, but Halden has since sued Orwell "
        "Brokers.",
        [("halden-mutual-insurance", "DISPUTES", "orwell-brokers")],
        [("halden", "DISPUTES", "orwell-brokers")],
    ),
    (  # guard: a parent also named in apposition stays apart from its unit
        "Tovar Air, a unit of Tovar, sued Brask Freight on Monday, and Tovar said it backed "
        "the suit.",
        [("tovar", "OWNS", "tovar-air"), ("tovar-air", "DISPUTES", "brask-freight")],
        [],
    ),
    (  # guard: a unit named beside its parent stays two entities
        "Tovar Air, a unit of Tovar, sued Brask Freight on Monday.",
        [("tovar-air", "DISPUTES", "brask-freight")],
        [("tovar-air", "OWNS", "tovar-air")],
    ),
]

LONE_NAMES: list[Case] = [
    (  # retail: a one-word company acting in the opening sentence
        "Vantora acquired Belmar Farms last year.",
        [("vantora", "OWNS", "belmar-farms")],
        [],
    ),
    (  # media: one-word company suing
        "Quillex sued Brantor Haulage on Monday.",
        [("quillex", "DISPUTES", "brantor-haulage")],
        [],
    ),
    (  # energy: a one-word company after a full name in an earlier sentence
        "Harwell Energy reported a loss. Harwell later invested in Coldra Solar.",
        [("harwell-energy", "FUNDS", "coldra-solar")],
        [("harwell", "FUNDS", "coldra-solar")],
    ),
    (  # telecoms: the short name opens a later sentence after a stock move
        "Nerova Telecom fell 3% on Tuesday. Nerova has partnered with Calix Towers since 2021.",
        [("nerova-telecom", "PARTNERS_WITH", "calix-towers")],
        [],
    ),
    (  # retail: a lone one-word company after "declined to comment"
        "Vantora declined to comment. Vantora acquired Belmar Farms last year.",
        [("vantora", "OWNS", "belmar-farms")],
        [],
    ),
    (  # guard: the short name denies the act
        "Nerova Telecom fell 3% on Tuesday. Nerova denied that it had partnered with Calix Towers.",
        [],
        [("nerova-telecom", "PARTNERS_WITH", "calix-towers")],
    ),
    (  # guard: the short name only plans the act
        "Harwell Energy reported a loss. Harwell may invest in Coldra Solar next year.",
        [],
        [("harwell-energy", "FUNDS", "coldra-solar")],
    ),
]

CLIPPED: list[Case] = [
    (  # banking: an -ing first word opening the sentence
        "Sterling Crest Bank sued Halvern Freight.",
        [("sterling-crest-bank", "DISPUTES", "halvern-freight")],
        [("crest-bank", "DISPUTES", "halvern-freight")],
    ),
    (  # banking: the same name as an object
        "Halvern Freight sued Sterling Crest Bank.",
        [("halvern-freight", "DISPUTES", "sterling-crest-bank")],
        [],
    ),
    (  # farming: an -ing first word, acquisition
        "Golding Vale Farms acquired Penmoor Seeds in 2022.",
        [("golding-vale-farms", "OWNS", "penmoor-seeds")],
        [("vale-farms", "OWNS", "penmoor-seeds")],
    ),
    (  # guard: a real gerund opening the sentence
        "Citing weak demand, Halvern Freight sued Orrin Ports.",
        [("halvern-freight", "DISPUTES", "orrin-ports")],
        [],
    ),
    (  # shipping: a title word opening the name at the start of a sentence
        "Star Point Shipping partnered with Orlen Ports.",
        [("star-point-shipping", "PARTNERS_WITH", "orlen-ports")],
        [("point-shipping", "PARTNERS_WITH", "orlen-ports")],
    ),
    (  # shipping: the same name as an object
        "Orlen Ports partnered with Star Point Shipping.",
        [("orlen-ports", "PARTNERS_WITH", "star-point-shipping")],
        [],
    ),
    (  # telecoms: "King" opening a name at the start of a sentence
        "King Harbour Telecom sued Orlen Ports over unpaid fees.",
        [("king-harbour-telecom", "DISPUTES", "orlen-ports")],
        [("harbour-telecom", "DISPUTES", "orlen-ports")],
    ),
    (  # guard: a descriptor noun opening the sentence describes the name after it
        "Investor Harlow Capital Partners bought Orlen Ports in March.",
        [("harlow-capital-partners", "OWNS", "orlen-ports")],
        [("investor-harlow-capital-partners", "OWNS", "orlen-ports")],
    ),
    (  # insurance: "Major" opening a name
        "Major Bridge Insurance acquired Tolland Brokers.",
        [("major-bridge-insurance", "OWNS", "tolland-brokers")],
        [],
    ),
    (  # food: a nationality opening a name at the start of a sentence
        "Dutch Harbour Fisheries acquired Calder Nets.",
        [("dutch-harbour-fisheries", "OWNS", "calder-nets")],
        [("harbour-fisheries", "OWNS", "calder-nets")],
    ),
    (  # food: the same name as an object
        "Orlen Ports partnered with Dutch Harbour Fisheries on Monday.",
        [("orlen-ports", "PARTNERS_WITH", "dutch-harbour-fisheries")],
        [],
    ),
    (  # dairy: "Swiss" opening a name
        "Swiss Alpine Creamery sued Morrow Cartons.",
        [("swiss-alpine-creamery", "DISPUTES", "morrow-cartons")],
        [],
    ),
    (  # property: a state and a region opening a name
        "Texas Pacific Land sued Permwell Oil.",
        [("texas-pacific-land", "DISPUTES", "permwell-oil")],
        [("land", "DISPUTES", "permwell-oil")],
    ),
    (  # telecoms: "French" opening a name at the start of a sentence
        "French Coast Telecom partnered with Ardel Cables in 2023.",
        [("french-coast-telecom", "PARTNERS_WITH", "ardel-cables")],
        [("coast-telecom", "PARTNERS_WITH", "ardel-cables")],
    ),
    (  # energy: an -ing first word, then a short form in a later sentence
        "Redding Valley Power reported a loss. Redding Valley Power later sued Omsk Turbines.",
        [("redding-valley-power", "DISPUTES", "omsk-turbines")],
        [("valley-power", "DISPUTES", "omsk-turbines")],
    ),
    (  # guard: a nationality describing a company of one word
        "Dutch retailer Vemko acquired Calder Nets.",
        [("vemko", "OWNS", "calder-nets")],
        [],
    ),
]

ACRONYMS: list[Case] = [
    (  # rail: acronym in parentheses, then alone
        "Northern Rail Freight (NRF) said on Monday that it had hired advisers. NRF later sued "
        "Calloway Steel.",
        [("northern-rail-freight", "DISPUTES", "calloway-steel")],
        [("nrf", "DISPUTES", "calloway-steel")],
    ),
    (  # farming: acronym then an acquisition
        "Baltic Grain Exchange (BGE) reported record volumes. BGE acquired Tallis Silos in May.",
        [("baltic-grain-exchange", "OWNS", "tallis-silos")],
        [],
    ),
    (  # pharma: acronym then funding
        "Meridale Health Partners (MHP) has been active this year. MHP invested in Corvane Bio.",
        [("meridale-health-partners", "FUNDS", "corvane-bio")],
        [],
    ),
    (  # insurance: acronym as the object
        "Kessock Mutual Insurance (KMI) lost a client. Orrin Re sued KMI in April.",
        [("orrin-re", "DISPUTES", "kessock-mutual-insurance")],
        [],
    ),
    (  # grain: "The" name with an acronym, the acronym as a passive's agent
        "The Baltic Grain Exchange (BGE) lost a client. Tallis Silos was bought by BGE in May.",
        [("the-baltic-grain-exchange", "OWNS", "tallis-silos")],
        [],
    ),
    (  # insurance: an acronym of four words with a legal word, two acts
        "Pelham Mutual Insurance Company (PMIC) sued Orrin Re. PMIC also invested in Corvane Bio.",
        [
            ("pelham-mutual-insurance-company", "DISPUTES", "orrin-re"),
            ("pelham-mutual-insurance-company", "FUNDS", "corvane-bio"),
        ],
        [],
    ),
    (  # guard: initials never introduced are not the name
        "Northern Rail Freight reported results. NRF Logistics sued Calloway Steel.",
        [],
        [("northern-rail-freight", "DISPUTES", "calloway-steel")],
    ),
]

PARENTS: list[Case] = [
    (  # media: a bare first word after parent and unit are named is the parent
        "Quillex Studio, a unit of Quillex, opened in Leeds. Quillex later sued Brantor Haulage.",
        [("quillex", "DISPUTES", "brantor-haulage")],
        [("quillex-studio", "DISPUTES", "brantor-haulage")],
    ),
    (  # autos: "parent X" then the bare name
        "Corvel Motors, owned by parent Corvel, cut jobs. Corvel invested in Ashby Batteries.",
        [("corvel", "FUNDS", "ashby-batteries")],
        [("corvel-motors", "FUNDS", "ashby-batteries")],
    ),
    (  # guard: two companies really sharing a first word, a bare word is ambiguous
        "Orla Bank and Orla Foods both reported results. Orla sued Pendry Mills.",
        [],
        [
            ("orla-bank", "DISPUTES", "pendry-mills"),
            ("orla-foods", "DISPUTES", "pendry-mills"),
        ],
    ),
    (  # guard: two shipping firms sharing a first word
        "Kaldor Shipping and Kaldor Ports are unrelated companies. Kaldor acquired Nesbit Tugs.",
        [],
        [
            ("kaldor-shipping", "OWNS", "nesbit-tugs"),
            ("kaldor-ports", "OWNS", "nesbit-tugs"),
        ],
    ),
    (  # food: a parent's word ("Group") beside a sibling: the bare word is the parent
        "Orla Group and Orla Foods both reported results. Orla later sued Pendry Mills.",
        [("orla-group", "DISPUTES", "pendry-mills")],
        [("orla-foods", "DISPUTES", "pendry-mills")],
    ),
    (  # banking: two siblings, then one named in full
        "Hollin Bank and Hollin Insurance merged their call centres. Hollin Bank sued Pendry "
        "Mills.",
        [("hollin-bank", "DISPUTES", "pendry-mills")],
        [("hollin-insurance", "DISPUTES", "pendry-mills")],
    ),
    (  # guard: a person's surname equal to a company's first word
        "Greta Oakes sits on the board of Oakes Shipping. Oakes also advises Dunmore Bank.",
        [],
        [("oakes-shipping", "ADVISES", "dunmore-bank")],
    ),
    (  # retail: one company, its short form in a later sentence
        "Fenwick Stores opened ten shops. Fenwick also acquired Larch Outfitters.",
        [("fenwick-stores", "OWNS", "larch-outfitters")],
        [],
    ),
    (  # mining: a short form after a legal suffix
        "Brisco Minerals Ltd said output rose. Brisco sued Harrowgate Rail over fees.",
        [("brisco-minerals", "DISPUTES", "harrowgate-rail")],
        [],
    ),
    (  # telecoms: the short name in a relative clause
        "Telvra Networks expanded. Ostin Cable, which Telvra acquired in 2020, cut prices.",
        [("telvra-networks", "OWNS", "ostin-cable")],
        [],
    ),
    (  # energy: coordinated short names
        "Harwell Energy and Coldra Solar met in May. Harwell and Coldra later formed a "
        "partnership.",
        [("harwell-energy", "PARTNERS_WITH", "coldra-solar")],
        [],
    ),
    (  # pharma: pronoun after the short name
        "Vensa Pharma missed forecasts. Vensa said it had sued Orlo Labs.",
        [("vensa-pharma", "DISPUTES", "orlo-labs")],
        [],
    ),
    (  # banking: passive with a short name agent
        "Carrow Bank posted a profit. Belvin Homes was acquired by Carrow in 2019.",
        [("carrow-bank", "OWNS", "belvin-homes")],
        [],
    ),
]

BANK: list[Case] = SAME_SENTENCE + LONE_NAMES + CLIPPED + ACRONYMS + PARENTS

LEFT: dict[str, str] = {
    "Texas Pacific Land": "a known place and a place word opening a name split it in three",
}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_shortnames(case: Case) -> None:
    check(*case)
