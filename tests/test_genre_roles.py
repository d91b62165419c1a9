"""Genre bank for roles, rebuttals, criticism and rivals written away from their names:
hyphenated heads of public bodies ("Director-General of X"), roles a firm gives several people
("a managing director at Y"), a holder after a bare descriptor ("its founder, Braga optician
Y"), a kept role ("who stays on as chief executive", "who still chairs the supervisory board"),
a handover ("takes over from Y, who is retiring"), rebuttals ("replies that", a chief executive
answering for the accused, "said the complaint had no basis and that Y ..."), criticism without
a transitive verb ("critical of", "has complained that X's ...", "praised A but attacked B"),
rivals with a place adjective ("Rival Danish maker Y", "its nearest competitor, Austrian group
Y"), passive agents ("founded by Ventra veteran Y", "founded in 1902 in Alba and was later run
by Y"), and leaders of teams or of former posts.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across public bodies, trade bodies, banking, retail, shipping, farming, health, energy,
food, law, optics, mining, aviation, steel, media and academia, in wire, trade-press,
press-release and profile registers. Guards: a deputy, one of several managing directors, a
holder that stands before its role, a pronoun, an advisory board, a function, a negation, a
hedge, a new subject after "but", a name deeper in a complaint, a team's leader, a former
minister.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

TITLE_AFTER_NAME: list[Case] = [
    (  # regulator, acronym, hyphenated title after the speaker
        '"The rules are overdue," said Dr. Mira Salo, Director-General of NFRA.',
        [("mira-salo", "LEADS", "nfra")],
        [],
    ),
    (  # trade body, spaced title, appositive subject: a federation's secretary general is its
        # staff head, not its leader (blind19 and blind20 conventions; roles22)
        "Tomas Reiner, secretary general of the Baltic Grain Federation, said exports would fall.",
        [],
        [("tomas-reiner", "LEADS", "baltic-grain-federation")],
    ),
    (  # health, title before the name with the body as premodifier
        "WHCA Director-General Anja Kell told delegates the vaccine budget was frozen.",
        [("anja-kell", "LEADS", "whca")],
        [],
    ),
    (  # guard: a deputy is not the head
        "Paulo Vaz, deputy director-general of the Iberian Port Authority, said fees would rise.",
        [],
        [("paulo-vaz", "LEADS", "iberian-port-authority")],
    ),
    (  # guard: an assistant secretary general is not the head
        "Rana Aziz, assistant secretary general of the Gulf Shipping Council, welcomed the deal.",
        [],
        [("rana-aziz", "LEADS", "gulf-shipping-council")],
    ),
]

SHARED_TITLES: list[Case] = [
    (  # banking: "a managing director at" is one of many
        "Lena Pohl, a managing director at Corvel Bank, said rates would stay high.",
        [],
        [("lena-pohl", "LEADS", "corvel-bank")],
    ),
    (  # law: "a senior partner at"
        "The case is led by Arun Mehta, a senior partner at Castell & Rowe, the law firm.",
        [],
        [("arun-mehta", "LEADS", "castell-rowe")],
    ),
    (  # retail: named a managing director, one of several
        "Halden Stores named Ruth Amsel a managing director on Monday.",
        [],
        [("ruth-amsel", "LEADS", "halden-stores")],
    ),
    (  # the managing director, by the possessive
        "Halden Stores' managing director, Ruth Amsel, said sales rose.",
        [("ruth-amsel", "LEADS", "halden-stores")],
        [],
    ),
    (  # "managing director of": the head
        "Ruth Amsel, managing director of Pellow Dairies, said milk prices would fall.",
        [("ruth-amsel", "LEADS", "pellow-dairies")],
        [],
    ),
]

DESCRIBED_HOLDERS: list[Case] = [
    (  # optics: a founder after a place and an occupation
        "Farnel Optics was bought in 2019 from its founder, Porto optician Rui Matos.",
        [("rui-matos", "FOUNDED", "farnel-optics")],
        [],
    ),
    (  # shipping: a chair after "retired judge"
        "Holm Freight said its chair, retired judge Ada Lenz, would step down in May.",
        [("ada-lenz", "LEADS", "holm-freight")],
        [],
    ),
    (  # food: a chief executive after "former banker", possessive owner
        "Tarvik Foods' chief executive, former banker Edmund Rhee, cut 200 jobs.",
        [("edmund-rhee", "LEADS", "tarvik-foods")],
        [],
    ),
    (  # farming: a founder after a two-word descriptor, the company as subject
        "The company's founder, dairy farmer Inge Holt, started Brookmere Creamery in 1998.",
        [("inge-holt", "FOUNDED", "brookmere-creamery")],
        [],
    ),
    (  # guard: the holder stands before the role; the next name is someone else
        "Chidi Obi, Telvora's chief executive, named board member Ana Lee as his deputy.",
        [("chidi-obi", "LEADS", "telvora")],
        [("ana-lee", "LEADS", "telvora")],
    ),
    (  # guard: a preposition and a pronoun after the comma are no descriptor
        "Sara Voss praised Jon Ek, Merrow Energy's chief executive, in her speech.",
        [("jon-ek", "LEADS", "merrow-energy")],
        [("sara-voss", "LEADS", "merrow-energy")],
    ),
]

REBUTTALS: list[Case] = [
    (  # seeds: a reply with "that", the accused company as subject
        "Fenwick Growers Federation accused Harlan Seeds of overcharging. Harlan Seeds "
        "replies that its fees are fair.",
        [("harlan-seeds", "DISPUTES", "fenwick-growers-federation")],
        [],
    ),
    (  # airline: "countered that", after a lawsuit
        "Harlow Pilots Union sued Tolliver Air over pay. Tolliver Air countered that wages had "
        "risen every year.",
        [("tolliver-air", "DISPUTES", "harlow-pilots-union")],
        [],
    ),
    (  # shipping: "responded that", a short form of the accused
        "Keel Dockworkers accused Marnholt Shipping of unsafe practices. Marnholt responded "
        "that its record was clean.",
        [("marnholt-shipping", "DISPUTES", "keel-dockworkers")],
        [],
    ),
    (  # shipping: "the company responded that", a reference to the accused
        "Keel Dockworkers accused Marnholt Shipping of unsafe practices. The company "
        "responded that its record was clean.",
        [("marnholt-shipping", "DISPUTES", "keel-dockworkers")],
        [],
    ),
    (  # food: the accused company's chief executive, an appositive, dismisses the suit
        "Corran Bakers Guild sued Velde Flour in May. Ida Marr, chief executive of Velde "
        "Flour, said the lawsuit was baseless.",
        [("ida-marr", "DISPUTES", "corran-bakers-guild")],
        [],
    ),
    (  # energy: the chief executive as a premodified name, "denied the allegations"
        "Ostmark Authority accused Dunmore Energy of overcharging. Dunmore Energy chief "
        "executive Olaf Brun denied the allegations.",
        [("olaf-brun", "DISPUTES", "ostmark-authority")],
        [],
    ),
    (  # glass: a dismissal, then "and that X had misread the contract"
        "Pellucid Glass said the complaint had no basis and that Ortega Mining had misread "
        "the contract.",
        [("pellucid-glass", "DISPUTES", "ortega-mining")],
        [],
    ),
    (  # rail: "the claims were false and that X ...", a person speaking
        "Ida Brun said the claims were false and that Tessel Union had ignored the safety report.",
        [("ida-brun", "DISPUTES", "tessel-union")],
        [],
    ),
    (  # guard: no claim dismissed, a plain second reported clause
        "Harlow Rail said the results were strong and that Tessel Bank would lend more.",
        [],
        [("harlow-rail", "DISPUTES", "tessel-bank")],
    ),
    (  # guard: a person inside "whose" on the company: the company answers, not the person
        "Tarsk Mills sued Orwell Textiles. Orwell Textiles, whose president is Ada Roon, "
        "denied the allegations.",
        [("orwell-textiles", "DISPUTES", "tarsk-mills")],
        [("ada-roon", "DISPUTES", "tarsk-mills")],
    ),
    (  # guard: a reply from a party no one accused is no rebuttal
        "Tolliver Air said sales rose. Harlow Pilots Union replied that the rise was small.",
        [],
        [("harlow-pilots-union", "DISPUTES", "tolliver-air")],
    ),
    (  # guard: the accuser's own chair backs the suit, no rebuttal
        "Corran Bakers Guild sued Velde Flour. Ida Marr, who chairs the guild, said the "
        "lawsuit was overdue.",
        [],
        [("ida-marr", "DISPUTES", "corran-bakers-guild")],
    ),
]

RIVALS: list[Case] = [
    (  # tools: "its nearest competitor, Austrian group X"
        "The order puts Orvane Tools ahead of its nearest competitor, Austrian group Holtmann.",
        [("holtmann", "COMPETES_WITH", "orvane-tools")],
        [],
    ),
    (  # milling: a possessor, "closest rival, Hungarian producer X"
        "Orvane Foods' closest rival, Hungarian producer Tisza Mills, cut prices in March.",
        [("tisza-mills", "COMPETES_WITH", "orvane-foods")],
        [],
    ),
    (  # hardware: sentence-initial "Rival Danish maker X" of the article's company
        "Orvane Tools said profits rose. Rival Danish maker Kvist Tools, which sells in 30 "
        "countries, has complained about the subsidy.",
        [("kvist-tools", "COMPETES_WITH", "orvane-tools")],
        [],
    ),
    (  # brewing: "its main rival, Czech brewer X", pronoun possessor after a verb
        "Brauhof Group lost share last year to its main rival, Czech brewer Zlatý Sud.",
        [("zlaty-sud", "COMPETES_WITH", "brauhof-group")],
        [],
    ),
    (  # guard: a descriptor naming a person, not a rival: "its rival, chief executive X"
        "Orvane Foods said its founder, Swiss chemist Hans Egli, retired in 2019.",
        [("hans-egli", "FOUNDED", "orvane-foods")],
        [("hans-egli", "COMPETES_WITH", "orvane-foods")],
    ),
]

PASSIVE_AGENTS: list[Case] = [
    (  # software: "by Ventra veteran X": the person founded it, not the employer
        "Brisk Labs was founded in 2019 by Ventra veteran Ola Brandt.",
        [("ola-brandt", "FOUNDED", "brisk-labs")],
        [("ventra", "FOUNDED", "brisk-labs")],
    ),
    (  # logistics: relative clause, "set up by ex-Hexley engineer X"
        "Cobalt Route, which was set up in 2017 by ex-Hexley engineer Mara Oduya, now has "
        "80 staff.",
        [("mara-oduya", "FOUNDED", "cobalt-route")],
        [("hexley", "FOUNDED", "cobalt-route")],
    ),
    (  # insurance: "backed by Corvel partner X"
        "Tidewell Insurance is backed by Corvel Capital partner Rhea Lund, a filing shows.",
        [("rhea-lund", "FUNDS", "tidewell-insurance")],
        [("corvel-capital", "FUNDS", "tidewell-insurance")],
    ),
    (  # guard: two agents coordinated stay two agents
        "Brisk Labs is backed by Ventra Capital and Ola Brandt.",
        [("ventra-capital", "FUNDS", "brisk-labs")],
        [],
    ),
    (  # wine: a coordinated passive after a year and a place: the company was run, the
        # place is no organization
        "Pardo Wines was founded in 1902 in Alba and was later run for a decade by Marco Ferro.",
        [("marco-ferro", "LEADS", "pardo-wines")],
        [("pardo-wines", "FOUNDED", "alba"), ("marco-ferro", "FOUNDED", "pardo-wines")],
    ),
    (  # textiles: "and was then managed by"
        "Kessel Looms was established in 1921 in Brno and was then managed by Pavel Dvorak.",
        [("pavel-dvorak", "LEADS", "kessel-looms")],
        [("kessel-looms", "FOUNDED", "brno"), ("pavel-dvorak", "FOUNDED", "kessel-looms")],
    ),
    (  # brewing: "and has since been owned by" a group
        "Hallam Brewery was founded in Leeds in 1888 and has since been owned by Vanto Group.",
        [("vanto-group", "OWNS", "hallam-brewery")],
        [],
    ),
    (  # both agents named: each passive keeps its own
        "Pardo Wines was founded in 1902 by Luca Pardo and was later run by Marco Ferro.",
        [("luca-pardo", "FOUNDED", "pardo-wines"), ("marco-ferro", "LEADS", "pardo-wines")],
        [("marco-ferro", "FOUNDED", "pardo-wines")],
    ),
    (  # a year then a place, active: no place read as an organization
        "Velde Foods opened a bakery in 2020 in Tarnow.",
        [],
        [("velde-foods", "OWNS", "tarnow"), ("velde-foods", "FOUNDED", "tarnow")],
    ),
]

LEADER_GUARDS: list[Case] = [
    (  # academia: the professor leads the scientists, not the university
        "The study was carried out by scientists at Tarnow University led by Professor Ewa Malik.",
        [],
        [("ewa-malik", "LEADS", "tarnow-university")],
    ),
    (  # health: "a team at X led by surgeon Y"
        "A team at Halden Hospital led by surgeon Ida Berg tested the implant.",
        [],
        [("ida-berg", "LEADS", "halden-hospital")],
    ),
    (  # engineering: "engineers from X led by Y"
        "Engineers from Brisk Rail led by Tomas Lind inspected the bridge in June.",
        [],
        [("tomas-lind", "LEADS", "brisk-rail")],
    ),
    (  # the organization itself led by the person still counts
        "Halden Hospital, which is led by Ida Berg, tested the implant.",
        [("ida-berg", "LEADS", "halden-hospital")],
        [],
    ),
    (  # public sector: a former minister is not the head of the ministry named before
        "The Ministry of Trade said exports rose. Former trade minister Paul Reiss "
        "criticised the plan.",
        [],
        [("paul-reiss", "LEADS", "ministry-of-trade")],
    ),
    (  # "ex-" before the domain word
        "The Ministry of Energy published the tender. Ex-energy minister Ana Corte called it late.",
        [],
        [("ana-corte", "LEADS", "ministry-of-energy")],
    ),
    (  # the serving minister still leads it
        "The Ministry of Trade said exports rose. Trade minister Paul Reiss welcomed the figures.",
        [("paul-reiss", "LEADS", "ministry-of-trade")],
        [],
    ),
]

HANDOVERS: list[Case] = [
    (  # food: the appointment first, then "She takes over in April from X, who is retiring"
        "Pelham Foods named Ruta Pell chief executive. She takes over in April from Conrad "
        "Yeo, who is retiring.",
        [("conrad-yeo", "LEADS", "pelham-foods"), ("ruta-pell", "LEADS", "pelham-foods")],
        [],
    ),
    (  # banking: the post named in the same sentence, "taking over from X"
        "Ilse Varga will become chair of Corvin Bank in May, taking over from Hugo Brandt, who "
        "is stepping down after nine years.",
        [("hugo-brandt", "LEADS", "corvin-bank"), ("ilse-varga", "LEADS", "corvin-bank")],
        [],
    ),
    (  # shipping: "took over from X" in the past, a profile register
        "Nordhav Tankers has grown fast. Anna Lind took over from Peter Moe as chief executive "
        "in 2019.",
        [("anna-lind", "LEADS", "nordhav-tankers")],
        [],
    ),
    (  # guard: taking a thing over from a person names no post
        "Pelham Foods said profits rose. Anna Lind took over the dairy unit from Peter Moe.",
        [],
        [("peter-moe", "LEADS", "pelham-foods")],
    ),
]

KEPT_ROLES: list[Case] = [
    (  # mining: "who stays on as chief executive", the company named a sentence before
        "Halvard Mining reported a loss. Ola Brekke, who stays on as chief executive, said "
        "the dividend was safe.",
        [("ola-brekke", "LEADS", "halvard-mining")],
        [],
    ),
    (  # takeover: "will stay on as chief executive" of the company bought
        "Halvard Mining was bought by Corvel Group. Ola Brekke will stay on as chief executive.",
        [("ola-brekke", "LEADS", "halvard-mining")],
        [("ola-brekke", "LEADS", "corvel-group")],
    ),
    (  # retail: "will remain as chair of X"
        "Ines Marl will remain as chair of Tarvik Stores after the sale.",
        [("ines-marl", "LEADS", "tarvik-stores")],
        [],
    ),
    (  # guard: a function, not the head
        "Halvard Mining reported a loss. Ola Brekke continues as head of exploration.",
        [],
        [("ola-brekke", "LEADS", "halvard-mining")],
    ),
    (  # food: "who still chairs the supervisory board", no organization in the sentence
        "Pondmoor Foods reported a loss. Ilse Varga, who still chairs the supervisory board, "
        "said there were no plans to sell.",
        [("ilse-varga", "LEADS", "pondmoor-foods")],
        [],
    ),
    (  # charity: "who chairs its board"
        "Velde Trust raised £4m. Anna Roos, who chairs its board, thanked the donors.",
        [("anna-roos", "LEADS", "velde-trust")],
        [],
    ),
    (  # utilities: "heads the management board", plain subject
        "Ostrel Energy cut its forecast. Marta Wolny heads the management board.",
        [("marta-wolny", "LEADS", "ostrel-energy")],
        [],
    ),
    (  # guard: an advisory board is not the company's leadership
        "Pondmoor Foods reported a loss. Ilse Varga chairs the advisory board.",
        [],
        [("ilse-varga", "LEADS", "pondmoor-foods")],
    ),
    (  # the board of another organization named after "of"
        "Pondmoor Foods reported a loss. Ilse Varga chairs the board of the Velde Trust.",
        [("ilse-varga", "LEADS", "velde-trust")],
        [("ilse-varga", "LEADS", "pondmoor-foods")],
    ),
]

CRITICISM: list[Case] = [
    (  # banking: "has long been critical of X"
        "Tessel Bank has long been critical of Orlo Agency.",
        [("tessel-bank", "DISPUTES", "orlo-agency")],
        [],
    ),
    (  # farming: the target inside a possessive, "highly critical of X's rules"
        "Pellow Farms has been highly critical of the Orlo Agency's new rules.",
        [("pellow-farms", "DISPUTES", "orlo-agency")],
        [],
    ),
    (  # media: a person in a relative clause, "who is critical of X"
        "Ana Roos, who is critical of Velde Media, joined Tessel Bank in May.",
        [("ana-roos", "DISPUTES", "velde-media")],
        [("ana-roos", "DISPUTES", "tessel-bank")],
    ),
    (  # retail: "was scathing about X's prices"
        "Corvel Stores was scathing about Marlow Foods' price rises.",
        [("corvel-stores", "DISPUTES", "marlow-foods")],
        [],
    ),
    (  # guard: negation
        "Tessel Bank said it was not critical of Orlo Agency.",
        [],
        [("tessel-bank", "DISPUTES", "orlo-agency")],
    ),
    (  # guard: a hedge, "could become critical of"
        "Analysts said Tessel Bank could become critical of Orlo Agency.",
        [],
        [("tessel-bank", "DISPUTES", "orlo-agency")],
    ),
    (  # steel: "has complained that X's loans ...": the target inside the possessive
        "Brassfield Tools has complained that Orlo Steel's cheap loans are funded by the state.",
        [("brassfield-tools", "DISPUTES", "orlo-steel")],
        [],
    ),
    (  # hardware: the sentence-initial rival complains about the company's prices
        "Orvane Tools said profits rose. Rival Danish maker Kvist Tools has complained that "
        "Orvane Tools' prices are propped up by subsidies.",
        [
            ("kvist-tools", "DISPUTES", "orvane-tools"),
            ("kvist-tools", "COMPETES_WITH", "orvane-tools"),
        ],
        [],
    ),
    (  # guard: the name deeper in the complaint is not its target
        "Brassfield Tools complained that the ministry had ignored Orlo Steel.",
        [],
        [("brassfield-tools", "DISPUTES", "orlo-steel")],
    ),
    (  # guard: a name in a time clause of the complaint
        "Brassfield Tools complained that prices rose after Orlo Steel cut output.",
        [],
        [("brassfield-tools", "DISPUTES", "orlo-steel")],
    ),
    (  # health: "praised the idea but has attacked X", after a relative clause
        "Harlan Nurses Federation, which represents 9,000 staff, praised the idea but has "
        "attacked the Corlan Agency for its timing.",
        [("harlan-nurses-federation", "DISPUTES", "corlan-agency")],
        [],
    ),
    (  # aviation: "welcomed the plan but criticised X"
        "Skyra Air welcomed the plan but criticised Orlo Airports over its fees.",
        [("skyra-air", "DISPUTES", "orlo-airports")],
        [],
    ),
    (  # guard: a new subject after "but" takes the verb
        "Harlan Union praised the idea, but Velde Farms attacked the Corlan Agency.",
        [("velde-farms", "DISPUTES", "corlan-agency")],
        [("harlan-union", "DISPUTES", "corlan-agency")],
    ),
    (  # guard: "but never sued"
        "Harlan Union praised the idea but never sued the Corlan Agency.",
        [],
        [("harlan-union", "DISPUTES", "corlan-agency")],
    ),
]

BANK: list[Case] = (
    CRITICISM
    + KEPT_ROLES
    + HANDOVERS
    + TITLE_AFTER_NAME
    + SHARED_TITLES
    + DESCRIBED_HOLDERS
    + REBUTTALS
    + RIVALS
    + PASSIVE_AGENTS
    + LEADER_GUARDS
)

# Cases left for later rounds, by the opening of their text, and why they fail.
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_roles(case: Case) -> None:
    check(*case)
