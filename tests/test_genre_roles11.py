"""Genre bank for roles and rivals in less usual frames (round 11): a leading role taken in a
gerund after a time word ("before becoming chief executive of X", "prior to taking over as
chairman of X", "after being named CEO of X"), fronted or after the main clause; a kinship
appositive before the holder ("Her son, T, runs X as CEO"); "X succeeded C, who set up P and
led it"; a consultant kept on ("is to remain X's paid consultant"); a rival bid received by
its target (no rival of the bidder).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, insurance, telecoms, shipping, retail, energy, media and farming.
Guards: a function head ("sales chief at X"), "her son works at X", a consultant for a kind of
customer, a competing bid a target receives, a gerund of a role at another kind of body.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

GERUND_ROLES: list[Case] = [
    (  # food: "before becoming CEO of X" after the main clause
        "Mara Quint spent nine years at Dellow Farms before becoming CEO of Pellow Juices.",
        [("mara-quint", "LEADS", "pellow-juices")],
        [("mara-quint", "LEADS", "dellow-farms")],
    ),
    (  # insurance: fronted gerund phrase, the holder after the comma
        "Before becoming chief executive of Corliss Insurance, Peter Strand ran a regional bank.",
        [("peter-strand", "LEADS", "corliss-insurance")],
        [],
    ),
    (  # telecoms: "before taking over as chairman of X"
        "Ines Varga was finance chief at Harlen Bank before taking over as chairman of Norvia "
        "Telecom.",
        [("ines-varga", "LEADS", "norvia-telecom")],
        [("ines-varga", "LEADS", "harlen-bank")],
    ),
    (  # shipping: "after being named chief executive of X"
        "Otto Brenn sold his flat in Hamburg after being named chief executive of Kessel Shipping.",
        [("otto-brenn", "LEADS", "kessel-shipping")],
        [],
    ),
    (  # retail: "prior to becoming president of X", pronoun-free
        "Lena Hoff worked as a buyer for Tarrant Stores prior to becoming president of Ardent "
        "Retail.",
        [("lena-hoff", "LEADS", "ardent-retail")],
        [("lena-hoff", "LEADS", "tarrant-stores")],
    ),
    (  # dairy: "on becoming chief executive of X" ("on" is quoted in the data: YAML reads on
        # as true)
        "Ada Penn closed two creameries on becoming chief executive of Marlow Dairies.",
        [("ada-penn", "LEADS", "marlow-dairies")],
        [],
    ),
    (  # energy: "since becoming chairman of X"
        "Since becoming chairman of Halvik Solar, Paul Dorn has cut costs.",
        [("paul-dorn", "LEADS", "halvik-solar")],
        [],
    ),
    (  # food: "prior to taking the top job at X" (already read)
        "Mara Quint worked at Dellow Farms prior to taking the top job at Pellow Juices.",
        [("mara-quint", "LEADS", "pellow-juices")],
        [],
    ),
]

GERUND_GUARDS: list[Case] = [
    (  # guard: a function head is no leader
        "Ana Fell was a trader at Ostler Energy before becoming sales chief at Brenna Power.",
        [],
        [("ana-fell", "LEADS", "brenna-power")],
    ),
    (  # guard: the gerund's role is finance chief, a function
        "Before becoming finance director of Kelso Metals, Rui Prado was an auditor.",
        [],
        [("rui-prado", "LEADS", "kelso-metals")],
    ),
    (  # guard: a non-leading role after "becoming"
        "Tomas Reel taught economics before becoming an adviser to Vantora Foods.",
        [],
        [("tomas-reel", "LEADS", "vantora-foods")],
    ),
]

KIN_AND_SUCCESSION: list[Case] = [
    (  # farming: kinship appositive before the holder (already read)
        "Greta Lind founded Lind Ceramics in 1970. Her son, Tam Lind, now runs the company as "
        "chief executive.",
        [("tam-lind", "LEADS", "lind-ceramics")],
        [("greta-lind", "LEADS", "lind-ceramics")],
    ),
    (  # boats: the firm named in the kinship sentence (already read)
        "Her son, Tam Brannock, runs Brannock Yachts as CEO.",
        [("tam-brannock", "LEADS", "brannock-yachts")],
        [],
    ),
    (  # guard: the son only works there
        "Brannock Yachts builds boats. Her son, Tam Brannock, works at Brannock Yachts.",
        [],
        [("tam-brannock", "LEADS", "brannock-yachts")],
    ),
    (  # freight: "succeeded C, who set up P and led it" (already read)
        "Dana Roe succeeded Colm Marr, who set up Parkway Freight and led it for years.",
        [
            ("colm-marr", "FOUNDED", "parkway-freight"),
            ("colm-marr", "LEADS", "parkway-freight"),
        ],
        [],
    ),
    (  # food: "is to remain X's paid consultant" (already read)
        "Hugo Ravel is to remain Ravel Foods' paid consultant for a year.",
        [("hugo-ravel", "ADVISES", "ravel-foods")],
        [],
    ),
    (  # media: a former chair counsels another firm (already read)
        "Olaf Brandl, who once chaired Beano Media, counselled Tarrant Group on the deal.",
        [
            ("olaf-brandl", "LEADS", "beano-media"),
            ("olaf-brandl", "ADVISES", "tarrant-group"),
        ],
        [("olaf-brandl", "ADVISES", "beano-media")],
    ),
    (  # guard: a function head
        "Ana Fell, sales chief at Pellow Juices, said prices rose.",
        [],
        [("ana-fell", "LEADS", "pellow-juices")],
    ),
    (  # guard: a consultant for a kind of customer
        "Ivo Strand is a consultant for hotels in Calverby.",
        [],
        [("ivo-strand", "ADVISES", "calverby")],
    ),
    (  # textiles: kinship copula, "Its boss is his granddaughter, N"
        "Orr Textiles is a family firm. Its boss is his granddaughter, Nella Orr.",
        [("nella-orr", "LEADS", "orr-textiles")],
        [],
    ),
    (  # brewing: no comma, "her nephew"
        "Kessel Brewing is a family business. Its chairman is her nephew Jonas Kessel.",
        [("jonas-kessel", "LEADS", "kessel-brewing")],
        [],
    ),
    (  # a kinship copula and a second clause after a semicolon
        "Orr Weaving was founded in 1921. Its boss is his granddaughter, Nella Orr; her father, "
        "Paolo Orr, chairs the board.",
        [("nella-orr", "LEADS", "orr-weaving"), ("paolo-orr", "LEADS", "orr-weaving")],
        [],
    ),
    (  # guard: a kin who is no role holder
        "Orr Textiles is a family firm. Its boss is his granddaughter, and Nella Orr helps.",
        [],
        [("nella-orr", "LEADS", "orr-textiles")],
    ),
    (  # appositive of a pronoun object: "He put K, formerly a manager there, in charge as CEO"
        "Anton Falk bought Wiese Tools in 2019. He put Kat Wiese, formerly a manager there, in "
        "charge as CEO.",
        [("kat-wiese", "LEADS", "wiese-tools")],
        [("anton-falk", "LEADS", "wiese-tools")],
    ),
]

RIVAL_BIDS: list[Case] = [
    (  # guard: the target receives a competing bid; no rival of the bidder
        "Ostrand Steel received a competing bid from Kalt Group.",
        [],
        [("ostrand-steel", "COMPETES_WITH", "kalt-group")],
    ),
    (  # guard: the target attracted a rival offer
        "Kelso Metals has attracted a rival offer from Ranjit Steel.",
        [],
        [("kelso-metals", "COMPETES_WITH", "ranjit-steel")],
    ),
    (  # a bidder facing a rival bid competes (already read)
        "Quillex Foods faces a competing bid from Marlowe Brands.",
        [("quillex-foods", "COMPETES_WITH", "marlowe-brands")],
        [],
    ),
]

BANK = GERUND_ROLES + GERUND_GUARDS + KIN_AND_SUCCESSION + RIVAL_BIDS
GAPS: dict[str, str] = {
    "Anton Falk bought Wiese Tools": "'put X in charge as CEO' with an appositive after X: no rule "
    "reads 'put ... in charge' and the pronoun subject is the buyer, not the firm",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_roles11(case: Case) -> None:
    check(*case)
