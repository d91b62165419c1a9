"""Genre bank for an object bound away from its own clause's subject (round 27).

A definite description or a non-reflexive pronoun that is a verb's object, or sits in a
prepositional phrase of that verb, cannot stand for the verb's own subject ("sued itself" would
be needed): "X, Y's old rival, sued the company" is Y, not X, even past an appositive that names
Y only as a possessor (`loaders.object_binding`). Guards keep what is no object: a reported
clause's subject ("X said the company would"), a possessor inside the object ("bought the
company's rival"), a coordinated name ("X and the company"), a share of the company a relative
clause names ("X, which owns 30% of the company").

Invented texts across ceramics, toys, dairy, prams, buses, tents, cookware, software, paints,
coffee, ferries, drugs, seeds, cosmetics, brewing and paper.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OBJECTS: list[Case] = [
    (  # ceramics: an appositive naming the other firm as a possessor
        "Brannoway Tiles makes floor tiles in Stoke. Ostrevik Ceramics, Brannoway's largest "
        "rival in the north, sued the company in May over a glaze patent.",
        [("ostrevik-ceramics", "DISPUTES", "brannoway-tiles")],
        [],
    ),
    (  # toys: "accused the retailer of"
        "Marvish Toys sells board games in Ireland. Quellstone Games, Marvish's closest rival, "
        "accused the retailer of copying a design.",
        [("quellstone-games", "DISPUTES", "marvish-toys")],
        [],
    ),
    (  # dairy: a perfect tense past the appositive
        "Oxley Dairy sells butter in Devon. Corrimoor Creamery, Oxley's fiercest rival, has "
        "accused the company of copying its packaging.",
        [("corrimoor-creamery", "DISPUTES", "oxley-dairy")],
        [],
    ),
    (  # prams: "criticised the firm over"
        "Nettlefold Prams makes buggies in Derby. Abbotsley Baby, Nettlefold's old competitor, "
        "criticised the firm over a safety recall.",
        [("abbotsley-baby", "DISPUTES", "nettlefold-prams")],
        [],
    ),
    (  # buses: a pronoun in a prepositional phrase of the verb
        "Hallaby Buses runs school routes in Fife. Trenwick Coaches, Hallaby's bigger neighbour, "
        "has complained about it to the regulator.",
        [("trenwick-coaches", "DISPUTES", "hallaby-buses")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # tents: the verb's object already named by the rules stays
        "Sandrel Tents makes camping gear in Kendal. Hollowpeak Outdoor, Sandrel's main "
        "competitor in Britain, filed a lawsuit against the firm on Friday over a pole design.",
        [("hollowpeak-outdoor", "DISPUTES", "sandrel-tents")],
        [],
    ),
    (  # cookware: a named rival in the appositive
        "Quarrington Cookware sells pans. Pellastro Kitchen, a rival of Quarrington in Italy, "
        "sued the company and its chief executive in Milan.",
        [("pellastro-kitchen", "DISPUTES", "quarrington-cookware")],
        [],
    ),
    (  # software: a reported clause's subject is no object
        "Pennark Software sells payroll tools. Zelvin Systems, Pennark's largest shareholder, "
        "said the company would keep its board.",
        [("zelvin-systems", "OWNS", "pennark-software")],
        [("zelvin-systems", "DISPUTES", "pennark-software")],
    ),
    (  # paints: a possessor inside the object
        "Kelvane Paints sells varnish. Durrow Coatings, a Leeds maker of primers, bought the "
        "company's largest rival, Ashbeck Lacquers, in June.",
        [("durrow-coatings", "OWNS", "ashbeck-lacquers")],
        [("durrow-coatings", "OWNS", "kelvane-paints")],
    ),
    (  # coffee: a stake in the company of the sentence before
        "Farrowby Coffee roasts beans in Bristol. Last spring Dunmere Roasters bought a 12% "
        "holding in the company.",
        [("dunmere-roasters", "FUNDS", "farrowby-coffee")],
        [],
    ),
    (  # ferries: "criticised the firm for"
        "Orlavik Ferries runs routes to the islands. Brightsea Lines, a rival operator, has "
        "criticised the firm for cutting winter sailings.",
        [("brightsea-lines", "DISPUTES", "orlavik-ferries")],
        [],
    ),
    (  # drugs: a fronted phrase before the subject
        "Velorna Pharma makes generic drugs. After a long dispute, Castrel Labs sued the "
        "drugmaker in Delaware.",
        [("castrel-labs", "DISPUTES", "velorna-pharma")],
        [],
    ),
    (  # seeds: a relative clause's share of the company
        "Dorvant Seeds breeds wheat. Marrowfield Agri, which owns 30% of the company, backed the "
        "plan.",
        [("marrowfield-agri", "OWNS", "dorvant-seeds")],
        [],
    ),
    (  # cosmetics: "said it would sue": "it" is the reported clause's subject
        "Ravella Cosmetics sells lipstick. Ravella said it would sue Glissom Beauty over a shade "
        "name.",
        [("ravella-cosmetics", "DISPUTES", "glissom-beauty")],
        [],
    ),
    (  # textiles: a description coordinated with a name is no object
        "Strelna Yarns is based in Bradford. Loomridge Textiles and the company agreed to share a "
        "dye works.",
        [],
        [("loomridge-textiles", "DISPUTES", "strelna-yarns")],
    ),
    (  # brewing: the object of "criticised" past a plain appositive
        "Tavistow Brewing makes lager in Cork. Kilmurry Ales, a family brewer in Kerry, "
        "criticised the brewer for its pricing.",
        [("kilmurry-ales", "DISPUTES", "tavistow-brewing")],
        [],
    ),
]

GAP_CASES: list[Case] = [
    (  # paper: a description as the subject binds no object description yet
        "Drossel Paper sold pulp to Kinnaird Print for years. Last month the mill sued the "
        "printer over late payments.",
        [("drossel-paper", "DISPUTES", "kinnaird-print")],
        [],
    ),
]

BANK = OBJECTS + GUARDS + GAP_CASES
GAPS: dict[str, str] = {
    "Drossel Paper sold pulp": "only a named subject binds its clause's object (not 'the mill')",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_bind27(case: Case) -> None:
    check(*case)
