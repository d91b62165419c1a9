"""Genre bank for entity typing and merges on unseen news, round two: a shape default that
typed firms as persons (a hyphenated pair of capitalised words, "an analyst at Quillex-Strand";
a name whose last word is a place named alone elsewhere), "processor(s)" naming a company, one
weak cue beating many uncued mentions, loyalty schemes (Product), product cues ("brands
include", "NAME cheddar", "the variety NAME"), project cues ("its NAME operation in PLACE",
"Mount X" + resource, "NAME will have six sound stages"), persons behind a company-like noun,
and short forms that belong with a long form in the same sentence.

Invented texts across food, mining, shipping, banking, pharma, energy, retail, media, autos,
farming, telecoms, insurance and property. Guards: a real device ("its new processor chip"),
a person with a hyphenated surname, a real programme (Project), a surname that is also a town
used for a person ("Mr Preston said"), a company coordinated with its own short form.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

TypeCase = tuple[str, dict[str, str], list[str]]

# H2 / "analyst(s) at NAME": a firm, whatever its shape
ANALYSTS: list[TypeCase] = [
    (  # banking: hyphenated pair after "an analyst at"
        '"We expect more cuts," said Lena Ost, an analyst at Quillex-Strand.',
        {"Quillex-Strand": "Organization", "Lena Ost": "Person"},
        [],
    ),
    (  # energy: plural "Analysts at" opening the sentence
        "Analysts at Brevin-Tolle said the utility would cut its dividend.",
        {"Brevin-Tolle": "Organization"},
        [],
    ),
    (  # mining: analyst at a plain two-word name
        "Copper output fell, said Mara Quist, an analyst at Helder Marsh.",
        {"Helder Marsh": "Organization", "Mara Quist": "Person"},
        [],
    ),
    (  # telecoms: hyphenated pair as a subject, no cue at all
        "Dorvane-Pell cut its forecast for Orlin Telecom on Monday.",
        {"Dorvane-Pell": "Organization"},
        [],
    ),
    (  # insurance: hyphenated pair after "at", name seen later alone
        "Premiums will rise, according to strategists at Carrow-Blyth. Carrow-Blyth expects "
        "a 5% rise.",
        {"Carrow-Blyth": "Organization"},
        [],
    ),
    (  # guard: a person with a hyphenated surname keeps Person
        "Anna Kowalska-Brandt, the chief executive of Tern Foods, said sales rose.",
        {"Anna Kowalska-Brandt": "Person"},
        [],
    ),
    (  # guard: a titled hyphenated surname stays a person
        "Ms Hale-Morton said the mine would reopen.",
        {"Hale-Morton": "Person"},
        [],
    ),
]

# H1: last word seen alone elsewhere as a place
PLACE_TAILS: list[TypeCase] = [
    (  # transport union: last word a country named alone later
        "Riders Union Austria has taken Quillex to court. Sales in Austria fell by 4%.",
        {"Riders Union Austria": "Organization"},
        [],
    ),
    (  # energy: a naming clause after a facility noun, city alone elsewhere
        "The mill, which Vantora calls CleanMill Orrin, will open in 2029. Vantora already "
        "employs 300 people in Orrin.",
        {"CleanMill Orrin": "Project"},
        [],
    ),
    (  # shipping: two-word name ending in a known city named alone
        "Tamsin Lines said Harbour Link Rotterdam would carry more boxes. Volumes in "
        "Rotterdam rose.",
        {"Harbour Link Rotterdam": "Organization"},
        [],
    ),
    (  # power: a naming clause after a project noun
        "The plant, which Orrin Power calls Tern Kelby, will open in 2027. Orrin Power hires "
        "in Kelby.",
        {"Tern Kelby": "Project"},
        [],
    ),
    (  # ports: "that X named NAME" after "terminal"
        "The terminal that Brisco Ports named Kelby Gate opened in March.",
        {"Kelby Gate": "Project"},
        [],
    ),
    (  # guard: a naming clause after "company" names a company
        "The company, which its founders called Vantora Labs, grew quickly.",
        {"Vantora Labs": "Organization"},
        [],
    ),
    (  # guard: a surname named alone after the full name is a person
        "Peter Preston joined the board. Preston said the bank would grow.",
        {"Peter Preston": "Person"},
        [],
    ),
    (  # guard: a surname that is also a town, with a title
        "Tom Preston runs the farm. Mr Preston said the harvest was late.",
        {"Tom Preston": "Person"},
        [],
    ),
]

# A1: processor(s) naming a company
PROCESSORS: list[TypeCase] = [
    (  # dairy: appositive "a member-owned processor from TOWN"
        "Kelvale Milk Co-operative, a member-owned processor from Dunmarsh, has joined "
        "Vantora to build a plant.",
        {"Kelvale Milk Co-operative": "Organization"},
        [],
    ),
    (  # payments: "bigger processors like X and Y"
        "Quillex rivals bigger processors like Brisco and Tamsin Pay. Quillex held talks "
        "with Brisco that ended in May.",
        {"Brisco": "Organization"},
        [],
    ),
    (  # food: "processors such as X"
        "Orlin Farms sells its potatoes to processors such as Velmar and Harrowby Foods.",
        {"Velmar": "Organization"},
        [],
    ),
    (  # meat: appositive head "processor"
        "Brackwell, a pork processor, said prices fell.",
        {"Brackwell": "Organization"},
        [],
    ),
    (  # guard: a device noun with a possessor stays a product
        "Orbent unveiled its new processor chip, the Kyra X2, on Monday.",
        {"Orbent": "Organization"},
        [],
    ),
]

# A4: an armed service with many uncued mentions
SERVICES: list[TypeCase] = [
    (  # defence: one "in Navy tests" mention among possessives
        "Vantora is bidding for the Navy's refit contract. The radar did well in Navy tests. "
        "The Navy said it would decide in May.",
        {"Navy": "Organization"},
        [],
    ),
    (  # defence: Air Force possessive and a launched programme
        "The Air Force's new trainer programme, which the Air Force launched in 2022, picked "
        "Tamsin Aero. Trials ran in Air Force ranges.",
        {"Air Force": "Organization"},
        [],
    ),
]

# key observation 1: uncued mentions of a name outweigh one weak place cue
UNCUED: list[TypeCase] = [
    (  # defence: one "in NAME tests" among four uncued mentions
        "Kelmarsh picked the radar. The radar did well in Kelmarsh tests. Kelmarsh will now "
        "pick a supplier. Rivals expect Kelmarsh to decide soon, and Kelmarsh may order more.",
        {"Kelmarsh": "Organization"},
        [],
    ),
    (  # farming: a buyer named often, once "in NAME sheds"
        "Dunmore cut its price. Farmers sold more grain to Dunmore than to Orrin Mills. "
        "Dunmore paid on time, and a vet worked in Dunmore sheds. Dunmore hired staff.",
        {"Dunmore": "Organization"},
        [],
    ),
    (  # guard: a town named with place cues each time stays a place
        "Prices in Sallowmere rose. Buyers in Sallowmere paid more, and a new depot near "
        "Sallowmere will open.",
        {"Sallowmere": "Location"},
        [],
    ),
]

# I: loyalty schemes are products
LOYALTY: list[TypeCase] = [
    (  # retail: "loyalty scheme, NAME" and "its programme, NAMEPoints"
        "Quillex will fold Vantora's loyalty scheme, Vantora Stars, into its programme, "
        "QuillPoints.",
        {"Vantora Stars": "Product", "QuillPoints": "Product"},
        [],
    ),
    (  # airline: "the NAME Miles programme"
        "Members of the Tern Miles programme can now fly with Orrin Air.",
        {"Tern Miles": "Product"},
        [],
    ),
    (  # hotels: "Rewards" ending
        "Marisel Hotels said its programme, Marisel Rewards, had 2 million members.",
        {"Marisel Rewards": "Product"},
        [],
    ),
    (  # guard: a research programme stays a project
        "Kelvale Bio joined the Horizon Soil programme, a research programme funded by the state.",
        {"Horizon Soil": "Project"},
        [],
    ),
    (  # guard: a procurement programme stays a project
        "Vantora bid for the Harrier Shield programme to replace old frigates.",
        {"Harrier Shield": "Project"},
        [],
    ),
]

# B: product cues
PRODUCTS: list[TypeCase] = [
    (  # brewing: "beers include X and Y"
        "Tolverne's beers include Kestrel Bitter and Orrin Lager.",
        {"Kestrel Bitter": "Product", "Orrin Lager": "Product"},
        [],
    ),
    (  # drinks: "brands include"
        "The distiller's brands include Sallow Gin and Marrow Vale.",
        {"Sallow Gin": "Product", "Marrow Vale": "Product"},
        [],
    ),
    (  # dairy: "its NAME farmhouse cheddar"
        "Dunmarsh Dairies launched its Sallowby farmhouse cheddar in May.",
        {"Sallowby": "Product"},
        [],
    ),
    (  # chemicals: range followed by a relative clause
        "Sales of its Brackwell resin range, which Vantora now supplies, grew.",
        {"Brackwell": "Product"},
        [],
    ),
    (  # farming: reversed "its barley variety NAME"
        "Orlin Seeds licenses its barley variety Tansy to growers in Kent.",
        {"Tansy": "Product"},
        [],
    ),
    (  # hotels: "the small hotel brand OWNER started"
        "Marisel, the small hotel brand Quillex Hotels started in 2024, opened a fourth site.",
        {"Marisel": "Product"},
        [],
    ),
    (  # hotels: "the budget brand OWNER launched"
        "Kelso Inn, the budget brand Tern Hotels launched in 2019, added rooms.",
        {"Kelso Inn": "Product", "Tern Hotels": "Organization"},
        [],
    ),
    (  # drinks: "the soft-drink brand OWNER owns"
        "Orrin Cola, the soft-drink brand Dunmore Foods owns, lost share.",
        {"Orrin Cola": "Product"},
        [],
    ),
    (  # guard: "the X brand" for a company taken over stays outvotable
        "Tern Air, bought by Orrin Group last year, will keep the Tern Air brand. Tern Air "
        "employs 900 people and said profits rose.",
        {"Tern Air": "Organization"},
        [],
    ),
]

# C: projects
PROJECTS: list[TypeCase] = [
    (  # mining: "its NAME operation in STATE"
        "Vantora delayed growth at its Marlow Ridge operation in Orrin.",
        {"Marlow Ridge": "Project"},
        [],
    ),
    (  # mining: Mount + resource estimate
        "Brisco Gold reported a first resource estimate at Mount Quillan in Kelvale.",
        {"Mount Quillan": "Project"},
        [],
    ),
    (  # media: "NAME will have six sound stages"
        "Brisco Studios will have six sound stages by the river, the council said.",
        {"Brisco Studios": "Project"},
        [],
    ),
    (  # shipping: "will have four berths"
        "Tern Quay will have four berths when it opens in 2028.",
        {"Tern Quay": "Project"},
        [],
    ),
    (  # guard: a studio that signs a deal is a company
        "Brisco Studios signed a deal with Orrin Media to make six films.",
        {"Brisco Studios": "Organization"},
        [],
    ),
]

# D/E: persons behind a company-like noun; a place premodifying a company descriptor
PERSONS_PLACES: list[TypeCase] = [
    (  # retail: "the veteran grocer who advises it"
        "Vantora also brought in Peter Quillan, the veteran grocer who advises it on deals.",
        {"Peter Quillan": "Person"},
        [],
    ),
    (  # shipping: nationality + shipowner
        "Tamsin Lines is owned by the Norwegian shipowner Ivo Sandre.",
        {"Ivo Sandre": "Person"},
        [],
    ),
    (  # dairy: "the TOWN cheese maker"
        "Tamsin Creamery, the Brecwell cheese maker, raised prices.",
        {"Brecwell": "Location", "Tamsin Creamery": "Organization"},
        [],
    ),
    (  # dairy: "the bigger COUNTY co-operative"
        "Marlow Milk, the bigger Orrinshire co-operative, cut its milk price.",
        {"Orrinshire": "Location"},
        [],
    ),
]

# J: short and long forms
MERGES: list[TypeCase] = [
    (  # pharma: possessive short form in the long form's sentence
        "Quillex Biologics Ltd signed a licence for QX-12, Quillex's lead antibody.",
        {"Quillex Biologics": "Organization"},
        ["Quillex"],
    ),
    (  # chemicals: foreign sector word, plus a family foundation
        "Quillex Kemi raised 20 million euros. Quillex will expand its plant in Sweden. "
        "The Quillex Stiftung holds 30% of the company.",
        {"Quillex Kemi": "Organization"},
        ["Quillex"],
    ),
    (  # education: a schools group, a campus and a parents' association
        "Brisco Schools opened a campus. Brisco Schools Association members welcomed it. "
        "Brisco said fees would rise.",
        {"Brisco Schools": "Organization"},
        ["Brisco"],
    ),
    (  # sport: a town named alone is not the club's alias
        "Marlow Wanderers drew with Tamsin Town. The club plans a new stadium on railway land "
        "in Marlow. Wanderers fans were pleased.",
        {"Marlow Wanderers": "Organization", "Marlow": "Location"},
        [],
    ),
    (  # sport: a training ground in the club's town
        "Kelby Rovers signed two players. The club will build a training ground in Kelby next "
        "year, and Rovers supporters back the plan.",
        {"Kelby Rovers": "Organization", "Kelby": "Location"},
        [],
    ),
    (  # retail: a bare surname after the full name is the person
        "She was a buyer at Hale's, the department store, where her boss was Nora Hale. "
        "Later Hale invested 50,000 in the start-up.",
        {"Nora Hale": "Person"},
        [],
    ),
    (  # guard: "LONG and SHORT" coordinated stay apart
        "Orrin Holdings and Orrin sued each other over the brand.",
        {"Orrin Holdings": "Organization"},
        [],
    ),
]

GAPS: dict[str, str] = {
    "Tamsin Lines is owned": "nationality + shipowner votes Organization",
    "Kelmarsh picked the radar": "uncued mentions carry no Organization weight (a capped 0.6 per "
    "mention cost blind2 0.830 -> 0.818, reverted)",
    "Dunmore cut its price": "uncued mentions carry no Organization weight",
    "Quillex Biologics Ltd": "a same-sentence possessive short form is kept apart",
    "Quillex Kemi raised": "a short form starting a foundation's name is kept apart",
    "Brisco Schools opened": "a short form starting several longer names is kept apart",
}

ALL_TYPES: list[TypeCase] = (
    ANALYSTS
    + PLACE_TAILS
    + PROCESSORS
    + SERVICES
    + UNCUED
    + LOYALTY
    + PRODUCTS
    + PROJECTS
    + PERSONS_PLACES
    + MERGES
)


# J5: a bare surname after "FIRST SURNAME" is the person, not the possessive shop
SURNAME_RELATIONS: list[Case] = [
    (  # retail: a department store named for the family
        "She was a buyer at Hale's, the department store, where her boss was Nora Hale. "
        "Later Hale invested 50,000 in Brisco Goods, a start-up.",
        [("nora-hale", "FUNDS", "brisco-goods")],
        [("hale-s", "FUNDS", "brisco-goods")],
    ),
    (  # food: a bakery chain and its founder's later backing
        "Dorn's, the bakery chain, was run for decades by Ada Dorn. In 2023 Dorn invested "
        "200,000 in Kelvar Mills.",
        [("ada-dorn", "FUNDS", "kelvar-mills")],
        [("dorn-s", "FUNDS", "kelvar-mills")],
    ),
]


@pytest.mark.parametrize("case", gap_params(SURNAME_RELATIONS, {}))
def test_surname_relations(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", gap_params(ALL_TYPES, GAPS))
def test_types(case: TypeCase) -> None:
    text, must, must_not = case
    check_types(text, must, must_not)
