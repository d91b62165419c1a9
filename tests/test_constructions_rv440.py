"""Review of round 40's claim-venue reading (dispb40), on invented sentences.

The reading reads a claim whose venue stands between the verb and "against" ("filed suit in
the Commercial Court in Antwerp against Y", "filed a copyright claim at the High Court in
London against Y", "filed a petition against Y") and a party taken to a tribunal or, past its
appositive, to arbitration or court ("took Y, the supplier that built its seats, to
arbitration"). Two mends:

- a phrase taking a party "to" a legal venue takes no party that follows a preposition in its
  gap ("took the dispute with X to a tribunal", "took its complaint about X to the tribunal"):
  the noun's own phrase ("dispute with", "complaint about") reads X, as before the reading;
- the appositive the phrase steps over stays open to the verb triggers inside it ("took Y,
  the developer it had financed, to arbitration": "financed" is still read).

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

FOUND: list[Case] = [
    (  # shipping: a court and its town
        "Korrin Shipping filed suit in the Commercial Court in Antwerp against Delmar Tankers.",
        [("korrin-shipping", "DISPUTES", "delmar-tankers")],
        [],
    ),
    (  # steel: a claim, a non-restrictive relative clause on the subject
        "Sarnia Telecom, which lost the tender, filed suit in the Supreme Court in Delhi "
        "against Tellus Networks.",
        [("sarnia-telecom", "DISPUTES", "tellus-networks")],
        [],
    ),
    (  # banking: reported with a pronoun subject
        "Marlow Bank said it had filed suit in the High Court in Lagos against Omari Holdings.",
        [("marlow-bank", "DISPUTES", "omari-holdings")],
        [],
    ),
    (  # media: a venue after "at"
        "Quarto Media filed a copyright claim at the High Court in London against "
        "Bellweather Films.",
        [("quarto-media", "DISPUTES", "bellweather-films")],
        [],
    ),
    (  # mining: a petition at a court
        "Pellor Mining has filed a petition at the Supreme Court in Accra against Gold Ridge "
        "Resources.",
        [("pellor-mining", "DISPUTES", "gold-ridge-resources")],
        [],
    ),
    (  # insurance: a creditor's winding-up petition
        "Ravel Insurance filed a winding-up petition against Stroud Builders.",
        [("ravel-insurance", "DISPUTES", "stroud-builders")],
        [],
    ),
    (  # health: a tribunal
        "Medrin Health took Casca Labs to the competition tribunal over its pricing.",
        [("medrin-health", "DISPUTES", "casca-labs")],
        [],
    ),
    (  # aviation: the party's relative-clause appositive before arbitration
        "Kestrel Airways took Aeroline Parts, the supplier that built its seats, to "
        "arbitration in Geneva.",
        [("kestrel-airways", "DISPUTES", "aeroline-parts")],
        [],
    ),
    (  # retail: an appositive before "to court"
        "Lumen Retail has taken Faro Logistics, its former warehouse operator, to court in Madrid.",
        [("lumen-retail", "DISPUTES", "faro-logistics")],
        [],
    ),
    (  # telecoms: a progressive
        "Orvo Telecom is taking Brightwave, the tower company that leases its masts, to "
        "arbitration in Paris.",
        [("orvo-telecom", "DISPUTES", "brightwave")],
        [],
    ),
    (  # energy: a headline
        "Sola Energy takes Vireo Turbines to tribunal",
        [("sola-energy", "DISPUTES", "vireo-turbines")],
        [],
    ),
    (  # cocoa: a coordinated verb
        "Nuvo Foods dropped its supplier and filed suit in the High Court in Accra against "
        "Ranta Cocoa.",
        [("nuvo-foods", "DISPUTES", "ranta-cocoa")],
        [],
    ),
    (  # telecoms: two defendants; the office's town locates no one
        "Sarnia Telecom filed a complaint in the regulator's office in Delhi against Tellus "
        "Networks and Sky Ridge.",
        [
            ("sarnia-telecom", "DISPUTES", "tellus-networks"),
            ("sarnia-telecom", "DISPUTES", "sky-ridge"),
        ],
        [("sarnia-telecom", "LOCATED_IN", "delhi")],
    ),
    (  # music: a person as the defendant
        "Drum Records filed suit in the High Court in London against singer Ana Cole.",
        [("drum-records", "DISPUTES", "ana-cole")],
        [],
    ),
    (  # mend: a relative clause of funding inside the stepped-over appositive
        "Merrow Bank lost money on the loan. The bank has taken Calder Homes, the developer it "
        "had financed, to arbitration.",
        [("merrow-bank", "DISPUTES", "calder-homes"), ("merrow-bank", "FUNDS", "calder-homes")],
        [],
    ),
    (  # mend: the dispute's own noun names the other side, no party taken
        "The CEO of Bexley Foods took the dispute with Murren Farms to a tribunal.",
        [("bexley-foods", "DISPUTES", "murren-farms")],
        [],
    ),
    (  # mend: a complaint about a party taken to a tribunal
        "Bexley Foods took its complaint about Murren Farms to the competition tribunal.",
        [("bexley-foods", "DISPUTES", "murren-farms")],
        [],
    ),
]

TRAPS: list[Case] = [
    (  # a filing in a town "against" a deadline: no claim
        "Pasco Motors filed its accounts in the registry in Lagos against a deadline set by "
        "Kiran Bank.",
        [],
        [("pasco-motors", "DISPUTES", "kiran-bank")],
    ),
    (  # a hedge
        "Orla Bank said it might file suit in the High Court in Lagos against Tanda Homes.",
        [],
        [("orla-bank", "DISPUTES", "tanda-homes")],
    ),
    (  # a denial
        "Orla Bank denied that it had filed suit in the High Court in Lagos against Tanda Homes.",
        [],
        [("orla-bank", "DISPUTES", "tanda-homes")],
    ),
    (  # a plan
        "Orla Bank plans to file suit in the High Court in Lagos against Tanda Homes.",
        [],
        [("orla-bank", "DISPUTES", "tanda-homes")],
    ),
    (  # a negation
        "Orla Bank did not file suit in the High Court in Lagos against Tanda Homes.",
        [],
        [("orla-bank", "DISPUTES", "tanda-homes")],
    ),
    (  # a party taken to a listing, not a venue
        "Onyx Capital took Merit Foods to the stock exchange in 2019.",
        [],
        [("onyx-capital", "DISPUTES", "merit-foods")],
    ),
    (  # a partner taken to a fair
        "Haldor Air took Seren Travel, its booking partner, to the trade fair in Berlin.",
        [],
        [("haldor-air", "DISPUTES", "seren-travel")],
    ),
    (  # a client taken to a court's open day
        "Palo Consulting took Drax Foods, a new client, to the court of appeal's open day.",
        [],
        [("palo-consulting", "DISPUTES", "drax-foods")],
    ),
    (  # "Tribunal" in a place's name
        "Halden Bank took Reyes Group, which it had advised, to the Tribunal Hotel for dinner.",
        [],
        [("halden-bank", "DISPUTES", "reyes-group")],
    ),
    (  # a hedge with an appositive
        "Tevin Solar has no plans to take Maris Panels, its main supplier, to arbitration.",
        [],
        [("tevin-solar", "DISPUTES", "maris-panels")],
    ),
]

GAPS = {
    "Varn Textiles": "rv440: 'against the advice of X' read as a claim's target (also for "
    "'sued against the advice of X' before the reading)",
    "Tevin Solar took": "rv440: 'to court hearings' read as 'to court' (the family's "
    "'take ... to court', here past the appositive)",
    "Ferro Glass": "rv440: the defendant's name is cut to 'Tessel' (an entity cut, not the "
    "reading)",
}

LEFT: list[Case] = [
    (
        "Varn Textiles filed a bankruptcy petition in the court in Wilmington against the "
        "advice of Gable Partners.",
        [],
        [("varn-textiles", "DISPUTES", "gable-partners")],
    ),
    (
        "Tevin Solar took Maris Panels, its main supplier, to court hearings as a witness.",
        [],
        [("tevin-solar", "DISPUTES", "maris-panels")],
    ),
    (
        "Ferro Glass lost the contract. It then filed suit in the High Court in Kampala against "
        "Tessel Windows.",
        [("ferro-glass", "DISPUTES", "tessel-windows")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"), gap_params(FOUND + TRAPS + LEFT, GAPS, spread=True)
)
def test_claim_venue_review(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    check(text, present, absent)
