"""Backing family: support for a bid, an offer or a plan, which is BACKS and never FUNDS.

- `board-backs`: "Ferrand's directors now back Orsola's offer", "X's board supports Y's bid": the
  company whose board speaks BACKS the bidder.
- `behind-bid`: "Rookwood says it is behind Halvard's offer", "is behind the bid from Halvard":
  BACKS the bidder.
- `support-not-money`: "Rookwood, which owns 4% of Dalby, says it backs Halvard", "the council
  voted to back it": "back" between two organizations, read as FUNDS by the verb rules, is
  support when no money is in the sentence and it is said, voted, or its object is a bid
  ("backs Halvard's offer").
  A union, association, council, ministry or party ("The Shoppers Union backed Brightway"),
  or one backed ("Dunlow Rovers backed the council"), is backed without saying so.
- `bid-support`: "The union backed Orlo's offer", "Orlo's offer was endorsed by the union":
  BACKS the bidder (run with `deal-support`).
- `deal-support`: "Councillor Mira Kane welcomed the buyout", "the fund has endorsed the
  takeover": support for the deal the last two sentences stated BACKS its buyer
  (`SentenceContext.buyer`).

Words: `holdings` in `loaders/data/holdings.yaml` (`loaders.relations.holding_words`).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, firsts
from loaders.relations.board_asides import board_aside_end
from loaders.relations.deal_loans import DEAL_NOUNS
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.money_clause import money_in_clause, named_in_clause
from loaders.relations.nav import agent_after, coord, subjects
from loaders.relations.words import AUXILIARIES, CLAUSE_STOP, DEFINITE_DETS, SKIP_DETS, M

BOARD_ADVERBS = frozenset(
    {"now", "also", "still", "unanimously", "formally", "publicly", "fully", "already"}
)
BOARD_MODIFIERS = frozenset(
    {"independent", "non-executive", "supervisory", "executive", "whole", "full", "entire"}
)
BID_MODIFIERS = frozenset(
    {"rival", "higher", "new", "improved", "revised", "sweetened", "cash", "all-cash"}
    | {"competing", "latest", "final", "increased", "raised", "hostile", "agreed", "fresh"}
)
OFFEREES = frozenset({"shareholders", "investors", "members", "owners", "holders"})
ACCEPT = frozenset({"accept", "back", "support", "approve", "take"})


def support_cues(lex: Lexicon) -> frozenset[str]:
    return holding_words(lex).support_forms


def board_cues(lex: Lexicon) -> frozenset[str]:
    return firsts(holding_words(lex).board_nouns)


def behind_cues(lex: object) -> frozenset[str]:
    return frozenset({"behind"})


def _bidder(s: Sentence, q: int, bid_nouns: frozenset[str]) -> int:
    """The bidder of an object at q: "Orsola's offer", "Orsola", "the bid from Orsola", "the
    higher offer from Orsola", "that shareholders accept Orsola's offer"."""
    lows = s.lows
    n = len(lows)
    if q < n and lows[q] == "that":
        q += 1
    if q + 1 < n and lows[q] in OFFEREES and lows[q + 1] in ACCEPT:
        q += 2  # "recommended that shareholders accept Orsola's offer"
    if q < n and lows[q] == M and not s.is_det(q):
        return q
    if q < n and lows[q] in SKIP_DETS:
        q += 1
        while q < n and lows[q] in BID_MODIFIERS:
            q += 1
        if q + 2 < n and lows[q] in bid_nouns and lows[q + 1] in ("from", "by", "of"):
            return q + 2 if lows[q + 2] == M else -1
    return -1


def _board_subject(s: Sentence, k: int, board_nouns: PhraseIndex) -> tuple[int, int] | None:
    """A board named at k: "Ferrand's (independent) directors" or "the board of Ferrand":
    (the company's position, the position after the board words); else None."""
    lows = s.lows
    n = len(lows)
    if lows[k] == M and k + 2 < n and lows[k + 1] == "'s" and not s.is_det(k):
        b = k + 2
        while b < n and lows[b] in BOARD_MODIFIERS:
            b += 1
        hit = board_nouns.match(lows, b) if b < n and lows[b] in board_nouns else None
        return (k, b + hit[0]) if hit else None
    if lows[k] == "the" and k + 3 < n:
        hit = board_nouns.match(lows, k + 1) if lows[k + 1] in board_nouns else None
        if hit and lows[k + 1 + hit[0]] == "of" and lows[k + 2 + hit[0]] == M:
            return k + 2 + hit[0], k + 3 + hit[0]  # "The board of Ferrand"
        if lows[k + 1] == M and not s.is_det(k + 1) and lows[k + 2] in board_nouns:
            hit = board_nouns.match(lows, k + 2)
            return (k + 1, k + 2 + hit[0]) if hit else None  # "The Ferrand board"
    return None


