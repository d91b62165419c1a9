"""Holdings family: stakes whose company goes unnamed or is named in an unusual place.

- `share-holder`: a share as the subject, its holder after the verb: "The last quarter belongs to
  Osterby Capital", "The remaining 40% is held by X, which bought it in 2018" (OWNS the company
  the article is about, `SentenceContext.stake_topic`; FUNDS too when a relative clause says the
  holder bought in).
- `kept-share`: a holder keeping a share with no company named: "Lena Quarrington will retain a
  10% holding", "The family holds nearly all the rest" (OWNS the company of the article).
- `paid-in-shares`: "Vesk will be paid in Korrin shares", "Vesk receives shares in Korrin": the
  one paid holds the company whose shares it gets (OWNS).
- `co-holder`: "It has bought 25% of the Quay terminal alongside Orla Ports, which keeps the
  other 75%": the co-holder holds what the sentence's stake is in (a project: FUNDS).
- `named-share`: "Brunn will take 10% of that mine, called the Ruska Knoll project": the stake is
  in the thing the naming participle names.
- `lost-to`: "Menzel lost Corra Snacks to Vale Foods, which acquired it last year": "it" is the
  thing lost (Vale Foods OWNS Corra Snacks), not the clause's subject.
- `whose-holder`: "Brisk, whose largest shareholder is the state fund Sorrel, with 9%" (OWNS);
  `named_holder`: a holder whose company a role names holds no company of the context as well.
- `majority-stake`: "completed the purchase of an 80% stake in the club": a majority stake the
  noun rules read as FUNDS is OWNS.
- `bought-share`: "X bought 40% in 2019" with no company named: a minority bought (FUNDS).

Words: `holdings` in `loaders/data/holdings.yaml` (`loaders.relations.holding_words`).
"""

from __future__ import annotations

from typing import Final, NamedTuple

from loaders.lexicon import Lexicon, PhraseIndex, firsts, per_lexicon
from loaders.relations.bare_buys import bought_ends, buying_at, own_stake, sized_stake
from loaders.relations.bought_here import bought_here
from loaders.relations.bought_holders import HOLDER_ADVERBS, bought_after_holder
from loaders.relations.deal_guards import intended
from loaders.relations.further_shares import further_owned
from loaders.relations.hedge_scope import ended_hold
from loaders.relations.holding_words import HoldingWords, holding_words
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.nav import agent_after, coord, right, subjects
from loaders.relations.rest_holders import held_before_by
from loaders.relations.rest_keepers import keeper_first
from loaders.relations.split_holders import earlier_holder, sold_thing, sold_to
from loaders.relations.stake import (
    MAJORITY,
    gapped_from,
    names_holders,
    percent_at,
    role_firm,
    sold_by,
)
from loaders.relations.stake_host import in_which
from loaders.relations.words import AUXILIARIES, M

CLAUSE_OPENERS = frozenset({",", ";", "and", "but", "while", "whereas", ":"})
SHARE_ENDS = frozenset(
    {".", ",", ";", "and", "after", "once", "when", "following", "until", "since", "today", "now"}
)
# the linking words of the holder phrases: no cue ("is held by": "held")
HOLDER_LINKS = frozenset({"is", "are", "was", "were", "to", "by", "with", "in", "the", "of"})
# "the remaining shares are held by X": the rest of a stake stated before
REST_SHARES: Final = frozenset({"shares", "stock", "equity", "capital"})
REST_MODIFIERS = frozenset({"remaining", "other", "outstanding"})
# a part of a kept share: "most of the rest", skipped after a keeping verb (`_share_start`)
PORTIONS: Final[tuple[list[str], ...]] = (["most", "of"], ["much", "of"])


def share_cues(lex: Lexicon) -> frozenset[str]:
    """Cue words of `share_holder`: the share words and the verbs of its holder phrases ("belongs",
    "held", "owned"; not "is", which nearly every sentence has)."""
    hw = holding_words(lex)
    verbs = {w for phrase in hw.share_holders.phrases() for w in phrase} - HOLDER_LINKS
    return hw.share_words | verbs


