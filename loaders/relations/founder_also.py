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

The founding phrase is read by `founder_phrases`, the second role by `second_roles`; the
mirror (a leader who also founded the firm) is `founded_too`.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.founder_phrases import (
    ADVERBS,
    ASIDE_MARKS,
    founded_at,
    founding_verb,
    relative_holder,
    skip,
)
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.nav import coord
from loaders.relations.second_roles import PLURAL_LINKS, leads_end, owner_noun, owns_end, role_free
from loaders.relations.unnamed_roles import _leading_role
from loaders.relations.words import PUNCT_STOP, WHICH_THAT, M

CLAUSE_ENDS: Final[frozenset[str]] = frozenset({"but", "while", "whereas", "although", "who"})
LATER_ACTS: Final[frozenset[str]] = frozenset({"before", "until", "sold", "sells", "selling"})
APPOSED: Final = "unnamed-roles/founder-apposed-role"
VP_REACH: Final = 24  # words from the founded firm to the end of the founding verb phrase


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


def _apposed_role(s: Sentence, f: Found, h: int) -> bool:
    """ "founded by X, its current chief executive,", "X, the chairman, set up Y": a leading
    role in a determined appositive on the founder, of no other organization."""
    lows = s.lows
    r = h + 2
    if r >= len(lows) or lows[h + 1] != "," or not (lows[r] in ("its", "the") or s.is_det(r)):
        return False
    e = _leading_role(s, r + 1, reach=2)
    if e < 0 or not role_free(s, f, e) or s.blocked(h + 1, e):
        return False
    if e < len(lows) and lows[e] == "who":  # "X, the chief executive who founded Y"
        return founded_at(s, f, skip(lows, e + 1, ADVERBS)) >= 0
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
        v = skip(lows, h + 1, ADVERBS)
        o = founded_at(s, f, v)
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
        v = skip(lows, r + 1, ADVERBS)
        o = founded_at(s, f, v)
        if o < 0:
            out.append((h, r + 1))  # "by X, a one-time surveyor who remains chief executive"
        else:
            out.extend((h, p) for p in _after_founding(s, o, relative=True))
    return out


def _relative_founder(s: Sentence, f: Found, w: int) -> int:
    """The founder of f a "who" at w is about: its head, or with a plural verb an earlier
    member of the head's coordination ("founded by A and B, who remain its owners": A too);
    else -1."""
    h = relative_holder(s, w)
    if h < 0 or f.source in s.ment(h).ids:
        return h
    if not _plural_verb(s.lows, skip(s.lows, w + 1, ADVERBS)):
        return -1
    return next((m for m in coord(s, h, -1) if f.source in s.ment(m).ids), -1)


def _plural_verb(lows: list[str], v: int) -> bool:
    """The verb at v agrees with a plural subject: "remain", "are", "own", "have"."""
    if v >= len(lows):
        return False
    w = lows[v]
    return w in PLURAL_LINKS or w == "have" or (w.isalpha() and not w.endswith("s"))


def _object_relative(s: Sentence, f: Found, h: int, v: int) -> bool:
    """ "Y, which X founded (in 1999)": the founder at h is the subject of a relative on the
    founded firm whose founding verb at v has no object of its own."""
    lows = s.lows
    if h < 3 or lows[h - 1] not in WHICH_THAT or v + 1 >= len(lows):
        return False
    firm = h - 2 - (lows[h - 2] == ",")
    if lows[firm] != M or f.target not in s.ment(firm).ids or lows[v + 1] == M:
        return False
    return founding_verb(s, v)


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
        got, rel = leads_end(s, f, p), "LEADS"
        if got < 0:
            got, rel = owns_end(s, f, p), "OWNS"
        if got < 0 and p >= 1 and s.lows[p - 1] == "and":
            got, rel = owner_noun(s, f, p - 1), "OWNS"  # "... and largest shareholder"
        if got < 0 or s.blocked(h + 1, got) or _other_firm(s, f, p, got):
            return
        s.emit(s.ment(h), (rel,), firm, f"unnamed-roles/founder-also-{rel.lower()}", 0.7)
        if got >= len(s.lows) or s.lows[got] not in (",", "and"):
            return
        p = got + 1


def _other_firm(s: Sentence, f: Found, p: int, e: int) -> bool:
    """A second role from p to e that names no firm ("who is chairman") while another
    organization stands before the founded firm ("Pellam Bank lent money to Quarrow Textiles,
    founded by Ivo Lutzer, who is chairman"): no guess."""
    lows = s.lows
    firm = [x for x, w in enumerate(lows) if w == M and f.target in s.ment(x).ids]
    if not firm or any(p <= x < e for x in firm):
        return False
    return any(
        w == M and "Organization" in s.etypes(x) and not s.is_det(x)
        for x, w in enumerate(lows[: firm[0]])
    )