def board_backs(s: Sentence) -> None:
    """ "Ferrand's directors now back Orsola's offer", "The board of Ferrand recommended that
    shareholders accept Orsola's offer", "Ferrand's directors said they would support ..."."""
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    for k in range(n - 3):
        board = _board_subject(s, k, hw.board_nouns)
        if board is None:
            continue
        company, v = board
        v = board_aside_end(lows, v, n)  # "Ferrand's directors, led by Ann Lee, back ..."
        if v + 1 < n and lows[v] in hw.reporting and lows[v + 1] in ("they", "it"):
            v += 2  # "said they would support"
        while v < n and (lows[v] in AUXILIARIES or lows[v] in BOARD_ADVERBS):
            v += 1
        kind = "BACKS"
        verb = hw.back_verbs.match(lows, v) if v < n and lows[v] in hw.back_verbs else None
        if verb is None and v < n and lows[v] in hw.oppose_verbs:
            kind, verb = "DISPUTES", hw.oppose_verbs.match(lows, v)  # "rejected Orsola's offer"
        if verb is None:
            continue
        b = _bidder(s, v + verb[0], hw.bid_nouns)
        if b < 0 or s.blocked(company + 1, b):
            continue
        if kind == "DISPUTES" and not _bid_after(s, b, hw.bid_nouns):
            continue  # "Ferrand's board rejected Orsola": only a bid says whose side it is
        s.emit(s.ment(company), (kind,), s.ment(b), "backing/board-backs", 0.7)


def _bid_after(s: Sentence, b: int, bid_nouns: frozenset[str]) -> bool:
    """The bidder at b owns a bid ("Orsola's offer") or follows one ("the bid from Orsola")."""
    lows = s.lows
    q = b + 2
    while q < len(lows) and lows[q] in BID_MODIFIERS:
        q += 1  # "Orsola's hostile bid"
    if q < len(lows) and lows[b + 1] == "'s" and lows[q] in bid_nouns:
        return True
    return b >= 2 and lows[b - 1] in ("from", "by", "of") and lows[b - 2] in bid_nouns


def behind_bid(s: Sentence) -> None:
    """ "Rookwood says it is behind Halvard's offer"."""
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    for v, length, _ in hw.behind.hits(lows, 1, n - 2):
        b = _bidder(s, v + length, hw.bid_nouns)
        if b < 0:
            continue
        if lows[b - 1] != "from" and not (b + 2 < n and lows[b + 1] == "'s"):
            continue  # "the studio is behind Tangle": a maker, not a supporter
        if b + 2 < n and lows[b + 1] == "'s" and lows[b + 2] not in hw.bid_nouns:
            continue
        cands = subjects(s, v, True)
        if not cands or cands[0] > v or s.blocked(cands[0] + 1, b):
            continue
        s.emit(s.ment(cands[0]), ("BACKS",), s.ment(b), "backing/behind-bid", 0.65)


def support_not_money(s: Sentence) -> None:
    """FUNDS read from "back" with no money, said or voted or about a bid: BACKS."""
    lex, lows = s.lex, s.lows
    funds = [f for f in s.found if f.type == "FUNDS" and f.rule.startswith("verbal/")]
    if not funds:
        return
    hw = holding_words(lex)
    for f in funds:
        v, t = _back_verb(s, f.target)
        if v < 0:
            v, t = _backed_by(s, f.source, f.target)  # "X is backed by the Nurses Association"
        if v < 0 or money_in_clause(s, v) or not named_in_clause(s, v, f.source):
            continue  # "A put $4m into X, and the guild voted to back X": A's money stays
        bid = any(w in hw.bid_nouns for w in lows[t + 1 : t + 4])  # "backs Halvard's offer"
        civic = _civic(lex, f.source) or _civic(lex, f.target)  # "backed the council"
        civic = civic or _civic_described(s, f.source) or _through_case(s, t)
        if not (bid or _reported(lows, v, hw.reporting) or civic):
            continue
        s.withdraw([f])
        src = Mention((f.source,), -1, -1, conf=1.0)
        tgt = Mention((_supported(s, t, f.target),), -1, -1, conf=1.0)
        s.emit(src, ("BACKS",), tgt, "backing/support-not-money", f.confidence)


