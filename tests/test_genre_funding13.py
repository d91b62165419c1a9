"""Genre bank for funding (round 13): a loan, grant or lender funds the financed thing, not the
clause's builder ("X is building the P barrage with a loan from B" -> B FUNDS P; "the balance of
the P bill is lent by B"; "awarded the start-up a grant" -> agency FUNDS start-up; "paid for
through a B loan" -> B FUNDS the possessor); and rounds and investor lists ("A led, and B's
venture unit joined", "its backers are A and B's family office", "A and B, each pledging a sum,
are the fund's anchor investors").

Each case is a short invented article (text, relations that must be found, relations that must
not be), across energy, shipping, mining, food, pharma, retail, media and finance. Guards: a
bank that advised on the loan, "a lender to many builders", a bank repaying its own bonds, an
investor who declined to join the round, rivals' rounds from the same fund.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LOANS: list[Case] = [
    (  # energy: builder + named project object + "with a loan from B"
        "Umbrell Power is building the Garrowby tidal barrage with a 300 million euro loan "
        "from the Nordic lender Quenvik Bank.",
        [("quenvik-bank", "FUNDS", "garrowby")],
        [("quenvik-bank", "FUNDS", "umbrell-power")],
    ),
    (  # shipping: "to build the P terminal with a loan from B"
        "Harstad Shipping will build the Kelmore container terminal with a loan from Ostrava "
        "Credit Bank.",
        [("ostrava-credit-bank", "FUNDS", "kelmore")],
        [("ostrava-credit-bank", "FUNDS", "harstad-shipping")],
    ),
    (  # mining: "financed by a loan from B"
        "The Tarnby copper mine, which Velko Mining is developing, is financed by a loan from "
        "Pellgrave Bank.",
        [("pellgrave-bank", "FUNDS", "tarnby")],
        [("pellgrave-bank", "FUNDS", "velko-mining")],
    ),
    (  # food: "the balance of the P bill is lent by B"
        "Dorran Foods pays a third of the Felsby bakery plant's cost. The balance of the Felsby "
        "bakery plant bill is lent by Drummore Bank.",
        [("drummore-bank", "FUNDS", "felsby")],
        [("drummore-bank", "FUNDS", "dorran-foods")],
    ),
    (  # pharma: a grant to the start-up
        "A regional agency, Westmark Innovation, awarded the start-up Cellova Bio a 4 million "
        "pound development grant.",
        [("westmark-innovation", "FUNDS", "cellova-bio")],
        [],
    ),
    (  # retail: "gave X a grant"
        "Ostler Development Fund gave Pimrose Stores a 2 million euro grant last year.",
        [("ostler-development-fund", "FUNDS", "pimrose-stores")],
        [],
    ),
    (  # shipping: possessor paid for through a B loan
        "Kelso Ferries renewed its fleet. Kelso Ferries' fleet renewal was paid for in 2022 "
        "through a Harrowdene Bank loan.",
        [("harrowdene-bank", "FUNDS", "kelso-ferries")],
        [],
    ),
    (  # mining: "expanding the P smelter with a loan from B"
        "Grisby Metals is expanding the Halden smelter with a 90 million dollar loan from "
        "Corran Bank.",
        [("corran-bank", "FUNDS", "halden")],
        [("corran-bank", "FUNDS", "grisby-metals")],
    ),
    (  # energy: object relative on a building verb, passive financing verb
        "The Pellow wind farm, which Ostler Energy is building, will be financed by Marrack Bank.",
        [("marrack-bank", "FUNDS", "pellow")],
        [("marrack-bank", "FUNDS", "ostler-energy")],
    ),
    (  # retail: "which X plans to develop, is funded by a loan from B"
        "The Yarrow retail park, which Pimrose Stores plans to develop, is funded by a loan "
        "from Tesk Credit.",
        [("tesk-credit", "FUNDS", "yarrow")],
        [("tesk-credit", "FUNDS", "pimrose-stores")],
    ),
    (  # media: "paid for through a B loan"
        "Dorran Media's studio upgrade was paid for through a Halvik Bank loan.",
        [("halvik-bank", "FUNDS", "dorran-media")],
        [],
    ),
    (  # retail: "funded by a B credit facility"
        "Pimrose Stores' expansion is funded by a Westmark Bank credit facility.",
        [("westmark-bank", "FUNDS", "pimrose-stores")],
        [],
    ),
    (  # food: "gave the P start-up a loan"
        "The national lender Corran Bank gave the Wexley Dairy start-up a 3 million euro loan.",
        [("corran-bank", "FUNDS", "wexley-dairy")],
        [],
    ),
    (  # food: "awarded local bakery X a grant"
        "Harrowfield Council awarded local bakery Pennock Bread a 50,000 pound grant.",
        [("harrowfield-council", "FUNDS", "pennock-bread")],
        [],
    ),
    (  # food: "secured a grant from A for its P" (grant to the plant, not the company)
        "Velko Foods secured a grant from the Westmark Agency for its Tarnby bakery plant.",
        [("westmark-agency", "FUNDS", "tarnby")],
        [("westmark-agency", "FUNDS", "velko-foods")],
    ),
    (  # mining: "secured a grant from A for its P"
        "Velko Mining secured a grant from the Westmark Agency for its Tarnby copper mine.",
        [("westmark-agency", "FUNDS", "tarnby")],
        [("westmark-agency", "FUNDS", "velko-mining")],
    ),
    (  # mining: "B lent X N for the P"
        "Corran Bank lent Grisby Metals 90 million dollars for the Halden smelter.",
        [("corran-bank", "FUNDS", "halden")],
        [("corran-bank", "FUNDS", "grisby-metals")],
    ),
    (  # energy: "raised a loan from B to build the P"
        "Ostler Energy raised a 90 million euro loan from Corran Bank to build the Pellow wind "
        "farm.",
        [("corran-bank", "FUNDS", "pellow")],
        [("corran-bank", "FUNDS", "ostler-energy")],
    ),
    (  # shipping: "provided a loan to X for the P and the Q"
        "Corran Bank provided a loan to Harstad Shipping for the Kelmore terminal and the "
        "Yarrow dock.",
        [("corran-bank", "FUNDS", "kelmore"), ("corran-bank", "FUNDS", "yarrow")],
        [("corran-bank", "FUNDS", "harstad-shipping")],
    ),
    (  # pharma: "gave X a grant to build the P"
        "Westmark Agency gave Cellova Bio a grant to build the Tarnby vaccine plant.",
        [("westmark-agency", "FUNDS", "tarnby")],
        [("westmark-agency", "FUNDS", "cellova-bio")],
    ),
    (  # energy: "signed a loan with B to fund construction of the P"
        "Ostler Energy has signed a 500 million euro loan with Marrack Bank to fund "
        "construction of the Pellow wind farm.",
        [("marrack-bank", "FUNDS", "pellow")],
        [("marrack-bank", "FUNDS", "ostler-energy")],
    ),
    (  # energy: "lend X N towards the P"
        "Marrack Bank agreed to lend Ostler Energy 300 million euros towards the Pellow wind farm.",
        [("marrack-bank", "FUNDS", "pellow")],
        [("marrack-bank", "FUNDS", "ostler-energy")],
    ),
    (  # energy: passive building verb, builder, then the loan
        "The Pellow wind farm is being built by Ostler Energy with a loan from Marrack Bank.",
        [("marrack-bank", "FUNDS", "pellow")],
        [("marrack-bank", "FUNDS", "ostler-energy")],
    ),
    (  # energy: "Debt financing for the P was provided by A and B"
        "Debt financing for the Pellow wind farm was provided by Marrack Bank and Tesk Credit.",
        [("marrack-bank", "FUNDS", "pellow"), ("tesk-credit", "FUNDS", "pellow")],
        [],
    ),
    (  # mining: "B lent it N for the P" (pronoun borrower)
        "Velko Mining had a good year. Pellgrave Bank lent it 90 million dollars for the "
        "Tarnby copper mine.",
        [("pellgrave-bank", "FUNDS", "tarnby")],
        [("pellgrave-bank", "FUNDS", "velko-mining")],
    ),
    (  # energy: "The company is building the P with a loan from B" (np subject)
        "Umbrell Power had a good year. The company is building the Greyscar tidal barrage "
        "with a loan from Quenby Bank.",
        [("quenby-bank", "FUNDS", "greyscar")],
        [("quenby-bank", "FUNDS", "umbrell-power")],
    ),
    (  # shipping: a costed project with its head noun, then "the rest is lent by B"
        "The Felgate depot will cost 90 million pounds. The rest is lent by Drumlevin Bank.",
        [("drumlevin-bank", "FUNDS", "felgate")],
        [],
    ),
    (  # mining: "A and B agreed to lend $400m between them" after a costed smelter
        "The Kessel smelter will cost $900m. Arlo Bank and Brisco Credit agreed to lend $400m "
        "between them.",
        [("arlo-bank", "FUNDS", "kessel"), ("brisco-credit", "FUNDS", "kessel")],
        [],
    ),
    (  # retail: "B will lend the balance" after a costed distribution hub
        "The Yarrow distribution hub will cost 60 million euros. Tesk Credit will lend the "
        "balance.",
        [("tesk-credit", "FUNDS", "yarrow")],
        [],
    ),
    (  # shipping: a refinancing with a bank group headed by B
        "Ostler Shipping refinanced its debt with a bank group headed by Quenby Bank.",
        [("quenby-bank", "FUNDS", "ostler-shipping")],
        [],
    ),
    (  # media: a refinancing with a syndicate of banks led by A and B
        "Dorran Media refinanced its debt with a syndicate of banks led by Quenby Bank and "
        "Tesk Credit.",
        [("quenby-bank", "FUNDS", "dorran-media"), ("tesk-credit", "FUNDS", "dorran-media")],
        [],
    ),
]

LOAN_GUARDS: list[Case] = [
    (  # guard: a bank that advised on the loan
        "Quenvik Bank advised Umbrell Power on the loan.",
        [],
        [("quenvik-bank", "FUNDS", "umbrell-power")],
    ),
    (  # guard: a lender to many builders
        "Quenvik Bank, a lender to many builders, cut its rates.",
        [],
        [("quenvik-bank", "FUNDS", "quenvik-bank")],
    ),
    (  # guard: a bank repaying its own bonds
        "Drummore Bank repaid its own bonds early, said Velko Mining.",
        [],
        [("drummore-bank", "FUNDS", "velko-mining")],
    ),
    (  # guard: a study, not a loan, after "by a B"
        "Pimrose Stores' expansion is informed by a Westmark Bank study.",
        [],
        [("westmark-bank", "FUNDS", "pimrose-stores")],
    ),
    (  # guard: a relative clause's subject owns, the head is no name
        "The plant, which Velko Mining is building, is financed by Pellgrave Bank.",
        [],
        [("pellgrave-bank", "FUNDS", "velko-mining")],
    ),
    (  # guard: a loan sought, not given
        "Grisby Metals is seeking a loan from Corran Bank to build the Halden smelter.",
        [],
        [("corran-bank", "FUNDS", "halden"), ("corran-bank", "FUNDS", "grisby-metals")],
    ),
    (  # guard: the lender of another clause
        "Corran Bank lent Grisby Metals 90 million dollars last year, and Tesk Credit is "
        "paying for the Halden smelter.",
        [],
        [("corran-bank", "FUNDS", "halden")],
    ),
    (  # guard: the lender does not buy what its borrower buys
        "Quenby Bank will lend 200 million euros to Brixholm Chemicals to buy Pimsworth Energy.",
        [("quenby-bank", "FUNDS", "brixholm-chemicals")],
        [("quenby-bank", "OWNS", "pimsworth-energy")],
    ),
    (  # guard: the lender does not fund what its borrower acquires
        "Quenby Bank lent Brixholm Chemicals 200 million euros to acquire Pimsworth Energy.",
        [("quenby-bank", "FUNDS", "brixholm-chemicals")],
        [("quenby-bank", "FUNDS", "pimsworth-energy")],
    ),
    (  # guard: a name that says what something costs is not costed
        "Felgate Logistics said the depot will cost 90 million pounds. The rest is lent by "
        "Drumlevin Bank.",
        [],
        [("drumlevin-bank", "FUNDS", "felgate-logistics")],
    ),
    (  # guard: a group of investors is no lender group
        "Ostler Shipping will fund the expansion with a group of investors led by Galder Partners.",
        [],
        [("galder-partners", "FUNDS", "ostler-shipping")],
    ),
    (  # guard: a refused loan
        "Pellgrave Bank refused to lend Velko Mining the money for the Tarnby copper mine.",
        [],
        [("pellgrave-bank", "FUNDS", "tarnby")],
    ),
]

MONEY_IN: list[Case] = [
    (  # food: "sank N into X" (irregular past of a money verb)
        "Haxby Growth Fund sank 30 million euros into Dorran Bakeries.",
        [("haxby-growth-fund", "FUNDS", "dorran-bakeries")],
        [],
    ),
    (  # guard: a ship that sank
        "A Kelso Ferries vessel sank in 2019 near the Dorran Bakeries depot.",
        [],
        [("kelso-ferries", "FUNDS", "dorran-bakeries")],
    ),
]

ROUNDS: list[Case] = [
    (  # software: "A led, and B's corporate venture unit joined"
        "Nimbrel Robotics raised 30 million dollars; Felgrove Ventures led, and Draskov Motors' "
        "corporate venture unit joined.",
        [
            ("felgrove-ventures", "FUNDS", "nimbrel-robotics"),
            ("draskov-motors", "FUNDS", "nimbrel-robotics"),
        ],
        [],
    ),
    (  # food: "its backers are A and P's family office"
        "Oatlyn, a maker of oat drinks, raised 12 million euros. Its backers are Orrisby Capital "
        "and Lena Pirrick's family office.",
        [("orrisby-capital", "FUNDS", "oatlyn"), ("lena-pirrick", "FUNDS", "oatlyn")],
        [],
    ),
    (  # finance: "A and B, each pledging a sum, are the fund's anchor investors"
        "Harrowgate Infrastructure Fund closed at 2 billion euros. Pollard Pensions and Ure "
        "Holdings, each pledging 200 million euros, are the fund's anchor investors.",
        [
            ("pollard-pensions", "FUNDS", "harrowgate-infrastructure-fund"),
            ("ure-holdings", "FUNDS", "harrowgate-infrastructure-fund"),
        ],
        [],
    ),
    (  # pharma: "A led our round and B came in alongside"
        '"Teskel Capital led our round and Morrow Health came in alongside," said Ada Venn, '
        "chief executive of Corvane Therapeutics.",
        [
            ("teskel-capital", "FUNDS", "corvane-therapeutics"),
            ("morrow-health", "FUNDS", "corvane-therapeutics"),
        ],
        [],
    ),
    (  # media: "existing backers A and B took part too"
        "Streamlo raised 40 million dollars in a round led by Galder Partners. Existing backers "
        "Ivory Lane Capital and Pemberton Media took part too.",
        [
            ("galder-partners", "FUNDS", "streamlo"),
            ("ivory-lane-capital", "FUNDS", "streamlo"),
            ("pemberton-media", "FUNDS", "streamlo"),
        ],
        [],
    ),
    (  # food: "P's venture arm participated" after a seed round
        "Corvane Foods raised 20 million euros in a seed round. Pemberton Foods' venture arm "
        "participated.",
        [("pemberton-foods", "FUNDS", "corvane-foods")],
        [],
    ),
    (  # shipping: "A led, and B joined" after a round sentence
        "Harstad Logistics raised 45 million dollars in a Series B round. Teskel Capital led, "
        "and Morrow Maritime joined.",
        [
            ("teskel-capital", "FUNDS", "harstad-logistics"),
            ("morrow-maritime", "FUNDS", "harstad-logistics"),
        ],
        [],
    ),
    (  # finance: "A and B are X's main backers"
        "Pollard Pensions and Ure Holdings are Kelmore Credit Fund's main backers.",
        [
            ("pollard-pensions", "FUNDS", "kelmore-credit-fund"),
            ("ure-holdings", "FUNDS", "kelmore-credit-fund"),
        ],
        [],
    ),
    (  # finance: "Its limited partners include A and B, each pledging a sum"
        "Harrowgate Infrastructure Fund closed at 2 billion euros. Its limited partners include "
        "Pollard Pensions and Ure Holdings, each pledging 200 million euros.",
        [
            ("pollard-pensions", "FUNDS", "harrowgate-infrastructure-fund"),
            ("ure-holdings", "FUNDS", "harrowgate-infrastructure-fund"),
        ],
        [],
    ),
    (  # media: "existing backers A and B took part in it too"
        "Streamlo Media raised 40 million dollars in a Series B round led by Galder Partners. "
        "Existing backers Ivory Lane Capital and Orrin Ventures took part in it too.",
        [
            ("ivory-lane-capital", "FUNDS", "streamlo-media"),
            ("orrin-ventures", "FUNDS", "streamlo-media"),
        ],
        [],
    ),
    (  # retail: "A and B joined as shareholders"
        "Pimrose Outlets raised 40 million dollars. Galder Partners and Orrin Ventures joined "
        "as shareholders.",
        [
            ("galder-partners", "FUNDS", "pimrose-outlets"),
            ("orrin-ventures", "FUNDS", "pimrose-outlets"),
        ],
        [],
    ),
    (  # food: "A led the round, and B and C followed"
        "Corvane Foods raised 20 million euros. Galder Partners led the round, and Orrin "
        "Ventures and Ivory Lane Capital followed.",
        [
            ("orrin-ventures", "FUNDS", "corvane-foods"),
            ("ivory-lane-capital", "FUNDS", "corvane-foods"),
        ],
        [],
    ),
]

ROUND_GUARDS: list[Case] = [
    (  # guard: business partners are no investors
        "Harrowgate Logistics grew. Its partners include Pollard Freight and Ure Shipping.",
        [],
        [("pollard-freight", "FUNDS", "harrowgate-logistics")],
    ),
    (  # guard: a rival that followed with its own round
        "Streamlo Media raised 40 million dollars. Rival Galder Media followed with a 50 "
        "million dollar round.",
        [],
        [("galder-media", "FUNDS", "streamlo-media")],
    ),
    (  # guard: a bare verb whose name is no subject
        "Nimbrel Robotics raised 30 million dollars. Sales at Draskov Motors followed.",
        [],
        [("draskov-motors", "FUNDS", "nimbrel-robotics")],
    ),
    (  # guard: partners who are not limited partners
        "Pollard Pensions and Ure Holdings are Kelmore Shipping's partners.",
        [],
        [("pollard-pensions", "FUNDS", "kelmore-shipping")],
    ),
    (  # guard: a denial
        "Pollard Pensions and Ure Holdings are not Kelmore Credit Fund's investors.",
        [],
        [("pollard-pensions", "FUNDS", "kelmore-credit-fund")],
    ),
    (  # guard: declined to join
        "Nimbrel raised 30 million dollars. Felgrove Ventures declined to join the round.",
        [],
        [("felgrove-ventures", "FUNDS", "nimbrel")],
    ),
    (  # guard: rivals raised rounds from F
        "Nimbrel is growing fast. Nimbrel's rivals have raised larger rounds from Felgrove "
        "Ventures.",
        [],
        [("felgrove-ventures", "FUNDS", "nimbrel")],
    ),
]

BANK = LOANS + LOAN_GUARDS + MONEY_IN + ROUNDS + ROUND_GUARDS
GAPS: dict[str, str] = {
    "Velko Foods secured": "typing: 'Tarnby bakery plant' is read as a Location, not a "
    "Project, so the grant has no project to fund (loan-purpose works once it is a Project)",
    "Westmark Agency gave Cellova": "typing: 'the Tarnby vaccine plant' is read as a Product",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funding13(case: Case) -> None:
    check(*case)
