"""Genre bank for disputes (round 15): the reply side of a quarrel and criticism reached through
the board or management.

- Replies: a short sentence right after an accusation whose subject (a short firm name, or a
  person the article says leads the accused: "Mr Vass", "Ms Osk") rejects, denies, dismisses or
  "calls" the charge, claim, criticism or suit disputes the accuser of the sentence before.
- Wrapped criticism: "charged the board with", "faulted the board for", "accused management
  of", with the critic's own firm between critic and verb ("Petra Lunde of Varnby Research",
  "an analyst at X") or the holder's stake ("which holds 6% of Corvane"): the board is the
  article's firm.

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, banking, insurance, energy, property, shipping and retail. Guards:
"would not comment", a rejected offer, a judge rejecting a claim, a leader of a firm nobody
accused, a reply with no accusation before it, a board given a task, a regulator's review, an
analyst's view and a pay vote.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

REPLIES: list[Case] = [
    (  # food: a short firm name dismisses "the allegation"
        "Vantage Union accused Quillex Foods of overcharging schools. Quillex dismissed the "
        "allegation as outdated.",
        [("quillex-foods", "DISPUTES", "vantage-union")],
        [],
    ),
    (  # mining: the accused's leader (said earlier) rejects "the charge"
        "Ilse Ranick runs Corvane Mining. Lorrimer Partners, an activist fund, accused Corvane "
        "of wasting cash on exploration. Ms Ranick rejects the charge and cites rising output.",
        [
            ("ilse-ranick", "DISPUTES", "lorrimer-partners"),
            ("lorrimer-partners", "DISPUTES", "corvane-mining"),
        ],
        [],
    ),
    (  # mining: leader by a passive, accusation by a reported wrongdoing, "rejected the criticism"
        "Corvane Mining is led by Teodor Vass. Last week Ardent Research said Corvane had misled "
        "investors about its reserves. Mr Vass rejected the criticism, adding that the reserves "
        "were audited.",
        [("teodor-vass", "DISPUTES", "ardent-research")],
        [],
    ),
    (  # banking: leader by a possessive role appositive, "denied the claim"
        "Varnby Bank's chief executive, Mirelle Osk, has had a hard month. The Norland Savers "
        "Trust accused Varnby Bank of hiding fees. Ms Osk denied the claim.",
        [("mirelle-osk", "DISPUTES", "the-norland-savers-trust")],
        [],
    ),
    (  # insurance: "dismissed the criticism as"
        "Halden Mutual's chairman is Ada Brannock. Fairclaim, a consumer group, accused Halden "
        "Mutual of delaying payouts. Ms Brannock dismissed the criticism as out of date.",
        [("ada-brannock", "DISPUTES", "fairclaim")],
        [],
    ),
    (  # property: "calls the suit" with a quote
        "Dunmarra Homes sued Orvel Capital in March over unpaid fees. Orvel calls the suit "
        '"a stunt".',
        [("orvel-capital", "DISPUTES", "dunmarra-homes")],
        [],
    ),
    (  # property: "says the claim" with a quote
        "The Norland Tenants Group says Brannock Estates overcharged residents for repairs. "
        'Brannock says the claim "has no merit".',
        [("brannock-estates", "DISPUTES", "the-norland-tenants-group")],
        [],
    ),
    (  # energy: a criticised firm rejects "the criticism"
        "Tarrant Energy criticised Kelvara Power's pricing last week. Kelvara rejected the "
        "criticism, adding that prices had fallen.",
        [("kelvara-power", "DISPUTES", "tarrant-energy")],
        [],
    ),
    (  # shipping: an apposed allegation rejected by the accused's leader named earlier
        "Halvik Shipping is run by Petra Lunde. Conal Brisk, an analyst, said Halvik had misled "
        'buyers, an allegation Ms Lunde labelled "plainly false".',
        [("petra-lunde", "DISPUTES", "conal-brisk")],
        [],
    ),
]

REPLY_GUARDS: list[Case] = [
    (  # guard: "would not comment"
        "Teodor Vass chairs Corvane Mining. Ardent Research accused Corvane of padding its "
        "reserves. Mr Vass would not comment.",
        [("ardent-research", "DISPUTES", "corvane-mining")],
        [("teodor-vass", "DISPUTES", "ardent-research")],
    ),
    (  # guard: a rejected offer answers no accusation
        "Teodor Vass chairs Corvane Mining. Ardent Research accused Corvane of padding its "
        "reserves. Mr Vass rejected the offer as too low.",
        [],
        [("teodor-vass", "DISPUTES", "ardent-research")],
    ),
    (  # guard: a judge rejecting the claim is no party
        "Teodor Vass chairs Corvane Mining. Ardent Research sued Corvane over its reserves. "
        "Judge Mira Tolle rejected the claim.",
        [],
        [("mira-tolle", "DISPUTES", "ardent-research")],
    ),
    (  # guard: the leader of a firm nobody accused
        "Teodor Vass chairs Corvane Mining. Ardent Research accused Halvik Metals of padding "
        "its reserves. Mr Vass rejected the criticism.",
        [("ardent-research", "DISPUTES", "halvik-metals")],
        [("teodor-vass", "DISPUTES", "ardent-research")],
    ),
    (  # guard: no accusation before the reply
        "Teodor Vass chairs Corvane Mining. Mr Vass rejected the criticism, adding that the "
        "reserves were audited.",
        [],
        [("teodor-vass", "DISPUTES", "corvane-mining")],
    ),
    (  # guard: the accusation is two sentences back, another story in between
        "Teodor Vass chairs Corvane Mining. Ardent Research accused Corvane of padding its "
        "reserves. Output rose 4% in the quarter. Mr Vass rejected a rival plan.",
        [],
        [("teodor-vass", "DISPUTES", "ardent-research")],
    ),
]

CRITICISM: list[Case] = [
    (  # shipping: "charged the board with", critic alone
        "Corvane Mining reported a loss. Petra Lunde charged the board with overpaying for ships.",
        [("petra-lunde", "DISPUTES", "corvane-mining")],
        [],
    ),
    (  # shipping: the critic's own firm after "of"
        "Corvane Mining reported a loss. Petra Lunde of Varnby Research charged the board with "
        "overpaying for ships.",
        [("petra-lunde", "DISPUTES", "corvane-mining")],
        [("varnby-research", "DISPUTES", "corvane-mining")],
    ),
    (  # retail: the critic's firm in an appositive, "accused management of"
        "Tarrant Stores cut its dividend. Ida Marr, an analyst at Kestrel Securities, accused "
        "management of ignoring costs.",
        [("ida-marr", "DISPUTES", "tarrant-stores")],
        [("kestrel-securities", "DISPUTES", "tarrant-stores")],
    ),
    (  # energy: "faulted the directors for"
        "Kelvara Power missed its targets. Lorrimer Partners faulted the directors for the delays.",
        [("lorrimer-partners", "DISPUTES", "kelvara-power")],
        [],
    ),
    (  # food: a holder that will oppose the chair and blames the board
        "Quillex Foods lost market share. Ostrel Capital, which owns 8% of Quillex, will oppose "
        "the chair and blames the board for drift.",
        [
            ("ostrel-capital", "DISPUTES", "quillex-foods"),
            ("ostrel-capital", "OWNS", "quillex-foods"),
        ],
        [],
    ),
    (  # energy: "critical of" a possessed approach (already read)
        "Lorrimer Partners is critical of Kelvara Power's approach to pricing.",
        [("lorrimer-partners", "DISPUTES", "kelvara-power")],
        [],
    ),
    (  # mining: a holder's participle clause after "oppose her"
        "Corvane Mining reported a loss on Tuesday. Lorrimer Partners, which holds 6% of "
        "Corvane, said it would oppose her, charging the board with waste.",
        [("lorrimer-partners", "DISPUTES", "corvane-mining")],
        [],
    ),
    (  # energy: "dismissive of" a possessed approach
        "Lorrimer Partners is dismissive of Kelvara Power's approach to pricing.",
        [("lorrimer-partners", "DISPUTES", "kelvara-power")],
        [],
    ),
    (  # union: the appositive expert is the target
        "Corvane Mining plans to shut a pit. The union was critical, too, of Corvane's expert, "
        "Professor Ilse Ranick, whose report backed the closure.",
        [("the-union", "DISPUTES", "ilse-ranick")],
        [],
    ),
]

CRITICISM_GUARDS: list[Case] = [
    (  # guard: a board given a task
        "Corvane Mining reported a loss. Petra Lunde charged the board with overseeing the sale.",
        [],
        [("petra-lunde", "DISPUTES", "corvane-mining")],
    ),
    (  # guard: a regulator reviewing a merger
        "Quillex Foods agreed to merge with Halvik Dairy. The regulator is reviewing the merger "
        "of Quillex and Halvik.",
        [],
        [("quillex-foods", "DISPUTES", "halvik-dairy")],
    ),
    (  # guard: an analyst's view
        "Quillex Foods said sales rose. An analyst at Varnby Research said Quillex shares looked "
        "cheap.",
        [],
        [("varnby-research", "DISPUTES", "quillex-foods")],
    ),
    (  # guard: a pay vote with no accusation
        "Quillex Foods held its annual meeting. Ostrel Capital opposed the pay vote.",
        [],
        [("ostrel-capital", "DISPUTES", "quillex-foods")],
    ),
    (  # guard: another firm in the sentence makes "the board" unclear
        "Corvane Mining reported a loss. Lorrimer Partners, which also backs Halvik Metals, "
        "charged the board with waste.",
        [],
        [("lorrimer-partners", "DISPUTES", "halvik-metals")],
    ),
]

BANK = REPLIES + REPLY_GUARDS + CRITICISM + CRITICISM_GUARDS
GAPS: dict[str, str] = {
    "Lorrimer Partners is dismissive": "'dismissive of' is no DISPUTES trigger yet",
    "Corvane Mining plans to shut": "'critical, too, of X's expert, Professor N': the comma-split "
    "trigger and the appositive person are not read",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_disputes15(case: Case) -> None:
    check(*case)