# bodies that speak for members or the public, whose "backing" is support ("The Shoppers Union
# backed Brightway"), besides the public bodies of the lexicon; and words that make a body an
# investor ("Qatar Investment Authority", "the Pension Board")
CIVIC_HEADS = frozenset(
    {"guild", "coalition", "alliance", "party", "league", "chamber", "campaign", "movement"}
)
# the words after a body's head noun in a long name ("Ministry of Defence", "Office for Ports")
HEAD_LINKS = frozenset({"of", "for"})
INVESTING_PARTS = frozenset(
    {"investment", "investments", "capital", "fund", "pension", "pensions", "wealth"}
    | {"development", "innovation", "finance", "bank", "ventures", "credit", "grants"}
)


def _civic(lex: Lexicon, source: str) -> bool:
    """A union, association, council, ministry or party (by its name's last word, or the one
    before "of"/"for": "Ministry of National Defence"; ties37) that is not an investing body."""
    parts = source.split("-")
    heads = {parts[-1]} | {parts[k - 1] for k in range(1, len(parts)) if parts[k] in HEAD_LINKS}
    if heads.isdisjoint(lex.public_bodies) and heads.isdisjoint(CIVIC_HEADS):
        return False
    return not any(p in INVESTING_PARTS for p in parts)


def _civic_described(s: Sentence, source: str) -> bool:
    """A mention of `source` described as a charity or a campaigning group: "the patients'
    group Carewell", "the consumer charity Fairtrack", "Carewell, a patients' charity,"."""
    lows = s.lows
    words = holding_words(s.lex).civic_descriptors
    for a, w in enumerate(lows):
        if w != M or source not in s.ment(a).ids:
            continue
        before = lows[max(0, a - 4) : a]
        # ", a patients' group," only: not a relative clause ("which lends to consumers")
        opens = lows[a + 1 : a + 3] in ([",", "a"], [",", "an"], [",", "the"])
        apposed = lows[a + 2 : a + 6] if opens else []
        if "," in apposed:
            apposed = apposed[: apposed.index(",")]  # ", a patients' group," only
        if not words.isdisjoint(before) or not words.isdisjoint(apposed):
            return True
    return False


def _through_case(s: Sentence, t: int) -> bool:
    """Support given through a case or a fight: "backed Holm throughout the case", "supported
    the union during the dispute"."""
    lows = s.lows
    hw = holding_words(s.lex)
    span = lows[t + 1 : t + 5]
    if span[:1] == ["throughout"] and (len(span) == 1 or span[1] in CLAUSE_STOP or span[1] == ","):
        return True  # "has backed the insurer throughout."
    return bool(span) and span[0] in hw.support_spans and not hw.support_settings.isdisjoint(span)


def _supported(s: Sentence, t: int, target: str) -> str:
    """What "it" stands for after "voted to back": the project the text last said was funded
    ("A pledged €60m to the arena. The council voted to back it."), rather than the company
    "it" was resolved to; else the target as found."""
    funded = s.context.funded
    if s.ment(t).kind == "pronoun" and funded and s.type_of(target) == "Organization":
        if s.type_of(funded) == "Project":
            return funded
    return target


def _back_verb(s: Sentence, target: str) -> tuple[int, int]:
    """The "back" verb just before a mention of `target` ("backs Halvard") and the mention;
    else (-1, -1)."""
    lows = s.lows
    forms = holding_words(s.lex).support_forms
    for t, w in enumerate(lows):
        if w != M or target not in s.ment(t).ids:
            continue
        for v in range(t - 1, max(-1, t - 3), -1):
            if lows[v] in forms:
                return v, t
    return -1, -1


def _backed_by(s: Sentence, source: str, target: str) -> tuple[int, int]:
    """The passive "backed by" right before a mention of `source` ("X is backed by the Rural
    Nurses Association") and the last mention of `target` before it; else (-1, -1)."""
    lows = s.lows
    forms = holding_words(s.lex).support_forms
    for a, w in enumerate(lows):
        by = a - 2 if a >= 2 and lows[a - 1] == "the" else a - 1
        if w != M or source not in s.ment(a).ids or by < 1 or lows[by] != "by":
            continue
        v = by - 1 if lows[by - 1] in forms else -1
        held = [t for t in range(v) if lows[t] == M and target in s.ment(t).ids]
        if v > 0 and held:
            return v, held[-1]
    return -1, -1


