"""Genre bank for endpoint shape and family identity (precshape18).

A doctorate's letters after a name are no entity and no part of the name: "Tova Vey, Ph.D.,",
"Greta Mornau, M.D.,", "Tova Vey PhD", "Ada Vey, Ed.D.," (the tokenizer keeps "Ph.D." whole;
the degree list drops it; a degree written with a capital inside ends no full name). "the
Vrellick family" is the family: when the article names a person of that surname, the family's
mention is no form of that person (a family mention opening the article is a gap: see GAPS).
Guards: a name with a degree word in it ("Master Foods"), a surname that speaks, a family-led
firm's name ("Orr Brothers"), "the Veskari family of tiles".

Invented texts across biotech, health, schools, mining, tiles, retail, law, farming and shipping.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params, kept

DEGREES: list[Case] = [
    (  # biotech: a quoted partner, the speaker with "Ph.D." in an appositive
        '"We are glad to work with Oskelund," said Tova Vey, Ph.D., chief scientist of Dravik.',
        [],
        [("ph", "PARTNERS_WITH", "oskelund"), ("ph-d", "PARTNERS_WITH", "oskelund")],
    ),
    (  # biotech: "PhD" glued after the name, a leader
        "Tova Vey PhD leads Dravik.",
        [("tova-vey", "LEADS", "dravik")],
        [("tova-vey-phd", "LEADS", "dravik")],
    ),
    (  # health: "M.D." in commas, a founder
        "Greta Mornau, M.D., founded Mornau Clinics.",
        [("greta-mornau", "FOUNDED", "mornau-clinics")],
        [],
    ),
    (  # schools: "Ed.D." and a later title
        "Ada Vey, Ed.D., founded Vey Schools. Dr Vey sued Orsk Learning.",
        [("ada-vey", "FOUNDED", "vey-schools"), ("ada-vey", "DISPUTES", "orsk-learning")],
        [],
    ),
    (  # clinics: "MBA" after the name
        "Ivo Lanark MBA founded Lanark Clinics.",
        [("ivo-lanark", "FOUNDED", "lanark-clinics")],
        [("ivo-lanark-mba", "FOUNDED", "lanark-clinics")],
    ),
    (  # research: a relative clause after "Ph.D."
        "Tova Vey, Ph.D., leads research at Dravik, which works with Oskelund.",
        [("dravik", "PARTNERS_WITH", "oskelund")],
        [("ph", "PARTNERS_WITH", "oskelund")],
    ),
    (  # pharmacy: "Pharm.D." as a speaker's letters
        '"Orsk Pharma is our rival," said Lena Holm, Pharm.D., who runs Holm Apotek.',
        [],
        [("pharm", "COMPETES_WITH", "orsk-pharma")],
    ),
    (  # law: "Ph.D." before a title and a firm, a dispute
        "Rolf Dahl, Ph.D., a partner at Dahl Legal, sued Orsk Shipping.",
        [],
        [("ph", "DISPUTES", "orsk-shipping")],
    ),
    (  # dentistry: "M.D." speaker, rivals in the quote
        '"Smile Co is our main rival," said Ana Ruiz, M.D., founder of Ruiz Dental.',
        [],
        [("m-d", "COMPETES_WITH", "smile-co")],
    ),
    (  # veterinary: "DPhil" after the name, a founder
        "Nils Berg DPhil founded Berg Vets in 2004.",
        [("nils-berg", "FOUNDED", "berg-vets")],
        [("nils-berg-dphil", "FOUNDED", "berg-vets")],
    ),
    (  # guard: a firm with a degree word in its name
        "Master Foods sued Orsk Snacks in May.",
        [("master-foods", "DISPUTES", "orsk-snacks")],
        [],
    ),
    (  # guard: honours' letters still trimmed (entity18)
        "The claim was argued by Ada Merrow KC for Halvern Shipping.",
        [],
        [("ada-merrow-kc", "ADVISES", "halvern-shipping")],
    ),
]

FAMILIES: list[Case] = [
    (  # mining: the person first, the family's stake later
        "Ivo Vrellick chairs Kessel Mining. The Vrellick family still owns 57% of the company.",
        [("ivo-vrellick", "LEADS", "kessel-mining")],
        [("ivo-vrellick", "OWNS", "kessel-mining")],
    ),
    (  # farming: the family in a passive, the person before
        "Greta Holm runs Holm Farms. Holm Farms is owned by the Holm family.",
        [("greta-holm", "LEADS", "holm-farms")],
        [("greta-holm", "OWNS", "holm-farms")],
    ),
    (  # retail: "the founding family" sells
        "Ada Brask heads Brask Stores. The Brask founding family sold 20% to Orsk Capital.",
        [("ada-brask", "LEADS", "brask-stores")],
        [("ada-brask", "OWNS", "brask-stores")],
    ),
    (  # shipping: the family's stake in a relative clause
        "Lars Tovrin is chief executive of Tovrin Lines, in which the Tovrin family holds 40%.",
        [("lars-tovrin", "LEADS", "tovrin-lines")],
        [("lars-tovrin", "OWNS", "tovrin-lines")],
    ),
    (  # the family opening the article (a gap: see GAPS)
        "The Vrellick family still owns 57% of Kessel Mining. Ivo Vrellick is chairman.",
        [],
        [("ivo-vrellick", "OWNS", "kessel-mining")],
    ),
    (  # guard: the surname alone still names the person
        "Ivo Vrellick founded Kessel Mining. Vrellick sued Orsk Metals in May.",
        [("ivo-vrellick", "FOUNDED", "kessel-mining"), ("ivo-vrellick", "DISPUTES", "orsk-metals")],
        [],
    ),
    (  # guard: "Mr" and the surname are the person
        "Ivo Vrellick founded Kessel Mining. Mr Vrellick owns 30% of it.",
        [("ivo-vrellick", "OWNS", "kessel-mining")],
        [],
    ),
    (  # tiles: the person in a later sentence keeps the family's sale apart
        "Pia Lund chairs Lund Tiles. The Lund family sold Lund Tiles to Orsk Ceramics.",
        [("pia-lund", "LEADS", "lund-tiles"), ("orsk-ceramics", "OWNS", "lund-tiles")],
        [("pia-lund", "OWNS", "lund-tiles")],
    ),
    (  # guard: a firm named for brothers stays a firm
        "Orr Brothers sued Kessel Mining. Ada Orr chairs Orr Brothers.",
        [("orr-brothers", "DISPUTES", "kessel-mining"), ("ada-orr", "LEADS", "orr-brothers")],
        [],
    ),
]

KEPT: list[tuple[str, list[str], list[str]]] = [
    (  # a doctorate's letters are no entity
        "Greta Mornau, M.D., founded Mornau Clinics. Tova Vey, Ph.D., joined in May.",
        ["Greta Mornau", "Mornau Clinics"],
        ["M.D.", "Ph", "Ph.D.", "D"],
    ),
    (  # glued letters are no part of the name
        "Tova Vey PhD leads Dravik. Ivo Lanark DPhil advises Dravik.",
        ["Tova Vey", "Dravik"],
        ["Tova Vey PhD", "Ivo Lanark DPhil"],
    ),
    (  # guard: "Master" opening a firm's name stays
        "Master Foods sued Orsk Snacks in May.",
        ["Master Foods", "Orsk Snacks"],
        [],
    ),
    (  # the family's mention after the person is no second entity
        "Ivo Vrellick chairs Kessel Mining. The Vrellick family still owns 57% of the company.",
        ["Ivo Vrellick", "Kessel Mining"],
        ["Vrellick"],
    ),
]

GAPS: dict[str, str] = {
    "Lars Tovrin is chief executive of Tovrin Lines, in which": "the family in the person's "
    "own sentence still resolves to the person in the stake rule (surname lookup past coref)",
}


@pytest.mark.parametrize("case", gap_params(DEGREES + FAMILIES, GAPS))
def test_relations(case: Case) -> None:
    text, present, absent = case
    check(text, present, absent)


@pytest.mark.parametrize("case", gap_params(KEPT, GAPS))
def test_kept(case: tuple[str, list[str], list[str]]) -> None:
    text, present, absent = case
    got = kept(text)
    assert all(n in got for n in present) and not any(n in got for n in absent), sorted(got)
