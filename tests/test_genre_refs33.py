"""Genre bank for a description after a firm's own statement (round 33, area refs).

A firm that says what it will do ("Fjordbo said it would open showrooms") acts in the story:
it starts the subject chain a description in the next sentence carries on ("The company was
founded by ..."), as a firm's act does, in a paragraph about it rather than the article's
most named firm. Other speaking stays a bystander's: "the regulator said", a firm that says
something of another ("said Halden would"), a negated plan.
Guards: a fund or lender that speaks in a paragraph about its portfolio firm does not take a
description that fits the portfolio firm; a description in the paragraph that names the
article's topic keeps the topic.

Known gap (strict xfail): a bare title's speaker whose own reported clause opens with "the
company" ("Chief executive P said the company would ...") when no firm is in view for the
title; read as P leading the description's firm, it gained 4 right on TUNE but on CHECK 1
right and 3 wrong (the description's firm was another's), so it was dropped.

Invented texts across furniture, kites, pumps, bakeries, paints and ferries.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OPENING = (
    "Halden Works agreed last week to take over Pym Chairs from Vorn Capital for £95m. Paul "
    "Serle, who runs Halden, called the purchase a good fit.\n"
)

CHAIN: list[Case] = [
    (  # furniture: the plant of "the company" after the firm's own plan
        OPENING + "Danish brand Fjordbo landed €20m of fresh equity from Osk Capital. Fjordbo, "
        "which is based in Aarhus, said it would open showrooms in Berlin. Its chief, Maja "
        "Lund, said the company had doubled its sales and the company's plant in Odense runs "
        "two shifts.",
        [("fjordbo", "LOCATED_IN", "odense")],
        [("halden-works", "LOCATED_IN", "odense")],
    ),
    (  # furniture: a founding passive after the firm's own plan
        OPENING + "Danish brand Fjordbo landed €20m of fresh equity from Osk Capital. Fjordbo, "
        "which is based in Aarhus, said it would open showrooms in Berlin. The company was "
        "founded in 2015 by Maja Lund.",
        [("maja-lund", "FOUNDED", "fjordbo")],
        [("maja-lund", "FOUNDED", "halden-works")],
    ),
    (  # kites: 'said it will'
        OPENING + "Kite maker Brisa Lofts has raised €4m from Tarn Bank. Brisa Lofts said it "
        "will hire forty people next year. The company was started in 2012 by Ivo Sand.",
        [("ivo-sand", "FOUNDED", "brisa-lofts")],
        [("ivo-sand", "FOUNDED", "halden-works")],
    ),
    (  # pumps: a place of the description
        OPENING + "Pump maker Kestrel Flow has won a contract from a water utility. Kestrel "
        "Flow said it would build the pumps at home. The company is based in Tampere.",
        [("kestrel-flow", "LOCATED_IN", "tampere")],
        [("halden-works", "LOCATED_IN", "tampere")],
    ),
    (  # bakeries: a lender speaks, the description fits neither better: the portfolio firm
        OPENING + "Bakery chain Ovenly has raised €3m from Sorn Capital. Sorn Capital said it "
        "would open an office in Riga. The company was founded in 2011 by Lena Vik.",
        [("lena-vik", "FOUNDED", "ovenly")],
        [("lena-vik", "FOUNDED", "sorn-capital"), ("lena-vik", "FOUNDED", "halden-works")],
    ),
    (  # paints: a negated plan still names the firm in the sentence before
        OPENING + "Paint maker Tollan Coatings has raised €6m from Mere Bank. Tollan Coatings "
        "said it would not cut jobs. The company was founded in 1990 by Edda Holm.",
        [("edda-holm", "FOUNDED", "tollan-coatings")],
        [("edda-holm", "FOUNDED", "halden-works")],
    ),
]

GUARDS: list[Case] = [
    (  # the regulator speaks: no chain, and nothing founded by the regulator
        OPENING + "Ferry operator Skarn Lines has raised €9m from Oda Bank. The regulator said "
        "it would study the fares. The company was founded in 2001 by Rolf Dahl.",
        [],
        [("rolf-dahl", "FOUNDED", "oda-bank")],
    ),
    (  # the topic named in the paragraph keeps the description
        "Halden Works makes chairs in Leeds. Pym Chairs said it would sue Halden Works. "
        "Halden Works said it would fight the claim. The company was founded by "
        "Uma Reed.",
        [("uma-reed", "FOUNDED", "halden-works")],
        [("uma-reed", "FOUNDED", "pym-chairs")],
    ),
    (  # a seller that speaks of its sale proceeds in the opening paragraph
        "Halden Works agreed to buy Pym Chairs from Fjordbo. Fjordbo said it would put the "
        "cash toward its debt. The company was founded in 2015 by Maja Lund.",
        [("maja-lund", "FOUNDED", "fjordbo")],
        [],
    ),
]

SOFA = (
    "Halden Works agreed last week to take over Pym Chairs from Vorn Capital for £95m. Paul "
    "Serle, who runs Halden, called the purchase a good fit. Halden Works "
    "makes sofas.\nDanish brand Fjordbo has raised €20m. Fjordbo sells desks. "
)

GUARDS += [
    (  # a regulator's plan starts no chain: the paragraph's firm keeps the description
        SOFA + "The regulator said it would review prices. The company's plant in Odense "
        "runs two shifts.",
        [("fjordbo", "LOCATED_IN", "odense")],
        [("halden-works", "LOCATED_IN", "odense")],
    ),
    (  # the firm's plan to buy another: the description stays with the speaker
        SOFA + "Fjordbo said it would buy Brask Mobel. The company was founded by Maja Lund.",
        [("maja-lund", "FOUNDED", "fjordbo")],
        [("maja-lund", "FOUNDED", "brask-mobel")],
    ),
    (  # a quote and a later 'It would': the speaker's paragraph keeps the description
        SOFA + '"We will grow," Fjordbo said. It would hire. The company was founded by Maja Lund.',
        [("maja-lund", "FOUNDED", "fjordbo")],
        [("maja-lund", "FOUNDED", "halden-works")],
    ),
]

GAPS_CASES: list[Case] = [
    (  # a bare title's speaker: the description of the reported clause
        "Morlan Survey Group topped the ranking again, ahead of Tessan Pigging. Vell Partners, "
        "its owner since 2020, said it was pleased.\nVerra Kites was ranked fifth. Chief "
        "executive Ruth Amsel said the company planned fewer hires.",
        [("ruth-amsel", "LEADS", "verra-kites")],
        [("ruth-amsel", "LEADS", "vell-partners")],
    ),
]

BANK = CHAIN + GUARDS + GAPS_CASES
GAPS: dict[str, str] = {
    "Morlan Survey Group": "a bare title's speaker gets no firm from the description opening "
    "the reported clause (tried: TUNE +4 right, CHECK +1 right +3 wrong; dropped)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_refs33(case: Case) -> None:
    check(*case)
