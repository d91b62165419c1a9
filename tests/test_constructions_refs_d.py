"""Antecedents and arguments (report D): a subject pronoun is not its own verb's object;
invented sentences, several sectors, a guard beside each true case.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

OBJECT_CASES: list[Case] = [
    (  # energy: the regulator named late after a fronted phrase, "It accuses A and B"
        "Denmark's energy watchdog has lodged an objection to Harrow Gas's purchase of Lindell "
        "Power. In a letter sent to the two groups on Friday, the Danish Utility Regulator says "
        "bills would rise. It accuses Harrow and Lindell of hiding their overlap.",
        [
            ("danish-utility-regulator", "DISPUTES", "harrow-gas"),
            ("danish-utility-regulator", "DISPUTES", "lindell-power"),
        ],
        [("lindell-power", "DISPUTES", "harrow-gas"), ("harrow-gas", "DISPUTES", "lindell-power")],
    ),
    (  # guard (energy): the regulator never named: "It" is neither of the accused
        "Denmark's energy watchdog has lodged an objection to Harrow Gas's purchase of Lindell "
        "Power. In a letter sent to the two groups on Friday, the watchdog says bills would "
        "rise. It accuses Harrow and Lindell of hiding their overlap.",
        [("harrow-gas", "OWNS", "lindell-power")],
        [("lindell-power", "DISPUTES", "harrow-gas"), ("harrow-gas", "DISPUTES", "lindell-power")],
    ),
    (  # guard (shipping): same with "blames" and the later-named party most recent
        "The maritime regulator questioned Kestle Ferries' takeover of Dunmore Lines on Monday. "
        "Dunmore Lines runs nine routes. It blames Kestle and Dunmore for raising fares.",
        [],
        [("dunmore-lines", "DISPUTES", "kestle-ferries")],
    ),
    (  # true case (retail): the pronoun's object is another company, the subject stays
        "Tilbury Stores opened 40 shops last year. It sued Ardena Foods in May over unpaid rent.",
        [("tilbury-stores", "DISPUTES", "ardena-foods")],
        [],
    ),
    (  # true case (airlines): a reported clause: "it says" leaves the names after it alone
        "Corran Air flies to twelve islands. It says Skylane and Bellport compete for the same "
        "travellers.",
        [("skylane", "COMPETES_WITH", "bellport")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), OBJECT_CASES)
def test_subject_pronoun_is_not_its_object(text, present, absent) -> None:
    check(text, present, absent)


TRADED_CASES: list[Case] = [
    (  # shipping: the seller's relative clause, a co-investor named between
        "Corvid Capital will buy Saltmarsh Ferries for 400 million pounds. Nordby Pension Fund "
        "will take a fifth of Saltmarsh alongside Corvid. The vendor is Penhale Holdings, which "
        "acquired the Plymouth-based operator from Arrow Group in 2014.",
        [
            ("penhale-holdings", "OWNS", "saltmarsh-ferries"),
            ("saltmarsh-ferries", "LOCATED_IN", "plymouth"),
        ],
        [
            ("penhale-holdings", "OWNS", "corvid-capital"),
            ("corvid-capital", "LOCATED_IN", "plymouth"),
            ("nordby-pension-fund", "LOCATED_IN", "plymouth"),
        ],
    ),
    (  # food: the co-investor taking a stake is the previous sentence's subject
        "Brightmoor Foods agreed to purchase Ostler Dairies for 90 million euros. Kelso Mutual "
        "will take 20% of Ostler. The seller, Fenwold Partners, bought the Cork-based company "
        "in 2013.",
        [("fenwold-partners", "OWNS", "ostler-dairies"), ("ostler-dairies", "LOCATED_IN", "cork")],
        [("fenwold-partners", "OWNS", "kelso-mutual"), ("kelso-mutual", "LOCATED_IN", "cork")],
    ),
    (  # steel: the buyer is the previous sentence's subject
        "Halvard Steel agreed to buy Rennick Forge from Quarrel Holdings. Quarrel bought the "
        "Sheffield-based group in 2012.",
        [("quarrel-holdings", "OWNS", "rennick-forge")],
        [
            ("quarrel-holdings", "OWNS", "halvard-steel"),
            ("halvard-steel", "LOCATED_IN", "sheffield"),
        ],
    ),
    (  # guard (insurance): the co-investor's own appositive keeps its place
        "Brightmoor Foods agreed to purchase Ostler Dairies. Kelso Mutual, a Dublin-based "
        "insurer, is co-investing.",
        [("kelso-mutual", "LOCATED_IN", "dublin")],
        [("ostler-dairies", "LOCATED_IN", "dublin")],
    ),
    (  # guard (retail): nothing traded yet: the previous sentence's subject is bought
        "Pellow Stores has a new owner. Ridgeway Capital bought the retailer in March.",
        [("ridgeway-capital", "OWNS", "pellow-stores")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), TRADED_CASES)
def test_deal_object_description_is_the_company_traded(text, present, absent) -> None:
    check(text, present, absent)


PLACE_HEAD_CASES: list[Case] = [
    (  # engineering: a city modifier of the appositive's company noun
        "Torvik, the Trondheim engineering group, won the tender.",
        [("torvik", "LOCATED_IN", "trondheim")],
        [],
    ),
    (  # food: a hyphenated modifier between the city and the noun
        "Varela Oils, the Seville olive-oil exporter, doubled sales.",
        [("varela-oils", "LOCATED_IN", "seville")],
        [],
    ),
    (  # asset management: a two-word company job ("fund manager") with a relative after
        "Halberd Partners, the Chicago fund manager that runs 4 billion dollars, bought shares "
        "in Kessel Mining.",
        [("halberd-partners", "LOCATED_IN", "chicago")],
        [],
    ),
    (  # guard (banking): a strategist's employer "at X in City" is not located there
        '"Prices will fall," said Ana Prat, a strategist at Cobre Securities in Madrid.',
        [],
        [("cobre-securities", "LOCATED_IN", "madrid")],
    ),
    (  # guard (law): a job of two words before "at"
        "A senior lawyer at Harlan Brooks in Boston said the case was weak.",
        [],
        [("harlan-brooks", "LOCATED_IN", "boston")],
    ),
    (  # true case (chemicals): a plant "at X in City" with no person's job keeps the place
        "Pellow Seeds opened a new laboratory at Tavira Chemicals in Porto.",
        [("tavira-chemicals", "LOCATED_IN", "porto")],
        [],
    ),
    (  # guard (people): "the Chicago fund manager" set off beside a person is no company
        "Fund manager Marta Lind sold her shares in Kessel Mining. Lind, the Chicago fund "
        "manager, expects a recovery. Marta Lind, the Boston fund manager, agreed.",
        [],
        [("marta-lind", "LOCATED_IN", "chicago"), ("marta-lind", "LOCATED_IN", "boston")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), PLACE_HEAD_CASES)
def test_place_modifier_of_company_noun(text, present, absent) -> None:
    check(text, present, absent)


FRONTED_CASES: list[Case] = [
    (  # textiles: a name after the fronted participle of place
        "Based in Leeds, Hollin Textiles is owned jointly by Arden Capital and Westmoor Trust.",
        [
            ("hollin-textiles", "LOCATED_IN", "leeds"),
            ("arden-capital", "OWNS", "hollin-textiles"),
            ("westmoor-trust", "OWNS", "hollin-textiles"),
        ],
        [],
    ),
    (  # guard (textiles): the possessor of the main clause's subject is not placed there
        "Hollin Textiles makes workwear. Based in Leeds, the firm's main rival is also "
        "family-owned.",
        [],
        [("hollin-textiles", "LOCATED_IN", "leeds")],
    ),
    (  # guard (brewing): a named possessor, same shape
        "Based in Bruges, Kessel Brewing's largest customer is a hotel chain.",
        [],
        [("kessel-brewing", "LOCATED_IN", "bruges")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), FRONTED_CASES)
def test_fronted_place_participle(text, present, absent) -> None:
    check(text, present, absent)


SITE_CASES: list[Case] = [
    (  # metals: the site stated in a predicate nominal; the next sentence ranks it
        "Maple Crest is a copper smelting plant being built in Ontario, some 40 km north of "
        "Sudbury. It will rank among the two biggest plants in Canada.",
        [("maple-crest", "LOCATED_IN", "ontario")],
        [("maple-crest", "LOCATED_IN", "canada")],
    ),
    (  # energy: "under construction in", then "one of the three largest ... in"
        "Orvane Refinery is a plant under construction in Gujarat. It will be one of the three "
        "largest refineries in India.",
        [("orvane-refinery", "LOCATED_IN", "gujarat")],
        [("orvane-refinery", "LOCATED_IN", "india")],
    ),
    (  # mining: a project "rising in" a region, in an appositive
        "Saltby Smelter, a 2 billion dollar project rising in Queensland, will employ 900 people.",
        [("saltby-smelter", "LOCATED_IN", "queensland")],
        [],
    ),
    (  # guard (steel): a ranking with "the" names no place of the company
        "Pellow Steel runs a rolling line near Akron. It is among the largest mills in America.",
        [],
        [("pellow-steel", "LOCATED_IN", "america")],
    ),
    (  # true case (steel): the company's own plants, with a possessive, keep their place
        "Pellow Steel opened its largest plant in Texas. It also has plants in Mexico.",
        [("pellow-steel", "LOCATED_IN", "texas"), ("pellow-steel", "LOCATED_IN", "mexico")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SITE_CASES)
def test_project_site_and_ranking_scope(text, present, absent) -> None:
    check(text, present, absent)


MODIFIER_CASES: list[Case] = [
    (  # shipping: a carrier named as the modifier of the things bought
        "Kelpie Freight purchased 320 extra slots on Osprey Line vessels.",
        [],
        [("kelpie-freight", "OWNS", "osprey-line")],
    ),
    (  # true case (shipping): the company itself bought
        "Kelpie Freight bought Osprey Line for $90 million.",
        [("kelpie-freight", "OWNS", "osprey-line")],
        [],
    ),
    (  # aviation: capacity on an airline's services
        "Tolvane Foods bought extra capacity on Corran Air services last year.",
        [],
        [("tolvane-foods", "OWNS", "corran-air")],
    ),
    (  # retail: some of a chain's stores, not the chain
        "Pellow Retail bought 12 Harlow Grocers stores last year.",
        [],
        [("pellow-retail", "OWNS", "harlow-grocers")],
    ),
    (  # asset management: a fund named after an index is not the index
        "Regina Falk, who has run the Stoxa Index fund since 2017, retired.",
        [],
        [("regina-falk", "LEADS", "stoxa-index")],
    ),
    (  # true case (asset management): running the firm itself
        "Regina Falk, who has run Stoxa Capital since 2017, retired.",
        [("regina-falk", "LEADS", "stoxa-capital")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), MODIFIER_CASES)
def test_name_modifying_a_noun_is_no_argument(text, present, absent) -> None:
    check(text, present, absent)


LED_GROUP_CASES: list[Case] = [
    (  # transport: the group led by a person buys; the person owns nothing, leads no target
        "The owners of Lindholm Buses will sell a majority holding to an investor group led by "
        "former banker Ola Berg.",
        [],
        [("ola-berg", "LEADS", "lindholm-buses"), ("ola-berg", "OWNS", "lindholm-buses")],
    ),
    (  # hotels: the subject is the syndicate its leader heads
        "A syndicate headed by hotelier Ruth Okafu is buying Palmetto Resorts.",
        [],
        [("ruth-okafu", "OWNS", "palmetto-resorts")],
    ),
    (  # true case (hotels): the person herself buys
        "Ruth Okafu, a hotelier, is buying Palmetto Resorts.",
        [("ruth-okafu", "OWNS", "palmetto-resorts")],
        [],
    ),
    (  # true case (energy): a named consortium led by a person
        "Harrow Energy is led by Tomas Brenner.",
        [("tomas-brenner", "LEADS", "harrow-energy")],
        [],
    ),
    (  # headline (transport): a group named after its front man
        "Berg group agrees takeover of Lindholm Buses\n\nOla Berg is a former banker.",
        [],
        [("ola-berg", "OWNS", "lindholm-buses")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), LED_GROUP_CASES)
def test_unnamed_group_led_by_a_person(text, present, absent) -> None:
    check(text, present, absent)
