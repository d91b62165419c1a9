"""Disputes readings of round 42 (invented sentences, several sectors).

A suit its defendant holds: the party that fights, defends or is caught in a claim whose
author a "by" agent names disputes that author, and the author disputes it:

- a holding verb besides "fight": "is defending a suit brought by X", "remains embroiled in a
  lawsuit filed by X" (`loaders/relations/held_suits.py`);
- a claim noun opened by modifiers: "a patent lawsuit", "a negligence claim";
- when or where it was filed between the participle and "by": "brought in 2023 by X", "filed
  in the High Court in Leeds by X";
- an agent described before its name: "brought by its largest rival, X of Leeds, which ...".

Lookalikes stay unread: a negated verb, a possessor's claims defended (backed, not fought),
a claim with no named author.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

HELD_SUITS: list[Case] = [
    (  # pumps: "defending" a suit an agent names
        "Harlow Pumps is defending a lawsuit brought by Brenton Mills over a failed order.",
        [
            ("brenton-mills", "DISPUTES", "harlow-pumps"),
            ("harlow-pumps", "DISPUTES", "brenton-mills"),
        ],
        [],
    ),
    (  # dentistry: a modified claim noun, filed in a court of a town, a person as author
        "Penwick Dental is still defending a malpractice claim in a Derby court brought by "
        "Dara Quill, who was once a client.",
        [("dara-quill", "DISPUTES", "penwick-dental")],
        [],
    ),
    (  # quarrying: "embroiled in", a year between the participle and "by", a relative after
        "The quarry group, Okra Stone, remains embroiled in a long lawsuit brought in 2021 by "
        "Tessel Water Board, which says its blasting cracked a dam.",
        [
            ("tessel-water-board", "DISPUTES", "okra-stone"),
            ("okra-stone", "DISPUTES", "tessel-water-board"),
        ],
        [],
    ),
    (  # ventilation: "fights" a patent lawsuit, the agent's appositive after it
        "The figures land while Corrick Fans fights a costly patent lawsuit brought by Veltar "
        "Motors, its nearest rival, which says a blade shape mimics its own.",
        [
            ("veltar-motors", "DISPUTES", "corrick-fans"),
            ("corrick-fans", "DISPUTES", "veltar-motors"),
        ],
        [],
    ),
    (  # kayaks: the agent described before its name, with its town
        "Dunmore Kayaks is fighting a trademark case brought by its biggest local "
        "competitor, Brisk Paddles of Leeds, which claims that a logo was copied.",
        [
            ("brisk-paddles", "DISPUTES", "dunmore-kayaks"),
            ("dunmore-kayaks", "DISPUTES", "brisk-paddles"),
        ],
        [],
    ),
    (  # dairy: a relative clause holds the suit
        "Ostra Dairy, which is defending a lawsuit brought by Pell Farms, reported a loss.",
        [
            ("pell-farms", "DISPUTES", "ostra-dairy"),
            ("ostra-dairy", "DISPUTES", "pell-farms"),
        ],
        [],
    ),
    (  # software: a pronoun subject, a modified claim filed "last year"
        "Quill Ledger reported a loss. It is also defending a contract claim filed last year "
        "by Marra Bank.",
        [("marra-bank", "DISPUTES", "quill-ledger")],
        [],
    ),
    (  # grain: "the company" holds an arbitration case of two coordinated claimants
        "Tolva Grain reported a loss. The company remains embroiled in an arbitration case "
        "brought by Kerro Mills and Ansel Bakeries.",
        [
            ("kerro-mills", "DISPUTES", "tolva-grain"),
            ("ansel-bakeries", "DISPUTES", "tolva-grain"),
        ],
        [],
    ),
    (  # solar: filed in a named court in a town, then the agent
        "Ostel Solar is defending a breach suit filed in the Commercial Court in Kisumu by "
        "Arlo Distributors, once its reseller on the coast.",
        [("arlo-distributors", "DISPUTES", "ostel-solar")],
        [],
    ),
]

HELD_SUIT_TRAPS: list[Case] = [
    (  # a negated holding verb
        "Harlow Pumps has never been embroiled in a suit brought by Brenton Mills.",
        [],
        [("brenton-mills", "DISPUTES", "harlow-pumps")],
    ),
    (  # a possessor's claims defended: backed, not fought
        "Harlow Pumps defended Brenton Mills's claims about the tender at the hearing.",
        [],
        [("harlow-pumps", "DISPUTES", "brenton-mills")],
    ),
    (  # claims only asserted in a report: defended, perhaps backed, not fought
        "Harlow Pumps is defending the claims made by Brenton Mills in its report on the market.",
        [],
        [("harlow-pumps", "DISPUTES", "brenton-mills")],
    ),
    (  # a negated "defend" in a statement
        "Harlow Pumps said it is not defending any suit brought by Brenton Mills.",
        [],
        [("brenton-mills", "DISPUTES", "harlow-pumps")],
    ),
    (  # a defended claim with no named author
        "Harlow Pumps, which Brenton Mills owns, is defending a negligence claim in court.",
        [],
        [("harlow-pumps", "DISPUTES", "brenton-mills")],
    ),
]


@pytest.mark.parametrize("text,present,absent", HELD_SUITS)
def test_held_suit(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", HELD_SUIT_TRAPS)
def test_held_suit_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
