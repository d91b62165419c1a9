"""Review of the learned trade nouns (`loaders.learned_nouns`, round 35): "the tanner" binds no
firm when another organization may bear the noun too, though the text did not describe it by
an appositive, a copula or a premodifier the learner reads ("Gorse Hides, another tanner",
"is now a glazier", "rival tanner X", "two other tanners", "Leeds Tannery").

Each case is (text, relations that must be found, relations that must not be), invented.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

_TANNER = "Halbrook Leather, a Yorkshire tanner, posted a loss. "
_SUED = [("halbrook-leather", "DISPUTES", "corvane-chemicals")]
_COOPER = "Quenby Casks, a cooper based in Fife, hired staff. "

CASES: list[Case] = [
    (  # "another tanner": a second firm bears the noun
        _TANNER + "Gorse Hides, another tanner, hired staff. The tanner sued Corvane Chemicals.",
        [],
        _SUED,
    ),
    (  # "also a tanner", after a comma
        _TANNER + "Gorse Hides, also a tanner, hired staff. The tanner sued Corvane Chemicals.",
        [],
        _SUED,
    ),
    (  # a copula with an adverb
        _TANNER + "Gorse Hides is also a tanner. The tanner sued Corvane Chemicals.",
        [],
        _SUED,
    ),
    (  # a relative clause's copula
        _TANNER + "Orlin Foods bought Gorse Hides, which is also a tanner. The tanner sued "
        "Corvane Chemicals.",
        [],
        _SUED,
    ),
    (  # a premodifier after an adjective: "rival tanner X"
        _TANNER + "Orlin Foods bought hides from rival tanner Gorse Hides. The tanner sued "
        "Corvane Chemicals.",
        [],
        _SUED,
    ),
    (  # a premodifier after a verb, the description as the later subject
        _COOPER + "Tarrow Distillers sued cooper Stavely Casks in May. The cooper then sued "
        "Fenwick Spirits.",
        [],
        [("quenby-casks", "DISPUTES", "fenwick-spirits")],
    ),
    (  # an appositive "another cooper" on a verb's object
        _COOPER + "Tarrow Distillers bought Stavely Casks, another cooper, in May. The cooper "
        "sued Fenwick Spirits.",
        [],
        [("quenby-casks", "DISPUTES", "fenwick-spirits")],
    ),
    (  # "has become a": a perfect copula
        "Tolland Bells, a bellfounder in Loughborough, grew. Crewe Metals has become a "
        "bellfounder as well. The bellfounder sued Ashby Salvage.",
        [],
        [("tolland-bells", "DISPUTES", "ashby-salvage")],
    ),
    (  # a plural: "one of the largest luthiers", the description as the subject
        "Ostrander Strings, a Vermont luthier, grew. Fallow Woods is one of the largest "
        "luthiers in Ohio. The luthier sued Kettering Bank.",
        [],
        [("ostrander-strings", "DISPUTES", "kettering-bank")],
    ),
    (  # a plural appositive on a coordination
        _TANNER + "Gorse Hides and Mire Hides, two other tanners, cut prices. The tanner sued "
        "Corvane Chemicals.",
        [],
        _SUED,
    ),
    (  # a name word of the noun's stem that the lexicon knows ("tannery")
        _TANNER + "Leeds Tannery cut prices. The tanner sued Corvane Chemicals.",
        [],
        _SUED,
    ),
    (  # a trade another firm plies: "salts cod" -> "the salter"
        "Brackwater Holdings, a salter, reported a loss. Humber Foods salts cod in Hull. The "
        "salter sued Lerwick Fish.",
        [],
        [("brackwater-holdings", "DISPUTES", "lerwick-fish")],
    ),
    (  # kept: a possessed description in an appositive ties no noun to its own firm
        "Ostrander Strings, a Vermont luthier, posted record sales. Kettering Bank, the "
        "luthier's lender, extended its credit line. Fallow Woods cut prices.",
        [("kettering-bank", "FUNDS", "ostrander-strings")],
        [],
    ),
    (  # kept: the premodifier of another name is not the lender's noun
        "Brindle Bank lent money to tanner Halbrook Leather. The tanner sued Brindle Bank in May.",
        [("halbrook-leather", "DISPUTES", "brindle-bank")],
        [],
    ),
    (  # kept: a definite description in a relative clause is no second bearer
        "Halbrook Leather, a Yorkshire tanner, posted a loss. Orlin Foods, which once sued the "
        "tanner, cut prices. The tanner sued Corvane Chemicals.",
        _SUED,
        [],
    ),
    (  # kept: appositives in a list, each firm its own noun
        "Brindle Bank, a lender, funds Halbrook Leather, a tanner, and Gorse Hides, a dyer. The "
        "tanner sued Orlin Foods.",
        [("halbrook-leather", "DISPUTES", "orlin-foods")],
        [("gorse-hides", "DISPUTES", "orlin-foods")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:60])
def test_learned_noun_rivals(case: Case) -> None:
    check(*case)