def keep_cues(lex: Lexicon) -> frozenset[str]:
    """Cue words of `kept_share`: the keeping and buying verbs (the first words at which
    `_kept_verb` may find one). A plain function: `constructions` refers to it, and mypyc
    cannot type a decorated function across that import cycle."""
    return _keep_words(lex)


@per_lexicon
def _keep_words(lex: Lexicon) -> frozenset[str]:
    hw = holding_words(lex)
    return firsts(hw.keep_verbs, hw.buy_share) | firsts(hw.stake_takes) | lex.stake_pay_preps


def _share(s: Sentence, k: int, hw: HoldingWords) -> tuple[float, int] | None:
    """A share at k with no company after it: (value, end); value 0 for "the rest"."""
    lows = s.lows
    if lows[k] in hw.share_words:
        value, e = 0.0, k + 1
    elif lows[k] in REST_SHARES and k >= 1 and lows[k - 1] in REST_MODIFIERS:
        value, e = 0.0, k + 1  # "the remaining shares": the rest
    elif lows[k] in s.lex.stake_held:
        value, e = 0.0, k  # "B and C also hold stakes", "hold minority stakes": no size
    else:
        pct = percent_at(lows, k)
        if pct is None:
            return None
        value, e = pct
    if e < len(lows) and lows[e] in s.lex.stake_nouns:
        e += 1  # "a 10% holding"
    if e < len(lows) and lows[e] in ("of", "in") and not _year_after_prep(lows, e):
        sized = sized_stake(s, e) if lows[k] in s.lex.stake_held else None
        if sized is None:
            return None  # "a quarter of Tessa": the stake rules read it
        value, e = sized  # "a stake of about 15%"
    return value, e


def _lead_start(lows: list[str], k: int, leads: frozenset[str]) -> int:
    """The first word of the share phrase ending at k ("the last quarter": "the")."""
    b = k
    while b > 0 and lows[b - 1] in leads:
        b -= 1
    return b


def _topic(s: Sentence, holders: Mention) -> Mention | None:
    topic = s.context.stake_topic
    if not topic or topic in holders.ids:
        return None
    return Mention((topic,), -1, -1, "context", 0.8)


def _residual_owner(s: Sentence, holders: Mention, k: int) -> Mention | None:
    """What the share subject at k is of: "the rest" only after a sentence that stated a stake
    (`SentenceContext.held_before`: "A holds 60% of X. The rest belongs to B"; not after "40%
    of the market"); "the remaining 25%" that stake too when there is one ("A is buying 75% of
    X. The remaining 25% is owned by B": X, not A); another fraction or figure ("the last
    quarter"): the company the article is about."""
    word = s.lows[k]
    held = [i for i in s.context.held_before if i not in holders.ids]
    if word in s.lex.stake_rest or word in REST_SHARES:
        if not held:  # "A holds 66% of X; the rest belongs to B": the stake just stated
            held = [f.target for f in s.found if f.type == "OWNS" and f.source not in holders.ids]
        if not held:  # "The X family owns 70% of Y; the rest ...": a stake of no entity's
            held = _share_of_before(s, k, holders)
        return Mention((held[0],), -1, -1, "context", 0.8) if held else None
    if held and k >= 1 and s.lows[k - 1] in REST_MODIFIERS:
        return Mention((held[0],), -1, -1, "context", 0.8)
    return _topic(s, holders)


def _share_of_before(s: Sentence, k: int, holders: Mention) -> list[str]:
    """The company of the last "N% of X" before token k in the sentence ("The Haugvoll family
    owns 70% of Fjordvaka; the remainder ..."), not one of the holders; else []."""
    lows = s.lows
    for j in range(k - 1, -1, -1):
        pct = percent_at(lows, j)
        if pct is None or pct[1] >= k or lows[pct[1]] != "of":
            continue
        m = right(s, pct[1] + 1, 1)
        if 0 <= m < k and not s.is_det(m):
            ids = [i for i in s.ment(m).ids if i not in holders.ids]
            return ids[:1]
        return []
    return []


