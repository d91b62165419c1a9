"""Genre bank for article-level facts about people and firms that a later sentence needs
(round 29, second wave).

A person the article tied to one firm sentences before (founded it, leads it) answers for that
firm: '"These claims are baseless," she said' after a suit against it, or "Roe called the
lawsuit a stunt" four sentences after the suit. A person tied to two firms decides nothing, and
a past post ("a one-time head of X") is no current one. A bare title's clause read as the
article's firm's: "X, his niece, who has been chair since 2019", "X has been chief executive from
the outset; ...", "X is chief executive and Y runs the kilns", and "Saar is chief executive"
after "set up by Anu Saar" (the one firm the record ties her to).

Each case is a short invented text (relations that must be found, relations that must not be),
across textiles, dairy, brewing, shipping, software, ceramics and bakeries.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

ANSWERS: list[Case] = [
    (  # textiles: a pronoun speaker answers for the firm she founded
        "Tarrow Mills, a Leeds weaver, was set up by Ines Vale in 2009. Orvik Yarns sued "
        'Tarrow last month over unpaid bills. "These claims are baseless," she said.',
        [("orvik-yarns", "DISPUTES", "tarrow-mills"), ("ines-vale", "DISPUTES", "orvik-yarns")],
        [],
    ),
    (  # dairy: the suit several sentences back, the leader read earlier still
        "Brisk Dairy is run by Ola Marr. Holvik Foods sued Brisk in March over a yoghurt "
        "recipe. The case will be heard in Aarhus. Brisk bottles milk for nine chains. It also "
        "sells cheese in Oslo. Marr called the lawsuit a stunt.",
        [("holvik-foods", "DISPUTES", "brisk-dairy"), ("ola-marr", "DISPUTES", "holvik-foods")],
        [],
    ),
    (  # guard: a person tied to two firms answers for neither
        "Kestrel Ceramics was founded by Ada Roe, who now runs Pellam Tiles. Dorn Clay sued "
        'Kestrel in May over a kiln design. "These claims are baseless," she said.',
        [("dorn-clay", "DISPUTES", "kestrel-ceramics")],
        [("ada-roe", "DISPUTES", "dorn-clay")],
    ),
    (  # guard: a one-time head answers for nothing
        "Halden Bakeries, whose one-time chief executive was Ivo Lunt, makes rye loaves. Corra "
        'Mills sued Halden in June over flour prices. "These claims are baseless," he said.',
        [("corra-mills", "DISPUTES", "halden-bakeries")],
        [("ivo-lunt", "DISPUTES", "corra-mills")],
    ),
]

TITLES: list[Case] = [
    (  # brewing: a relative title after an appositive of kin
        "Ostby Brewing doubled its exports of pale ale last year. Buyers deal with Marit Ostby, "
        "his niece, who has been chief executive since 2016.",
        [("marit-ostby", "LEADS", "ostby-brewing")],
        [],
    ),
    (  # shipping: a tenure phrase ends the title's clause
        "Haldor Ferries, the Bergen operator, doubled its output of ferry crossings last year. "
        "Ines Skaar has been chief executive from the outset; the fleet is run by Ivo Lunt.",
        [("ines-skaar", "LEADS", "haldor-ferries")],
        [],
    ),
    (  # guard: a title with its own firm keeps it
        "Haldor Ferries, the Bergen operator, doubled its output of ferry crossings last year. "
        "Ines Skaar has been chief executive of Brisk Marine from the start.",
        [("ines-skaar", "LEADS", "brisk-marine")],
        [("ines-skaar", "LEADS", "haldor-ferries")],
    ),
    (  # software: "and" opening another person's clause ends it
        "Quillon Systems, the Tallinn software maker, doubled its sales last year. It was set "
        "up in 2015 by Anu Saar and Peep Kask. Saar is chief executive and Kask runs engineering.",
        [("anu-saar", "LEADS", "quillon-systems")],
        [("peep-kask", "LEADS", "quillon-systems")],
    ),
    (  # software: a founder named sentences before holds a bare title after a semicolon
        "Quillon Systems, the Tallinn software maker, doubled its sales last year. The firm was "
        "set up in 2015 by Anu Saar, a former tax inspector, and Peep Kask. Saar is chief "
        "executive; Kask owns a fifth of the business.",
        [("anu-saar", "LEADS", "quillon-systems")],
        [("peep-kask", "LEADS", "quillon-systems")],
    ),
    (  # guard: a founder of two firms leads neither by the record
        "Quillon Systems, the Tallinn software maker, doubled its sales last year. The firm was "
        "set up in 2015 by Anu Saar, who also founded Brisk Ledger, and Peep Kask. Saar is chief "
        "executive; Kask owns a fifth of the business.",
        [("anu-saar", "FOUNDED", "brisk-ledger")],
        [("anu-saar", "LEADS", "quillon-systems"), ("anu-saar", "LEADS", "brisk-ledger")],
    ),
    (  # ceramics: an object-relative answer, "an accusation X dismisses as"
        "Kestrel Ceramics was founded by Ada Roe. Dorn Clay has accused Kestrel of copying a "
        "kiln, an accusation Roe dismisses as fantasy.",
        [("ada-roe", "DISPUTES", "dorn-clay")],
        [],
    ),
]

GAPS_CASES: list[Case] = [
    (  # brewing: a relative with no comma after an indefinite appositive
        "Ostby Brewing doubled its exports of pale ale last year. Buyers deal with Marit Ostby, "
        "a former chemist who has been chief executive since 2016.",
        [("marit-ostby", "LEADS", "ostby-brewing")],
        [],
    ),
    (  # dairy: a title coordinated with a kin noun in an appositive
        "Brisk Dairy bottles milk for nine chains. Ola Marr, the founder's niece and managing "
        "director since 2012, wants a second plant.",
        [("ola-marr", "LEADS", "brisk-dairy")],
        [],
    ),
    (  # textiles: "and is now led by" after founders in a passive's agent
        "Tarrow Mills was set up in 1990 by Ivo Pell and Ada Pell, two cousins who began with "
        "one loom, and is now led by chief executive Ola Marr.",
        [("ola-marr", "LEADS", "tarrow-mills")],
        [("ola-marr", "LEADS", "ada-pell")],
    ),
]

BANK = ANSWERS + TITLES + GAPS_CASES
GAPS: dict[str, str] = {
    "Ostby Brewing doubled its exports of pale ale last year. Buyers deal with "
    "Marit Ostby, a former": "a relative title after an indefinite appositive with no comma",
    "Brisk Dairy bottles milk for nine chains. Ola Marr, the founder's niece": "a bare title "
    "coordinated with a kin noun in an appositive",
    "Tarrow Mills was set up in 1990": "a coordinated passive's subject past a passive agent "
    "and its appositive",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_paragraph29(case: Case) -> None:
    check(*case)
