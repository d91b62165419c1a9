"""Genre bank for over-firing constructions found by adversarial invented news text.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across mining, retail, pharma, shipping, banking, farming, football, media, energy,
aviation, insurance, autos and the public sector, in wire, trade-press, press-release and
analysis registers.

- A sentence's first word before a company noun is a sector, a good or a kind of business, not
  the place the company sits in: "Cobalt miner X", "Dairy cooperative X", "Aircraft lessor X",
  "Regional airline X" (a real place still locates it: "Hoboken startup X", "Leeds lender X").
- A nationality joined to combining forms of others ("Franco-Italian maker X") is no place.
- A passive's agent is not an example named in a later act ("fined by the regulator for
  restricting discounts by brands including X": the brands fined nothing).
- A name before a person's job and the person's name only describes the person, who is the
  subject ("Torvik FC striker Magnus Dahl signed a contract with X": the club signed nothing).
- A possessive appositive's head noun stands before its prepositional phrase ("Kestrel,
  Veltro's main rival in pickups": a rival, no product Veltro owns; "Budgetly, its flagship app
  for students": an app it owns).
- An owned role noun's short phrase ("Brisa's partner in the project, utility Iberelec") does not
  make the project the partner: the holder after the comma partners the possessor.
- "lost a contract to supply gearboxes to X": X receives the goods of the infinitive's verb and
  won no contract ("lost the contract to X" still makes X a rival).
- A question's auxiliary is no part of the name after it ("Is Torvald Energy about to be sold?").
- A role noun after a person's job and "for"/"to" names the people served, not the person named
  beside it ("a lawyer for the shareholders, X of Y": X owns no part of Y).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

SECTOR_OPENERS: list[Case] = [
    (  # mining, wire: a commodity before "miner"
        "Cobalt miner Tervane Resources said on Monday it would cut 400 jobs in Zambia.",
        [],
        [("tervane-resources", "LOCATED_IN", "cobalt")],
    ),
    (  # farming: "Dairy cooperative", with a rival in the same sentence
        "Dairy cooperative Greenvale Farmers will merge with rival Westmoor Dairies, the two "
        "groups said on Monday.",
        [("greenvale-farmers", "COMPETES_WITH", "westmoor-dairies")],
        [("greenvale-farmers", "LOCATED_IN", "dairy")],
    ),
    (  # aviation: a product before "lessor", with a lawsuit
        "Aircraft lessor Meridian Aero has filed a lawsuit against Azura Airlines over unpaid "
        "rent on 14 jets.",
        [("meridian-aero", "DISPUTES", "azura-airlines")],
        [("meridian-aero", "LOCATED_IN", "aircraft")],
    ),
    (  # aviation: an adjective before "airline", then the real base in the next sentence
        "Regional airline Skyreach will lease 12 turboprops. The carrier is based in Bergen.",
        [("skyreach", "LOCATED_IN", "bergen")],
        [("skyreach", "LOCATED_IN", "regional")],
    ),
    (  # insurance, trade press: "Budget insurer"
        "Budget insurer Calder Direct reported a rise in motor claims on Friday, its chief "
        "executive Margot Ellery said.",
        [("margot-ellery", "LEADS", "calder-direct")],
        [("calder-direct", "LOCATED_IN", "budget")],
    ),
    (  # retail: "Online retailer" with an owner in a relative clause
        "Online retailer Threadline, which is owned by Harrow Capital, was fined on Tuesday.",
        [("harrow-capital", "OWNS", "threadline")],
        [("threadline", "LOCATED_IN", "online")],
    ),
    (  # pharma: "Generic drugmaker" in a headline-like lede
        "Generic drugmaker Sunvara Labs plans to launch a cheaper blood thinner within weeks.",
        [],
        [("sunvara-labs", "LOCATED_IN", "generic")],
    ),
    (  # energy: "Solar startup" with a funding round
        "Solar startup Brightfield Power raised $40 million from Arbor Ventures on Thursday.",
        [("arbor-ventures", "FUNDS", "brightfield-power")],
        [("brightfield-power", "LOCATED_IN", "solar")],
    ),
    (  # shipping: "Container shipbuilder"
        "Container shipbuilder Daebo Marine won an order for eight vessels from Orsund Lines.",
        [],
        [("daebo-marine", "LOCATED_IN", "container")],
    ),
    (  # guard: a real place as the first word still locates the company
        "Hoboken startup Tovren sells drones to farmers.",
        [("tovren", "LOCATED_IN", "hoboken")],
        [],
    ),
    (  # guard: a known city before "lender"
        "Leeds lender Marrow Bank agreed to pay $45 million to settle the claims.",
        [("marrow-bank", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # guard: mid-sentence place before the noun, with "the"
        "Orsund Shipping ordered ships from the Busan shipbuilder Daebo Heavy.",
        [("daebo-heavy", "LOCATED_IN", "busan")],
        [],
    ),
]

JOINT_NATIONALITIES: list[Case] = [
    (  # aviation: a participle's agent
        "The aircraft, built by Franco-Italian manufacturer Avitec, will be delivered in 2026.",
        [],
        [("avitec", "LOCATED_IN", "franco-italian")],
    ),
    (  # mining: "Anglo-Australian miner" as the subject
        "Anglo-Australian miner Corrie Minerals rejected a takeover offer from Albion Chemical.",
        [],
        [("corrie-minerals", "LOCATED_IN", "anglo-australian")],
    ),
    (  # autos: "Sino-German carmaker" in an appositive
        "Veltro Motors, a Sino-German carmaker, will build a plant in Chattanooga.",
        [("veltro-motors", "LOCATED_IN", "chattanooga")],
        [("veltro-motors", "LOCATED_IN", "sino-german")],
    ),
]

LATER_EXAMPLES: list[Case] = [
    (  # retail: a fine, then examples in the reason
        "Online retailer Threadline has been fined €12 million by the French competition "
        "authority for restricting discounts by brands including Maison Duval and Reynaud Sport.",
        [],
        [("maison-duval", "DISPUTES", "threadline"), ("reynaud-sport", "DISPUTES", "threadline")],
    ),
    (  # banking: "criticised by regulators for ... by clients such as"
        "Marrow Bank was criticised by regulators for ignoring complaints by clients such as "
        "Halden Farms.",
        [],
        [("halden-farms", "DISPUTES", "marrow-bank")],
    ),
    (  # shipping: a relative clause, "sued by ... over ... by"
        "Orsund Lines, which was sued by a union after delays by partners including Kaito "
        "Shipping, said it would appeal.",
        [],
        [("kaito-shipping", "DISPUTES", "orsund-lines")],
    ),
    (  # guard: examples of the agent itself still count
        "Threadline has been criticised by rival retailers, including Maison Duval, over its "
        "pricing.",
        [("maison-duval", "DISPUTES", "threadline")],
        [],
    ),
]

STAFF_MODIFIERS: list[Case] = [
    (  # football: a player's club before his job
        "Torvik FC striker Magnus Dahl has signed a four-year contract with Spanish club Real "
        "Ostia.",
        [],
        [("torvik-fc", "PARTNERS_WITH", "real-ostia")],
    ),
    (  # banking: an economist's bank, with a criticism verb
        "Orla Bank economist Ida Lunde criticised Corvin Insurance on Tuesday.",
        [],
        [("orla-bank", "DISPUTES", "corvin-insurance")],
    ),
    (  # media: an anchor's broadcaster and an investment by the person
        "Lumen Media anchor Sara Quist invested in Brightfield Power last year.",
        [],
        [("lumen-media", "FUNDS", "brightfield-power")],
    ),
    (  # mining: a geologist's company and a partnership
        "Tarrant Minerals geologist Oscar Lind has teamed up with Quarry Metals on a survey.",
        [],
        [("tarrant-minerals", "PARTNERS_WITH", "quarry-metals")],
    ),
    (  # guard: an organization's unit is still the subject ("Harlow unit Orlo")
        "Harlow Group unit Orlo Foods has agreed to buy Pasco Mills.",
        [("orlo-foods", "OWNS", "pasco-mills")],
        [("harlow-group", "OWNS", "pasco-mills")],
    ),
    (  # guard: a company that acts, with its chief executive named later
        "Kessler Antriebe sued Volkmar on Monday, chief executive Dieter Brandauer said.",
        [("kessler-antriebe", "DISPUTES", "volkmar")],
        [],
    ),
]

SERVED_ROLES: list[Case] = [
    (  # court story: a lawyer for a group, then the lawyer's firm
        "A lawyer for the shareholders, Nathan Briggs of Briggs & Lowe, said they would appeal.",
        [],
        [("nathan-briggs", "OWNS", "briggs-lowe")],
    ),
    (  # banking: a spokesman for investors, then his fund
        "A spokesman for the investors, Tom Reed of Harl Capital, declined to comment.",
        [],
        [("tom-reed", "FUNDS", "harl-capital")],
    ),
    (  # retail, profile: "an adviser to the founder of"
        "Tom Reed, an adviser to the founder of Orlo Foods, left the board in May.",
        [],
        [("tom-reed", "FOUNDED", "orlo-foods")],
    ),
    (  # football: a spokeswoman for the owners of a club
        "A spokeswoman for the owners of Dunmore Rovers, Ada Fenn, said the club was not for sale.",
        [],
        [("ada-fenn", "OWNS", "dunmore-rovers")],
    ),
    (  # guard: the person's own role still counts
        "Tom Reed, the founder of Orlo Foods, left the board in May.",
        [("tom-reed", "FOUNDED", "orlo-foods")],
        [],
    ),
    (  # guard: a shareholder named in apposition
        "Tom Reed, a shareholder of Orlo Foods, sued the board on Friday.",
        [("tom-reed", "OWNS", "orlo-foods")],
        [],
    ),
]

APPOSITIVE_HEADS: list[Case] = [
    (  # autos: a rival in a product market
        "Veltro Motors is building a plant in Georgia. Kestrel Auto, Veltro's main rival in "
        "pickups, did not comment.",
        [("kestrel-auto", "COMPETES_WITH", "veltro-motors")],
        [("veltro-motors", "OWNS", "kestrel-auto")],
    ),
    (  # media: "its biggest competitor for streaming rights"
        "Lumen Media lost the rights on Friday. Flickbox, its biggest rival for streaming "
        "rights, won them.",
        [],
        [("lumen-media", "OWNS", "flickbox")],
    ),
    (  # pharma: "its partner on the vaccine"
        "Vellum Therapeutics reported results. Korbin Biologics, its partner on the vaccine, "
        "said sales rose.",
        [],
        [("vellum-therapeutics", "OWNS", "korbin-biologics")],
    ),
    (  # tech: an app with a prepositional phrase is still owned
        "Orlo Labs sells Budgetly, its flagship app for students, in ten countries.",
        [("orlo-labs", "OWNS", "budgetly")],
        [],
    ),
    (  # autos: a product appositive with no phrase
        "The Zorva 3, Veltro's best-selling pickup, was recalled on Monday.",
        [("veltro", "OWNS", "zorva-3")],
        [],
    ),
]

OWNED_ROLE_PHRASES: list[Case] = [
    (  # energy: "partner in the project", a bare descriptor before the holder
        "Brisa Renewables is building the Sealark wind farm. Brisa's partner in the project, "
        "utility Iberelec, will take a 49% stake.",
        [("iberelec", "PARTNERS_WITH", "brisa-renewables")],
        [("iberelec", "PARTNERS_WITH", "sealark")],
    ),
    (  # energy: with an article before the descriptor
        "Brisa Renewables is building the Sealark wind farm. Brisa's partner in the project, "
        "the utility Iberelec, will take a stake.",
        [("iberelec", "PARTNERS_WITH", "brisa-renewables")],
        [("iberelec", "PARTNERS_WITH", "sealark")],
    ),
    (  # aviation: "rival on the route"
        "Skyra Airlines will fly to Boston in May. Skyra's rival on the route, Atlantica Air, "
        "cut fares.",
        [("atlantica-air", "COMPETES_WITH", "skyra-airlines")],
        [],
    ),
    (  # mining: the holder before the role
        "Orlo Foods is building the Tarn mine. Kessel Group, Orlo's partner on the mine, will "
        "fund half.",
        [("kessel-group", "PARTNERS_WITH", "orlo-foods")],
        [],
    ),
    (  # banking: a bare descriptor with no phrase
        "Corvin Bank lent to farmers. Corvin's partner, insurer Calder Mutual, covered the loans.",
        [("calder-mutual", "PARTNERS_WITH", "corvin-bank")],
        [],
    ),
]

DELIVERY_TO: list[Case] = [
    (  # autos, wire: "losing a contract to supply ... to"
        "Kessler Antriebe will cut 1,800 jobs after losing a contract to supply gearboxes to "
        "Volkmar, the carmaker said.",
        [],
        [("kessler-antriebe", "COMPETES_WITH", "volkmar")],
    ),
    (  # shipping: "lost a tender to deliver fuel to"
        "Orsund Lines lost a tender to deliver fuel to Brisk Rail last month.",
        [],
        [("orsund-lines", "COMPETES_WITH", "brisk-rail")],
    ),
    (  # farming: a relative clause, "to sell grain to"
        "Ostrava Agri, which lost a contract to sell grain to Campo Verde, cut jobs.",
        [],
        [("ostrava-agri", "COMPETES_WITH", "campo-verde")],
    ),
    (  # guard: the winner after "lost a contract to"
        "Kessler Antriebe lost a contract to Corvin Gears last year.",
        [("kessler-antriebe", "COMPETES_WITH", "corvin-gears")],
        [],
    ),
    (  # guard: an infinitive of building keeps the winner
        "Kessler Antriebe lost the tender to build the bridge to Corvin Gears.",
        [("kessler-antriebe", "COMPETES_WITH", "corvin-gears")],
        [],
    ),
]

BANK = (
    DELIVERY_TO
    + OWNED_ROLE_PHRASES
    + APPOSITIVE_HEADS
    + SERVED_ROLES
    + SECTOR_OPENERS
    + JOINT_NATIONALITIES
    + LATER_EXAMPLES
    + STAFF_MODIFIERS
)
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, LEFT))
def test_genre_precision(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)


@pytest.mark.parametrize(
    ("text", "must", "must_not"),
    [
        (
            "Cobalt miner Tervane Resources cut jobs.",
            {"Tervane Resources": "Organization"},
            ["Cobalt"],
        ),
        (
            "Aircraft lessor Meridian Aero sued Azura.",
            {"Meridian Aero": "Organization"},
            ["Aircraft"],
        ),
        ("Regional airline Skyreach grew.", {"Skyreach": "Organization"}, ["Regional"]),
        ("Hoboken startup Tovren grew.", {"Hoboken": "Location", "Tovren": "Organization"}, []),
        (  # analysis: a question opening a paragraph
            "Is Torvald Energy about to become a takeover target? Analysts think so.",
            {"Torvald Energy": "Organization"},
            ["Is Torvald Energy"],
        ),
        (  # banking: "Has"
            "Has Marrow Bank done enough to win back savers? Its rivals doubt it.",
            {"Marrow Bank": "Organization"},
            ["Has Marrow Bank"],
        ),
        (  # football: "Should"
            "Should Dunmore Rovers sell their striker to Real Ostia this summer?",
            {"Dunmore Rovers": "Organization"},
            ["Should Dunmore Rovers"],
        ),
        (  # pharma: "Did"
            "Did Vellum Therapeutics overpay for Korbin Biologics in 2020? Some analysts think so.",
            {"Vellum Therapeutics": "Organization"},
            ["Did Vellum Therapeutics"],
        ),
    ],
)
def test_sector_openers_are_no_entities(
    text: str, must: dict[str, str], must_not: list[str]
) -> None:
    check_types(text, must, must_not)