def _possessor(s: Sentence, h: int) -> bool:
    """ "its founders": the mention at h is a determiner of a noun, not the holder."""
    return s.lows[h + 1 : h + 2] not in ([","], ["."], [";"], ["and"], ["'s"], [])


def _and_with(s: Sentence, p: int) -> int:
    """ "sit with its founders and with X": the name after a later "and with", else -1."""
    lows = s.lows
    for q in range(p, min(len(lows) - 2, p + 6)):
        if (lows[q] == M and q > p) or lows[q] in (".", ";", ","):
            return -1
        if lows[q : q + 2] == ["and", "with"] and lows[q + 2] == M and not s.is_det(q + 2):
            return q + 2
    return -1


def _phrase_end(lows: list[str], e: int, index: PhraseIndex) -> int:
    """The end of a phrase of `index` at e, adverbs inside it skipped ("belongs entirely to",
    "is still held by"); else -1."""
    kept: list[int] = []
    for q in range(e, min(len(lows), e + 9)):
        if not (lows[q].endswith("ly") or lows[q] in HOLDER_ADVERBS):
            kept.append(q)
    hit = index.match([lows[q] for q in kept], 0) if kept and kept[0] == e else None
    return kept[hit[0] - 1] + 1 if hit else -1


def share_holder(s: Sentence) -> None:
    """ "The last quarter belongs to X", "The remaining 40% is held by X", "The rest is X's"."""
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    for k in range(n - 2):
        share = _share(s, k, hw)
        if share is None:
            continue
        b = _lead_start(lows, k, hw.share_leads)
        if b > 0 and lows[b - 1] not in CLAUSE_OPENERS:
            continue  # the share is no clause subject
        e = share[1]
        possessed = e + 1 < n and lows[e] in ("is", "are", "was") and lows[e + 1] == M
        if possessed:
            h = e + 1  # "The last quarter is Osterby Capital's"
        else:
            p = _phrase_end(lows, e, hw.share_holders)
            h = right(s, p, 2) if p > 0 else -1
            if p > 0 and lows[p - 1] == "with" and (h < 0 or _possessor(s, h)):
                later = _and_with(s, p)  # "sit with its founders and with X"
                h = later if later >= 0 else h
            if h < 0 and p > 0 and lows[p - 1] == "by":
                h = agent_after(s, p)  # "is held by the Swedish pension fund AP Nord"
        if h < 0 or s.is_det(h):
            continue
        idx = coord(s, h, +1)
        holders = s.merged(idx)
        last = idx[-1] + 1
        if last < n and lows[last] == "'s":
            last += 1
        if possessed and last < n and lows[last] not in (",", ".", ";"):
            continue  # "The last quarter was Arden's best ever": a period, no share
        owned = _residual_owner(s, holders, k)
        if (
            owned is None
            or s.blocked(b, h)
            or (
                owned.kind == "context"
                and (earlier_holder(s, owned, k) or held_before_by(s, holders))
            )
        ):
            # co-holder: "A has 70% of the mill; the rest is B's": not of A; "A holds 15% of
            # X. The other 85% belongs to the parent": the parent is not A
            continue
        bought = bought_after_holder(s, last, hw)
        s.emit(
            holders,
            ("OWNS", "FUNDS") if bought else ("OWNS",),
            owned,
            "holdings/share-holder",
            0.7,
            every=True,
        )


def kept_share(s: Sentence) -> None:
    """ "X will retain a 10% holding.", "She and her relatives hold nearly all the rest.",
    "X, which has a 30% holding, ...", "X bought 40% in 2019." (a minority bought: FUNDS)."""
    hw = holding_words(s.lex)
    verbs = _keep_words(s.lex)
    for v in range(1, len(s.lows) - 1):
        if s.lows[v] not in verbs:
            continue  # no keeping or buying verb starts here (most words: one set test)
        span = _kept_span(s, v, hw)
        if span is not None:
            _kept_at(s, v, hw, span)


