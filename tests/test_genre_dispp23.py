"""Genre bank for dispute, rivalry and backing parties that are no parties (round 23).

A word in a party slot that stands for no party: a demonym ("undercut the Corvanians"), a
nationality inside the real party's phrase ("its Malagasy supplier"), the place of an office
("the deputy for Tarrow, who accused ..."), a court's name cut at its possessive; a speaker who
asks about or points to a dispute; a law firm acting for claimants; a doubt ("questioned whether
X can ...") or a hearing ("questioning officials of X"); a name the allegation's clause is about
("alleging that the Vento amplifier copied ..."); a rebuttal aimed at the speaker's own firm or
read back as a passive ("rejected claims by X"); "X's two main rivals" paired with each other;
"backed management's strategy" bound to the wrong firm.

Each case is a short invented text (relations that must be found, relations that must not be),
across building materials, optics, food, music, logistics, marine supply, telecoms, cranes,
brewing, scaffolding, horticulture, motorsport, public bodies, audio, animal feed, water and
leisure.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

NONPARTY: list[Case] = [
    (  # tiles: a plural demonym as the undercut rival
        "Corvel Ceramics has undercut the Slovenians on four school flooring tenders in Peru.",
        [],
        [("corvel-ceramics", "COMPETES_WITH", "slovenians")],
    ),
    (  # optics: a nationality adjective inside the real party's phrase
        "Tarnwick Optics took Belmora Glassworks to arbitration in Zurich, accusing its "
        "Burkinabe supplier of late deliveries.",
        [("tarnwick-optics", "DISPUTES", "belmora-glassworks")],
        [("tarnwick-optics", "DISPUTES", "burkinabe")],
    ),
    (  # dairy: a demonym after "with"
        "Gellan Dairies is locked in a price war with the Norwegians in the cheese aisle.",
        [],
        [("gellan-dairies", "COMPETES_WITH", "norwegians")],
    ),
    (  # bakery: the place of a deputy's seat is no accuser
        "The recall angered Imelda Strausky, the deputy for Corbridge, who accused Haverlin "
        "Foods of hiding the contamination.",
        [("imelda-strausky", "DISPUTES", "haverlin-foods")],
        [("corbridge", "DISPUTES", "haverlin-foods")],
    ),
    (  # water: an MP's seat, the same shape
        "The spill angered Rolf Dannecker, the MP for Ashmoor, who accused Pellbrook Water of "
        "ignoring warnings.",
        [("rolf-dannecker", "DISPUTES", "pellbrook-water")],
        [("ashmoor", "DISPUTES", "pellbrook-water")],
    ),
    (  # logistics: a union after "delegate for" is no seat; "which" is the union's
        "The strike was called by Kim Lee, the delegate for Unite, which accused Brant "
        "Logistics of cutting pay.",
        [],
        [("kim-lee", "DISPUTES", "brant-logistics")],
    ),
    (  # freight: the same with "representative for" a union
        "The walkout angered Rosa Pell, the representative for Grafton Union, which accused "
        "Dunmore Freight of breaking the agreement.",
        [],
        [("rosa-pell", "DISPUTES", "dunmore-freight")],
    ),
    (  # music: the tail of a court's name is no party
        "Quillon Records, a Halifax label, went to the Court of King's Bench in June alleging "
        "that Mardell Studios owes it $25,000.",
        [],
        [("bench", "DISPUTES", "mardell-studios")],
    ),
    (  # guard: a named person accuses
        "Imelda Strausky accused Haverlin Foods of hiding the contamination.",
        [("imelda-strausky", "DISPUTES", "haverlin-foods")],
        [],
    ),
    (  # guard: a suit from a named firm
        "Calloway Kilns faces a lawsuit from Brenmoor Mills over a cracked furnace.",
        [("brenmoor-mills", "DISPUTES", "calloway-kilns")],
        [],
    ),
    (  # guard: a firm with a demonym-free name undercuts a named rival
        "Corvel Ceramics has undercut Dravo Tiles on four school flooring tenders.",
        [("corvel-ceramics", "COMPETES_WITH", "dravo-tiles")],
        [],
    ),
]

BYSTANDER: list[Case] = [
    (  # logistics: an analyst asking about an arbitration
        "Petra Voss of Kelmont Research also asked about the pending arbitration with Ardell "
        "Freight, which hauls the group's pumps.",
        [],
        [
            ("kelmont-research", "DISPUTES", "ardell-freight"),
            ("petra-voss", "DISPUTES", "ardell-freight"),
        ],
    ),
    (  # marine: an analyst pointing to a claim between two others
        "Holbrun Securities cut the stock to sell; its analyst Idris Kamen pointed to a claim "
        "that Norvik Pumps has filed against Castell Shipping over unpaid invoices.",
        [],
        [("idris-kamen", "DISPUTES", "castell-shipping")],
    ),
    (  # telecoms: a chief declining to discuss a complaint disputes nothing himself
        "Anselm Roig, chief executive of Varrow Telecom, declined to discuss the complaint by "
        "Lintel Networks.",
        [
            ("anselm-roig", "LEADS", "varrow-telecom"),
            ("lintel-networks", "DISPUTES", "varrow-telecom"),
        ],
        [("lintel-networks", "DISPUTES", "anselm-roig")],
    ),
    (  # housing: a law firm acting for tenants is no party
        "About 200 tenants are represented by Halloran & Pike, a Galway law firm, in a group "
        "action against Brightwater Homes that says the rents are unfair.",
        [("halloran-pike", "LOCATED_IN", "galway")],
        [("halloran-pike", "DISPUTES", "brightwater-homes")],
    ),
    (  # energy: a law firm in an appositive after the claimants
        "Farmers near the plant hired Ostrander Legal, a Denver law firm, to bring a claim "
        "against Pyrewell Energy.",
        [],
        [("ostrander-legal", "DISPUTES", "pyrewell-energy")],
    ),
    (  # guard: the party launches the claim itself
        "Norvik Pumps has launched an arbitration claim against Castell Shipping over unpaid "
        "invoices.",
        [("norvik-pumps", "DISPUTES", "castell-shipping")],
        [],
    ),
    (  # guard: a law firm suing for its own fees is a party
        "Halloran & Pike is suing Brightwater Homes over unpaid fees.",
        [("halloran-pike", "DISPUTES", "brightwater-homes")],
        [],
    ),
    (  # guard: a firm pointing to its own lawsuit
        "Norvik Pumps said its lawsuit against Castell Shipping would go to trial in May.",
        [("norvik-pumps", "DISPUTES", "castell-shipping")],
        [],
    ),
]

PLURALPAIR: list[Case] = [
    (  # cranes: "the two companies" reaches an owner named in a relative clause
        "Brantley Cranes tendered jointly with Osgood Hoists, a winch maker from Brest that "
        "belongs to the engineering group Tamsin Industrie. The two companies teamed up on "
        "three earlier harbour contracts.",
        [("brantley-cranes", "PARTNERS_WITH", "osgood-hoists")],
        [("tamsin-industrie", "PARTNERS_WITH", "osgood-hoists")],
    ),
    (  # aviation: "together with" and an owner in an appositive
        "Sarnia Aero bid together with Holt Avionics, a radar maker owned by the Fenwick "
        "Group. The two companies worked together on two earlier airport contracts.",
        [("sarnia-aero", "PARTNERS_WITH", "holt-avionics")],
        [("fenwick-group", "PARTNERS_WITH", "holt-avionics")],
    ),
    (  # metering: two rivals listed as a third firm's
        "Quorra Meters bought the data firm Lisk Analytics in 2022 and later signed a deal with "
        "the carrier Helio Telecom. Its chief executive listed the Swiss group Pallas Sensors and "
        "the Dutch firm Ortega Instruments as Quorra's two main rivals.",
        [
            ("quorra-meters", "COMPETES_WITH", "pallas-sensors"),
            ("quorra-meters", "COMPETES_WITH", "ortega-instruments"),
        ],
        [("lisk-analytics", "COMPETES_WITH", "helio-telecom")],
    ),
    (  # snacks: the same with "biggest rivals"
        "Crispell Foods bought the bakery Hanley Bread in 2021 and then struck a deal with the "
        "grocer Marlow Stores. Analysts name Tolvo Snacks and Berrin Crisps as Crispell's two "
        "biggest rivals.",
        [("crispell-foods", "COMPETES_WITH", "tolvo-snacks")],
        [("hanley-bread", "COMPETES_WITH", "marlow-stores")],
    ),
    (  # guard: "the two companies" after a plain pair
        "Brantley Cranes won the port contract with Osgood Hoists. The two companies partnered "
        "before on three harbour jobs.",
        [("brantley-cranes", "PARTNERS_WITH", "osgood-hoists")],
        [],
    ),
    (  # guard: "the two groups" as rivals after a purchase
        "Idrel Paints agreed to buy Sanzo Coatings. The two groups have long been rivals in "
        "marine paint.",
        [("idrel-paints", "COMPETES_WITH", "sanzo-coatings")],
        [],
    ),
]

REBUTTAL: list[Case] = [
    (  # scaffolding: a descriptive "the neighbours' group" bound to the speaker's firm
        "Residents in Brackwell have complained about dust from Corran Scaffolding. Director "
        "Lionel Ashby rejected the residents' group's complaints as outdated.",
        [],
        [("lionel-ashby", "DISPUTES", "corran-scaffolding")],
    ),
    (  # ports: "the tenants' association" with no such body named
        "Tenants at Harrow Quay have protested about rent rises at Selby Docks. Manager Ines "
        "Carrow dismissed the tenants' association's claims.",
        [],
        [("ines-carrow", "DISPUTES", "selby-docks")],
    ),
    (  # guard: the residents' body is named earlier
        "The Brackwell Residents Forum has complained about Corran Scaffolding. Director Lionel "
        "Ashby rejected the residents' group's complaints as outdated.",
        [("lionel-ashby", "DISPUTES", "brackwell-residents-forum")],
        [("lionel-ashby", "DISPUTES", "corran-scaffolding")],
    ),
    (  # brewing: the union's figures with no union named
        "Harwick's chief executive, Donal Pryce, dismissed the union's numbers, saying the "
        "payment was a loan repayment.",
        [("donal-pryce", "LEADS", "harwick")],
        [("donal-pryce", "DISPUTES", "harwick")],
    ),
    (  # shipping: a chairman rejecting the campaigners' figures
        "Velmont Shipping's chairman, Oriel Haddad, rejected the campaigners' figures and said "
        "the fleet met every rule.",
        [],
        [("oriel-haddad", "DISPUTES", "velmont-shipping")],
    ),
    (  # horticulture: "claims by X" is no passive agent
        "Fennick rejected claims by Ashgrove Compost that its peat-free mix worked as well, "
        "saying trials found weaker growth.",
        [("fennick", "DISPUTES", "ashgrove-compost")],
        [("ashgrove-compost", "DISPUTES", "fennick")],
    ),
    (  # pharmacy: "allegations by" the same
        "Orla Benn dismissed allegations by Tessaro Pharma that her lab had copied its tests.",
        [("orla-benn", "DISPUTES", "tessaro-pharma")],
        [("tessaro-pharma", "DISPUTES", "orla-benn")],
    ),
    (  # guard: a named union's claims
        "The Brennock Brewery Workers' Union says Harwick Brewing paid £3m to its owner. "
        "Harwick's chief executive, Donal Pryce, dismissed the union's numbers.",
        [("donal-pryce", "LEADS", "harwick-brewing")],
        [("donal-pryce", "DISPUTES", "harwick-brewing")],
    ),
    (  # guard: a plain passive agent stays
        "Fennick was sued by Ashgrove Compost over the unpaid bills.",
        [("ashgrove-compost", "DISPUTES", "fennick")],
        [],
    ),
]

QUESTIONING: list[Case] = [
    (  # motorsport: a rival doubting a plan
        "Its biggest rival for summer races, Kestrel Raceway, has questioned whether Ombrel can "
        "attract similar crowds.",
        [],
        [("kestrel-raceway", "DISPUTES", "ombrel")],
    ),
    (  # leisure: the same with a firm as the clause subject
        "Kestrel Raceway has questioned whether Vantor Leisure can fill the new track.",
        [],
        [("kestrel-raceway", "DISPUTES", "vantor-leisure")],
    ),
    (  # public bodies: a committee questioning officials at a hearing
        "Members of the Senate's Transport Committee spent Tuesday questioning officials of the "
        "Licensing Services Agency over hundreds of failed kiosks.",
        [],
        [("transport-committee", "DISPUTES", "licensing-services-agency")],
    ),
    (  # retail: "questioned how" the same
        "Brimley Stores questioned how Tallis Market could keep its prices so low.",
        [],
        [("brimley-stores", "DISPUTES", "tallis-market")],
    ),
    (  # guard: a committee accusing an agency
        "The Transport Committee accused the Licensing Services Agency of hiding the failures.",
        [("the-transport-committee", "DISPUTES", "licensing-services-agency")],
        [],
    ),
    (  # guard: a rival that sues
        "Kestrel Raceway has sued Vantor Leisure over the track lease.",
        [("kestrel-raceway", "DISPUTES", "vantor-leisure")],
        [],
    ),
]

ALLEGE: list[Case] = [
    (  # audio: a product named inside the allegation
        "Sondrel Audio sued Marrick Sound in a Lyon court during 2024, alleging that the Vento "
        "amplifier copied two of its circuits.",
        [("sondrel-audio", "DISPUTES", "marrick-sound")],
        [("sondrel-audio", "DISPUTES", "vento")],
    ),
    (  # feed: a brand after "of" inside the allegation
        "Harlan Feeds is contesting a lawsuit filed by Brookvale Stables, a riding school near "
        "Cork, which alleges that one delivery of EquiMax feed sold in 2023 made three horses ill.",
        [("brookvale-stables", "DISPUTES", "harlan-feeds")],
        [("harlan-feeds", "DISPUTES", "equimax")],
    ),
    (  # furniture: "claiming that the X sofa"
        "Delvin Home sued Ostrow Living, claiming that the Marlo sofa copied its frame.",
        [("delvin-home", "DISPUTES", "ostrow-living")],
        [("delvin-home", "DISPUTES", "marlo")],
    ),
    (  # guard: the allegation's subject is the other side
        "Quillon Records sued last month, alleging that Mardell Studios owes it $25,000.",
        [("quillon-records", "DISPUTES", "mardell-studios")],
        [],
    ),
    (  # guard: a plain suit
        "Sondrel Audio sued Marrick Sound in 2024 over two circuits.",
        [("sondrel-audio", "DISPUTES", "marrick-sound")],
        [],
    ),
]

BACKS: list[Case] = [
    (  # telecoms: a holder's backing after a union's attack on the firm
        "The Callan Telecom Workers Union has accused Orbis Mobile of cutting jobs in secret. "
        "Venner Capital, which owns 7% of Orbis Mobile, said it backed management's strategy.",
        [("venner-capital", "BACKS", "orbis-mobile")],
        [("venner-capital", "BACKS", "the-callan-telecom-workers-union")],
    ),
    (  # mining: "stands behind management's plan" with the stake in the same sentence
        "Arkwell Partners, which holds 11% of Dunraven Mining, said it stands behind "
        "management's plan.",
        [("arkwell-partners", "BACKS", "dunraven-mining")],
        [],
    ),
    (  # water: a holder backing management, after an action group's charge
        "The Tillow Valley Action Group, a river charity, has accused Garrow Bricks of draining "
        "wells. Selden Fund, which holds 8.5% of Garrow Bricks and is the biggest investor, said "
        "it backed management's strategy.",
        [("selden-fund", "BACKS", "garrow-bricks")],
        [("selden-fund", "BACKS", "the-tillow-valley-action-group")],
    ),
    (  # retail: "supported management's plan" by a holder
        "Ravenna Partners, which owns 6% of Calder Retail, said it supported management's plan.",
        [("ravenna-partners", "BACKS", "calder-retail")],
        [],
    ),
]

VPCOORD: list[Case] = [
    (  # marine: the shared subject of a coordinated verb phrase after an appositive object
        "Dunmore Marine bought Sweden's second-largest chandler, Elsted Utrustning, in 2021 "
        "and since then has undercut Farrell Supply on ferry contracts.",
        [("dunmore-marine", "COMPETES_WITH", "farrell-supply")],
        [("elsted-utrustning", "COMPETES_WITH", "farrell-supply")],
    ),
    (  # telecoms: the object of the first verb made the second verb's subject
        "Quorra Meters acquired the data firm Lisk Analytics in 2022 and signed a partnership "
        "with carrier Helio Telecom.",
        [("quorra-meters", "PARTNERS_WITH", "helio-telecom")],
        [("lisk-analytics", "PARTNERS_WITH", "helio-telecom")],
    ),
    (  # software: a possessor and an apposed name before "and has since"
        "Kelvo Systems bought Denmark's biggest payroll firm, Lonstad Data, in 2020 and has since "
        "partnered with Orrin Bank on card payments.",
        [("kelvo-systems", "PARTNERS_WITH", "orrin-bank")],
        [("lonstad-data", "PARTNERS_WITH", "orrin-bank")],
    ),
    (  # brewing: "bought the X and signed a deal with"
        "Tamsworth Brewing acquired the cider maker Pellow Orchards in 2019 and signed an "
        "alliance with the distributor Grenfell Drinks.",
        [("tamsworth-brewing", "PARTNERS_WITH", "grenfell-drinks")],
        [("pellow-orchards", "PARTNERS_WITH", "grenfell-drinks")],
    ),
    (  # guard: the second clause has a subject of its own
        "Kelvo Systems bought Lonstad Data in 2020, and Lonstad has since partnered with Orrin "
        "Bank on card payments.",
        [("lonstad-data", "PARTNERS_WITH", "orrin-bank")],
        [],
    ),
    (  # guard: an object without an appositive name
        "Dunmore Marine bought the rope maker Elsted Ropes in 2021 and since then has undercut "
        "Farrell Supply on ferry contracts.",
        [("dunmore-marine", "OWNS", "elsted-ropes")],
        [("elsted-ropes", "COMPETES_WITH", "farrell-supply")],
    ),
]

GAP_CASES: list[Case] = [
    (  # ports: "backs the project" bound to a cut name
        "The Calvi Harbour Aids to Navigation project is to place 30 buoys in the bay. The "
        "Ministry of Harbours said it backs the project.",
        [("ministry-of-harbours", "BACKS", "calvi-harbour-aids-to-navigation-project")],
        [("ministry-of-harbours", "BACKS", "navigation")],
    ),
    (  # leisure: "the arena" bound to an existing complex
        "The Dallow Ice Centre would seat 3,000 fans. Brenna Pools, which runs the two-rink "
        "Kelso complex, says the new venue would hurt it. Councillor Ada Merrin has long "
        "championed the arena.",
        [("ada-merrin", "BACKS", "dallow-ice-centre")],
        [("ada-merrin", "BACKS", "kelso")],
    ),
]

GAPS: dict[str, str] = {
    "The Calvi Harbour": 'a project name is cut at "to"',
    "The Dallow Ice Centre": '"the arena" binds to the latest project-like name, an existing '
    "complex",
}

GAP_CASES += [
    (  # music: the claimant before a court venue is the participle's subject
        "Went to court: Quillon Records, a Halifax label, went to the Court of King's Bench in "
        "June alleging that Mardell Studios owes it $25,000.",
        [("quillon-records", "DISPUTES", "mardell-studios")],
        [],
    ),
    (  # marine: the parties inside "a claim that A has filed against B" (brought_claims)
        "Cut to sell: Holbrun Securities cut the stock; its analyst Idris Kamen pointed to a "
        "claim that Norvik Pumps has filed against Castell Shipping over unpaid invoices.",
        [("norvik-pumps", "DISPUTES", "castell-shipping")],
        [],
    ),
]
GAPS.update(
    {
        "Went to court:": "the participle's subject after a court venue is not read",
    }
)

BANK = NONPARTY + BYSTANDER + PLURALPAIR + REBUTTAL + QUESTIONING + ALLEGE + BACKS + VPCOORD


@pytest.mark.parametrize("case", gap_params(BANK + GAP_CASES, GAPS))
def test_genre_dispp23(case: Case) -> None:
    check(*case)
