"""References by description (`loaders.article`, `loaders.coref`): a nationality adjective
before a company noun ("the Belgian contractor") prefers the organization an earlier
description gave that adjective.

Each case is (text, relations that must be found, relations that must not be), invented, in
several sectors; guards say what a text must not yield.
"""

from __future__ import annotations

import pytest
from construction_check import CONFIG, Case, check, types

from graph.model import GraphDocument
from loaders.article import Extraction

NATIONAL: list[Case] = [
    (  # ports: an appositive nationality, a rebuttal by "the Belgian contractor"
        "Porto Verde hired Baltrum Dredging, a Belgian contractor, to deepen its channel. Porto "
        "Verde now blames Baltrum for a cracked quay wall. The Belgian contractor has dismissed "
        "the allegations.",
        [
            ("porto-verde", "DISPUTES", "baltrum-dredging"),
            ("baltrum-dredging", "DISPUTES", "porto-verde"),
        ],
        [],
    ),
    (  # grain: "a Korean mill" and an accuser named after it
        "Vanta Grain buys wheat from Sejong Milling, a Korean mill. Vanta has accused Ardent "
        "Flour and Sejong of shipping damp grain. The Korean mill rejected the claim.",
        [("sejong-milling", "DISPUTES", "vanta-grain")],
        [("ardent-flour", "DISPUTES", "vanta-grain")],
    ),
    (  # aviation: a nationality before the descriptor and the name
        "Marlowe Air leases jets from Dutch lessor Velde Aviation. Marlowe has sued Velde over "
        "late deliveries and criticised Orrin Energy over fuel prices. The Dutch company denied "
        "wrongdoing.",
        [("velde-aviation", "DISPUTES", "marlowe-air")],
        [("orrin-energy", "DISPUTES", "marlowe-air")],
    ),
    (  # pharma: the described company as the object of an accusation
        "Cobalt Health, a Swiss drugmaker, sells its vaccine through Tarrow Pharma. Tarrow Pharma "
        "accused the Swiss drugmaker of withholding supplies.",
        [("tarrow-pharma", "DISPUTES", "cobalt-health")],
        [("cobalt-health", "DISPUTES", "tarrow-pharma")],
    ),
    (  # construction: two builders of different nationalities
        "Kestrel Homes hired Vandamme Bouw, a Belgian builder, and Osterholt Bau, a German "
        "builder. Kestrel Homes has accused Vandamme of delays. The Belgian builder rejected "
        "the criticism.",
        [("vandamme-bouw", "DISPUTES", "kestrel-homes")],
        [("osterholt-bau", "DISPUTES", "kestrel-homes")],
    ),
    (  # ports: placed in the country the adjective names, another company named later
        "Porto Verde hired Baltrum Dredging and Kessel Bau last year. Baltrum is based in "
        "Belgium. Porto Verde now blames Baltrum for a cracked quay wall, and criticised Kessel "
        "over delays. The Belgian contractor has dismissed the allegations.",
        [("baltrum-dredging", "DISPUTES", "porto-verde")],
        [("kessel-bau", "DISPUTES", "porto-verde")],
    ),
    (  # mining: "Korean" from Korea
        "Tallis Ore sells concentrate to Daewon Smelting and Brisco Metals. Daewon is based in "
        "South Korea. Tallis sued Daewon and Brisco over unpaid invoices. The Korean group "
        "denied the claims.",
        [("daewon-smelting", "DISPUTES", "tallis-ore")],
        [("brisco-metals", "DISPUTES", "tallis-ore")],
    ),
    (  # guard: a plain "the contractor" still binds to the latest company
        "Harlow Rail hired Brenner Civil to lay the track. The contractor has since cut 40 jobs.",
        [],
        [("harlow-rail", "DISPUTES", "brenner-civil")],
    ),
]


@pytest.mark.parametrize("case", NATIONAL, ids=lambda c: c[0][:60])
def test_nationality_description(case: Case) -> None:
    check(*case)