class KeptSpan(NamedTuple):
    """A keeping or buying verb's share (`_kept_span`)."""

    buying: bool
    noun: bool  # whether a stake noun must follow the share ("took a 10% stake")
    a: int  # where the verb's subject is looked for before
    q: int  # the share's start
    e: int  # the share's end
    tailed: bool  # a word after the share that is no `SHARE_ENDS` and opens no year


class KeptVerb(NamedTuple):
    """A keeping or buying verb (`_kept_verb`)."""

    length: int
    buying: bool
    noun: bool  # whether a stake noun must follow the share ("took a 10% stake")
    subject: int  # the verb whose subject holds: `bare_buys.buying_at`


def _kept_span(s: Sentence, v: int, hw: HoldingWords) -> KeptSpan | None:
    """The keeping or buying verb at v and the share it keeps or buys (`KeptSpan`), else
    None."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    verb = _kept_verb(s, v, hw)
    if verb is None:
        return None
    buying, noun, a = verb.buying, verb.noun, verb.subject
    q = _share_start(s, v + verb.length, hw, buying)
    share = _share(s, q, hw) if q < n else None
    if share is None:
        return None
    value, e = share
    if buying and (lows[q] in lex.stake_rest or value >= MAJORITY or intended(s, a)):
        return None  # "bought the rest": how much is then held is not said
    bare = (
        lows[q] not in hw.share_words
        and lows[e - 1] not in lex.stake_nouns
        and lows[q] not in lex.stake_held
    )
    if (not buying or noun) and bare:
        return None  # "holds 3%.": the stake rules read a bare percentage
    tailed = e < n and lows[e] not in SHARE_ENDS and not _year_after_prep(lows, e)
    if tailed:
        # a possessed stake ("bought its stake in 2020") only before a year or the end: with
        # the other tails ("last year", "for £9m") it cost precision on a scored set
        if not buying or s.is_det(q - 1) or not bought_ends(s, e):
            return None
        if bare and lows[v] not in hw.bought_forms:
            return None  # "Halvik picked up 3% on Tuesday": a share price's move (review 21)
    if not buying and ended_hold(lows, v, e - 1):
        return None  # "had owned most of the rest", "owned the rest until 2020": over (rr37m)
    if lows[v - 2 : v] == [",", "each"]:
        return None  # "A and B set up X, each keeping half": A's and B's (joint/each-holding)
    return KeptSpan(buying, noun, a, q, e, tailed)


def _kept_at(s: Sentence, v: int, hw: HoldingWords, span: KeptSpan) -> None:
    """The holders of the share `_kept_span` found at the verb v and the company it is of:
    FUNDS for a minority bought, OWNS (and FUNDS for a holder that bought in) for one kept."""
    buying, noun, a, q, e, tailed = span
    cands = subjects(s, a, True)
    cands = cands if buying else keeper_first(s, v, cands)  # "P, who ... her cousin, C, keeps"
    if not cands or cands[0] > a or s.is_det(cands[0]) or in_which(s, cands[0]):
        return  # "X, in which H owns a 60% stake": X's (`stake.percents`), not the topic's
    idx = coord(s, cands[0], -1)
    holders = s.merged(idx)
    sold = -1 if buying else sold_by(s, holders, v)  # "sells 60% of X and keeps the rest"
    owned = s.ment(sold) if sold >= 0 else _residual_owner(s, holders, q)
    if owned is not None and owned.kind == "context" and len(idx) == 1:
        owned = role_firm(s, idx[0]) or owned  # "bought X from its founder F, who keeps 9%"
    if (noun or tailed) and owned is not None and _other_taken(s, owned, holders):
        return  # the readings of round 21: a stake taken, a share with a price or time
    owned = bought_here(s, holders, further_owned(s, holders, q, owned)) if sold < 0 else owned
    sale = sold_to(s, owned) if owned is not None else None
    if sale is not None:  # "kept 10% once she sold the bulk of it to B": not of B
        owned = sold_thing(s, sale, holders)
    if owned is None or s.blocked(cands[0] + 1, e):
        return
    if buying:
        s.emit(holders, ("FUNDS",), owned, "holdings/bought-share", 0.6)
        return
    bought = bought_after_holder(s, max(idx) + 1, hw)  # "X, which bought in during 2018, owns ..."
    types = ("OWNS", "FUNDS") if bought else ("OWNS",)
    s.emit(holders, types, owned, "holdings/kept-share", 0.65, every=True)
    gapped_from(s, e, owned)  # "A has a 12% stake, B 8% and C 5%"


def _other_taken(s: Sentence, owned: Mention, holders: Mention) -> bool:
    """A share bought with no company named, given to the article's company, when one of the
    two sentences before said another company was bought (`SentenceContext.takeover_target`:
    "Borland bought Dornier in 2019. A year later Halvik took a 10% stake": Dornier's, maybe,
    not the article's company; review 21). Only for the readings of round 21 (a stake taken, a
    share before a price or time): the older "X bought 40% in 2019" kept it on a scored set."""
    target = s.context.takeover_target
    if target is None or target in owned.ids or target in holders.ids:
        return False  # "Borland bought Halvik. A year later Halvik took 10%": of the topic
    return owned.ids == (s.context.stake_topic,)


def _kept_verb(s: Sentence, v: int, hw: HoldingWords) -> KeptVerb | None:
    """The keeping or buying verb at v (`KeptVerb`), else None."""
    w = s.lows[v]
    hit = hw.keep_verbs.match(s.lows, v) if w in hw.keep_verbs else None
    if hit is not None:
        return KeptVerb(hit[0], False, False, v)
    bought = buying_at(s, v, hw)
    return KeptVerb(bought[0], True, bought[1], bought[2]) if bought is not None else None


def _share_start(s: Sentence, q: int, hw: HoldingWords, buying: bool) -> int:
    """The share's first word after the verb, past its leads ("the remaining", "a further");
    a kept one past a portion of it too ("holds most of the rest": `PORTIONS`), a bought one
    past its buyer's possessive ("bought its stake", `bare_buys.own_stake`)."""
    lows, n = s.lows, len(s.lows)
    if not buying and lows[q : q + 2] in PORTIONS:
        q += 2  # "hold most of the remaining shares", "own most of the rest": a part of the rest
    while q < n and lows[q] in hw.share_leads and lows[q] not in hw.share_words:
        q += 1
    if buying and q < n and own_stake(s, q) > q:
        q += 1
    while buying and q < n and _bought_lead(s, q, hw):
        q += 1  # "took a sizeable minority stake"
    return q


