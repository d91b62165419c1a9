"""Ownership readings of round 38 (invented sentences, several sectors).

A share several people hold together is held by each of them, however the group is written:

- a pair reference with its noun left over ("The two sisters will keep the remaining 30%
  between them": "the two" reads the pair, "sisters" is no name);
- names after titles that carry a department ("chief operating officer A and research
  director B hold 18% between them", "Finance director A and operations director B");
- a speaker and a named partner sharing it "between us" ("Oskar and I own 35% between us,"
  said Maren Holt).

Negations still cancel the reading; a pair of companies is no pair of people; a share the
pair sold is not kept.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

SHARED_HOLDERS: list[Case] = [
    (  # dental clinics: "the two sisters", the pair the sentence before named
        "Ana Kerr and her sister Mia Kerr run Velor Dental. Pellam Capital will buy 70% of "
        "Velor Dental. The two sisters will keep the remaining 30% between them.",
        [("ana-kerr", "OWNS", "velor-dental"), ("mia-kerr", "OWNS", "velor-dental")],
        [],
    ),
    (  # robotics: department titles before both names
        "Tessly Robotics raised $40m from Orvel Capital. Its co-founders, chief operating "
        "officer Lena Marsh and research director Omar Quist, hold 18% between them.",
        [("lena-marsh", "OWNS", "tessly-robotics"), ("omar-quist", "OWNS", "tessly-robotics")],
        [],
    ),
    (  # logistics: the titled names open the sentence
        "Harbour Freight sold 60% of Kelso Logistics to Brantwood Partners. Finance director "
        "Rita Vale and operations director Sam Ode will keep 10% between them.",
        [("rita-vale", "OWNS", "kelso-logistics"), ("sam-ode", "OWNS", "kelso-logistics")],
        [],
    ),
    (  # bakery: the speaker of a quote and the partner she names, "between us"
        'Who owns Fenwick Bakeries now? "Oskar and I own 35% between us," said Maren '
        "Holt, its chief executive.",
        [("maren-holt", "OWNS", "fenwick-bakeries"), ("oskar", "OWNS", "fenwick-bakeries")],
        [],
    ),
    (  # software: an interview answer, the second holder named after
        "Q: Who owns Brisca Labs today?\nA: Tomas and I own roughly 40% between us. "
        "Halden Ventures, a growth fund, owns 25%.",
        [("tomas", "OWNS", "brisca-labs"), ("halden-ventures", "OWNS", "brisca-labs")],
        [],
    ),
]

SHARED_HOLDER_TRAPS: list[Case] = [
    (  # negation
        "Ana Kerr and her sister Mia Kerr run Velor Dental. Pellam Capital will buy 70% of "
        "Velor Dental. The two sisters will not keep the remaining 30%.",
        [],
        [("ana-kerr", "OWNS", "velor-dental"), ("mia-kerr", "OWNS", "velor-dental")],
    ),
    (  # a pair of companies is no pair of people keeping a share
        "Velor Dental and Corrin Mills are rivals. The two companies will keep the remaining "
        "30% between them.",
        [],
        [("velor-dental", "OWNS", "corrin-mills"), ("corrin-mills", "OWNS", "velor-dental")],
    ),
    (  # the sellers of a stake are no keepers of it
        "Pellam Capital will buy 70% of Velor Dental from the two founders, Ana Kerr and Ivo Lund.",
        [("pellam-capital", "OWNS", "velor-dental")],
        [("ana-kerr", "OWNS", "velor-dental"), ("ivo-lund", "OWNS", "velor-dental")],
    ),
    (  # a hedge on a share "between us"
        "Ana Kerr and Ivo Lund founded Velor Dental in 2014. Pellam Capital bought 70% of it "
        'last year. "We may keep 30% between us," Kerr said.',
        [],
        [("ana-kerr", "OWNS", "velor-dental"), ("ivo-lund", "OWNS", "velor-dental")],
    ),
    (  # a preposition before the first titled name: a seller, not a co-holder
        "Arlo Foods bought 70% of Nessa Dairy from chief executive Ana Kerr, and finance "
        "director Ivo Lund will keep 30% between them.",
        [],
        [("ana-kerr", "OWNS", "nessa-dairy")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHARED_HOLDERS + SHARED_HOLDER_TRAPS)
def test_share_held_between_several_people(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
