"""Stake family: percentages, stakes and shareholder lists.

- `percent`: "Kestrel will own 51% of Vanta", "Harrowmere will buy up to 15% of Calloway Pay"
  (a minority purchase FUNDS), "Petrolia acquired a controlling stake in Northgate" (OWNS).
- `held`: "Orland's 30% stake in Calloway", "its stake in Calloway" (no verb: the possessor
  holds it).
- `gapped`: "A holds 55% of X, B 27%" (the verb and object left out after A).
- `shareholder-list`: "Shareholders of Vanta: Kestrel – 55%; Orland – 27%; Brisa – 18%".

Holding a stake (a listed shareholder too) is OWNS; buying one is OWNS for a majority, else
FUNDS. The verb a stake rule
reads is claimed, so the verbal family does not read "buy ... Calloway" as a takeover.
"""

from __future__ import annotations

import re
from typing import Final

from loaders.cue_mask import CUE_STAKE
from loaders.lexicon import Lexicon, per_lexicon, read_data, word_set
from loaders.non_names import NonNames, data_words
from loaders.relations.attach_guards import aside_head, of_apposed_head
from loaders.relations.bought_here import bought_here
from loaders.relations.dated_slots import date_word as dated_word
from loaders.relations.deal_guards import called_off, intended, undone
from loaders.relations.further_shares import further_owned
from loaders.relations.gap_dates import date_word as gap_date_word
from loaders.relations.hedge_scope import ended_hold
from loaders.relations.holding_words import holding_words
from loaders.relations.invested_holdings import invested_in
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import (
    PREMODIFIED_NOUNS,
    appositive_start,
    coord,
    place_head,
    right,
    subjects,
    with_companions,
)
from loaders.relations.relative_heads import apposed_relative_head
from loaders.relations.rest_holders import held_before_by, held_here, named_held
from loaders.relations.rest_keepers import keeper_first, kept_rest_holder, kept_together
from loaders.relations.rival_words import rival_words
from loaders.relations.shared_subject import shared_subject, verb_like
from loaders.relations.stake_host import hosted_owned
from loaders.relations.titled_conjuncts import SINGULAR_HOLDS, conjuncts_before
from loaders.relations.words import (
    AMOUNT_STARTS,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_LINKS,
    CLAUSE_STOP,
    COORD,
    DASHES,
    HOLDING_PARTICIPLES,
    INDEFINITE_ARTICLES,
    PERCENT_SPELLED,
    PERCENT_WORDS,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    PUNCT_STOP,
    RELATIVES,
    SKIP_DETS,
    STAKE_FRACTIONS,
    M,
)
from loaders.tokens import digit_initial

NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)?$")
PERCENT_RE = re.compile(r"^(\d+(?:[.,]\d+)?)%$")
MAJORITY = 50.0
# "a", "half", "two-thirds"
FRACTION_STARTS: Final = frozenset(words[0] for words in STAKE_FRACTIONS)


def percent_at(lows: list[str], k: int) -> tuple[float, int] | None:
    """A percentage starting at k ("15%", "27.5 per cent", "18 percent"): (value, end)."""
    w = lows[k]
    if w not in FRACTION_STARTS and not digit_initial(w):
        return None  # most words: no number and no fraction (isdigit accepts all that \d matches)
    hit = PERCENT_RE.match(w)
    if hit:
        return float(hit.group(1).replace(",", ".")), k + 1
    for size in (2, 1):  # "a third", "half", "two-thirds"
        frac = STAKE_FRACTIONS.get(tuple(lows[k : k + size]))
        if frac is not None and k + size < len(lows) and lows[k + size] == "of":
            return frac, k + size
    if not NUMBER_RE.match(w) or k + 1 >= len(lows):
        return None
    value = float(w.replace(",", "."))
    if lows[k + 1] in PERCENT_WORDS:
        return value, k + 2
    if lows[k + 1 : k + 3] == ["per", "cent"]:
        return value, k + 3
    return None


def has_cue(s: Sentence) -> bool:
    """A percentage ("15%", "4 per cent"), a stake noun or a fraction ("a third") in the
    sentence: one C-level set test, then the words' last characters (only when a "%" is
    among the words at all: one C-level search of their join, as most sentences have none)."""
    if s.cues() & CUE_STAKE:  # (`stake_cue_words`)
        return True
    lows = s.lows
    return "%" in "".join(lows) and any(w[-1:] == "%" for w in lows)


@per_lexicon
def stake_cue_words(lex: Lexicon) -> frozenset[str]:
    """The words `has_cue` looks for: percent words ("cent" too), stake nouns, fractions."""
    return PERCENT_SPELLED | lex.stake_nouns | FRACTION_ENDS


FRACTION_ENDS: Final = frozenset(words[-1] for words in STAKE_FRACTIONS)  # "third", "half"


def apply(s: Sentence) -> None:
    if not has_cue(s):
        return
    percents(s)
    owned_by_shares(s)
    share_of_which(s)
    shareholder_list(s)
    with_share(s)
    unnamed_stake(s, s.context.stake_topic)