def _bought_lead(s: Sentence, q: int, hw: HoldingWords) -> bool:
    """A word before a bought share: a lead or a stake filler ("significant", "sizeable")."""
    w = s.lows[q]
    return w not in hw.share_words and (w in hw.share_leads or w in s.lex.stake_fillers)


def _year_after_prep(lows: list[str], e: int) -> bool:
    """ "in 2019", "since 2015" at e: a year after a share, not its company (a year only, unlike
    `elided_shares._date_at`, which takes a month too)."""
    return e + 1 < len(lows) and lows[e] in ("in", "since") and lows[e + 1][:1].isdigit()


def paid_cues(lex: Lexicon) -> frozenset[str]:
    return holding_words(lex).share_pay_nouns


def paid_in_shares(s: Sentence) -> None:
    """ "Vesk will be paid in Korrin shares", "Vesk will receive new shares in Korrin"."""
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    for v, length, _ in hw.share_pay.hits(lows, 1, n - 2):
        q = v + length
        while q < n and (lows[q] in ("new", "fresh", "the", "some") or lows[q][:1].isdigit()):
            q += 1
        owned = -1
        if q + 1 < n and lows[q] == M and lows[q + 1] in hw.share_pay_nouns:
            owned = q  # "paid in Korrin shares"
        elif q + 2 < n and lows[q] in hw.share_pay_nouns and lows[q + 1] in ("in", "of"):
            owned = q + 2 if lows[q + 2] == M else -1  # "receive shares in Korrin"
        if owned < 0:
            continue
        cands = subjects(s, v, True)
        if not cands or cands[0] > v or s.is_det(cands[0]) or s.blocked(cands[0] + 1, owned):
            continue
        if names_holders(s, cands[0]):
            continue  # "Shareholders of X will be paid in K shares": X's holders, not X
        holder, target = s.ment(cands[0]), s.ment(owned)
        if holder.shares(target):
            continue
        if s.emit(holder, ("OWNS",), target, "holdings/paid-in-shares", 0.7):
            s.drop(holder, "FUNDS", target)
            # "..., which makes it a shareholder of the group": the company paying in its
            # shares neither funds nor owns the one it pays
            s.drop(target, "FUNDS", holder)
            s.drop(target, "OWNS", holder)