def test_unmatched_nationality_falls_back_to_the_latest() -> None:
    """No company described by the adjective: "the Norwegian firm" is still the one in view."""
    check(
        "Fjord Salmon accused Brekke Feed of selling spoiled pellets. The Norwegian firm denied "
        "the claim.",
        [("fjord-salmon", "DISPUTES", "brekke-feed")],
        [],
    )


PAIR_THEIR: list[Case] = [
    (  # groceries: "both chains" opens the clause
        "Tilbury Foods and Ardena Stores are merging their delivery arms. Both chains face "
        "Varnock, their main competitor in the north.",
        [
            ("varnock", "COMPETES_WITH", "tilbury-foods"),
            ("varnock", "COMPETES_WITH", "ardena-stores"),
        ],
        [],
    ),
    (  # aviation: "the two airlines"
        "Corran Air and Skylane fly to the islands. The two airlines lose money against "
        "Hebrides Jet, their biggest rival.",
        [
            ("hebrides-jet", "COMPETES_WITH", "corran-air"),
            ("hebrides-jet", "COMPETES_WITH", "skylane"),
        ],
        [],
    ),
    (  # utilities: the pair named in the clause itself
        "Brightwell Energy and Castor Power still trail Ionel Grid, their main competitor.",
        [
            ("ionel-grid", "COMPETES_WITH", "brightwell-energy"),
            ("ionel-grid", "COMPETES_WITH", "castor-power"),
        ],
        [],
    ),
    (  # publishing: a bare "Both" after an opening phrase
        "Marsh Media and Pellow Press print regional weeklies. In the west, both face Quill "
        "News, their chief rival.",
        [
            ("quill-news", "COMPETES_WITH", "marsh-media"),
            ("quill-news", "COMPETES_WITH", "pellow-press"),
        ],
        [],
    ),
    (  # guard: "their" after a prepositional pair is not the clause's subject
        "Analysts at Dorrit Bank and Heller Securities rate Vossen Foods, their favourite stock.",
        [],
        [
            ("vossen-foods", "COMPETES_WITH", "dorrit-bank"),
            ("dorrit-bank", "OWNS", "vossen-foods"),
        ],
    ),
    (  # guard: one subject, so "their" is not a pair of companies
        "Kelmar Textiles faces Brodie Mills, their main competitor, say the workers.",
        [],
        [("brodie-mills", "COMPETES_WITH", "kelmar-textiles")],
    ),
]


@pytest.mark.parametrize("case", PAIR_THEIR, ids=lambda c: c[0][:60])
def test_their_is_the_subject_pair(case: Case) -> None:
    check(*case)


SECOND_WORD: list[Case] = [
    (  # newspapers: a compass word, later "the Echo"
        "The Northern Echo was bought by Tarn Media in 2019. The Echo competes with the "
        "Pennine Post for readers.",
        [("northern-echo", "COMPETES_WITH", "pennine-post")],
        [("echo", "COMPETES_WITH", "pennine-post")],
    ),
    (  # newspapers: an ordinary first word, later "the Sentinel"
        "The Evening Sentinel is owned by Larch Press. The Sentinel has sued Dorrit Council over "
        "a planning leak.",
        [("evening-sentinel", "DISPUTES", "dorrit-council")],
        [("sentinel", "DISPUTES", "dorrit-council")],
    ),
    (  # carpets: a company called by its second word
        "Western Loom makes carpets in Kidderminster. Harlan Rugs said Loom had copied its "
        "designs, and Loom has sued Harlan Rugs.",
        [("western-loom", "DISPUTES", "harlan-rugs")],
        [("loom", "DISPUTES", "harlan-rugs")],
    ),
    (  # energy: a compass word before a sector-free word
        "Eastern Beacon supplies gas to 2m homes. Beacon has accused Torvald Grid of blocking "
        "its pipeline.",
        [("eastern-beacon", "DISPUTES", "torvald-grid")],
        [],
    ),
]


