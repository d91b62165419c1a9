"""Genre bank for possessive binding (round 16): "its" before a role, unit or brand bound to
the firm its own clause or conjunct names, not the sentence's first company nor the most
salient one.

- seller: "A, <appositive>, will acquire B, <appositive>, from its founder P": its = B, whatever
  description stands on the buyer;
- conjunct: "..., and the bigger T started its own brand", "..., while C expanded its fleet and
  named P as its chief executive": its = the second conjunct's own subject;
- relative on a person: "P, who founded L and remains its chief executive": its = L;
- asking about a bid: "A approached T about buying its grid arm": its = T;
- a round's backer: "L led the round in K, with its earlier backer B also joining": its = K.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across baking, cruising, shipping, hotels, software, energy, retail, mining, dairy and
telecoms. Guards: a conjunct with no subject of its own, a coordinated subject, "asked T to buy
its arm", another company named inside the conjunct, a plain possessor.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SELLER: list[Case] = [
    (  # baking: appositives on both the buyer and the bought firm
        "Ravenmoor, a Fenby buyout house, will acquire Quimby Mills, a chain of 60 bakeries, from "
        "its founder, Ada Penhallow.",
        [("ravenmoor", "OWNS", "quimby-mills"), ("ada-penhallow", "FOUNDED", "quimby-mills")],
        [("ada-penhallow", "FOUNDED", "ravenmoor")],
    ),
    (  # tools: a kind appositive on the buyer, a family firm sold by its founder
        "Halvard Group, a Harnby maker of pumps, will buy Obrey Tools, a family firm with 40 "
        "staff, from its founder Ivo Obrey.",
        [("ivo-obrey", "FOUNDED", "obrey-tools")],
        [("ivo-obrey", "FOUNDED", "halvard-group")],
    ),
    (  # software: a relative on the buyer
        "Kellan Capital, which manages £2bn, agreed to buy Telso Apps, the maker of a payroll "
        "tool, from its co-founder Mira Voss.",
        [("mira-voss", "FOUNDED", "telso-apps")],
        [("mira-voss", "FOUNDED", "kellan-capital")],
    ),
    (  # must still give: nothing in between
        "Fjordane bought Orlo from its founder, Ivo Marsk, in 2019.",
        [("ivo-marsk", "FOUNDED", "orlo"), ("fjordane", "OWNS", "orlo")],
        [],
    ),
]

CONJUNCT: list[Case] = [
    (  # cruising: the second conjunct has its own subject after a comparative
        "Lorvik, its closest rival, runs three ships there, and the much bigger Tarrant Group "
        "started its own polar brand, Frostwake, this year.",
        [("tarrant-group", "OWNS", "frostwake")],
        [("lorvik", "OWNS", "frostwake")],
    ),
    (  # hotels/shipping: "while C ... named P as its chief executive"
        "Tessmoor, which runs 30 hotels, made a loss, while Corvan Lines expanded its fleet and "
        "named Mia Holt as its chief executive.",
        [("mia-holt", "LEADS", "corvan-lines")],
        [("mia-holt", "LEADS", "tessmoor")],
    ),
    (  # dairy: a semicolon join
        "Pellam Foods cut its milk prices in May; Ardent Dairy answered by naming Joanna Kerr "
        "as its chairman.",
        [("joanna-kerr", "LEADS", "ardent-dairy")],
        [("joanna-kerr", "LEADS", "pellam-foods")],
    ),
    (  # telecoms: "but" and a bare name subject
        "Norvia Telecom kept its prices, but Tarrant Mobile sold its tower unit, Pylo Towers, to "
        "a fund.",
        [("tarrant-mobile", "OWNS", "pylo-towers")],
        [("norvia-telecom", "OWNS", "pylo-towers")],
    ),
    (  # guard: the second conjunct has no subject of its own
        "Harwell Mining cut jobs in May and named Ana Roe as its chief executive.",
        [("ana-roe", "LEADS", "harwell-mining")],
        [],
    ),
    (  # guard: a coordinated subject is no conjunct
        "Quillex Labs and Vantora Bio raised their prices, and Quillex Labs later named Tom Lye as "
        "its chairman.",
        [("tom-lye", "LEADS", "quillex-labs")],
        [("tom-lye", "LEADS", "vantora-bio")],
    ),
    (  # guard: an investor's conjunct leads the raiser's round
        "Kestrel Robotics raised $20m in May, and Orvel Capital led its round.",
        [("orvel-capital", "FUNDS", "kestrel-robotics")],
        [],
    ),
    (  # guard: another company named inside the conjunct: left to salience
        "Marlowe Brands grew fast, and Pellam Foods sued Linby Dairy over its cheese brand, Tolla.",
        [],
        [("pellam-foods", "OWNS", "tolla")],
    ),
    (  # must still give: one clause, one subject
        "Tessmoor Retail launched its budget label, Pippa, in May.",
        [("tessmoor-retail", "OWNS", "pippa")],
        [],
    ),
]

RELATIVE: list[Case] = [
    (  # software: "who founded L and remains its chief executive"
        "Ostrel bought a 20% stake in Vantora, and Ivo Rask, who founded Lumsk and remains its "
        "chief executive, joined the board.",
        [("ivo-rask", "LEADS", "lumsk")],
        [("ivo-rask", "LEADS", "ostrel")],
    ),
    (  # labs: "who started S in a lab in 2013 and later became its CEO"
        "Dr Ilse Marr, who started Skelby in a lab in 2013 and later became its CEO, said the "
        "alliance with Quellby would help.",
        [("ilse-marr", "LEADS", "skelby")],
        [("ilse-marr", "LEADS", "quellby")],
    ),
    (  # logistics: the main clause's subject named first
        "Marrow Retail hired Tom Brandt, who set up Pellow Freight in 2009 and is still its "
        "chairman.",
        [("tom-brandt", "LEADS", "pellow-freight")],
        [("tom-brandt", "LEADS", "marrow-retail")],
    ),
    (  # must still give: a plain possessor
        "Halbrook's chief executive, Nia Obu, said the plant would reopen.",
        [("nia-obu", "LEADS", "halbrook")],
        [],
    ),
]

ASKED: list[Case] = [
    (  # energy: "approached T about buying its arm": T's arm
        "Brannock Energy approached Tolland Power about buying its grid arm, Kesh Networks, last "
        "year.",
        [("tolland-power", "OWNS", "kesh-networks")],
        [("brannock-energy", "OWNS", "kesh-networks")],
    ),
    (  # guard: "asked T to buy its arm": either side's part, left to salience
        "Grell Partners asked Marrow Retail to buy its furniture unit, Oakby Home.",
        [("grell-partners", "OWNS", "oakby-home")],
        [],
    ),
]

ROUND: list[Case] = [
    (  # robotics: the round's lead opens the sentence, the raiser follows "round in"
        "Orvel Capital led the $30m round in Kestrel Robotics, with its earlier backer Lumen "
        "Ventures also joining.",
        [
            ("orvel-capital", "FUNDS", "kestrel-robotics"),
            ("lumen-ventures", "FUNDS", "kestrel-robotics"),
        ],
        [("lumen-ventures", "FUNDS", "orvel-capital")],
    ),
    (  # fintech: "headed a Series B round in P, with its existing investor K"
        "Harbor Ventures headed a Series B round in Paylo, with its existing investor Kell Fund "
        "also putting in money.",
        [("kell-fund", "FUNDS", "paylo")],
        [("kell-fund", "FUNDS", "harbor-ventures")],
    ),
    (  # must still give: the raiser is the subject
        "Quenby Bio raised $20m in a round led by Orvel Capital, with its earlier backer Lumen "
        "Ventures also joining.",
        [
            ("orvel-capital", "FUNDS", "quenby-bio"),
            ("lumen-ventures", "FUNDS", "quenby-bio"),
        ],
        [("lumen-ventures", "FUNDS", "orvel-capital")],
    ),
]

BANK = SELLER + CONJUNCT + RELATIVE + ASKED + ROUND
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_poss16(case: Case) -> None:
    check(*case)
