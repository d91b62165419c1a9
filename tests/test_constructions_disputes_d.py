"""Disputes, rivals and leaders from the fourth failure report (round D): invented variants.

Each case is (text, relations that must be found, relations that must not be). Every name is
invented; sectors vary on purpose; a guard (a near miss) stands beside each true case.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

# A conflict state with a venue between its noun and the other side; the rebuttal of a
# spokesperson; criticism aimed at a bare "management".
DISPUTES_D: list[Case] = [
    (  # shipping: "in arbitration in <city> with X, which it accuses of ..."
        "Marisco Ports is in arbitration in Rotterdam with Tavell Dredging, which it accuses "
        "of botching a breakwater.",
        [
            ("marisco-ports", "DISPUTES", "tavell-dredging"),
            ("tavell-dredging", "DISPUTES", "marisco-ports"),
        ],
        [],
    ),
    (  # energy: mediation with a venue
        "Brantley Power remains in mediation in Oslo with Korvik Turbines over late blades.",
        [("brantley-power", "DISPUTES", "korvik-turbines")],
        [],
    ),
    (  # construction: a legal fight with a venue
        "Oakhurst Homes is locked in a legal fight in Dublin with Pellmarsh Timber.",
        [("oakhurst-homes", "DISPUTES", "pellmarsh-timber")],
        [],
    ),
    (  # guard: arbitration in a city, no other side named
        "Marisco Ports opened an arbitration centre in Rotterdam with funding from Halden Bank.",
        [],
        [("marisco-ports", "DISPUTES", "halden-bank")],
    ),
    (  # agriculture: a spokeswoman for the accused rejects the claims
        "Greyhaven Grain sued Lutaro Mills over unpaid invoices. A spokeswoman for Lutaro "
        "Mills called the claims baseless.",
        [("lutaro-mills", "DISPUTES", "greyhaven-grain")],
        [],
    ),
    (  # retail: lawyers for the accused deny the allegations
        "Pennant Stores accused Ruddle Logistics of losing stock. Lawyers for Ruddle Logistics "
        "rejected the allegations.",
        [("ruddle-logistics", "DISPUTES", "pennant-stores")],
        [],
    ),
    (  # pharma: a spokesman says the claims were baseless
        "Veltra Labs sued Quillon Pharma over a patent. A spokesman for Quillon Pharma said the "
        "claims were baseless.",
        [("quillon-pharma", "DISPUTES", "veltra-labs")],
        [],
    ),
    (  # guard: a spokesman for the accuser repeats the claim; no answer from the accused
        "Veltra Labs sued Quillon Pharma over a patent. A spokesman for Veltra Labs said the "
        "case was strong.",
        [("veltra-labs", "DISPUTES", "quillon-pharma")],
        [("quillon-pharma", "DISPUTES", "veltra-labs")],
    ),
    (  # health: a union attacks the article's company's management
        "Orbelle Hospitals is cutting 300 jobs. The Nurses Federation attacked management for "
        "cancelling leave.",
        [("the-nurses-federation", "DISPUTES", "orbelle-hospitals")],
        [],
    ),
    (  # mining: a shareholder group criticises the senior management
        "Carrick Copper missed its output target again. Tollgate Investors criticised the "
        "senior management over the delays.",
        [("tollgate-investors", "DISPUTES", "carrick-copper")],
        [],
    ),
    (  # guard: management praised, no dispute
        "Orbelle Hospitals is cutting 300 jobs. The Nurses Federation thanked management for "
        "the talks.",
        [],
        [("the-nurses-federation", "DISPUTES", "orbelle-hospitals")],
    ),
    (  # guard: another organization's management is named
        "Carrick Copper missed its target. Tollgate Investors criticised management at "
        "Brenner Mining instead.",
        [],
        [("tollgate-investors", "DISPUTES", "carrick-copper")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), DISPUTES_D, ids=lambda x: str(x)[:50])
def test_disputes_d(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# A bare title whose organization is the article's subject; a predecessor named after
# "succeeding"; "X is CEO while ...".
LEADS_D: list[Case] = [
    (  # guard: a function head is no leader
        "Corvane Bank lifted its forecast. Chief economist Lena Ruiz said the bank expects "
        "rates to fall.",
        [],
        [("lena-ruiz", "LEADS", "corvane-bank")],
    ),
    (  # guard: another named organization in the sentence
        "Keel Robotics opened a plant in Leeds. Managing director Olu Bassey said Brenner "
        "Foods would buy the firm.",
        [],
        [("olu-bassey", "LEADS", "keel-robotics")],
    ),
    (  # finance: a co-founder succeeded by a new partner
        "Anna Kowalska has joined Ostrava Capital as managing partner, succeeding co-founder "
        "Jan Brezina.",
        [
            ("anna-kowalska", "LEADS", "ostrava-capital"),
            ("jan-brezina", "LEADS", "ostrava-capital"),
            ("jan-brezina", "FOUNDED", "ostrava-capital"),
        ],
        [],
    ),
    (  # food: replacing a chief executive
        "Marta Silva will become chief executive of Dunlow Dairies, replacing chairman Peter "
        "Hartley.",
        [("peter-hartley", "LEADS", "dunlow-dairies")],
        [("peter-hartley", "FOUNDED", "dunlow-dairies")],
    ),
    (  # guard: the newcomer's post is no leading one
        "Anna Kowalska has joined Ostrava Capital as an analyst, succeeding chief executive Jan "
        "Brezina.",
        [],
        [("jan-brezina", "LEADS", "ostrava-capital")],
    ),
    (  # guard: no title for the predecessor
        "Anna Kowalska will become chief executive of Ostrava Capital, succeeding Jan Brezina.",
        [],
        [("jan-brezina", "LEADS", "ostrava-capital")],
    ),
    (  # robotics: "X is CEO while Y runs sales"
        "Keel Robotics opened a plant in Leeds. Maria Lindqvist is CEO while Paul Mossberg "
        "runs sales.",
        [("maria-lindqvist", "LEADS", "keel-robotics")],
        [],
    ),
    (  # textiles: "X is chair but ..."
        "Harlow Mills cut its dividend. Ruth Okafor is chair but plans to step down in May.",
        [("ruth-okafor", "LEADS", "harlow-mills")],
        [],
    ),
    (  # local government: "Council leader X" after the council is named
        "Harbour Homes will build 400 flats. Tarrow City Council approved the plan in May. "
        "Council leader Dana Pike said the scheme would bring jobs.",
        [("dana-pike", "LEADS", "tarrow-city-council")],
        [("dana-pike", "LEADS", "harbour-homes")],
    ),
    (  # guard: no council named; the developer in focus is not hers
        "Harbour Homes will build 400 flats on the old docks. Council leader Dana Pike said "
        "the scheme would bring jobs.",
        [],
        [("dana-pike", "LEADS", "harbour-homes")],
    ),
    (  # guard: a union leader in an article about a carmaker
        "Vexa Motors will cut 800 jobs. Union leader Tom Brennan said the plan was a betrayal.",
        [],
        [("tom-brennan", "LEADS", "vexa-motors")],
    ),
    (  # guard: a function head while another runs sales
        "Keel Robotics opened a plant in Leeds. Maria Lindqvist is chief economist while Paul "
        "Mossberg runs sales.",
        [],
        [("maria-lindqvist", "LEADS", "keel-robotics")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), LEADS_D, ids=lambda x: str(x)[:50])
def test_leads_d(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# Firms listed after "alongside" share the subject's rival; an appeal disputes the regulator,
# never the court that hears it.
RIVALS_APPEALS_D: list[Case] = [
    (  # airlines
        "Tamber Air is one of several carriers competing with Aurelian Airways, alongside "
        "Skylane and Veloce Air.",
        [
            ("tamber-air", "COMPETES_WITH", "aurelian-airways"),
            ("skylane", "COMPETES_WITH", "aurelian-airways"),
            ("veloce-air", "COMPETES_WITH", "aurelian-airways"),
        ],
        [("skylane", "COMPETES_WITH", "veloce-air")],
    ),
    (  # agriculture
        "Corlan Seeds is one of a handful of breeders taking on Ostmark Agri in hybrid wheat, "
        "alongside Dravo Seeds and Kimura Agri.",
        [
            ("dravo-seeds", "COMPETES_WITH", "ostmark-agri"),
            ("kimura-agri", "COMPETES_WITH", "ostmark-agri"),
        ],
        [("dravo-seeds", "COMPETES_WITH", "kimura-agri")],
    ),
    (  # guard: "alongside" with no rivalry stated
        "Pellor, alongside Zeller Credit, lends to the suppliers of Corvane Bank.",
        [],
        [("zeller-credit", "COMPETES_WITH", "corvane-bank")],
    ),
    (  # guard: working alongside a partner on a contract
        "Brennan Build signed a contract with Tarrow Council, alongside Oakley Civils.",
        [],
        [("oakley-civils", "COMPETES_WITH", "tarrow-council")],
    ),
    (  # retail: the court hears the challenge; the regulator fined
        "The Trade Commission fined Holm Stores 40 million euros in March. Holm Stores "
        "challenged the verdict at the High Court.",
        [("holm-stores", "DISPUTES", "the-trade-commission")],
        [("holm-stores", "DISPUTES", "high-court")],
    ),
    (  # chemicals: contesting a regulator's penalty before a court
        "Varden Chemie is contesting the Trade Commission's 90 million euro penalty before the "
        "Court of Appeal.",
        [("varden-chemie", "DISPUTES", "trade-commission")],
        [("varden-chemie", "DISPUTES", "court-of-appeal")],
    ),
    (  # telecoms: an appeal outstanding against a regulator
        "Orlo Telecom has an appeal outstanding against the Spectrum Office.",
        [("orlo-telecom", "DISPUTES", "spectrum-office")],
        [],
    ),
    (  # guard: no appeal
        "Varden Chemie said it would not appeal the Trade Commission's fine.",
        [],
        [("varden-chemie", "DISPUTES", "trade-commission")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), RIVALS_APPEALS_D, ids=lambda x: str(x)[:50])
def test_rivals_appeals_d(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# Rejections in less common shapes; phrasal verbs and nouns that look like triggers.
REJECTIONS_D: list[Case] = [
    (  # energy: a trailing noun phrase rejects the charge
        "Vossen Power accused Kelbrook Energy of hoarding capacity, an allegation Kelbrook "
        'Energy waves away as "fantasy".',
        [("kelbrook-energy", "DISPUTES", "vossen-power")],
        [],
    ),
    (  # shipping: shrugging off a charge in apposition
        "Pellmar Lines accused Osric Ports of overcharging, a claim Osric Ports has shrugged off.",
        [("osric-ports", "DISPUTES", "pellmar-lines")],
        [],
    ),
    (  # guard: the apposed claim is repeated by the accuser, not rejected
        "Pellmar Lines accused Osric Ports of overcharging, a claim Pellmar Lines repeated in May.",
        [],
        [("osric-ports", "DISPUTES", "pellmar-lines")],
    ),
    (  # energy: brushing off the points of a critic named before
        "Vossen Power accused Kelbrook Energy of hoarding capacity. Kelbrook Energy has "
        "brushed off those points as the grumbling of a rival.",
        [("kelbrook-energy", "DISPUTES", "vossen-power")],
        [],
    ),
    (  # guard: a bare factual answer
        "Vossen Power accused Kelbrook Energy of hoarding capacity. Kelbrook Energy said the "
        "figures in the complaint were from 2021.",
        [],
        [("kelbrook-energy", "DISPUTES", "vossen-power")],
    ),
    (  # guard: "another appeal" is a noun, no answer to the suit
        "Dorran Textiles has sued Lunden Resins. Lunden Resins shed 200 jobs in Ghent and says "
        "another appeal might last a year.",
        [("dorran-textiles", "DISPUTES", "lunden-resins")],
        [("lunden-resins", "DISPUTES", "dorran-textiles")],
    ),
    (  # true answer beside it: "said it would appeal"
        "Dorran Textiles has sued Lunden Resins. Lunden Resins said it would appeal.",
        [("lunden-resins", "DISPUTES", "dorran-textiles")],
        [],
    ),
    (  # guard: "step back" is no backing
        "Tarek Aziz will step back from daily work at Kallio Games.",
        [],
        [("tarek-aziz", "BACKS", "kallio-games")],
    ),
    (  # guard: "pulled back" from a market
        "Harwell Insurance pulled back from Dunmore Re's home market last year.",
        [],
        [("harwell-insurance", "BACKS", "dunmore-re")],
    ),
    (  # true case beside them
        "Senator Ada Quill backs Kallio Games in its fight over the stadium.",
        [("ada-quill", "BACKS", "kallio-games")],
        [],
    ),
    (  # guard: a burden taken on is no rivalry
        "After the split, Ova Bank took on the loans of Pella Credit.",
        [],
        [("ova-bank", "COMPETES_WITH", "pella-credit")],
    ),
    (  # guard: staff taken on
        "Brisk Parcels took on staff from Oxley Couriers after the collapse.",
        [],
        [("brisk-parcels", "COMPETES_WITH", "oxley-couriers")],
    ),
    (  # true rivalry beside them
        "Ova Bank took on Pella Credit in the mortgage market.",
        [("ova-bank", "COMPETES_WITH", "pella-credit")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), REJECTIONS_D, ids=lambda x: str(x)[:50])
def test_rejections_d(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# "the chief rival of both firms": the appositive's head competes with each of the pair.
BOTH_D: list[Case] = [
    (  # groceries
        "Varnock Markets, the largest grocer and the chief rival of both chains, attacked "
        "Tilbury Stores and Ardena Foods.",
        [
            ("varnock-markets", "COMPETES_WITH", "tilbury-stores"),
            ("varnock-markets", "COMPETES_WITH", "ardena-foods"),
        ],
        [("tilbury-stores", "COMPETES_WITH", "ardena-foods")],
    ),
    (  # cement
        "Orvik Cement, the main rival to both companies, opposed the merger of Halt Cement and "
        "Bresco Materials.",
        [
            ("orvik-cement", "COMPETES_WITH", "halt-cement"),
            ("orvik-cement", "COMPETES_WITH", "bresco-materials"),
        ],
        [],
    ),
    (  # guard: "both" names no rival
        "Orvik Cement, a supplier to both companies, welcomed the merger of Halt Cement and "
        "Bresco Materials.",
        [],
        [("orvik-cement", "COMPETES_WITH", "halt-cement")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), BOTH_D, ids=lambda x: str(x)[:50])
def test_both_d(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)


# A bare "rival X" after a comparative or a market word: a rival of the article's company.
BARE_RIVAL_D: list[Case] = [
    (  # groceries: the rival's own "it" is no other organization
        "Marrow Foods plans 20 new shops. Discount rival Pennyway says it will open 37 stores.",
        [("pennyway", "COMPETES_WITH", "marrow-foods")],
        [],
    ),
    (  # audio: a comparative before the title is no name
        "Brightline Audio raised prices in March. Smaller rival Tessel Sound has cut prices.",
        [("tessel-sound", "COMPETES_WITH", "brightline-audio")],
        [("tessel-sound", "COMPETES_WITH", "smaller")],
    ),
    (  # airlines
        "Skyreach Air added routes to Lisbon. Budget rival Orla Jet says it will follow.",
        [("orla-jet", "COMPETES_WITH", "skyreach-air")],
        [],
    ),
    (  # guard: no named rival
        "Marrow Foods plans 20 new shops. Rival bidders have until Friday.",
        [],
        [],
    ),
    (  # guard: another organization named in the sentence
        "Marrow Foods plans 20 new shops. Discount rival Pennyway says Oxley Retail will follow.",
        [],
        [("pennyway", "COMPETES_WITH", "marrow-foods")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), BARE_RIVAL_D, ids=lambda x: str(x)[:50])
def test_bare_rival_d(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
