"""A possessive pronoun that owns a site is bound by its own clause (`loaders.pronoun_binding`):
the antecedent of "which"/"who", or the subject of an absolute "with X V-ing" clause, not the
sentence's first company. Invented sentences, several sectors; guards keep the other readings.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

CASES: list[Case] = [
    (  # telecoms: a venture of two members, the relative clause is the second member's
        "The cable will be laid by a venture between the utility Brask Power and the installer "
        "Terrow, which has its base in Lyon.",
        [("terrow", "LOCATED_IN", "lyon")],
        [("brask-power", "LOCATED_IN", "lyon")],
    ),
    (  # shipping: absolute "with X making ... at its plant", after a ministry and a yard
        "The defence ministry ordered four frigates. The hulls will be welded at Greff's yard, "
        "with Ulmar making the engines at its plant in Leeds.",
        [("ulmar", "LOCATED_IN", "leeds")],
        [("greff", "LOCATED_IN", "leeds")],
    ),
    (  # pharma: a described subject of the "with" clause, "its own factory"
        "Tessaly Pharma will make the vaccine, with the packager Brindle Labs filling vials at "
        "its own factory in Munich.",
        [("brindle-labs", "LOCATED_IN", "munich")],
        [("tessaly-pharma", "LOCATED_IN", "munich")],
    ),
    (  # banking: coordinated objects, the relative clause after the second
        "Osric Finance sold the loans to Orvane Capital and Pell Bank, which has its "
        "headquarters in Geneva.",
        [("pell-bank", "LOCATED_IN", "geneva")],
        [("osric-finance", "LOCATED_IN", "geneva"), ("orvane-capital", "LOCATED_IN", "geneva")],
    ),
    (  # guard (retail): a name between the relative pronoun and "its" leaves it to salience
        "Halwick Tools said Brindle Labs, which Corvane bought, would keep its depot in Leeds.",
        [],
        [("corvane", "LOCATED_IN", "leeds")],
    ),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_site_pronoun_bound_by_its_clause(
    text: str, present: list[Triple], absent: list[Triple]
) -> None:
    check(text, present, absent)


def test_a_round_is_not_a_site() -> None:
    """ "A, which led its round": "its" is still the article's company (no binding)."""
    from loaders.config import ExtractionConfig
    from loaders.pronoun_binding import site_nouns

    words = site_nouns(ExtractionConfig().lexicon)
    assert {"base", "headquarters", "plant", "yard"} <= words
    assert "round" not in words and "stake" not in words
