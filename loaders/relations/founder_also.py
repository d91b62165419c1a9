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
from loaders.relations.nav import coord
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
FOUNDING_GERUNDS: Final[frozenset[str]] = frozenset(_DATA["founding_gerunds"])
SET_FORMS: Final[frozenset[str]] = frozenset({"set", "setting"})
PERFECT_LEAD_FORMS: Final[frozenset[str]] = frozenset(_DATA["perfect_lead_forms"])
LEAD_ENDS: Final[frozenset[str]] = frozenset(_DATA["lead_ends"])
PAST_HOLDING_FORMS: Final[frozenset[str]] = frozenset(_DATA["past_holding_forms"])
SERVING_VERBS: Final[frozenset[str]] = frozenset(_DATA["serving_verbs"])
ADVERBS: Final[frozenset[str]] = LINK_ADVERBS | LATER_ADVERBS
PERFECT: Final[frozenset[str]] = frozenset({"has", "have"})
# what a stake's "of"/"in" may hold without naming the firm: "11% of its shares", "a majority
# stake in the business"
HELD_THINGS: Final[frozenset[str]] = SHARE_OBJECTS | frozenset({"business", "firm", "it"})
ASIDE_MARKS: Final[frozenset[str]] = frozenset({"–", "—", "(", ")"})
POSSESSIVE_MARKS: Final[frozenset[str]] = frozenset({"'s", "’s", "'", "’"})
CLAUSE_ENDS: Final[frozenset[str]] = frozenset({"but", "while", "whereas", "although", "who"})
LATER_ACTS: Final[frozenset[str]] = frozenset({"before", "until", "sold", "sells", "selling"})
FOUNDING_ADJUNCTS: Final[frozenset[str]] = frozenset({"in", "and", "with", "from", "as", "at"})
OWNER_NOUNS: Final[frozenset[str]] = frozenset(_DATA["owner_nouns"])
PLURAL_LINKS: Final[frozenset[str]] = frozenset(_DATA["plural_links"])
SINCE_WORDS: Final[frozenset[str]] = frozenset({"since", "after"})
APPOSED: Final = "unnamed-roles/founder-apposed-role"
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
        for h, w in enumerate(s.lows):
            if w == M and f.source in s.ment(h).ids and _apposed_role(s, f, h):
                s.emit(s.ment(h), ("LEADS",), Mention((f.target,), -1, -1), APPOSED, 0.7)


def founded_too(s: Sentence) -> None:
    """The leader or holder of a firm found in this sentence also founded it when a relative
    clause on them or a "since" clause says so: "X, Y's chief executive, who founded the
    business in 1999", "X, who has run Y since founding it", "X has chaired Y since she set it
    up"."""
    for f in list(s.found):
        if f.type not in ("LEADS", "OWNS") or s.type_of(f.source) != "Person":
            continue
        for h, word in enumerate(s.lows):
            if word == M and f.source in s.ment(h).ids and _titled_founder(s, h):
                firm = Mention((f.target,), -1, -1)
                s.emit(s.ment(h), ("FOUNDED",), firm, "unnamed-roles/founder-titled", 0.65)
        for w, word in enumerate(s.lows):
            if word == "who":
                h = _relative_holder(s, w)
                v = _skip(s.lows, w + 1, ADVERBS)
            elif word in SINCE_WORDS:
                h = _since_holder(s, f, w)
                v = w + 1 + (w + 1 < len(s.lows) and s.lows[w + 1] == M)  # "since she"
            elif word == M and "Person" in s.etypes(w) and not s.is_det(w):
                h, v = w, _skip(s.lows, w + 1, ADVERBS)  # "X co-founded and still chairs Y"
            else:
                continue
            if h < 0 or f.source not in s.ment(h).ids or not _founds(s, f, v):
                continue
            if not s.blocked(h + 1, v + 1):
                firm = Mention((f.target,), -1, -1)
                s.emit(s.ment(h), ("FOUNDED",), firm, "unnamed-roles/founded-too", 0.7)


def _titled_founder(s: Sentence, h: int) -> bool:
    """A bare founder noun on the person at h, of no organization: "Co-founder X, who still
    owns 30%", "X, a co-founder, is still chief executive"."""
    lows = s.lows
    if h >= 1 and _founder_noun(s, h - 1):
        return h == 1 or lows[h - 2] in ("the", ",") or lows[h - 2] in PUNCT_STOP
    if h + 3 < len(lows) and lows[h + 1] == "," and lows[h + 2] in ("a", "the"):
        return _founder_noun(s, h + 3) and h + 4 < len(lows) and lows[h + 4] == ","
    return False


def _founder_noun(s: Sentence, k: int) -> bool:
    """A one-word founder noun at k ("founder", "co-founder")."""
    role = s.lex.roles.lookup((s.lows[k],))
    return role is not None and role.types == ("FOUNDED",) and not role.inverse