def co_cues(lex: object) -> frozenset[str]:
    return frozenset({"which", "who"})


def co_holder(s: Sentence) -> None:
    """ "... 25% of the Quay terminal alongside Orla Ports, which keeps the other 75%"."""
    lows = s.lows
    n = len(lows)
    held = [f for f in s.found if f.rule.startswith("stake/") and f.type in ("OWNS", "FUNDS")]
    if not held:
        return
    hw = holding_words(s.lex)
    for k in range(1, n - 4):
        if lows[k] not in ("which", "who") or lows[k - 1] != "," or k < 2 or lows[k - 2] != M:
            continue
        q = k + 1
        while q < n and (lows[q] in AUXILIARIES or lows[q] in HOLDER_ADVERBS):
            q += 1
        hit = hw.co_hold.match(lows, q) if q < n and lows[q] in hw.co_hold else None
        if hit is None:
            continue
        r = q + hit[0]
        if not (r + 1 < n and lows[r] == "the" and lows[r + 1] in s.lex.stake_left_over):
            continue  # "which keeps the other 75%", "which holds the rest"
        if not _rest_share(s, r + 1, hw.share_words):
            continue  # "which keeps the other turbines": no share
        holder = s.ment(k - 2)
        for f in held:
            if f.source in holder.ids or f.target in holder.ids:
                continue
            target = Mention((f.target,), -1, -1)
            if not s.blocked(k, r + 2):
                s.emit(holder, ("OWNS", "FUNDS"), target, "holdings/co-holder", 0.65)
            break


def _rest_share(s: Sentence, k: int, share_words: frozenset[str]) -> bool:
    """ "the other 75%", "the rest", "the remaining shares", "the other half": a share left."""
    lows = s.lows
    if lows[k] in s.lex.stake_rest:
        return True
    q = k + 1
    return q < len(lows) and (
        percent_at(lows, q) is not None or lows[q] in s.lex.stake_nouns or lows[q] in share_words
    )


def named_cues(lex: Lexicon) -> frozenset[str]:
    return firsts(holding_words(lex).naming)


def named_share(s: Sentence) -> None:
    """ "Brunn will take a 10% stake in that mine, called the Ruska Knoll project"."""
    lows = s.lows
    n = len(lows)
    for c, length, _ in holding_words(s.lex).naming.hits(lows, 3, n - 1):
        if lows[c - 1] != ",":
            continue
        t = c + length
        if t < n and lows[t] == "the":
            t += 1
        if t >= n or lows[t] != M:
            continue
        d = c - 2  # back over the described thing to its demonstrative
        while d >= 0 and c - d <= 4 and lows[d].isalpha() and lows[d] not in ("that", "this"):
            d -= 1
        if d < 1 or lows[d] not in ("that", "this") or lows[d - 1] not in ("of", "in"):
            continue
        found = _stake_before(s, d - 1)
        if found is None:
            continue
        verb, value, buying = found
        cands = subjects(s, verb, True)
        if not cands or cands[0] > verb or s.blocked(cands[0] + 1, t):
            continue
        types = ("FUNDS",) if buying and value < MAJORITY else ("OWNS", "FUNDS")
        s.emit(s.ment(cands[0]), types, s.ment(t), "holdings/named-share", 0.65)


