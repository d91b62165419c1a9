"""Precision readings of round 39 (invented sentences, several sectors).

A holder who stays on after a takeover stays on at the firm they are already tied to: in "P
will continue to run the business", "P will stay on to lead the company" and "P would remain
as chief executive of the unit", the reference is the firm P founded or leads (given by an
earlier relation, or by the role P is set off with: "Kinetic's managing director, P," / "P,
Kinetic's managing director,"), not the buyer named last or the topic of the paragraph before.

Lookalikes keep the usual reading: another act on the business ("would sell the business"),
a denial ("would not continue to run"), a company as the subject, an adviser's verb.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

STAYING_HOLDERS: list[Case] = [
    (  # food: the founder the sentence names, reported by the buyer's chief executive
        "Corvell Foods has agreed to buy Pasta Lina for £80m. Pasta Lina was founded in 2004 "
        'by Marta Lina. "We intend to take the brand into France," Corvell chief executive '
        "Tom Baird said in a statement. Baird said Marta Lina would continue to run the "
        "business from Leeds and that Corvell had no plans to close the bakery.",
        [("marta-lina", "LEADS", "pasta-lina"), ("tom-baird", "LEADS", "corvell-foods")],
        [("marta-lina", "LEADS", "corvell-foods")],
    ),
    (  # health care: the role set off after the holder
        "Dorvan Health will buy Kinetic Physio from its founders for $90m, adding 20 clinics. "
        "Dorvan runs 60 clinics in Victoria. Owen Pryce, Kinetic's managing director, will "
        "continue to run the business and join Dorvan's executive committee.",
        [("owen-pryce", "LEADS", "kinetic-physio")],
        [("owen-pryce", "LEADS", "dorvan-health")],
    ),
    (  # instruments: the role set off before the holder, another firm in the paragraph before
        "Velmora Health has agreed to buy Southbank Sun Care for $400 million.\n\n"
        "Halvor Instruments paid €40 million for Tervo Optics and said that Tervo Optics' "
        "founder, Ines Marl, would stay on as managing director of the unit for two years.",
        [("ines-marl", "LEADS", "tervo-optics")],
        [
            ("ines-marl", "LEADS", "southbank-sun-care"),
            ("ines-marl", "LEADS", "halvor-instruments"),
        ],
    ),
    (  # logistics: "is expected to remain as chief executive of the company"
        "Brightfield Logistics said on Monday it had bought Sandow Freight. Sandow Freight was "
        'set up by Ada Kern in 1998. "This gives us the north," said Brightfield\'s chief '
        "executive, Lee Moss. Moss said Kern is expected to remain as chief executive of the "
        "company.",
        [("ada-kern", "LEADS", "sandow-freight")],
        [("ada-kern", "LEADS", "brightfield-logistics")],
    ),
    (  # dairy: "will stay on to lead the company"
        "Mossgiel Dairies bought Glenrock Creamery in May. Glenrock was started by Fiona Reid "
        'in 2001. "It is a fine business," said Mossgiel\'s chairman, Hugh Bell. Bell said '
        "Reid will stay on to lead the company.",
        [("fiona-reid", "LEADS", "glenrock-creamery")],
        [("fiona-reid", "LEADS", "mossgiel-dairies")],
    ),
]

STAYING_TRAPS: list[Case] = [
    (  # another act on the business: no leading
        "Halvor Instruments paid €40 million for Tervo Optics, which was founded by Ines Marl. "
        "Halvor said Ines Marl would sell the business.",
        [("ines-marl", "FOUNDED", "tervo-optics")],
        [("ines-marl", "LEADS", "tervo-optics"), ("ines-marl", "LEADS", "halvor-instruments")],
    ),
    (  # a denial
        "Corvell Foods has agreed to buy Pasta Lina for £80m. Pasta Lina was founded in 2004 "
        "by Marta Lina in Leeds. Corvell said Marta Lina would not continue to run the business.",
        [],
        [("marta-lina", "LEADS", "pasta-lina"), ("marta-lina", "LEADS", "corvell-foods")],
    ),
    (  # the company is the subject; the founder is the seller in its relative clause
        "Corvell Foods has agreed to buy Pasta Lina, which was founded by Marta Lina. Corvell, "
        "which bought the brand from Marta Lina, will continue to run the business from Leeds.",
        [("corvell-foods", "OWNS", "pasta-lina")],
        [("marta-lina", "LEADS", "pasta-lina"), ("marta-lina", "LEADS", "corvell-foods")],
    ),
    (  # an adviser's verb, not leading
        "Mossgiel Dairies bought Glenrock Creamery in May. Glenrock was started by Fiona Reid "
        "in 2001. Reid will continue to advise the company on cheese.",
        [("fiona-reid", "FOUNDED", "glenrock-creamery")],
        [("fiona-reid", "LEADS", "glenrock-creamery"), ("fiona-reid", "LEADS", "mossgiel-dairies")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), STAYING_HOLDERS + STAYING_TRAPS)
def test_holder_stays_at_own_firm(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
