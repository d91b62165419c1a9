"""Ownership readings of round 41 (invented sentences, several sectors).

A holder set off by an aside before its keeping verb keeps the share: "P, <an appositive>,
keeps the other N%", "P, who <a relative clause>, keeps a 6% holding", "P, who <verbed> ...
and still holds 55% of it". The aside may name others without becoming the holder:

- an appositive with a possessive pronoun or a name after "of" ("Lefka's director and a
  grandson of its founder", "the niece of founder Pablo Ruiz");
- a relative clause with commas of its own around a name ("who opened the brewery alongside
  his brother, Emil Brek, on a farm near Tartu,"), whose second verb may be the keeping one;
- a relative after such an appositive ("Arun Mehta, Tessa Tea's chairman and a son of the
  founder, who holds 28 per cent of the company").

Lookalikes stay unread: a "whose" aside that names the keeper itself, a seller with no share
kept, and a share that is only hoped for.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

DESCRIBED_KEEPERS: list[Case] = [
    (  # olive oil: an appositive with "its" before the keeping verb
        "Corma Group has agreed to take 85% of Lefka Oils, a Cypriot press. Nikos Varda, "
        "Lefka's director and a grandson of its founder, will retain the remaining 15% under "
        "the deal.",
        [("nikos-varda", "OWNS", "lefka-oils")],
        [("corma-group", "OWNS", "nikos-varda")],
    ),
    (  # trailers: an appositive naming the founder after "of"
        "Darro Industrial will buy 88 percent of Talon Trailers, a Puebla trailer builder. Sara "
        "Ruiz, Talon's finance head and the niece of founder Pablo Ruiz, retains the remaining "
        "12 percent.",
        [("sara-ruiz", "OWNS", "talon-trailers")],
        [("pablo-ruiz", "OWNS", "talon-trailers")],
    ),
    (  # brewing: a relative clause with an apposed name and a place in it
        "Nemra Drinks has agreed to buy 94% of Brek Brewing, an Estonian craft brewer. Jonas "
        "Brek, who opened the brewery in 1988 alongside his brother, Emil Brek, on a farm near "
        "Tartu, keeps a 6% holding and remains on the board.",
        [("jonas-brek", "OWNS", "brek-brewing")],
        [("emil-brek", "OWNS", "brek-brewing")],
    ),
    (  # bicycles: the relative's second verb keeps the share
        "Halvik Retail has agreed to buy Velo Sur, the Seville bicycle chain. Alma Reyes, who "
        "set up Velo Sur with her cousin, Ines Reyes, in 2002 and still holds 55% of it, will "
        "remain as a director.",
        [("alma-reyes", "OWNS", "velo-sur")],
        [("ines-reyes", "OWNS", "velo-sur")],
    ),
    (  # tea: a relative after an appositive, "the company" for the firm
        "Darro Beverages has made an offer for Tessa Tea, the Assam estate group. Much depends "
        "on Arun Mehta, Tessa Tea's chairman and a son of the founder, who holds 28 per cent "
        "of the company.",
        [("arun-mehta", "OWNS", "tessa-tea")],
        [("darro-beverages", "OWNS", "tessa-tea")],
    ),
    (  # printing: a kin appositive, then the relative, then the main verb
        "Dorran Group has agreed to buy Lind Print. Rosa Lind, Per Lind's sister, who holds 9 "
        "per cent of the firm, has asked a court to halt the sale.",
        [("rosa-lind", "OWNS", "lind-print")],
        [("per-lind", "OWNS", "lind-print")],
    ),
    (  # software: a firm as the keeper, its appositive naming its parent after "of"
        "Quillon Software has agreed to buy 80% of Tarvik Cloud. Orvel Partners, the venture "
        "arm of Brisk Bank, will keep the remaining 20%.",
        [("orvel-partners", "OWNS", "tarvik-cloud")],
        [("brisk-bank", "OWNS", "tarvik-cloud")],
    ),
]

DESCRIBED_KEEPER_TRAPS: list[Case] = [
    (  # bakery: a "whose" aside names the keeper itself; the head only sells
        "Corvel Foods bought 70% of Dunmore Bakes from Ivo Rask, whose sister, Ana Rask, will "
        "keep the remaining 30%.",
        [],
        [("ivo-rask", "OWNS", "dunmore-bakes")],
    ),
    (  # a hope: no share is kept yet
        "Corma Group is in talks to buy 85% of Lefka Oils. Nikos Varda, Lefka's director and a "
        "grandson of its founder, hopes to keep a 15% stake.",
        [],
        [("nikos-varda", "OWNS", "lefka-oils")],
    ),
    (  # the seller keeps nothing: "sell" is no keeping verb
        "Darro Industrial has agreed to buy Talon Trailers. Sara Ruiz, Talon's finance head and "
        "the niece of founder Pablo Ruiz, will sell her shares.",
        [],
        [("sara-ruiz", "OWNS", "talon-trailers")],
    ),
]


@pytest.mark.parametrize("text,present,absent", DESCRIBED_KEEPERS)
def test_described_keeper(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", DESCRIBED_KEEPER_TRAPS)
def test_described_keeper_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
