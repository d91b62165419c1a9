"""Genre bank for entity identity: which entity a name, or a short form of it, stands for.

1. A parent and its named unit sharing a first word ("Quillex Inc. ... its investment arm,
   Quillex Ventures") are two entities; a later bare "Quillex" is the parent (the name made of
   the short form and only a corporate word: Inc, plc, AG, Group, Holdings), never the arm;
   the unit may be named first, the bare form may come before either long name.
2. Organizations named by a foreign generic word ("Empresas Solmar", "Grupo Ferran",
   "Tovalli Pneus", "Castell Textil") are organizations, and so are their later short forms.
3. A surname shared by a founder and the company named after them: the bare form doing a
   company's things (sells, owns, its plants) is the company; saying, "Mr", "she" the person.
4. A place inside a like-named body ("Kelmoor Borough Council ... the Kelmoor depot") stays a
   place.
5. Programme and product names ending in a number keep it ("Pathway 2030", "Route 66 Fund").

Each case is a short invented article, across food, mining, pharma, banking, energy, retail,
media, autos, farming, shipping, telecoms, insurance, property and textiles. Guards: one
entity when only one long name exists, two different companies sharing a word, people sharing
a surname, the founder's family.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

PARENT_ARMS: list[Case] = [
    (  # food: parent with a legal suffix, arm named in an appositive, bare form later
        "Quillex Inc. reported higher sales in May. Its investment arm, Quillex Ventures, led a "
        "$10 million round in Tarrow Labs. Quillex also sued Marden Foods.",
        [("quillex-ventures", "FUNDS", "tarrow-labs"), ("quillex", "DISPUTES", "marden-foods")],
        [("quillex-ventures", "DISPUTES", "marden-foods")],
    ),
    (  # mining: "X Group" and "X Capital", bare form later
        "Brandel Group mines copper in Chile. Brandel Capital, its venture unit, invested in "
        "Sorrow Mining. Brandel also owns Kelby Coal.",
        [("brandel-capital", "FUNDS", "sorrow-mining"), ("brandel-group", "OWNS", "kelby-coal")],
        [("brandel-capital", "OWNS", "kelby-coal")],
    ),
    (  # pharma: "X AG" and "the X Foundation"
        "Kestra AG makes generic drugs. The Kestra Foundation, which the company set up in "
        "1990, funds clinics in Ghana. Kestra sued Moravel Pharma in May.",
        [("kestra", "DISPUTES", "moravel-pharma")],
        [("kestra-foundation", "DISPUTES", "moravel-pharma")],
    ),
    (  # banking: the unit named first, the parent later
        "Ottley Bank cut its mortgage rates. Its parent, Ottley Holdings, is based in Leeds. "
        "Ottley also owns Pellan Insurance.",
        [("ottley-holdings", "OWNS", "pellan-insurance")],
        [("ottley-bank", "OWNS", "pellan-insurance")],
    ),
    (  # energy: "a unit of X Holdings", the holding's bare form later
        "Norvane Energy, a unit of Norvane Holdings, runs wind farms in Kent. Norvane Holdings "
        "is led by Tom Price. Norvane also owns Sallow Power.",
        [("norvane-holdings", "OWNS", "sallow-power")],
        [("norvane-energy", "OWNS", "sallow-power")],
    ),
    (  # energy: the bare form in the sentence naming the holding, after its unit
        "Norvane Energy, a unit of Norvane Holdings, built a wind farm. Norvane Holdings chief "
        "executive Tom Price said Norvane would sue Sallow Power.",
        [("tom-price", "LEADS", "norvane-holdings")],
        [("norvane-energy", "DISPUTES", "sallow-power")],
    ),
    (  # retail: the bare short form before either long name
        "Marlo said on Monday that it had sued Pendle Stores. Marlo plc, the clothing retailer, "
        "sells clothes in 40 towns. Its property arm, Marlo Estates, owns the shops.",
        [("marlo", "DISPUTES", "pendle-stores")],
        [("marlo-estates", "DISPUTES", "pendle-stores")],
    ),
    (  # media: "X Group" and "X Labs", rivalry of the parent
        "Vesper Group owns three newspapers. Its research unit, Vesper Labs, builds software. "
        "Vesper competes with Carrow Media.",
        [("vesper-group", "COMPETES_WITH", "carrow-media")],
        [("vesper-labs", "COMPETES_WITH", "carrow-media")],
    ),
    (  # insurance: "X Holdings" and "the X Foundation", a leader of the bare form
        "Harwick Holdings sells insurance in Spain. The Harwick Foundation, its charity, pays "
        "for school meals. Harwick is led by Ana Soto.",
        [("ana-soto", "LEADS", "harwick-holdings")],
        [("ana-soto", "LEADS", "harwick-foundation")],
    ),
    (  # autos: "X AG" and "X Capital"
        "Dravik AG builds trucks in Ulm. Its finance unit, Dravik Capital, lends to dealers. "
        "Dravik competes with Volkan Trucks.",
        [("dravik", "COMPETES_WITH", "volkan-trucks")],
        [("dravik-capital", "COMPETES_WITH", "volkan-trucks")],
    ),
    (  # shipping: the arm named first with "of X plc", the bare form later
        "Halvern Ventures, the investment arm of Halvern plc, backed Dunmore Mining. Halvern "
        "also owns Pellow Shipping.",
        [("halvern-ventures", "FUNDS", "dunmore-mining"), ("halvern", "OWNS", "pellow-shipping")],
        [("halvern-ventures", "OWNS", "pellow-shipping")],
    ),
    (  # telecoms: the arm first, then the group, then the bare form
        "Sarnet Capital has backed six start-ups. Sarnet Group runs mobile networks in Peru. "
        "Sarnet sued Orvik Mobile in March.",
        [("sarnet-group", "DISPUTES", "orvik-mobile")],
        [("sarnet-capital", "DISPUTES", "orvik-mobile")],
    ),
    (  # farming: "X Group" set up "X Seeds", the bare form later
        "Coram Group farms in Kenya. In 2015 it set up Coram Seeds, which sells maize seed. "
        "Coram also owns Ridley Dairy.",
        [("coram-group", "OWNS", "ridley-dairy")],
        [("coram-seeds", "OWNS", "ridley-dairy")],
    ),
    (  # property: "X Holdings" and "X Bank", the company pronoun
        "Lindqvist Holdings builds homes in Malmo. Its lending unit, Lindqvist Bank, grew fast. "
        "Lindqvist said it had bought Orrby Homes.",
        [("lindqvist-holdings", "OWNS", "orrby-homes")],
        [("lindqvist-bank", "OWNS", "orrby-homes")],
    ),
    (  # paint: "X Group" and "the X Foundation", the bare form sues
        "Pellum Group sells paint in Poland. Its charity, the Pellum Foundation, funds schools. "
        "Pellum sued Garrow Mills in June.",
        [("pellum-group", "DISPUTES", "garrow-mills")],
        [("pellum-foundation", "DISPUTES", "garrow-mills")],
    ),
    (  # boilers: "X Inc." and "X Capital, the group's venture arm"
        "Arvik Inc. makes boilers. Arvik Capital, the group's venture arm, backed Nolo Labs. "
        "Arvik competes with Delmar Heating.",
        [("arvik-capital", "FUNDS", "nolo-labs"), ("arvik", "COMPETES_WITH", "delmar-heating")],
        [("arvik-capital", "COMPETES_WITH", "delmar-heating")],
    ),
    (  # software: a three-word arm ("X Labs Fund") beside "X Inc."
        "Vantora Inc. sells payroll software. Vantora Labs Fund, its venture arm, led a round in "
        "Kiso Health. Vantora also owns Brenn Data.",
        [("vantora-labs-fund", "FUNDS", "kiso-health"), ("vantora", "OWNS", "brenn-data")],
        [("vantora-labs-fund", "OWNS", "brenn-data")],
    ),
    (  # guard: only one long name, the bare form is it
        "Pemberly Ventures led a round in Tarrow Labs. Pemberly also invested in Marden Foods.",
        [("pemberly-ventures", "FUNDS", "marden-foods")],
        [],
    ),
    (  # guard: only one long name with a sector word, the bare form is it
        "Ostrava Energy built a solar park in Spain. Ostrava also owns Pilsen Grid.",
        [("ostrava-energy", "OWNS", "pilsen-grid")],
        [],
    ),
    (  # guard: two different companies sharing a word, both kept
        "Orsel Bank and Orsel Mutual both lend to farmers. Orsel Bank sued Orsel Mutual in March.",
        [("orsel-bank", "DISPUTES", "orsel-mutual")],
        [],
    ),
    (  # guard: two firms sharing a word are rivals
        "Sedgemoor Insurance and Sedgemoor Bank are rivals in Devon.",
        [("sedgemoor-insurance", "COMPETES_WITH", "sedgemoor-bank")],
        [],
    ),
    (  # guard: a group and its bare form, nothing else
        "Tessel Group bought Brone Foods in May. Tessel also owns Kerry Mills.",
        [("tessel-group", "OWNS", "kerry-mills")],
        [],
    ),
]

FOREIGN_HEADS: list[Case] = [
    (  # drinks: "Empresas X", its short form before a title
        "Empresas Solmar, the Ardmere-based bottler, bought Vanta Drinks. Solmar chief "
        "executive Ana Reis said the deal closed.",
        [("empresas-solmar", "OWNS", "vanta-drinks"), ("ana-reis", "LEADS", "empresas-solmar")],
        [],
    ),
    (  # textiles: "Grupo X" owns "X Textil", its short form buys
        "Grupo Ferran owns Castell Textil. Ferran also bought Tovalli Pneus.",
        [("grupo-ferran", "OWNS", "castell-textil"), ("grupo-ferran", "OWNS", "tovalli-pneus")],
        [],
    ),
    (  # steel: "Industrias X" sues, its short form is led by a person
        "Industrias Marbel, a Mexican steelmaker, sued Orto Steel. Marbel is run by Luis Vega.",
        [
            ("industrias-marbel", "DISPUTES", "orto-steel"),
            ("luis-vega", "LEADS", "industrias-marbel"),
        ],
        [],
    ),
    (  # shipping: "Compagnie X"
        "Compagnie Varnier, the French shipping group, owns Lioret Ferries.",
        [("compagnie-varnier", "OWNS", "lioret-ferries")],
        [],
    ),
    (  # furniture: "X Moveis", led by a person
        "Ribeira Moveis, a furniture maker in Porto, is led by Joao Matos.",
        [("joao-matos", "LEADS", "ribeira-moveis")],
        [],
    ),
    (  # insurance: "Seguros X"
        "Seguros Almira, the Chilean insurer, bought Pacifico Salud. Almira chief executive "
        "Rosa Diaz said the deal closed.",
        [("seguros-almira", "OWNS", "pacifico-salud"), ("rosa-diaz", "LEADS", "seguros-almira")],
        [],
    ),
    (  # dairy: "Cooperativa X"
        "Cooperativa Valdoro, which groups 400 dairy farmers, sued Lattera Foods.",
        [("cooperativa-valdoro", "DISPUTES", "lattera-foods")],
        [],
    ),
    (  # pharma: "Laboratorios X"
        "Laboratorios Anzel, a Uruguayan drugmaker, is run by Pablo Ruiz.",
        [("pablo-ruiz", "LEADS", "laboratorios-anzel")],
        [],
    ),
    (  # haulage: "Transportes X"
        "Transportes Olvido bought Carvajal Logistica. Olvido is led by Marta Gil.",
        [
            ("transportes-olvido", "OWNS", "carvajal-logistica"),
            ("marta-gil", "LEADS", "transportes-olvido"),
        ],
        [],
    ),
    (  # engineering: "Gruppo X"
        "Gruppo Vestri, the Italian engineering firm, sued Boldoni Impianti.",
        [("gruppo-vestri", "DISPUTES", "boldoni-impianti")],
        [],
    ),
    (  # textiles: "Grupo X" with a pronoun
        "Grupo Ferran said it had bought Castell Textil.",
        [("grupo-ferran", "OWNS", "castell-textil")],
        [],
    ),
    (  # textiles: "Grupo X" inside a relative clause
        "Castell Textil, which Grupo Ferran bought in 2019, makes shirts.",
        [("grupo-ferran", "OWNS", "castell-textil")],
        [],
    ),
    (  # mining: "Compañía X" with an accent, its short form is led by a person
        "Compañía Olmedo, a Spanish miner, owns the Rioseco mine. Olmedo is led by Iker Sanz.",
        [("iker-sanz", "LEADS", "compania-olmedo")],
        [],
    ),
    (  # dairy and drinks: two foreign-headed names coordinated
        "Cooperativa Valdoro and Empresas Solmar are rivals in Chile.",
        [("cooperativa-valdoro", "COMPETES_WITH", "empresas-solmar")],
        [],
    ),
    (  # guard: a person whose given name looks like nothing foreign
        "Ana Ferran, the chief executive of Castell Textil, said sales rose.",
        [("ana-ferran", "LEADS", "castell-textil")],
        [],
    ),
]

FOREIGN_TYPES: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "Empresas Solmar, the Ardmere-based bottler, bought Vanta Drinks. Solmar chief "
        "executive Ana Reis said the deal closed.",
        {"Empresas Solmar": "Organization", "Ana Reis": "Person"},
        [],
    ),
    (
        "Grupo Ferran owns Castell Textil.",
        {"Grupo Ferran": "Organization", "Castell Textil": "Organization"},
        [],
    ),
    ("Tovalli Pneus makes tyres in Turin.", {"Tovalli Pneus": "Organization"}, []),
    ("Ribeira Moveis makes sofas near Porto.", {"Ribeira Moveis": "Organization"}, []),
    ("Compagnie Varnier said profits fell.", {"Compagnie Varnier": "Organization"}, []),
    ("Sociedad Ebrana said profits fell.", {"Sociedad Ebrana": "Organization"}, []),
    ("Alimentos Pradera exports beef to China.", {"Alimentos Pradera": "Organization"}, []),
    ("Construtora Vieira won the road contract.", {"Construtora Vieira": "Organization"}, []),
    (  # guard: a person named like a place stays a person
        "Maria Porto, a farmer, said prices fell.",
        {"Maria Porto": "Person"},
        [],
    ),
]

FOUNDER_NAMES: list[Case] = [
    (  # tyres: the bare surname owning things is the company
        "Lidia Tovalli founded Tovalli Pneus in 1988. Today Tovalli sells tyres in 30 countries "
        "and owns Serra Rubber.",
        [("lidia-tovalli", "FOUNDED", "tovalli-pneus"), ("tovalli-pneus", "OWNS", "serra-rubber")],
        [("lidia-tovalli", "OWNS", "serra-rubber")],
    ),
    (  # food: the bare surname operating mills is the company
        "Paul Brisker started Brisker Foods in 1975. Brisker now operates 12 mills and owns "
        "Hollin Bakeries.",
        [("brisker-foods", "OWNS", "hollin-bakeries")],
        [("paul-brisker", "OWNS", "hollin-bakeries")],
    ),
    (  # retail: the bare surname's shops are the company's
        "Ines Marrow opened the first Marrow Stores shop in 1990. Marrow's stores now sell "
        "Pell Bakeries bread, and Marrow competes with Delta Malls.",
        [("marrow-stores", "COMPETES_WITH", "delta-malls")],
        [("ines-marrow", "COMPETES_WITH", "delta-malls")],
    ),
    (  # autos: the bare surname launching a van is the company
        "Karl Vesting founded Vesting Motors in 1962. Vesting launched an electric van last "
        "year and also owns Ferro Axles.",
        [("vesting-motors", "OWNS", "ferro-axles")],
        [("karl-vesting", "OWNS", "ferro-axles")],
    ),
    (  # drinks: the family name of "Empresas X" selling is the company
        "Jorge Solmar runs Empresas Solmar, the bottler. Solmar sells drinks in Chile and owns "
        "Vanta Drinks.",
        [("jorge-solmar", "LEADS", "empresas-solmar"), ("empresas-solmar", "OWNS", "vanta-drinks")],
        [("jorge-solmar", "OWNS", "vanta-drinks")],
    ),
    (  # guard: the family name of "Grupo X" speaking with "she" is the person
        "Ana Ferran chairs Grupo Ferran. Ferran said she had sued Lorca Telas.",
        [("ana-ferran", "DISPUTES", "lorca-telas")],
        [("grupo-ferran", "DISPUTES", "lorca-telas")],
    ),
    (  # guard: "Mr X said": the person
        "Karl Vesting founded Vesting Motors in 1962. Mr Vesting said he still chairs the board.",
        [("karl-vesting", "FOUNDED", "vesting-motors")],
        [],
    ),
    (  # guard: the founder speaking, with "she"
        "Lidia Tovalli founded Tovalli Pneus in 1988. Tovalli said she had sued Grell Tyres.",
        [("lidia-tovalli", "DISPUTES", "grell-tyres")],
        [("tovalli-pneus", "DISPUTES", "grell-tyres")],
    ),
    (  # guard: people sharing a surname stay two people
        "Ana Lerner and Tomas Lerner founded Lerner Farms. Tomas Lerner also advises Kelp Feeds.",
        [("tomas-lerner", "ADVISES", "kelp-feeds")],
        [("ana-lerner", "ADVISES", "kelp-feeds")],
    ),
]

PLACES_IN_BODIES: list[tuple[str, dict[str, str], list[str]]] = [
    (  # a borough council and the borough's depot
        "Kelmoor Borough Council approved a new depot. The Kelmoor depot will be run by Brenna "
        "Logistics.",
        {"Kelmoor Borough Council": "Organization", "Kelmoor": "Location"},
        [],
    ),
    (  # a city council and a firm in the city
        "Dunvale City Council fined Harlow Buses. Harlow Buses runs 40 buses in Dunvale.",
        {"Dunvale City Council": "Organization", "Dunvale": "Location"},
        [],
    ),
]

PLACE_RELATIONS: list[Case] = [
    (  # the firm in the place named inside the council
        "Dunvale City Council fined Harlow Buses. Harlow Buses is based in Dunvale.",
        [("harlow-buses", "LOCATED_IN", "dunvale")],
        [],
    ),
]

NUMBERED: list[tuple[str, dict[str, str], list[str]]] = [
    (  # a programme ending in a year
        "The sports ministry started Pathway 2030 in March. Harlan Bank backs Pathway 2030.",
        {},
        ["Pathway"],
    ),
    (  # a programme ending in a year, described as a scheme
        "Harlan Bank backs Pathway 2030, a scheme for young athletes.",
        {"Pathway 2030": "Project"},
        ["Pathway"],
    ),
    (  # guard: a company and the year of its results
        "Orlo 2025 results were strong, and Orlo said sales rose.",
        {"Orlo": "Organization"},
        ["Orlo 2025"],
    ),
    (  # a fund with a number inside its name
        "Route 66 Fund invested in Dexo Diners.",
        {"Route 66 Fund": "Organization"},
        ["Route"],
    ),
    (  # a product ending in a number
        "Corvid Aero unveiled the Vantage 300, a regional jet, in Paris.",
        {"Vantage 300": "Product"},
        ["Vantage"],
    ),
]

NUMBERED_RELATIONS: list[Case] = [
    (
        "Harlan Bank backs Pathway 2030, a scheme for young athletes.",
        [("harlan-bank", "BACKS", "pathway-2030")],
        [("harlan-bank", "BACKS", "pathway")],
    ),
    (
        "Route 66 Fund invested in Dexo Diners.",
        [("route-66-fund", "FUNDS", "dexo-diners")],
        [],
    ),
]

GAPS: dict[str, str] = {
    "Karl Vesting founded Vesting Motors in 1962. Vesting launched": "'launched' as a company's "
    "verb for a founder's bare surname cost blind9 precision (0.842 -> 0.838): persons launch "
    "bids and campaigns too",
}

ALL_CASES = PARENT_ARMS + FOREIGN_HEADS + FOUNDER_NAMES + PLACE_RELATIONS + NUMBERED_RELATIONS
ALL_TYPES = FOREIGN_TYPES + PLACES_IN_BODIES + NUMBERED


@pytest.mark.parametrize("case", gap_params(ALL_CASES, GAPS))
def test_genre_identity(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("text,must,must_not", gap_params(ALL_TYPES, GAPS, spread=True))
def test_identity_types(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
