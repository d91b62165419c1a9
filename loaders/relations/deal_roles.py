"""Deal roles: the buyer of a sale named in a later sentence by its role.

- `sold-unnamed` (read by `loaders/article.py` on every sentence with a sale word, whether or
  not the rules run on it): "Harcourt Hotels was sold for $600m", "Fallow Chemicals agreed to be
  acquired", "Tamsin Retail sold its chain Pace Footwear on Monday": the thing sold, its buyer
  unnamed (none after "by"/"to"). `SentenceContext.sold` carries it for two sentences.
- `buyer-named`: "The buyer, Lindqvist Leisure, plans ...", "The buyer was Holm Brands", "Its
  new owner, Ardel Foods, ...", "Orlan Partners, the buyer, paid $1bn": the named buyer OWNS
  the thing sold, or FUNDS the company of a share sold ("Brenner sold its 15% stake in Tarrant.
  The buyer was Ocher Capital": `SentenceContext.stake_sold`, the same last sale).
  "The seller, X" is no buyer; "its owner" without "new" may be the old one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from loaders.lexicon import read_data, word_set
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord
from loaders.relations.words import CLAUSE_STOP, OWN_DETS, M

_DEALS: Final = read_data("deals.yaml")
SOLD_WORDS: Final[frozenset[str]] = frozenset({"sold", "acquired", "bought", "purchased", "taken"})
_CHAIN: frozenset[str] = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "agreed", "to"}
    | {"recently", "finally", "now", "just", "also", "formally", "officially"}
)
_PASSIVE: frozenset[str] = frozenset({"was", "were", "been", "be", "being", "is", "are"})
_NOT: frozenset[str] = frozenset({"not", "never", "n't", "no", "could", "may", "might", "would"})
_OBJECT_WORDS = 4  # "sold its shoe chain Pace Footwear": words between the verb and the name
_SHARE_WORDS: frozenset[str] = frozenset(
    {"stake", "stakes", "shares", "share", "holding", "interest", "%", "percent", "half"}
)
BUYER_NOUNS: frozenset[str] = frozenset(
    {"buyer", "buyers", "acquirer", "acquirers", "purchaser", "purchasers", "owner", "owners"}
)
_NEEDS_NEW: frozenset[str] = frozenset({"owner", "owners"})
# a resolved "the buyer" keeps its noun (`Mention.word`) for the rule here
ROLE_NOUNS: frozenset[str] = BUYER_NOUNS - _NEEDS_NEW
_DETS: frozenset[str] = frozenset({"its", "their", "his", "her"})
_COPULA: frozenset[str] = frozenset({"was", "is", "were", "are", "will", "be"})


def sold_unnamed(lows: list[str], ments: list[Mention | None]) -> tuple[str, ...]:
    """The ids of a thing the sentence says was sold with no buyer named, else ()."""
    n = len(lows)
    for k in range(1, n):
        w = lows[k]
        if w not in SOLD_WORDS or (w == "taken" and lows[k + 1 : k + 2] != ["over"]):
            continue
        e = k + 1 + (w == "taken")
        if e + 1 < n and lows[e] in ("by", "to") and M in lows[e + 1 : e + 4]:
            continue  # "was sold to Y", "was bought by rival Y": the verb rules read it
        got = _passive_subject(lows, k) if lows[k - 1] in _CHAIN else -1
        if got < 0 and w == "sold":
            got = _active_object(lows, ments, k)
        m = ments[got] if got >= 0 else None
        if m is not None:
            return m.ids
    return ()


def _passive_subject(lows: list[str], k: int) -> int:
    """ "X was sold", "X has been sold", "X agreed to be acquired": the position of X, else -1."""
    b = k - 1
    while b >= 0 and k - b <= 5 and lows[b] in _CHAIN:
        b -= 1
    chain = lows[b + 1 : k]
    if b < 0 or lows[b] != M or _PASSIVE.isdisjoint(chain):
        return -1
    if "to" in chain and "agreed" not in chain:
        return -1  # "is expected to be sold", "is to be sold": not yet
    return b


def _active_object(lows: list[str], ments: list[Mention | None], k: int) -> int:
    """ "A sold its shoe chain Pace Footwear on Monday": the position of the thing sold (a
    name a few plain words after "sold", no share in between), else -1."""
    if not any(lows[b] == M for b in range(max(0, k - 3), k)):
        return -1
    for p in range(k + 1, min(len(lows), k + 1 + _OBJECT_WORDS)):
        m = ments[p] if lows[p] == M else None
        if m is not None and m.kind == "pronoun" and m.word in _DETS:
            continue  # "sold its chain X"
        if m is not None:
            return p if m.kind == "name" else -1
        if not lows[p].isalpha() or lows[p] in _SHARE_WORDS or lows[p] in _NOT:
            return -1
    return -1


def buyer_named(s: Sentence) -> None:
    """The buyer named by its role after the article's last sale: it OWNS a company sold whole
    (`SentenceContext.sold`) and FUNDS the company of a share sold (`stake_sold`, as "bought a
    stake in X"; the seller is no buyer)."""
    sold, rel = s.context.sold, "OWNS"
    sellers: tuple[str, ...] = ()
    if not sold and s.context.stake_sold is not None:
        (sellers, sold), rel = s.context.stake_sold, "FUNDS"
    if not sold:
        return
    lows = s.lows
    if lows[0] != M:
        buyer = _role_first(lows)
    elif s.ment(0).kind == "np" and s.ment(0).word in ROLE_NOUNS:
        buyer = _named_after(lows, 1)  # "The buyer" resolved as a reference
    elif s.is_det(0) and len(lows) > 2 and lows[1] in ROLE_NOUNS:
        buyer = _named_after(lows, 2)  # "Its buyer, Y, paid $2bn"
    else:
        buyer = _role_after(lows)
    if buyer < 0 or s.is_det(buyer) or set(s.ment(buyer).ids) & {*sold, *sellers}:
        return
    if s.blocked(0, buyer + 1):
        return
    owned = Mention(sold, -1, -1, "context", 0.8)
    s.emit(s.merged(coord(s, buyer, +1)), (rel,), owned, "deal-roles/buyer-named", 0.7)


def _role_noun(lows: list[str], p: int) -> int:
    """After "the"/"its" at p-1: the position after "[new] buyer", else -1."""
    new = p < len(lows) and lows[p] == "new"
    p += new
    if p >= len(lows) or lows[p] not in BUYER_NOUNS or (lows[p] in _NEEDS_NEW and not new):
        return -1
    return p + 1


def _role_first(lows: list[str]) -> int:
    """ "The buyer, Y,", "The buyer was Y", "Its new owner Y": the position of Y, else -1."""
    if lows[0] not in OWN_DETS:
        return -1
    q = _role_noun(lows, 1)
    return _named_after(lows, q) if q > 0 else -1


def _named_after(lows: list[str], q: int) -> int:
    """After the role at q: the name in ", Y" or "was Y", else -1."""
    if q + 1 >= len(lows):
        return -1
    if lows[q] == "," or lows[q] in _COPULA:
        q += 1
    return q if lows[q] == M else -1


def _role_after(lows: list[str]) -> int:
    """ "Y, the buyer, paid": 0 when the role follows the opening name, else -1."""
    if len(lows) < 5 or lows[1] != "," or lows[2] not in OWN_DETS:
        return -1
    q = _role_noun(lows, 3)
    return 0 if q > 0 and q < len(lows) and lows[q] == "," else -1


# a bid's nouns and the verbs of an intended purchase: "an offer for T", "talks to buy T"
BID_NOUNS: frozenset[str] = frozenset({"offer", "bid", "approach", "proposal"})
BUY_INFINITIVES: frozenset[str] = frozenset({"buy", "acquire", "purchase"})


def bid_for(
    lows: list[str], ments: list[Mention | None], type_of: Callable[[str], str]
) -> tuple[str, str] | None:
    """(bidder, target) of "A made an offer for T", "A launched a bid for T", "A is in talks
    to buy T", "A is trying to take over T", "A has bid $9 a share for T" (a price between
    the bid and "for"): the first organization named, and the organization after the bid;
    the other way round for "T rejected a takeover offer from A"; else None."""
    orgs = [
        (k, m.ids[0])
        for k, m in enumerate(ments)
        if m is not None
        and len(m.ids) == 1
        and m.kind == "name"
        and type_of(m.ids[0]) == "Organization"
    ]
    if len(orgs) < 2:
        return None
    first = orgs[0]
    for k, rid in orgs[1:]:
        if k >= 2 and lows[k - 1] == "from" and _priced_bid(lows, k - 2):
            return (rid, first[1]) if rid != first[1] else None  # "T received an offer from A"
        if k >= 2 and (
            (lows[k - 1] == "for" and _priced_bid(lows, k - 2))
            or (lows[k - 1] in BUY_INFINITIVES and lows[k - 2] == "to")
            or (k >= 3 and lows[k - 3 : k] == ["to", "take", "over"])  # "is trying to take over T"
        ):
            return (first[1], rid) if rid != first[1] else None
    return None


PRICE_REACH: Final = 6  # words of a price between a bid and its "for": "of 40 euros a share"
BID_VERBS: Final[frozenset[str]] = word_set(_DEALS["bid_verbs"])
BIDDING: Final[frozenset[str]] = word_set(_DEALS["bidding"])  # "is bidding for T"


def _priced_bid(lows: list[str], k: int) -> bool:
    """A bid noun at k, or a bid noun or verb a price before it ("bid 40 euros a share",
    "an offer of $12 per share"): no name, comma or clause stop between."""
    if lows[k] in BID_NOUNS or lows[k] in BIDDING:
        return True
    for j in range(k, max(-1, k - PRICE_REACH - 1), -1):
        w = lows[j]
        if w in BID_NOUNS or w in BID_VERBS:
            return j < k
        if w == M or w == "," or w in CLAUSE_STOP:
            return False
    return False
