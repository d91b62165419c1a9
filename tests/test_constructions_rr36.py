"""rr36: re-review of round 36 on 155 invented texts. A name folded with words before it
("whose Vesta brand Brisk Ferry Lines wants to buy": the product and its noun folded into the
name after them, like "Tesla CEO Elon Musk") is not the thing "whose" possesses: the firm noun
before "whose", read as the possessor since prod36, made the firm own the buyer. Left: a
pronoun object in a relative clause after a person-typed owner's company appositive ("Lomond
Dairies is owned by Elin Strand, the Galway-based ferry operator, which bought it in 2019")
resolves to the salient firm of the sentence before, not to the clause's subject."""

from __future__ import annotations

import pytest
from construction_check import Case, check

LEAD = "Trade roundup\n\n"

MENDED: list[Case] = [
    (
        LEAD + "Morrow Bellfoundry, the company whose Vesta brand Brisk Ferry Lines wants to "
        "buy, rejected the offer.",
        [],
        [("morrow-bellfoundry", "OWNS", "brisk-ferry-lines")],
    ),
    (
        LEAD + "Carrow Tannery, the Ghent tannery whose Oaken brand Pell Leathers distributes, "
        "cut prices.",
        [],
        [("carrow-tannery", "OWNS", "pell-leathers")],
    ),
    (
        LEAD + "Holm Cooperage, whose Stave brand Tarrant Distillers wants to license, "
        "declined to comment.",
        [],
        [("holm-cooperage", "OWNS", "tarrant-distillers")],
    ),
    (  # the product itself stays the firm's
        LEAD + "Morrow Bellfoundry, the company whose Vesta bells Brisk Ferry Lines wants to "
        "buy, rejected the offer.",
        [("morrow-bellfoundry", "OWNS", "vesta")],
        [("morrow-bellfoundry", "OWNS", "brisk-ferry-lines")],
    ),
]


@pytest.mark.parametrize("case", MENDED, ids=[c[0][:60] for c in MENDED])
def test_mended(case: Case) -> None:
    check(*case)


LEFT: list[Case] = [
    (
        LEAD + "Varn Oyster Co was bought by Ruben Tall, a Malmo candle maker that has "
        "expanded quickly, for an undisclosed sum. Lomond Dairies is owned by Elin Strand, the "
        "Galway-based ferry operator, which bought it in 2019.",
        [("elin-strand", "OWNS", "lomond-dairies")],
        [("elin-strand", "OWNS", "varn-oyster")],
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason="'it' in a relative clause after a person-typed owner's appositive is the salient "
    "firm, not the clause's subject",
)
@pytest.mark.parametrize("case", LEFT, ids=[c[0][:60] for c in LEFT])
def test_left(case: Case) -> None:
    check(*case)
