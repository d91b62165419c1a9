"""Ownership and funding as a matrix: each construction of business news (rows, most common
first) in its variants (active, passive, relative clause, reduced relative or appositive,
coordinated subjects or objects, a pronoun or "the company" subject, headline, nominalization)
across sectors, and the guards that must not give the relation (intent, talks, bids, hedges,
denials, customers, minority stakes as OWNS, stakes sold, former parents).

A cell is (construction, variant, text, relations found, relations not found). The conventions
are those of `tests/fixtures/articles/README.md`: acquiring, agreeing to buy, a subsidiary, unit
or brand, and a held stake of any size are OWNS; buying a minority stake, a round, a loan, a
grant or a subscription are FUNDS. Every name is invented.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from construction_check import Triple, check


class Cell(NamedTuple):
    construction: str
    variant: str
    text: str
    present: list[Triple]
    absent: list[Triple]


def owns(a: str, b: str) -> Triple:
    return (a, "OWNS", b)


def funds(a: str, b: str) -> Triple:
    return (a, "FUNDS", b)


CELLS: list[Cell] = [
    # --- acquisitions: "A acquired/bought B" ---------------------------------------------
    Cell(
        "acquire",
        "active",
        "Harlow Foods acquired Penrose Bakeries in March for $300 million.",
        [owns("harlow-foods", "penrose-bakeries")],
        [owns("penrose-bakeries", "harlow-foods")],
    ),
    Cell(
        "acquire",
        "agreed",
        "Tamsin Energy has agreed to buy Corve Solar for $1.2 billion.",
        [owns("tamsin-energy", "corve-solar")],
        [],
    ),
    Cell(
        "acquire",
        "passive",
        "Penrose Bakeries was bought by Harlow Foods last year.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "passive-agreed",
        "Quell Mobile has agreed to be acquired by Vantor Telecom.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "acquire",
        "object-relative",
        "Corve Solar, which Tamsin Energy bought in 2019, runs 40 solar parks.",
        [owns("tamsin-energy", "corve-solar")],
        [],
    ),
    Cell(
        "acquire",
        "subject-relative",
        "Tamsin Energy, which bought Corve Solar in 2019, runs 40 solar parks.",
        [owns("tamsin-energy", "corve-solar")],
        [],
    ),
    Cell(
        "acquire",
        "reduced-relative",
        "Dunmore Shipping, acquired by Keller Maritime in 2021, operates twelve tankers.",
        [owns("keller-maritime", "dunmore-shipping")],
        [],
    ),
    Cell(
        "acquire",
        "coordinated-subjects",
        "Brixton Capital and Orrel Partners bought Delmont Shipping for $800 million.",
        [owns("brixton-capital", "delmont-shipping"), owns("orrel-partners", "delmont-shipping")],
        [],
    ),
    Cell(
        "acquire",
        "coordinated-objects",
        "Harlow Foods bought Penrose Bakeries and Tilly Dairies last year.",
        [owns("harlow-foods", "penrose-bakeries"), owns("harlow-foods", "tilly-dairies")],
        [],
    ),
    Cell(
        "acquire",
        "pronoun-subject",
        "Harlow Foods is growing fast. It bought Penrose Bakeries in May.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "the-company-subject",
        "Harlow Foods reported record profits. The company bought Penrose Bakeries in May.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "the-group-subject",
        "Varrel Group makes packaging. The group acquired Lintz Cartons in 2020.",
        [owns("varrel-group", "lintz-cartons")],
        [],
    ),
    Cell(
        "acquire",
        "headline-to",
        "Tamsin Energy to buy Corve Solar for $1.2 billion",
        [owns("tamsin-energy", "corve-solar")],
        [],
    ),
    Cell(
        "acquire",
        "headline-present",
        "Vantor Telecom buys Quell Mobile in $900 million deal",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "acquire",
        "completed",
        "Keller Maritime completed its acquisition of Dunmore Shipping.",
        [owns("keller-maritime", "dunmore-shipping")],
        [],
    ),
    Cell(
        "acquire",
        "possessive-nominal",
        "Harlow Foods' purchase of Penrose Bakeries closed in June.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "possessive-nominal-s",
        "Vantor Telecom's acquisition of Quell Mobile was approved by regulators.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "acquire",
        "by-nominal",
        "The acquisition of Lintz Cartons by Varrel Group was completed in May.",
        [owns("varrel-group", "lintz-cartons")],
        [],
    ),
    Cell(
        "acquire",
        "with-amount",
        "Ardent Pharma paid $2 billion for Celora Therapeutics in 2022.",
        [owns("ardent-pharma", "celora-therapeutics")],
        [],
    ),
    Cell(
        "acquire",
        "snapped-up",
        "Marwick Retail snapped up Pellow Stores in a $90 million deal.",
        [owns("marwick-retail", "pellow-stores")],
        [],
    ),
    Cell(
        "acquire",
        "after-relative-it",
        "Menzel Foods lost Corra Snacks to Vale Foods, which acquired it last year.",
        [owns("vale-foods", "corra-snacks")],
        [owns("menzel-foods", "corra-snacks")],
    ),
    Cell(
        "acquire",
        "purchased-aviation",
        "Skyline Airways purchased Northwind Air in 2018.",
        [owns("skyline-airways", "northwind-air")],
        [],
    ),
    Cell(
        "acquire",
        "mining-since",
        "Since Korran Mining bought Telvis Gold in 2017, output rose.",
        [owns("korran-mining", "telvis-gold")],
        [],
    ),
    # --- takeovers and buyouts -------------------------------------------------------------
    Cell(
        "takeover",
        "active",
        "Vantor Telecom took over Quell Mobile in 2021.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "takeover",
        "by-nominal",
        "The takeover of Quell Mobile by Vantor Telecom was approved on Monday.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "takeover",
        "possessive-nominal",
        "Vantor Telecom's takeover of Quell Mobile was approved on Monday.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "takeover",
        "control",
        "Orrel Partners took control of Delmont Shipping in 2022.",
        [owns("orrel-partners", "delmont-shipping")],
        [],
    ),
    Cell(
        "buyout",
        "led",
        "Brixton Capital led the £400 million buyout of Delmont Shipping.",
        [owns("brixton-capital", "delmont-shipping")],
        [],
    ),
    Cell(
        "buyout",
        "take-private",
        "Orrel Partners agreed to take Harlan Media private.",
        [owns("orrel-partners", "harlan-media")],
        [],
    ),
    Cell(
        "buyout",
        "by-nominal",
        "The buyout of Harlan Media by Orrel Partners closed in May.",
        [owns("orrel-partners", "harlan-media")],
        [],
    ),
    # --- sales: "A sold B to C", "the sale of B to C" ------------------------------------
    Cell(
        "sale",
        "sold-to",
        "Orrel Group sold Delmont Shipping to Brixton Capital in 2020.",
        [owns("brixton-capital", "delmont-shipping")],
        [],
    ),
    Cell(
        "sale",
        "sold-its-unit-to",
        "Kilbride Chemicals will sell its pigments arm, Kilbride Colours, to Hadley Coatings.",
        [
            owns("hadley-coatings", "kilbride-colours"),
            owns("kilbride-chemicals", "kilbride-colours"),
        ],
        [],
    ),
    Cell(
        "sale",
        "sale-of-to",
        "The sale of Delmont Shipping to Brixton Capital closed on Friday.",
        [owns("brixton-capital", "delmont-shipping")],
        [],
    ),
    Cell(
        "sale",
        "passive-sold-to",
        "Harlan Media was sold to Orrel Partners in 2019.",
        [owns("orrel-partners", "harlan-media")],
        [],
    ),
    Cell(
        "sale",
        "agreed-to-sell",
        "Fenwick Bank agreed to sell Castell Insurance to Ridley Re.",
        [owns("ridley-re", "castell-insurance")],
        [],
    ),
    # --- parents, subsidiaries, units, brands ---------------------------------------------
    Cell(
        "subsidiary",
        "appositive-subsidiary",
        "Castell Insurance, a subsidiary of Fenwick Bank, raised its premiums.",
        [owns("fenwick-bank", "castell-insurance")],
        [owns("castell-insurance", "fenwick-bank")],
    ),
    Cell(
        "subsidiary",
        "appositive-unit",
        "Quell Mobile, a unit of Vantor Telecom, cut prices.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "subsidiary",
        "wholly-owned",
        "Lintz Cartons, a wholly owned subsidiary of Varrel Group, built a new plant.",
        [owns("varrel-group", "lintz-cartons")],
        [],
    ),
    Cell(
        "subsidiary",
        "copula-subsidiary",
        "Castell Insurance is a subsidiary of Fenwick Bank.",
        [owns("fenwick-bank", "castell-insurance")],
        [],
    ),
    Cell(
        "subsidiary",
        "its-subsidiary",
        "Varrel Group said its subsidiary Lintz Cartons would close a plant.",
        [owns("varrel-group", "lintz-cartons")],
        [],
    ),
    Cell(
        "subsidiary",
        "possessive-unit",
        "Vantor Telecom's Quell Mobile unit lost 200,000 customers.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "subsidiary",
        "possessive-division",
        "Ardent Pharma's generics division, Celora Generics, was spun into a new building.",
        [owns("ardent-pharma", "celora-generics")],
        [],
    ),
    Cell(
        "subsidiary",
        "group-arm",
        "Keller Maritime, the shipping arm of Tolan Group, ordered four vessels.",
        [owns("tolan-group", "keller-maritime")],
        [],
    ),
    Cell(
        "parent",
        "its-parent",
        "Castell Insurance said its parent, Fenwick Bank, would inject capital.",
        [owns("fenwick-bank", "castell-insurance")],
        [],
    ),
    Cell(
        "parent",
        "parent-company-appositive",
        "Fenwick Bank, the parent company of Castell Insurance, reported a loss.",
        [owns("fenwick-bank", "castell-insurance")],
        [],
    ),
    Cell(
        "parent",
        "possessive-parent",
        "Castell Insurance's parent company, Fenwick Bank, reported a loss.",
        [owns("fenwick-bank", "castell-insurance")],
        [],
    ),
    Cell(
        "parent",
        "owner-of",
        "Tolan Group, the owner of Keller Maritime, reported a loss.",
        [owns("tolan-group", "keller-maritime")],
        [],
    ),
    Cell(
        "parent",
        "part-of-appositive",
        "Tilly Dairies, part of the Harlow Foods group, opened a plant.",
        [owns("harlow-foods", "tilly-dairies")],
        [],
    ),
    Cell(
        "parent",
        "part-of-copula",
        "Tilly Dairies is part of Harlow Foods.",
        [owns("harlow-foods", "tilly-dairies")],
        [],
    ),
    Cell(
        "brand",
        "brands-include",
        "Marwick Retail's brands include Pellow Stores and Brenn Outlet.",
        [owns("marwick-retail", "pellow-stores"), owns("marwick-retail", "brenn-outlet")],
        [],
    ),
    Cell(
        "brand",
        "its-brand",
        "Harlow Foods sells its Crumble bars in 30 countries.",
        [owns("harlow-foods", "crumble")],
        [],
    ),
    # --- owned by, X-owned, majority-owned -------------------------------------------------
    Cell(
        "owned-by",
        "passive",
        "Delmont Shipping is owned by Brixton Capital.",
        [owns("brixton-capital", "delmont-shipping")],
        [],
    ),
    Cell(
        "owned-by",
        "reduced-relative",
        "Delmont Shipping, owned by Brixton Capital, ordered six ships.",
        [owns("brixton-capital", "delmont-shipping")],
        [],
    ),
    Cell(
        "owned-by",
        "coordinated-owners",
        "Salar Uno is owned by Corrib Metals and Tanlo Power.",
        [owns("corrib-metals", "salar-uno"), owns("tanlo-power", "salar-uno")],
        [],
    ),
    Cell(
        "owned-by",
        "majority-owned",
        "Quell Mobile, majority-owned by Vantor Telecom, cut prices.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "owned-by",
        "copula-majority",
        "Quell Mobile is majority-owned by Vantor Telecom.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "owned-by",
        "hyphen-owned",
        "The Brixton-owned Delmont Shipping ordered six ships.",
        [owns("brixton", "delmont-shipping")],
        [],
    ),
    Cell(
        "owned-by",
        "relative-which-is-owned",
        "Delmont Shipping, which is owned by Brixton Capital, ordered six ships.",
        [owns("brixton-capital", "delmont-shipping")],
        [],
    ),
    Cell(
        "owned-by",
        "controlled-by",
        "Marden Foods, the snack maker controlled by Yoshino Holdings, is buying Pell Crisps.",
        [owns("yoshino-holdings", "marden-foods"), owns("marden-foods", "pell-crisps")],
        [owns("yoshino-holdings", "pell-crisps")],
    ),
    Cell(
        "owned-by",
        "pronoun-owned",
        "Arlo Rail runs the night trains. It is fully owned by Sond Holdings.",
        [owns("sond-holdings", "arlo-rail")],
        [],
    ),
    Cell(
        "owned-by",
        "owns-active",
        "Brixton Capital owns Delmont Shipping and Harlan Media.",
        [owns("brixton-capital", "delmont-shipping"), owns("brixton-capital", "harlan-media")],
        [],
    ),
    # --- stakes and percentages -----------------------------------------------------------
    Cell(
        "stake",
        "owns-percent",
        "Ridley Re owns 29% of Castell Insurance.",
        [owns("ridley-re", "castell-insurance")],
        [],
    ),
    Cell(
        "stake",
        "holds-stake",
        "Helm Capital holds a 15% stake in Corvell Brewing.",
        [owns("helm-capital", "corvell-brewing")],
        [],
    ),
    Cell(
        "stake",
        "possessive-stake",
        "Orland Group's 30% stake in Calloway Pay is worth $2 billion.",
        [owns("orland-group", "calloway-pay")],
        [],
    ),
    Cell(
        "stake",
        "relative-owns",
        "Corvell Brewing's biggest shareholder is Helm Capital, which owns 18% of it.",
        [owns("helm-capital", "corvell-brewing")],
        [],
    ),
    Cell(
        "stake",
        "will-own",
        "After the deal Vantor Telecom will own 51% of Quell Mobile.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "stake",
        "majority-stake-bought",
        "Tamsin Energy bought a 60% stake in Corve Solar last year.",
        [owns("tamsin-energy", "corve-solar")],
        [],
    ),
    Cell(
        "stake",
        "controlling-stake",
        "Keller Maritime acquired a controlling stake in Dunmore Shipping.",
        [owns("keller-maritime", "dunmore-shipping")],
        [],
    ),
    Cell(
        "stake",
        "minority-bought",
        "Ardent Pharma bought a 10% stake in Celora Therapeutics for $50 million.",
        [funds("ardent-pharma", "celora-therapeutics")],
        [owns("ardent-pharma", "celora-therapeutics")],
    ),
    Cell(
        "stake",
        "minority-took",
        "Fenwick Bank took a 5% stake in Calloway Pay in March.",
        [funds("fenwick-bank", "calloway-pay")],
        [owns("fenwick-bank", "calloway-pay")],
    ),
    Cell(
        "stake",
        "gapping",
        "Vendra Steel will own 60% of the venture, Orvo Works and Koto Metals 40%.",
        [owns("vendra-steel", "orvo-works")],
        [],
    ),
    Cell(
        "stake",
        "percent-owned-by",
        "Corve Solar is 40%-owned by Tamsin Energy.",
        [owns("tamsin-energy", "corve-solar")],
        [],
    ),
    Cell(
        "stake",
        "shareholder-of",
        "Helm Capital is the largest shareholder of Corvell Brewing.",
        [owns("helm-capital", "corvell-brewing")],
        [],
    ),
    Cell(
        "stake",
        "shareholder-possessive",
        "Corvell Brewing's largest shareholder, Helm Capital, backed the plan.",
        [owns("helm-capital", "corvell-brewing")],
        [],
    ),
    Cell(
        "stake",
        "coordinated-holders",
        "Brixton Capital and Orrel Partners each hold 50% of Delmont Shipping.",
        [owns("brixton-capital", "delmont-shipping"), owns("orrel-partners", "delmont-shipping")],
        [],
    ),
    # --- joint ventures --------------------------------------------------------------------
    Cell(
        "joint-venture",
        "owned-split",
        "Salar Uno is owned 60/40 by Corrib Metals and Tanlo Power.",
        [owns("corrib-metals", "salar-uno"), owns("tanlo-power", "salar-uno")],
        [],
    ),
    Cell(
        "joint-venture",
        "jointly-owned",
        "Skyform Aero is jointly owned by Halder Aero and Vostra Defence.",
        [owns("halder-aero", "skyform-aero"), owns("vostra-defence", "skyform-aero")],
        [],
    ),
    Cell(
        "joint-venture",
        "each-own-half",
        "Halder Aero and Vostra Defence each own half of Skyform Aero.",
        [owns("halder-aero", "skyform-aero"), owns("vostra-defence", "skyform-aero")],
        [],
    ),
    # --- funding: investors, rounds, backers -----------------------------------------------
    Cell(
        "invest",
        "active",
        "Ridley Ventures invested $20 million in Quarry Labs.",
        [funds("ridley-ventures", "quarry-labs")],
        [owns("ridley-ventures", "quarry-labs")],
    ),
    Cell(
        "invest",
        "coordinated-subjects",
        "Ridley Ventures and Ember Peak invested $20 million in Quarry Labs.",
        [funds("ridley-ventures", "quarry-labs"), funds("ember-peak", "quarry-labs")],
        [],
    ),
    Cell(
        "invest",
        "backed-by-investors",
        "Quarry Labs, which is backed by Ridley Ventures and Ember Peak, hired 40 staff.",
        [funds("ridley-ventures", "quarry-labs"), funds("ember-peak", "quarry-labs")],
        [],
    ),
    Cell(
        "invest",
        "backed-appositive",
        "Quarry Labs, backed by Ridley Ventures, hired 40 staff.",
        [funds("ridley-ventures", "quarry-labs")],
        [],
    ),
    Cell(
        "invest",
        "hyphen-backed",
        "Ridley-backed Quarry Labs hired 40 staff.",
        [funds("ridley", "quarry-labs")],
        [],
    ),
    Cell(
        "invest",
        "investors-include",
        "Quarry Labs' investors include Ridley Ventures and Ember Peak.",
        [funds("ridley-ventures", "quarry-labs"), funds("ember-peak", "quarry-labs")],
        [],
    ),
    Cell(
        "invest",
        "portfolio-company",
        "Harbour Ferries, a portfolio company of Kestrel Capital, ordered two ships.",
        [funds("kestrel-capital", "harbour-ferries")],
        [owns("kestrel-capital", "harbour-ferries")],
    ),
    Cell(
        "invest",
        "nominal-investment-by",
        "A $600 million investment in Vantora Energy by Quillex Capital was announced.",
        [funds("quillex-capital", "vantora-energy")],
        [],
    ),
    Cell(
        "invest",
        "possessive-investment",
        "Quillex Capital's investment in Vantora Energy doubled in value.",
        [funds("quillex-capital", "vantora-energy")],
        [],
    ),
    Cell(
        "round",
        "led-by",
        "Quarry Labs raised $30 million in a round led by Ridley Ventures.",
        [funds("ridley-ventures", "quarry-labs")],
        [],
    ),
    Cell(
        "round",
        "participation",
        "Quarry Labs raised $30 million in a round led by Ridley Ventures, with participation "
        "from Ember Peak.",
        [funds("ridley-ventures", "quarry-labs"), funds("ember-peak", "quarry-labs")],
        [],
    ),
    Cell(
        "round",
        "led-active",
        "Ridley Ventures led Quarry Labs' $30 million Series B round.",
        [funds("ridley-ventures", "quarry-labs")],
        [],
    ),
    Cell(
        "round",
        "raised-from",
        "Quarry Labs raised $30 million from Ridley Ventures and Ember Peak.",
        [funds("ridley-ventures", "quarry-labs"), funds("ember-peak", "quarry-labs")],
        [],
    ),
    Cell(
        "round",
        "headline",
        "Quarry Labs raises $30 million from Ridley Ventures",
        [funds("ridley-ventures", "quarry-labs")],
        [],
    ),
    # --- loans, credit lines, bonds --------------------------------------------------------
    Cell(
        "loan",
        "lent",
        "Hexa Bank lent Delmont Shipping $200 million.",
        [funds("hexa-bank", "delmont-shipping")],
        [],
    ),
    Cell(
        "loan",
        "loan-from",
        "Delmont Shipping secured a $200 million loan from Hexa Bank.",
        [funds("hexa-bank", "delmont-shipping")],
        [],
    ),
    Cell(
        "loan",
        "credit-line",
        "Hexa Bank provided a $50 million credit line to Pellow Stores.",
        [funds("hexa-bank", "pellow-stores")],
        [],
    ),
    Cell(
        "loan",
        "financed-by",
        "The Tarn Bridge was financed by Hexa Bank and Corran Credit.",
        [funds("hexa-bank", "tarn-bridge"), funds("corran-credit", "tarn-bridge")],
        [],
    ),
    Cell(
        "loan",
        "nominal-loan-to",
        "A $300 million loan from Hexa Bank to Keller Maritime will pay for four ships.",
        [funds("hexa-bank", "keller-maritime")],
        [],
    ),
    Cell(
        "loan",
        "lender-appositive",
        "Hexa Bank, the biggest lender to Keller Maritime, cut its exposure.",
        [funds("hexa-bank", "keller-maritime")],
        [],
    ),
    Cell(
        "bond",
        "subscribed",
        "Ridley Pension subscribed to $100 million of bonds issued by Keller Maritime.",
        [funds("ridley-pension", "keller-maritime")],
        [],
    ),
    # --- grants ----------------------------------------------------------------------------
    Cell(
        "grant",
        "awarded",
        "The Ministry of Energy awarded Corve Solar a £5 million grant.",
        [funds("ministry-of-energy", "corve-solar")],
        [],
    ),
    Cell(
        "grant",
        "grant-from",
        "Corve Solar received a £5 million grant from the Ministry of Energy.",
        [funds("ministry-of-energy", "corve-solar")],
        [],
    ),
    # --- guards ----------------------------------------------------------------------------
    Cell(
        "guard",
        "talks",
        "Tamsin Energy is in talks to buy Corve Solar.",
        [],
        [owns("tamsin-energy", "corve-solar")],
    ),
    Cell(
        "guard",
        "plans",
        "Tamsin Energy plans to acquire Corve Solar next year.",
        [],
        [owns("tamsin-energy", "corve-solar")],
    ),
    Cell(
        "guard",
        "considering-sale",
        "Fenwick Bank is considering a sale of Castell Insurance to Ridley Re.",
        [],
        [owns("ridley-re", "castell-insurance")],
    ),
    Cell(
        "guard",
        "bid",
        "Vantor Telecom made a $900 million bid for Quell Mobile.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    Cell(
        "guard",
        "possessive-bid",
        "Vantor Telecom's offer for Quell Mobile was rejected.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    Cell(
        "guard",
        "denied",
        "Harlow Foods denied it would buy Penrose Bakeries.",
        [],
        [owns("harlow-foods", "penrose-bakeries")],
    ),
    Cell(
        "guard",
        "walked-away",
        "Harlow Foods walked away from talks to buy Penrose Bakeries.",
        [],
        [owns("harlow-foods", "penrose-bakeries")],
    ),
    Cell(
        "guard",
        "blocked",
        "Regulators blocked Vantor Telecom's purchase of Quell Mobile.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    Cell(
        "guard",
        "collapsed",
        "Vantor Telecom's takeover of Quell Mobile collapsed in May.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    Cell(
        "guard",
        "failed",
        "Harlow Foods failed to buy Penrose Bakeries in 2019.",
        [],
        [owns("harlow-foods", "penrose-bakeries")],
    ),
    Cell(
        "guard",
        "hedge-could",
        "Harlow Foods could buy Penrose Bakeries, analysts said.",
        [],
        [owns("harlow-foods", "penrose-bakeries")],
    ),
    Cell(
        "guard",
        "interest",
        "Harlow Foods expressed interest in acquiring Penrose Bakeries.",
        [],
        [owns("harlow-foods", "penrose-bakeries")],
    ),
    Cell(
        "guard",
        "customer",
        "Harlow Foods buys its flour from Penrose Mills.",
        [],
        [owns("harlow-foods", "penrose-mills"), owns("penrose-mills", "harlow-foods")],
    ),
    Cell(
        "guard",
        "customer-noun",
        "Harlow Foods is the biggest customer of Penrose Mills.",
        [],
        [owns("harlow-foods", "penrose-mills")],
    ),
    Cell(
        "guard",
        "buys-from-supplier",
        "Skyline Airways bought 20 jets from Halder Aero last year.",
        [],
        [owns("skyline-airways", "halder-aero")],
    ),
    Cell(
        "guard",
        "sold-its-stake",
        "Ridley Re sold its stake in Castell Insurance in 2021.",
        [],
        [owns("ridley-re", "castell-insurance")],
    ),
    Cell(
        "guard",
        "sold-stake-to",
        "Ridley Re sold its 30% stake in Castell Insurance to Fenwick Bank.",
        [],
        [owns("ridley-re", "castell-insurance")],
    ),
    Cell(
        "guard",
        "former-parent",
        "Castell Insurance's former parent, Fenwick Bank, reported a loss.",
        [],
        [owns("fenwick-bank", "castell-insurance")],
    ),
    Cell(
        "guard",
        "former-owner",
        "Tolan Group, the former owner of Keller Maritime, reported a loss.",
        [],
        [owns("tolan-group", "keller-maritime")],
    ),
    Cell(
        "guard",
        "spun-off",
        "Castell Insurance was spun off from Fenwick Bank in 2020.",
        [],
        [owns("fenwick-bank", "castell-insurance")],
    ),
    Cell(
        "guard",
        "merger-of-equals",
        "Aldous Bank completed its merger with Fenwick Bank.",
        [],
        [owns("aldous-bank", "fenwick-bank"), owns("fenwick-bank", "aldous-bank")],
    ),
    Cell(
        "guard",
        "sold-to-seller",
        "Orrel Group sold Delmont Shipping to Brixton Capital in 2020.",
        [],
        [owns("delmont-shipping", "brixton-capital")],
    ),
    Cell(
        "guard",
        "rumour",
        "Harlow Foods is said to be weighing a bid for Penrose Bakeries.",
        [],
        [owns("harlow-foods", "penrose-bakeries")],
    ),
    Cell(
        "guard",
        "negation",
        "Harlow Foods has never owned Penrose Bakeries.",
        [],
        [owns("harlow-foods", "penrose-bakeries")],
    ),
    Cell(
        "guard",
        "according-to",
        "According to Halden Times, Harlow Foods agreed to buy Penrose Bakeries.",
        [owns("harlow-foods", "penrose-bakeries")],
        [owns("halden-times", "penrose-bakeries")],
    ),
    Cell(
        "guard",
        "divested",
        "Varrel Group divested Lintz Cartons in 2022.",
        [],
        [owns("varrel-group", "lintz-cartons")],
    ),
    Cell(
        "guard",
        "minority-no-owns-investor",
        "Ridley Ventures invested in Quarry Labs alongside Ember Peak.",
        [funds("ember-peak", "quarry-labs")],
        [owns("ridley-ventures", "quarry-labs")],
    ),
    Cell(
        "guard",
        "supplier-to",
        "Penrose Mills is a supplier to Harlow Foods.",
        [],
        [owns("harlow-foods", "penrose-mills"), owns("penrose-mills", "harlow-foods")],
    ),
    Cell(
        "guard",
        "expected",
        "Tamsin Energy is expected to buy Corve Solar.",
        [],
        [owns("tamsin-energy", "corve-solar")],
    ),
    Cell(
        "guard",
        "favourite",
        "Vantor Telecom is the favourite to buy Quell Mobile.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    Cell(
        "guard",
        "abandoned-nominal",
        "Vantor Telecom abandoned its takeover of Quell Mobile.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    Cell(
        "guard",
        "blocked-after-aside",
        "Vantor Telecom's £2 billion takeover of Quell Mobile, announced in March, was blocked "
        "by regulators.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    Cell(
        "guard",
        "formerly-owned",
        "Quell Mobile, formerly owned by Vantor Telecom, cut jobs.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    Cell(
        "guard",
        "once-part-of",
        "Quell Mobile, once part of Vantor Telecom, cut jobs.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    Cell(
        "guard",
        "planned-nominal",
        "The planned takeover of Quell Mobile by Vantor Telecom was approved.",
        [],
        [owns("vantor-telecom", "quell-mobile")],
    ),
    # the guards leave done deals alone
    Cell(
        "acquire",
        "nominal-closed",
        "Vantor Telecom's takeover of Quell Mobile closed in May.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
    Cell(
        "acquire",
        "former-in-aside",
        "Harlow Foods, led by former banker Tom Reyes, bought Penrose Bakeries.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "once-clause",
        "Once the deal closes, Vantor Telecom will own Quell Mobile.",
        [owns("vantor-telecom", "quell-mobile")],
        [],
    ),
]

# Cells that fail today: the gaps left, kept visible (a fix turns its cell green and must
# take it off this list: the marks are strict).
GAPS = {
    "buyout/take-private",
    "subsidiary/possessive-unit",
    "brand/its-brand",
    "joint-venture/owned-split",
    "loan/nominal-loan-to",
    "bond/subscribed",
    "grant/awarded",
}


def cell_id(cell: Cell) -> str:
    return f"{cell.construction}/{cell.variant}"


def _marked(cell: Cell) -> object:
    if cell_id(cell) in GAPS:
        return pytest.param(cell, marks=pytest.mark.xfail(strict=True, reason="gap"))
    return cell


@pytest.mark.parametrize("cell", [_marked(c) for c in CELLS], ids=cell_id)
def test_cell(cell: Cell) -> None:
    check(cell.text, cell.present, cell.absent)


def test_cells_are_unique() -> None:
    ids = {cell_id(c) for c in CELLS}
    assert len(ids) == len(CELLS) and GAPS <= ids
