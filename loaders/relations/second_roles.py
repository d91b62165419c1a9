"""A second role of a founder at the founded firm, read from where its verb phrase starts
(wrongtype21): a leading role after a link verb ("remains chief executive", "is still its
chair", "stays on as chief executive", "remains at the helm"), a leading verb ("has been running
it as managing director", "still chairs the company"), a held stake ("still holds 35% of it",
"keeps a 20% holding in the business") or an owning noun ("remains the majority shareholder").
Each reader gives the phrase's end, or -1 when the phrase is of another organization ("now
chairs Green Hands", "owns 5% of Kelby", "chief executive of Tarn") or of a market.

Words live in `loaders/data/unnamed_roles.yaml` (`perfect_lead_forms`, `lead_ends`,
`past_holding_forms`, `serving_verbs`, `owner_nouns`, `plural_links`; the link verbs, adverbs and
leading verbs of `unnamed_roles`) and the stake words of `triggers.yaml` (`stakes`).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data
from loaders.relations.founder_phrases import ADVERBS, skip
from loaders.relations.model import Found, Sentence
from loaders.relations.stake import SHARE_OBJECTS, percent_at
from loaders.relations.unnamed_roles import (
    CONTINUING_VERBS,
    LEAD_VERBS,
    LINK_ADVERBS,
    LINK_VERBS,
    SPELL_SEATS,
    _leading_role,
)
from loaders.relations.words import PUNCT_STOP, M

_DATA = read_data("unnamed_roles.yaml")
PERFECT_LEAD_FORMS: Final[frozenset[str]] = frozenset(_DATA["perfect_lead_forms"])
LEAD_ENDS: Final[frozenset[str]] = frozenset(_DATA["lead_ends"])
PAST_HOLDING_FORMS: Final[frozenset[str]] = frozenset(_DATA["past_holding_forms"])
SERVING_VERBS: Final[frozenset[str]] = frozenset(_DATA["serving_verbs"])
OWNER_NOUNS: Final[frozenset[str]] = frozenset(_DATA["owner_nouns"])
PLURAL_LINKS: Final[frozenset[str]] = frozenset(_DATA["plural_links"])
PERFECT: Final[frozenset[str]] = frozenset({"has", "have"})
# what a stake's "of"/"in" may hold without naming the firm: "11% of its shares", "a majority
# stake in the business"
HELD_THINGS: Final[frozenset[str]] = SHARE_OBJECTS | frozenset({"business", "firm", "it"})


def the_firm(s: Sentence, f: Found, k: int) -> int:
    """At k a mention of the founded firm (its name, "it", "the company"), or a bare "it": its
    end; another
    organization or a possessor ("Y's rival Z"): -2; no mention: -1."""
    lows = s.lows
    if k < len(lows) and lows[k] == "it":
        return k + 1  # an "it" left unresolved: the firm the phrase is about
    if k >= len(lows) or lows[k] != M:
        return -1
    if f.target not in s.ment(k).ids or (k + 1 < len(lows) and lows[k + 1] == "'s"):
        return -2
    return k + 1


def leads_end(s: Sentence, f: Found, p: int) -> int:
    """ "(who) remains chief executive", "is still its chair", "has been running it as managing
    director", "has headed the firm since 2010": the end of the leading phrase, else -1."""
    lows = s.lows
    n = len(lows)
    q = skip(lows, p, ADVERBS)
    perfect = q < n and lows[q] in PERFECT
    q = skip(lows, q + perfect, ADVERBS)
    if q >= n:
        return -1
    if lows[q] == "been" and q + 1 < n and lows[q + 1] in LEAD_VERBS:
        q += 1  # "has been running it"
    if lows[q] in LINK_VERBS and (lows[q] != "been" or perfect):
        r = skip(lows, q + 1, LINK_ADVERBS)
        r += r < n and (lows[r] in ("its", "the") or (lows[r] == M and s.is_det(r)))
        e = _leading_role(s, r, reach=2)
        if e >= 0:
            return e if role_free(s, f, e) else -1
    if lows[q] in LINK_VERBS or lows[q] in CONTINUING_VERBS or lows[q] in SERVING_VERBS:
        return kept_seat(s, f, q + 1)
    if lows[q] in LEAD_VERBS or (perfect and lows[q] in PERFECT_LEAD_FORMS):
        e = the_firm(s, f, q + 1)
        if e == -2:
            return -1
        e = q + 1 if e < 0 else e
        if e >= n or lows[e] in LEAD_ENDS or lows[e] in PUNCT_STOP or lows[e] == ",":
            return e
    return -1


def kept_seat(s: Sentence, f: Found, r: int) -> int:
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
    return e if e >= 0 and role_free(s, f, e) else -1


def role_free(s: Sentence, f: Found, e: int) -> bool:
    """A role ending at e is of the founded firm: not "of"/"at" another organization."""
    lows = s.lows
    if e < len(lows) and lows[e] in ("of", "at"):
        return the_firm(s, f, e + 1) >= 0
    return True


def owns_end(s: Sentence, f: Found, p: int) -> int:
    """ "(who) still holds 35% of it", "still owns 11% of its shares", "keeps a 20% holding in
    the business", "has kept a majority stake": the end of the stake phrase, else -1."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    q = skip(lows, p, ADVERBS)
    e = owner_noun(s, f, q)
    if e >= 0:
        return e
    perfect = q + 1 < n and lows[q] in PERFECT and lex.stake_hold.match(lows, q + 1) is not None
    q = skip(lows, q + perfect, ADVERBS)
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
    return held_end(s, f, x)


def owner_noun(s: Sentence, f: Found, q: int) -> int:
    """ "(who) remains the majority shareholder", "is still its biggest owner": the end of the
    owning noun after a link verb at q, else -1 (an investor or backer may fund only)."""
    lows = s.lows
    n = len(lows)
    if q >= n or (lows[q] not in LINK_VERBS and lows[q] not in PLURAL_LINKS and lows[q] != "and"):
        return -1
    r = skip(lows, q + 1, LINK_ADVERBS)
    if r < n and (lows[r] in ("its", "the", "a") or s.is_det(r) or lows[q] == "and"):
        r -= lows[q] == "and" and not (lows[r] in ("its", "the", "a") or s.is_det(r))
        for x in range(r + 1, min(n, r + 4)):
            if lows[x] in OWNER_NOUNS:
                return x + 1 if role_free(s, f, x + 1) else -1
            if not lows[x].isalpha():
                break
    return -1


def held_end(s: Sentence, f: Found, x: int) -> int:
    """The end of a stake's object from x: "of it", "in the business", "of its shares", or
    none; -1 for another firm's or a market's share ("5% of Kelby", "9% of the market")."""
    lows = s.lows
    n = len(lows)
    if x < n and lows[x] in ("of", "in"):
        e = the_firm(s, f, x + 1)
        if e >= 0:
            return e
        if e == -2:
            return -1
        y = x + 1 + (x + 1 < n and (lows[x + 1] in ("the", "its") or s.is_det(x + 1)))
        return y + 1 if y < n and lows[y] in HELD_THINGS else -1
    return x if x >= n or lows[x] in PUNCT_STOP or lows[x] in (",", "and") else -1