def _founds(s: Sentence, f: Found, v: int) -> bool:
    """A founding verb at v takes the firm of f as object, or an "it" left unresolved ("Its
    chief executive X founded it in 2010")."""
    if _founded_at(s, f, v) >= 0:
        return True
    lows = s.lows
    if v + 1 >= len(lows) or lows[v + 1] != "it":
        return False
    return lows[v] in FIRST_ROLE_VERBS or lows[v] in s.lex.person_cues.founding


def _since_holder(s: Sentence, f: Found, w: int) -> int:
    """The subject of the clause a "since" at w closes ("X has run Y since founding it",
    "X, who has chaired Y since she set it up"): the nearest person before w, when the
    firm stands between them; else -1."""
    lows = s.lows
    firm = False
    for m in range(w - 1, max(-1, w - 12), -1):
        if lows[m] in PUNCT_STOP:
            return -1
        if lows[m] != M:
            continue
        if f.target in s.ment(m).ids:
            firm = True
        elif "Person" in s.etypes(m) and not s.is_det(m):
            return m if firm else -1
    return -1


def _apposed_role(s: Sentence, f: Found, h: int) -> bool:
    """ "founded by X, its current chief executive,", "X, the chairman, set up Y": a leading
    role in a determined appositive on the founder, of no other organization."""
    lows = s.lows
    r = h + 2
    if r >= len(lows) or lows[h + 1] != "," or not (lows[r] in ("its", "the") or s.is_det(r)):
        return False
    e = _leading_role(s, r + 1, reach=2)
    if e < 0 or not _role_free(s, f, e) or s.blocked(h + 1, e):
        return False
    if e < len(lows) and lows[e] == "who":  # "X, the chief executive who founded Y"
        return _founded_at(s, f, _skip(lows, e + 1, ADVERBS)) >= 0
    return e >= len(lows) or lows[e] in PUNCT_STOP or lows[e] in (",", "and")


def _founder_phrases(s: Sentence, f: Found) -> list[tuple[int, int]]:
    """(founder position, start of a verb phrase of the founder's other than the founding)."""
    lows = s.lows
    out: list[tuple[int, int]] = []
    for h, w in enumerate(lows):
        if w != M or f.source not in s.ment(h).ids or s.is_det(h):
            continue
        # "X co-founded Y ... and VP": the founder is the founding verb's subject; "Tarsa
        # founder X keeps the remaining 60%": the founder is the other verb's subject
        v = _skip(lows, h + 1, ADVERBS)
        o = _founded_at(s, f, v)
        if o < 0 and _object_relative(s, f, h, v):
            o = v  # "Y, which X founded in 1999 and still runs,": the verb ends the object
        if o >= 0:
            out.extend((h, p) for p in _after_founding(s, o, relative=False))
        else:
            out.append((h, h + 1))
    for r, word in enumerate(lows):
        if word != "who":
            continue
        h = _relative_founder(s, f, r)
        if h < 0:
            continue
        v = _skip(lows, r + 1, ADVERBS)
        o = _founded_at(s, f, v)
        if o < 0:
            out.append((h, r + 1))  # "by X, a one-time surveyor who remains chief executive"
        else:
            out.extend((h, p) for p in _after_founding(s, o, relative=True))
    return out


def _relative_founder(s: Sentence, f: Found, w: int) -> int:
    """The founder of f a "who" at w is about: its head, or with a plural verb an earlier
    member of the head's coordination ("founded by A and B, who remain its owners": A too);
    else -1."""
    h = _relative_holder(s, w)
    if h < 0 or f.source in s.ment(h).ids:
        return h
    if not _plural_verb(s.lows, _skip(s.lows, w + 1, ADVERBS)):
        return -1
    return next((m for m in coord(s, h, -1) if f.source in s.ment(m).ids), -1)


def _plural_verb(lows: list[str], v: int) -> bool:
    """The verb at v agrees with a plural subject: "remain", "are", "own", "have"."""
    if v >= len(lows):
        return False
    w = lows[v]
    return w in PLURAL_LINKS or w == "have" or (w.isalpha() and not w.endswith("s"))


def _relative_holder(s: Sentence, w: int) -> int:
    """The person a "who" at w is about: `relative_head`, or past an appositive with no
    article or with its organization ("X, once a roofer, who", "X, the founder of Y, who");
    else -1."""
    h = relative_head(s, w)
    if h >= 0:
        return h
    lows = s.lows
    if w >= 2 and lows[w - 1] in ASIDE_MARKS and lows[w - 2] == M:
        return w - 2 if "Person" in s.etypes(w - 2) else -1  # "X – who founded Y –", "X (who"
    m = w - 1 - (w >= 1 and lows[w - 1] == ",")
    while m >= 0 and w - m <= 9 and lows[m] != "," and lows[m] not in PUNCT_STOP:
        if lows[m] == M and not _firm_in_apposition(s, m):
            return -1  # "X, a friend of Tom Reyes, who": Tom Reyes's relative
        m -= 1
    if m < 1 or m >= w - 2 or lows[m] != "," or lows[m - 1] != M:
        return -1
    return m - 1 if "Person" in s.etypes(m - 1) else -1


