"""Reference readings of round 42 (invented sentences, several sectors).

A bare "the company" ("the group", "the firm") whose first candidate the text introduced as
a rival of the article's main firm, never so called itself, is the main firm when that is a
candidate too and was named as late as the rival ("... the company's rivals H and S now sell
seed below Verdan Seeds. Ivo Brandt, who has advised the company since 2019": Verdan Seeds,
not H), or opens the description's own sentence. The rival keeps the description when it
opened the sentence before, and a description with more words than its noun ("the
Stuttgart-based company") is left to the usual ranking (`loaders.rival_refs.main_over_rival`).

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check


def _dispute(firms: tuple[str, str, str], rival: str, line: str, boss: str) -> str:
    """An invented opening: the main firm sues a rival over a product line, the rival answers,
    and an analyst's colleagues call it one of the main firm's rivals. `firms` are the main
    firm, the rival and the rivals' third firm; `rival` says where it is from and what it is
    ("Dutch/Westland/breeder"); `line` what is fought over, the product, what it copies and
    what the rivals do ("tomato variety/Rubia/genetics/sell seed")."""
    main, other, third = firms
    nat, town, noun = rival.split("/")
    thing, product, what, sells = line.split("/")
    return (
        f"{main} reported a drop in sales and said it had sued a {nat} rival over a {thing}.\n"
        f"The case is against {other}, the {town} {noun} whose {product} has taken share from "
        f"{main}. {main} says {product} uses its {what}.\n"
        f"{other} denied wrongdoing on Monday. Its chief executive, {boss}, said {other} would "
        "seek dismissal of the suit.\n"
        f'"The {thing} matters," said Lena Marsh of Bravant Research. Others observed that the '
        f"company's rivals {other} and {third} now {sells} below {main}.\n"
    )


SEEDS = _dispute(
    ("Verdan Seeds", "Holm Kweek", "Sorell Genetics"),
    "Dutch/Westland/breeder",
    "tomato variety/Rubia/genetics/sell seed",
    "Joost Dekker",
)
KETTLES = _dispute(
    ("Kettle Forge", "Brenner Haus", "Tolley Home"),
    "German/Stuttgart/maker",
    "kettle design/Orbit/spout/price kettles",
    "Uwe Lang",
)

MAIN_OVER_RIVAL: list[Case] = [
    (  # seeds: the object of a relative clause
        SEEDS + "Ivo Brandt, who has advised the company since 2017, told staff the board agreed.",
        [("ivo-brandt", "ADVISES", "verdan-seeds")],
        [("ivo-brandt", "ADVISES", "holm-kweek")],
    ),
    (  # banking: a passive of founding in an appositive
        _dispute(
            ("Corbel Bank", "Ardent Savings", "Pelham Credit"),
            "Welsh/Cardiff/lender",
            "mortgage product/Flexa/terms/lend",
            "Nora Kiely",
        )
        + "The group, founded in 1921 by Tomas Corbel, faces pressure from its biggest "
        "investor, Ryle Partners.",
        [("tomas-corbel", "FOUNDED", "corbel-bank")],
        [("tomas-corbel", "FOUNDED", "ardent-savings")],
    ),
    (  # appliances: a passive of founding, then of leading
        KETTLES + "The firm was set up in 1985 by Colin Pell and is chaired by Anna Reeve.",
        [("colin-pell", "FOUNDED", "kettle-forge")],
        [("colin-pell", "FOUNDED", "brenner-haus")],
    ),
]

RIVAL_KEEPS: list[Case] = [
    (  # the rival opened the sentence before: "the company" goes on with it
        KETTLES + "Brenner Haus, Kettle Forge's closest rival, slipped 2%, though Kettle "
        "Forge fell too.\nThe company was founded in 1960 by Aldo Risi.",
        [("aldo-risi", "FOUNDED", "brenner-haus")],
        [("aldo-risi", "FOUNDED", "kettle-forge")],
    ),
    (  # a description with a place modifier: the rival it fits
        KETTLES + "The Stuttgart-based company was founded in 1960 by Aldo Risi.",
        [("aldo-risi", "FOUNDED", "brenner-haus")],
        [("aldo-risi", "FOUNDED", "kettle-forge")],
    ),
]


@pytest.mark.parametrize("case", MAIN_OVER_RIVAL + RIVAL_KEEPS)
def test_main_over_rival(case: Case) -> None:
    check(*case)
