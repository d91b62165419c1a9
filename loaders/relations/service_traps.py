"""Trade read as a tie: a deal for a service or a supply is no partnership, and routes run out
of a city are no location.

"Pelman renewed its haulage contract with the wholesaler Brask", "signed a five-year
distribution agreement with X", "a deal with its distributor X": trade, no partnership (a
joint venture, a partner or an alliance named in the sentence keeps it). "Tavi Air flies to
nine cities out of Leeds", "Vell Air, which flies out of Bristol": the carrier's routes, not
its seat. Both drop what the rules before them found. Words: `service_words`,
`trade_descriptors`, `joint_words` in loaders/data/partnering.yaml, `route_words` in
loaders/data/places.yaml.
"""

from __future__ import annotations

from collections.abc import Collection

from loaders.lexicon import Lexicon, read_data
from loaders.relations.model import Sentence
from loaders.relations.nav import coord
from loaders.relations.words import PUNCT_STOP, M

_DEALS = read_data("partnering.yaml")
DEAL_NOUNS: frozenset[str] = frozenset(_DEALS["deal_nouns"])
SERVICE_WORDS: frozenset[str] = frozenset(_DEALS["service_words"])
TRADE_DESCRIPTORS: frozenset[str] = frozenset(_DEALS["trade_descriptors"])
JOINT_WORDS: frozenset[str] = frozenset(_DEALS["joint_words"])
SERVICE_VERBS: frozenset[str] = frozenset(_DEALS["service_verbs"])
ROUTE_WORDS: frozenset[str] = frozenset(read_data("places.yaml")["route_words"])
DEAL_GAP = 4  # words between a deal noun and "with": "contract for its depots with X"
SERVICE_GAP = 3  # words between a service word and its deal noun: "cleaning and security deal"
ROUTE_GAP = 6
# words between "with" and the partner's name: "with the European sports chain X"
PARTNER_WORDS = 5  # words between a route word and "out of": "flies to nine cities out of X"


def drop_parties(s: Sentence, rel: str, names: list[int]) -> None:
    """Drop the relations of type `rel` that a name at a position of `names` is a party of."""
    for t in names:
        s.drop(s.ment(t), rel, None)
        s.drop(None, rel, s.ment(t))


def trade_cues(lex: Lexicon) -> Collection[str]:
    return DEAL_NOUNS | TRADE_DESCRIPTORS


def service_deals(s: Sentence) -> None:
    """A partner named after "with" in a deal for a service ("its haulage contract with X")
    or described as a trade partner ("with the wholesaler X") partners with no one."""
    if not any(f.type == "PARTNERS_WITH" for f in s.found) or not JOINT_WORDS.isdisjoint(s.lows):
        return
    traded = [t for t, w in enumerate(s.lows) if w == M and _traded_with(s, t)]
    if traded:
        drop_parties(s, "PARTNERS_WITH", traded)


def _traded_with(s: Sentence, t: int) -> bool:
    """The name at t follows "with" (a determiner and a trade descriptor between) after a
    deal noun that a service word qualifies or a service verb follows ("to haul its grain"),
    or is described as a trade partner."""
    lows = s.lows
    w = t - 1
    while w >= 0 and t - w <= PARTNER_WORDS and lows[w] != "with":
        if lows[w] == M and not s.is_det(w) and s.etypes(w) != {"Location"}:
            return False  # a place may describe the partner: "with the Dutch grocer X"
        w -= 1
    if w < 0 or lows[w] != "with":
        return False
    if not TRADE_DESCRIPTORS.isdisjoint(lows[w + 1 : t]):
        return True  # "with the wholesaler Brask", "with its distributor X"
    d = next((d for d in range(w - 1, max(-1, w - DEAL_GAP - 1), -1) if lows[d] in DEAL_NOUNS), -1)
    if d >= 0 and _serves(s, t):
        return True  # "a contract with X to haul its grain"
    for q in range(d - 1, max(-1, d - SERVICE_GAP - 1), -1) if d > 0 else ():
        if lows[q] == M or lows[q] in PUNCT_STOP:
            return False
        if lows[q] in SERVICE_WORDS:
            return True
    return False


def _serves(s: Sentence, t: int) -> bool:
    """The name at t (and the names coordinated with it) is followed by "to" and a verb of a
    service: "with Brask Haulage to carry its cheese"."""
    q = coord(s, t, +1)[-1] + 1
    lows = s.lows
    return q + 1 < len(lows) and lows[q] == "to" and lows[q + 1] in SERVICE_VERBS


def route_cues(lex: Lexicon) -> Collection[str]:
    return ROUTE_WORDS


def flown_routes(s: Sentence) -> None:
    """A place after "out of" that a route word leads to ("flies to nine cities out of
    Leeds", "operates daily flights out of Cardiff") is no seat of the carrier."""
    lows = s.lows
    if not any(f.type == "LOCATED_IN" for f in s.found):
        return
    routed = [
        t
        for t in range(2, len(lows))
        if lows[t] == M and lows[t - 2 : t] == ["out", "of"] and _route_before(lows, t - 2)
    ]
    if routed:
        drop_parties(s, "LOCATED_IN", routed)


def _route_before(lows: list[str], k: int) -> bool:
    """A route word within a few words before position k, in the same clause."""
    for q in range(k - 1, max(-1, k - ROUTE_GAP - 1), -1):
        if lows[q] == M or lows[q] in PUNCT_STOP:
            return False
        if lows[q] in ROUTE_WORDS:
            return True
    return False
