"""Review of round 42's held-suit reading (disp42) on invented text, with its mends.

The reading: the party that defends, or is caught in, a suit whose author a "by" agent names
disputes that author ("Kelso is defending a suit brought by Tarsa"); and `nav.agent_after`
reads a described agent's apposed name for every "by" phrase ("owned by its largest domestic
rival, Tarsa Foods of Leeds").

Mended here (each case below failed on the merged tip):

- "defend" in its other sense, backing what it takes: a decision, findings, an assertion, a
  petition, claims only made ("defended claims by X that ...", "the case submitted by X"):
  a held claim is a legal action (`held_suit_nouns`) with a filing participle, or a suit's
  agent alone;
- a suit only supposed: "would defend any lawsuit brought by X", "fears being embroiled in",
  "... should one be filed";
- counsel defending for a client: "the law firm X ... on behalf of Y", "Ann Roe, a lawyer at X";
- a described agent whose apposed name fits the noun of a preposition's object, not the
  agent: "bought by the parent company of a rival app, X", "founded by the former engineers of
  the rival firm, X", "by the business partner of the late shipowner, Ann Roe".

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

HELD_KEPT: list[Case] = [
    (  # glass: the plain reading
        "Marlowe Glass is defending a lawsuit filed by Penrith Sands over unpaid invoices.",
        [
            ("penrith-sands", "DISPUTES", "marlowe-glass"),
            ("marlowe-glass", "DISPUTES", "penrith-sands"),
        ],
        [],
    ),
    (  # banking: a suit's agent alone, no participle
        "Corran Bank is defending a suit by Arvo Pension Fund.",
        [("arvo-pension-fund", "DISPUTES", "corran-bank")],
        [],
    ),
    (  # banking: a lawyer FOR a client: the client holds the suit
        "Tom Vell, a lawyer for Corran Bank, is defending a suit brought by Arvo Pension Fund.",
        [("arvo-pension-fund", "DISPUTES", "corran-bank")],
        [],
    ),
    (  # shipping: an announced defence of a suit already brought ("the lawsuit")
        "Talvik Shipping said it would defend the lawsuit brought by Orsa Lines.",
        [("orsa-lines", "DISPUTES", "talvik-shipping")],
        [],
    ),
    (  # pharma: charges, a filing participle
        "Kestrel Pharma is defending charges brought by the Medicines Board.",
        [("medicines-board", "DISPUTES", "kestrel-pharma")],
        [],
    ),
]

HELD_MENDED: list[Case] = [
    (  # a decision backed
        "Kestrel Pharma defended the decision by Arvo Pension Fund to sell its stake.",
        [],
        [("kestrel-pharma", "DISPUTES", "arvo-pension-fund")],
    ),
    (  # an auditor's findings backed
        "Kestrel Pharma defended the findings by its auditor, Plume & Hart, at the meeting.",
        [],
        [("kestrel-pharma", "DISPUTES", "plume-hart")],
    ),
    (  # claims only made, with a bare agent
        "Kestrel Pharma defended claims by its partner Lumen Biotech that the drug was safe.",
        [],
        [("kestrel-pharma", "DISPUTES", "lumen-biotech")],
    ),
    (  # an argument submitted
        "Kestrel Pharma defended the case submitted by Lumen Biotech for a joint bid.",
        [],
        [("kestrel-pharma", "DISPUTES", "lumen-biotech")],
    ),
    (  # a petition backed
        "Kestrel Pharma defended the petition launched by Lumen Biotech against the tariff.",
        [],
        [("kestrel-pharma", "DISPUTES", "lumen-biotech")],
    ),
    (  # a suit only supposed: "any"
        "Kestrel Pharma said it would defend any lawsuit brought by Arvo Pension Fund.",
        [],
        [("arvo-pension-fund", "DISPUTES", "kestrel-pharma")],
    ),
    (  # a suit only supposed: a conditional after it
        "Kestrel Pharma is prepared to defend a lawsuit brought by Arvo Pension Fund should "
        "one be filed.",
        [],
        [("arvo-pension-fund", "DISPUTES", "kestrel-pharma")],
    ),
    (  # a suit only feared
        "Grendel Air fears being embroiled in a suit brought by Vanta Engines over the jets.",
        [],
        [("vanta-engines", "DISPUTES", "grendel-air")],
    ),
    (  # a law firm acting for a client
        "The law firm Brackley Vance is defending a lawsuit brought by Arvo Pension Fund on "
        "behalf of Kestrel Pharma.",
        [],
        [("brackley-vance", "DISPUTES", "arvo-pension-fund")],
    ),
    (  # a lawyer AT a firm: the firm is counsel
        "Ruth Calloway, a lawyer at Brackley Vance, is defending a suit brought by Arvo "
        "Pension Fund.",
        [],
        [("brackley-vance", "DISPUTES", "arvo-pension-fund")],
    ),
    (  # an estate sues: the late inventor is no party
        "Kestrel Pharma is defending a lawsuit brought by the estate of the late inventor, "
        "Joss Marren.",
        [],
        [("joss-marren", "DISPUTES", "kestrel-pharma")],
    ),
]

HELD_OPEN = [
    pytest.param(
        "Brackley Vance LLP, which is defending the suit brought by Arvo Pension Fund for "
        "Kestrel Pharma, declined to comment.",
        [],
        [("brackley-vance", "DISPUTES", "arvo-pension-fund-for-kestrel-pharma")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the agent's name glues 'for Kestrel Pharma' (no client is left to see) and "
            "the mention's ids drop the 'LLP' that marks a law firm",
        ),
    ),
    pytest.param(
        "Kestrel Pharma described a patent lawsuit brought by Lumen Biotech against Corra "
        "Labs as a landmark for the industry.",
        [],
        [("kestrel-pharma", "DISPUTES", "lumen-biotech")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="older rebuttal reading: 'described X's suit ... as' needs no dismissive "
            "word (the same without 'patent'); disp42's modifiers only widen it",
        ),
    ),
    pytest.param(
        "Grendel Air is fighting a noise complaint lodged by residents of Harwick.",
        [],
        [("harwick", "DISPUTES", "grendel-air")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="older agent reading: 'residents of P' gives the unknown place P (typed an "
            "organization) as the author (the same without 'noise')",
        ),
    ),
]

AGENT_KEPT: list[Case] = [
    (  # bakery: the round's reading, a described rival with its town
        "Lanto Foods was bought by its largest domestic competitor, Brisk Bakeries of Leeds, "
        "for $90 million.",
        [("brisk-bakeries", "OWNS", "lanto-foods")],
        [],
    ),
    (  # hospitals: a plural descriptor, two names
        "Ostra Care is jointly owned by the two largest private hospital groups, Vell Health "
        "and Kora Care.",
        [("vell-health", "OWNS", "ostra-care"), ("kora-care", "OWNS", "ostra-care")],
        [],
    ),
    (  # power: a project financed
        "The Dunmore mine is funded by the state-owned development bank, Norbank.",
        [("norbank", "FUNDS", "dunmore")],
        [],
    ),
    (  # banking: one person's noun before a firm's object: the name is the person's
        "Pellix was founded by the former head of a rival bank, Dora Quint.",
        [("dora-quint", "FOUNDED", "pellix")],
        [],
    ),
    (  # ferries: a union's officer criticises
        "Harrow Ferries was criticised by the general secretary of the seafarers union, Ivo Grant.",
        [("ivo-grant", "DISPUTES", "harrow-ferries")],
        [],
    ),
]

AGENT_MENDED: list[Case] = [
    (  # apps: the name is the rival app's
        "Pellix was bought by the parent company of a rival app, Zuma Labs.",
        [],
        [("zuma-labs", "OWNS", "pellix")],
    ),
    (  # clinics: the doctors own the firm that owns the clinics
        "Ostra Care is owned by the investment firm of two doctors, Lena Ruiz and Omar Haddad.",
        [],
        [("lena-ruiz", "OWNS", "ostra-care"), ("omar-haddad", "OWNS", "ostra-care")],
    ),
    (  # solar: the engineers, not their former employer, founded it
        "Tarn Solar was founded by the former engineers of the rival firm, Sunmark.",
        [],
        [("sunmark", "FOUNDED", "tarn-solar")],
    ),
    (  # solar: the rival's owner bought it
        "Tarn Solar was acquired by the private-equity owner of its rival, Sunmark.",
        [],
        [("sunmark", "OWNS", "tarn-solar")],
    ),
    (  # ferries: a person's noun before a person's object
        "Harrow Ferries was founded by the business partner of the late shipowner, Ivo Grant.",
        [],
        [("ivo-grant", "FOUNDED", "harrow-ferries")],
    ),
    (  # shipping insurance: the insurer sued, not the cargo owner
        "Harrow Ferries was sued by the insurer of the cargo owner, Calder Lines.",
        [],
        [("calder-lines", "DISPUTES", "harrow-ferries")],
    ),
    (  # mining: the parent's lenders funded it
        "Dunmore Gold was funded by the lenders of its former parent, Okra Resources.",
        [],
        [("okra-resources", "FUNDS", "dunmore-gold")],
    ),
    (  # food: the chain's founders own it
        "Lanto Foods is owned by the founders of the bakery chain, Crumb & Co.",
        [],
        [("crumb-co", "OWNS", "lanto-foods")],
    ),
]


@pytest.mark.parametrize("text,present,absent", HELD_KEPT + HELD_MENDED + HELD_OPEN)
def test_held_suit_review(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", AGENT_KEPT + AGENT_MENDED)
def test_described_agent_review(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
