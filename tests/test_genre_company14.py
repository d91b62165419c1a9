"""Genre bank for "the company" inside a subordinate or relative clause (round 14): the
description means the main clause's named subject, not the latest organization the text named
before the sentence. "Halvec jumped after Orvel bought 8% of the company" (Halvec); "Corvane is
funded by Pelham, which put $5m into the firm" (Corvane); "Tamsin fell as Brisk took 10% of the
business" (Tamsin).

Each case is a short invented article whose sentence before names another organization, the
one recency would pick, across food, mining, shipping, banking, pharma, energy, retail, media
and software. Guards: the relative clause hangs on the subject itself ("Kessel, which holds 4%
of the company": the earlier firm), a main clause that is itself about a stake, a
description the subject does not fit.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

MAIN_SUBJECT: list[Case] = [
    (  # software: "after X bought N% of the company"
        "Norvane Foods makes frozen meals. Brisk Capital is a private equity firm.\n\n"
        "Halvec Systems jumped on Tuesday after Orvel Partners bought 8% of the company.",
        [("orvel-partners", "FUNDS", "halvec-systems")],
        [
            ("orvel-partners", "FUNDS", "norvane-foods"),
            ("orvel-partners", "FUNDS", "brisk-capital"),
        ],
    ),
    (  # mining: "as X took N% of the firm"
        "Dravon Mining opened a pit in Chile. Kestrel Resources reported lower sales.\n\n"
        "Tamsin Gold shares rose as Pellam Capital took 12% of the firm.",
        [("pellam-capital", "FUNDS", "tamsin-gold")],
        [
            ("pellam-capital", "FUNDS", "kestrel-resources"),
            ("pellam-capital", "FUNDS", "dravon-mining"),
        ],
    ),
    (  # pharma: passive main clause, relative on the agent
        "Ardent Pharma sells generic drugs. Marlowe Labs cut jobs.\n\n"
        "Corvane Biotech is funded by Pelham Ventures, which put $5 million into the company "
        "last year.",
        [("pelham-ventures", "FUNDS", "corvane-biotech")],
        [("pelham-ventures", "FUNDS", "marlowe-labs")],
    ),
    (  # shipping: "when X bought a N% stake in the company"
        "Holt Marine builds tugs. Saltmarsh Ferries lost money.\n\n"
        "Brannock Shipping soared when Ostler Holdings bought a 9% stake in the company.",
        [("ostler-holdings", "FUNDS", "brannock-shipping")],
        [
            ("ostler-holdings", "FUNDS", "saltmarsh-ferries"),
            ("ostler-holdings", "FUNDS", "holt-marine"),
        ],
    ),
    (  # retail: "after X acquired N% of the business"
        "Tarrant Markets opened ten shops. Kelso Retail hired a new chief.\n\n"
        "Vantora Stores rallied after Quillon Partners acquired 15% of the business.",
        [("quillon-partners", "FUNDS", "vantora-stores")],
        [
            ("quillon-partners", "FUNDS", "kelso-retail"),
            ("quillon-partners", "FUNDS", "tarrant-markets"),
        ],
    ),
    (  # food: relative on the agent of a passive, "took N% of the firm"
        "Tamsin Retail sells garden tools. Pelham Group is an investment company.\n\n"
        "Corvane Dairy is majority-held by the fund Pelham Group, which took 70% of the firm "
        "in 2019.",
        [("pelham-group", "OWNS", "corvane-dairy")],
        [("pelham-group", "OWNS", "tamsin-retail")],
    ),
    (  # energy: "a day after X bought N% of the group"
        "Hollin Power runs gas plants. Marsh Renewables sold a wind farm.\n\n"
        "Tessaly Energy gained on Friday, a day after Brook Ridge Capital bought 7% of the group.",
        [("brook-ridge-capital", "FUNDS", "tessaly-energy")],
        [("brook-ridge-capital", "FUNDS", "marsh-renewables")],
    ),
    (  # pharma: "Shares in X fell after Y sold N% of the company"
        "Marlowe Labs cut jobs. Ardent Pharma sells generic drugs.\n\n"
        "Shares in Corvane Biotech rose after Pelham Ventures bought 6% of the company.",
        [("pelham-ventures", "FUNDS", "corvane-biotech")],
        [("pelham-ventures", "FUNDS", "ardent-pharma")],
    ),
    (  # media: "X's shares rose when Y took N% of the business"
        "Exley Courier sells papers. Rook Hill Media runs radio stations.\n\n"
        "Quillex Broadcasting's shares rose when Tarvel Capital took 11% of the business.",
        [("tarvel-capital", "FUNDS", "quillex-broadcasting")],
        [("tarvel-capital", "FUNDS", "rook-hill-media")],
    ),
    (  # banking: "after the activist fund X bought shares in the company"
        "Hallam Bank lends to farmers. Corliss Insurance sold its car unit.\n\n"
        "Ardent Lenders jumped after the activist fund Ostler Capital bought shares in the "
        "company.",
        [("ostler-capital", "FUNDS", "ardent-lenders")],
        [("ostler-capital", "FUNDS", "corliss-insurance")],
    ),
    (  # software: "when rival X took N% of the firm"
        "Pascal Cloud sells storage. Mirren Data hired staff.\n\n"
        "Orlo Software slipped when rival Kestrel Apps took 5% of the firm.",
        [("kestrel-apps", "FUNDS", "orlo-software")],
        [("kestrel-apps", "FUNDS", "mirren-data")],
    ),
]

GUARDS: list[Case] = [
    (  # guard: the relative clause hangs on the subject itself (already right)
        "Dravon Mining reported higher profits on Monday. Its shares rose 4%.\n\n"
        "Kessel Metals, which holds 4% of the company, backed the plan.",
        [("kessel-metals", "OWNS", "dravon-mining")],
        [],
    ),
    (  # guard: a main clause about a stake itself: the firm is the one named before
        "Norvane Foods makes frozen meals.\n\n"
        "Brisk Capital sold its 5% stake after Orvel Partners bid for 20% of the company.",
        [],
        [("orvel-partners", "OWNS", "brisk-capital"), ("orvel-partners", "FUNDS", "brisk-capital")],
    ),
    (  # guard: the description names a kind the subject is not
        "Hallam Bank lends to farmers.\n\n"
        "Corvane Dairy fell after Pelham Capital bought 5% of the bank.",
        [],
        [("pelham-capital", "OWNS", "corvane-dairy"), ("pelham-capital", "FUNDS", "corvane-dairy")],
    ),
]

TRADE_NOUNS: list[Case] = [
    (  # drinks: "X, a bottler in C" ... "N% of the bottler"
        "Quillex Bottling, a bottler based in Porto, reported higher sales. Orvel Partners is "
        "a private equity firm.\n\nTarvel Holdings, which controls 30% of the bottler, filed "
        "suit in May.",
        [("tarvel-holdings", "OWNS", "quillex-bottling")],
        [("tarvel-holdings", "OWNS", "orvel-partners")],
    ),
    (  # food: "X, a canner in C" ... "bought N% of the canner", a firm named in between
        "Dara Penhallow is chief executive of Norvane Canning, a canner in Brittany. Brisk "
        "Capital owns a stake in Hollin Retail.\n\nRook Hill Capital has bought 6% of the canner.",
        [("rook-hill-capital", "FUNDS", "norvane-canning")],
        [("rook-hill-capital", "FUNDS", "hollin-retail")],
    ),
    (  # recycling: "the recycler's chief executive"
        "Ardent Plastics, a recycler in Leeds, won a contract. Brisk Capital is a fund.\n\n"
        "Mira Solent, the recycler's chief executive, said demand was strong.",
        [("mira-solent", "LEADS", "ardent-plastics")],
        [("mira-solent", "LEADS", "brisk-capital")],
    ),
    (  # farming: "X, a grain exporter" ... "the exporter's chairman"
        "Pascal Agri, a grain exporter in Rouen, hired staff. Hallam Bank lends to farmers.\n\n"
        "Tobin Reyes, the exporter's chairman, said sales would rise.",
        [("tobin-reyes", "LEADS", "pascal-agri")],
        [("tobin-reyes", "LEADS", "hallam-bank")],
    ),
]

TRADE_GUARDS: list[Case] = [
    (  # guard: no firm was called a bottler
        "Quillex Foods makes frozen meals. Orvel Partners is a private equity firm.\n\n"
        "Tarvel Holdings, which controls 30% of the bottler, filed suit in May.",
        [],
        [
            ("tarvel-holdings", "OWNS", "orvel-partners"),
            ("tarvel-holdings", "OWNS", "quillex-foods"),
        ],
    ),
    (  # guard: two firms were called bottlers
        "Quillex Bottling, a bottler in Porto, and Brannock Drinks, a bottler in Lisbon, cut "
        "prices.\n\nTarvel Holdings, which controls 30% of the bottler, filed suit in May.",
        [],
        [
            ("tarvel-holdings", "OWNS", "quillex-bottling"),
            ("tarvel-holdings", "OWNS", "brannock-drinks"),
        ],
    ),
]

BANK = MAIN_SUBJECT + GUARDS + TRADE_NOUNS + TRADE_GUARDS
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_company14(case: Case) -> None:
    check(*case)
