"""Review rv341 of the firm co-founder reading (found41, invented sentences).

A firm named with "with" (or "alongside") beside the founding of a firm co-founded it: other
verbs, tenses, a pronoun or "the company" subject, relative and passive clauses, a list of
partners, a quote. The review's mends (loaders/relations/firm_cofounders.py): the "with"
phrase must end at the partner's name ("with two Orwin executives", "with the Orwin brand",
"with Orwin among its backers", "with Orwin providing the money", "with Orwin in support" name
no co-founder); only adjuncts of time and place before "with" ("in talks with", "in
competition with", "in a settlement with", "after talks with"); "along with" (another thing
set up) and "alongside its existing lender" (the founder's own firm) name none.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

KV = ("kestrel-group", "FOUNDED", "volt-bank")

COFOUNDERS: list[Case] = [
    (  # textiles: "founded", a described partner
        "Halden Mills founded Brisk Yarns in 2004 with the Italian textile group Vellano Tessile.",
        [("halden-mills", "FOUNDED", "brisk-yarns"), ("vellano-tessile", "FOUNDED", "brisk-yarns")],
        [],
    ),
    (  # logistics: a time after the partner ("last year")
        "Vantor Logistics started Ember Freight with Kolby Shipping last year.",
        [("kolby-shipping", "FOUNDED", "ember-freight")],
        [],
    ),
    (  # chemicals: two partners, a time after them
        "Delmar Chemicals set up Oxwell Coatings with Tiber Paints and Sanford Resins in 2008.",
        [
            ("tiber-paints", "FOUNDED", "oxwell-coatings"),
            ("sanford-resins", "FOUNDED", "oxwell-coatings"),
        ],
        [],
    ),
    (  # brewing: "the company" subject in a second sentence
        "Salter Brewing was sold last year. The company set up Hoppa Drinks in 2010 with "
        "Wendel Breweries.",
        [("wendel-breweries", "FOUNDED", "hoppa-drinks")],
        [],
    ),
    (  # reinsurance: a relative clause with a pronoun subject
        "Parry Insurance sold its stake in Lodden Re, the reinsurer it set up with Kyle "
        "Holdings in 2003.",
        [("kyle-holdings", "FOUNDED", "lodden-re")],
        [],
    ),
    (  # shipping: passive, "alongside"
        "Arklow Shipping was set up in 2002 by Kerran Ports alongside Baltic Feeder Lines.",
        [("baltic-feeder-lines", "FOUNDED", "arklow-shipping")],
        [],
    ),
    (  # air cargo: a quote, a clause after the partner
        '"We set up Pelican Cargo with Sato Logistics because the route was growing," said '
        "Pelham Air chief Ann Rees.",
        [("sato-logistics", "FOUNDED", "pelican-cargo")],
        [],
    ),
    (  # bakery: a place after the partner
        "Marlow Foods set up Kessel Bakeries with Orbe Mills in Leeds.",
        [("orbe-mills", "FOUNDED", "kessel-bakeries")],
        [],
    ),
    (  # bakery: a joint-venture marker before "with"
        "Marlow Foods set up Kessel Bakeries as a joint venture with Orbe Mills.",
        [("orbe-mills", "FOUNDED", "kessel-bakeries")],
        [],
    ),
    pytest.param(
        "Marlow Foods set up Kessel Bakeries with the Dutch miller Orbe Mills three years ago.",
        [("orbe-mills", "FOUNDED", "kessel-bakeries")],
        [],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a time in number words after the partner ('three years ago') is not among "
            "the words that may end the phrase (lost by the rv341 guard)",
        ),
    ),
    (  # data centres: passive, a time after the partner
        "Clyde Data Centres was launched by Ferris Telecom with Oban Power last spring.",
        [("oban-power", "FOUNDED", "clyde-data-centres")],
        [],
    ),
]

TRAPS: list[Case] = [
    (  # another tie before "with": a rivalry, talks, a settlement
        "Kestrel Group set up Volt Bank in 2019 in competition with Harrow Bank.",
        [KV],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
    (
        "Kestrel Group set up Volt Bank after talks with Harrow Bank.",
        [KV],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
    (
        "Kestrel Group set up Volt Bank in 2019 in a settlement with the regulator Finmark.",
        [KV],
        [("finmark", "FOUNDED", "volt-bank")],
    ),
    (  # "alongside" the founder's own firm
        "Kestrel Group set up Volt Bank alongside its existing lender, Harrow Bank.",
        [KV],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
    (
        "Kestrel Group set up Volt Bank alongside Harrow Bank, its older lending arm.",
        [KV],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
    (  # "along with": another thing set up
        "Kestrel Group set up Volt Bank along with a leasing arm, Harrow Leasing.",
        [KV],
        [("harrow-leasing", "FOUNDED", "volt-bank")],
    ),
    (  # the name modifies a noun: people, a brand, money
        "Kestrel Group set up Volt Bank with two Harrow Bank executives.",
        [KV],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
    (
        "Kestrel Group set up Volt Bank with the Harrow Bank brand.",
        [KV],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
    (
        "Kestrel Group set up Volt Bank with Harrow Bank money.",
        [KV],
        [("harrow-bank", "FOUNDED", "volt-bank")],
    ),
    (  # a role after the partner list
        "Kestrel Group set up Volt Bank with Harrow Capital and Orwin Partners as anchor "
        "investors.",
        [KV],
        [("harrow-capital", "FOUNDED", "volt-bank"), ("orwin-partners", "FOUNDED", "volt-bank")],
    ),
    (
        "Kestrel Group set up Volt Bank with Harrow Capital among its backers.",
        [KV],
        [("harrow-capital", "FOUNDED", "volt-bank")],
    ),
    (
        "Kestrel Group set up Volt Bank with Harrow Capital on board as an investor.",
        [KV],
        [("harrow-capital", "FOUNDED", "volt-bank")],
    ),
    (
        "Kestrel Group set up Volt Bank with Harrow Capital in support.",
        [KV],
        [("harrow-capital", "FOUNDED", "volt-bank")],
    ),
    (  # an absolute clause: the partner funds or advises
        "Kestrel Group set up Volt Bank with Harrow Capital providing the funding.",
        [KV],
        [("harrow-capital", "FOUNDED", "volt-bank")],
    ),
    (
        "Kestrel Group set up Volt Bank with Harrow Capital acting as adviser.",
        [KV],
        [("harrow-capital", "FOUNDED", "volt-bank")],
    ),
    (  # an approval
        "Kestrel Group set up Volt Bank with Finmark approval.",
        [KV],
        [("finmark", "FOUNDED", "volt-bank")],
    ),
    (  # "with" after a place noun: a site shared, no co-founding
        "Marlow Foods set up Kessel Bakeries at a plant shared with Orbe Mills.",
        [("marlow-foods", "FOUNDED", "kessel-bakeries")],
        [("orbe-mills", "FOUNDED", "kessel-bakeries")],
    ),
    (  # a role after the partner: "in charge of"
        "Marlow Foods set up Kessel Bakeries in 2018 with Orbe Mills in charge of sales.",
        [("marlow-foods", "FOUNDED", "kessel-bakeries")],
        [("orbe-mills", "FOUNDED", "kessel-bakeries")],
    ),
    (  # the firm's name describes a person, the partner
        "Marlow Foods founded Kessel Bakeries in 2018 with Orbe Mills veteran Ruth Dale.",
        [("marlow-foods", "FOUNDED", "kessel-bakeries")],
        [("orbe-mills", "FOUNDED", "kessel-bakeries")],
    ),
    pytest.param(
        "Kestrel Group will set up Volt Bank with Harrow Capital.",
        [],
        [("harrow-capital", "FOUNDED", "volt-bank")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a future founding: the subject's line is read as done already (base "
            "verb reading); the co-founder follows it",
        ),
    ),
]


@pytest.mark.parametrize("text,present,absent", COFOUNDERS)
def test_firm_cofounder_variant(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", TRAPS)
def test_firm_cofounder_lookalike(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
