"""Genre bank for relations carried by relative clauses: subject relatives on a name, on its
appositive description or on a nested appositive ("X, the holding vehicle of trader Y, which
owns 27% of Z": X owns, not Y); a second verb inside the relative; object relatives ("the
grocer that X bought in May", "a van that X launched"); passive relatives ("which is owned /
financed by X"); copular relatives of rivalry ("the group that is X's closest competitor");
a stranded preposition ("a start-up that X has partnered with"); the inverted "Behind X stands
Y, the firm that holds 70% of it".

Each case is a short invented article (text, relations that must be found, relations that must
not be), across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: the person inside an appositive ("the vehicle of
trader Vale, which owns": the vehicle owns), a supplier or customer relative, an intent
relative, a negated holding, a relative on a common noun, the direction of an object relative.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SUBJECT_RELATIVES: list[Case] = [
    (  # food: appositive description then "that controls N% of"
        "Corliss Group, the Danish holding company that controls 55% of Vantora Foods, backed "
        "the plan.",
        [("corliss-group", "OWNS", "vantora-foods")],
        [],
    ),
    (  # insurance: "a CITY insurer that owns N% of"
        "Harwell Insurance, a Zurich insurer that owns 30% of Bexley Re, reported profits.",
        [("harwell-insurance", "OWNS", "bexley-re")],
        [],
    ),
    (  # media: "N% of X's voting shares"
        "Velo Trust, a foundation that controls 40% of Kessel Media's voting shares, said nothing.",
        [("velo-trust", "OWNS", "kessel-media")],
        [],
    ),
    (  # banking: "N% of X's voting stock" after a preposition
        "The vote hinges on the Vale Trust, the foundation that controls 55% of Quillex Bank's "
        "voting stock.",
        [("vale-trust", "OWNS", "quillex-bank")],
        [],
    ),
    (  # mining: nested appositive, "the holding vehicle of trader Y, which owns"
        "Marlowe Invest, the holding vehicle of trader Oren Vale, which owns 27% of Quillex "
        "Mining, will vote yes.",
        [("marlowe-invest", "OWNS", "quillex-mining")],
        [("oren-vale", "OWNS", "quillex-mining")],
    ),
    (  # banking: nested appositive, "the family office of banker Y, which holds"
        "Marra Holdings, the family office of banker Tom Reed, which holds 15% of Corran Bank, "
        "voted no.",
        [("marra-holdings", "OWNS", "corran-bank")],
        [("tom-reed", "OWNS", "corran-bank")],
    ),
    (  # shipping: nested appositive, "the investment arm of the Y family, which has a stake"
        "Thorne Capital, the investment arm of businesswoman Lena Ostrova, which holds 23% of "
        "Ardent Rail, stayed silent.",
        [("thorne-capital", "OWNS", "ardent-rail")],
        [("lena-ostrova", "OWNS", "ardent-rail")],
    ),
    (  # retail: "the investor that pumped N million into X"
        "Corliss Partners, the Swiss investor that pumped 20 million into Vantora Retail in "
        "return for new shares, is pleased.",
        [("corliss-partners", "FUNDS", "vantora-retail")],
        [],
    ),
    (  # telecoms: "an economist who advises X"
        "Ilse Marrack, an economist who advises Orsel Telecom on pricing, spoke.",
        [("ilse-marrack", "ADVISES", "orsel-telecom")],
        [],
    ),
    (  # energy: "a lawyer who counsels X"
        "Ilse Marrack, a lawyer who counsels Orsel Power on tariffs, spoke.",
        [("ilse-marrack", "ADVISES", "orsel-power")],
        [],
    ),
    (  # pharma: person relative, two verbs, "and still owns N% of the firm"
        "Ana Ruiz, who founded Tellis Pharma in 2009 and still owns 12% of the firm, voted "
        "against.",
        [("ana-ruiz", "FOUNDED", "tellis-pharma"), ("ana-ruiz", "OWNS", "tellis-pharma")],
        [],
    ),
    (  # property: "the landlord which owns N% of"
        "Brenmoor Estates, the landlord which owns 60% of Calder Towers, raised rents.",
        [("brenmoor-estates", "OWNS", "calder-towers")],
        [],
    ),
]

SECOND_VERBS: list[Case] = [
    (  # food: "that invested in X in 2015 and will retain the other 30%"
        "Tarrant Fund, a Vienna fund that invested in Pellam Foods in 2015 and will retain the "
        "other 30%, is staying.",
        [("tarrant-fund", "OWNS", "pellam-foods")],
        [],
    ),
    (  # farming: "that bought into X and still holds 30% of it"
        "Tarrant Agri, a Vienna fund that bought into Pellam Farms in 2015 and still holds 30% "
        "of it, is staying.",
        [("tarrant-agri", "OWNS", "pellam-farms")],
        [],
    ),
    (  # autos: "that X launched and co-designed in partnership with Y"
        "Kestrel, a van that Vantora Motors launched in 2024 and co-designed in partnership "
        "with Ulvane Parts, sells well.",
        [
            ("vantora-motors", "FOUNDED", "kestrel"),
            ("vantora-motors", "PARTNERS_WITH", "ulvane-parts"),
        ],
        [],
    ),
]

OBJECT_RELATIVES: list[Case] = [
    (  # retail: "the grocer that X bought in May"
        "Results include Pellam Foods, the Danish grocer that Vantora Group bought in May.",
        [("vantora-group", "OWNS", "pellam-foods")],
        [("pellam-foods", "OWNS", "vantora-group")],
    ),
    (  # food: "a cheese maker which X acquired last year"
        "Sales were helped by Ostrel Dairy, a cheese maker which Corran Foods acquired last year.",
        [("corran-foods", "OWNS", "ostrel-dairy")],
        [],
    ),
    (  # banking: "the lender that X financed"
        "Harlan Bank, the lender that Dovra Capital financed in 2019, grew.",
        [("dovra-capital", "FUNDS", "harlan-bank")],
        [],
    ),
    (  # autos: "a folding e-bike that X launched in 2023"
        "Kestrel, a folding e-bike that Vantora Mobility launched in 2023, sells well.",
        [("vantora-mobility", "FOUNDED", "kestrel")],
        [],
    ),
    (  # autos: "a folding e-bike that X unveiled in 2023"
        "Kestrel, a folding e-bike that Vantora Mobility unveiled in 2023, sells well.",
        [("vantora-mobility", "FOUNDED", "kestrel")],
        [],
    ),
    (  # banking: "a budgeting app which X introduced"
        "Brisa, a budgeting app which Quillex Bank introduced in 2022, has a million users.",
        [("quillex-bank", "FOUNDED", "brisa")],
        [],
    ),
    (  # pharma: "a start-up that X has worked in partnership with since 2020"
        "Pellam Labs, a Pune start-up that Quillex Pharma has worked in partnership with since "
        "2020, grew fast.",
        [("quillex-pharma", "PARTNERS_WITH", "pellam-labs")],
        [],
    ),
    (  # shipping: "the carrier that X has partnered with"
        "Delmar Shipping, the carrier that Quillex Ports has partnered with since 2019, grew.",
        [("quillex-ports", "PARTNERS_WITH", "delmar-shipping")],
        [],
    ),
    (  # mining: "the firm that X competes with in Chile"
        "Halden Ore, the firm that Quillex Mining competes with in Chile, fell.",
        [("quillex-mining", "COMPETES_WITH", "halden-ore")],
        [],
    ),
    (  # telecoms: direction of an object relative of a lawsuit
        "Vantora Telecom, the operator which Orvane Media sued in March, grew.",
        [("orvane-media", "DISPUTES", "vantora-telecom")],
        [("vantora-telecom", "DISPUTES", "orvane-media")],
    ),
]

PASSIVE_RELATIVES: list[Case] = [
    (  # farming: "which is owned by X"
        "Ostrel Farms, a grain trader which is owned by Corran Agri, expanded.",
        [("corran-agri", "OWNS", "ostrel-farms")],
        [],
    ),
    (  # farming: "which is financed by X"
        "Ostrel Seeds, a grain trader which is financed by Corran Agri, expanded.",
        [("corran-agri", "FUNDS", "ostrel-seeds")],
        [],
    ),
    (  # shipping: "which is owned by X" on a product
        "The fleet runs on the Marra tanker design, which is owned by Delmar Shipping.",
        [("delmar-shipping", "OWNS", "marra")],
        [],
    ),
    (  # energy: "which is majority-owned by X"
        "Pellam Wind, which is majority-owned by Orsel Energy, won the tender.",
        [("orsel-energy", "OWNS", "pellam-wind")],
        [],
    ),
]

RIVAL_RELATIVES: list[Case] = [
    (  # retail: "the group that is X's closest competitor"
        "Tarrant Group, the group that is Quillex Retail's closest competitor in the south, cut "
        "prices.",
        [("tarrant-group", "COMPETES_WITH", "quillex-retail")],
        [],
    ),
    (  # banking: "the lender that is X's biggest rival"
        "Corliss Bank, the lender that is Quillex Bank's biggest rival, cut rates.",
        [("corliss-bank", "COMPETES_WITH", "quillex-bank")],
        [],
    ),
    (  # mining: "the miner that has long been the fiercest rival of X"
        "Pellam Mining, the miner that has long been the fiercest rival of Ostra Metals, cut jobs.",
        [("pellam-mining", "COMPETES_WITH", "ostra-metals")],
        [],
    ),
    (  # media: plain "which is X's closest competitor"
        "Tarrant Media, which is Quillex Media's closest competitor, cut prices.",
        [("tarrant-media", "COMPETES_WITH", "quillex-media")],
        [],
    ),
]

INVERTED: list[Case] = [
    (  # shipping: "Behind X stands Y, the firm that still holds 70% of it"
        "Behind Norvia stands Tarrant Capital, the buyout firm that still holds 70% of it.",
        [("tarrant-capital", "OWNS", "norvia")],
        [("norvia", "OWNS", "tarrant-capital")],
    ),
    (  # property: "Behind X stands Y, which owns 70% of it"
        "Behind Calder stands Brenmoor Capital, which owns 80% of it.",
        [("brenmoor-capital", "OWNS", "calder")],
        [("calder", "OWNS", "brenmoor-capital")],
    ),
]

GUARDS: list[Case] = [
    (  # supply relative: a supplier owns nothing of its customer
        "Halden Steel, a supplier that sells to Quillex Motors, raised prices.",
        [],
        [("halden-steel", "OWNS", "quillex-motors"), ("quillex-motors", "OWNS", "halden-steel")],
    ),
    (  # customer relative
        "Orvane Foods, a chain that buys flour from Pellam Mills, grew.",
        [],
        [("orvane-foods", "OWNS", "pellam-mills"), ("pellam-mills", "OWNS", "orvane-foods")],
    ),
    (  # intent relative: no ownership yet
        "Bexley Capital, a fund that plans to buy Orvane Mining, made an offer.",
        [],
        [("bexley-capital", "OWNS", "orvane-mining")],
    ),
    (  # negated holding
        "Delmar Holdings, the investor that no longer holds shares in Norvia Foods, was silent.",
        [],
        [("delmar-holdings", "OWNS", "norvia-foods"), ("delmar-holdings", "FUNDS", "norvia-foods")],
    ),
    (  # negated ownership in the passive
        "Ostrel Farms, which is not owned by Corran Agri, expanded.",
        [],
        [("corran-agri", "OWNS", "ostrel-farms")],
    ),
    (  # a relative on a common noun founds no company
        "The plant, which Quillex Foods built in 2010, employs 300 people.",
        [],
        [("quillex-foods", "FOUNDED", "quillex-foods")],
    ),
    (  # question relative
        "Is Kessel Media the group that controls 40% of Orvane Radio?",
        [],
        [("kessel-media", "OWNS", "orvane-radio")],
    ),
    (  # denial relative
        "Kessel Media denied that it controls 40% of Orvane Radio.",
        [],
        [("kessel-media", "OWNS", "orvane-radio")],
    ),
    (  # the person inside the appositive is the vehicle's owner, not the holder
        "Marlowe Invest, the holding vehicle of trader Oren Vale, which owns 27% of Quillex "
        "Mining, will vote yes.",
        [],
        [("oren-vale", "OWNS", "quillex-mining")],
    ),
    (  # hedge
        "Pellam Ports, which may hold 20% of Delmar Shipping, declined to comment.",
        [],
        [("pellam-ports", "OWNS", "delmar-shipping")],
    ),
]

GAPS: dict[str, str] = {
    "Tarrant Fund, a Vienna fund": "a keep verb second in a relative ('invested in X and will "
    "retain the other 30%') has no sale before it, so the rest kept names no company",
    "Tarrant Agri, a Vienna fund": "'it' inside a relative clause binds to the clause's own "
    "subject, not to the object of the first verb",
    "Behind Norvia stands": "inverted 'Behind X stands Y': 'it' in Y's relative clause is not "
    "bound to X",
}

CASES = (
    SUBJECT_RELATIVES
    + SECOND_VERBS
    + OBJECT_RELATIVES
    + PASSIVE_RELATIVES
    + RIVAL_RELATIVES
    + INVERTED
    + GUARDS
)


@pytest.mark.parametrize("case", gap_params(CASES, GAPS))
def test_relatives(case: Case) -> None:
    check(*case)
