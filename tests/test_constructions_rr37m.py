"""Review of round 37's readings as one (rr37m): invented sentences where they went wrong, mended.

1. (own37) "most of the rest" kept by a holder reads the kept share (`holdings._share_start`),
   but a holding that ended is no holding: "used to own most of the rest", "had owned most of
   the rest", "owned most of the rest until 2020" (`hedge_scope.ended_hold`, which now knows
   "used to" too). The present "owns most of the rest" is still read.
2. (refs37) A bare "the company" after the main firm's holder goes to the main firm, unless the
   holder was named again since: also when the holder was named before the main firm's latest
   sentence and then opens a sentence of its own ("T was bought by B. T was founded by F. B is
   based in Chicago. The company is led by J": B). A holder named first after the main firm
   ("The family controls T. F, its holding company, owns 58%.") still leaves the main firm.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

ENDED: list[Case] = [
    (  # boats: a past habit
        "Keel Partners holds 55% of Brig Boats. Ola Brig used to own most of the rest.",
        [("keel-partners", "OWNS", "brig-boats")],
        [("ola-brig", "OWNS", "brig-boats")],
    ),
    (  # software: past perfect
        "Omni Soft holds 62% of Pallas Code. Ivo Marek had owned most of the rest.",
        [("omni-soft", "OWNS", "pallas-code")],
        [("ivo-marek", "OWNS", "pallas-code")],
    ),
    (  # mining: a former owner, "until" a year
        "Rand Metals holds 51% of Kopje Gold. Its former owner, Thabo Mkhize, owned most of the "
        "rest until 2020.",
        [("rand-metals", "OWNS", "kopje-gold")],
        [("thabo-mkhize", "OWNS", "kopje-gold")],
    ),
    (  # hotels: "much of the remaining shares", a past habit
        "Lune Hotels holds 70% of Casa Mar. Ana Sol used to hold much of the remaining shares.",
        [("lune-hotels", "OWNS", "casa-mar")],
        [("ana-sol", "OWNS", "casa-mar")],
    ),
]

KEPT: list[Case] = [
    (  # kept: the present holding
        "Keel Partners holds 55% of Brig Boats. Ola Brig owns most of the rest.",
        [("ola-brig", "OWNS", "brig-boats")],
        [],
    ),
    (  # kept: "still"
        "Omni Soft holds 62% of Pallas Code. Ivo Marek still owns most of the rest.",
        [("ivo-marek", "OWNS", "pallas-code")],
        [],
    ),
    (  # kept: a holder's appositive before the verb
        "Rand Metals holds 51% of Kopje Gold. Thabo Mkhize, the founder, owns most of the rest.",
        [("thabo-mkhize", "OWNS", "kopje-gold")],
        [],
    ),
]

HOLDER_AGAIN: list[Case] = [
    (  # brewing: the holder opens the sentence before "the company"
        "Pike Brewing sold\nPike Brewing, the Oregon brewer, was bought by Marrow Group. Pike "
        "Brewing was founded by Lena Pike. Marrow Group is based in Chicago. The company is led "
        "by Joe Marr.",
        [("joe-marr", "LEADS", "marrow-group")],
        [("joe-marr", "LEADS", "pike-brewing")],
    ),
    (  # clinics: the same in health care
        "Cedar Clinics sold\nCedar Clinics, a Denver chain, was bought by Halo Health. Cedar "
        "Clinics runs 40 clinics. Halo Health is based in Austin. The company is led by Kim Ng.",
        [("kim-ng", "LEADS", "halo-health")],
        [("kim-ng", "LEADS", "cedar-clinics")],
    ),
    (  # kept: no sentence of the holder's own since: the main firm
        "Tandor Teas changes hands\nTandor Teas, the Kent tea blender, has been sold. Brisbury, "
        "a biscuit maker, bought the rest of Tandor Teas last year. The company, now led by Rita "
        "Shah, competes with Leafy Co.",
        [("rita-shah", "LEADS", "tandor-teas")],
        [("rita-shah", "LEADS", "brisbury")],
    ),
]


@pytest.mark.parametrize("case", ENDED + KEPT, ids=lambda c: c[0][-60:])
def test_rest_portion_ended(case: Case) -> None:
    check(*case)


@pytest.mark.parametrize("case", HOLDER_AGAIN, ids=lambda c: c[0][-60:])
def test_holder_named_again(case: Case) -> None:
    check(*case)
