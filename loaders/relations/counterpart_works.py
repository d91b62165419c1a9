"""Works of a firm's counterparts in its supply chain are no seat of the firm (round 40).

- A contract maker's site: "Brisk Bottles uses contract foundries in Dongguan", "Orlen Bakes
  bakes its rolls under contract in Leeds": the works are the contract maker's. Not after an
  owner: "Calbrook runs a contract plant in Leith", "its contract plant" are its own.
- A buyer's site the goods go to: "Kaldo sends its scrap to rolling mills in Pohang": the mills
  are the buyers', the mirror of `site_guards.supplier_site` ("buys its beans from farms in C").

The words are data: `contract_words` and `shipping_verbs` in `loaders/data/places.yaml`.

>>> "contract" in CONTRACT_WORDS and "shipped" in SHIPPING_VERBS
True
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import word_set
from loaders.place_words import SITE_OWNING_VERBS
from loaders.relations.model import Sentence
from loaders.relations.site_modifiers import MODIFIER_WORDS, site_preposition
from loaders.relations.words import COUNTS, POSSESSIVE_MARKS, PREPOSITIONS, SKIP_DETS, M

CONTRACT_WORDS: Final[frozenset[str]] = word_set(place_data()["contract_words"])
SHIPPING_VERBS: Final[frozenset[str]] = word_set(place_data()["shipping_verbs"])
SHIP_REACH: Final = 20  # "sells the bulk of its scrap each year, by barge or by truck from A, to"
CLAUSE_ENDS: Final[frozenset[str]] = frozenset({";", "which", "who", "while", "whereas", "but"})
RELATIVES: Final[frozenset[str]] = frozenset({"which", "who", "that"})
# words no modifier chain of a site noun crosses: a preposition ("to retailers from plants in
# C"), a joining word ("won the contract and opened plants in C", "sells tissue to retailers
# and runs mills in C") and a verb of holding a site ("to rivals, owns plants in C")
CHAIN_BREAKS: Final[frozenset[str]] = PREPOSITIONS | SITE_OWNING_VERBS | frozenset({"and", "or"})


def _modifier(w: str) -> bool:
    """A modifier of a site noun ("two", "injection-moulding"): letters, digits, hyphens; no
    preposition, joining word or verb of holding a site (`CHAIN_BREAKS`)."""
    return w != M and w not in CHAIN_BREAKS and w.replace("-", "").isalnum()


def _unowned_modifier(w: str) -> bool:
    """A modifier of a site noun (`_modifier`) but no article or count: "to rolling mills in
    C", not "to the mills", "to two mills"."""
    return _modifier(w) and w not in SKIP_DETS and w not in COUNTS


def contracted_site(s: Sentence, k: int) -> bool:
    """The site noun at k has a contract word among its modifiers ("relies on contract
    factories in C", "uses a third-party warehouse in C") and no owner before it ("its", a
    name's "'s", "runs a"): a contract maker's works."""
    lows = s.lows
    a = k - 1
    while a >= 0 and k - a <= MODIFIER_WORDS and lows[a] not in CONTRACT_WORDS:
        if not _modifier(lows[a]):
            return False
        a -= 1
    if a < 0 or lows[a] not in CONTRACT_WORDS:
        return False
    a -= 1
    while a >= 0 and (lows[a] in SKIP_DETS or lows[a] in COUNTS or lows[a][:1].isdigit()):
        a -= 1
    if a < 0:
        return True
    w = lows[a]
    return not (w == M or w in POSSESSIVE_MARKS or w in SITE_OWNING_VERBS)


def contracted_making(lows: list[str], lo: int, hi: int) -> bool:
    """A contract word between the goods and the place of a making ("bakes its rolls under
    contract in C"): someone else makes them there."""
    return not CONTRACT_WORDS.isdisjoint(lows[lo:hi])


def buyer_site(s: Sentence, k: int) -> bool:
    """The bare plural site noun at k, past modifiers, follows a "to" that a verb of sending
    goods out governs earlier in its clause ("sends its scrap, by barge or by truck, to rolling
    mills in C", "exports its pulp to paper mills in C"): the buyers' sites. Not "its mills"
    (an owner) nor a single site."""
    lows = s.lows
    if not lows[k].endswith("s"):
        return False
    a = site_preposition(lows, k, "to", lambda b: _unowned_modifier(lows[b]))
    if a < 1:
        return False
    return _ships_to(lows, a)


def _ships_to(lows: list[str], a: int) -> bool:
    """A verb of sending goods out governs the "to" at a: no other "to" stands between (its
    own: "which sells to shops, moved to offices in C"; "and on to" goes on), nor the comma
    that closes a relative clause the verb stands in ("which sells in 30 countries, added
    cellars to wineries in C")."""
    comma = False
    for b in range(a - 1, max(-1, a - 1 - SHIP_REACH), -1):
        if lows[b] in CLAUSE_ENDS:
            return False
        if lows[b] in SHIPPING_VERBS:
            return not (comma and b > 0 and lows[b - 1] in RELATIVES)
        if lows[b] == "to" and lows[a - 1] != "on":
            return False
        comma = comma or lows[b] == ","
    return False
