"""Genre bank for places a firm's sites and descriptions name (round 33, LOCATED_IN).

Known gaps (strict xfail): "refineries in C" (the naive singular of "refineries" misses the
"refinery in" trigger), "sites near A and B" of an owner, "the C family office X", "the
C-based company plans to ..." (read as the compound "company plans"), and "Y is owned by X,
the C-based group, which ..." (X, typed a person at that point, hands the description to
Y). Readings for these were tried in round 33 and dropped on the CHECK half.

Guards that hold: refineries denied, planned, or only supplied; margins "at refineries in C";
sites inspected by an unnamed body; "the Lee family office" (a family, no place); the
possessive "the company's plans to"; a person before an opening participle's subject.

Further gaps seen in the misses: an unknown town in "X, a TOWN distributor", "the Leeds
studio X", a demonym before a region, a long object before "at mills in A and B", "clinics
across A and B".

Invented cases across refining, peat, family offices, fans, tank storage, cycles, tattoo
studios, hydro, olive oil, dental clinics and labs.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BANK: list[Case] = [
    (  # refining: the plural site noun after a count and an adjective
        "Pellam Energy still runs a pair of small refineries in Tarvel.",
        [("pellam-energy", "LOCATED_IN", "tarvel")],
        [],
    ),
    (  # refining: relative clause on the owner
        "Pellam Energy, which Orlo Oil bought in 2019, runs refineries in Tarvel.",
        [("pellam-energy", "LOCATED_IN", "tarvel"), ("orlo-oil", "OWNS", "pellam-energy")],
        [("orlo-oil", "LOCATED_IN", "tarvel")],
    ),
    (  # refining: two places of one list
        "Dalvik Fuels operates refineries in Tarvel and Mossbury.",
        [("dalvik-fuels", "LOCATED_IN", "tarvel"), ("dalvik-fuels", "LOCATED_IN", "mossbury")],
        [],
    ),
    (  # refining guard: a denial
        "Pellam Energy does not run refineries in Tarvel.",
        [],
        [("pellam-energy", "LOCATED_IN", "tarvel")],
    ),
    (  # refining guard: a plan
        "Pellam Energy plans to build two refineries in Tarvel.",
        [],
        [("pellam-energy", "LOCATED_IN", "tarvel")],
    ),
    (  # refining guard: margins at others' refineries
        "Pellam Energy said margins at refineries in Tarvel fell.",
        [],
        [("pellam-energy", "LOCATED_IN", "tarvel")],
    ),
    (  # refining guard: a customer's refineries
        "Pellam Energy sells fuel to refineries in Tarvel.",
        [],
        [("pellam-energy", "LOCATED_IN", "tarvel")],
    ),
    (  # peat: sites near two towns
        "Fenbrook Media, which digs peat at sites near Tarvel and Mossbury, is a "
        "subsidiary of Harlan Holdings.",
        [
            ("fenbrook-media", "LOCATED_IN", "tarvel"),
            ("fenbrook-media", "LOCATED_IN", "mossbury"),
            ("harlan-holdings", "OWNS", "fenbrook-media"),
        ],
        [("harlan-holdings", "LOCATED_IN", "tarvel")],
    ),
    (  # peat guard: sites an unnamed body inspected
        "Regulators inspected sites near Tarvel owned by several firms.",
        [],
        [],
    ),
    (  # peat guard: a denial
        "Fenbrook Media has denied that it dug sites near Tarvel.",
        [],
        [("fenbrook-media", "LOCATED_IN", "tarvel")],
    ),
    (  # peat: the relative's own subject, not the buyer before it
        "Fenbrook Media buys peat from Selby Peat, which cuts it at sites near Tarvel.",
        [("selby-peat", "LOCATED_IN", "tarvel")],
        [("fenbrook-media", "LOCATED_IN", "tarvel")],
    ),
    (  # family office: a place before the two-word job, the name after
        "The second round was led by the Leeds family office Arden Partners.",
        [("arden-partners", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # family office: in a coordination
        "The round was led by the Leeds family office Arden Partners and Orlo Ventures.",
        [("arden-partners", "LOCATED_IN", "leeds")],
        [("orlo-ventures", "LOCATED_IN", "leeds")],
    ),
    (  # family office: inside a participle aside
        "Orlo Ventures, backed by the Leeds family office Arden Partners, invested in Kelp Co.",
        [("arden-partners", "LOCATED_IN", "leeds")],
        [("orlo-ventures", "LOCATED_IN", "leeds")],
    ),
    (  # family office: set off after the name
        "A stake went to Arden Partners, a Leeds family office, last year.",
        [("arden-partners", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # family office guard: a family's surname, no place
        "The Lee family office Arden Partners sold its stake.",
        [],
        [("arden-partners", "LOCATED_IN", "lee")],
    ),
    (  # fans: "plans to" is the description's verb
        "Gustwell Fans makes fans. The Leeds-based company plans to raise money.",
        [("gustwell-fans", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # fans guard: the planned purchase is no holding
        "Gustwell Fans makes fans. The Leeds-based company plans to buy Orlo Tools.",
        [("gustwell-fans", "LOCATED_IN", "leeds")],
        [("gustwell-fans", "OWNS", "orlo-tools")],
    ),
    (  # fans guard: a possessive's plans
        "Gustwell Fans makes fans. The company's plans to raise money were dropped.",
        [],
        [],
    ),
    (  # tank storage: the owner's own description
        "Tarrow Storage is owned by Vessko Tank, the Leeds-based tank group, which "
        "acquired the firm in 2015.",
        [("vessko-tank", "OWNS", "tarrow-storage")],
        [("tarrow-storage", "LOCATED_IN", "leeds")],
    ),
    (  # tank storage: the owner placed by the description set off after it
        "Tarrow Storage is owned by Vessko Tank, the Leeds-based tank group.",
        [("vessko-tank", "LOCATED_IN", "leeds")],
        [("tarrow-storage", "LOCATED_IN", "leeds")],
    ),
    (  # tank storage guard: a person owner's description
        "Tarrow Storage is owned by Ann Lee, the Leeds-based investor, who bought it in 2015.",
        [("ann-lee", "OWNS", "tarrow-storage")],
        [("tarrow-storage", "LOCATED_IN", "leeds")],
    ),
    (  # cycles: an unknown town before a trade noun after "a", set off after the name
        "Sales at Ferrow Cycles, a Dunmarsh distributor, fell.",
        [("ferrow-cycles", "LOCATED_IN", "dunmarsh")],
        [],
    ),
    (  # cycles guard: "a rival TOWN distributor" names no rival called TOWN
        "Ferrow Cycles, a rival Dunmarsh distributor, cut prices.",
        [],
        [("dunmarsh", "COMPETES_WITH", "ferrow-cycles")],
    ),
    (  # tattoo: a known town before a descriptor noun that is no trade noun, then the name
        "He owns the Leeds studio Iron Lotus Tattoo.",
        [("iron-lotus-tattoo", "LOCATED_IN", "leeds")],
        [],
    ),
    (  # hydro: a demonym before a region's name belongs to the name
        "Orlo Pension put money into Loch Varn, a pumped-storage scheme in the Scottish Highlands.",
        [("loch-varn", "LOCATED_IN", "scottish-highlands")],
        [("loch-varn", "LOCATED_IN", "highlands")],
    ),
    (  # olives: a long object between the verb and "at mills in A and B"
        "Aceto Oils presses roughly 900 tonnes of olives each week at mills in Tarvel and "
        "Mossbury.",
        [("aceto-oils", "LOCATED_IN", "tarvel"), ("aceto-oils", "LOCATED_IN", "mossbury")],
        [],
    ),
    (  # dental: sites "across" a list of towns
        "Pell Dental runs 30 clinics across Tarvel and Mossbury.",
        [("pell-dental", "LOCATED_IN", "tarvel"), ("pell-dental", "LOCATED_IN", "mossbury")],
        [],
    ),
    (  # labs guard: a person in an opening participle phrase, the subject after
        "Founded by Dr. Inka Tarr, the lab sells kits.",
        [],
        [],
    ),
]

GAPS = {
    "Ferrow Cycles, a rival": "the unknown town is typed an organization and read as the rival",
    "He owns the Leeds studio": "a descriptor noun that is no '-er' trade before a name is not "
    "read (measured for 'the London fund X' in an earlier round)",
    "Orlo Pension put money": "a demonym before a region is left out of the place's name",
    "Aceto Oils presses": "the subject lies beyond the noun trigger's reach (`SUBJ_GAP`)",
    "Pell Dental runs": "'clinics across' is no site trigger (conventions for regions differ)",
    "Fenbrook Media, which digs": "'sites near' as a site trigger (tried; the round's "
    "readings together: TUNE +4 right -3 wrong net, CHECK +0 right +2 wrong, dropped)",
    "Gustwell Fans makes fans. The Leeds-based company plans to": "'the company plans to' is "
    "read as the compound noun 'company plans', so the description is no reference (the verb "
    "reading was tried and dropped with the round's readings)",
    "Pellam Energy still runs": "'refineries in' as a site trigger (tried, dropped: +0 right "
    "+1 wrong on TUNE, a passive agent's appositive taken as the owner)",
    "Pellam Energy, which Orlo Oil": "as above: 'refineries in' is no trigger",
    "Dalvik Fuels operates": "as above: 'refineries in' is no trigger",
    "The second round was led": "'family office' as a located pair (tried, dropped with the "
    "round's CHECK wrongs unattributed, like 'the London fund X')",
    "The round was led by the Leeds family": "as above: 'family office' is not read",
    "Orlo Ventures, backed by": "as above: 'family office' is not read",
    "Fenbrook Media buys peat": "a relative clause after a preposition's object: the site noun "
    "binds the sentence's subject (as with 'sites in', 'pits near')",
    "A stake went to Arden": "'a C family office' set off after a name is not read",
    "Tarrow Storage is owned by Vessko Tank, the Leeds-based tank group.": "the owner "
    "after 'owned by' is typed a person when the hyphen reading runs",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_places33(case: Case) -> None:
    check(*case)