def with_share(s: Sentence) -> None:
    """ "Its largest investor, Helm, with about 4%, ...", "Its second-biggest holder, the fund
    Lanyard, with roughly 5% of the shares": the holder named before ", with N%" OWNS the
    company whose holder (or investor) the sentence says it is."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 1):
        if lows[k] != "with" or lows[k - 1] != "," or lows[k - 2] != M or s.is_det(k - 2):
            continue
        q = k + 1
        while q < n and q - k <= 3 and lows[q] in s.lex.stake_fillers:
            q += 1  # "with about", "with just under"
        pct = percent_at(lows, q) if q < n else None
        if pct is None or not (pct[1] >= n or lows[pct[1]] in (",", ".", "of", ")")):
            continue
        holder = k - 2
        owned = _holder_of(s, holder)
        if owned is None or s.blocked(owned.i if owned.i >= 0 else 0, q):
            continue
        s.emit(s.ment(holder), ("OWNS",), owned, "stake/with-share", 0.75)
        _held_not_funded(s, s.ment(holder), owned)


def _holder_of(s: Sentence, h: int) -> Mention | None:
    """The company whose holder the name at h is: a role relation the sentence found for it
    ("Its largest investor, Helm"), else a ranked holder noun before it ("Its second-biggest
    holder, the fund Lanyard"); else None."""
    owned = _role_owned(s, h)
    if owned is not None:
        return owned
    lows = s.lows
    b = h - 1
    while b >= 0 and h - b <= 4 and lows[b] != "," and lows[b] != M:
        b -= 1  # ", the fund Lanyard": descriptors of the name
    if (
        b < 2
        or lows[b] != ","
        or lows[b - 1] not in s.lex.holder_nouns
        or lows[b - 2] not in s.lex.holder_ranks
    ):
        return None
    o = b - 3
    if o >= 1 and lows[o] in POSSESSIVE_MARKS and lows[o - 1] == M:
        return s.ment(o - 1)
    if o >= 0 and s.is_det(o):
        return s.ment(o)
    return None


def _role_owned(s: Sentence, h: int) -> Mention | None:
    """The company whose holder or investor the sentence says the name at h is, by a role
    relation it found ("Its largest investor, Helm", "The group's biggest investor, Corvel
    Capital, holds 13%"); else None."""
    holder = s.ment(h)
    for f in s.found:
        if f.rule.startswith("role/") and f.type in ("FUNDS", "OWNS") and f.source in holder.ids:
            return Mention((f.target,), -1, -1)
    return None


def role_firm(s: Sentence, h: int) -> Mention | None:
    """The one organization a role rule of the sentence says the name at h founded or leads
    ("Brennan's founder, Tom Keel, still owns 20%", "Its chief executive, Ann Roe, holds 5%"):
    a bare share of a firm's founder or head is of that firm, not of the article's topic;
    else None; None too after a share the sentence named ("Tarrant owns a fifth of Norvia,
    and its founder Ilse Marrack kept 6%": of Norvia, `elided_shares`)."""
    if any(f.rule.startswith("stake/") and f.type in ("OWNS", "FUNDS") for f in s.found):
        return None
    holder = s.ment(h)
    firms = {
        f.target
        for f in s.found
        if f.rule.startswith("role/")
        and f.type in ("FOUNDED", "LEADS")
        and f.source in holder.ids
        and s.type_of(f.target) == "Organization"
    }
    return Mention((firms.pop(),), -1, -1) if len(firms) == 1 else None


def unnamed_stake(s: Sentence, topic: str | None) -> None:
    """A share with no company named: "Tarn Fund, which owns just over 3%, wants a new board",
    "A, B and C together hold about 30%", "Tarn, the third-largest shareholder with 4% of the
    stock": the holder owns the organization earlier sentences were about; or the one a
    holder list names before it ("The shareholders of X are A, which owns 60%, and B, which
    holds 40%", "X's owners are A, with 70%, and B, with 30%")."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k in range(1, n):
        pct = percent_at(lows, k)
        if pct is None:
            continue
        v, noun, possessed, end = _share_opening(s, k, pct[1])
        if not _share_ends(s, end) or _market_share_before(s, k) or _rival_share(s, k):
            continue
        if _new_entity_share_before(s, k):
            continue
        holder = _unnamed_holder(s, k, v, noun, possessed, topic)
        if holder < 0:
            continue
        group = coord(s, holder, -1)
        # "A holds 30% of T and B owns 20%": T is no co-holder of B but what B holds
        held = [g for g in group if g != holder and _share_object(s, g)]
        own = [holder] if _singular_relative(s, holder, k) else _own_conjuncts(s, holder)
        owners = s.merged(with_companions(s, own, k))
        founded = _relative_founding(s, holder, k)
        listed = s.ment(held[0]) if held else _listed_company(s, holder) or _founded_by(s, holder)
        listed = listed or _role_owned(s, holder)  # "The group's biggest investor, C, holds 13%"
        listed = listed or role_firm(s, holder)  # "Brennan's founder, Tom Keel, owns 20%"
        listed = listed or (s.ment(founded) if founded >= 0 else None)
        sold = -1 if listed else sold_by(s, owners, k)
        listed = listed or (s.ment(sold) if sold >= 0 else None)  # "sold 70% of X and keeps 30%"
        owned = listed or hosted_owned(s, holder, k, Mention((topic,), -1, -1) if topic else None)
        owned = owned if listed else bought_here(s, owners, further_owned(s, owners, k, owned))
        if owned is None or owned.shares(owners):
            continue
        # the company named before the list is surer than the context's ("X is owned by A,
        # with 51%, and B, with 49%" as sure as the passive it also is)
        s.emit(owners, ("OWNS", "FUNDS"), owned, "stake/unnamed", 0.75 if listed else 0.65)
        after = pct[1] + (pct[1] < n and lows[pct[1]] in lex.stake_nouns)
        gapped_from(s, after, owned)  # "A will hold 20%, and B 8%", "a 12% stake, B 8%"


def _share_opening(s: Sentence, k: int, after: int) -> tuple[int, bool, bool, int]:
    """The opening of the bare share from k to `after` (`percent_at`): (v, noun, possessed,
    end). v is its opening word, past the fillers ("just over"), a fronted "with a stake of"
    and a possessive; `noun`: a held noun goes with the share after "with" or a possessive
    ("with a 5% stake", "its 40% stake"); `possessed`: the possessive before it; `end`: where
    the share ends, past that held noun when it follows the share."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    v = k - 1
    while v >= 0 and k - v <= 4 and lows[v] in lex.stake_fillers and lows[v] != "the":
        v -= 1  # "just over", "a little over", "about"
    fronted = _fronted_stake(s, v)  # "X, a hedge fund with a stake of roughly 4%,"
    if fronted:
        v -= 3
    held_noun = fronted or (after < n and lows[after] in lex.stake_held)
    # "will keep its 40% stake": the possessive before the share
    possessed = held_noun and v >= 1 and lows[v] == M and s.is_det(v)
    if possessed:
        v -= 1
    # "X, an activist with a 5% stake,": a stake noun after the share of a "with"
    # ("a 9% share" may be of a market: held nouns only)
    noun = (lows[v] == "with" or possessed) and held_noun
    end = after + 1 if noun and not fronted else after
    return v, noun, possessed, end


def _fronted_stake(s: Sentence, v: int) -> bool:
    """ "with a stake of [about]" before a share whose fillers end at v."""
    lows = s.lows
    return (
        v >= 4
        and lows[v] == "of"
        and lows[v - 1] in s.lex.stake_held
        and lows[v - 2] in INDEFINITE_ARTICLES
        and lows[v - 3] == "with"
    )


def _unnamed_holder(
    s: Sentence, k: int, v: int, noun: bool, possessed: bool, topic: str | None
) -> int:
    """The holder of the bare share from k (`percent_at`) whose opening word (past the
    fillers) is at v: the name before ", with N%" or the subject of a holding verb; -1 when
    there is none (or when a gapped list after an unnamed opening was read instead)."""
    lows, lex = s.lows, s.lex
    holder = -1
    if lows[v] == "with" and v >= 1:
        h = v - 1
        # "X, the third-largest shareholder with", "X, an activist with a 5% stake"
        if (lows[h] in lex.holder_nouns or (noun and lows[h].isalpha())) and h >= 2:
            h = _described_holder(s, h)
        elif lows[h] == ",":
            h -= 1  # "X, with about 4%,"
            if h >= 2 and lows[h] != M:  # "X, the Lund family's holding company, with"
                h = appositive_start(s, h, v, PREMODIFIED_NOUNS)
        holder = h if h >= 0 and lows[h] == M and _holders_before(s, h) else -1
        if holder >= 1 and _held_object(s, holder):
            return -1  # "The family's holding company controls it with a 52% stake": held
    else:
        verb = _stake_verb(s, v)
        if verb is not None and verb[1] == "hold" and topic and _unnamed_opening(s, verb[0]):
            # "The founder owns 40%; Pemberton, 22%; and Alder, 5%": the gapped named
            pct = percent_at(lows, k)
            if pct is not None:
                gapped_from(s, pct[1], Mention((topic,), -1, -1, "context", 0.8))
            return -1
        if possessed and (verb is None or not _kept_own(s, verb)):
            return -1  # "will buy its 40% stake": its holder is another
        if verb is not None and verb[1] == "hold":
            cands = subjects(s, verb[0], True)
            if cands and cands[0] < verb[0]:
                # "P, who set up T in 2009 and has 12%": P holds, T is held
                holder = next(
                    (c for c in cands if _relative_founding(s, c, k) == cands[0]), cands[0]
                )
    if holder < 0 or s.is_det(holder) or s.blocked(holder + 1, k):
        return -1
    if possessed and (s.ment(holder).kind != "name" or s.context.takeover_target != topic):
        return -1  # only a holder staying on in a takeover just named ("will keep its 40%")
    return holder


def _kept_own(s: Sentence, verb: tuple[int, str]) -> bool:
    """A verb of keeping before "its N% stake" ("will keep", "retains", "will roll over"); not
    a plain "has" or "holds", which may say where or how the stake is held."""
    w = s.lows[verb[0]]
    return verb[1] == "hold" and (w in RETAIN_VERBS or w.startswith("roll"))


def _unnamed_opening(s: Sentence, verb: int) -> bool:
    """The words before the verb at `verb` open the sentence and name no one: "The founder",
    "The Ostrow family", "Its chief executive"."""
    lows = s.lows
    return 1 <= verb <= 4 and all(w.isalpha() or w == "'s" for w in lows[:verb])


def _new_entity_share_before(s: Sentence, k: int) -> bool:
    """An earlier share of the sentence is of an organization a deal will create ("A will own
    9% of the enlarged group, behind B, who has 15%"): a bare share after it is of that one,
    not of the firm the article was about."""
    lows = s.lows
    for j in range(k):
        pct = percent_at(lows, j)
        if pct is None or pct[1] >= k or lows[pct[1]] != "of":
            continue
        if not s.lex.new_entity_words.isdisjoint(lows[pct[1] + 1 : min(k, pct[1] + 4)]):
            return True
    return False


# verbs of competing a bare share's holder may be described by ("X, which competes with both,
# has 11%": a share of the market)
COMPETE_VERBS: Final = frozenset({"compete", "competes"})
# verbs of a bare share that name a stake whoever holds it ("X, a rival, owns 12%"), hold forms
# (a stake unless the share is rough), and words that make a rival's share a stake ("still has
# 12%", "wants a board seat", "will vote"): holdings.yaml `rival_share_*`, forms as written
OWNING_VERBS: Final = word_set(read_data("holdings.yaml")["rival_share_owning"])
HOLD_VERBS: Final = word_set(read_data("holdings.yaml")["rival_share_holding"])
STAKE_SIGNS: Final = word_set(read_data("holdings.yaml")["rival_share_stake_signs"])
# words that put a rivalry in the past ("a former rival", "which once competed")
PAST_RIVAL: Final = frozenset({"former", "once", "one-time", "onetime", "erstwhile", "ex", "old"})


def _rival_share(s: Sentence, k: int) -> bool:
    """A bare share at k held by a firm set off as a rival ("Its main competitor, X, holds
    roughly 30%", "X, a competitor, has 9%", "X, which competes with both, has 11%"): a
    share of the market, no stake. Not when the verb owns or controls, a hold is exact, or
    the sentence speaks of a holding, a bid, "still", a board seat or a vote."""
    lows = s.lows
    v = k - 1
    while v >= 1 and lows[v] in APPROX_WORDS:
        v -= 1
    if v < 3 or lows[v] in OWNING_VERBS or not STAKE_SIGNS.isdisjoint(lows):
        return False
    if lows[v] in HOLD_VERBS and v == k - 1:
        return False  # "X, a rival, holds 6%": a stake
    if lows[v] == "has" and lows[v + 1] in HOLD_VERBS:
        return False  # "has held 15% since 2018"
    if not _set_off_rival(s, v):
        return False
    return _held_words(s.lex).isdisjoint(lows[:k])  # "a rival bidder, owns 9%": a stake


@per_lexicon
def _held_words(lex: Lexicon) -> frozenset[str]:
    """The words of a holding or a bid that make a rival's bare share a stake (`_rival_share`)."""
    return lex.stake_nouns | lex.holder_nouns | lex.stake_held | holding_words(lex).bid_nouns


def _set_off_rival(s: Sentence, v: int) -> bool:
    """The subject before the verb at v is set off as a present rival of the firm: "X, a
    competitor," / "Its main rival, X," / "X, which competes with it,"."""
    lows = s.lows
    nouns = rival_words(s.lex).rival_nouns
    if lows[v - 1] != ",":
        return False
    r = next((r for r in range(1, min(4, v - 3)) if lows[r] in nouns), -1)
    if r >= 1 and lows[r + 1 : r + 4] == [",", M, ","] and _plain_rival(s, 0, r):
        return v == r + 4 or _appositive_to(s, r + 3, v - 1)  # "Its main rival, X, holds"
    c = next((c for c in range(v - 2, max(0, v - RIVAL_REACH), -1) if lows[c] == ","), -1)
    if c < 1 or lows[c - 1] != M or not PAST_RIVAL.isdisjoint(lows[c:v]):
        return False
    if lows[c + 1] in ("which", "who"):  # "X, which competes with both,"
        return not COMPETE_VERBS.isdisjoint(lows[c + 2 : v])
    return lows[v - 2] in nouns and _plain_rival(s, c + 1, v - 2)  # "X, a competitor,"


# words back from a share's verb to the comma before a rival's relative ("X, which competes
# with it and ships its pens to schools across the north, has about 11%")
RIVAL_REACH: Final = 20


def _appositive_to(s: Sentence, a: int, b: int) -> bool:
    """From the comma at a to the comma at b, a short plain appositive ("maker of the Y
    brand"): names and words, no relative and no further comma."""
    words = s.lows[a + 1 : b]
    return 0 < len(words) <= 6 and all(
        w == M or (w.isalpha() and w not in ("which", "who", "that")) for w in words
    )


def _plain_rival(s: Sentence, a: int, noun: int) -> bool:
    """Only a determiner and plain modifiers from a to the rival noun ("its main", "a
    smaller"): no name, relative or past word."""
    if noun - a > 3:
        return False
    lows = s.lows
    return all(
        (lows[q].isalpha() and lows[q] not in PAST_RIVAL) or s.is_det(q) for q in range(a, noun)
    )


def _market_share_before(s: Sentence, k: int) -> bool:
    """An earlier share of the sentence is of a market ("A holds 12% of the UK market, and B
    has 8%"): a bare share after it is of the market too, no stake."""
    lows = s.lows
    for j in range(k):
        pct = percent_at(lows, j)
        if pct is None or pct[1] >= k or lows[pct[1]] != "of":
            continue
        if any(w in s.lex.market_nouns for w in lows[pct[1] + 1 : min(k, pct[1] + 5)]):
            return True
    return False


def _relative_founding(s: Sentence, h: int, k: int) -> int:
    """The organization the holder at h founded in a relative whose second conjunct holds the
    share at k ("P, who set up T in 2009 and has 12%": T), else -1."""
    lows = s.lows
    if lows[h + 1 : h + 3] != [",", "who"] or "and" not in lows[max(h, k - 4) : k]:
        return -1
    p = h + 3
    up = lows[p : p + 2] == ["set", "up"]
    t = p + 1 + up
    if not (up or lows[p] in s.lex.person_cues.founding) or t >= k or lows[t] != M:
        return -1
    if any(lows[x] in (",", ";", "who", "which") for x in range(t + 1, k)):
        return -1
    return t if "Organization" in s.etypes(t) else -1


def _singular_relative(s: Sentence, holder: int, k: int) -> bool:
    """ "backers including A, B and C, which owns 15%": a relative with a singular verb on the
    last list member is its own stake, not the list's."""
    lows = s.lows
    if lows[holder + 1 : holder + 3] not in ([",", "which"], [",", "who"]):
        return False
    return any(w in SINGULAR_HOLDS for w in lows[holder + 3 : k])


def _own_conjuncts(s: Sentence, holder: int) -> list[int]:
    """The holder and the names coordinated before it, less the held firm of an earlier share
    ("A holds 30% of T and B owns 20% of U": B alone holds U)."""
    return [g for g in conjuncts_before(s, holder) if g == holder or not _share_object(s, g)]


def _share_object(s: Sentence, h: int) -> bool:
    """The name at h is the held firm of a share before it, not a holder ("A holds 30% of T and
    B owns 20%": T and B are no co-holders; the second clause is `elided_shares`)."""
    lows = s.lows
    if h < 2 or lows[h - 1] != "of":
        return False
    return any(
        (p := percent_at(lows, x)) is not None and p[1] == h - 1
        for x in range(max(0, h - 5), h - 1)
    )


def _held_object(s: Sentence, h: int) -> bool:
    """The name at h is the object of a holding verb just before it ("controls it with a 52%
    stake", "owns Tamsk with 40%"): what is held, not the holder of the share after it."""
    verb = _stake_verb(s, h - 1)
    return verb is not None and verb[1] == "hold"


def _holders_before(s: Sentence, h: int) -> bool:
    """A holder after "followed by" or "then" follows a holder or a stake ("the largest
    shareholder with 14%, followed by B with 8%"), not a brand's or a share price's rise."""
    lows = s.lows
    nxt = (h >= 2 and lows[h - 2 : h] == ["followed", "by"]) or (h >= 1 and lows[h - 1] == "then")
    if not nxt:
        return True
    nouns = s.lex.holder_nouns | s.lex.stake_held
    return any(w in nouns for w in lows[:h])


def _listed_company(s: Sentence, holder: int) -> Mention | None:
    """The organization a holder list before the holder at `holder` is about ("the owners of
    X: A, which holds 51%, and B, ..."), else None."""
    at = _list_subject(s, holder)
    if at < 0 or s.is_det(at) or "Organization" not in s.etypes(at):
        return None
    return s.ment(at)


def _founded_by(s: Sentence, holder: int) -> Mention | None:
    """The organization a founding's "by" before the holder list at `holder` names: "X was
    founded (in 2019) by A and B, who together own 41%", "X, set up by A, which still holds
    30%": X, not the article's earlier topic; else None."""
    lows = s.lows
    b = coord(s, holder, -1)[0] - 1
    if b < 1 or lows[b] != "by":
        return None
    for p in range(b - 1, max(-1, b - 4), -1):
        if lows[p] == M or lows[p] in PUNCT_STOP:
            return None
        up = lows[p] == "set" and lows[p + 1] == "up"  # "set up by"
        if up or lows[p] in s.lex.person_cues.founding:
            subj = subjects(s, p, True)
            if not subj or s.is_det(subj[0]) or "Organization" not in s.etypes(subj[0]):
                return None
            return s.ment(subj[0])
    return None


# what "N% of the ..." may hold without naming the company: "4% of the stock"
SHARE_OBJECTS = frozenset({"stock", "shares", "company", "group", "equity", "capital", "votes"})


def _share_ends(s: Sentence, e: int) -> bool:
    """A share ends its phrase at e: "3%," "3%." "3% of the stock,", "12% between them,", "9%
    since 2015,"; not "3% of the market"."""
    lows = s.lows
    n = len(lows)
    if (
        e + 2 < n
        and lows[e] == "of"
        and lows[e + 1] in ("the", "its")
        and lows[e + 2] in SHARE_OBJECTS
    ):
        e += 3
    if shared_end(s, e):
        e += 2  # "will retain 12% between them", "Ana and I hold 30% between us"
    if e + 2 < n and lows[e] == "since" and lows[e + 1][:4].isdigit():
        e += 2  # "which has owned 9% since 2015,"
    e = after_the_deal(s, e)  # "still hold 12% between them after the round."
    return e >= n or lows[e] in (",", ".", ";", ")", "and") or lows[e] in DASHES


SHARING_PRONOUNS: Final[frozenset[str]] = frozenset({"us", "them"})


def shared_end(s: Sentence, e: int) -> bool:
    """ "between them" or "among us" at e, after a share the holders split ("12% between
    them"); the pronoun may be a mention the speaker's firm was given ("between us")."""
    lows = s.lows
    if e + 1 >= len(lows) or lows[e] not in ("between", "among"):
        return False
    if lows[e + 1] in SHARING_PRONOUNS:
        return True
    m = s.ments[e + 1]
    return m is not None and m.kind == "pronoun" and m.word in SHARING_PRONOUNS


def after_the_deal(s: Sentence, e: int) -> int:
    """Past "after the deal" ("the sale", "the round") at e, which dates a share, else e."""
    lows = s.lows
    if e + 2 >= len(lows) or lows[e] != "after" or lows[e + 1] != "the":
        return e
    deal = lows[e + 2] == "round" or s.lex.deal_nouns.match(lows, e + 2) is not None
    return e + 3 if deal else e


def _described_holder(s: Sentence, h: int) -> int:
    """ "X, the third-largest shareholder with": X, before its descriptor; else -1."""
    lows = s.lows
    b = h - 1
    while b >= 0 and h - b <= 3 and lows[b] != ",":
        b -= 1
    return b - 1 if b >= 1 and lows[b] == "," and lows[b - 1] == M else -1


RETAIN_VERBS: frozenset[str] = frozenset(
    {"keep", "keeps", "kept", "keeping", "retain", "retains", "retained", "retaining"}
)


def retained(s: Sentence) -> None:
    """ "Helm will sell 70% of Cardeo to Orla and keep the remaining 30%", "After selling 70%
    of Cardeo, Helm will retain the rest": the seller keeps part, so it still OWNS it."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 1):
        if lows[k] not in RETAIN_VERBS or not (lows[k + 1] == "the" and k + 2 < n):
            continue
        if lows[k + 2] not in s.lex.stake_left_over:
            continue
        sale = _sale_before(s, k)
        if sale is None:
            _kept_from_before(s, k)
            continue
        verb, target = sale
        b = k - 1
        while b >= 0 and lows[b] in AUXILIARIES:
            b -= 1
        conjoined = b >= 0 and lows[b] == "and"  # "will sell ... and keep the rest"
        cands = subjects(s, verb if conjoined else k, True)
        holder = cands[0] if cands and (conjoined or cands[0] > target) else -1
        if holder >= 0 and not s.blocked(holder + 1, k + 2):
            s.emit(s.ment(holder), ("OWNS", "FUNDS"), s.ment(target), "stake/retained", 0.7)


def _kept_from_before(s: Sentence, k: int) -> None:
    """ "Helm sold 70% of Cardeo to Orla. It will keep the other 30%.": the seller of the
    previous sentence's sale keeps part of what it sold."""
    if s.context.sale_before is None:
        return
    sellers, sold = s.context.sale_before
    cands = subjects(s, k, True)
    if not cands or not set(s.ment(cands[0]).ids) & set(sellers):
        return  # only the seller keeps the rest
    if not s.blocked(cands[0] + 1, k + 2):
        keeper = s.ment(cands[0])
        s.emit(keeper, ("OWNS", "FUNDS"), Mention(sold, -1, -1), "stake/retained", 0.65)


SALE_OPENERS = frozenset({"after", "having", "since", "despite", "by", "when", "while"})


def sold_by(s: Sentence, holder: Mention, k: int) -> int:
    """The name the holder sold earlier in the sentence, before the keep verb at k: "Corvane
    is selling 60% of Pallow Wind to Strand and will hold on to the rest", "After selling
    Quill to Harlow, Dana Ferrow will retain 27% of the bakery chain" (the part kept is of
    what was sold, not of the buyer); else -1."""
    lows, lex = s.lows, s.lex
    for v in range(k - 1, -1, -1):
        hit = lex.stake_sell.match(lows, v) if lows[v] in lex.stake_sell else None
        if hit is None:
            continue
        sold = _sold_object(s, v + hit[0], k)
        if sold < 0:
            continue
        if v <= 2 and all(w in SALE_OPENERS for w in lows[:v]):
            return sold  # "After selling X, H will keep ...": the main subject sold it
        sellers = subjects(s, v, True)
        if sellers and s.ment(sellers[0]).shares(holder):
            return sold
    return -1


def _sold_object(s: Sentence, p: int, k: int) -> int:
    """The name sold after a sell verb ending before p: "X", "60% of X", "its stake in X"."""
    lows = s.lows
    pct = percent_at(lows, p) if p < k else None
    if pct is not None and pct[1] + 1 < k and lows[pct[1]] == "of":
        p = pct[1] + 1
    elif p + 3 < k and s.is_det(p) and lows[p + 1] in s.lex.stake_nouns:
        p = p + 3 if lows[p + 2] in ("in", "of") else k
    return p if p < k and lows[p] == M and not s.is_det(p) else -1


def _sale_before(s: Sentence, k: int) -> tuple[int, int] | None:
    """The sell verb before k and the name it sells a share of ("selling 70% of Cardeo"):
    (verb, name), else None."""
    lows, lex = s.lows, s.lex
    for v in range(k - 1, -1, -1):
        if lows[v] not in lex.stake_sell or not lex.stake_sell.match(lows, v):
            continue
        for p in range(v + 1, min(k, v + 9)):
            if lows[p] in ("of", "in") and p + 1 < k and lows[p + 1] == M:
                if not s.is_det(p + 1):
                    return v, p + 1
        return None
    return None


def _holders_prep(lows: list[str], k: int, lex: Lexicon) -> int:
    """The "by" of "held (jointly) by", or the "by"/"between" of a venture "split 50/50
    between" or "held half each by" its holders, at verb k: its index, else -1."""
    split = lows[k] in lex.split_verbs
    if lows[k] != "held" and not split:
        return -1
    by = k + 1
    while by < len(lows) and by - k <= 4 and lows[by] in lex.split_fillers:
        by += 1
    if by == k + 1 and lows[by] in lex.held_adverbs:
        by += 1
    if by + 1 >= len(lows):
        return -1
    return by if lows[by] == "by" or split and lows[by] == "between" else -1


def _venture_noun(w: str, lex: Lexicon) -> bool:
    """A company noun before a holding verb ("a venture held by", "a JV split between")."""
    return w == "jv" or w in lex.heads and lex.heads.lookup((w,)) == "Organization"


def held_by(s: Sentence) -> None:
    """ "Solera is held equally by Kovac and Brenn", "Solera, a venture held jointly by A and
    B", "is 60% held by A": "held by" with a word of ownership (an adverb such as "jointly", a
    share, a company noun) gives each holder OWNS; a bare "held by" is read nowhere ("the
    record is held by")."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k in range(1, n - 2):
        by = _holders_prep(lows, k, lex)
        if by < 0 or k in s.claimed:
            continue  # claimed: "the 30% held by B" (`share_holders`)
        b = k - 1
        cue = by > k + 1 and lows[k] == "held"
        share = share_before(lows, k)
        if lows[b] in lex.held_adverbs or share >= 0:
            b, cue = (share if share >= 0 else b) - 1, True  # "jointly held by", "60% held by"
        if _venture_noun(lows[b], lex):
            cue = True  # "a venture held by", "a JV split 50/50 between"
        elif lows[k] != "held":
            continue  # "profits are split evenly between A and B"
        agent = right(s, by + 1, 2)
        if not cue or agent < 0:
            continue
        patient = _conjunct_subject(s, b)  # "X supplies Y and is 20% held by Z": X
        for m in range(b, max(-1, b - 6) if patient < 0 else b, -1):
            if lows[m] in PUNCT_STOP:
                break
            if lows[m] == M and not s.is_det(m) and "Location" not in s.etypes(m):
                patient = aside_head(s, m, k)  # "X, a rival of Y, is 40% held by Z": X
                break
        if patient < 0 or s.blocked(patient + 1, agent):
            continue
        owned: Mention | None = s.ment(patient)
        if (lows[b] in lex.stake_left_over and "," in lows[patient:b]) or (
            patient >= 1 and lows[patient - 1] == "by"
        ):
            # "X is 70% owned by A, with the remaining 30% held by B", "X is 51% held by A,
            # with 30% held by B": B holds X, not A (a name after "by" is an agent)
            owned = _residual_of(s, s.ment(patient))
        if owned is None:
            continue
        holders = s.merged(coord(s, agent, +1))
        s.emit(holders, ("OWNS", "FUNDS"), owned, "stake/held-by", 0.75)


def share_before(lows: list[str], k: int) -> int:
    """The start of a share that ends just before k ("60%", "64 per cent"), else -1."""
    for j in range(max(0, k - 4), k):
        pct = percent_at(lows, j)
        if pct is not None and pct[1] == k:
            return j
    return -1


# the words between "and" and a second conjunct's share: "and since 2012 has been 64% held by"
CONJUNCT_AUX: Final[frozenset[str]] = frozenset(
    {"is", "was", "has", "had", "been", "now", "since", "from", "in", "also"}
)


def _conjunct_subject(s: Sentence, b: int) -> int:
    """The subject of a first verb phrase when "and is" (or "and since 2012 has been") and a
    share after b open a second one: "Sorrel makes two card games and is 30% held by X", "X
    was set up in 1950 by A and since 2012 has been 64 per cent held by Y" (Sorrel, X); else
    -1 (a bare "and is jointly held by" is left alone)."""
    lows = s.lows
    if b < 2 or lows[b] not in ("is", "been") or percent_at(lows, b + 1) is None:
        return -1
    a = b
    while a > b - 6 and a > 0 and (lows[a] in CONJUNCT_AUX or lows[a][:4].isdigit()):
        a -= 1
    if lows[a] != "and" or (lows[b] == "been" and lows[b - 1] not in ("has", "have")):
        return -1
    subj = [m for m in subjects(s, a, True) if "Location" not in s.etypes(m)]
    return min(subj) if subj else -1  # the first verb's subject, not its object


def _residual_of(s: Sentence, named: Mention) -> Mention | None:
    """The company a holder named before a residual share holds ("A" of "X is 70% owned by A,
    with the remaining 30% held by B" holds X); the named mention itself when it is no holder
    this sentence found; None when it holds several."""
    held = {f.target for f in s.found if f.type == "OWNS" and f.source in named.ids}
    if not held:
        return named
    if len(held) > 1:
        return None
    return Mention((held.pop(),), -1, -1)


def share_of_which(s: Sentence) -> None:
    """ "Hebden Water, 40% of which is held by Morwen", "X, a third of which is owned by A and
    B": the share's holders OWNS the company named before the relative clause."""
    lows = s.lows
    for k in range(5, len(lows) - 2):
        if lows[k] not in HOLDING_PARTICIPLES or lows[k + 1] != "by":
            continue
        if lows[k - 1] not in ("is", "was", "are", "were") or lows[k - 3 : k - 1] != [
            "of",
            "which",
        ]:
            continue
        comma = next((c for c in range(k - 4, max(0, k - 8), -1) if lows[c] == ","), -1)
        share = percent_at(lows, comma + 1) if comma >= 1 else None
        agent = right(s, k + 2, 2)
        if share is None or share[1] != k - 3 or agent < 0 or lows[comma - 1] != M:
            continue
        patient = comma - 1
        if s.is_det(patient) or "Location" in s.etypes(patient):
            continue
        holders = s.merged(coord(s, agent, +1))
        s.emit(holders, ("OWNS", "FUNDS"), s.ment(patient), "stake/held-by", 0.75)


BELONG: Final[frozenset[str]] = frozenset({"belongs", "belonged", "belong"})


def owned_by_shares(s: Sentence) -> None:
    """ "Delphin will be owned 54% by Maro Steel and 46% by Tessin", "Brannock belongs 40% to
    Orvel, 30% to the fund Lorrimer": each holder OWNS it."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        prep = "by" if lows[k] in HOLDING_PARTICIPLES else "to" if lows[k] in BELONG else ""
        if not prep:
            continue
        holders: list[int] = []
        unnamed = False
        p = k + 1
        while p < n:
            pct = percent_at(lows, p)
            if pct is None or pct[1] + 1 >= n or lows[pct[1]] != prep:
                break
            first = right(s, pct[1] + 1, 2)
            if first < 0:
                first = described_name(s, pct[1] + 1)  # "30% by the pension fund Morrow"
            if first < 0:
                first = _unnamed_listed(s, pct[1] + 1, prep)  # "45% by its founders, 35% by"
                if first < 0:
                    break
                unnamed = True
            else:
                holders.append(first)
            p = first + 1
            if p < n and lows[p] in (",", "and"):
                p += 1 + (p + 1 < n and lows[p + 1] == "and")
        cands = subjects(s, k, True) if holders else []
        if not cands or s.blocked(cands[0] + 1, holders[-1]):
            continue
        if unnamed and not _owned_subject(s, cands[0], k):
            continue  # "sells to distilleries owned 40% by families and 60% by A": not its
        s.claimed.add(k)  # the passive rule would read only the first holder
        for h in holders:
            s.emit(s.ment(h), ("OWNS", "FUNDS"), s.ment(cands[0]), "stake/owned-by", 0.8)


# words between a firm and the participle of its share list ("X will now be owned 45% by"):
# holdings.yaml `owned_auxiliaries`
OWNED_AUXILIARIES: Final = word_set(read_data("holdings.yaml")["owned_auxiliaries"])


def _owned_subject(s: Sentence, c: int, k: int) -> bool:
    """The named firm at c is itself the one owned at the participle k: its subject ("X will
    be owned 45% by staff") or a description set off after it ("X, a soup maker owned
    45% by"); not a noun between them ("X sells to distilleries owned 40% by")."""
    lows = s.lows
    b = k - 1
    while b > c and lows[b] in OWNED_AUXILIARIES:
        b -= 1
    if b == c:
        return True  # "X is owned 45% by", "X belongs 40% to"
    if b >= 2 and lows[b] == M and lows[b - 1] in ("in", "at") and "Location" in s.etypes(b):
        b -= 2  # "The X nickel mine in Lapland is owned 70% by"
    if c < b <= c + 3 and lows[b] in s.lex.heads and all(w.isalpha() for w in lows[c + 1 : b]):
        return True  # "The X van brand is owned 60% by its managers" (not "X board seats")
    between = lows[c + 2 : k]
    return (
        c + 2 < k <= c + 6
        and lows[c + 1] == ","
        and lows[c + 2] in SKIP_DETS
        and all(w.isalpha() for w in between)
    )


def _unnamed_listed(s: Sentence, p: int, prep: str) -> int:
    """The last word of an unnamed holder from p in a list of shares ("its staff" in "owned
    15% by its staff, 60% by A"): plain words up to a comma or "and" that another
    share held by the same preposition follows; else -1."""
    lows = s.lows
    n = len(lows)
    for q in range(p, min(n, p + 5)):
        w = lows[q]
        if w in (",", "and"):
            after = q + 1 + (q + 1 < n and w == "," and lows[q + 1] == "and")
            pct = percent_at(lows, after) if q > p and after < n else None
            return q - 1 if pct is not None and pct[1] < n and lows[pct[1]] == prep else -1
        if not w.isalpha() and not (q == p and s.is_det(q)):
            return -1  # a name or a number: no plain unnamed holder ("its founders" is)
    return -1


def percents(s: Sentence) -> None:
    """ "VERB [up to] N% [stake] (of|in) X" and "VERB a (majority|N%) stake in X"."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    k = 0
    while k < n:
        pct = percent_at(lows, k)
        if pct is None and lows[k] not in lex.stake_nouns:
            k += 1
            continue
        value, e = pct if pct else (0.0, k)
        while e < n and lows[e] in lex.stake_nouns:
            e += 1  # "a 30 percent stake in"
        if e == k:
            k += 1
            continue
        of_in = e < n and lows[e] in ("of", "in")
        dated_to = of_in and _past_date(s, e) > e  # "sold a 35% stake in 2023 to X": not X's
        if not of_in or dated_to:
            target = _relative_target(s, k)  # "X, in which Y holds a 40% stake"
            to = e < n and lows[e] == "to"
            if target >= 0 or to or dated_to or _past_date(s, e) > e:
                _stake(s, k, e, value, target)  # "Calloway sold a 20% stake to Orland"
            k = e + 1
            continue
        target = _named(s, right(s, e + 1, 2))
        if target < 0:
            target = _share_owner(s, e + 1)
        if target < 0:
            target = described_name(s, e + 1)  # "17% of the delivery start-up Pakko"
        if 0 <= target < n - 1 and percent_at(lows, target + 1) is not None:
            target = -1  # "55 percent of the venture, Sorimoko 25 percent": a gapped holder
        if target >= 0 and _market(s, target):
            _claim_share(s, k, target)  # "controls 40% of the Zosta vaccine market": no stake
            target = -1
        if target >= 0:
            _stake(s, k, e, value, target)
        k = e + 1


def _claim_share(s: Sentence, k: int, end: int) -> None:
    """Claim a share at k and the verb before it ("controls about 40% of"), up to `end`, so
    no other rule reads them."""
    lows = s.lows
    v = k - 1
    while v >= 0 and k - v <= 6 and lows[v] != M and lows[v] in s.lex.stake_fillers:
        v -= 1
    verb = _stake_verb(s, v) if v >= 0 else None
    s.claimed.update(range(verb[0] if verb else k, end))


def _market(s: Sentence, m: int) -> bool:
    """ "the Zosta vaccine market", "the Zosta segment": the name modifies a market noun, so a
    share of it is market share, not a stake."""
    lows = s.lows
    for q in range(m + 1, min(len(lows), m + 4)):
        if lows[q] in s.lex.market_nouns:
            return True
        if lows[q] == M or not lows[q].replace("-", "").isalpha():
            return False
    return False


def _named(s: Sentence, m: int) -> int:
    """ "51% of the joint company, Vanta Drive Systems": the name in apposition."""
    lows = s.lows
    if m >= 0 and s.ment(m).kind == "np" and m + 2 < len(lows):
        if lows[m + 1] == "," and lows[m + 2] == M:
            return m + 2
    return m


# people who hold or work for a company named beside them: "X shareholders", "staff of X"
PEOPLE_OF = frozenset(
    {"employees", "staff", "workers", "managers", "members", "bondholders", "creditors"}
)


@per_lexicon
def _holders_of(lex: Lexicon) -> frozenset[str]:
    """`holder_nouns` and `PEOPLE_OF`, joined once per lexicon."""
    return lex.holder_nouns | PEOPLE_OF


def names_holders(s: Sentence, c: int) -> bool:
    """The name at c only says whose holders or people are meant: "shareholders of X", "X
    investors", "X's shareholders", "employees of X"."""
    lows = s.lows
    nouns = _holders_of(s.lex)
    after = c + 1 + (c + 1 < len(lows) and lows[c + 1] in POSSESSIVE_MARKS)
    if after < len(lows) and lows[after] in nouns:
        return True
    return c >= 2 and lows[c - 1] == "of" and lows[c - 2] in nouns


def described_name(s: Sentence, p: int) -> int:
    """A name after a determiner and descriptor nouns ending in a head noun: "the delivery
    start-up Pakko", "its fibre unit, Netcable"; else -1."""
    lows = s.lows
    n = len(lows)
    if not (p < n and (lows[p] in SKIP_DETS or s.is_det(p))):
        return -1
    q = p + 1
    while q < n and q - p <= 4 and lows[q] != M and (lows[q].isalpha() or "-" in lows[q]):
        q += 1
    head = lows[q - 1]
    if q < n and lows[q] == ",":
        q += 1
    if q < n and lows[q] == M and not s.is_det(q) and head in s.lex.heads:
        return q
    return -1


def _share_owner(s: Sentence, p: int) -> int:
    """ "22% of its shares", "10% of Vanta's shares": the company whose shares they are."""
    lows = s.lows
    n = len(lows)
    if p + 1 < n and s.is_det(p) and lows[p + 1] in s.lex.stake_nouns:
        return p
    if p + 2 < n and lows[p] == M and lows[p + 1] == "'s" and lows[p + 2] in s.lex.stake_nouns:
        return p
    return -1


RELATIVE_REACH: Final = 18  # "in which S, the agency that backs firms, has taken 15%"


def _relative_target(s: Sentence, k: int) -> int:
    """ "Vanta, in which Kestrel holds a 40% stake": the name before "in which", or the name
    before an apposed description that takes the relative ("Vanta, a Leeds lender in which
    Kestrel holds 40%": `apposed_relative_head`), else -1."""
    lows = s.lows
    for w in range(k - 1, max(2, k - RELATIVE_REACH), -1):
        if lows[w] == "which" and lows[w - 1] in ("in", "of"):
            if lows[w - 2] == ",":
                t = w - 3  # "the Dornick gas field, in which": the name before its head noun
                while t >= 0 and w - 3 - t < 3 and lows[t] != M and lows[t].isalpha():
                    t -= 1
                named = t >= 0 and lows[t] == M and not s.is_det(t)
                # a place before the comma is no target: "X, a firm based in Leeds, in which"
                # is X's, found past the description
                if named and "Location" not in s.etypes(t):
                    return t
            return apposed_relative_head(s, w)
        if lows[w] in (".", ";", "("):
            break
    return -1


def held_via(s: Sentence) -> None:
    """ "The Ashcombes control Tarrow via their investment company, Ashcombe Holding": the
    vehicle OWNS what the sentence says its owner owns."""
    lows = s.lows
    n = len(lows)
    owned = [f.target for f in s.found if f.type == "OWNS"]
    for k in range(n - 2):
        if lows[k] not in VIA:
            continue
        # "X, which is controlled by the Duret family through H, also owns Y": H holds X
        targets = _passive_patient(s, k) or owned or _held_before(s, k) or _rest_via(s, k)
        q = k + 1
        while q < n and q - k <= 5 and (lows[q] != M or s.is_det(q)):
            if not (lows[q] == "," or lows[q].isalpha() or "-" in lows[q] or s.is_det(q)):
                break
            q += 1
        if q >= n or lows[q] != M:
            continue
        if q == k + 1:  # "through Kell Holdings": a name ending in a vehicle word
            head = s.ment(q).ids[0].rsplit("-", 1)[-1]
        elif q >= k + 3:  # "via their investment company, Ashcombe Holding"
            head = lows[q - 2] if lows[q - 1] == "," else lows[q - 1]
        else:
            continue
        if head not in s.lex.stake_vehicles or s.blocked(k, q):
            continue
        for target in dict.fromkeys(targets):
            s.emit(s.ment(q), ("OWNS",), Mention((target,), -1, -1), "stake/held-via", 0.7)


def _held_before(s: Sentence, k: int) -> list[str]:
    """ "The Kell family controls Kestrel Press through", "which holds a third of Orvane via":
    the named thing a holding verb before "via" at k takes (its holder no entity), else []."""
    lows = s.lows
    t = next((x for x in range(k - 1, max(-1, k - 4), -1) if lows[x] == M), -1)
    if t < 1 or (s.is_det(t) and s.ment(t).word != "it") or "Organization" not in s.etypes(t):
        return []  # "holding most of it via Haas Holding": "it" as well
    if any(lows[v] in s.lex.stake_hold for v in range(max(0, t - 6), t)):
        return list(s.ment(t).ids)
    return []


def _rest_via(s: Sentence, k: int) -> list[str]:
    """ "A owns 60% of X. The remainder is held via Kestrel Holdings", "the balance belongs to
    the heirs through H": a rest of the previous sentence's stake, held before "via" at k (the
    targets the previous sentence's stake rules found), else []."""
    lows, lex = s.lows, s.lex
    for r in range(k - 1, max(0, k - REST_VIA_REACH), -1):
        if lows[r] in PUNCT_STOP or lows[r] == M:
            return []
        rest = lows[r] in lex.stake_rest or lows[r] in lex.stake_left_over
        if rest and lows[r - 1] == "the":
            between = lows[r + 1 : k]
            if any(w in HOLDING_WORDS or w == "belongs" for w in between):
                return list(s.context.held_before)
    return []


REST_VIA_REACH: int = 10  # words from "the remainder" to "via"
VIA = frozenset({"via", "through"})


def _via_holder(s: Sentence, verb: int, end: int) -> int:
    """The intermediary through which an unnamed holder (the state, a city) holds a stake:
    "The state, via the Caisse Publique, still owns 30% of X", "The government holds 25% of X
    via the Caisse Publique"; the named intermediary holds it. Else -1."""
    lows = s.lows
    n = len(lows)
    b = verb - 1
    while b >= 0 and lows[b] in SUBJECT_GLUE:
        b -= 1
    if b >= 0 and lows[b] == ",":
        m = b - 1  # ", via the Caisse Publique, owns"
        q = m - 1 - (m >= 2 and lows[m - 1] == "the")
        if m >= 1 and lows[m] == M and q >= 1 and lows[q] in VIA and lows[q - 1] == ",":
            return m if not s.is_det(m) else -1
    q = end + 1  # "... of X via the Caisse Publique."
    if q + 1 < n and lows[q] in VIA:
        m = q + 1 + (lows[q + 1] == "the")
        if m < n and lows[m] == M and not s.is_det(m) and (m + 1 >= n or lows[m + 1] in ".,;"):
            return m
    return -1


def _passive_patient(s: Sentence, k: int) -> list[str]:
    """ "Tarrow is controlled by the Ashcombe family via ...": what the participle before k
    says is held, when its agent is no entity."""
    lows = s.lows
    for p in range(k - 1, max(0, k - 14), -1):
        if lows[p] in HOLDING_PARTICIPLES and p + 1 < len(lows) and lows[p + 1] == "by":
            subj = subjects(s, p, True)
            return list(s.ment(subj[0]).ids) if subj else []
    return []


# (with the forms a group subject takes: "the siblings keep the remaining 30%", "the two
# brothers kept the remaining 30%", kin38)
HOLDING_WORDS = frozenset(
    {"held", "owned", "holds", "owns", "keeps", "has", "holding", "owning", "keeping", "retains"}
    | {"hold", "own", "keep", "retain", "kept", "retained"}
)


def remainder(s: Sentence) -> None:
    """ "A owns 60% of X, with the balance held by B", "... while B holds the remainder": B
    owns the rest of what the sentence's stake rules say is held."""
    here = held_here(s)
    held = here or list(s.context.held_before)
    if not held:
        return
    lows, rest = s.lows, s.lex.stake_rest
    n = len(lows)
    for k in range(1, n):
        if lows[k - 1] != "the":
            continue
        e = k + 1  # the end of the share: "the rest", "the remaining 49%", "the other half"
        if lows[k] not in rest:
            pct = percent_at(lows, k + 1) if lows[k] in s.lex.stake_left_over else None
            if pct is None and not (k + 1 < n and lows[k] == "other" and lows[k + 1] == "half"):
                continue
            e = pct[1] if pct else k + 2
        if e < n and lows[e] == "of":
            continue  # "holds the rest of its savings in bonds": not the rest of a stake
        if e < n and lows[e] in ("is", "was", "are", "were", "will", "be"):
            e += 1 + (e + 1 < n and lows[e + 1] == "be")  # "the remaining 49% is held by"
        holder, fresh = _rest_holder(s, k, e)
        if holder < 0 or s.blocked(min(holder, k), max(holder, k)):
            continue
        holders = s.merged(coord(s, holder, +1) if holder > k else kept_together(s, holder))
        if not here and held_before_by(s, holders):
            continue  # "A holds 15% of X. The other 85% belongs to the parent": not A
        for target in dict.fromkeys(named_held(s, held) if fresh else held):
            tgt = Mention((target,), -1, -1)
            s.emit(holders, ("OWNS", "FUNDS"), tgt, "stake/remainder", 0.7)


def _rest_holder(s: Sentence, k: int, e: int) -> tuple[int, bool]:
    """The holder of the rest "the" k ... e ("the remaining 40%"): its index, and whether it was
    found past unnamed holders, a split or a role read with its holder (readings that take only
    a company the sentence names); -1 when there is none."""
    lows = s.lows
    n = len(lows)
    split = lows[e] in s.lex.split_verbs and e + 2 < n and lows[e + 1] == "between"
    if e + 2 < n and (split or (lows[e] in HOLDING_WORDS and lows[e + 1] == "by")):
        holder = right(s, e + 2, 2)  # "with the balance held by B", "split between A and B"
        if holder >= 0:
            return holder, split
        return _named_after_unnamed(s, e + 2), True  # "held by staff and the fund B"
    if k >= 3 and lows[k - 2] in HOLDING_WORDS and lows[k - 3] == M:
        return k - 3, False  # "while B holds the remainder"
    if k >= 5 and lows[k - 2] in HOLDING_WORDS and lows[k - 5 : k - 2] == [",", M, ","]:
        return k - 4, False  # "The founder's nephew, Rolf Abt, holds the remaining 36%"
    if k == 4 and lows[2] in HOLDING_WORDS and lows[:2] == [M, ","]:
        return 0, True  # the same, the role and its holder read as one opening item
    relative = _relative_holder(s, k - 2) if k >= 2 and lows[k - 2] in HOLDING_WORDS else -1
    if relative >= 0:
        return relative, False  # "B, which holds the remaining 27%"
    return (kept_rest_holder(s, k - 2) if k >= 3 else -1), False


RELATIVE_GLUE: Final[frozenset[str]] = frozenset({"still", "now", "already", "currently"})


def _relative_holder(s: Sentence, v: int) -> int:
    """The name a relative on the holding verb at v is said of: "B, which holds the remaining
    40%", "B, who still owns the rest"; else -1."""
    lows = s.lows
    r = v - 1
    while r >= 0 and lows[r] in RELATIVE_GLUE:
        r -= 1
    if r < 2 or lows[r] not in RELATIVES or lows[r - 1] != ",":
        return -1
    h = r - 2
    return h if lows[h] == M and not s.is_det(h) else -1


UNNAMED_HOLDER_REACH = 10  # "its employees, managers and the fund B": words before the name
NAME_AFTER_AND = 4  # "and the pension fund B": words from the last "and" to the name


def _named_after_unnamed(s: Sentence, p: int) -> int:
    """ "staff and the fund B", "its employees, managers and B": the first name listed after
    unnamed holders at p (plain words joined by "and" or commas), else -1."""
    lows = s.lows
    joined = -1  # the last separator seen
    for q in range(p, min(len(lows), p + UNNAMED_HOLDER_REACH)):
        w = lows[q]
        if w == M and not s.is_det(q):
            return q if joined > p and q - joined <= NAME_AFTER_AND else -1
        if w in COORD:
            joined = q
        elif w == "by" and q - 1 == joined:
            continue  # "held by staff and by the fund B"
        elif w in CLAUSE_STOP or w in PREPOSITIONS or not (w.isalpha() or s.is_det(q)):
            return -1
    return -1


def _stake_opening(s: Sentence, k: int) -> tuple[int, int]:
    """Walk back from the stake's figure at `k` over its fillers ("a further", "its entire",
    "20%"): the index of the word before them (the verb, if any) and of the first determiner
    skipped on the way ("its 20% stake"), or -1."""
    lows, lex = s.lows, s.lex
    v = k - 1
    det = -1
    while v >= 0 and k - v <= 6 and (lows[v] != M or s.is_det(v)):
        if (
            lows[v] in lex.stake_fillers
            or lows[v] in lex.stake_majority
            or lows[v][:1].isdigit()
            or lows[v] in holding_words(lex).whole_stake  # "sold its entire stake"
            or s.is_det(v)  # "sold its 20% stake"
        ):
            if det < 0 and s.is_det(v):
                det = v
            v -= 1
            continue
        if v >= 1 and lows[v] == "of" and lows[v - 1] in lex.stake_nouns and k - v <= 3:
            v -= 2  # "revealed a holding of 7% in X": the stake noun before its figure
            continue
        break
    return v, det


def _stake_holders(s: Sentence, start: int, end: int) -> list[int]:
    """The subjects of the stake verb at `start`: through an apposed vehicle ("Marlo, the
    vehicle of Ravi Tanwar, which owns 20% of X": Marlo) or a "via" holder ("The state, via the
    Caisse, owns 30%")."""
    cands = shared_subject(s, start, subjects(s, start, True))
    cands = keeper_first(s, start, cands)  # "P, who opened it with her cousin, C, and holds 55%"
    if cands:
        head = of_apposed_head(s, cands[0], start)
        if head >= 0:
            return [head] + cands[1:]
    via = _via_holder(s, start, end)
    return [via] if via >= 0 else []


def _stake(s: Sentence, k: int, e: int, value: float, target: int) -> None:
    lows, lex = s.lows, s.lex
    majority = value >= MAJORITY or any(lows[x] in lex.stake_majority for x in range(k - 3, e))
    # "buy the remaining 40% of X", "the rest of X": the buyer ends up with all of it
    before = lows[max(0, k - 3) : k]
    majority = majority or "remaining" in before or not lex.stake_rest.isdisjoint(before)
    v, det = _stake_opening(s, k)
    verb = _stake_verb(s, v) or _paid_for(s, v)
    if verb is None:
        if target >= 0:
            _held(s, k, e, v, det, value, target)
        return
    start, kind = verb
    if kind == "sell" and _reduced_to(s, max(target, e)):
        kind = "hold"  # "cut its holding in X to 5%": the rest is still held
    if kind == "sell":
        _stake_sold(s, start, e, target, det, "OWNS" if majority else "FUNDS")
        return
    if target < 0:
        return
    if unnamed_subject(s, start):
        s.claimed.update(range(start, max(target, e)))  # nobody named holds it
        return
    cands = _stake_holders(s, start, max(target, e))
    if cands and names_holders(s, cands[0]):
        s.claimed.update(range(start, max(target, e)))  # no verbal reading either
        return  # "Shareholders of X will own 30% of K": X's holders, not X
    if not cands or s.blocked(cands[0] + 1, max(target, e)):
        return
    if kind == "hold" and ended_hold(lows, start, max(target, e)):
        s.claimed.update(range(start, max(target, e)))  # "had owned 40% of X": over
        return
    s.claimed.update(range(start, max(target, e)))  # "owns a 6.2 per cent stake in": read here
    # a project is funded, not owned: "Northgate will own 60% of the Caledon Wind project"
    types = ("OWNS", "FUNDS") if kind == "hold" or majority else ("FUNDS",)
    owners = s.merged(with_companions(s, _own_conjuncts(s, cands[0]), start))
    owned = hosted_owned(s, cands[0], start, s.ment(target))
    owned = _not_self(s, owners, owned) if owned is not None else None
    owned = _described_topic(s, owners, owned)
    owned = topic_not_aside(s, owners, owned)
    if owned is not None and owned.kind != "name" and (into := invested_in(s, start)) >= 0:
        owned = s.ment(into)  # "a fund that invested in X and now holds 20% of the company"
    if owned is not None and owned.kind != "name" and lows[start] in RETAIN_VERBS:
        kept_in = sold_by(s, owners, start)  # "after selling X to Y, Z keeps 10% of the chain"
        owned = s.ment(kept_in) if kept_in >= 0 else owned
    if owned is None:
        return
    s.emit(owners, types, owned, "stake/percent", 0.8)
    for other in _listed_holdings(s, e, value, target):
        owned_too = _not_self(s, owners, s.ment(other))
        if owned_too is not None:
            s.emit(owners, types, owned_too, "stake/percent", 0.8)
    if kind == "hold":
        _held_not_funded(s, owners, owned)
        _gapped(s, target)
    elif lows[target] == M and not intended(s, start):
        _gapped(s, target, value)  # "A will take 60% of X and B the rest": B buys 40%
        if "OWNS" not in types and _still_kept(s, owners, max(target, e)):
            s.emit(owners, ("OWNS",), owned, "stake/percent", 0.8)


def _reduced_to(s: Sentence, after: int) -> bool:
    """ "cut its stake in X to 5%", "trimmed its holding in X to 11% last month": a stake
    sold down to a percentage that is kept (a "to" that names a buyer is no such case)."""
    lows = s.lows
    k = after + 1
    if k + 1 >= len(lows) or lows[k] != "to":
        return False
    kept = percent_at(lows, k + 1)
    return kept is not None and kept[0] > 0


def _listed_holdings(s: Sentence, e: int, value: float, target: int) -> list[int]:
    """ "owns shares in A, B and C", "holds stakes in A and B": with a plural stake noun and no
    percentage, the names listed after the first target (a percentage is one company's), not
    a name that a verb follows."""
    if value or target < 0 or not s.lows[e - 1].endswith("s"):
        return []
    listed = coord(s, target, +1)[1:]
    last = listed[-1] if listed else -1
    if 0 <= last < len(s.lows) - 1 and verb_like(s, last + 1):
        return []  # "holds shares in A and B holds shares in C": B opens a clause
    return listed


def _stake_sold(s: Sentence, start: int, e: int, target: int, det: int, rel: str) -> None:
    """ "sold its 20% stake in X to Y", "Calloway sold a 20% stake to Orland": the buyer of a
    stake (in the company named, else in the seller itself) gets rel (OWNS for a majority)."""
    s.claimed.update(range(start, max(target, e)))  # "sold its 20% stake in X": no holding
    sellers = subjects(s, start, True) if target >= 0 else []
    if sellers:
        s.sales.append((s.ment(sellers[0]).ids, s.ment(target).ids))
    if target < 0:  # "Calloway sold a 20% stake to Orland": a stake in itself
        if det >= 0:
            return  # "Gorse sold its stake to Pell": Gorse's stake in another company
        sold = _self_sold(s, start)
        if sold is not None:
            _sold_to(s, start, e - 1, rel, sold)
        return
    _sold_to(s, start, target, rel, s.ment(target))


def _not_self(s: Sentence, owners: Mention, target: Mention) -> Mention | None:
    """ "A and B, which jointly hold a quarter of it", "A holds 20% of the company": a
    reference that resolved to one of the holders themselves means the company the article
    is about (`SentenceContext.stake_topic`); a name is kept as it is."""
    if target.kind == "name" or not target.shares(owners):
        return target
    topic = s.context.stake_topic
    if topic and topic not in owners.ids:
        return Mention((topic,), target.i, target.j, "context", 0.8)
    return None


def _described_topic(s: Sentence, owners: Mention, owned: Mention | None) -> Mention | None:
    """ "T agreed to a takeover by A. B, which holds 27% of the firm, ...": a description of
    the owned company after a takeover means its target (`SentenceContext.takeover_target`),
    not merely the organization named last (the buyer, a family holding, an agency)."""
    target = s.context.takeover_target
    if owned is None or owned.kind != "np" or not target or target in owned.ids:
        return owned
    if target in owners.ids:
        return owned
    return Mention((target,), owned.i, owned.j, "context", 0.8)


def topic_not_aside(s: Sentence, owners: Mention, owned: Mention | None) -> Mention | None:
    """ "Fennick won an order from Dalvin. Orrin, which owns 12% of the company, ...": a plain
    "the company" that resolved to a firm the sentence before named only beside its subject
    (`SentenceContext.stake_aside`) is the article's topic (`SentenceContext.stake_topic`)."""
    topic = s.context.stake_topic
    if owned is None or owned.kind != "np" or len(owned.ids) != 1 or topic is None:
        return owned
    if owned.ids[0] not in s.context.stake_aside or topic in owners.ids:
        return owned
    return Mention((topic,), owned.i, owned.j, "context", 0.8)


def _held_not_funded(s: Sentence, owners: Mention, target: Mention) -> None:
    """ "Its largest investor, Helm, which holds 4.5% of the group": a held stake is OWNS, so
    the investor noun's FUNDS of the same company goes."""
    pairs = {(o, t) for o in owners.ids for t in target.ids}
    drop = [
        f
        for f in s.found
        if f.type == "FUNDS" and f.rule.startswith("role/") and (f.source, f.target) in pairs
    ]
    if drop and any(f.type == "OWNS" and (f.source, f.target) in pairs for f in s.found):
        s.withdraw(drop)


SUBJECT_GLUE = frozenset({"also", "now", "still", "then", "later", "already", "currently", "each"})


def unnamed_subject(s: Sentence, verb: int) -> bool:
    """ "Orland said its founder owns 30% of Brisa", "Orland's shareholders will own 55%", "and
    the family keeps 70%": the verb's subject is a noun phrase with no name, so no named
    entity holds the stake."""
    lows = s.lows
    b = verb - 1
    groups = s.lex.group_nouns  # "family" is no adverb in "-ly"
    while b >= 0 and (
        lows[b] in AUXILIARIES
        or lows[b] in SUBJECT_GLUE
        or (lows[b].endswith("ly") and lows[b] not in groups)
    ):
        b -= 1
    if b < 0 or lows[b] == M or not lows[b].isalpha():
        return False
    if lows[b] in ("which", "who", "that", "and", "both", "together", "turn", "jointly"):
        return False  # "Brisa, which in turn owns 30% of Vanta"
    h = b - 1
    while h >= 0 and b - h <= 2 and lows[h] != M and lows[h].isalpha():
        h -= 1
    if (
        h >= 0
        and lows[h] == M
        and not s.is_det(h)
        and all(lows[x] not in ARTICLES for x in range(h + 1, b))
    ):
        return False  # "The Riverside stadium project won": a name with its head nouns
    if lows[b] in groups:
        # "the family keeps 70% of the mill": a kin group with no name is no named
        # holder; "the Brandt family" is named (the name before the group noun)
        return b >= 1 and lows[b - 1] in SKIP_DETS
    return lows[b] in s.lex.heads or lows[b] in s.lex.roles or lows[b].endswith("s")


def _stake_verb(s: Sentence, v: int) -> tuple[int, str] | None:
    """The stake verb ending at v ("pick up", "buy", "sold"): (start, hold|buy|sell)."""
    lows, lex = s.lows, s.lex
    verb = None
    for start in range(max(0, v - 1), v + 1):
        for index, kind in (
            (lex.stake_hold, "hold"),
            (lex.stake_buy, "buy"),
            (lex.stake_sell, "sell"),
        ):
            if lows[start] in index:
                hit = index.match(lows, start)
                # the phrase may run into the fillers: "built up a 9% stake" ("up" a filler)
                if hit and start <= v < start + hit[0]:
                    verb = (start, kind)
    return verb


# words before a sum: "pay about $2 billion", "spend up to €90m"
# "a roughly 9% shareholder"
APPROX_WORDS: Final[frozenset[str]] = frozenset({"about", "around", "roughly", "nearly", "almost"})
SUM_HEDGES: Final[frozenset[str]] = APPROX_WORDS | frozenset({"some"})


def _paid_for(s: Sentence, v: int) -> tuple[int, str] | None:
    """ "will pay $2 billion for a 40% stake", "spent €90m on 15% of": the paying verb before
    its sum and the preposition at v, read as buying the stake: (start, "buy"), else None."""
    lows, lex = s.lows, s.lex
    if v < 2 or lows[v] not in lex.stake_pay_preps:
        return None
    p = v - 1
    while (
        p >= 0
        and v - p <= 6
        and (
            lows[p][:1] in AMOUNT_STARTS
            or "$" in lows[p]
            or (len(lows[p]) <= 2 and lows[p + 1][:1] == "$")  # "A$1.2", "HK$ 40m"
            or lows[p] in lex.money_words
            or lows[p] in SUM_HEDGES
        )
    ):
        p -= 1
    if p == v - 1 and p >= 0 and lows[p] in lex.stake_pay and percent_at(lows, v + 1):
        return (p, "buy") if lex.stake_pay.match(lows, p) else None  # "paid for 60% of X"
    if p == v - 1 or p < 0 or lows[p] not in lex.stake_pay:
        return None  # no sum between: "paid for the stake" is read by the verbal family
    return (p, "buy") if lex.stake_pay.match(lows, p) else None


def _held(s: Sentence, k: int, e: int, v: int, det: int, value: float, target: int) -> None:
    """ "Orland's 30% stake in Calloway", "its stake in Calloway": a stake its possessor
    holds (OWNS, a project FUNDS), unless it is being parted with ("the sale of its stake")."""
    lows, lex = s.lows, s.lex
    if not (value > 0 or lows[e - 1] in lex.stake_held):
        return  # "Orland's interest in Calloway" is no stake
    if v >= 1 and lows[v] in POSSESSIVE_MARKS and lows[v - 1] == M and not s.is_det(v - 1):
        owner, before = v - 1, v - 2
    elif det >= 0 and s.ment(det).word != "his" and s.ment(det).word != "her":
        owner, before = det, det - 1
    else:
        return
    s.claimed.update(range(owner, target))  # the noun trigger "stake in" is read here
    if before >= 1 and lows[before] == "of" and lows[before - 1] in lex.stake_parted:
        return
    if s.blocked(owner + 1, target) or undone(s, owner, target):
        return  # "wrote off its stake in X", "exited its stake in X": no longer held
    s.emit(s.ment(owner), ("OWNS", "FUNDS"), s.ment(target), "stake/held", 0.75)


def _self_sold(s: Sentence, verb: int) -> Mention | None:
    """What "sold a 20% stake to Orland" with no company named is a stake in: the seller
    itself ("Calloway sold"); for people selling, their company ("Harlow's founders sold") or
    else the company the article is about (`SentenceContext.stake_topic`: "The two founders
    sold 38% to Q"); else None."""
    lows = s.lows
    people = verb >= 1 and lows[verb - 1] in holding_words(s.lex).seller_people
    kin = -1  # the name of a family that sells: "the Harte family sold"
    if people and verb >= 2:
        p = verb - 2
        owner = p - 1 if p >= 1 and lows[p] == "'s" and lows[p - 1] == M else p
        kin = p if owner == p and lows[verb - 1] in s.lex.group_nouns else -1
        if lows[owner] == M and "Organization" in s.etypes(owner):
            if kin < 0 or _family_firm(s, kin):
                return s.ment(owner)  # "Harlow's founders", "its founders", "the Peck brothers"
    sellers = subjects(s, verb, True)
    if sellers and not people and "Person" not in s.etypes(sellers[0]):
        return _holder_sold(s, sellers[0]) or s.ment(sellers[0])
    if people and _linked_opener(s, verb, kin):
        return s.ment(0)  # "Marvel is family-run, though the family sold 30% to Q"
    topic = s.context.stake_topic
    if topic is None or not (people or sellers) or (sellers and topic in s.ment(sellers[0]).ids):
        return None
    return Mention((topic,), -1, -1, "context", 0.8)


def _family_firm(s: Sentence, kin: int) -> bool:
    """The family named at `kin` is the name of the firm it sells: the short form resolved to
    the article's topic or to the company the sentence opens with ("Peck Brothers builds homes.
    The Peck brothers sold 25% to Q", "Coyle is family-run, though the Coyle family sold")."""
    ids = s.ment(kin).ids
    if s.context.stake_topic in ids:
        return True
    return kin > 0 and s.lows[0] == M and s.ment(0).ids == ids


def _linked_opener(s: Sentence, verb: int, kin: int) -> bool:
    """The sentence opens with a company's name, the subject of the clause the sale is linked to
    by a comma and a conjunction, which names nothing else (but the selling family's name at
    `kin`) and makes the company no other party: "Marvel is family-run, though the family sold
    30% to Q"; not "X was an early investor, and the founders sold", "X cleared the deal after
    the founders sold"."""
    lows = s.lows
    if not (lows[0] == M and "Organization" in s.etypes(0)):
        return False
    if any(lows[q] == M and q != kin for q in range(1, verb)):
        return False
    link = next((b for b in range(verb - 2, max(1, verb - 6), -1) if lows[b] in CLAUSE_LINKS), -1)
    if link < 2 or lows[link - 1] != "," or any(w == "," for w in lows[link + 1 : verb]):
        return False
    parties = NonNames.of(s.lex).ties | data_words(s.lex, "holder_possessions")
    return parties.isdisjoint(lows[1 : link - 1])


def _holder_sold(s: Sentence, seller: int) -> Mention | None:
    """A seller described as a company's holder sells a stake in that company: "Its backer
    Quarry sold a 25% stake to A" (the company of the role noun's reading in this sentence),
    "Anvil's former parent, Kessel, sold 26% to A" (the noun's possessor), "Parent Dunmore sold
    35% to A" (the article's topic); None when no holder noun describes it."""
    ids = s.ment(seller).ids
    for f in s.found:
        if f.rule.startswith("role/") and f.type in ("OWNS", "FUNDS") and f.source in ids:
            if f.target not in ids:
                return Mention((f.target,), -1, -1, "context", 0.8)
    lows = s.lows
    r = seller - 1 - (seller >= 2 and lows[seller - 1] == ",")
    holders = data_words(s.lex, "parent_heads") | data_words(s.lex, "holder_possessions")
    if r < 0 or lows[r] not in holders:
        return None
    b = r - 1
    while b >= 0 and r - b <= 2 and lows[b] != M and lows[b] not in POSSESSIVE_MARKS:
        b -= 1  # "its former parent", "its private-equity owner"
    b -= b >= 1 and lows[b] in POSSESSIVE_MARKS
    if b >= 0 and lows[b] == M and not set(s.ment(b).ids) & set(ids):
        return s.ment(b)
    topic = s.context.stake_topic
    if topic is None or topic in ids:
        return None
    return Mention((topic,), -1, -1, "context", 0.8)


def _still_held(s: Sentence, buyer: int) -> bool:
    """ "sold 38% to Greyfield in 2020; the fund still owns that block", "to Oakhurst, which
    still holds the shares", "which still holds that 20 per cent": the buyer still holds what
    it bought, so it OWNS it as well."""
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    for v in range(buyer + 2, min(n - 2, buyer + 12)):
        if lows[v] != "still" or lows[v + 1] not in hw.keep_verbs:
            continue
        b = v - 1
        if not _keeps_it(s, v + 1) or b <= buyer:
            return False
        if any(lows[x] == M for x in range(buyer + 1, b)):
            return False  # another name between: not the buyer's clause
        return lows[b] in ("which", "who") or (lows[b] == M and s.ment(b).shares(s.ment(buyer)))
    return False


def _keeps_it(s: Sentence, v: int) -> bool:
    """A keep verb at v whose object is what was bought: "holds it", "keeps that holding"."""
    lows = s.lows
    n = len(lows)
    hw = holding_words(s.lex)
    hit = hw.keep_verbs.match(lows, v) if lows[v] in hw.keep_verbs else None
    q = v + hit[0] if hit else n
    if q + 1 < n and lows[q] in hw.held_dets:
        # "still holds that 20 per cent", "still owns that fifth"
        share = percent_at(lows, q + 1) is not None or lows[q + 1] in FRACTION_ENDS
        if share or lows[q + 1] in hw.held_blocks:
            return True
    return q < n and (
        lows[q] in ("it", "them") or (lows[q] == M and s.ment(q).word in ("it", "them"))
    )


def _still_kept(s: Sentence, owners: Mention, last: int) -> bool:
    """ "took 40% of X in 2012 and still holds it", "...; Qadir keeps that holding now": the
    buyer goes on to say it keeps what it bought, in a verb phrase coordinated after `last`
    (or a clause whose subject is the buyer), so it OWNS it as well."""
    lows = s.lows
    keep = holding_words(s.lex).keep_verbs
    for v in range(last + 1, min(len(lows) - 1, last + 8)):
        w = lows[v]
        if w == M and set(s.ment(v).ids) != set(owners.ids):
            return False  # another name: not the buyer's clause
        if w in PUNCT_STOP and w != ";":
            return False
        if w in keep and lows[v - 1] in ("and", "still", M):
            return _keeps_it(s, v)  # "; Qadir keeps that holding"
    return False


def _sold_to(s: Sentence, verb: int, last: int, rel: str, target: Mention) -> None:
    """ "agreed to sell a 58% stake in its unit, Netcable, to Ashgrove": the buyer holds the
    target (a majority OWNS, a minority FUNDS; OWNS too when the buyer "still owns that
    block"); "to" comes after position `last`."""
    lows = s.lows
    n = len(lows)
    p = last + 1
    if p < n and lows[p] in s.lex.stake_nouns:
        p += 1  # "sell 10% of its shares to X"
    p = _past_date(s, p)  # "sold a 35% stake in 2023 to X", "a stake last year to X"
    if p < n and lows[p] == ",":
        p += 1
    if not (p < n and lows[p] == "to"):
        return
    buyer = right(s, p + 1, 3)
    head = place_head(s, buyer) if buyer >= 0 and target.kind == "name" else -1
    if head >= 0:
        # "to the Lyon cheesemaker Fromont": not Lyon (a named company sold only: a
        # description's firm is less sure than the buyer is)
        buyer = head
    if buyer >= 0 and not _sale_off(s, verb, buyer):
        buyers = s.merged(coord(s, buyer, +1))
        s.emit(buyers, (rel,), target, "stake/sold-to", 0.75)
        if rel == "FUNDS" and _still_held(s, buyer):
            s.emit(buyers, ("OWNS",), target, "stake/sold-to", 0.75)


def _sale_off(s: Sentence, verb: int, buyer: int) -> bool:
    """The sale at `verb` to `buyer` did not happen: negated or hedged in its clause ("did not
    sell", "is considering selling", "is rumoured to have sold"), only intended ("plans to
    sell") or undone ("agreed to sell ..., but the deal collapsed")."""
    lows = s.lows
    lo = verb
    while lo > 0 and lows[lo - 1] != M and lows[lo - 1] not in CLAUSE_STOP and lows[lo - 1] != ",":
        lo -= 1  # the clause's words before the verb: "Tarn [is considering] selling"
    if s.blocked(lo, buyer) or intended(s, verb):
        return True
    return undone(s, verb, buyer) or called_off(s, buyer)


def _past_date(s: Sentence, p: int) -> int:
    """Where a sale's "to" may stand after a date at p: "in 2022", "in March", "last year",
    "that spring" (at most four words); p itself when no date stands there."""
    lows = s.lows
    n = len(lows)
    q = p + 1 if p + 1 < n and lows[p] in ("in", "during") and dated_word(s, lows[p + 1]) else p
    end = min(n, p + 4)
    while q < end and (gap_date_word(lows, q) or dated_word(s, lows[q]) or lows[q] == "that"):
        q += 1
    return q if q > p and q < n and lows[q] == "to" else p


def _gapped(s: Sentence, target: int, bought: float = -1.0) -> None:
    """ "A holds 55% of X, B 27% and C 18%": the verb and its object left out after A. After a
    purchase of `bought` per cent ("A will take 60% of X and B the rest") each share bought is
    OWNS for a majority, else FUNDS."""
    gapped_from(s, target + 1, s.ment(target), bought)


def gapped_from(s: Sentence, p: int, owned: Mention, bought: float = -1.0) -> None:
    """The gapped holders from p on of the shares of `owned` (`_gapped`; also after a share
    whose company is implicit: "A will hold 20%, and B 8%")."""
    lows = s.lows
    n = len(lows)
    start = p
    while p + 2 < n and lows[p] in (",", "and", ";"):
        semi = lows[p] == ";"
        if lows[p + 1] == "and" and lows[p] in (",", ";"):
            p += 1  # "A holds 60% of X, and B the rest", "; and C, 10%"
        h = p + 1 + (lows[p + 1] == "the")  # "and the Thorne family the remainder"
        title = s.lex.roles.match(lows, h) if lows[h] != M else None
        if title is not None and h == p + 1 and h + title[0] < n and lows[h + title[0]] == M:
            h += title[0]  # "A owns 30%, chief executive Mia Lund 10%"
            p = h - 1
        if h + 1 >= n or lows[h] != M or (h > p + 1 and lows[h + 1] not in s.lex.group_nouns):
            return
        q = h + 1 + (h > p + 1)
        q += semi and q < n and lows[q] == ","  # "A owns 30% of X; B, 20%; and C, 10%"
        while q < n and q - p <= 4 and lows[q] in s.lex.stake_fillers and lows[q] != "the":
            q += 1  # "and Morrow about 19%"
        end = _share_end(s, q)
        if end < 0 or (end < n and lows[end] in ("of", "in")):
            return  # "B 27% of Y": another object, read on its own
        types = ("OWNS", "FUNDS") if bought < 0 else _bought_types(s, q, bought)
        if not s.blocked(start, p + 1) and not s.ment(h).shares(owned):
            s.emit(s.ment(h), types, owned, "stake/gapped", 0.7)
        p = end


def _bought_types(s: Sentence, q: int, bought: float) -> tuple[str, ...]:
    """The relation of a gapped share bought at q: its size, or what `bought` left ("the
    rest" after 60% is 40%)."""
    pct = percent_at(s.lows, q) if s.lows[q] != "the" else None
    share = pct[0] if pct is not None else 100.0 - bought
    if pct is None and s.lows[q + 1] in s.lex.stake_left_over:
        later = percent_at(s.lows, q + 2) if q + 2 < len(s.lows) else None
        share = later[0] if later is not None else share  # "the remaining 40%"
    return ("OWNS", "FUNDS") if share >= MAJORITY else ("FUNDS",)


def _share_end(s: Sentence, q: int) -> int:
    """The end of a share at q: "19%", "the rest", "the remainder"; else -1."""
    lows = s.lows
    pct = percent_at(lows, q) if q < len(lows) else None
    if pct is not None:
        return pct[1]
    if q + 1 < len(lows) and lows[q] == "the" and lows[q + 1] in s.lex.stake_rest:
        return q + 2
    if q + 2 < len(lows) and lows[q] == "the" and lows[q + 1] in s.lex.stake_left_over:
        pct = percent_at(lows, q + 2)  # "and B the remaining 30%"
        if pct is not None:
            return pct[1]
    return -1


def shareholder_list(s: Sentence) -> None:
    """ "Shareholders of Vanta: Kestrel – 55%; Orland – 27%; Brisa – 18%"."""
    lows = s.lows
    n = len(lows)
    items: list[tuple[int, float]] = []
    table = _table_head(s)  # "Shareholders: A 40%, B 35%": no dash needed
    for m in range(n - 2):
        if lows[m] != M:
            continue
        if lows[m + 1] in DASHES or lows[m + 1] in (":", "("):
            pct = percent_at(lows, m + 2)
        else:
            pct = percent_at(lows, m + 1) if table >= 0 and m > table else None
        if pct is not None:
            items.append((m, pct[0]))
    if not items:
        return
    owned_at = _list_subject(s, items[0][0])
    owned = s.ment(owned_at) if owned_at >= 0 else None
    if owned is None and table >= 0 and len(items) >= 2 and s.context.stake_topic:
        owned = Mention((s.context.stake_topic,), -1, -1, "context", 0.8)
    if owned is None or (len(items) < 2 and lows[items[0][0] + 1] == "("):
        return
    if any(s.ment(m).shares(owned) for m, _ in items):
        return  # "Its owners are A (45%) and its holding firm (25%)": "its" is not the firm
    for m, _value in items:
        # a listed holder owns its share, whatever its size (a project's holders fund it)
        if owned_at < 0 or not s.blocked(owned_at + 1, m):
            s.emit(s.ment(m), ("OWNS", "FUNDS"), owned, "stake/shareholder-list", 0.75)


def _table_head(s: Sentence) -> int:
    """ "Shareholders: A 40%, B 35%" at the sentence's start: the colon's index, else -1."""
    lows = s.lows
    hit = s.lex.list_heads.match(lows, 0) if lows else None
    if hit and hit[0] + 1 < len(lows) and lows[hit[0]] == ":":
        return hit[0]
    return -1


def _list_subject(s: Sentence, first: int) -> int:
    """The company a shareholder list is about: "shareholders of X:", "X's shareholders:",
    "X: A – 55%", else -1."""
    lows, heads = s.lows, s.lex.list_heads
    for t in range(first - 1, -1, -1):
        if lows[t] != M:
            continue
        before = lows[t - 1] if t >= 1 else ""
        if before in ("of", "in") and t >= 2 and lows[t - 2] in heads:
            return t
        if t + 2 < len(lows) and lows[t + 1] == "'s" and lows[t + 2] in heads:
            return t
        if s.is_det(t) and t + 1 < len(lows) and lows[t + 1] in heads:
            return t  # "Its owners are A (46%), B (33%) and C (21%)"
        if t + 1 < len(lows) and lows[t + 1] == ":":
            return t
        if lows[t + 1 : t + 4] in (["is", p, "by"] for p in HOLDING_PARTICIPLES):
            return t  # "X is owned by A (60%) and B (40%)"
    return -1


@per_lexicon
def holder_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The `stakes: holders_of` nouns: (owning, funding)."""
    spec = (lex.data.get("stakes") or {}).get("holders_of") or {}
    return (word_set(spec.get("owning")), word_set(spec.get("funding")))


def holders_cues(lex: Lexicon) -> frozenset[str]:
    owning, funding = holder_words(lex)
    return owning | funding


def holders_of(s: Sentence) -> None:
    """ "The new owners of Ostlake Rovers, Pell Capital and Brisk Partners, want ...", "the
    backers of X, A and B": every listed holder OWNS (an owning noun; FUNDS a project) or FUNDS
    (a funding noun) X, when the list closes the appositive (a comma or the sentence's end)."""
    owning, funding = holder_words(s.lex)
    lows = s.lows
    n = len(lows)
    for k in range(n - 4):
        w = lows[k]
        if (w not in owning and w not in funding) or lows[k + 1] != "of":
            continue
        thing = k + 2 + (lows[k + 2] == "the")
        if thing + 2 >= n or lows[thing] != M or s.is_det(thing) or lows[thing + 1] != ",":
            continue
        first = thing + 2
        if lows[first] != M or s.is_det(first):
            continue
        idx = coord(s, first, +1)
        end = idx[-1] + 1
        if len(idx) < 2 or (end < n and lows[end] not in (",", ".", ";")):
            continue  # one holder: the role rules read "the owner of X, A"
        if not s.blocked(k, idx[-1]):
            types = ("OWNS", "FUNDS") if w in owning else ("FUNDS",)
            s.emit(s.merged(idx), types, s.ment(thing), "stake/holders-of", 0.75)


SALE_NOUNS: frozenset[str] = frozenset({"sale", "transfer", "disposal"})
SALE_OPPOSED = frozenset(
    {"oppose", "opposed", "opposes", "opposing", "against", "block", "blocked", "blocking"}
    | {"challenge", "challenged", "challenging", "stop", "halt", "halted", "talks", "plan"}
    | {"plans", "planned", "proposed", "possible", "potential", "mooted", "rejected"}
)


def sale_of(s: Sentence) -> None:
    """ "completed the sale of Ostlake Foods to Pell Health", "the sale of 60% of X to Y",
    "the sale of its stake in X to Y": the buyer after "to" holds X (OWNS, FUNDS for a minority
    share or a project). The seller is never an endpoint."""
    lows = s.lows
    n = len(lows)
    for k in range(n - 4):
        if lows[k] not in SALE_NOUNS or lows[k + 1] != "of":
            continue
        if not SALE_OPPOSED.isdisjoint(lows[max(0, k - 4) : k]):
            continue  # "opposed the sale of X to Y": the sale may not happen
        p, value = k + 2, None
        pct = percent_at(lows, p)
        if pct is not None and pct[1] + 1 < n and lows[pct[1]] == "of":
            p, value = pct[1] + 1, pct[0]  # "the sale of 60% of X"
        elif s.is_det(p) and p + 3 < n and lows[p + 1] in s.lex.stake_nouns:
            if lows[p + 2] != "in":
                continue
            p, value = p + 3, 0.0  # "the sale of its stake in X": a share of unknown size
        p += p < n and lows[p] == "the"
        if p < n and (lows[p] != M or s.is_det(p)) and value is None:
            q = described_name(s, p)  # "the disposal of its Polish unit, Vantor Polska, to"
            if q >= 0 and q + 2 < n and lows[q + 1] == "," and lows[q + 2] == "to":
                p = q
        if p + 2 >= n or lows[p] != M or s.is_det(p) or lows[p + 1 + (lows[p + 1] == ",")] != "to":
            continue
        buyer = right(s, p + 2 + (lows[p + 1] == ","), 3)
        if buyer < 0 or s.blocked(max(0, k - 3), buyer) or s.hedged_after(buyer + 1):
            continue
        types = ("OWNS", "FUNDS") if value is None or value >= MAJORITY else ("FUNDS",)
        s.emit(s.merged(coord(s, buyer, +1)), types, s.ment(p), "stake/sale-of", 0.75)


def gapped_holders(s: Sentence) -> None:
    """ "A will hold 55 percent of the venture, B 25 percent and C the rest": a name after a
    comma or "and" with a share right after it holds that share of the same company (the verb
    is gapped); no rule's OWNS or FUNDS may make it the company held."""
    lows = s.lows
    first = -1
    for m in range(2, len(lows) - 1):
        if lows[m] != M or lows[m - 1] not in (",", "and") or percent_at(lows, m + 1) is None:
            continue
        if first < 0:
            first = next((k for k in range(len(lows)) if percent_at(lows, k)), len(lows))
        if first >= m:
            continue  # no share stated before: no gap
        held = set(s.ment(m).ids)
        s.withdraw([f for f in s.found if f.target in held and f.type in ("OWNS", "FUNDS")])
