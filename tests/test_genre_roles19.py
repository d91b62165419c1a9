"""Genre bank for roles whose organization is not in the clause, and successions (round 19).

A predecessor whose relative clause says the post was left ("Ilse Fahr replaces Dan Oake, who
steps down after nine years") led, as a former head, what the handover is of; so does the
successor. A parent a family leader succeeded ("her brother Piet, who succeeded their mother
Anke") led what the successor leads. A founder named after a kin noun ("Jon Tess, the nephew of
founder Aldo Tess") founded what the kin's holder leads, or the article's firm.

Each case is a short invented text (relations that must be found, relations that must not be),
across food, paints, farming, wine, logistics, steel, ferries and banking.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SUCCESSIONS: list[Case] = [
    (  # food: "replaces X, who steps down after N years"
        "Pellan Foods named a new boss. Ilse Fahr replaces Dan Oake, who steps down after nine "
        "years in the post.",
        [("dan-oake", "LEADS", "pellan-foods"), ("ilse-fahr", "LEADS", "pellan-foods")],
        [],
    ),
    (  # logistics: progressive "who is retiring"
        "Kelder Freight has a new chief. Ada Brink replaces Tom Vale, who is retiring.",
        [("tom-vale", "LEADS", "kelder-freight"), ("ada-brink", "LEADS", "kelder-freight")],
        [],
    ),
    (  # steel: "succeeds X, who will step down"
        "Halvik Steel picked an outsider. Mara Lund succeeds Piet Dorn, who will step down in May.",
        [("piet-dorn", "LEADS", "halvik-steel"), ("mara-lund", "LEADS", "halvik-steel")],
        [],
    ),
    (  # ferries: a pronoun successor, past tense
        "Orlan Ferries named Hedda Moor chief executive. She replaces Jan Skov, who retired in "
        "March.",
        [("jan-skov", "LEADS", "orlan-ferries"), ("hedda-moor", "LEADS", "orlan-ferries")],
        [],
    ),
    (  # guard: the predecessor left for another firm: no post left is said
        "Pellan Foods named a new boss. Ilse Fahr replaces Dan Oake, who joined Orvik Bank.",
        [],
        [("dan-oake", "LEADS", "pellan-foods")],
    ),
    (  # guard: a bare replacement says no post
        "Pellan Foods named a new boss. Ilse Fahr replaces Dan Oake.",
        [],
        [("dan-oake", "LEADS", "pellan-foods")],
    ),
    (  # guard: the post left is a function
        "Pellan Foods hired a finance director. Ilse Fahr replaces Dan Oake, who is retiring as "
        "finance director.",
        [],
        [("dan-oake", "LEADS", "pellan-foods"), ("ilse-fahr", "LEADS", "pellan-foods")],
    ),
]

KIN_SUCCESSIONS: list[Case] = [
    (  # wine: a relative on a coordinated passive agent
        "Rosko Wines is run by Ada Rosko and her brother Piet, who succeeded their mother Anke "
        "Rosko in 2010.",
        [("anke-rosko", "LEADS", "rosko-wines"), ("piet", "LEADS", "rosko-wines")],
        [],
    ),
    (  # farming: "his father"
        "Halden Farms is run by Piet Halden, who succeeded his father Jan Halden in 2010.",
        [("jan-halden", "LEADS", "halden-farms"), ("piet-halden", "LEADS", "halden-farms")],
        [],
    ),
    (  # farming: the relative before the main verb
        "Piet Halden, who succeeded his father Jan Halden in 2010, runs Halden Farms.",
        [("jan-halden", "LEADS", "halden-farms")],
        [],
    ),
    (  # guard: another post named with "as"
        "Halden Farms is run by Piet Halden, who succeeded his father Jan Halden as mayor in 2010.",
        [("piet-halden", "LEADS", "halden-farms")],
        [("jan-halden", "LEADS", "halden-farms")],
    ),
]

KIN_FOUNDERS: list[Case] = [
    (  # paints: "the nephew of founder X" in a titled holder's appositive
        "Ravel Paints chief executive Jon Tess, the nephew of founder Aldo Tess, stays on.",
        [("aldo-tess", "FOUNDED", "ravel-paints"), ("jon-tess", "LEADS", "ravel-paints")],
        [],
    ),
    (  # paints: the holder's relation after the appositive
        "Jon Tess, the grandson of founder Aldo Tess, runs Ravel Paints.",
        [("aldo-tess", "FOUNDED", "ravel-paints")],
        [],
    ),
    (  # bakery: "son of the founder X" after a passive
        "Orlo Bread is run by Ines Varga, daughter of the founder Emil Varga.",
        [("emil-varga", "FOUNDED", "orlo-bread"), ("ines-varga", "LEADS", "orlo-bread")],
        [],
    ),
    (  # shipping: the article's firm, the sentence names none
        "Brisk Shipping had a record year. Jon Tess, the nephew of founder Aldo Tess, said "
        "sales rose.",
        [("aldo-tess", "FOUNDED", "brisk-shipping")],
        [],
    ),
    (  # guard: the founder's own firm is named
        "Jon Tess, the nephew of Calder founder Aldo Tess, runs Ravel Paints.",
        [("jon-tess", "LEADS", "ravel-paints")],
        [("aldo-tess", "FOUNDED", "ravel-paints")],
    ),
    (  # guard: a kin noun with no founder title
        "Jon Tess, the nephew of Aldo Tess, runs Ravel Paints.",
        [("jon-tess", "LEADS", "ravel-paints")],
        [("aldo-tess", "FOUNDED", "ravel-paints")],
    ),
]

PASSIVE_AGENTS: list[Case] = [
    (  # food: "owned by the family's holding company, X"
        "Sorrel Foods is owned by the family's holding company, Danner Beheer.",
        [("danner-beheer", "OWNS", "sorrel-foods")],
        [],
    ),
    (  # dairy: a named family's possessive, a time adjunct before "by"
        "Sorrel Dairy has been owned since 1981 by the Danner family's holding company, Danner "
        "Beheer.",
        [("danner-beheer", "OWNS", "sorrel-dairy")],
        [],
    ),
    (  # tiles: "bought by the founder's investment vehicle, X"
        "Marlo Tiles was bought by the founder's investment vehicle, Tarn Capital.",
        [("tarn-capital", "OWNS", "marlo-tiles")],
        [],
    ),
    (  # paints: a coordinated passive whose first agent is described by another firm
        "Kelso Paints, which is chaired by former Orvik banker Ivo Stark and managed by chief "
        "executive Lena Prax, cut jobs.",
        [("ivo-stark", "LEADS", "kelso-paints"), ("lena-prax", "LEADS", "kelso-paints")],
        [("lena-prax", "LEADS", "orvik")],
    ),
    (  # shipping: the same with a hyphened employer
        "Brisk Ferries, which is chaired by ex-Tarsa banker Ivo Stark and run by chief "
        "executive Lena Prax, added a route.",
        [("lena-prax", "LEADS", "brisk-ferries")],
        [("lena-prax", "LEADS", "tarsa")],
    ),
    (  # wine: a kin agent after a pronoun, a comma before the name
        "Rosko Wines makes riesling. Anna Rosko runs it today. It was founded by her "
        "great-grandfather, Emil Rosko.",
        [("emil-rosko", "FOUNDED", "rosko-wines")],
        [("anna-rosko", "FOUNDED", "rosko-wines")],
    ),
    (  # dairy: "owned by their mother, X"
        "Rosko Dairy is owned by their mother, Anke Rosko, and her sister.",
        [("anke-rosko", "OWNS", "rosko-dairy")],
        [],
    ),
    (  # guard: a relative on a family (no entity) gives the main subject nothing
        "Hestia Freight is acquiring the shares from the Rusk family, which founded Kelmar in "
        "1990.",
        [],
        [("hestia-freight", "FOUNDED", "kelmar")],
    ),
    (  # guard: a relative on plural founders
        "Hestia Freight bought the dairy from the founders, who started Kelmar in 1990.",
        [],
        [("hestia-freight", "FOUNDED", "kelmar")],
    ),
    (  # a named antecedent still founds
        "Hestia Freight, which founded Kelmar in 1990, is growing.",
        [("hestia-freight", "FOUNDED", "kelmar")],
        [],
    ),
    (  # guard: people acting for the possessor are no party
        "Marlo Tiles was sued by the family's lawyers, Hale & Co, and by a rival.",
        [],
        [("hale-co", "DISPUTES", "marlo-tiles")],
    ),
]

LINKED_TITLES: list[Case] = [
    (  # textiles: ", although chairman Sir X"
        "Halden Mills reported a loss, although chairman Sir Alan Pike kept his seat.",
        [("alan-pike", "LEADS", "halden-mills")],
        [],
    ),
    (  # food: ", and chief executive X" after the firm's own clause
        "Tarsa Foods cut its dividend, and chief executive Ada Vorn apologised.",
        [("ada-vorn", "LEADS", "tarsa-foods")],
        [],
    ),
    (  # ports: ", but chairman X" after a prepositional name
        "Shareholders of Brisk Ports voted against the pay plan, but chairman Alan Pike survived.",
        [("alan-pike", "LEADS", "brisk-ports")],
        [],
    ),
    (  # guard: a second firm in the main clause
        "Halden Mills lost the Orvik Bank contract, although chairman Alan Pike kept his seat.",
        [],
        [("alan-pike", "LEADS", "halden-mills"), ("alan-pike", "LEADS", "orvik-bank")],
    ),
    (  # guard: a union's chairman
        "Halden Mills faces a strike, and union chairman Ivo Hale said talks had failed.",
        [],
        [("ivo-hale", "LEADS", "halden-mills")],
    ),
    (  # guard: a regulator's chairman
        "Orlo Energy sued the regulator, but regulator chairman Ivo Hale said the rules stood.",
        [],
        [("ivo-hale", "LEADS", "orlo-energy")],
    ),
    (  # guard: a watchdog's chairman opening a sentence
        "Orlo Bread cut prices. Watchdog chairman Ivo Hale said the cuts were welcome.",
        [],
        [("ivo-hale", "LEADS", "orlo-bread")],
    ),
    (  # guard: a function's title
        "Halden Mills faces a strike, and finance director Ivo Hale said costs would rise.",
        [],
        [("ivo-hale", "LEADS", "halden-mills")],
    ),
    (  # a group's own chairman still leads
        "Orlo Bread cut prices. Group chairman Ivo Hale said the cuts were needed.",
        [("ivo-hale", "LEADS", "orlo-bread")],
        [],
    ),
]

TOPIC_TITLES: list[Case] = [
    (  # paper: a reference to the firm in a "whose" relative and as the object of "running"
        "Nordvik Paper is expanding. Managing director Rhys Penrose, 61, whose grandfather "
        "started the firm, will keep running it.",
        [("rhys-penrose", "LEADS", "nordvik-paper")],
        [],
    ),
    (  # glass: "it" in the reported clause
        "Lumen Glass is expanding. Managing director Rhys Penrose said it would hire.",
        [("rhys-penrose", "LEADS", "lumen-glass")],
        [],
    ),
    (  # biotech: "Her chairman, X" in a sentence naming no organization
        "Pollen Labs hired Ada Vorn as chief executive last year. Her chairman, Piet Rowe, has "
        "stood firmly behind her.",
        [("piet-rowe", "LEADS", "pollen-labs")],
        [],
    ),
    (  # food: "her chairman, X" inside a reported clause
        "Tarsa Foods is under pressure. Ada Vorn said her chairman, Piet Rowe, had been loyal.",
        [("piet-rowe", "LEADS", "tarsa-foods")],
        [],
    ),
    (  # guard: a function's title possessed by a person
        "Tarsa Foods is under pressure. Ada Vorn said her finance director, Piet Rowe, had been "
        "loyal.",
        [],
        [("piet-rowe", "LEADS", "tarsa-foods")],
    ),
    (  # guard: the possessed title names its own firm
        "Tarsa Foods is under pressure. Ada Vorn said her former chairman at Orvik Bank, Piet "
        "Rowe, had been loyal.",
        [],
        [("piet-rowe", "LEADS", "tarsa-foods")],
    ),
    (  # guard: a kin noun
        "Tarsa Foods hired Ada Vorn. Her husband, Piet Rowe, runs a farm.",
        [],
        [("piet-rowe", "LEADS", "tarsa-foods")],
    ),
    (  # guard: a union chairman's relative names his own body
        "Nordvik Paper is expanding. Chairman Ivo Hale, whose union represents the staff, "
        "criticised the firm.",
        [],
        [("ivo-hale", "LEADS", "nordvik-paper")],
    ),
]

OPEN: list[Case] = [
    (  # an announced chair of the firm being bought, "its" pointing at the buyer
        "Kestrel Fund is buying Marlo Tiles. Its partner on the deal, Omar Saleh, will become "
        "chairman.",
        [("omar-saleh", "LEADS", "marlo-tiles")],
        [("omar-saleh", "LEADS", "kestrel-fund")],
    ),
    (  # a ranked description of the article's firm as the title's object
        "Kemi Paper is expanding. Ada Vorn became chief executive of Finland's third-largest "
        "paper mill in 2019.",
        [("ada-vorn", "LEADS", "kemi-paper")],
        [],
    ),
    (  # a generic premodifier naming the union just described
        "Bakers at Orlo Bread went on strike. The Bakers' Guild, the union that represents "
        "them, backed the strike. Guild chairman Ivo Hale said talks had failed.",
        [("ivo-hale", "LEADS", "the-bakers-guild")],
        [("ivo-hale", "LEADS", "orlo-bread")],
    ),
    (  # a descriptor patient of a founding passive with a kin agent
        "Weingut Rosko makes riesling. Anna Rosko runs it today. The estate was founded in "
        "1890 by her great-grandfather Emil Rosko.",
        [("emil-rosko", "FOUNDED", "weingut-rosko")],
        [("anna-rosko", "FOUNDED", "weingut-rosko")],
    ),
]

GAPS: dict[str, str] = {
    "Kestrel Fund is buying Marlo Tiles. Its partner": "'Its partner on the deal, X, will "
    "become chairman': the chair is of the firm bought, not of the buyer 'its' names; no rule "
    "reads an announced bare title's firm from a purchase",
    "Kemi Paper is expanding. Ada Vorn became": "'of Finland's third-largest paper mill': a "
    "ranked description is no reference, and a rule binding it to the topic firm could not "
    "check the description fits (a bank described so took the paper mill), dropped",
    "Bakers at Orlo Bread": "'Guild chairman X': the capitalised premodifier 'Guild' stays an "
    "entity of its own, not the short form of 'The Bakers' Guild' (coreference)",
    "Weingut Rosko makes riesling": "'The estate was founded ... by': the descriptor subject "
    "'The estate' is not resolved to the winery, so the passive has no patient",
}


@pytest.mark.parametrize(
    "case",
    gap_params(
        SUCCESSIONS
        + KIN_SUCCESSIONS
        + KIN_FOUNDERS
        + PASSIVE_AGENTS
        + LINKED_TITLES
        + TOPIC_TITLES
        + OPEN,
        GAPS,
    ),
)
def test_roles19(case: Case) -> None:
    check(*case)
