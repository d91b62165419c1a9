"""Names after a verb of owning that it does not own: the seller described after "from" and
the carrier of a bought service.

"a gas seller that it acquired from the Norland firm Ostrel", "bought Kelpmoor from the Danish
group Vestra": Ostrel and Vestra sold, they are not bought. "has bought capacity on the Saltway
Link", "bought airtime on Vellmoor Radio": the buyer is a customer of the link or the station.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import PREPOSITIONS, M

# prepositions of a service bought on a carrier: "capacity on X", "seats aboard X"
_CARRIER_PREPS: Final[frozenset[str]] = frozenset({"on", "aboard"})
_SELLER_WORDS = 6  # "from the state-owned Norland operator X": the seller's description


def described_seller(s: Sentence, e: int, obj: int) -> bool:
    """The object at obj closes a "from" phrase after the trigger ending at e, past a short
    description of lower-case words, pronouns or places ("from the Norland firm Ostrel")."""
    lows = s.lows
    frm = next((p for p in range(obj - 1, e - 1, -1) if lows[p] == "from"), -1)
    if frm < 0 or obj - frm > _SELLER_WORDS:
        return False
    for x in range(frm + 1, obj):
        if lows[x] == M:
            if not (s.is_det(x) or "Location" in s.etypes(x)):
                return False
        elif lows[x] in PREPOSITIONS or not lows[x].replace("-", "").isalpha():
            return False
    return True


def service_carrier(s: Sentence, e: int, obj: int) -> bool:
    """ "bought capacity on the X", "leased slots aboard X": a noun after the trigger ending
    at e, then a carrier preposition as the last one before the object at obj, no name between."""
    lows = s.lows
    p = next((x for x in range(obj - 1, e - 1, -1) if lows[x] in PREPOSITIONS), -1)
    return p > e and lows[p] in _CARRIER_PREPS and M not in lows[e:p]
