"""Leading readings of round 42 (invented sentences, several sectors).

A title that names a body's head only in apposition ("general manager", "executive director",
"director") leads the body that possesses it, wherever in the sentence it stands, when it is
set off beside a person's name:

- the possessor a name ("Tamsa Rubber's general manager, Ivo Lind, said"), a description the
  resolver tied to a name ("Ada Ruhl, the alliance's executive director, said") or "its"/"their"
  ("said Ola Berg, its general manager", "is run by its director, Ivo Lind");
- the holder after the title (set off by a comma) or before its possessor (", Ada Ruhl, X's
  director, said").

Lookalikes stay unread: a title of one of many ("a director of X"), a premodified or
complemented title ("X's finance director", "X's director of sales"), a title a verb takes as
its object ("advises its director, X": the "its" may be anything's), a director of a work
named just before, and a title the person does not hold ("hopes to become X's director").

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

POSSESSED_HEADS: list[Case] = [
    (  # rubber: a name's general manager, holder after the title
        "Tamsa Rubber lost a tender to a Thai rival. Tamsa Rubber's general manager, Ivo Lind, "
        "said the firm would appeal.",
        [("ivo-lind", "LEADS", "tamsa-rubber")],
        [],
    ),
    (  # medical supplies: the holder first, the possessor a name
        "Orla Medical lost the hospital contract. Priya Mehra, Orla's general manager, rejected "
        "the claim.",
        [("priya-mehra", "LEADS", "orla-medical")],
        [],
    ),
    (  # glass: after a quote and "said", its general manager
        'Corvasse Glass was fined for bid rigging. "We accept the verdict," said Rui Salas, its '
        "general manager, who noted that staff had been retrained.",
        [("rui-salas", "LEADS", "corvasse-glass")],
        [],
    ),
    (  # charity: an opening "Its executive director"
        "Brightwell Trust published a report on factory safety. Its executive director, Nadia "
        "Karim, said buyers knew little about the factories.",
        [("nadia-karim", "LEADS", "brightwell-trust")],
        [],
    ),
    (  # campaign network: a description tied to the name, the holder before it
        'Fair Loom Coalition issued a study on dye houses. "Nobody audits the vats," said Hina '
        "Qadri, the coalition's executive director, who wrote most of it.",
        [("hina-qadri", "LEADS", "fair-loom-coalition")],
        [],
    ),
    (  # museum: a passive's "by" before "its director"
        "Museo Verin opened in 2022 in an old tannery. Month to month the museum is managed "
        "by its director, Julio Marin, who came from a gallery in Porto.",
        [("julio-marin", "LEADS", "museo-verin")],
        [],
    ),
    (  # gallery rival: "and its director" after a clause naming the other body
        "Galeria Norte opened in 2020. Casa Azul, a gallery nearby, is its rival, and its "
        "director, Paula Soto, has been diplomatic.",
        [("paula-soto", "LEADS", "casa-azul")],
        [],
    ),
]

POSSESSED_HEAD_TRAPS: list[Case] = [
    (  # one of many directors
        "Kestrel Foods cut 200 jobs. Ada Ruhl, a director of Kestrel Foods, said the cuts were "
        "painful.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # a premodified title: a function, no head
        "Kestrel Foods cut 200 jobs. Ada Ruhl, Kestrel's finance director, said the cuts were "
        "painful.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # a complemented title: a function, no head
        "Kestrel Foods cut 200 jobs. Ada Ruhl, Kestrel's director of sales, said the cuts were "
        "painful.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
    (  # a verb's object: the "its" may be any body's
        "Nadia Osei advises Velmar Cocoa. She has also joined the board of the Fair Beans "
        "Initiative, a campaign, and advises its director, Kofi Asare, on trade policy.",
        [],
        [("kofi-asare", "LEADS", "velmar-cocoa")],
    ),
    (  # a film's director
        "Northfjord Pictures released the film Salt Tide in May. Its director, Ola Haug, said "
        "the shoot took a year.",
        [],
        [("ola-haug", "LEADS", "northfjord-pictures")],
    ),
    (  # a hope, not a post
        "Kestrel Foods cut 200 jobs. Ada Ruhl hopes to become Kestrel's general manager next year.",
        [],
        [("ada-ruhl", "LEADS", "kestrel-foods")],
    ),
]


@pytest.mark.parametrize("text,present,absent", POSSESSED_HEADS)
def test_possessed_head(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", POSSESSED_HEAD_TRAPS)
def test_possessed_head_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
