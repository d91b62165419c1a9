"""Review of round 41's funds41 reading (business_money), invented sentences only.

A holder's money put into "the business" or "the company" funds the firm the holder owns. The
review found two kinds of wrong line and mended both in `loaders/relations/business_money.py`:

- a plan or expectation just before the verb ("plans to pump $60 million into the business",
  "is expected to put", "which plans to pump"): the deal guards' intent now makes it no act;
- "the company" read as a firm the sentence itself names or talks about, while the holder's
  owned firm is another ("Tarn's chief said Orrin had pumped $5m into the company", "Orrin,
  which also owns Velda Foods, has pumped $5m into the company"): that reading now stands.

A co-holder that "the company" was misread as is still replaced (the reading's own gain).
Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

KEPT: list[Case] = [
    (  # freight: a relative clause after a co-holder's clause
        "Dunmore Freight runs 300 trucks. Ashby Partners has 25%, and Lintel Group, which "
        "ploughed £9m into the business in 2021, holds 14%.",
        [("lintel-group", "FUNDS", "dunmore-freight")],
        [("lintel-group", "FUNDS", "ashby-partners")],
    ),
    (  # games: a closing participle
        "Pitcairn Games makes mobile games. Hollis Media holds 22%, and Renfrew Capital holds "
        "9%, having pumped $10 million into the business.",
        [("renfrew-capital", "FUNDS", "pitcairn-games")],
        [("hollis-media", "FUNDS", "pitcairn-games")],
    ),
    (  # tea: a descriptor's relative clause, the holder's stake in the sentence before
        "Ashdown Tea imports tea. Bramley Holdings owns 40% of Ashdown. Bramley, a Leeds "
        "family office that has put $5m into the company, wants a buyer.",
        [("bramley-holdings", "FUNDS", "ashdown-tea")],
        [],
    ),
    (  # parcels: the firm bought in the same sentence
        "Dunmore Freight runs trucks. Lintel Group owns 40% of Dunmore. Last month Lintel "
        "acquired Fossey Parcels; Lintel has ploughed £9m into the business since.",
        [("lintel-group", "FUNDS", "fossey-parcels")],
        [],
    ),
    (  # wine: a quoted holder
        'Stourton Wines grows grapes. Vallis Holdings owns 70% of Stourton. "We have put $18 '
        'million into the business," said Vallis chief Ana Roe.',
        [("vallis-holdings", "FUNDS", "stourton-wines")],
        [],
    ),
]

MENDED: list[Case] = [
    (  # media: a plan
        "Quillon Media publishes magazines. Marsh Hollow Capital owns Quillon. Marsh Hollow "
        "plans to pump $60 million into the business.",
        [],
        [("marsh-hollow-capital", "FUNDS", "quillon-media")],
    ),
    (  # tea: an expectation
        "Ashdown Tea imports tea. Bramley Holdings owns 40% of Ashdown. Bramley is expected to "
        "put $5m into the company.",
        [],
        [("bramley-holdings", "FUNDS", "ashdown-tea")],
    ),
    (  # tea: a plan in the progressive
        "Ashdown Tea imports tea. Bramley Holdings owns 40% of Ashdown. Bramley is planning to "
        "plough $5m into the business.",
        [],
        [("bramley-holdings", "FUNDS", "ashdown-tea")],
    ),
    (  # tea: a plan in the holder's relative clause
        "Ashdown Tea imports tea. Bramley Holdings owns 40% of Ashdown. Bramley, which plans "
        "to pump $5m into the business, wants a board seat.",
        [],
        [("bramley-holdings", "FUNDS", "ashdown-tea")],
    ),
    (  # flour: the company the sentence names, the holder's firm from the context
        "Tarn Mills mills flour. Orrin Capital owns Velda Foods. Tarn's chief said Orrin had "
        "pumped $5m into the company.",
        [],
        [("orrin-capital", "FUNDS", "velda-foods")],
    ),
    (  # flour: the owned firm given as a further holding
        "Tarn Mills lost $4m last year. Its backer Orrin Capital, which also owns Velda Foods, "
        "has pumped $5m into the company.",
        [("orrin-capital", "FUNDS", "tarn-mills")],
        [("orrin-capital", "FUNDS", "velda-foods")],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(KEPT + MENDED, GAPS))
def test_business_money_review(case: Case) -> None:
    check(*case)
