"""Definite descriptions by a trade noun no word list knows (`loaders.learned_nouns`): the
article itself says which firm "the tanner" is, by an appositive, a copula, a premodifier, a
name word sharing the noun's stem or a trade the firm is said to ply.

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

CASES: list[Case] = [
    (  # an appositive gives the noun; the description is an active verb's subject
        "Halbrook Leather, a Yorkshire tanner, borrowed heavily last year. Rivet Bank sued "
        "Orlin Foods over a contract. The tanner sued Corvane Chemicals in March.",
        [("halbrook-leather", "DISPUTES", "corvane-chemicals")],
        [("orlin-foods", "DISPUTES", "corvane-chemicals")],
    ),
    (  # a passive's subject
        "Halbrook Leather, a Yorkshire tanner, posted a loss. Corvane Chemicals cut prices. "
        "The tanner was sued by Orlin Foods.",
        [("orlin-foods", "DISPUTES", "halbrook-leather")],
        [("orlin-foods", "DISPUTES", "corvane-chemicals")],
    ),
    (  # a possessor: "the tanner's lender"
        "Halbrook Leather, a Yorkshire tanner, posted a loss. Corvane Chemicals cut prices. "
        "Brindle Bank, the tanner's lender, declined to comment.",
        [("brindle-bank", "FUNDS", "halbrook-leather")],
        [("brindle-bank", "FUNDS", "corvane-chemicals")],
    ),
    (  # a copula and a place-based noun; the description owns what it bought
        "Gorse Hides is a Leeds-based tanner. Fenwick Spirits bought a plant from Orlin Foods. "
        "The Leeds-based tanner acquired Brenna Dyes.",
        [("gorse-hides", "OWNS", "brenna-dyes")],
        [("fenwick-spirits", "OWNS", "brenna-dyes")],
    ),
    (  # a name word sharing the noun's stem: "the cooper", Mossgate Cooperage
        "Mossgate Cooperage makes barrels in Kentucky. Fenwick Spirits bought a plant from "
        "Orlin Foods. The cooper sued Orlin Foods.",
        [("mossgate-cooperage", "DISPUTES", "orlin-foods")],
        [("fenwick-spirits", "DISPUTES", "orlin-foods")],
    ),
    (  # a trade the firm plies, in a relative clause: "which salts fish" -> "the salter"
        "Pellow Holdings, which salts fish for export, lost a contract. Fenwick Spirits "
        "bought a plant from Orlin Foods. The salter sued Orlin Foods.",
        [("pellow-holdings", "DISPUTES", "orlin-foods")],
        [("fenwick-spirits", "DISPUTES", "orlin-foods")],
    ),
    (  # the description as a verb's object, after an appositive noun
        "Quenby Casks, a cooper based in Fife, hired staff. Tarrow Distillers later sued "
        "the cooper.",
        [("tarrow-distillers", "DISPUTES", "quenby-casks")],
        [],
    ),
    (  # a premodifier gives the noun
        "Brindle Bank lent money to flange maker Varden Works and to salter Pellow Fisheries. "
        "Orlin Foods cut prices. The salter later sued Orlin Foods.",
        [("pellow-fisheries", "DISPUTES", "orlin-foods")],
        [("varden-works", "DISPUTES", "orlin-foods")],
    ),
    (  # a place before the premodifier: "Derby salter X"; coordination of two subjects
        "Derby salter Pellow Fisheries hired staff. Orlin Foods cut prices. The salter and "
        "Corvane Chemicals sued Brindle Bank.",
        [("pellow-fisheries", "DISPUTES", "brindle-bank")],
        [("orlin-foods", "DISPUTES", "brindle-bank")],
    ),
    (  # a pronoun subject after the description keeps the described firm
        "Quenby Casks, a cooper based in Fife, hired staff. Tarrow Distillers cut prices. "
        "The cooper said it would sue Tarrow Distillers.",
        [("quenby-casks", "DISPUTES", "tarrow-distillers")],
        [],
    ),
    (  # guard: a plural of the noun names the trade, not the one firm so described
        "Quenby Casks, a cooper based in Fife, hired staff. Tarrow Distillers said the "
        "coopers had sued Brindle Bank.",
        [],
        [("quenby-casks", "DISPUTES", "brindle-bank")],
    ),
    (  # guard: intent is no dispute, whatever the description binds
        "Halbrook Leather, a Yorkshire tanner, posted a loss. Corvane Chemicals cut prices. "
        "The tanner may consider suing Orlin Foods.",
        [],
        [("halbrook-leather", "DISPUTES", "orlin-foods")],
    ),
    (  # a listed noun the article gave one firm: "the insurer" is the one so described
        "Pavona Mutual, a marine insurer, lost a client. Dellow Shipping bought two tankers "
        "from Orlin Foods. Brindle Bank lent money to the insurer last year.",
        [("brindle-bank", "FUNDS", "pavona-mutual")],
        [("brindle-bank", "FUNDS", "orlin-foods"), ("brindle-bank", "FUNDS", "dellow-shipping")],
    ),
    (  # a listed noun as the passive's subject
        "Pavona Mutual, a marine insurer, lost a client. Dellow Shipping bought two tankers "
        "from Orlin Foods. The insurer was sued by Corvane Chemicals.",
        [("corvane-chemicals", "DISPUTES", "pavona-mutual")],
        [("corvane-chemicals", "DISPUTES", "orlin-foods")],
    ),
    (  # a listed noun as a dispute verb's object in a relative clause on another firm:
        # the firm the article called a chain, not the clause's own subject
        "Tavy Bowl, a bowling chain, opened a new hall. Its lawyers are in talks with Brandle "
        "Estates, the owner of the building, which has accused the chain of unpaid rent.",
        [("brandle-estates", "DISPUTES", "tavy-bowl")],
        [("tavy-bowl", "DISPUTES", "brandle-estates")],
    ),
    (  # the same, a progressive verb
        "Tavy Bowl, a bowling chain, opened a new hall. Its lawyers met Brandle Estates, the "
        "owner of the site, which is suing the chain for unpaid rent.",
        [("brandle-estates", "DISPUTES", "tavy-bowl")],
        [],
    ),
    (  # guard: two firms share the noun equally, named in one sentence: neither is meant
        "Orlin Foods cut prices. Halbrook Leather, a Leeds tanner, and Gorse Hides, a Derby "
        "tanner, posted losses. The tanner sued Corvane Chemicals.",
        [],
        [
            ("halbrook-leather", "DISPUTES", "corvane-chemicals"),
            ("gorse-hides", "DISPUTES", "corvane-chemicals"),
        ],
    ),
    (  # guard: a name word itself is no agent noun ("the water" is not Halsey Water)
        "Halsey Water raised prices. Orlin Foods said the water was cloudy, and the water "
        "harmed Corvane Chemicals.",
        [],
        [("halsey-water", "DISPUTES", "corvane-chemicals")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:60])
def test_learned_nouns(case: Case) -> None:
    check(*case)
