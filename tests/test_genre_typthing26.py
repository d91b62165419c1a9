"""Genre bank for things typed as companies (round 26): a possessed name before a noun.

After "its", "their" or "whose" and a name, one to three lower-case words that close the noun
phrase name the thing the possessor sells, though no list knows the noun ("its Tesselo hinge",
"whose Brindlewick oat bars", "its own Kavo 30 pump"). Guards: a firm's, a site's, a place's, a
role's or a relation's noun after the name keeps it what it was ("its Tesselo unit", "its Orvo
plant", "its Kessby customers", "its Orva deal"), and so does a verb ("whose Wenna joined").

Each case is a short invented text with the types its names must resolve to, across
hardware, food, marine safety, road salt, furniture, textiles, asphalt, pyrotechnics and locks.
"""

from __future__ import annotations

import pytest
from construction_check import Triple, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

POSSESSED: list[TypeCase] = [
    (  # hardware: a noun no product list knows
        "Brenholt Hardware said on Monday that sales of its Tesselo hinge rose by a fifth. "
        "Brenholt is based in Leeds.",
        {"Tesselo": "Product", "Brenholt Hardware": "Organization"},
        [],
    ),
    (  # food: "whose NAME" and a compound noun
        "Quarnby Foods, whose Brindlewick oat bars are sold in 12 countries, agreed to buy a "
        "bakery in Ghent.",
        {"Brindlewick": "Product", "Quarnby Foods": "Organization"},
        [],
    ),
    (  # marine safety: a model number and a two-word noun
        "Halmstrand Safety accused Orvik Marine of copying the canopy of its own Seafast 25 "
        "life raft.",
        {"Seafast 25": "Product"},
        [],
    ),
    (  # road salt: a modifier before the noun
        "Dunmarsh Minerals said demand for its Glintrack pre-wetted salt doubled last winter.",
        {"Glintrack": "Product"},
        [],
    ),
    (  # furniture: "their" and a plural noun
        "Corlan and Teskby said their Ardwyn desks would be made in Poland from next year.",
        {"Ardwyn": "Product"},
        [],
    ),
    (  # pyrotechnics: a two-word name, an adjective and a plural noun
        "Fuegos Marlen said its Luz Alta aerial shells were sold out for the season.",
        {"Luz Alta": "Product"},
        [],
    ),
    (  # guard: a unit is a firm
        "Brenholt Hardware said its Tesselo unit would be sold to Varn Capital.",
        {"Tesselo": "Organization"},
        [],
    ),
    (  # guard: a relation's noun after the name (the name is a counterparty)
        "Dunmarsh Minerals said its Kelvorn deal would close in May.",
        {"Kelvorn": "Organization"},
        [],
    ),
    (  # guard: customers of a place or a firm
        "Quarnby Foods said its Marlsby customers would be served from a new depot.",
        {"Marlsby": "Organization"},
        [],
    ),
    (  # guard: a site noun names no product
        "Teskby Textiles said its Orvelle plant would close next year.",
        {"Teskby Textiles": "Organization", "Orvelle": "Location"},
        [],
    ),
]

POSSESSED += [
    (  # locks: the rival's own product (which owner "its" names is the relations' business)
        "Norvell's top rival in door locks, Quillan Group, lowered the price of its Keylo lock.",
        {"Keylo": "Product", "Quillan Group": "Organization"},
        [],
    ),
]