@pytest.mark.parametrize("case", SECOND_WORD, ids=lambda c: c[0][:60])
def test_second_word_short_form(case: Case) -> None:
    check(*case)


def _aliases(text: str, name: str) -> list[str]:
    """The other forms of the entity named `name` in the text's extraction."""
    run = Extraction(text, "test", CONFIG, GraphDocument())
    run.run()
    return next(rec.aliases for rec in run.registry.entities.values() if rec.name == name)


def test_second_word_named_beside_the_full_name_stays_apart() -> None:
    """ "Loom" named in the same sentence as Western Loom is another company."""
    text = "Western Loom bought its yarn from Loom, a spinner in Bradford. Loom later sued Orrin."
    assert "Loom" not in _aliases(text, "Western Loom")
    assert "Loom" in types(text)


def test_second_word_opening_another_name_stays_apart() -> None:
    """ "Beacon" opens Beacon Capital, so it is not a short form of Eastern Beacon."""
    text = "Eastern Beacon supplies gas in Kent. Beacon Capital owns a stake. Beacon will sell."
    assert "Beacon" not in _aliases(text, "Eastern Beacon")


def test_second_word_is_an_alias() -> None:
    text = "The Northern Echo was sold in May. The Echo lost readers."
    assert "Echo" in _aliases(text, "Northern Echo")


FRONTED: list[Case] = [
    (  # brakes: "Based in Leeds, the firm" is the clause's subject, not an appositive to Leeds
        "Kestle Brakes makes parts for trucks. Based in Leeds, the firm is owned jointly by "
        "Arden Capital and the Westmoor Pension Fund.",
        [
            ("arden-capital", "OWNS", "kestle-brakes"),
            ("westmoor-pension-fund", "OWNS", "kestle-brakes"),
            ("kestle-brakes", "LOCATED_IN", "leeds"),
        ],
        [],
    ),
    (  # dairy: two coordinated participles
        "Orvin Dairy sells cheese across the north. Founded in 1990 and based in Derby, the "
        "group is majority-owned by Nordal Industri.",
        [("nordal-industri", "OWNS", "orvin-dairy"), ("orvin-dairy", "LOCATED_IN", "derby")],
        [],
    ),
    (  # software: the subject of the sentence before, not a company named after it
        "Pellow Systems writes billing software for Corran Telecom. Headquartered in Bristol, "
        "the company was bought by Sable Equity last year.",
        [("sable-equity", "OWNS", "pellow-systems")],
        [("sable-equity", "OWNS", "corran-telecom")],
    ),
    (  # guard: the firm's rival is owned, not the firm
        "Kestle Brakes makes parts for trucks. Based in Leeds, the firm's main rival is owned "
        "by Arden Capital.",
        [],
        [("arden-capital", "OWNS", "kestle-brakes")],
    ),
    (  # guard: an appositive to a company stays one
        "Tamsin Foods supplies Dorval Mart. Dorval Mart, the discount chain, is owned by Brisk "
        "Holdings.",
        [("brisk-holdings", "OWNS", "dorval-mart")],
        [("brisk-holdings", "OWNS", "tamsin-foods")],
    ),
]


@pytest.mark.parametrize("case", FRONTED, ids=lambda c: c[0][:60])
def test_fronted_participle_place(case: Case) -> None:
    check(*case)


def test_masthead_word_is_the_one_paper() -> None:
    """ "the Courier" is the Kelso Courier, the only paper of that masthead."""
    text = "The Kelso Courier is owned by Larchmont Press. The Courier lost readers in May."
    assert "Courier" in _aliases(text, "Kelso Courier")


def test_masthead_word_of_two_papers_stays_apart() -> None:
    """Two papers share the masthead noun: a bare "the Courier" is neither."""
    text = (
        "The Kelso Courier and the Hawick Courier are owned by Larchmont Press. The Courier "
        "lost readers in May."
    )
    assert "Courier" not in _aliases(text, "Kelso Courier")
    assert "Courier" not in _aliases(text, "Hawick Courier")