def _reported(lows: list[str], v: int, reporting: PhraseIndex) -> bool:
    """ "says it backs", "said it would back", "voted to back": a statement of support."""
    for q in range(max(0, v - 5), v):
        if lows[q] in reporting:
            hit = reporting.match(lows, q)
            if hit is not None and q + hit[0] <= v:
                return True
    return False


def deal_support_cues(lex: Lexicon) -> frozenset[str]:
    return firsts(holding_words(lex).deal_support)


_DEAL_DETS: Final[frozenset[str]] = DEFINITE_DETS
# a bid for the deal just stated: "threw its weight behind the bid", "would accept the offer"
OFFER_NOUNS = frozenset({"offer", "bid", "approach", "proposal", "merger", "tie-up"})


def _named_bidder(s: Sentence, q: int, nouns: frozenset[str]) -> int:
    """The bidder named in a bid phrase at q: "Orlo's offer", "the Varno bid", "the bid from
    Varno", "Orlo's improved takeover offer"; else -1."""
    lows = s.lows
    n = len(lows)
    b = -1
    if q + 1 < n and lows[q] == M and lows[q + 1] == "'s" and not s.is_det(q):
        b, q = q, q + 2
    elif q < n and lows[q] == "the":
        q += 1
        while q < n and lows[q] in BID_MODIFIERS:
            q += 1
        if q < n and lows[q] == M and not s.is_det(q):
            b, q = q, q + 1  # "the Varno bid"
    while q < n and lows[q] in BID_MODIFIERS:
        q += 1
    if q >= n or lows[q] not in nouns:
        return -1
    while q + 1 < n and lows[q + 1] in nouns:
        q += 1  # "takeover bid"
    if b < 0 and q + 2 < n and lows[q + 1] in ("from", "by") and lows[q + 2] == M:
        b = q + 2 if not s.is_det(q + 2) else -1
    appointee = lows[q] in holding_words(s.lex).appointee_nouns
    if b < 0 and appointee and q + 2 < n and lows[q + 1] == "of" and lows[q + 2] == M:
        b = q + 2 if not s.is_det(q + 2) else -1  # "the appointment of Ivo Renn"
    return b


def bid_support(s: Sentence) -> None:
    """ "The union backed Orlo's offer", "the mayor threw her weight behind the Varno bid",
    "Orlo's offer was endorsed by the union": the supporter of a named bidder's bid BACKS it
    (the offer need not be completed; supporting a bid backs the bidder)."""
    hw = holding_words(s.lex)
    lows = s.lows
    n = len(lows)
    for index in (hw.deal_support, hw.back_verbs):
        for v, length, _ in index.hits(lows, 1, n - 2):
            q = v + length
            if lows[q] == "by":
                y = agent_after(s, q + 1)  # "by the proxy adviser X"
                if y > 0:
                    _passive_bid(s, v, y, hw.named_bid_nouns)
                continue
            b = _named_bidder(s, q, hw.named_bid_nouns)
            cands = subjects(s, v, True) if b >= 0 else []
            if not cands or cands[0] > v or s.is_det(cands[0]) or s.blocked(cands[0] + 1, b):
                continue
            if b in cands or s.hedged_after(b + 1) or _funded(s, cands[0], b):
                continue
            s.emit(s.ment(cands[0]), ("BACKS",), s.ment(b), "backing/bid-support", 0.7)


def _funded(s: Sentence, a: int, b: int) -> bool:
    """ "backed the Orlo offer with a $500m loan": money, FUNDS already, no BACKS."""
    pairs = {(x, y) for x in s.ment(a).ids for y in s.ment(b).ids}
    return any(f.type == "FUNDS" and (f.source, f.target) in pairs for f in s.found)


def _passive_bid(s: Sentence, v: int, y: int, nouns: frozenset[str]) -> None:
    """ "Orlo's offer was backed by the union": the bid before the passive verb."""
    lows = s.lows
    a = v - 1
    while a >= 0 and (lows[a] in AUXILIARIES or lows[a] in BOARD_ADVERBS):
        a -= 1
    if a == v - 1 or a < 1:
        return
    a = _role_before(s, a)  # "Ada Lum's re-election as club president was backed by"
    if lows[a] not in nouns:
        return
    start = a
    while start > 0 and (lows[start - 1] in nouns or lows[start - 1] in BID_MODIFIERS):
        start -= 1
    for q in (start - 2, start - 1):  # "Orlo's offer", "the Varno bid"
        b = _named_bidder(s, q, nouns) if q >= 0 else -1
        if b >= 0 and b != y and not s.blocked(b + 1, y):
            s.emit(s.ment(y), ("BACKS",), s.ment(b), "backing/bid-support", 0.65)
            return