# area26_fix1 (review 1, F1-F4): a firm's, a deal's, a counterparty's, a title's, a figure's,
# a site's or an event's noun after the possessed name, or a present verb, keeps it no product;
# "their"/"whose" type a product only for a firm possessor
POSSESSED += [
    (  # F1: a plural of a unit noun
        "Orsena Foods said its Sarnvik subsidiaries in Norway would be merged into one company.",
        {"Sarnvik": "Organization"},
        [],
    ),
    (
        "Dunvale Motors said its Fellbrook affiliate would be listed in Oslo.",
        {"Fellbrook": "Organization"},
        [],
    ),
    (
        "Dunvale Motors said its Fellbrook spinoff would list in May.",
        {"Fellbrook": "Organization"},
        [],
    ),
    (
        "Dunvale Motors said its Fellbrook operation employs 400 people.",
        {"Fellbrook": "Organization"},
        [],
    ),
    (  # F1: what a deal leaves behind (pharma, and a bank in another sector)
        "Ortell Pharma said its Kavira integration was on track after the takeover closed.",
        {"Kavira": "Organization"},
        [],
    ),
    (
        "Ortell Pharma said its Kavira divestment would raise 300 million dollars.",
        {"Kavira": "Organization"},
        [],
    ),
    (
        "Stallbridge Bank said its Dennock disposals would be completed by June.",
        {"Dennock": "Organization"},
        [],
    ),
    (  # F1: counterparties
        "Dunvale Motors said its Fellbrook landlord had raised the rent.",
        {"Fellbrook": "Organization"},
        [],
    ),
    (
        "Dunvale Motors said its Fellbrook creditors had agreed to a deal.",
        {"Fellbrook": "Organization"},
        [],
    ),
    (
        "Arvane Shipping said its Tollby lessors had cut the charter rates.",
        {"Tollby": "Organization"},
        [],
    ),
    (  # F1: titles
        "Orsena Foods said its Sarnvik president would retire in June.",
        {"Sarnvik": "Organization"},
        [],
    ),
    (
        "Orsena Foods said its Sarnvik head said on Monday that prices would rise.",
        {"Sarnvik": "Organization"},
        [],
    ),
    (  # F2: a field, a well, a store of gas (energy)
        "Merrin Energy said output from its Skarva gas field fell by a tenth.",
        {"Skarva": "Project"},
        [],
    ),
    ("Merrin Energy said its Skarva well was dry.", {"Skarva": "Organization"}, []),
    (
        "Castrel Energy said its Harnwick gas storage would be sold.",
        {"Harnwick": "Organization"},
        [],
    ),
    (  # F2: rooms and buildings (steel, hotels, mining)
        "Holmfirth Steel said its Tarnby lounge would be refitted.",
        {"Tarnby": "Organization"},
        [],
    ),
    ("Vantoby Hotels said its Brennport spa would reopen.", {"Brennport": "Organization"}, []),
    (
        "Dunvale Motors said its Brennport neighbours had complained about noise.",
        {"Brennport": "Organization"},
        [],
    ),
    (
        "Daily Ledger said its Harrowby correspondent had been detained.",
        {"Harrowby": "Organization"},
        [],
    ),
    (  # F2: "their"/"whose" of people, not of firms
        "The couple said their Tarnby cottage had been sold.",
        {"Tarnby": "Organization"},
        [],
    ),
    (
        "Growers said their Kessby orchards had been hit by frost.",
        {"Kessby": "Organization"},
        [],
    ),
    (
        "Mark Brenn, whose Harrowby gallery sells prints, opened a second shop.",
        {"Harrowby": "Organization"},
        [],
    ),
    (  # F3: events (drinks, and a trade show in machinery)
        "Brisko Drinks said its Lamplight Quay festival drew 20,000 visitors.",
        {"Lamplight Quay": "Organization"},
        [],
    ),
    (
        "Tarraby Machinery said its Kestwick trade show attracted 300 exhibitors.",
        {"Kestwick": "Organization"},
        [],
    ),
    (  # F4: a present verb after the name is the clause's verb
        "Mira Holdings said its Tarvo owns six hotels.",
        {"Tarvo": "Organization"},
        [],
    ),
    ("Mira Holdings said its Tarvo posts a loss.", {"Tarvo": "Organization"}, []),
    (  # "head" names a post only right after the name: a part of a thing after another noun
        "Printek said its Orravane print heads were sold out.",
        {"Orravane": "Product"},
        [],
    ),
    (  # "well" names a site only right after the name; an adverb after a verb
        "Quillan Group, a rival of Norvell, whose Keylo locks sell well, cut prices.",
        {"Keylo": "Product"},
        [],
    ),
    (  # a plural noun that is also a verb's form, before a verb: a product
        "Tessby Marine said its Orrest ships sail from Hull.",
        {"Orrest": "Product"},
        [],
    ),
    (  # the rule's own reach: a TV show, a mortgage, a patent still are products
        "Brisko Drinks said its Morning Lark show drew two million viewers.",
        {"Morning Lark": "Product"},
        [],
    ),
    (
        "Halmstrand Bank said its Greenholm mortgage was popular with first-time buyers.",
        {"Greenholm": "Product"},
        [],
    ),
]

