"""Genre bank for founders and heads given to the wrong firm of a list (round 31).

A possessive "its" that opens the second conjunct of a noun phrase stands for the firm of the
first conjunct, not for the sentence's salient subject: "a claim against Tamsin Dairies, a cheese
maker, and its founder, Nell Ryan" makes Nell Ryan Tamsin's founder. Guards: ", and its brands
include" after an appositive opens a clause (left to salience), "its own" and a role with no
name set off after it are left alone.

Each case is a short invented text, across dairy, ferries, software, mining, textiles and clinics.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

LISTED: list[Case] = [
    (  # dairy: an appositive, then ", and its founder, P"
        "Corravale Foods has filed a claim in the High Court against Tamsin Dairies, a Cork "
        "cheese maker, and its founder, Nell Ryan, over a recipe.",
        [("nell-ryan", "FOUNDED", "tamsin-dairies")],
        [("nell-ryan", "FOUNDED", "corravale-foods")],
    ),
    (  # ferries: two founders after an appositive
        "Brennock Lines has sued Skelda Ferries, a small island operator, and its two founders, "
        "Ola Strand and Tove Berg, for breach of a non-compete clause.",
        [("ola-strand", "FOUNDED", "skelda-ferries"), ("tove-berg", "FOUNDED", "skelda-ferries")],
        [("ola-strand", "FOUNDED", "brennock-lines"), ("tove-berg", "FOUNDED", "brennock-lines")],
    ),
    (  # software: no appositive, "X and its chief executive, P"
        "The data regulator fined Quillisoft Systems on Monday. Marrow Analytics said it had "
        "warned Pellan Data and its chief executive, Ivo Darsk, about the breach.",
        [("ivo-darsk", "LEADS", "pellan-data")],
        [("ivo-darsk", "LEADS", "marrow-analytics")],
    ),
    (  # clinics guard: a role with no name set off after it opens a clause on the subject
        "Harven Clinics signed a ten-year lease with Opal Estates, a Bristol landlord, and its "
        "chief executive Tomas Reed said the site would open in May.",
        [("tomas-reed", "LEADS", "harven-clinics")],
        [("tomas-reed", "LEADS", "opal-estates")],
    ),
    (  # textiles guard: ", and its brands include" opens a clause on the subject
        "Founded in 1950 by the weaver Rosa Tenn, Tenn Mills is majority-owned by Garrow "
        "Holding, the investment arm of the Tenn family, and its brands include Loomwell and "
        "Softfold.",
        [("tenn-mills", "OWNS", "loomwell")],
        [("garrow-holding", "OWNS", "loomwell")],
    ),
    (  # mining: the founder of the firm on the list, with a modifier before the role
        "The court froze the assets of Kestrel Ore, a Perth exploration company, and its "
        "founding chairman, Lyle Dorn, at the request of Marsh Minerals.",
        [("lyle-dorn", "LEADS", "kestrel-ore")],
        [("lyle-dorn", "LEADS", "marsh-minerals")],
    ),
]

NEW_CLAUSES: list[Case] = [
    (  # mend31a F5, banking: ", and its chairman, P, said" after a firm's clause: the seller's
        "Ivel Bank sold Corran Building Society, a lender, and its chairman, Tom Ede, said the "
        "deal made sense.",
        [("tom-ede", "LEADS", "ivel-bank")],
        [("tom-ede", "LEADS", "corran-building-society")],
    ),
    (  # mend31a F5, energy: "defended the move"
        "Kessel Group cut prices at Korvel Energy, a supplier, and its chief executive, Ada "
        "Brun, defended the move.",
        [("ada-brun", "LEADS", "kessel-group")],
        [("ada-brun", "LEADS", "korvel-energy")],
    ),
    (  # mend31a F5, banking: "approved the loan"
        "Ivel Bank lent money to Corran Building Society, a Leeds lender, and its chief "
        "executive, Ada Brun, approved the loan.",
        [],
        [("ada-brun", "LEADS", "corran-building-society")],
    ),
    (  # mend31a F5 kept, banking: "apologised" after "criticised" stays a list
        "Ivel Bank criticised Corran Building Society, a Leeds lender, and its chief executive, "
        "Ada Brun, apologised.",
        [("ada-brun", "LEADS", "corran-building-society")],
        [],
    ),
    (  # mend31a F5 kept, mining: "as defendants" stays a list
        "Marsh Minerals named Kestrel Ore, a Perth miner, and its chief executive, Lyle Dorn, "
        "as defendants.",
        [("lyle-dorn", "LEADS", "kestrel-ore")],
        [],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", gap_params(LISTED + NEW_CLAUSES, GAPS))
def test_genre_precision31(case: Case) -> None:
    check(*case)
