"""Role-family constructions: LEADS, FOUNDED, ADVISES, LOCATED_IN, PARTNERS_WITH.

Each case is (text, relations that must be found, relations that must not be), invented, in
several sectors and variants (active, passive, relative clause, appositive, coordination,
pronoun or description subjects). Guards say what a sentence must not yield.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

# -- LOCATED_IN ----------------------------------------------------------------------------------
LOCATED: list[Case] = [
    (  # manufacturing: a facility noun ("assembly hall in")
        "The wind turbine maker Brenhollow Dynamics runs an assembly hall in Lyon.",
        [("brenhollow-dynamics", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # shipping: a possessive facility
        "Ostrel Marine's yard in Glasgow builds tugs for the navy.",
        [("ostrel-marine", "LOCATED_IN", "glasgow")],
        [],
    ),
    (  # energy: "operates from"
        "Ostrel Energy operates from Glasgow and sells power across Scotland.",
        [("ostrel-energy", "LOCATED_IN", "glasgow")],
        [],
    ),
    (  # insurance: relocation of the head office
        "Cassick Assurance has moved its headquarters to Oslo.",
        [("cassick-assurance", "LOCATED_IN", "oslo")],
        [],
    ),
    (  # pharma: a research centre
        "Aldren Pharmaceuticals opened a research centre in Munich in 2020.",
        [("aldren-pharmaceuticals", "LOCATED_IN", "munich")],
        [],
    ),
    (  # banking: "C, where X is based"
        "The bank will keep its trading desk in Geneva, where Halden Bank is based.",
        [("halden-bank", "LOCATED_IN", "geneva")],
        [],
    ),
    (  # insurance: "C, X's home", with coordination of the place clause
        "The merged group will keep a claims centre in Glasgow, Cassick Assurance's home.",
        [("cassick-assurance", "LOCATED_IN", "glasgow")],
        [],
    ),
    (  # football: "C, home to X"
        "The final will be played in Porto, home to Ravenford Athletic Club.",
        [("ravenford-athletic-club", "LOCATED_IN", "porto")],
        [],
    ),
    (  # mining: a mine
        "Quarro Mining operates a copper mine in Chile.",
        [("quarro-mining", "LOCATED_IN", "chile")],
        [],
    ),
    (  # shipping: a known place modifying a company noun, sentence-initial "The"
        "The Hamburg shipowner Hasso Lines ordered four vessels.",
        [("hasso-lines", "LOCATED_IN", "hamburg")],
        [],
    ),
    (  # agriculture: an appositive "a C seed company"
        "Pellow Seeds, a Lyon seed company, sells grain to millers.",
        [("pellow-seeds", "LOCATED_IN", "lyon")],
        [],
    ),
    (  # boats: "the C boatbuilder" refers back to the company named before
        "Skiff Yachts lost the tender. The Glasgow boatbuilder, owned by a holding group, "
        "will appeal.",
        [("skiff-yachts", "LOCATED_IN", "glasgow")],
        [],
    ),
    (  # guard: a nationality and a company modifying a company noun locate nothing
        "The U.S. carmaker Brenn Motors hired the Siemens supplier Ostrel Parts.",
        [],
        [
            ("brenn-motors", "LOCATED_IN", "united-states"),
            ("ostrel-parts", "LOCATED_IN", "siemens"),
        ],
    ),
    (  # steel: a facility set off by commas, "in the city of C"
        "Ardent Steel opened a second plant, in the city of Tarnow, last year.",
        [("ardent-steel", "LOCATED_IN", "tarnow")],
        [],
    ),
    (  # shipping: "will be run from C" with "the company" as subject; airlines: "its base in"
        "Harl Marine said it would cut jobs. The company will be run from Bergen after the "
        "move. Krell Airways has its base in Dublin.",
        [("harl-marine", "LOCATED_IN", "bergen"), ("krell-airways", "LOCATED_IN", "dublin")],
        [],
    ),
    (  # boats: "is to be run out of C", an unknown town typed a place by the phrase
        "Corvex Marine makes boats. The firm is to be run out of Tarvik.",
        [("corvex-marine", "LOCATED_IN", "tarvik")],
        [],
    ),
    (  # boats: "a factory at the harbour town of C"
        "Corvex Marine has a factory at the harbour town of Tarvik.",
        [("corvex-marine", "LOCATED_IN", "tarvik")],
        [],
    ),
    (  # shipbuilding: "X, a tug maker from C"; food: "which runs a bakery in C"
        "Corvex Marine, a tug maker from Leeds, was sold. The deal gives Harl Foods, which runs "
        "a bakery in York, a bigger market.",
        [("corvex-marine", "LOCATED_IN", "leeds"), ("harl-foods", "LOCATED_IN", "york")],
        [],
    ),
    (  # guard: a person "from" a place, and a company that buys "from" one
        "Ada Fenn, a banker from Leeds, joined Harl Foods. Harl Foods, a buyer of grain from "
        "York, grew.",
        [],
        [("ada-fenn", "LOCATED_IN", "leeds"), ("harl-foods", "LOCATED_IN", "york")],
    ),
    (  # banking: "X, of C,"; "the headquarters of X are in C"; "X, whose headquarters are in C"
        "Halden Bank, of Leeds, cut rates. The headquarters of Orm Motors are in York. Cassick "
        "Assurance, whose headquarters are in Perth, agreed.",
        [
            ("halden-bank", "LOCATED_IN", "leeds"),
            ("orm-motors", "LOCATED_IN", "york"),
            ("cassick-assurance", "LOCATED_IN", "perth"),
        ],
        [],
    ),
    (  # retail: a fronted participle of place, the town before its country
        "Based in Leeds, England, Orm Stores has 40 shops. Headquartered in York, Halden Bank "
        "cut rates.",
        [("orm-stores", "LOCATED_IN", "leeds"), ("halden-bank", "LOCATED_IN", "york")],
        [],
    ),
    (  # insurance: "moved to C"; "is building a new headquarters in C"
        "Cassick Assurance moved to Perth in 2010. Halden Bank is building a new headquarters "
        "in Leeds.",
        [("cassick-assurance", "LOCATED_IN", "perth"), ("halden-bank", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # autos: "whose plant is in C", "X's factory is in C", "its home town of C",
        # "its headquarters outside C"
        "Orm Motors, whose plant is in Leeds, cut jobs. Brenn Vans' factory is in York. "
        "Halden Bank returned to its home town of Perth. Cassick Assurance has its headquarters "
        "outside Oslo.",
        [
            ("orm-motors", "LOCATED_IN", "leeds"),
            ("brenn-vans", "LOCATED_IN", "york"),
            ("halden-bank", "LOCATED_IN", "perth"),
            ("cassick-assurance", "LOCATED_IN", "oslo"),
        ],
        [],
    ),
    (  # guard: a person "of" a place, a fronted participle before a person
        "Sarah Quinn, of Leeds, sued Halden Bank. Based in York, the analyst James Ward covers "
        "Orm Stores.",
        [],
        [("halden-bank", "LOCATED_IN", "leeds"), ("orm-stores", "LOCATED_IN", "york")],
    ),
    (  # guard: a service running between places, a schedule
        "Harl Marine's ferry service will run from Tarvik to Oslo. The tournament will run "
        "from Monday, Krell Airways said.",
        [],
        [("harl-marine", "LOCATED_IN", "tarvik"), ("krell-airways", "LOCATED_IN", "monday")],
    ),
    (  # guard: a speaker's employer is not placed by "at X in C"
        '"Prices will rise," said Iris Kade, an analyst at Moorland Securities in Lisbon.',
        [],
        [("moorland-securities", "LOCATED_IN", "lisbon")],
    ),
    (  # guard: a court's district is a venue
        "Ostrel Mutual sued Cassick Assurance in the Southern District of New York.",
        [("ostrel-mutual", "DISPUTES", "cassick-assurance")],
        [
            ("district", "LOCATED_IN", "new-york-city"),
            ("southern-district", "LOCATED_IN", "new-york-city"),
        ],
    ),
    (  # guard: customers' sites are not the seller's
        "Korland Software sells route planning to 300 distribution centers in Canada.",
        [],
        [("korland-software", "LOCATED_IN", "canada")],
    ),
    (  # guard: "where" with no placing word
        "Ostrel Energy met investors in Glasgow, where Halden Bank made its pitch.",
        [],
        [("halden-bank", "LOCATED_IN", "glasgow")],
    ),
    (  # retail: "the firm is based in C" is the article's company, not the buyer just named
        "Nestwell, a maker of kitchen scales, said sales rose. Nestwell is selling 30% to Banca "
        "Ridolfi. The firm is based in Lyon.",
        [("nestwell", "LOCATED_IN", "lyon")],
        [("banca-ridolfi", "LOCATED_IN", "lyon")],
    ),
    (  # banking: "has its seat in", after a sentence whose subject is the buyer
        "Nestwell, a maker of kitchen scales, said sales rose. Nestwell is selling 30% to Banca "
        "Ridolfi. The bank paid 40 million euros for the shares. The firm has its seat in Lyon.",
        [("nestwell", "LOCATED_IN", "lyon")],
        [("banca-ridolfi", "LOCATED_IN", "lyon")],
    ),
    (  # insurance: a registered office
        "Brenmoor Insurance has its registered office in Dublin.",
        [("brenmoor-insurance", "LOCATED_IN", "dublin")],
        [],
    ),
    (  # guard (media): the subject of the sentence before stays "the company" elsewhere
        "Ardmore Media said sales rose. Ardmore Media will sell Quillon Radio. Quillon Radio "
        "was founded in 1990. The company is based in Leeds.",
        [("quillon-radio", "LOCATED_IN", "leeds")],
        [("ardmore-media", "LOCATED_IN", "leeds")],
    ),
    (  # guard (food): "the new company" after a merger is the company it creates
        "Hobb Bakeries and Crumley Foods agreed to merge. The new company will have its head "
        "office in Leeds.",
        [],
        [("hobb-bakeries", "LOCATED_IN", "leeds"), ("crumley-foods", "LOCATED_IN", "leeds")],
    ),
    (  # shipping: "a merger" named, "the new group"
        "Greyline Shipping agreed to a merger with Orsa Logistics. The new group will be based "
        "in Oslo.",
        [],
        [("greyline-shipping", "LOCATED_IN", "oslo"), ("orsa-logistics", "LOCATED_IN", "oslo")],
    ),
    (  # ... without a merger, "the new company" is the start-up just named
        "Former bankers founded Quillon Pay in 2021. The new company is based in Leeds.",
        [("quillon-pay", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # manufacturing: a place modifying the owner's head-office noun
        "Palomar Foundry's Leeds headquarters will close in May.",
        [("palomar-foundry", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # banking: "from its Geneva head office"
        "Halden Bank runs the fund from its Geneva head office.",
        [("halden-bank", "LOCATED_IN", "geneva")],
        [],
    ),
    (  # shipping: an appositive company noun "in" a place
        "Corvex Marine, a tug maker in Leeds, cut jobs.",
        [("corvex-marine", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # banking: a predicate company noun "in" a place
        "Corvex Bank is a lender in Leeds.",
        [("corvex-bank", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard: "with customers in": the place is not the company's
        "Corvex Marine, a tug maker with customers in Brest, cut jobs.",
        [],
        [("corvex-marine", "LOCATED_IN", "brest")],
    ),
    (  # metals: "a foundry in"
        "Palomar Bells makes its bells at a foundry in Leeds.",
        [("palomar-bells", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # banking: "X, whose head office is in C"
        "Halden Bank, whose head office is in Leeds, cut rates.",
        [("halden-bank", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # insurance: possessive seat noun, copula
        "Brenmoor Insurance's head office is in Dublin.",
        [("brenmoor-insurance", "LOCATED_IN", "dublin")],
        [],
    ),
    (  # energy: "The plant of X is in C"
        "The plant of Voltan Energy is in Leeds.",
        [("voltan-energy", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # retail: "Its headquarters are in C" (pronoun possessor)
        "Brisket Stores cut prices. Its headquarters are in Leeds.",
        [("brisket-stores", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard: the head of an organization is a person, not a site
        "Halden Bank said the head of Corvex Marine is in Leeds.",
        [],
        [("corvex-marine", "LOCATED_IN", "leeds")],
    ),
    (  # energy: a planned project's site ("plans to build P in C"): a plan still has a site
        "Brask Power plans to build the Harrow Dam project in Norway.",
        [("harrow-dam", "LOCATED_IN", "norway")],
        [("brask-power", "LOCATED_IN", "norway")],
    ),
    (  # mining: "is developing the Tolley copper mine in Chile"
        "Quarro Mining is developing the Tolley Mine project in Chile.",
        [("tolley-mine", "LOCATED_IN", "chile")],
        [],
    ),
    (  # guard: negation
        "Brask Power will not build the Harrow Dam project in Norway.",
        [],
        [("harrow-dam", "LOCATED_IN", "norway")],
    ),
    (  # guard: no site chosen
        "Brask Power may build the Harrow Dam project in Norway or in Sweden.",
        [],
        [("harrow-dam", "LOCATED_IN", "norway")],
    ),
    (  # mining: "which sits in northern Chile"
        "The Tolley Mine project, which sits in northern Chile, began in May.",
        [("tolley-mine", "LOCATED_IN", "chile")],
        [],
    ),
    (  # mining: "in Chile's Antofagasta region": the most specific place
        "Quarro Mining will develop the Tolley Mine project in Chile's Antofagasta region.",
        [("tolley-mine", "LOCATED_IN", "antofagasta")],
        [("tolley-mine", "LOCATED_IN", "chile")],
    ),
]


@pytest.mark.parametrize("text,present,absent", LOCATED)
def test_located_in(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


def test_an_unknown_place_after_a_facility_noun_is_a_location() -> None:
    # shipping and energy: invented towns no list knows, typed by the facility noun before them
    check(
        "Ostrel Marine's yard in Dunmere builds tugs. Kessel Oil operates a refinery in "
        "Tarrowgate.",
        [("ostrel-marine", "LOCATED_IN", "dunmere"), ("kessel-oil", "LOCATED_IN", "tarrowgate")],
        [],
    )


def test_located_in_after_a_long_relative_clause() -> None:
    check(
        "Ostrel Energy, which last year paid a dividend and is based in Glasgow, said profits "
        "rose.",
        [("ostrel-energy", "LOCATED_IN", "glasgow")],
        [],
    )


def test_located_in_from_a_place_modified_description() -> None:
    # agriculture: "the Leeds-based dairy cooperative" is the co-op named before
    check(
        "Cremlow Cooperative buys milk from Halden Bank clients. The Leeds-based dairy cooperative "
        "said it would sell the plant.",
        [("cremlow-cooperative", "LOCATED_IN", "leeds")],
        [("halden-bank", "LOCATED_IN", "leeds")],
    )


# -- LEADS ---------------------------------------------------------------------------------------
LEADS: list[Case] = [
    (  # banking: a possessive description and a title before the holder
        "Halden Bank cut rates. The bank's chair is Dame Orla Penhallow, a former regulator.",
        [("orla-penhallow", "LEADS", "halden-bank")],
        [],
    ),
    (  # shipping: counterparts on both sides, premodified
        "Halden Shipping chairman Tomas Vrell and his Norsk Line counterpart Sarah Collins "
        "signed the deal.",
        [("tomas-vrell", "LEADS", "halden-shipping"), ("sarah-collins", "LEADS", "norsk-line")],
        [("sarah-collins", "LEADS", "halden-shipping")],
    ),
    (  # telecoms: counterpart after "at"
        "Peter Lund, chief executive of Baltic Cable, met his counterpart at Norsk Telecom, "
        "Sarah Collins, in Oslo.",
        [("peter-lund", "LEADS", "baltic-cable"), ("sarah-collins", "LEADS", "norsk-telecom")],
        [("sarah-collins", "LEADS", "baltic-cable")],
    ),
    (  # retail: an interim appointment
        "Meridia Foods named Sarah Collins interim chief executive on Monday.",
        [("sarah-collins", "LEADS", "meridia-foods")],
        [],
    ),
    (  # football: "chaired by", passive
        "Ravenford United was bought by Lakeshore Capital last year. The club is chaired by "
        "Simon Kerr.",
        [("simon-kerr", "LEADS", "ravenford-united")],
        [("simon-kerr", "LEADS", "lakeshore-capital")],
    ),
    (  # autos: "managed by", coordinated agents
        "Kestrel Motors is managed by Sarah Collins and James Ward.",
        [("sarah-collins", "LEADS", "kestrel-motors"), ("james-ward", "LEADS", "kestrel-motors")],
        [],
    ),
    (  # finance: a successor who "took over" leads what the predecessor ran
        "Nordic Bourse is the largest exchange in the region. Sarah Collins ran the exchange "
        "until May, when Marta Lopez took over.",
        [("sarah-collins", "LEADS", "bourse"), ("marta-lopez", "LEADS", "bourse")],
        [],
    ),
    (  # football: a relative named through a possessor is the agent, not the possessor
        "Ravenford United is chaired by Kowalski's uncle, Peter Moe.",
        [("peter-moe", "LEADS", "ravenford-united")],
        [],
    ),
    (  # banking: a bare role in a sentence naming no organization: the one just discussed
        "Halden Bank cut rates on Monday. Finance chief Adaora Kell steps in as interim chief "
        "executive.",
        [("adaora-kell", "LEADS", "halden-bank")],
        [],
    ),
    (  # retail: "Chief executive X said" after the company was the subject
        "Marlow Stores reported higher sales. Chief executive Sarah Collins said demand was "
        "strong.",
        [("sarah-collins", "LEADS", "marlow-stores")],
        [],
    ),
    (  # guard: a sentence naming its own organization keeps the role to it (no context)
        "Marlow Stores reported higher sales. Chief executive Sarah Collins of Brava Foods "
        "said demand was strong.",
        [("sarah-collins", "LEADS", "brava-foods")],
        [("sarah-collins", "LEADS", "marlow-stores")],
    ),
    (  # guard: a bare function ("head of research") takes no context
        "Marlow Stores reported higher sales. Sarah Collins was named head of research.",
        [],
        [("sarah-collins", "LEADS", "marlow-stores")],
    ),
    (  # food: the role of the possessed company, not of its possessor
        "Sarah Collins, the chief executive of Brava Foods' parent company, Kessel Group, said "
        "sales rose.",
        [("sarah-collins", "LEADS", "kessel-group"), ("kessel-group", "OWNS", "brava-foods")],
        [("sarah-collins", "LEADS", "brava-foods")],
    ),
    (  # guard: the head of a company's unit does not lead the company
        "James Ward, head of Brava Foods' bakery unit, said sales rose.",
        [],
        [("james-ward", "LEADS", "brava-foods")],
    ),
    (  # insurance: "chairs the board of"
        "Sarah Collins, who chairs the board of Tessel Re, said claims fell.",
        [("sarah-collins", "LEADS", "tessel-re")],
        [],
    ),
    (  # guard: a head of a function ("head of manufacturing") does not lead the company
        "Project Tidewater will be led by Gwen Achterberg, Norveth Motors' head of "
        "manufacturing. Sarah Collins, president of operations at Brava Foods, agreed.",
        [("gwen-achterberg", "LEADS", "project-tidewater")],
        [("gwen-achterberg", "LEADS", "norveth-motors"), ("sarah-collins", "LEADS", "brava-foods")],
    ),
    (  # charity: a second conjunct "and its chair" is about the appositive's person
        "Grace Lindholm, founder of the Blue Current Foundation and its chair, spoke first.",
        [
            ("grace-lindholm", "FOUNDED", "blue-current-foundation"),
            ("grace-lindholm", "LEADS", "blue-current-foundation"),
        ],
        [],
    ),
    (  # aviation: "who founded the carrier ... and will remain its chairman"
        "Brennan Air cut fares. She succeeds Declan Brennan, who founded the carrier in 1998 "
        "and will remain its chairman.",
        [("declan-brennan", "LEADS", "brennan-air"), ("declan-brennan", "FOUNDED", "brennan-air")],
        [],
    ),
    (  # shipping: "heads the Oslo shipping group X" (a place among the descriptors)
        "Ingrid Solheim heads the Oslo shipping group Varnes Line.",
        [("ingrid-solheim", "LEADS", "varnes-line")],
        [],
    ),
    (  # chips: the reporting verb after the holder: "..., CEO X said"
        "Tessaril Chips, which is headquartered in Eindhoven, has been looking for a partner "
        "since 2022, Chief Executive Officer Sarah Collins said.",
        [("sarah-collins", "LEADS", "tessaril-chips")],
        [],
    ),
    (  # charity: "the charity's board, chaired by X" (the description resolved)
        "Harwell Trust, a housing charity, sold its offices. The charity's board, chaired by "
        "the former judge Sarah Marsh, approved the sale.",
        [("sarah-marsh", "LEADS", "harwell-trust")],
        [],
    ),
    (  # autos: "its board is chaired by X"; insurance: "X's supervisory board, led by Y"
        "Pendle Motors cut jobs. Its board is chaired by James Ward. Cassick Assurance's "
        "supervisory board, led by Anna Berg, agreed.",
        [("james-ward", "LEADS", "pendle-motors"), ("anna-berg", "LEADS", "cassick-assurance")],
        [],
    ),
    (  # guard: a negated chair, and a board member is no chair
        "Harwell Trust's board, which includes Sarah Marsh, was not chaired by Tom Hale.",
        [],
        [("tom-hale", "LEADS", "harwell-trust"), ("sarah-marsh", "LEADS", "harwell-trust")],
    ),
    (  # pharma: a title between the role's comma and the holder
        "Granby Pharma said the trial worked. The company's chief executive, Dr. Lise Moreau, "
        "called it a milestone.",
        [("lise-moreau", "LEADS", "granby-pharma")],
        [],
    ),
    (  # banking: "X, the chief executive, ..." with the bank the sentence before
        "Trelow Bank said profits rose. Ann Kemp, the chief executive, owns 2% of the shares.",
        [("ann-kemp", "LEADS", "trelow-bank")],
        [],
    ),
    (  # media: "..., when Y took the helm"; retail: "at which point Y took charge"
        "Anna Berg led Dovetail Media until 2019, when Kai Renn took the helm. James Ward ran "
        "Orm Stores until May, at which point Sarah Collins took charge.",
        [
            ("kai-renn", "LEADS", "dovetail-media"),
            ("sarah-collins", "LEADS", "orm-stores"),
        ],
        [("sarah-collins", "LEADS", "dovetail-media")],
    ),
    (  # guard: "took charge of" a function names its object (read elsewhere)
        "Anna Berg led Dovetail Media, and Kai Renn took charge of its finances.",
        [("anna-berg", "LEADS", "dovetail-media")],
        [("kai-renn", "LEADS", "dovetail-media")],
    ),
    (  # museums: "the museum's trustees, chaired by X"
        "The Harlow Museum needs money. The museum's trustees, chaired by the retired banker "
        "Evan Lusk, approved the loan.",
        [("evan-lusk", "LEADS", "harlow-museum")],
        [],
    ),
    (  # shipping: a future interim role after "would be"
        "Corvex Marine said Anna Holt would be acting chief executive.",
        [("anna-holt", "LEADS", "corvex-marine")],
        [],
    ),
    (  # labs: "it" after "the enlarged lab" is the new company, not either party
        "Orla Labs and Vanta Bio will merge. Orla chief executive Tina Bale will run the "
        "enlarged lab, while her Vanta counterpart, Rob Kaye, will chair it.",
        [("tina-bale", "LEADS", "orla-labs"), ("rob-kaye", "LEADS", "vanta-bio")],
        [("rob-kaye", "LEADS", "orla-labs"), ("tina-bale", "LEADS", "vanta-bio")],
    ),
    (  # health: "the nurses' union, whose president, X, ..." (a plural possessive inside)
        "The Nurses Union rejected the offer. The nurses' union, whose president, Dee Ansel, "
        "backed the deal, will vote.",
        [("dee-ansel", "LEADS", "the-nurses-union")],
        [],
    ),
    (  # government: "Transport Secretary X" with the department named in another sentence
        "The Department for Transport chose Brae Rail for the line. Transport Secretary Lena "
        "Cobb said the award would cut fares.",
        [("lena-cobb", "LEADS", "department-for-transport")],
        [],
    ),
    (  # energy: a quoted minister, and "X, the energy minister," in apposition
        'The Ministry of Energy approved the wind farm. "We back it," Energy Minister Ruth '
        "Hale said. Omar Reyes, the energy minister until 2020, agreed.",
        [
            ("ruth-hale", "LEADS", "the-ministry-of-energy"),
            ("omar-reyes", "LEADS", "the-ministry-of-energy"),
        ],
        [],
    ),
    (  # government: "said her department, the X, would act"; media: "his agency, X"
        "Commissioner Ana Ruiz said her department, the Fair Trade Agency, would act. James "
        "Ward said his agency, Brightline Media, had won the account.",
        [("ana-ruiz", "LEADS", "fair-trade-agency"), ("james-ward", "LEADS", "brightline-media")],
        [],
    ),
    (  # guard: a department of a company is a function, not the company
        "James Ward said the bank's department, the Orm Lending Desk, would act.",
        [],
        [("james-ward", "LEADS", "orm-lending-desk")],
    ),
    (  # guard: a shadow or deputy minister, and a minister of a domain with no body named
        "The Ministry of Energy approved the wind farm. Shadow Energy Minister Ruth Hale and "
        "Deputy Energy Minister Omar Reyes disagreed. Health Minister Lena Cobb said nothing.",
        [],
        [
            ("ruth-hale", "LEADS", "the-ministry-of-energy"),
            ("omar-reyes", "LEADS", "the-ministry-of-energy"),
            ("lena-cobb", "LEADS", "the-ministry-of-energy"),
        ],
    ),
    (  # research: "the institute's president, X" refers back to the named institute
        "The Halden Institute for Soil Science lost its grant. The institute's president, Ada "
        "Fenn, said it would appeal.",
        [("ada-fenn", "LEADS", "halden-institute-for-soil-science")],
        [],
    ),
    (  # research: an appositive between the holder and "has been named head of"
        "Dr. Sarah Quinn, a senior scientist at Orvane Labs, has been named head of the "
        "Brightwater Project. James Ward, a partner at Tarn Law, was appointed chair of Halden "
        "Bank.",
        [("sarah-quinn", "LEADS", "brightwater-project"), ("james-ward", "LEADS", "halden-bank")],
        [("sarah-quinn", "LEADS", "orvane-labs"), ("james-ward", "LEADS", "tarn-law")],
    ),
    (  # banking: the chair of a possessed board leads its possessor (verb and role noun)
        "Sarah Quinn, who chairs Halden Bank's board, spoke first. James Ward, chairman of "
        "Orm Motors' supervisory board, spoke next.",
        [("sarah-quinn", "LEADS", "halden-bank"), ("james-ward", "LEADS", "orm-motors")],
        [],
    ),
    (  # retail: "is stepping down as X's chief executive"
        "Sarah Quinn is stepping down as Orm Stores' chief executive.",
        [("sarah-quinn", "LEADS", "orm-stores")],
        [],
    ),
    (  # insurance: "A succeeded B as chief executive of X": both led X
        "Sarah Quinn succeeded James Ward as chief executive of Cassick Assurance.",
        [
            ("sarah-quinn", "LEADS", "cassick-assurance"),
            ("james-ward", "LEADS", "cassick-assurance"),
        ],
        [],
    ),
    (  # guard: a part of the possessor is not the possessor ("runs X's bakery unit")
        "Sarah Quinn runs Halden Foods' bakery unit.",
        [],
        [("sarah-quinn", "LEADS", "halden-foods")],
    ),
    (  # banking: future roles ("X's next chief executive will be Y", "is set to become")
        "Halden Bank's next chief executive will be Sarah Quinn. James Ward is set to become "
        "chair of Orm Motors.",
        [("sarah-quinn", "LEADS", "halden-bank"), ("james-ward", "LEADS", "orm-motors")],
        [],
    ),
    (  # insurance: "takes over as X chief executive in May" is a post, not a purchase
        "Sarah Quinn takes over as Cassick Assurance chief executive in May.",
        [("sarah-quinn", "LEADS", "cassick-assurance")],
        [("sarah-quinn", "OWNS", "cassick-assurance")],
    ),
    (  # media: a former role still counts (the annotation conventions list it)
        "Sarah Collins, the former chief executive of Harbour Media, joined Velis Studios.",
        [("sarah-collins", "LEADS", "harbour-media")],
        [("sarah-collins", "LEADS", "velis-studios")],
    ),
    (  # energy: the chair of the panel that supervises a project leads it
        "The Harrow Dam project is to be supervised by a panel that Professor Ines Marl chairs.",
        [("ines-marl", "LEADS", "harrow-dam")],
        [],
    ),
    (  # government works: "a committee which Dame X heads", "overseen by"
        "The Kelso Bridge scheme will be overseen by a committee which Dame Ada Fenn heads.",
        [("ada-fenn", "LEADS", "kelso-bridge")],
        [],
    ),
    (  # banking: a possessive board, relative clause
        "Halden Bank's board, which Tom Harlan chairs, approved the sale.",
        [("tom-harlan", "LEADS", "halden-bank")],
        [],
    ),
    (  # guard (mining): a panel that criticised the project is not the project's board
        "The Tolley Mine project was criticised by a panel that Professor Ines Marl chairs.",
        [],
        [("ines-marl", "LEADS", "tolley-mine")],
    ),
    (  # guard: negation
        "The Harrow Dam project is to be supervised by a panel that Professor Ines Marl does not "
        "chair.",
        [],
        [("ines-marl", "LEADS", "harrow-dam")],
    ),
    (  # investment: "whose senior partner, X," leads the firm (not a partnership)
        "They won over Gannet Capital, whose senior partner, Lyle Ostry, joins the board.",
        [("lyle-ostry", "LEADS", "gannet-capital")],
        [("lyle-ostry", "PARTNERS_WITH", "gannet-capital")],
    ),
    (  # sport: "the league is headed by X, a retired nurse"
        "Westmoor Netball League has 40 clubs. The league is headed by Rhea Doone, a retired "
        "nurse.",
        [("rhea-doone", "LEADS", "westmoor-netball-league")],
        [],
    ),
    (  # banking: "named X chief executive" after a name ending in an organization word
        "Halden Bank named Laura Novak chief executive.",
        [("laura-novak", "LEADS", "halden-bank")],
        [],
    ),
    (  # food: an unknown given name, "named X acting chief executive"
        "Pellow Foods named Ada Prent acting chief executive.",
        [("ada-prent", "LEADS", "pellow-foods")],
        [],
    ),
    (  # retail: "X will take over as interim chief executive" (the article's company)
        "Brisket Stores said sales fell. Ada Prent will take over as interim chief executive.",
        [("ada-prent", "LEADS", "brisket-stores")],
        [],
    ),
    (  # aviation: passive appointment, "was named acting CEO"
        "Skyra Airlines said costs rose. Ada Prent was named acting CEO.",
        [("ada-prent", "LEADS", "skyra-airlines")],
        [],
    ),
    (  # mining: "will become chief executive"
        "Quarro Mining said output fell. Ada Prent will become chief executive in May.",
        [("ada-prent", "LEADS", "quarro-mining")],
        [],
    ),
    (  # guard: an organization given a role is not made a person
        "Halden Bank named Orla Capital its lead adviser.",
        [],
        [("orla-capital", "LEADS", "halden-bank")],
    ),
    (  # food: "Chief executive X was replaced by Y": the successor leads the same company
        "Pellow Foods said sales fell. Chief executive Tom Harlan was replaced by Ada Prent in "
        "May.",
        [("ada-prent", "LEADS", "pellow-foods"), ("tom-harlan", "LEADS", "pellow-foods")],
        [],
    ),
    (  # telecoms: "will be succeeded by"
        "Tarvo Telecom chief executive Tom Harlan will be succeeded by Ada Prent.",
        [("ada-prent", "LEADS", "tarvo-telecom")],
        [],
    ),
    (  # insurance: active "Y will succeed [company] chief executive X"
        "Ada Prent will succeed Brenmoor Insurance chief executive Tom Harlan.",
        [("ada-prent", "LEADS", "brenmoor-insurance")],
        [],
    ),
    (  # guard: negated succession
        "Tom Harlan, who chairs Pellow Foods, will not be replaced by Ada Prent.",
        [("tom-harlan", "LEADS", "pellow-foods")],
        [("ada-prent", "LEADS", "pellow-foods")],
    ),
    (  # guard: the successor's post is named ("as chairman of Y"): not the predecessor's
        "Pellow Foods chief executive Tom Harlan was replaced by Ada Prent as chairman of Orla "
        "Labs.",
        [("ada-prent", "LEADS", "orla-labs")],
        [("ada-prent", "LEADS", "pellow-foods")],
    ),
    (  # robotics: "co-founder, and also CEO, of C": both roles
        "Max Orrin is co-founder, and also CEO, of Tillable Robotics.",
        [
            ("max-orrin", "FOUNDED", "tillable-robotics"),
            ("max-orrin", "LEADS", "tillable-robotics"),
        ],
        [],
    ),
    (  # "co-founder and also chief executive of C"
        "Max Orrin is co-founder and also chief executive of Tillable Robotics.",
        [
            ("max-orrin", "FOUNDED", "tillable-robotics"),
            ("max-orrin", "LEADS", "tillable-robotics"),
        ],
        [],
    ),
    (  # guard: an aside without the roles' object is no chain
        "Max Orrin is a co-founder, and also CEO Tom Harlan said Tillable Robotics would grow.",
        [],
        [("max-orrin", "LEADS", "tillable-robotics")],
    ),
    (  # shipping: "who has been acting chief executive since May": the article's company
        "Greyline Shipping said sales fell. Ada Prent, who has been acting chief executive since "
        "May, said costs rose.",
        [("ada-prent", "LEADS", "greyline-shipping")],
        [],
    ),
    (  # energy: "the alliance" is the named alliance, not one of its members
        "Voltan Energy and Corvex Power formed the Green Grid Alliance. The alliance is headed "
        "by Tom Harlan.",
        [("tom-harlan", "LEADS", "green-grid-alliance")],
        [("tom-harlan", "LEADS", "voltan-energy"), ("tom-harlan", "LEADS", "corvex-power")],
    ),
    (  # guard: with no alliance named, "the alliance" is no member company
        "Voltan Energy joined an alliance of grid firms. Corvex Power makes turbines. The "
        "alliance is headed by Tom Harlan.",
        [],
        [("tom-harlan", "LEADS", "voltan-energy"), ("tom-harlan", "LEADS", "corvex-power")],
    ),
    (  # banking: "The chief executive of X is Y" (role subject, holder after the copula)
        "The chief executive of Halden Bank is Ada Prent.",
        [("ada-prent", "LEADS", "halden-bank")],
        [],
    ),
    (  # robotics: "The founder of X is Y"
        "The founder of Tillable Robotics is Max Orrin.",
        [("max-orrin", "FOUNDED", "tillable-robotics")],
        [],
    ),
    (  # retail: "X's new chief executive will be Y", unknown given name
        "Brisket Stores' new chief executive will be Ada Prent.",
        [("ada-prent", "LEADS", "brisket-stores")],
        [],
    ),
    (  # aviation: "appointed X as its new chief executive"
        "Skyra Airlines appointed Ada Prent as its new chief executive.",
        [("ada-prent", "LEADS", "skyra-airlines")],
        [],
    ),
    (  # banking: "Under X's leadership, Y ..."
        "Under Ada Prent's leadership, Halden Bank has doubled its profits.",
        [("ada-prent", "LEADS", "halden-bank")],
        [],
    ),
    (  # mining: "under the leadership of X, Y ..."
        "Under the leadership of Tom Harlan, Quarro Mining grew fast.",
        [("tom-harlan", "LEADS", "quarro-mining")],
        [],
    ),
    (  # guard: negation in the main clause
        "Under Tom Harlan's leadership, Halden Bank has not grown.",
        [],
        [("tom-harlan", "LEADS", "halden-bank")],
    ),
    (  # banking: "Y replaced X as Z's chief executive": both led Z
        "Ada Prent replaced Tom Harlan as Halden Bank's chief executive in May.",
        [("ada-prent", "LEADS", "halden-bank"), ("tom-harlan", "LEADS", "halden-bank")],
        [],
    ),
    (  # engineering: "the group's chief executive" is the company named "... Group", not the
        # subject of the sentence before
        "Halvard Group makes cranes. Corvex Marine, a rival, cut prices last week. The group's "
        "chief executive, Tom Harlan, said sales rose.",
        [("tom-harlan", "LEADS", "halvard-group")],
        [("tom-harlan", "LEADS", "corvex-marine")],
    ),
]


@pytest.mark.parametrize("text,present,absent", LEADS)
def test_leads(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# -- FOUNDED --------------------------------------------------------------------------------------
FOUNDED: list[Case] = [
    (  # pharma: a fronted participle whose subject is a description
        "Orm Diagnostics sells test kits. Founded in 2011 by Dr. Vasil Orm and Dr. Inka Tarr, "
        "the lab sells diagnostic kits.",
        [("vasil-orm", "FOUNDED", "orm-diagnostics"), ("inka-tarr", "FOUNDED", "orm-diagnostics")],
        [],
    ),
    (  # food: a fronted "set up", the subject named
        "Set up in 2004 by Sarah Collins and James Ward, Kessel Brewing supplies pubs.",
        [
            ("sarah-collins", "FOUNDED", "kessel-brewing"),
            ("james-ward", "FOUNDED", "kessel-brewing"),
        ],
        [],
    ),
    (  # food: descriptors before each founder; "the brewery" is the company named before
        "Kessel Brewing sells beer. The brewery, set up by former rail engineer Colm Arvey and "
        "the chemist Sunniva Dahl, supplies pubs.",
        [
            ("colm-arvey", "FOUNDED", "kessel-brewing"),
            ("sunniva-dahl", "FOUNDED", "kessel-brewing"),
        ],
        [],
    ),
    (  # medtech: "It was started by A and her former tutor, Prof. B"
        "Orm Diagnostics sells kits. It was started by Dr. Mira Hollick and her former tutor, "
        "Prof. Anton Gell.",
        [
            ("mira-hollick", "FOUNDED", "orm-diagnostics"),
            ("anton-gell", "FOUNDED", "orm-diagnostics"),
        ],
        [],
    ),
    (  # retail: two participles share one patient
        "Orm Stores was founded and led by Sarah Collins until 2020.",
        [("sarah-collins", "FOUNDED", "orm-stores"), ("sarah-collins", "LEADS", "orm-stores")],
        [],
    ),
    (  # mining: "co-founded X with Y"
        "Sarah Collins co-founded Quarro Mining with James Ward in 2004.",
        [("sarah-collins", "FOUNDED", "quarro-mining"), ("james-ward", "FOUNDED", "quarro-mining")],
        [],
    ),
    (  # mining: "X, founded in YEAR by Y"
        "Quarro Mining, founded in 1998 by Sarah Collins, is based in Perth.",
        [("sarah-collins", "FOUNDED", "quarro-mining"), ("quarro-mining", "LOCATED_IN", "perth")],
        [],
    ),
    (  # finance: the partner after the founded company's appositive
        "Nadia Roussel left the central bank before co-founding Roussel Partners, a "
        "consultancy based in Paris, with economist Henri Baptiste.",
        [
            ("nadia-roussel", "FOUNDED", "roussel-partners"),
            ("henri-baptiste", "FOUNDED", "roussel-partners"),
        ],
        [],
    ),
    (  # food: "the brainchild of"
        "Brava Foods was the brainchild of Sarah Collins.",
        [("sarah-collins", "FOUNDED", "brava-foods")],
        [],
    ),
    (  # consulting: former employer before the founders is no founder
        "Kestrel Analytics was founded by former Harbury consultants Sarah Collins and James Ward.",
        [
            ("sarah-collins", "FOUNDED", "kestrel-analytics"),
            ("james-ward", "FOUNDED", "kestrel-analytics"),
        ],
        [("harbury", "FOUNDED", "kestrel-analytics")],
    ),
    (  # banking: "set up in YEAR by former auditors A and B", a relative participle
        "Tally Finance, set up in 2017 by former auditors Sarah Collins and James Ward, lends "
        "to bakeries.",
        [("sarah-collins", "FOUNDED", "tally-finance"), ("james-ward", "FOUNDED", "tally-finance")],
        [],
    ),
    (  # insurance: the founders in apposition to a people noun with a former employer
        "Tillr Insurance, started in 2016 by two ex-Pennimore actuaries, John Haze and Ken "
        "Ibbs, insures bicycles.",
        [("john-haze", "FOUNDED", "tillr-insurance"), ("ken-ibbs", "FOUNDED", "tillr-insurance")],
        [],
    ),
    (  # apps: "since co-founder X left", the main clause's organization a description
        "Glint Apps said sales fell. The firm has struggled since co-founder Max Orrin left "
        "last year.",
        [("max-orrin", "FOUNDED", "glint-apps")],
        [],
    ),
    (  # kitchenware: the passive's patient is the appositive's head, not a name inside it
        "Orm Cookware, maker of the Brightpan line of steel pots, was founded in 1902 by Peter "
        "Lund.",
        [("peter-lund", "FOUNDED", "orm-cookware")],
        [("peter-lund", "FOUNDED", "brightpan")],
    ),
    (  # energy: "X, now 52 and the founder and chief executive of Y"
        "The grid needs storage, says Ines Moll, now 52 and the founder and chief executive of "
        "Orvane Power.",
        [("ines-moll", "FOUNDED", "orvane-power"), ("ines-moll", "LEADS", "orvane-power")],
        [],
    ),
    (  # media: an agentless passive "was co-founded with her brother, Y": both founded it
        "Lucy Ward sold her first firm in 2015. Her current company, Arlo Media, was "
        "co-founded in 2019 with her brother, Ken Ward.",
        [("ken-ward", "FOUNDED", "arlo-media"), ("lucy-ward", "FOUNDED", "arlo-media")],
        [],
    ),
    (  # guard: founded "with backing from" an investor: no founder
        "Arlo Media was founded in 2019 with backing from Tarn Capital.",
        [],
        [("tarn-capital", "FOUNDED", "arlo-media")],
    ),
    (  # banking: a premodified plural role before coordinated holders; co-chief executives
        "Halden Bank co-founders Sarah Quinn and James Ward retired. Orm Motors' co-chief "
        "executives, Ada Fenn and Peter Lund, stayed.",
        [
            ("sarah-quinn", "FOUNDED", "halden-bank"),
            ("james-ward", "FOUNDED", "halden-bank"),
            ("ada-fenn", "LEADS", "orm-motors"),
            ("peter-lund", "LEADS", "orm-motors"),
        ],
        [],
    ),
    (  # guard: the employer of unnamed founders founds nothing
        "Paylo Finance, set up by two former Bainbridge auditors, is based in Tulsa.",
        [("paylo-finance", "LOCATED_IN", "tulsa")],
        [("bainbridge", "FOUNDED", "paylo-finance")],
    ),
    (  # guard: "it was reported that" has no referent
        "Orm Diagnostics sells kits. It was reported that Sarah Collins founded a rival.",
        [],
        [("sarah-collins", "FOUNDED", "orm-diagnostics")],
    ),
    (  # guard (tech): "X, founded in YEAR at U": a participle describing X founds nothing
        "Quantiv, founded in 2019 at Halden University, makes sensors.",
        [],
        [("quantiv", "FOUNDED", "halden-university")],
    ),
    (  # guard (biotech): "X, launched as a spin-off of U"
        "Quantiv, launched as a spin-off of Halden University, makes sensors.",
        [],
        [("quantiv", "FOUNDED", "halden-university")],
    ),
    (  # energy: a reduced relative after the builder names the builder's founder
        "The Harrow battery plant is to be built by Voltan Energy, founded by Tom Harlan in 2010.",
        [("tom-harlan", "FOUNDED", "voltan-energy")],
        [("tom-harlan", "FOUNDED", "harrow")],
    ),
    (  # shipping: ", which was founded by"
        "The Tarnby Ferry project will be run by Corran Lines, which was founded by Ada Fenn.",
        [("ada-fenn", "FOUNDED", "corran-lines")],
        [("ada-fenn", "FOUNDED", "tarnby-ferry")],
    ),
    (  # robotics: "was started by A and B": both founders, given names unknown
        "Tillable Robotics was started by Max Orrin and Ada Fenn in 2015.",
        [
            ("max-orrin", "FOUNDED", "tillable-robotics"),
            ("ada-fenn", "FOUNDED", "tillable-robotics"),
        ],
        [],
    ),
    (  # charity: "established by" an unknown given name
        "Kelso Arts Trust was established in 2019 by Ola Sundby.",
        [("ola-sundby", "FOUNDED", "kelso-arts-trust")],
        [],
    ),
]


@pytest.mark.parametrize("text,present,absent", FOUNDED)
def test_founded(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# -- ADVISES -------------------------------------------------------------------------------------
ADVISES: list[Case] = [
    (  # a mentor "has counselled her": the object pronoun is the earlier person
        "Sarah Collins runs Brava Labs. James Ward, her mentor, has counselled her for years.",
        [("james-ward", "ADVISES", "sarah-collins")],
        [],
    ),
    (  # biotech: "joined X as a senior adviser"
        "James Ward joined Brava Labs as a senior adviser.",
        [("james-ward", "ADVISES", "brava-labs")],
        [],
    ),
    (  # "sits on the advisory board of"
        "James Ward sits on the advisory board of Osk Biologics.",
        [("james-ward", "ADVISES", "osk-biologics")],
        [],
    ),
    (  # banking: "hired X as adviser", passive with coordinated advisers
        "Halden Bank hired Sarah Collins as an adviser. Halden Bank is also advised by James "
        "Ward and Peter Lund.",
        [
            ("sarah-collins", "ADVISES", "halden-bank"),
            ("james-ward", "ADVISES", "halden-bank"),
            ("peter-lund", "ADVISES", "halden-bank"),
        ],
        [],
    ),
    (  # guard: "a consultant at/of X" is affiliation
        "James Ward, a consultant at Brava Labs, said the plan was sound. Sarah Collins, a "
        "consultant of Osk Biologics, agreed.",
        [],
        [("james-ward", "ADVISES", "brava-labs"), ("sarah-collins", "ADVISES", "osk-biologics")],
    ),
    (  # guard: "joined X as head of research" is a function, not the company's head
        "Sarah Collins joined Brava Labs as head of research in May.",
        [],
        [("sarah-collins", "LEADS", "brava-labs")],
    ),
    (  # media: "her mentor is X, who has advised her since YEAR": the object pronoun is not
        # the relative clause's own subject, whatever the possessive before it
        "Lucy Ward runs Arlo Media. Her mentor is Ken Aro, who has advised her since 2018.",
        [("ken-aro", "ADVISES", "lucy-ward")],
        [("lucy-ward", "ADVISES", "ken-aro")],
    ),
    (  # pensions: "who advises the D on ..." after an appositive
        "The economist, Mark Fenn, who advises the Pension Authority on annuities, said rates "
        "would rise.",
        [("mark-fenn", "ADVISES", "pension-authority")],
        [],
    ),
    (  # guard: coaching a company's founders founds nothing
        "Mark Fenn has coached the founders of Arlo Media. He also met the adviser to Osk "
        "Biologics.",
        [],
        [("mark-fenn", "FOUNDED", "arlo-media"), ("mark-fenn", "ADVISES", "osk-biologics")],
    ),
    (  # guard: an organization acting as adviser is not ADVISES (sources are persons)
        "Kerr Partners advised Aldren Pharma on the deal.",
        [],
        [("kerr-partners", "ADVISES", "aldren-pharma")],
    ),
    (  # banking: "her mentor is X" (copula), with a relative clause
        "Dr. Mara Quist is a rising star at Halden Bank. Her mentor is Ada Fenn, who has "
        "guided her since 2019.",
        [("ada-fenn", "ADVISES", "mara-quist")],
        [],
    ),
    (  # media: "her mentor, X," appositive
        "Dr. Mara Quist is a rising star at Halden Bank. Her mentor, Ada Fenn, retired in May.",
        [("ada-fenn", "ADVISES", "mara-quist")],
        [("ada-fenn", "ADVISES", "halden-bank")],
    ),
    (  # retail: "her mentor X" as an object
        "Dr. Mara Quist thanked her mentor Ada Fenn.",
        [("ada-fenn", "ADVISES", "mara-quist")],
        [],
    ),
    (  # guard: a mentor at an accelerator does not advise the accelerator
        "Ada Fenn is a mentor at the Kelso Accelerator.",
        [],
        [("ada-fenn", "ADVISES", "kelso-accelerator")],
    ),
    (  # banking: "X has been an adviser to Y", unknown given name
        "Ada Fenn has been an adviser to Halden Bank since 2019.",
        [("ada-fenn", "ADVISES", "halden-bank")],
        [],
    ),
    (  # guard: an organization said to be an adviser stays an organization (no ADVISES)
        "Goldfinch Partners has been an adviser to Halden Bank since 2019.",
        [],
        [("goldfinch-partners", "ADVISES", "halden-bank")],
    ),
]


@pytest.mark.parametrize("text,present,absent", ADVISES)
def test_advises(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# -- PARTNERS_WITH --------------------------------------------------------------------------------
PARTNERS: list[Case] = [
    (  # medtech: "announce a collaboration", coordinated subjects
        "Halloway Audio and Prenn Medical announce a collaboration on hearing aids.",
        [("halloway-audio", "PARTNERS_WITH", "prenn-medical")],
        [],
    ),
    (  # shipping: "the two companies expanded their partnership"
        "Greyline Shipping and Orsa Logistics signed a deal in 2020. The two companies "
        "expanded their partnership in May.",
        [("greyline-shipping", "PARTNERS_WITH", "orsa-logistics")],
        [],
    ),
    (  # energy: "with its partner, the state utility X"
        "Kestrel Refining is building the refinery with its partner, the state utility Enerka.",
        [("enerka", "PARTNERS_WITH", "kestrel-refining")],
        [],
    ),
    (  # pharma: "in partnership with"; "teamed up with A and B"
        "Aldren Pharma developed the drug in partnership with Velis Therapeutics. Aldren "
        "Pharma has also teamed up with Brava Labs and Osk Biologics to test it.",
        [
            ("aldren-pharma", "PARTNERS_WITH", "velis-therapeutics"),
            ("aldren-pharma", "PARTNERS_WITH", "brava-labs"),
            ("aldren-pharma", "PARTNERS_WITH", "osk-biologics"),
        ],
        [],
    ),
    (  # energy: "with its partner company, the utility X"
        "Harlo Energy is building the depot with its partner company, the utility Volta Power.",
        [("harlo-energy", "PARTNERS_WITH", "volta-power")],
        [],
    ),
    (  # energy: "the two later extended their alliance" (two companies, no two people)
        "Harlo Energy and Volta Power work on the depot. The two later extended their alliance.",
        [("harlo-energy", "PARTNERS_WITH", "volta-power")],
        [],
    ),
    (  # autos: "has teamed with", "will co-develop X with", "a memorandum of understanding with"
        "Halden Bank has teamed with Orm Motors. Brell Telecom will co-develop the app with Osk "
        "Networks. Aldren Pharma signed a memorandum of understanding with Velis Therapeutics.",
        [
            ("halden-bank", "PARTNERS_WITH", "orm-motors"),
            ("brell-telecom", "PARTNERS_WITH", "osk-networks"),
            ("aldren-pharma", "PARTNERS_WITH", "velis-therapeutics"),
        ],
        [],
    ),
    (  # guard: a supply contract is trade, not partnership
        "Hollis Coffee buys beans under a multi-year supply contract with Bean Co-op.",
        [],
        [("hollis-coffee", "PARTNERS_WITH", "bean-co-op")],
    ),
    (  # guard: a supply agreement, signed, is trade too
        "Corla Foods signed a supply agreement with Venn Farms to buy oats.",
        [],
        [("corla-foods", "PARTNERS_WITH", "venn-farms")],
    ),
    (  # agriculture: "in partnership with B, one of C's rivals": nothing with C
        "Corla Foods runs a mill in partnership with Venn Farms, one of Brask Agri's rivals.",
        [("corla-foods", "PARTNERS_WITH", "venn-farms")],
        [
            ("corla-foods", "PARTNERS_WITH", "brask-agri"),
            ("venn-farms", "PARTNERS_WITH", "brask-agri"),
        ],
    ),
    (  # telecoms: a venture named after the comma stays a venture
        "Brell Telecom formed a partnership with Osk Networks, Skyline Fibre, in 2021.",
        [("brell-telecom", "PARTNERS_WITH", "osk-networks")],
        [],
    ),
    (  # guard: "the relationship between A and B"
        "For years the relationship between the supplier Stemmer Parts and the carmaker Auren "
        "Motors was close.",
        [],
        [("stemmer-parts", "PARTNERS_WITH", "auren-motors")],
    ),
    (  # guard: a proposed partnership, and talks
        "Aldren Pharma proposed a partnership with Velis Therapeutics. Brava Labs is in talks "
        "to partner with Osk Biologics.",
        [],
        [
            ("aldren-pharma", "PARTNERS_WITH", "velis-therapeutics"),
            ("brava-labs", "PARTNERS_WITH", "osk-biologics"),
        ],
    ),
    (  # mining: "where X, with 40%, acts as partner": the opening organization's partner
        "Volta Mining operates in the south, where the state utility Ardent Power, with 40%, "
        "acts as partner.",
        [("ardent-power", "PARTNERS_WITH", "volta-mining")],
        [],
    ),
    (  # energy: "acts as its local partner", a participle aside
        "Brask Mining will develop the Tolley Mine project, where the utility Ardent Power, "
        "holding a 40% stake, acts as its local partner.",
        [("ardent-power", "PARTNERS_WITH", "brask-mining")],
        [],
    ),
    (  # guard: negation
        "Volta Mining runs the mine in the south, where Ardent Power does not act as partner.",
        [],
        [("ardent-power", "PARTNERS_WITH", "volta-mining")],
    ),
    (  # guard: "acts as partner to X" is the nouns' (the opening company is no party)
        "Volta Mining hired Corvex Advisory, which acts as partner to Halden Bank.",
        [("corvex-advisory", "PARTNERS_WITH", "halden-bank")],
        [("corvex-advisory", "PARTNERS_WITH", "volta-mining")],
    ),
]


@pytest.mark.parametrize("text,present,absent", PARTNERS)
def test_partners_with(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# -- BACKS ---------------------------------------------------------------------------------------
BACKS: list[Case] = [
    (  # ports: "got support from the agency X, which ..." (reversed: the supporter is after)
        "The Tarvik Terminal project got support from the agency Enviro Trust, which funds "
        "research.",
        [("enviro-trust", "BACKS", "tarvik-terminal")],
        [],
    ),
    (  # rail: "received support from", coordinated supporters
        "The Kelby Rail Link project has received strong support from Halden Council and "
        "Marlo Lines.",
        [
            ("halden-council", "BACKS", "kelby-rail-link"),
            ("marlo-lines", "BACKS", "kelby-rail-link"),
        ],
        [],
    ),
    (  # cruise: coordinated subjects, "have both endorsed"
        "Azul Cruises and Marlo Lines have both endorsed the Tarvik Terminal project.",
        [("azul-cruises", "BACKS", "tarvik-terminal"), ("marlo-lines", "BACKS", "tarvik-terminal")],
        [],
    ),
    (  # ports: a quoted verb, its object after the closing quote
        'Governor Ann Lee said she "fully supports" the Tarvik Terminal project.',
        [("ann-lee", "BACKS", "tarvik-terminal")],
        [],
    ),
    (  # guard: financial support is money, not an endorsement
        "The Tarvik Terminal project got financial support from Enviro Trust.",
        [],
        [("enviro-trust", "BACKS", "tarvik-terminal")],
    ),
    (  # ports: a quoted government's backing, the speaker after the quote
        '"The government stands squarely behind the Fallow Pier project," said transport '
        "minister Ola Sundby.",
        [("ola-sundby", "BACKS", "fallow-pier")],
        [],
    ),
    (  # energy: reported speech, "remains committed to"
        "Energy minister Pia Lund said the government remains committed to the Harrow Dam project.",
        [("pia-lund", "BACKS", "harrow-dam")],
        [],
    ),
    (  # rail: "the speaker said" after the quote, "is fully behind"
        '"The government is fully behind the Kelby Rail Link project," rail minister Ola '
        "Sundby said.",
        [("ola-sundby", "BACKS", "kelby-rail-link")],
        [],
    ),
    (  # guard: negation inside the reported clause
        "Energy minister Pia Lund said the government had never backed the Harrow Dam project.",
        [],
        [("pia-lund", "BACKS", "harrow-dam")],
    ),
    (  # guard: opposition is no backing
        "Energy minister Pia Lund said the government opposes the Harrow Dam project.",
        [],
        [("pia-lund", "BACKS", "harrow-dam")],
    ),
    (  # ports: "X, a supporter of the P project": X stays an organization and backs P
        "Ardent Power, a supporter of the Fallow Pier project, spoke.",
        [("ardent-power", "BACKS", "fallow-pier")],
        [],
    ),
    (  # local government: "gave the go-ahead for"
        "Kelso County Council gave the go-ahead for the Fallow Pier project.",
        [("kelso-county-council", "BACKS", "fallow-pier")],
        [],
    ),
    (  # planning: "granted planning permission for"
        "Kelso County Council granted planning permission for the Tarvik Terminal project.",
        [("kelso-county-council", "BACKS", "tarvik-terminal")],
        [],
    ),
    (  # energy: "is in favour of"
        "Ardent Power is in favour of the Harrow Dam project.",
        [("ardent-power", "BACKS", "harrow-dam")],
        [],
    ),
    (  # guard: negation
        "Ardent Power is not in favour of the Harrow Dam project.",
        [],
        [("ardent-power", "BACKS", "harrow-dam")],
    ),
]


@pytest.mark.parametrize("text,present,absent", BACKS)
def test_backs(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# -- guards shared by the role family ------------------------------------------------------------
GUARDS: list[Case] = [
    (  # a relative's act is not the antecedent's ("whose grandfather bought")
        "He replaces Ivo Sarr, whose grandfather bought Kessel Mills in 1950.",
        [],
        [("ivo-sarr", "OWNS", "kessel-mills")],
    ),
    (  # ... while "X, whose shares rose, bought Y" keeps X the buyer
        "Halden Bank, whose shares rose, bought Kessel Mills.",
        [("halden-bank", "OWNS", "kessel-mills")],
        [],
    ),
    (  # shipping: "the combined company" is the one the merger creates, not either party
        "Greyline Shipping and Orsa Logistics said the two companies would merge. The "
        "combined company will be based in Oslo.",
        [],
        [("greyline-shipping", "LOCATED_IN", "oslo"), ("orsa-logistics", "LOCATED_IN", "oslo")],
    ),
]


@pytest.mark.parametrize("text,present,absent", GUARDS)
def test_guards(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
