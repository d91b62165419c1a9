"""Genre bank for leaders read past an age, by a body's kind noun, and by a board's full title
(round 30).

- An age set off by commas does not cut a relative clause from its name: "Oren Vask, 61, who
  has run Vask Tanning since 2004" leads it (and "who founded it" founded it).
- "the trust", "the bureau" and "the centre" are the one body the text called so ("Kelso
  Growers' Trust ... the trust's chair"), as "the bottler" is: a chair of the trust leads that
  trust. (A reference object right after an age aside is left alone: after a sale the resolver
  may give "the business" to the buyer.)
- The full name of a board chair's seat: "president of the management board of X", "chairman
  of the supervisory board of X", "chair of the board of directors of X" leads X; a member of
  such a board, or its deputy chair, does not.

Each case is a short invented text, across tanning, ferries, rowing clubs, wine, orchards,
printing, ropes, bakeries, paper, and textiles.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

AGES: list[Case] = [
    (  # tanning: an age, then a relative clause with the firm's name
        "Vask Tanning makes leather for saddles. Oren Vask, 61, who has run Vask Tanning since "
        "2004, will retire next year.",
        [("oren-vask", "LEADS", "vask-tanning")],
        [],
    ),
    (  # ferries: an age, then a relative clause of founding
        "Ostrel Ferries sails to four islands. Mara Lind, 54, who founded Ostrel Ferries in "
        "1999, said fares would rise.",
        [("mara-lind", "FOUNDED", "ostrel-ferries")],
        [],
    ),
    (  # printing: an age, then a relative clause that chairs
        "Holmby Press printed 40 titles last year. Aldo Ferrant, 70, who chairs Holmby Press, "
        "said paper costs had doubled.",
        [("aldo-ferrant", "LEADS", "holmby-press")],
        [],
    ),
    (  # guard: no age, the same clause still reads
        "Holmby Press printed 40 titles last year. Aldo Ferrant, who chairs Holmby Press, said "
        "paper costs had doubled.",
        [("aldo-ferrant", "LEADS", "holmby-press")],
        [],
    ),
    (  # guard: a number that is no age (a count of looms) is no aside of a person
        "Tarrow Ropes runs looms in Hull. Its rival Brisk Cord, 12, which ranks behind it, "
        "lost a contract.",
        [],
        [("tarrow-ropes", "LEADS", "brisk-cord")],
    ),
    (  # guard: the relative clause past an age of a post held elsewhere before
        "Corran Bakeries opened a shop in Leeds. Ines Portal, 48, who ran Tillet Flour until "
        "2020, joins the board.",
        [],
        [("ines-portal", "LEADS", "corran-bakeries")],
    ),
]

BODIES: list[Case] = [
    (  # rowing: "the trust's chair" is the one trust named
        "Marrow Rowing Trust opposed the sale of the boathouse to Pellet Homes. The trust's "
        "chair, Gwen Arby, said members would appeal.",
        [("gwen-arby", "LEADS", "marrow-rowing-trust")],
        [],
    ),
    (  # orchards: "who chairs the trust"
        'Growers said the Kelso Orchard Trust had been ignored. "We were told nothing," said '
        "Dev Oakes, who chairs the trust.",
        [("dev-oakes", "LEADS", "kelso-orchard-trust")],
        [],
    ),
    (  # wine: "the bureau's president"
        "The Bureau des Vins de Lerac defended the label rules on Monday. The bureau's "
        "president, Anne Sorel, said the rules protected growers.",
        [("anne-sorel", "LEADS", "bureau-des-vins-de-lerac")],
        [],
    ),
    (  # guard: two trusts named, "the trust" is neither
        "Marrow Rowing Trust and Fenby Boat Trust both objected. The trust's chair, "
        "Gwen Arby, said members would appeal.",
        [],
        [
            ("gwen-arby", "LEADS", "marrow-rowing-trust"),
            ("gwen-arby", "LEADS", "fenby-boat-trust"),
        ],
    ),
    (  # guard: a company with no trust in its name is no "trust"
        "Pellet Homes bought the old boathouse. The trust's chair, Gwen Arby, said members "
        "would appeal.",
        [],
        [("gwen-arby", "LEADS", "pellet-homes")],
    ),
]

CENTRES: list[Case] = [
    (  # theatre: "who runs the arts centre" is the one centre named
        'Dunlow Arts Centre will stage six plays this winter. "We sold out in a week," '
        "said Petra Loy, who runs the arts centre.",
        [("petra-loy", "LEADS", "dunlow-arts-centre")],
        [],
    ),
    (  # guard: no body called a centre, "the centre" of a town is no firm
        'Mossel Shoes opened a shop in the town. "Footfall is up," said Petra Loy, who runs '
        "the centre.",
        [],
        [("petra-loy", "LEADS", "mossel-shoes")],
    ),
]

BOARDS: list[Case] = [
    (  # paper: a two-tier board's president
        "Welna Papier and Oder Pulp will build a mill together. Jerzy Malek, president of the "
        "management board of Welna Papier, said the mill would open in 2027.",
        [("jerzy-malek", "LEADS", "welna-papier")],
        [],
    ),
    (  # textiles: a supervisory board's chairman
        "Hensel Textil cut its forecast. Ute Kramer, chairman of the supervisory board of Hensel "
        "Textil, said the board backed the plan.",
        [("ute-kramer", "LEADS", "hensel-textil")],
        [],
    ),
    (  # ropes: the chair of the board of directors
        "Tarrow Ropes lost a navy contract. Colm Hale, chair of the board of directors of Tarrow "
        "Ropes, said the firm would bid again.",
        [("colm-hale", "LEADS", "tarrow-ropes")],
        [],
    ),
    (  # guard: a member of the supervisory board leads nothing
        "Hensel Textil cut its forecast. Ute Kramer, a member of the supervisory board of Hensel "
        "Textil, said the board backed the plan.",
        [],
        [("ute-kramer", "LEADS", "hensel-textil")],
    ),
    (  # guard: the deputy chairman is not the chair
        "Hensel Textil cut its forecast. Ute Kramer, deputy chairman of the supervisory board of "
        "Hensel Textil, said the board backed the plan.",
        [],
        [("ute-kramer", "LEADS", "hensel-textil")],
    ),
]

GAPS_CASES: list[Case] = [
    (  # energy: the chair of the firm's owner ("who chairs the trust", as with "the bank")
        "Norcott Energy, which is owned by Aldgate Trust, cut 40 jobs. Sam Reid, who chairs the "
        "trust, blamed gas prices.",
        [("sam-reid", "LEADS", "aldgate-trust")],
        [("sam-reid", "LEADS", "norcott-energy")],
    ),
    (  # bakeries: a leader's passive with a date between the verb and "by"
        "Corran Bakeries, a bread maker in Leeds, was bought by Arden Group. Corran Bakeries has "
        "been run since 2019 by Ines Portal.",
        [("ines-portal", "LEADS", "corran-bakeries")],
        [("ines-portal", "LEADS", "arden-group")],
    ),
    (  # printing: "the business" past an age, after a sale, is the business sold
        "Holmby Press, a printer in Kent, was bought by Vell Media for 8 million pounds. Aldo "
        "Ferrant, 70, who has run the business since 1990, will stay on.",
        [("aldo-ferrant", "LEADS", "holmby-press")],
        [("aldo-ferrant", "LEADS", "vell-media")],
    ),
    (  # carpets: a former post, named by a short form, before a relative clause
        "Brisk Looms makes carpet yarn in Kidderminster. Ivo Hart, a former Brisk chief "
        "executive who now sits on the board of a rival, has called the plan a mistake.",
        [("ivo-hart", "LEADS", "brisk-looms")],
        [],
    ),
    (  # orchards: a county's department after a possessive
        "Kelso County banned night burning. Dev Oakes, who heads the county's Department of "
        "Orchards, said growers had agreed.",
        [("dev-oakes", "LEADS", "department-of-orchards")],
        [],
    ),
]

BANK = AGES + BODIES + CENTRES + BOARDS + GAPS_CASES
GAPS: dict[str, str] = {
    "Holmby Press, a printer in Kent": (
        "a reference object past an age aside is left unread: after a sale the resolver may "
        "hand 'the business' to the buyer"
    ),
    "Brisk Looms makes carpet yarn": (
        "a former post by a short form, then a relative clause: the apposition is not read"
    ),
    "Kelso County banned": "a possessive before the department's name cuts the object",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_leads30(case: Case) -> None:
    check(*case)