def _role_before(s: Sentence, a: int) -> int:
    """The appointee noun before "as <role>" ending at a ("re-election as club president"),
    else a."""
    lows = s.lows
    for x in range(a, max(0, a - 5), -1):
        if lows[x] == "as":
            before = lows[x - 1] in holding_words(s.lex).appointee_nouns
            return x - 1 if before and all(w.isalpha() for w in lows[x + 1 : a + 1]) else a
    return a


def deal_support(s: Sentence) -> None:
    """ "Councillor Mira Kane welcomed the buyout", "Kelda's biggest holder has endorsed the
    takeover": the supporter BACKS the buyer of the deal the article just stated."""
    bid_support(s)
    buyer = s.context.buyer
    if not buyer:
        return
    hw = holding_words(s.lex)
    support = hw.deal_support
    lows = s.lows
    n = len(lows)
    for v, length, _ in support.hits(lows, 1, n - 2):
        q = v + length
        if lows[q] not in _DEAL_DETS:
            continue
        q += 1
        while q < n and lows[q] in BID_MODIFIERS:
            q += 1
        if q >= n or (lows[q] not in DEAL_NOUNS and lows[q] not in OFFER_NOUNS):
            continue
        if q + 2 < n and lows[q + 1] in ("by", "from") and lows[q + 2] == M:
            continue  # "the takeover by X": the verb rules read the named buyer
        board = _board_before(s, v, hw.board_nouns)
        cands = [board] if board >= 0 else subjects(s, v, True)
        if not cands or cands[0] > v or s.is_det(cands[0]) or s.blocked(cands[0] + 1, q + 1):
            continue
        supporter = s.ment(cands[0])
        if buyer not in supporter.ids:
            target = Mention((buyer,), -1, -1, "context", 0.8)
            s.emit(supporter, ("BACKS",), target, "backing/deal-support", 0.7)
    _deal_backed_by(s, buyer)


SUPPORTED = frozenset({"backed", "supported", "endorsed", "welcomed", "approved", "favoured"})
BACKING_NOUNS: Final[frozenset[str]] = frozenset({"backing", "support", "endorsement", "blessing"})
HAVING = frozenset({"has", "have", "had", "won", "wins", "secured", "received", "got", "gained"})


def _deal_backed_by(s: Sentence, buyer: str) -> None:
    """ "The deal is backed by Castell Capital", "the offer has the backing of Castell": the
    supporter of the deal just stated BACKS its buyer."""
    lows = s.lows
    n = len(lows)
    for d, w in enumerate(lows):
        if w not in DEAL_NOUNS and w not in OFFER_NOUNS:
            continue
        if d < 1 or lows[d - 1] not in _DEAL_DETS:
            continue
        p = d + 1
        while p < n and p - d <= 3 and (lows[p] in AUXILIARIES or lows[p] in BOARD_ADVERBS):
            p += 1
        if p + 2 < n and lows[p] in SUPPORTED and lows[p + 1] == "by":
            y = p + 2
        elif p + 3 < n and lows[p - 1] in HAVING and lows[p] == "the":
            y = p + 3 if lows[p + 1] in BACKING_NOUNS and lows[p + 2] == "of" else -1
        elif p + 3 < n and lows[p] in HAVING and lows[p + 1] == "the":
            y = p + 4 if lows[p + 2] in BACKING_NOUNS and lows[p + 3] == "of" else -1
        else:
            continue
        if y < 0 or y >= n or lows[y] != M or s.is_det(y) or s.blocked(d, y):
            continue
        for x in coord(s, y, +1):
            if buyer not in s.ment(x).ids:
                target = Mention((buyer,), -1, -1, "context", 0.8)
                s.emit(s.ment(x), ("BACKS",), target, "backing/deal-support", 0.65)


BOARD_REACH: Final = 20  # words from a board to its verb, an aside between


def _board_before(s: Sentence, v: int, board_nouns: PhraseIndex) -> int:
    """The company whose board is the subject of the verb at v ("Tarrant's board recommended
    the offer", "The board of Tarrant unanimously backed the deal"), else -1."""
    lows = s.lows
    for k in range(max(0, v - BOARD_REACH), v):
        board = _board_subject(s, k, board_nouns)
        if board is None:
            continue
        company, b = board
        b = board_aside_end(lows, b, v)  # "Tarrant's board, chaired by Ann Lee, backed ..."
        while b < v and (lows[b] in AUXILIARIES or lows[b] in BOARD_ADVERBS):
            b += 1
        return company if b == v else -1
    return -1