# product27: the first two are read now (loaders/described_things.py); the third stays a gap
GAPS_CASES: list[TypeCase] = [
    (  # a product named by "called" after a noun no list knows
        "Harrowby Microsystems sells a rival accelerator called Velaro, popular with "
        "buyers in Asia.",
        {"Velaro": "Product"},
        [],
    ),
    (  # a brand the firm launched, named in an appositive with the pronoun after it
        "The group said that Tesserin, the long-stay brand it launched last year, already "
        "counts 14 hotels.",
        {"Tesserin": "Product"},
        [],
    ),
    (  # a town after a works noun and "at" (the sited-place reading was measured and left out)
        "Goolstead Terminals, which operates a competing tank farm over the river at Goolby, "
        "unveiled an expansion.",
        {"Goolby": "Location"},
        [],
    ),
]

BANK = POSSESSED + GAPS_CASES
GAPS: dict[str, str] = {
    "Goolstead Terminals": "a town after a works noun and 'at' is not read (sited_places reverted)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_typthing26(case: TypeCase) -> None:
    check_types(*case)


# area26_fix1 (review 1, F5-F7): whose thing "its"/"whose" names past an appositive: a rival's
# own, unless a verb aims at another's; a customer's, partner's, dealer's, distributor's or
# supplier's not; "whose" after a person's or a customer's appositive stays with the company
OwnerCase = tuple[str, list[Triple], list[Triple]]
ARLO = "arlo"  # the found triples name entities by their ids
OWNERS: list[OwnerCase] = [
    (
        "Dunvale Motors said a partner, Fellbrook Parts, would build its Arlo hatchback in Poland.",
        [("dunvale-motors", "OWNS", ARLO)],
        [("fellbrook-parts", "OWNS", ARLO)],
    ),
    (
        "The deal between Dunvale Motors and its dealer, Harrowby Cars, covers its Arlo hatchback.",
        [("dunvale-motors", "OWNS", ARLO)],
        [("harrowby-cars", "OWNS", ARLO)],
    ),
    (
        "Quillan Group said its distributor, Harrowby Trading, would stop selling its Keylo "
        "locks in Spain.",
        [("quillan-group", "OWNS", "keylo")],
        [("harrowby-trading", "OWNS", "keylo")],
    ),
    (  # another sector: a supplier of a food group
        "Quarnby Foods said its supplier, Tessby Mills, would keep milling its Brindlewick oats.",
        [],
        [("tessby-mills", "OWNS", "brindlewick")],
    ),
    (
        "Norvell said a rival, Quillan Group, had copied its Keylo lock.",
        [("norvell", "OWNS", "keylo")],
        [("quillan-group", "OWNS", "keylo")],
    ),
    (
        "Unlike its rival, Quillan Group, Norvell did not lower the price of its Keylo lock.",
        [("norvell", "OWNS", "keylo")],
        [("quillan-group", "OWNS", "keylo")],
    ),
    (
        '"We cut prices," Norvell\'s rival, Quillan Group, said of its Keylo lock.',
        [],
        [("norvell", "OWNS", "keylo")],
    ),
    (
        "Ana Ruiz, the founder of Dunvale Motors, whose Arlo hatchback is Europe's best-selling "
        "car, retired.",
        [("dunvale-motors", "OWNS", ARLO)],
        [],
    ),
    (
        "Tomas Bergh, a longtime critic of Dunvale Motors, whose Arlo hatchback he called unsafe, "
        "was sued.",
        [("dunvale-motors", "OWNS", ARLO)],
        [("tomas-bergh", "OWNS", ARLO)],
    ),
    (
        "Harrowby Rentals, a customer of Dunvale Motors, whose Arlo hatchback it buys in bulk, "
        "posted a profit.",
        [("dunvale-motors", "OWNS", ARLO)],
        [],
    ),
]


@pytest.mark.parametrize("case", gap_params(OWNERS, {}))
def test_genre_typthing26_owner(case: OwnerCase) -> None:
    check(*case)
