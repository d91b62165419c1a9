"""A deal noun whose possessor is what the deal is done to, its agent after "by".

- `possessed-by`: "Kessel Foods' acquisition by Tamworth Dairy was completed in May", "its $2bn
  takeover by Orrin Group", "Lusa Air's bailout by Fundo Atlantico": the agent OWNS (FUNDS, for
  a funding noun) the possessor. The nouns are the `nominal` nouns of
  `loaders/data/triggers.yaml` that take an object ("the takeover of X by Y" is the nominal
  rule's); a deal that did not happen or is only planned gives nothing (`deal_guards`).
- `possessed-named`: "Corvex Steel's $3bn Dunmore Metals purchase", "its Ravel acquisition":
  the deal named by the company it is done to, the possessor its agent.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, per_lexicon
from loaders.relations.deal_guards import intended, undone
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import coord, possessor_mark
from loaders.relations.words import AND_OR, DEAL_TYPES, M

MODIFIER_WORDS = 3  # "$2bn hostile": words between the possessive and the noun


@per_lexicon
def deal_nouns(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The nominal nouns of owning or funding that take an object ("acquisition", "bailout"),
    with their types."""
    return {
        noun: spec.types
        for noun, spec in lex.nominal.items()
        if spec.preps and set(spec.types) <= DEAL_TYPES
    }


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(deal_nouns(lex))


def possessed_by(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    nouns = deal_nouns(s.lex)
    for k in range(2, n - 2):
        if lows[k] not in nouns or lows[k + 1] != "by":
            continue
        agent = k + 2 + (lows[k + 2] == "the")
        if agent >= n or lows[agent] != M or s.is_det(agent):
            continue
        owner = _possessor(s, k)
        if owner < 0 or intended(s, k) or undone(s, owner, agent):
            continue
        if s.blocked(owner + 1, agent):
            continue
        agents = s.merged(coord(s, agent, +1))
        s.emit(agents, nouns[lows[k]], s.ment(owner), "nominal/possessed-by", 0.7)
    possessed_named(s, nouns)


def possessed_named(s: Sentence, nouns: dict[str, tuple[str, ...]]) -> None:
    """ "Corvex Steel's $3bn Dunmore Metals purchase was approved": the possessor OWNS (FUNDS,
    for a funding noun) the company named just before the deal noun."""
    lows = s.lows
    for k in range(3, len(lows)):
        if lows[k] not in nouns or lows[k - 1] != M or s.is_det(k - 1):
            continue
        if k + 1 < len(lows) and lows[k + 1] in ("of", "by", "talks", "plan", "bid"):
            continue  # "its Dunmore purchase of X", "the Dunmore acquisition talks"
        target = k - 1
        if set(s.etypes(target)) & {"Location", "Person"}:
            continue
        owner = _possessor(s, target)
        if owner < 0 or intended(s, k) or undone(s, owner, k):
            continue
        s.emit(s.ment(owner), nouns[lows[k]], s.ment(target), "nominal/possessed-named", 0.7)


# nouns of an agreed deal read with an infinitive of buying: "X's deal to acquire Y"
AGREED_DEALS: Final[frozenset[str]] = frozenset({"deal", "agreement"})


def agreed_to_buy(s: Sentence) -> None:
    """ "Vantor Energy's deal to acquire Selby Gas was approved", "its agreement to buy Y":
    the possessor of an agreed deal OWNS the company its infinitive buys (a bid or a plan to
    buy is no deal: not read)."""
    lows = s.lows
    n = len(lows)
    took = holding_words(s.lex).took_it
    for k in range(2, n - 3):
        if lows[k] not in AGREED_DEALS or lows[k + 1] != "to" or lows[k + 2] not in took:
            continue
        hit = took.match(lows, k + 2)
        y = k + 2 + hit[0] if hit else n
        if y < n and lows[y] == "the":
            y += 1
        if y >= n or lows[y] != M or s.ment(y).kind != "name":
            continue
        owner = _possessor(s, k)
        if owner < 0 or intended(s, k) or undone(s, owner, y) or s.blocked(owner + 1, y):
            continue
        if "Organization" not in s.etypes(y):
            continue
        s.emit(s.ment(owner), ("OWNS",), s.ment(y), "nominal/agreed-to-buy", 0.7)


def _possessor(s: Sentence, k: int) -> int:
    """The possessor before the deal noun at k ("Kessel Foods' $2bn acquisition", "its
    takeover"), past a few modifiers, else -1."""
    lows = s.lows
    t = k - 1
    while t >= 0 and k - t <= MODIFIER_WORDS and lows[t] not in ("'s", "'", M):
        if lows[t] in AND_OR:
            return -1  # "Greenlea's cash and a National Bank loan": two phrases
        if not (lows[t].isalpha() or is_money(s.lex, lows[t]) or lows[t] == "-"):
            return -1
        t -= 1
    return possessor_mark(s, t)
