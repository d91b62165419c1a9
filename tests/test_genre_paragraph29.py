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

MENDS: list[Case] = [
    (  # review 29 F1 guard: a founder who quit answers for nothing
        "Mira Halden co-founded Kestrel Yarns but quit in 2019. Pell Fabrics sued Kestrel Yarns "
        'over a patent. "The claims are baseless," she said.',
        [("pell-fabrics", "DISPUTES", "kestrel-yarns")],
        [("mira-halden", "DISPUTES", "pell-fabrics")],
    ),
    (  # F1 guard: a founder who now advises the accuser
        "Mira Halden co-founded Kestrel Yarns and now advises Pell Fabrics. Pell Fabrics sued "
        'Kestrel Yarns over a patent. "The claims are baseless," she said.',
        [("pell-fabrics", "DISPUTES", "kestrel-yarns")],
        [("mira-halden", "DISPUTES", "pell-fabrics")],
    ),
    (  # F1 guard: a founder who sold her stake
        "Ms Halden, who co-founded Kestrel Yarns, sold her stake to Pell Fabrics in 2018. Pell "
        'Fabrics sued Kestrel Yarns over a patent. "The claims are baseless," she said.',
        [("pell-fabrics", "DISPUTES", "kestrel-yarns")],
        [("halden", "DISPUTES", "pell-fabrics")],
    ),
    (  # F1 guard: a dead founder
        "Hale Quarry's founder Ada Roe died in 2010. Brisk Cement sued Hale Quarry over a "
        'contract. "The claims are baseless," she said.',
        [("brisk-cement", "DISPUTES", "hale-quarry")],
        [("ada-roe", "DISPUTES", "brisk-cement")],
    ),
    (  # F1 guard: "the late founder"
        "Omar Fenn, the late founder of Brisk Cement, built its first kiln. Hale Quarry accused "
        'Brisk Cement of fraud. "The claims are baseless," he said.',
        [],
        [("omar-fenn", "DISPUTES", "hale-quarry")],
    ),
    (  # F1 guard (brewing): a chief executive who stepped down
        "Ivo Lunt stepped down as chief executive of Ostby Brewing in May. Holvik Malt sued Ostby "
        'Brewing over unpaid bills. "These claims are baseless," he said.',
        [("holvik-malt", "DISPUTES", "ostby-brewing")],
        [("ivo-lunt", "DISPUTES", "holvik-malt")],
    ),
    (  # F1 guard (shipping): ousted from the post
        "Ines Skaar was ousted as chief executive of Haldor Ferries in May. Brisk Marine sued "
        'Haldor Ferries over a charter. "The claims are baseless," she said.',
        [("brisk-marine", "DISPUTES", "haldor-ferries")],
        [("ines-skaar", "DISPUTES", "brisk-marine")],
    ),
    (  # F1 guard: the departure in the next sentence about the person
        "Ada Roe was chief executive of Hale Quarry. She left in 2020. Brisk Cement sued Hale "
        'Quarry over a contract. "The claims are baseless," she said.',
        [("brisk-cement", "DISPUTES", "hale-quarry")],
        [("ada-roe", "DISPUTES", "brisk-cement")],
    ),
    (  # F1 guard: "before she left"
        "Ada Roe ran Hale Quarry for a decade before she left. Brisk Cement sued Hale Quarry over "
        'a contract. "The claims are baseless," she said.',
        [("brisk-cement", "DISPUTES", "hale-quarry")],
        [("ada-roe", "DISPUTES", "brisk-cement")],
    ),
    (  # F1 (software): a founding with a date still answers
        "Anu Saar co-founded Quillon Systems in 2015. Brisk Ledger sued Quillon Systems over a "
        'licence. "These claims are baseless," she said.',
        [("anu-saar", "DISPUTES", "brisk-ledger")],
        [],
    ),
    (  # F2 guard: a paragraph about another firm, a bare title gives no recorded firm
        "Kiri Mond founded Vela Foods in 2001.\n\nOsk Farms reported higher profits on Tuesday. "
        "Its new strategy was drawn up by Mond, who is chairman.",
        [],
        [("kiri-mond", "LEADS", "vela-foods")],
    ),
    (  # F2 guard (dairy): the sentence's own "Its"
        "Ola Marr founded Brisk Dairy in 1998. Holvik Foods reported higher sales on Monday. "
        "Its new plan was drawn up by Marr, who is chairman.",
        [],
        [("ola-marr", "LEADS", "brisk-dairy")],
    ),
    (  # F3 guard: a chairman of both sides
        "Omar Fenn is chairman of Brisk Cement and of Hale Quarry. Hale Quarry accused Brisk "
        'Cement of fraud. "The claims are baseless," he said.',
        [],
        [("omar-fenn", "DISPUTES", "hale-quarry")],
    ),
    (  # F3 guard (textiles): "of A and B."
        "Ines Vale is chairman of Tarrow Mills and Orvik Yarns. Orvik Yarns sued Tarrow Mills "
        'over unpaid bills. "These claims are baseless," she said.',
        [],
        [("ines-vale", "DISPUTES", "orvik-yarns")],
    ),
    (  # F4 guard: a negated dismissal, pronoun and name
        "Ada Roe runs Hale Quarry. Brisk Cement sued Hale Quarry over a contract. "
        '"We do not think the claims are baseless," she said.',
        [],
        [("ada-roe", "DISPUTES", "brisk-cement")],
    ),
    (  # F4 guard (ceramics): the named speaker
        "Kestrel Ceramics is run by Ada Roe. Dorn Clay sued Kestrel Ceramics in May over a kiln. "
        '"We never said these claims were baseless," Roe said.',
        [],
        [("ada-roe", "DISPUTES", "dorn-clay")],
    ),
]

BANK = ANSWERS + TITLES + GAPS_CASES + MENDS
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
