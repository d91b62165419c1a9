"""Genre bank for loans that reach their borrower past a short detour (round 31, second pass).

- A purchase paid "from cash reserves plus a loan from L" (the payer's own money opened by
  "from", not only by "with"): L funds the buyer; "from" before a seller's name stays a seller.
- "X said the deal would be paid for ..." names the deal's buyer like a deal noun opening the
  sentence; "its own cash", "the company's own funds" are the payer's money, not a name.
- "X took a $50m loan from L to fund Y": the lender funds X; the phrase "loan ... to" (a
  lender's verb) no longer reads the purpose's "to" as a recipient with L as its object.
- A credit line is a loan ("with a new credit line from L"); a bare "line" (a production line,
  a rail line) is not.
- "The debt, about $80m, will be lent to B by (a group of banks led by) L": an amount aside
  between the loan noun and its lending participle no longer hides the loan.

Each case is a short invented text, across textiles, hotels, shipping, mining, bottling,
software, dairies, ceramics and dental clinics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OWN_MONEY: list[Case] = [
    (  # textiles: "from cash reserves plus a term loan from L"
        "Corlan Weaving agreed to buy the dye house Inkwell Tints for $45 million. The "
        "takeover is being paid for from cash reserves plus a $30 million term loan from "
        "Saltire Bank.",
        [("saltire-bank", "FUNDS", "corlan-weaving")],
        [("saltire-bank", "FUNDS", "inkwell-tints")],
    ),
    (  # hotels: "from its own funds and a credit line from L"
        "Brisa Hotels agreed to acquire the resort group Palmera Stays. The deal will be "
        "financed from its own funds and a fresh credit line from Banco Litoral.",
        [("banco-litoral", "FUNDS", "brisa-hotels")],
        [("banco-litoral", "FUNDS", "palmera-stays")],
    ),
    (  # software: a credit line after "with"
        "Quillon Systems agreed to buy the billing start-up Tally Labs. The purchase is to be "
        "paid for with a revolving credit line from Merrow Bank.",
        [("merrow-bank", "FUNDS", "quillon-systems")],
        [("merrow-bank", "FUNDS", "tally-labs")],
    ),
    (  # hotels: a reported clause opened by the deal noun, the company's own money
        "Brisa Hotels agreed to acquire the spa chain Termas Norte. Its finance chief said "
        "the acquisition would be paid for from the group's own cash plus a revolving facility "
        "from Banco Litoral.",
        [("banco-litoral", "FUNDS", "brisa-hotels")],
        [("banco-litoral", "FUNDS", "termas-norte")],
    ),
    (  # guard (bottling): a production line is no loan
        "Dunholm Drinks agreed to buy the cider maker Orchard Vale. Dunholm will pay for the "
        "deal in cash and with a second bottling line from Kessler Machinery.",
        [("dunholm-drinks", "OWNS", "orchard-vale")],
        [("kessler-machinery", "FUNDS", "dunholm-drinks")],
    ),
    (  # guard (dental clinics): "from" before a seller names no lender
        "Brightsmile Dental bought four clinics from the Harrow family with a loan from "
        "Tenby Bank.",
        [("tenby-bank", "FUNDS", "brightsmile-dental")],
        [("tenby-bank", "FUNDS", "harrow")],
    ),
]

LENT_ASIDE: list[Case] = [
    (  # shipping: an amount aside, a bank group named by its leader
        "Kestrel Shipping agreed to buy six tankers. The debt, about 400 million euros, will "
        "be lent to Kestrel Shipping by a club of lenders led by Harlan Bank.",
        [("harlan-bank", "FUNDS", "kestrel-shipping")],
        [],
    ),
    (  # mining: an aside, two lenders coordinated
        "The facility, worth some $90 million, was provided to Dunmore Minerals by Pellow "
        "Bank and Varga Bank.",
        [("pellow-bank", "FUNDS", "dunmore-minerals"), ("varga-bank", "FUNDS", "dunmore-minerals")],
        [],
    ),
    (  # guard (mining): a name in the aside is another construction
        "The loan, which Corvin Bank had refused, was provided to Dunmore Minerals by Pellow Bank.",
        [],
        [("corvin-bank", "FUNDS", "dunmore-minerals")],
    ),
    (  # guard (shipping): a loan still sought funds nobody
        "Kestrel Shipping is seeking a loan of about 400 million euros from Harlan Bank.",
        [],
        [("harlan-bank", "FUNDS", "kestrel-shipping")],
    ),
]

PURPOSE: list[Case] = [
    (  # hotels: a purpose infinitive after "a loan from L" is no recipient after "loan ... to"
        "Brisa Hotels said it had arranged a $50 million loan from Banco Litoral to help pay "
        "for the resort deal.",
        [("banco-litoral", "FUNDS", "brisa-hotels")],
        [("brisa-hotels", "FUNDS", "banco-litoral")],
    ),
    (  # dairies: "took a loan from L to fund"
        "Vellmark Dairy has taken a 12 million euro loan from Almsted Bank to fund a new "
        "cheese plant.",
        [("almsted-bank", "FUNDS", "vellmark-dairy")],
        [("vellmark-dairy", "FUNDS", "almsted-bank")],
    ),
    (  # guard (dairies): a loan still sought funds nobody, either way
        "Vellmark Dairy is seeking a 12 million euro loan from Almsted Bank to fund a new "
        "cheese plant.",
        [],
        [("almsted-bank", "FUNDS", "vellmark-dairy"), ("vellmark-dairy", "FUNDS", "almsted-bank")],
    ),
    (  # guard (dairies): the verb "loan ... to" with its recipient stays
        "Almsted Bank agreed to loan 12 million euros to Vellmark Dairy.",
        [("almsted-bank", "FUNDS", "vellmark-dairy")],
        [],
    ),
]

GAP_CASES: list[Case] = [
    (  # ceramics: a grant in a pied-piped relative on a named project (left unread)
        "Project Ember, to which the Kelby Foundation contributed a one million pound grant, "
        "opened its glaze recycling line in May.",
        [("kelby-foundation", "FUNDS", "project-ember")],
        [],
    ),
    (  # ceramics: "awarded AMOUNT to X" (left unread: "award ... to" would need the prize
        # and contract nouns of `grant_guards` kept out of its gap)
        "The Kelby Foundation awarded two million pounds to Tollan Ceramics last year.",
        [("kelby-foundation", "FUNDS", "tollan-ceramics")],
        [],
    ),
    (  # shipping: an offer's cash part paid with a loan (an offer is no deal noun yet)
        "Kestrel Shipping made a hostile offer for Norrland Tankers. The cash part of the "
        "offer is financed by a bridge loan from Harlan Bank.",
        [("harlan-bank", "FUNDS", "kestrel-shipping")],
        [("harlan-bank", "FUNDS", "norrland-tankers")],
    ),
]

# review 31 (reviewer 4): the seller as a reported clause's speaker, another firm's money
# after "from", and a seller's relative clause with its own payer
REVIEW_CASES: list[Case] = [
    (  # paper (F1): the seller said the deal was funded: never the seller's loan
        "Alder Paper bought two mills from Sorrel Pulp. Sorrel said that the transaction was "
        "funded from cash in hand plus a loan from Tarn Bank.",
        [],
        [("tarn-bank", "FUNDS", "sorrel-pulp")],
    ),
    (  # shipping (F1): the seller speaks, the buyer named before borrows
        "Kestrel Shipping agreed to buy the ferry operator Gullwing Lines. Gullwing said the "
        "deal would be paid for from cash in hand plus a term loan from Harbour Bank.",
        [("harbour-bank", "FUNDS", "kestrel-shipping")],
        [("harbour-bank", "FUNDS", "gullwing-lines")],
    ),
    (  # paper (F2): another firm's reserves after "from", the loan still the payer's
        "Alder Paper paid for the mills from Sorrel Pulp's reserves and a loan from Tarn Bank.",
        [("tarn-bank", "FUNDS", "alder-paper")],
        [("tarn-bank", "FUNDS", "sorrel-pulp")],
    ),
    (  # dairies (F2): a possessive of another firm before the money noun
        "Brill Foods will finance the new dairy from Osgood Farms' cash reserves and a "
        "five-year term loan from Carrow Bank.",
        [("carrow-bank", "FUNDS", "brill-foods")],
        [("carrow-bank", "FUNDS", "osgood-farms")],
    ),
    (  # paper (F3): the seller's relative clause pays with its own loan
        "Alder Paper bought the mills from Sorrel Pulp, which paid from its own funds and a "
        "loan from Tarn Bank.",
        [("tarn-bank", "FUNDS", "sorrel-pulp")],
        [("tarn-bank", "FUNDS", "alder-paper")],
    ),
    (  # hotels (F3): the relative's antecedent is the payer, not the main subject
        "Fenwick Hotels sold the resort to Marlow Leisure, which paid from its own cash and a "
        "loan from Dunmore Bank.",
        [("dunmore-bank", "FUNDS", "marlow-leisure")],
        [("dunmore-bank", "FUNDS", "fenwick-hotels")],
    ),
]

BANK = OWN_MONEY + LENT_ASIDE + PURPOSE + GAP_CASES + REVIEW_CASES
GAPS: dict[str, str] = {
    "Project Ember, to which": "a grant in a 'to which' relative on its project is not read",
    "The Kelby Foundation awarded": "'awarded AMOUNT to X' has no funding reading",
    "Kestrel Shipping made": "an offer's cash part financed by a loan names no buyer",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_funds231(case: Case) -> None:
    check(*case)