def _stake_before(s: Sentence, of: int) -> tuple[int, float, bool] | None:
    """The stake verb and share before "of"/"in" at `of`: "will take 10% of", "bought a 25%
    stake in": (verb position, value, whether bought)."""
    lows, lex = s.lows, s.lex
    k = of - 1
    if k >= 0 and lows[k] in lex.stake_nouns:
        k -= 1
    pct = None
    while k >= 0 and of - k <= 4:
        pct = percent_at(lows, k)
        if pct is not None:
            break
        k -= 1
    if pct is None:
        return None
    v = k - 1
    while v >= 0 and lows[v] in lex.stake_fillers:
        v -= 1
    for index, buying in ((lex.stake_buy, True), (lex.stake_hold, False)):
        for start in (v, v - 1):
            if start >= 0 and lows[start] in index:
                hit = index.match(lows, start)
                if hit and start + hit[0] == v + 1:
                    return start, pct[0], buying
    return None


def lost_cues(lex: Lexicon) -> frozenset[str]:
    return firsts(holding_words(lex).lost_to)


def lost_to(s: Sentence) -> None:
    """ "Menzel lost Corra Snacks to Vale Foods, which acquired it last year": "it" is what was
    lost (Vale Foods OWNS Corra Snacks); "lost its licence to V, which acquired it": a thing
    with no name, so no ownership between the two companies."""
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    for v, length, _ in hw.lost_to.hits(lows, 1, n - 6):
        x = v + length
        t = x
        while t < n and t - x <= 3 and lows[t] != "to" and lows[t] not in CLAUSE_OPENERS:
            t += 1  # "its licence", "the contract", "Corra Snacks"
        if t + 3 >= n or lows[t] != "to" or lows[t + 1] != M or t == x:
            continue
        y = t + 1
        if lows[y + 1 : y + 3] != [",", "which"]:
            continue
        q = y + 3
        while q < n and (lows[q] in AUXILIARIES or lows[q] in HOLDER_ADVERBS):
            q += 1
        took = hw.took_it.match(lows, q) if q < n and lows[q] in hw.took_it else None
        if took is None or q + took[0] >= n or lows[q + took[0]] != M:
            continue
        it = s.ment(q + took[0])
        if it.kind != "pronoun":
            continue
        named = t == x + 1 and lows[x] == M and not s.is_det(x)
        buyer = s.ment(y)
        lost = s.ment(x) if named else Mention((), -1, -1)
        gone = [f for f in s.found if _wrong_it(f, buyer, it, lost)]
        s.withdraw(gone)
        if named and not s.blocked(v, q):
            s.emit(buyer, ("OWNS",), lost, "holdings/lost-to", 0.7)


def _wrong_it(f: Found, buyer: Mention, it: Mention, lost: Mention) -> bool:
    """An ownership between the buyer and what "it" was resolved to, when that is not the
    thing lost."""
    if f.type != "OWNS":
        return False
    ends = {f.source, f.target}
    return bool(ends & set(buyer.ids)) and bool(ends & set(it.ids)) and not ends & set(lost.ids)


def whose_cues(lex: object) -> frozenset[str]:
    return frozenset({"whose"})


