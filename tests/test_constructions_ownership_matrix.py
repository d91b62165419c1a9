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
        "Last year the Ministry of Energy awarded Corve Solar a £5 million grant.",
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


# Harder contexts of the same constructions: descriptions, datelines, asides, lists, pronouns.
CELLS += [
    Cell(
        "acquire",
        "said-it-had-agreed",
        "Harlow Foods, the Leeds-based baker, said on Tuesday it had agreed to buy Penrose "
        "Bakeries for £300 million.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "dateline",
        "LONDON, May 3 (Harbour Wire) - Harlow Foods agreed to buy Penrose Bakeries for £300 "
        "million on Monday.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "long-aside",
        "Harlow Foods, which makes biscuits in six countries and employs 9,000 people, agreed "
        "on Monday to buy Penrose Bakeries.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "deal-gives-ownership",
        "The deal gives Harlow Foods full ownership of Penrose Bakeries.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "descriptor-object",
        "Harlow Foods bought the Irish bakery chain Penrose Bakeries in 2019.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "hyphen-descriptor-object",
        "Harlow Foods bought the Cork-based bakery chain Penrose Bakeries in 2019.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "listed-descriptor-object",
        "Halden Steel agreed to acquire the Oslo-listed steelmaker Orvik Metals.",
        [owns("halden-steel", "orvik-metals")],
        [],
    ),
    Cell(
        "acquire",
        "object-appositive",
        "Halden Steel has acquired Orvik Metals, the Norwegian steelmaker, for $1 billion.",
        [owns("halden-steel", "orvik-metals")],
        [],
    ),
    Cell(
        "acquire",
        "three-objects",
        "Harlow Foods bought Penrose Bakeries, Tilly Dairies and Corra Snacks last year.",
        [
            owns("harlow-foods", "penrose-bakeries"),
            owns("harlow-foods", "tilly-dairies"),
            owns("harlow-foods", "corra-snacks"),
        ],
        [],
    ),
    Cell(
        "acquire",
        "colon-list",
        "Harlow Foods has bought three firms this year: Penrose Bakeries, Tilly Dairies and "
        "Corra Snacks.",
        [owns("harlow-foods", "penrose-bakeries"), owns("harlow-foods", "corra-snacks")],
        [],
    ),
    Cell(
        "acquire",
        "coordinated-participles",
        "Penrose Bakeries was founded in 1952 and bought by Harlow Foods in 2019.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "coordinated-participles-reduced",
        "Penrose Bakeries, founded in 1952 and bought by Harlow Foods in 2019, has 40 shops.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "coordinated-participles-place",
        "Penrose Bakeries was set up in Cork in 1952 and acquired by Harlow Foods in 2019.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "description-object-next-sentence",
        "Penrose Bakeries is a Cork bakery chain. Harlow Foods bought the chain in 2019.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "pronoun-object-next-sentence",
        "Penrose Bakeries is a Cork bakery chain. Harlow Foods bought it in 2019.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "description-subject-place",
        "Harlow Foods makes biscuits in Leeds. The Leeds baker bought Penrose Bakeries in 2019.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "consortium-led-by",
        "A consortium led by Harlow Foods bought Penrose Bakeries.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "consortium-of",
        "A consortium of Harlow Foods and Tilly Dairies bought Penrose Bakeries.",
        [owns("harlow-foods", "penrose-bakeries"), owns("tilly-dairies", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "sold-to-consortium",
        "Delmont Shipping was sold to a consortium led by Brixton Capital.",
        [owns("brixton-capital", "delmont-shipping")],
        [],
    ),
    Cell(
        "acquire",
        "quote-relative",
        '"We are delighted," said Tom Reyes, chief executive of Harlow Foods, which bought '
        "Penrose Bakeries in 2019.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "remaining-percent",
        "Harlow Foods agreed to buy the remaining 40% of Penrose Bakeries.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "acquire",
        "merged-into",
        "Orvik Metals was merged into Halden Steel in 2019.",
        [owns("halden-steel", "orvik-metals")],
        [],
    ),
    Cell(
        "owned-by",
        "pronoun-next-sentence",
        "Penrose Bakeries is a Cork bakery chain. It was bought by Harlow Foods in 2019.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "owned-by",
        "the-company-passive",
        "Penrose Bakeries is a Cork bakery chain. The company is owned by Harlow Foods.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "owned-by",
        "predicate-noun-owned-by",
        "Penrose Bakeries is a Cork bakery chain owned by Harlow Foods.",
        [owns("harlow-foods", "penrose-bakeries")],
        [owns("harlow-foods", "cork")],
    ),
    Cell(
        "owned-by",
        "since",
        "Delmont Shipping has been owned by Brixton Capital since 2018.",
        [owns("brixton-capital", "delmont-shipping")],
        [],
    ),
    Cell(
        "owned-by",
        "coordinated-owned",
        "Delmont Shipping and Harlan Media are both owned by Brixton Capital.",
        [owns("brixton-capital", "delmont-shipping"), owns("brixton-capital", "harlan-media")],
        [],
    ),
    Cell(
        "owned-by",
        "in-which-holds",
        "Delmont Shipping, in which Brixton Capital holds a 30% stake, ordered six ships.",
        [owns("brixton-capital", "delmont-shipping")],
        [],
    ),
    Cell(
        "owned-by",
        "which-owns-two",
        "Brixton Capital, which owns Delmont Shipping and Harlan Media, is selling.",
        [owns("brixton-capital", "delmont-shipping"), owns("brixton-capital", "harlan-media")],
        [],
    ),
    Cell(
        "owned-by",
        "since-when-it-paid",
        "Harlow Foods has owned Penrose Bakeries since 2019, when it paid £300 million for the "
        "chain.",
        [owns("harlow-foods", "penrose-bakeries")],
        [owns("penrose-bakeries", "harlow-foods")],
    ),
    Cell(
        "parent",
        "owners-coordinated-appositive",
        "Harlow Foods and Tilly Dairies, the owners of Penrose Bakeries, want to sell.",
        [owns("harlow-foods", "penrose-bakeries"), owns("tilly-dairies", "penrose-bakeries")],
        [],
    ),
    Cell(
        "parent",
        "a-group-company",
        "Keller Maritime is a Tolan Group company.",
        [owns("tolan-group", "keller-maritime")],
        [],
    ),
    Cell(
        "parent",
        "its-owner-next-sentence",
        "Penrose Bakeries is a Cork bakery chain. Its owner, Harlow Foods, is based in Leeds.",
        [owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "stake",
        "built-up",
        "Helm Capital has built up a 9% stake in Corvell Brewing.",
        [funds("helm-capital", "corvell-brewing")],
        [owns("helm-capital", "corvell-brewing")],
    ),
    Cell(
        "stake",
        "built-up-majority",
        "Helm Capital has built up a 60% stake in Corvell Brewing.",
        [owns("helm-capital", "corvell-brewing")],
        [],
    ),
    Cell(
        "guard",
        "granted-permission",
        "The council granted planning permission to Corve Solar.",
        [],
        [funds("council", "corve-solar")],
    ),
    Cell(
        "stake",
        "raised-stake",
        "Helm Capital raised its stake in Corvell Brewing to 18%.",
        [owns("helm-capital", "corvell-brewing")],
        [],
    ),
    Cell(
        "stake",
        "gapping-rest",
        "Harlow Foods holds 70% of Penrose Bakeries and Tilly Dairies the remaining 30%.",
        [owns("harlow-foods", "penrose-bakeries"), owns("tilly-dairies", "penrose-bakeries")],
        [],
    ),
    Cell(
        "stake",
        "shareholders-include",
        "Penrose Bakeries' shareholders include Harlow Foods and Tilly Dairies.",
        [owns("harlow-foods", "penrose-bakeries"), owns("tilly-dairies", "penrose-bakeries")],
        [],
    ),
    Cell(
        "invest",
        "hyphen-descriptor-object",
        "Ridley Ventures invested in the London-based fintech start-up Calloway Pay.",
        [funds("ridley-ventures", "calloway-pay")],
        [],
    ),
    Cell(
        "invest",
        "early-investor",
        "Ridley Ventures, an early investor in Quarry Labs, backed the plan.",
        [funds("ridley-ventures", "quarry-labs")],
        [],
    ),
    Cell(
        "invest",
        "counts-among-investors",
        "Quarry Labs counts Ridley Ventures among its investors.",
        [funds("ridley-ventures", "quarry-labs")],
        [],
    ),
    Cell(
        "invest",
        "funded-by-two",
        "Quarry Labs is funded by Ridley Ventures and Ember Peak.",
        [funds("ridley-ventures", "quarry-labs"), funds("ember-peak", "quarry-labs")],
        [],
    ),
    Cell(
        "round",
        "led-next-sentence",
        "Quarry Labs raised $30 million. The round was led by Ridley Ventures.",
        [funds("ridley-ventures", "quarry-labs")],
        [],
    ),
    Cell(
        "round",
        "existing-backers",
        "Quarry Labs raised $30 million this week. Existing backers Ridley Ventures and Ember "
        "Peak also took part.",
        [funds("ridley-ventures", "quarry-labs"), funds("ember-peak", "quarry-labs")],
        [],
    ),
    Cell(
        "loan",
        "arranged-for",
        "Hexa Bank and Corran Credit arranged a $500 million loan for Keller Maritime.",
        [funds("hexa-bank", "keller-maritime"), funds("corran-credit", "keller-maritime")],
        [],
    ),
    Cell(
        "loan",
        "borrowed-from",
        "Keller Maritime borrowed $200 million from Hexa Bank.",
        [funds("hexa-bank", "keller-maritime")],
        [],
    ),
    Cell(
        "loan",
        "facility-with",
        "Keller Maritime has a $200 million credit facility with Hexa Bank.",
        [funds("hexa-bank", "keller-maritime")],
        [],
    ),
    Cell(
        "loan",
        "extended-to",
        "Hexa Bank extended a $200 million loan to Keller Maritime.",
        [funds("hexa-bank", "keller-maritime")],
        [],
    ),
    Cell(
        "loan",
        "deal-paid-with-loan",
        "Harlow Foods will fund the purchase of Penrose Bakeries with a loan from Hexa Bank.",
        [funds("hexa-bank", "harlow-foods"), owns("harlow-foods", "penrose-bakeries")],
        [],
    ),
    Cell(
        "grant",
        "granted-to-project",
        "The European Commission granted €10 million to the Tarn Bridge project.",
        [funds("european-commission", "tarn-bridge")],
        [],
    ),
]

# Products and units named by their maker or parent.
CELLS += [
    Cell(
        "product",
        "its-app-appositive",
        "Cobalt Savings is a digital bank. Its tax app, Ledgerly, has 3 million users.",
        [owns("cobalt-savings", "ledgerly")],
        [],
    ),
    Cell(
        "product",
        "its-named-app",
        "Cobalt Savings launched its Ledgerly app in 2021.",
        [owns("cobalt-savings", "ledgerly")],
        [],
    ),
    Cell(
        "product",
        "offering-from",
        "The closest rival is Washwise, an offering from the appliance group Kemmel Home.",
        [owns("kemmel-home", "washwise")],
        [],
    ),
    Cell(
        "product",
        "possessive-appositive-before",
        "Kessel Audio's best-selling speaker, the Boomer, costs $99.",
        [owns("kessel-audio", "boomer")],
        [],
    ),
    Cell(
        "product",
        "possessive-appositive-after",
        "The Boomer, Kessel Audio's best-selling speaker, costs $99.",
        [owns("kessel-audio", "boomer")],
        [],
    ),
    Cell(
        "product",
        "maker-of",
        "Kessel Audio, maker of the Boomer speaker, was sold in May.",
        [owns("kessel-audio", "boomer")],
        [],
    ),
    Cell(
        "product",
        "which-makes",
        "Kessel Audio, which makes the Boomer speaker, was sold in May.",
        [owns("kessel-audio", "boomer")],
        [],
    ),
    Cell(
        "product",
        "made-by-passive",
        "The Boomer speaker is made by Kessel Audio.",
        [owns("kessel-audio", "boomer")],
        [],
    ),
    Cell(
        "product",
        "described-made-by",
        "Celovir, a drug developed by Ardent Pharma, won approval in March.",
        [owns("ardent-pharma", "celovir")],
        [],
    ),
    Cell(
        "product",
        "described-made-by-mods",
        "The Boomer, a wireless speaker made by Kessel Audio, costs $99.",
        [owns("kessel-audio", "boomer")],
        [],
    ),
    Cell(
        "product",
        "makes-called",
        "Kessel Audio makes a speaker called the Boomer.",
        [owns("kessel-audio", "boomer")],
        [],
    ),
    Cell(
        "product",
        "its-drug-appositive",
        "Ardent Pharma won approval for Celovir, its diabetes drug.",
        [owns("ardent-pharma", "celovir")],
        [],
    ),
    Cell(
        "product",
        "possessive-noun-name",
        "Ardent Pharma's drug Celovir won approval in March.",
        [owns("ardent-pharma", "celovir")],
        [],
    ),
    Cell(
        "product",
        "possessive-called",
        "Kessel Audio's new speaker, called the Boomer, costs $99.",
        [owns("kessel-audio", "boomer")],
        [],
    ),
    Cell(
        "product",
        "plural-possessive-engine",
        "Built on Lumen Tools' Kiln engine, the game sold a million copies.",
        [owns("lumen-tools", "kiln")],
        [],
    ),
    Cell(
        "subsidiary",
        "division-of-descriptor",
        "Larkfield Ports, a division of the conglomerate Vesta Group, runs three terminals.",
        [owns("vesta-group", "larkfield-ports")],
        [],
    ),
    Cell(
        "subsidiary",
        "copula-possessive",
        "Larkfield Ports is Vesta Group's subsidiary.",
        [owns("vesta-group", "larkfield-ports")],
        [],
    ),
    Cell(
        "subsidiary",
        "via-subsidiary",
        "Copperline runs its smelter via its subsidiary Copperline Smelting Ltd.",
        [owns("copperline", "copperline-smelting")],
        [],
    ),
    Cell(
        "subsidiary",
        "sold-its-arm",
        "Vesta Group sold its ports arm, Larkfield Ports, in May.",
        [owns("vesta-group", "larkfield-ports")],
        [],
    ),
    Cell(
        "subsidiary",
        "possessive-company",
        "Tolan Group's Keller Maritime ordered ships.",
        [owns("tolan-group", "keller-maritime")],
        [],
    ),
    Cell(
        "subsidiary",
        "possessive-company-unit",
        "Varro Group's Ostlake Foods unit lost money.",
        [owns("varro-group", "ostlake-foods")],
        [],
    ),
    Cell(
        "stake",
        "has-majority-stake",
        "Vesta Group has a majority stake in Larkfield Ports.",
        [owns("vesta-group", "larkfield-ports")],
        [],
    ),
    Cell(
        "stake",
        "in-which-majority",
        "Larkfield Ports, in which Vesta Group has a majority stake, reported a loss.",
        [owns("vesta-group", "larkfield-ports")],
        [],
    ),
    Cell(
        "stake",
        "majority-owner-possessive",
        "Vesta Group is Larkfield Ports' majority owner.",
        [owns("vesta-group", "larkfield-ports")],
        [],
    ),
    Cell(
        "stake",
        "take-as-much-as",
        "Brava Foods will take as much as 20% of Kelpie Foods.",
        [funds("brava-foods", "kelpie-foods")],
        [owns("brava-foods", "kelpie-foods")],
    ),
    Cell(
        "round",
        "also-taking-part",
        "Seedwell raised $55m in a round led by Pendle Growth, with Moraine Capital and Quist "
        "Partners also taking part.",
        [
            funds("pendle-growth", "seedwell"),
            funds("moraine-capital", "seedwell"),
            funds("quist-partners", "seedwell"),
        ],
        [],
    ),
    Cell(
        "invest",
        "among-investors",
        "Pendle Growth and Moraine Capital are among Seedwell's investors.",
        [funds("pendle-growth", "seedwell"), funds("moraine-capital", "seedwell")],
        [],
    ),
    Cell(
        "invest",
        "put-into",
        "Pendle Growth put $20 million into Seedwell last year.",
        [funds("pendle-growth", "seedwell")],
        [],
    ),
    Cell(
        "joint-venture",
        "split-venture",
        "Salar Uno is a 50-50 joint venture of Corrib Metals and Tanlo Power.",
        [funds("corrib-metals", "salar-uno"), funds("tanlo-power", "salar-uno")],
        [],
    ),
    Cell(
        "guard",
        "manager-hired-by",
        "Tom Reyes, a manager hired by Ardent Pharma, quit.",
        [],
        [owns("ardent-pharma", "tom-reyes")],
    ),
    Cell(
        "guard",
        "seller-no-product",
        "Ardent Pharma sells a drug named Celovir.",
        [],
        [owns("celovir", "ardent-pharma")],
    ),
]

# A second verb after the first verb's object and an adjunct, and holders named with a
# descriptor (articles in several sentences).
CELLS += [
    Cell(
        "acquire",
        "second-verb-after-adjunct",
        "Kessler Foods bought Vellmo Dairy in 2022 and acquired Kaura Labs last year.",
        [owns("kessler-foods", "vellmo-dairy"), owns("kessler-foods", "kaura-labs")],
        [owns("vellmo-dairy", "kaura-labs")],
    ),
    Cell(
        "stake",
        "second-verb-stake",
        "Kessler Foods makes cheese. The group bought Dutch yoghurt brand Vellmo in 2022 and "
        "took a 25% stake in Finnish start-up Kaura Labs last year.",
        [owns("kessler-foods", "vellmo"), funds("kessler-foods", "kaura-labs")],
        [funds("vellmo", "kaura-labs")],
    ),
    Cell(
        "acquire",
        "second-verb-after-person",
        "Kessler Foods hired Anna Berg in 2022 and bought Kaura Labs last year.",
        [owns("kessler-foods", "kaura-labs")],
        [owns("anna-berg", "kaura-labs")],
    ),
    Cell(
        "stake",
        "second-verb-held",
        "Kessler Foods owns Vellmo Dairy and has a 25% stake in Kaura Labs.",
        [owns("kessler-foods", "kaura-labs")],
        [owns("vellmo-dairy", "kaura-labs")],
    ),
    Cell(
        "guard",
        "relative-second-verb",
        "Kessler Foods bought Vellmo Dairy, which in 2022 acquired Kaura Labs.",
        [owns("vellmo-dairy", "kaura-labs")],
        [owns("kessler-foods", "kaura-labs")],
    ),
    Cell(
        "stake",
        "rest-held-by-descriptor",
        "Kessler Foods makes cheese. The remaining 30% is held by Swedish pension fund AP Nord.",
        [owns("ap-nord", "kessler-foods")],
        [],
    ),
    Cell(
        "stake",
        "shareholder-place-descriptor",
        "Kessler Foods makes cheese. Its largest shareholder, the Bremen investment firm "
        "Hollweg Capital, backed the deal.",
        [owns("hollweg-capital", "kessler-foods")],
        [],
    ),
    Cell(
        "parent",
        "parent-place-descriptor",
        "Kessler Foods makes cheese. Kessler's parent company, the Bremen conglomerate Hollweg "
        "Group, backed the deal.",
        [owns("hollweg-group", "kessler-foods")],
        [],
    ),
    Cell(
        "loan",
        "purchase-financed-by-loan",
        "Marlow Air said on Monday it would buy Skye Express for £85 million. Skye Express is "
        "owned by Dunmore Holdings, which acquired it in 2016. The purchase will be financed "
        "by a loan from Clydesdale Bank.",
        [funds("clydesdale-bank", "marlow-air")],
        [funds("clydesdale-bank", "dunmore-holdings")],
    ),
    Cell(
        "sale",
        "sold-the-first",
        "Solvik Energy has built three wind farms. It sold the first, Hammer Bank, to the pension "
        "fund PKA Invest in 2021.",
        [owns("pka-invest", "hammer-bank")],
        [],
    ),
]

# Families of brands, holding companies, coordinated deal nouns.
CELLS += [
    Cell(
        "brand",
        "brands-which-include",
        "Lumen Luxe Group's brands, which include Mirelle Paris and Castor, reported sales.",
        [owns("lumen-luxe-group", "mirelle-paris"), owns("lumen-luxe-group", "castor")],
        [],
    ),
    Cell(
        "brand",
        "a-group-label",
        "Mirelle Paris, a Lumen Luxe label, opened a shop.",
        [owns("lumen-luxe", "mirelle-paris")],
        [],
    ),
    Cell(
        "brand",
        "whose-labels-include",
        "Lumen Luxe Group, whose labels include Mirelle Paris and Castor, reported sales.",
        [owns("lumen-luxe-group", "mirelle-paris"), owns("lumen-luxe-group", "castor")],
        [],
    ),
    Cell(
        "brand",
        "label-of",
        "Mirelle Paris, a label of Lumen Luxe Group, opened a shop.",
        [owns("lumen-luxe-group", "mirelle-paris")],
        [],
    ),
    Cell(
        "owned-by",
        "controlled-through-holding",
        "Castell, which is controlled by the Duret family through the holding company Duret "
        "Participations, also owns the perfume house Maison Vey.",
        [owns("castell", "maison-vey"), owns("duret-participations", "castell")],
        [owns("duret-participations", "maison-vey")],
    ),
    Cell(
        "guard",
        "coordinated-deal-nouns",
        "It is Castell's third deal this year, after the purchase of the Swiss watchmaker "
        "Oberlin in March and a minority investment in the British tailoring start-up Savile "
        "Works.",
        [owns("castell", "oberlin")],
        [funds("oberlin", "savile-works")],
    ),
    Cell(
        "owned-by",
        "person-owner-descriptor",
        "Harwick Albion is a football club. The club's owner, the American investor Dan "
        "Kessel, wants to sell.",
        [owns("dan-kessel", "harwick-albion")],
        [],
    ),
    Cell(
        "owned-by",
        "family-and-member",
        "Dunmere Rovers is a football club. The Maddox family bought the club in 1984. Its "
        "chairman, Gerald Maddox, will stay.",
        [],
        [owns("gerald-maddox", "dunmere-rovers")],
    ),
]

# Disposals of described units, relative clauses on an agent's description.
CELLS += [
    Cell(
        "sale",
        "disposal-of-described-unit",
        "The sale follows Vantor's disposal of its Polish unit, Vantor Polska, to the local "
        "rival Plusnet last year.",
        [owns("plusnet", "vantor-polska"), owns("vantor", "vantor-polska")],
        [],
    ),
    Cell(
        "sale",
        "sale-of-described-business",
        "Vantor completed the sale of its tower business, Vantor Towers, to Brookhall Partners.",
        [owns("brookhall-partners", "vantor-towers")],
        [],
    ),
    Cell(
        "guard",
        "opposed-sale-of-described",
        "Vantor opposed the sale of its tower business, Vantor Towers, to Brookhall Partners.",
        [],
        [owns("brookhall-partners", "vantor-towers")],
    ),
    Cell(
        "owned-by",
        "agent-description-relative",
        "Halden Press has been bought by Ravn Media, the Oslo-based group that owns the Nordlys "
        "newspapers.",
        [owns("ravn-media", "halden-press"), owns("ravn-media", "nordlys")],
        [owns("halden-press", "nordlys")],
    ),
    Cell(
        "invest",
        "source-description-relative",
        "Quarry Labs raised money from Ridley Ventures, a venture firm that also backs Ember Peak.",
        [funds("ridley-ventures", "quarry-labs"), funds("ridley-ventures", "ember-peak")],
        [funds("quarry-labs", "ember-peak")],
    ),
    Cell(
        "sale",
        "sell-its-business-keeps-stake",
        "Vantor Telecom has agreed to sell its mast business, Vantor Towers, to Brookhall "
        "Partners.",
        [owns("brookhall-partners", "vantor-towers"), owns("vantor-telecom", "vantor-towers")],
        [],
    ),
]

# Parts and securities of a company are not the company.
CELLS += [
    Cell(
        "guard",
        "bought-a-site-of",
        "Helm Capital acquired Corvell Brewing's Dublin brewery.",
        [],
        [owns("helm-capital", "corvell-brewing")],
    ),
    Cell(
        "guard",
        "bought-a-placed-unit",
        "Helm Capital bought Corvell Brewing's Dublin unit, Corvell Ireland.",
        [],
        [owns("helm-capital", "corvell-brewing")],
    ),
    Cell(
        "stake",
        "bought-shares-amount",
        "Helm Capital bought $50 million of Corvell Brewing shares.",
        [funds("helm-capital", "corvell-brewing")],
        [owns("helm-capital", "corvell-brewing")],
    ),
    Cell(
        "stake",
        "bought-shares",
        "Helm Capital bought Corvell Brewing shares.",
        [funds("helm-capital", "corvell-brewing")],
        [owns("helm-capital", "corvell-brewing")],
    ),
    Cell(
        "stake",
        "bought-into",
        "Helm Capital bought into Corvell Brewing in 2019.",
        [funds("helm-capital", "corvell-brewing")],
        [owns("helm-capital", "corvell-brewing")],
    ),
    Cell(
        "guard",
        "bought-from",
        "Helm Capital bought the Dublin brewery from Corvell Brewing.",
        [],
        [owns("helm-capital", "corvell-brewing")],
    ),
]

# Products linked to their maker by a copula, "whose", "include" or "behind".
CELLS += [
    Cell(
        "product",
        "whose-model-is",
        "Brenner Watches, whose best-known model is the Cassio 9, opened a shop.",
        [owns("brenner-watches", "cassio-9")],
        [],
    ),
    Cell(
        "product",
        "studio-behind",
        "Pixel Forge, the studio behind the hit game Starfall, was sold in May.",
        [owns("pixel-forge", "starfall")],
        [],
    ),
    Cell(
        "product",
        "possessive-products-include",
        "Pixel Forge's games include Starfall and Moonrise.",
        [owns("pixel-forge", "starfall"), owns("pixel-forge", "moonrise")],
        [],
    ),
    Cell(
        "product",
        "copula-possessive-product",
        "Celovir is Ardent Pharma's top-selling drug.",
        [owns("ardent-pharma", "celovir")],
        [],
    ),
    Cell(
        "product",
        "appositive-possessive-model",
        "The Cassio 9, Brenner Watches' best-selling model, costs $4,000.",
        [owns("brenner-watches", "cassio-9")],
        [],
    ),
    Cell(
        "product",
        "developed-by-reduced",
        "Starfall, developed by Pixel Forge, sold well.",
        [owns("pixel-forge", "starfall")],
        [],
    ),
    Cell(
        "product",
        "developer-of",
        "Pixel Forge, the developer of Starfall, was sold in May.",
        [owns("pixel-forge", "starfall")],
        [],
    ),
    Cell(
        "product",
        "unveiled-its-first",
        "Kestrel Motors unveiled the Ridgeline EV, its first electric pickup.",
        [owns("kestrel-motors", "ridgeline-ev")],
        [],
    ),
    Cell(
        "guard",
        "copula-possessive-person",
        "Anna Berg is Kessel Audio's chief executive.",
        [],
        [owns("kessel-audio", "anna-berg")],
    ),
    Cell(
        "guard",
        "copula-possessive-rival",
        "Tarn Labs is Ardent Pharma's biggest rival.",
        [],
        [owns("ardent-pharma", "tarn-labs")],
    ),
    Cell(
        "product",
        "makes-two",
        "Pixel Forge makes Starfall and Moonrise.",
        [owns("pixel-forge", "starfall"), owns("pixel-forge", "moonrise")],
        [],
    ),
    Cell(
        "product",
        "service-appositive",
        "Analysts praised Streamly, Vantor Telecom's streaming service.",
        [owns("vantor-telecom", "streamly")],
        [],
    ),
]

CELLS += [
    Cell(
        "product",
        "imprint-appositive",
        "Halden Press, Ravn Media's literary imprint, won a prize.",
        [owns("ravn-media", "halden-press")],
        [],
    ),
]

CELLS += [
    Cell(
        "stake",
        "paid-in-shares",
        "Vesk Partners will be paid in Korrin Foods shares.",
        [owns("vesk-partners", "korrin-foods")],
        [],
    ),
    Cell(
        "guard",
        "holders-of-paid-in-shares",
        "Shareholders of Norrland Dairy will be paid in Kessler Foods shares.",
        [],
        [owns("norrland-dairy", "kessler-foods")],
    ),
    Cell(
        "guard",
        "name-investors-paid-in-shares",
        "Norrland Dairy investors will get Kessler Foods shares.",
        [],
        [owns("norrland-dairy", "kessler-foods")],
    ),
]

CELLS += [
    Cell(
        "guard",
        "name-shareholders-own",
        "Norrland Dairy shareholders will own 30% of Kessler Foods after the deal.",
        [],
        [owns("norrland-dairy", "kessler-foods")],
    ),
    Cell(
        "guard",
        "shareholders-of-own",
        "Shareholders of Norrland Dairy will own 30% of Kessler Foods after the deal.",
        [],
        [owns("norrland-dairy", "kessler-foods")],
    ),
    Cell(
        "guard",
        "employees-of-own",
        "Employees of Norrland Dairy own 5% of Kessler Foods.",
        [],
        [owns("norrland-dairy", "kessler-foods")],
    ),
    Cell(
        "stake",
        "company-owns-percent",
        "Norrland Dairy owns 30% of Kessler Foods.",
        [owns("norrland-dairy", "kessler-foods")],
        [],
    ),
]

CELLS += [
    Cell(
        "stake",
        "gapping-other",
        "Harlow Foods holds 70% of Penrose Bakeries and Tilly Dairies the other 30%.",
        [owns("harlow-foods", "penrose-bakeries"), owns("tilly-dairies", "penrose-bakeries")],
        [],
    ),
]

# Cells that fail today: the gaps left, kept visible (a fix turns its cell green and must
# take it off this list: the marks are strict).
GAPS = {
    "product/makes-two",
    "bond/subscribed",
    "sale/sell-its-business-keeps-stake",
    "sale/sold-the-first",
    "product/possessive-called",
    "acquire/colon-list",
    "acquire/consortium-led-by",
    "acquire/sold-to-consortium",
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


def test_cells_are_unique_and_can_fail() -> None:
    ids = {cell_id(c) for c in CELLS}
    assert len(ids) == len(CELLS) and GAPS <= ids
    assert all(c.present or c.absent for c in CELLS)


# An analyst's lexicon file extends the deal guards' phrases (`deals` in loaders/data/deals.yaml):
# an intent and a failure the defaults do not know. (sentence, OWNS the default lexicon finds,
# whether the extended lexicon drops it); the guards keep their OWNS with the added phrase in
# the sentence but not before the act, or a deal that went through.
EXTENDED_DEALS: list[tuple[str, Triple, bool]] = [
    (
        "Brenna Mining is poised to acquire Kolt Metals.",
        ("brenna-mining", "OWNS", "kolt-metals"),
        True,
    ),
    (
        "Orla Textiles, which is poised to acquire Vance Mills, opened a plant.",
        ("orla-textiles", "OWNS", "vance-mills"),
        True,
    ),
    (
        "Harlow Bank is angling to buy Dunmore Insurance, people familiar said.",
        ("harlow-bank", "OWNS", "dunmore-insurance"),
        True,
    ),
    (
        "Brenna Mining's takeover of Kolt Metals unravelled in May.",
        ("brenna-mining", "OWNS", "kolt-metals"),
        True,
    ),
    (
        "Harlow Bank's purchase of Dunmore Insurance was torpedoed by regulators.",
        ("harlow-bank", "OWNS", "dunmore-insurance"),
        True,
    ),
    (
        "Corvo Dairy is poised to open a plant, having acquired Pell Farms.",
        ("corvo-dairy", "OWNS", "pell-farms"),
        False,
    ),
    (
        "Harlow Bank's purchase of Dunmore Insurance closed in May.",
        ("harlow-bank", "OWNS", "dunmore-insurance"),
        False,
    ),
]


@pytest.fixture(scope="module")
def deals_lexicon(tmp_path_factory):
    from loaders.config import ExtractionConfig
    from loaders.lexicon import Lexicon

    extra = tmp_path_factory.mktemp("lexicon") / "extra.yaml"
    extra.write_text(
        'deals:\n  intent: ["poised to", "angling to"]\n  failed: [unravelled, "was torpedoed"]\n',
        "utf-8",
    )
    return ExtractionConfig(lexicon=Lexicon.load(extra))


@pytest.mark.parametrize(("text", "owns", "dropped"), EXTENDED_DEALS, ids=lambda x: str(x)[:50])
def test_a_lexicon_file_extends_the_deal_guards(
    text: str, owns: Triple, dropped: bool, deals_lexicon
) -> None:
    from loaders.article import extract

    assert owns in extract(text).relations
    assert (owns in extract(text, deals_lexicon).relations) is not dropped


def test_the_deal_guards_are_extended_not_replaced() -> None:
    from loaders.lexicon import Lexicon
    from loaders.relations.deal_guards import deal_words

    lex = Lexicon.load({"deals": {"intent": ["poised to"]}})
    assert {("plans", "to"), ("poised", "to")} <= set(deal_words(lex).intent.phrases())
    assert ("poised", "to") not in deal_words(Lexicon.load()).intent.phrases()