def _firm_in_apposition(s: Sentence, m: int) -> bool:
    """The mention at m is an organization inside a person's appositive: "the founder of Y",
    "Y's chief executive"."""
    lows = s.lows
    if "Organization" not in s.etypes(m) or m < 1:
        return False
    return lows[m - 1] == "of" or (m + 1 < len(lows) and lows[m + 1] in POSSESSIVE_MARKS)


def _object_relative(s: Sentence, f: Found, h: int, v: int) -> bool:
    """ "Y, which X founded (in 1999)": the founder at h is the subject of a relative on the
    founded firm whose founding verb at v has no object of its own."""
    lows = s.lows
    if h < 3 or lows[h - 1] not in ("which", "that") or v + 1 >= len(lows):
        return False
    firm = h - 2 - (lows[h - 2] == ",")
    if lows[firm] != M or f.target not in s.ment(firm).ids or lows[v + 1] == M:
        return False
    return lows[v] in FIRST_ROLE_VERBS or lows[v] in s.lex.person_cues.founding


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
    up = lows[v] in SET_FORMS and v + 1 < len(lows) and lows[v + 1] == "up"
    founding = lows[v] in FIRST_ROLE_VERBS or lows[v] in s.lex.person_cues.founding
    if not up and not founding and lows[v] not in FOUNDING_GERUNDS:
        return -1
    o = v + 1 + up
    if o < len(lows) and lows[o] == "and":  # "founded and still runs Y": a shared object
        o = _skip(lows, o + 1, ADVERBS) + 1
    if o < len(lows) and lows[o] in ("the", "a", "an"):
        o = _past_descriptor(s, o + 1)
    if o < len(lows) and lows[o] == M and f.target in s.ment(o).ids:
        return o
    return -1


def _past_descriptor(s: Sentence, p: int) -> int:
    """ "(founded the) app maker Kelby Labs", "(the) Brisk Pay app maker Kelby Labs": the
    mention after a short descriptor from p (a name may premodify its noun); else -1."""
    lows = s.lows
    for x in range(p, min(len(lows), p + 6)):
        if lows[x] == M:
            nxt = lows[x + 1] if x + 1 < len(lows) else "."
            if nxt.isalpha() and nxt not in FOUNDING_ADJUNCTS:
                continue  # "Brisk Pay app maker": a premodifier
            return x
        if not lows[x].isalpha():
            return -1
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
        elif w == "," or w in ASIDE_MARKS:
            # "X founded Y in 1999, remains its chief executive and ...": a series of verb
            # phrases (the readers need a verb first)
            return [x + 1] if relative or w == "," else []
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
    """Emit the founder's LEADS or OWNS of the founded firm the verb phrase at p states, and
    of the phrases coordinated after it ("remains its chief executive and owns 30% of it", "is
    still its chief executive and largest shareholder")."""
    firm = Mention((f.target,), -1, -1)  # "Tarsa founder X": the firm's name is folded away
    for _ in range(3):
        got, rel = _leads_end(s, f, p), "LEADS"
        if got < 0:
            got, rel = _owns_end(s, f, p), "OWNS"
        if got < 0 and p >= 1 and s.lows[p - 1] == "and":
            got, rel = _owner_noun(s, f, p - 1), "OWNS"  # "... and largest shareholder"
        if got < 0 or s.blocked(h + 1, got):
            return
        s.emit(s.ment(h), (rel,), firm, f"unnamed-roles/founder-also-{rel.lower()}", 0.7)
        if got >= len(s.lows) or s.lows[got] not in (",", "and"):
            return
        p = got + 1


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
    e = _owner_noun(s, f, q)
    if e >= 0:
        return e
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


def _owner_noun(s: Sentence, f: Found, q: int) -> int:
    """ "(who) remains the majority shareholder", "is still its biggest owner": the end of the
    owning noun after a link verb at q, else -1 (an investor or backer may fund only)."""
    lows = s.lows
    n = len(lows)
    if q >= n or (lows[q] not in LINK_VERBS and lows[q] not in PLURAL_LINKS and lows[q] != "and"):
        return -1
    r = _skip(lows, q + 1, LINK_ADVERBS)
    if r < n and (lows[r] in ("its", "the", "a") or s.is_det(r) or lows[q] == "and"):
        r -= lows[q] == "and" and not (lows[r] in ("its", "the", "a") or s.is_det(r))
        for x in range(r + 1, min(n, r + 4)):
            if lows[x] in OWNER_NOUNS:
                return x + 1 if _role_free(s, f, x + 1) else -1
            if not lows[x].isalpha():
                break
    return -1


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