def whose_holder(s: Sentence) -> None:
    """ "Brisk Foods, whose largest shareholder is the state fund Sorrel Invest, with 9%": the
    holder the relative clause names owns its antecedent (and no company of the context)."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k in range(2, n - 4):
        if lows[k] != "whose" or lows[k - 1] != "," or lows[k - 2] != M:
            continue
        if s.is_det(k - 2) and k - 2 > 0:
            continue  # only a sentence's opening description: "The firm, whose owner is X,"
        q = k + 1
        if lows[q] in lex.holder_ranks:
            q += 1
        if q + 2 >= n or lows[q] not in lex.holder_nouns or lows[q + 1] not in ("is", "was"):
            continue
        h = q + 2
        if lows[h] in ("the", "a"):
            h += 1
            h = _past_place_hyphen(s, h)  # "the Graz-based holding Reiter"
            while h < n and h - q <= 8 and lows[h] != M and lows[h].isalpha():
                h += 1  # "the state fund Sorrel Invest"
        if h >= n or lows[h] != M or s.is_det(h) or s.blocked(k, h):
            continue
        if lows[q] in MONEY_HOLDERS and not any(
            percent_at(lows, p) for p in range(h + 1, min(n, h + 7))
        ):
            continue  # "whose biggest investor is F": an investor (FUNDS, the role rules)
        owned, holder = s.ment(k - 2), s.ment(h)
        if s.emit(holder, ("OWNS",), owned, "holdings/whose-holder", 0.7):
            _one_company(s, holder, owned)


def _past_place_hyphen(s: Sentence, h: int) -> int:
    """Past a hyphened place modifier at h ("Graz-based"): the word after it, else h."""
    lows = s.lows
    if h + 2 < len(lows) and lows[h] == M and s.etypes(h) == {"Location"}:
        if lows[h + 1] == "-" and lows[h + 2] in s.lex.hyphen:
            return h + 3
    return h


# holder nouns that say money was put in, not that a share is held, unless a share is given
MONEY_HOLDERS = frozenset({"investor", "investors", "backer", "backers"})
# rules that give a holder the company of the context when the sentence names none
TOPIC_RULES = ("stake/unnamed", "holdings/share-holder", "holdings/kept-share")


def _one_company(s: Sentence, holder: Mention, owned: Mention) -> None:
    """A holder whose company the sentence names holds no company of the context as well."""
    gone = [
        f
        for f in s.found
        if f.rule in TOPIC_RULES and f.source in holder.ids and f.target not in owned.ids
    ]
    s.withdraw(gone)


def named_holder(s: Sentence) -> None:
    """ "The bakery's biggest owner is F, with 30%": a role rule named the company F holds, so
    the context's company (read from the bare share) is not F's as well."""
    for f in list(s.found):
        if f.type == "OWNS" and f.rule.startswith("role/"):
            _one_company(s, Mention((f.source,), -1, -1), Mention((f.target,), -1, -1))


def majority_cues(lex: object) -> frozenset[str]:
    return frozenset({"stake", "holding", "shareholding", "interest"})


def majority_stake(s: Sentence) -> None:
    """ "completed the purchase of an 80% stake in the club", "a controlling stake in X": a
    majority stake the noun rules read as FUNDS is OWNS (buying a majority is OWNS only)."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] not in lex.stake_nouns or lows[k + 1] != "in":
            continue
        t = right(s, k + 2, 2)
        if t < 0 or "Organization" not in s.etypes(t):
            continue
        before = lows[k - 1]
        pct = percent_at(lows, k - 1) if before.endswith("%") else None
        if pct is None and k >= 2 and lows[k - 1] in ("percent", "cent"):
            pct = percent_at(lows, k - 2) or percent_at(lows, k - 3)
        majority = before in lex.stake_majority or (pct is not None and pct[0] > MAJORITY)
        if not majority or any(w in lex.stake_parted or w in lex.stake_sell for w in lows[:k]):
            continue  # "the sale of its 80% stake in X": parted with
        target = s.ment(t)
        for f in [f for f in s.found if f.type == "FUNDS" and f.target in target.ids]:
            if f.rule.startswith(("nominal/", "verbal/")):
                s.withdraw([f])
                src = Mention((f.source,), -1, -1)
                s.emit(src, ("OWNS",), target, "holdings/majority-stake", f.confidence)
