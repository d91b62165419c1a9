"""A founder's second role at the firm, in the same sentence (wrongtype21): the founding has
bound the person and the organization, and a relative clause or a second verb phrase on the
same person says that they also lead it or hold a stake in it.

- "Thermashield was set up in 2015 by Ada Oyelowo, a one-time surveyor who remains chief
  executive": the relative on the founder (past an appositive);
- "Ada Vorn, who founded Tarsa in 2013 with the economist Piet Grady after both quit a bank, is
  still chief executive": the main predicate after the founding relative;
- "Hester Pike co-founded Saltcrust, which bakes in a tram depot, in 2014 and has been running
  it as managing director", "X, who founded Y from a stall and still owns 11% of its shares":
  the second conjunct of the founding verb phrase.

The second role is read only against the founded organization: a leading verb's object or a
stake's "of"/"in" object that names another organization ("and now chairs Green Hands", "owns
5% of Kelby") is left to the rules that read it; a role "of"/"at" another firm likewise.

Words live in `loaders/data/unnamed_roles.yaml` (`perfect_lead_forms`, `lead_ends`,
`past_holding_forms`; the link verbs, adverbs and leading verbs of `unnamed_roles`) and the
stake words of `triggers.yaml` (`stakes`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon, read_data
from loaders.relations.founder_roles import FIRST_ROLE_VERBS, LATER_ADVERBS
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.stake import SHARE_OBJECTS, percent_at
from loaders.relations.unnamed_roles import (
    CONTINUING_VERBS,
    LEAD_VERBS,
    LINK_ADVERBS,
    LINK_VERBS,
    SPELL_SEATS,
    _leading_role,
    relative_head,
)
from loaders.relations.words import PUNCT_STOP, M

_DATA = read_data("unnamed_roles.yaml")
PERFECT_LEAD_FORMS: Final[frozenset[str]] = frozenset(_DATA["perfect_lead_forms"])
LEAD_ENDS: Final[frozenset[str]] = frozenset(_DATA["lead_ends"])
PAST_HOLDING_FORMS: Final[frozenset[str]] = frozenset(_DATA["past_holding_forms"])
SERVING_VERBS: Final[frozenset[str]] = frozenset(_DATA["serving_verbs"])
ADVERBS: Final[frozenset[str]] = LINK_ADVERBS | LATER_ADVERBS
PERFECT: Final[frozenset[str]] = frozenset({"has", "have"})
# what a stake's "of"/"in" may hold without naming the firm: "11% of its shares", "a majority
# stake in the business"
HELD_THINGS: Final[frozenset[str]] = SHARE_OBJECTS | frozenset({"business", "firm", "it"})
CLAUSE_ENDS: Final[frozenset[str]] = frozenset({"but", "while", "whereas", "although", "who"})
LATER_ACTS: Final[frozenset[str]] = frozenset({"before", "until", "sold", "sells", "selling"})
VP_REACH: Final = 24  # words from the founded firm to the end of the founding verb phrase


def cues(lex: Lexicon) -> Collection[str]:
    return FIRST_ROLE_VERBS | lex.person_cues.founding


def founder_also(s: Sentence) -> None:
    """The founder of a FOUNDED relation found in this sentence also leads or holds the firm
    when a relative clause or a second verb phrase on the founder says so."""
    for f in list(s.found):
        if f.type != "FOUNDED" or s.type_of(f.source) != "Person":
            continue
        for h, start in _founder_phrases(s, f):
            _read_second_role(s, f, h, start)


def _founder_phrases(s: Sentence, f: Found) -> list[tuple[int, int]]:
    """(founder position, start of a verb phrase of the founder's other than the founding)."""
    lows = s.lows
    out: list[tuple[int, int]] = []
    for h, w in enumerate(lows):
        if w != M or f.source not in s.ment(h).ids or s.ment(h).kind != "name":
            continue
        # "X co-founded Y ... and VP": the founder is the founding verb's subject; "Tarsa
        # founder X keeps the remaining 60%": the founder is the other verb's subject
        v = _skip(lows, h + 1, ADVERBS)
        o = _founded_at(s, f, v)
        if o >= 0:
            out.extend((h, p) for p in _after_founding(s, o, relative=False))
        else:
            out.append((h, h + 1))
    for w, word in enumerate(lows):
        if word != "who":
            continue
        h = _relative_holder(s, w)
        if h < 0 or f.source not in s.ment(h).ids:
            continue
        v = _skip(lows, w + 1, ADVERBS)
        o = _founded_at(s, f, v)
        if o < 0:
            out.append((h, w + 1))  # "by X, a one-time surveyor who remains chief executive"
        else:
            out.extend((h, p) for p in _after_founding(s, o, relative=True))
    return out


def _relative_holder(s: Sentence, w: int) -> int:
    """The person a "who" at w is about: `relative_head`, or past an appositive with no
    article or with its organization ("X, once a roofer, who", "X, the founder of Y, who");
    else -1."""
    h = relative_head(s, w)
    if h >= 0:
        return h
    lows = s.lows
    m = w - 1 - (w >= 1 and lows[w - 1] == ",")
    while m >= 0 and w - m <= 9 and lows[m] != "," and lows[m] not in PUNCT_STOP:
        if lows[m] == M and (lows[m - 1] != "of" or "Organization" not in s.etypes(m)):
            return -1  # "X, a friend of Tom Reyes, who": Tom Reyes's relative
        m -= 1
    if m < 1 or m >= w - 2 or lows[m] != "," or lows[m - 1] != M:
        return -1
    return m - 1 if "Person" in s.etypes(m - 1) else -1


def _skip(lows: list[str], p: int, words: frozenset[str]) -> int:
    while p < len(lows) and lows[p] in words:
        p += 1
    return p


def _founded_at(s: Sentence, f: Found, v: int) -> int:
    """The founded firm's position when a founding verb at v takes it as object ("founded Y",
    "set up Y", "co-founded Y"), else -1."""
    lows = s.lows
    if v >= len(lows):
        return -1
    up = lows[v] == "set" and v + 1 < len(lows) and lows[v + 1] == "up"
    if not up and lows[v] not in FIRST_ROLE_VERBS and lows[v] not in s.lex.person_cues.founding:
        return -1
    o = v + 1 + up
    if o < len(lows) and lows[o] == M and f.target in s.ment(o).ids:
        return o
    return -1


def _after_founding(s: Sentence, o: int, relative: bool) -> list[int]:
    """Where a second verb phrase starts after the founding verb phrase whose firm is at o:
    past "and" ("founded Y in 2014 and has run it"), or, for a founding relative, past its
    closing comma ("X, who founded Y in 2013, is still chief executive"). A relative on the
    firm inside ("Y, which bakes in a tram depot,") is skipped."""
    lows = s.lows
    n = len(lows)
    x = o + 1
    while x < n and x - o <= VP_REACH:
        w = lows[x]
        if w in PUNCT_STOP or w in CLAUSE_ENDS or w in LATER_ACTS:
            return []
        if w == "and":
            return [x + 1]
        if w == "," and x + 1 < n and lows[x + 1] == "which" and x == o + 1:
            x = _clause_close(lows, x + 1)
            if x < 0:
                return []
        elif w == ",":
            return [x + 1] if relative else []
        x += 1
    return []


def _clause_close(lows: list[str], x: int) -> int:
    """The comma closing the relative clause opened at x, else -1."""
    for y in range(x, min(len(lows), x + 14)):
        if lows[y] == ",":
            return y
        if lows[y] in PUNCT_STOP:
            return -1
    return -1


def _read_second_role(s: Sentence, f: Found, h: int, p: int) -> None:
    """Emit the founder's LEADS or OWNS of the founded firm the verb phrase at p states."""
    got = _leads_end(s, f, p)
    rel = "LEADS"
    if got < 0:
        got, rel = _owns_end(s, f, p), "OWNS"
    if got < 0 or s.blocked(h + 1, got):
        return
    firm = Mention((f.target,), -1, -1)  # "Tarsa founder X": the firm's name is folded away
    s.emit(s.ment(h), (rel,), firm, f"unnamed-roles/founder-also-{rel.lower()}", 0.7)


def _the_firm(s: Sentence, f: Found, k: int) -> int:
    """At k a mention of the founded firm (its name, "it", "the company"), or a bare "it": its
    end; another
    organization or a possessor ("Y's rival Z"): -2; no mention: -1."""
    lows = s.lows
    if k < len(lows) and lows[k] == "it":
        return k + 1  # an "it" left unresolved: the firm the phrase is about
    if k >= len(lows) or lows[k] != M:
        return -1
    if f.target not in s.ment(k).ids or (k + 1 < len(lows) and lows[k + 1] in ("'s", "’s")):
        return -2
    return k + 1


def _leads_end(s: Sentence, f: Found, p: int) -> int:
    """ "(who) remains chief executive", "is still its chair", "has been running it as managing
    director", "has headed the firm since 2010": the end of the leading phrase, else -1."""
    lows = s.lows
    n = len(lows)
    q = _skip(lows, p, ADVERBS)
    perfect = q < n and lows[q] in PERFECT
    q = _skip(lows, q + perfect, ADVERBS)
    if q >= n:
        return -1
    if lows[q] == "been" and q + 1 < n and lows[q + 1] in LEAD_VERBS:
        q += 1  # "has been running it"
    if lows[q] in LINK_VERBS and (lows[q] != "been" or perfect):
        r = _skip(lows, q + 1, LINK_ADVERBS)
        r += r < n and (lows[r] in ("its", "the") or (lows[r] == M and s.is_det(r)))
        e = _leading_role(s, r, reach=2)
        if e >= 0:
            return e if _role_free(s, f, e) else -1
    if lows[q] in LINK_VERBS or lows[q] in CONTINUING_VERBS or lows[q] in SERVING_VERBS:
        return _kept_seat(s, f, q + 1)
    if lows[q] in LEAD_VERBS or (perfect and lows[q] in PERFECT_LEAD_FORMS):
        e = _the_firm(s, f, q + 1)
        if e == -2:
            return -1
        e = q + 1 if e < 0 else e
        if e >= n or lows[e] in LEAD_ENDS or lows[e] in PUNCT_STOP or lows[e] == ",":
            return e
    return -1


def _kept_seat(s: Sentence, f: Found, r: int) -> int:
    """ "(remains) at the helm", "(stays) on as chief executive", "(serves) as its chair": the
    end of the seat from r, else -1."""
    lows = s.lows
    for seat in SPELL_SEATS:
        if tuple(lows[r : r + len(seat)]) == seat:
            return r + len(seat)
    r += r < len(lows) and lows[r] == "on"
    if r >= len(lows) or lows[r] != "as":
        return -1
    r += 1 + (r + 1 < len(lows) and (lows[r + 1] in ("its", "the") or s.is_det(r + 1)))
    e = _leading_role(s, r, reach=1)
    return e if e >= 0 and _role_free(s, f, e) else -1


def _role_free(s: Sentence, f: Found, e: int) -> bool:
    """A role ending at e is of the founded firm: not "of"/"at" another organization."""
    lows = s.lows
    if e < len(lows) and lows[e] in ("of", "at"):
        return _the_firm(s, f, e + 1) >= 0
    return True


def _owns_end(s: Sentence, f: Found, p: int) -> int:
    """ "(who) still holds 35% of it", "still owns 11% of its shares", "keeps a 20% holding in
    the business", "has kept a majority stake": the end of the stake phrase, else -1."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    q = _skip(lows, p, ADVERBS)
    perfect = q + 1 < n and lows[q] in PERFECT and lex.stake_hold.match(lows, q + 1) is not None
    q = _skip(lows, q + perfect, ADVERBS)
    hit = lex.stake_hold.match(lows, q) if q < n else None
    if hit is None or (lows[q] in PAST_HOLDING_FORMS and not perfect):
        return -1
    x = q + hit[0]
    share = False
    while x < n and x - q <= 6:
        pct = percent_at(lows, x)
        if pct is not None:
            x, share = pct[1], True
        elif lows[x] in lex.stake_nouns:
            x, share = x + 1, True
            break
        elif lows[x] in lex.stake_fillers or lows[x] in lex.stake_majority:
            x += 1
        else:
            break
    if not share:
        return -1
    return _held_end(s, f, x)


def _held_end(s: Sentence, f: Found, x: int) -> int:
    """The end of a stake's object from x: "of it", "in the business", "of its shares", or
    none; -1 for another firm's or a market's share ("5% of Kelby", "9% of the market")."""
    lows = s.lows
    n = len(lows)
    if x < n and lows[x] in ("of", "in"):
        e = _the_firm(s, f, x + 1)
        if e >= 0:
            return e
        if e == -2:
            return -1
        y = x + 1 + (x + 1 < n and (lows[x + 1] in ("the", "its") or s.is_det(x + 1)))
        return y + 1 if y < n and lows[y] in HELD_THINGS else -1
    return x if x >= n or lows[x] in PUNCT_STOP or lows[x] in (",", "and") else -1
