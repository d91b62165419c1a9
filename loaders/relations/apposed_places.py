"""Where a firm sits, read from the description set off after its name, wherever the narrower
place rules stay silent.

- `apposed_place`: NAME, a/the/one of the ... NOUN ... PREP PLACE, with the place ending the
  description: "Tarvik Ropes, a small rigging maker in Ostby, said", "Kelder Cold, a Danish
  operator with six sheds around Brandholm,", "Hollin Arena, a 9,000-seat venue being built
  on former dock land in Pellport and due to open in 2028" (the last place of a chain of
  phrases: the depot is in the town, on the land);
- `described_name`: NAME, a/the PLACE NOUN(S), with any trade or kind noun the company lists
  leave out ("Orrel Group, the Ostby cinema owner, sold ...", "Pask Audio, a Tarvo podcast
  network that ...");
- `fronted_seat`: "Headquartered in Ostby and employing 300 people, it is ...": a fronted
  participle of seat, then the clause's subject (a name or a pronoun resolved to one).

Only a city or a region is read (a country or a state after a firm's noun is a nationality or
a footprint, `state_only`), only for an organization (or, in the appositive, a project) that
no rule of the sentence has placed yet. Guards: a verb of selling or competing inside the
description makes its place a market ("a seller that competes with both in Ostby"); a name
after a locative preposition is itself a site ("on the Mall, a hotel in Tarvo"); a person's
noun heads no firm's description ("Ana Berg, the Ostby fund manager").
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import Lexicon, read_data
from loaders.place_words import PHRASE_ENDS
from loaders.relations.appositive import state_only
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, described_left
from loaders.relations.site_guards import EVENT_VENUES
from loaders.relations.words import AUXILIARIES, POSSESSIVE_MARKS, PREPOSITIONS, SKIP_DETS, M

_DATA = place_data()
# verbs whose "in PLACE" is a market or a served place, not the seat of the firm described
MARKET_VERBS: Final[frozenset[str]] = frozenset(
    str(w).lower()
    for key in ("market_verbs", "site_serving_verbs", "apposed_tie_nouns")
    for w in _DATA[key]
)
# nouns of serving another's site: "a supplier to mills in P", "a contractor for plants in P"
SITE_SERVING_NOUNS: Final[frozenset[str]] = frozenset(
    str(w).lower() for w in _DATA["site_serving_nouns"]
)
# prepositions of a place in a description: "a maker in", "sheds around", "a fleet from"
APPOSED_PREPS: Final[frozenset[str]] = frozenset({"in", "near", "around", "from", "of", "on", "at"})
# what may follow the place: the end of the description
APPOSED_ENDS: Final[frozenset[str]] = frozenset(
    {",", ".", ";", ")", "that", "which", "who", "where", "and"}
)
APPOSED_WORDS: Final = 12  # "a silk and textile museum being built in a former mill in"
DESCRIPTION_STOPS: Final[frozenset[str]] = frozenset({",", ";", "(", ")", '"'})
# prepositions before a name that make the name a site or a venue, not a firm described
SITE_PREPS: Final[frozenset[str]] = frozenset({"on", "at", "near"})
HEAD_WORDS: Final = 3  # "the Ostby cinema chain owner"
APPOSED_KINDS: Final = ({"Organization"}, {"Project"})


def apposed_place(s: Sentence) -> None:
    """NAME, a ... PREP PLACE: the name is in the place (module docstring)."""
    lows = s.lows
    for b in range(len(lows) - 4):
        if lows[b] != M or lows[b + 1] != "," or s.is_det(b) or s.etypes(b) not in APPOSED_KINDS:
            continue
        if _after_site_prep(lows, b):
            continue  # "its flagship on the Mall, a hotel in Tarvo": the Mall is a site
        d = b + 2 + 2 * (lows[b + 2 : b + 4] == ["one", "of"])  # "one of the larger operators"
        if lows[d] not in SKIP_DETS:
            continue  # not "X, which has 9,000 members in P": a relative's place is its act's
        p = _last_place(s, d)
        if p < 0 or not _city(s, p) or _placed(s, b):
            continue
        for q in coord(s, p, +1):  # "a two-site operator in Ostby and Tarvo"
            if _city(s, q) and not s.blocked(b, q):
                s.emit(s.ment(b), ("LOCATED_IN",), s.ment(q), "located/apposed-place", 0.65)


def _last_place(s: Sentence, d: int) -> int:
    """The last place of the description opened by the determiner at d, when it ends the
    description; -1 if none, or if a verb of market or another name comes first."""
    lows = s.lows
    n = len(lows)
    p = -1
    q = d + 1
    while q < n - 1 and q - d <= APPOSED_WORDS and lows[q] not in DESCRIPTION_STOPS:
        if lows[q] in MARKET_VERBS or lows[q] in SITE_SERVING_NOUNS:
            return -1  # "a seller that competes in P", "a supplier to plants in P"
        if lows[q] == M and "Location" not in s.etypes(q):
            return -1  # "a firm founded by Ana Berg in P"
        if lows[q] in RELATIVES and not _firm_act(lows, q + 1):
            return -1  # "a startup that won an award in P": the place of an event
        if _other_thing(s, q, any(w in PREPOSITIONS for w in lows[d + 1 : q])):
            return -1  # "a village near P", "a fund to buy shops in P", "guarding a depot"
        if q > d + 1 and lows[q] in APPOSED_PREPS and _seat_prep(lows, q):
            at = place_after(s, q + 1)
        else:
            at = -1
        if at >= 0:
            p = q = at
            if q + 1 >= n or lows[q + 1] in APPOSED_ENDS:
                return p
        q += 1
    return -1


RELATIVES: Final[frozenset[str]] = frozenset({"that", "which", "who"})
# participles before a place that still seat the firm: "a grower based on", "being built in"
SEAT_PARTICIPLES_BEFORE: Final[frozenset[str]] = frozenset(
    {"based", "located", "headquartered", "built", "registered", "incorporated", "founded"}
)


def _seat_prep(lows: list[str], q: int) -> bool:
    """The preposition at q may place the firm: no other participle right before it ("ovens
    used in P" are the buyers' there)."""
    w = lows[q - 1]
    return not (w.endswith("ed") and w.isalpha()) or w in SEAT_PARTICIPLES_BEFORE


def _other_thing(s: Sentence, q: int, past_prep: bool) -> bool:
    """The word at q makes the description another thing's: a place noun before its first
    preposition ("a village near P"; not "a maker across the valley in P"), a venue after it
    ("a caterer to the arena in P"; not "a stadium in P"), a purpose ("a fund to buy shops in
    P") or a participle taking an object ("a firm guarding a depot near P")."""
    lows = s.lows
    w = lows[q]
    if w in (EVENT_VENUES if past_prep else s.lex.place_cues.place_nouns) or w == "to":
        return True
    return w.endswith("ing") and q + 1 < len(lows) and lows[q + 1] in SKIP_DETS


# verbs a firm does where it is ("a venture that makes shells in P", "which runs a mill in P")
FIRM_ACTS: Final[frozenset[str]] = frozenset(
    str(w).lower() for w in read_data("names.yaml")["which_firm_verbs"]
)


def _firm_act(lows: list[str], v: int) -> bool:
    """A verb of `FIRM_ACTS` at v, past auxiliaries and "-ly" adverbs ("that still makes")."""
    while v < len(lows) and (
        lows[v] in AUXILIARIES or lows[v].endswith("ly") or lows[v] == "still"
    ):
        v += 1
    return v < len(lows) and lows[v] in FIRM_ACTS


def _after_site_prep(lows: list[str], b: int) -> bool:
    """A locative preposition (and an article) right before the name at b."""
    a = b - 1 - (b >= 1 and lows[b - 1] == "the")
    return a >= 0 and lows[a] in SITE_PREPS


def described_name(s: Sentence) -> None:
    """NAME, a/the PLACE NOUN(S): the named organization is in the place, whatever its noun
    ("X, the Dayton, Ohio, drain-clearing operator": the city's state set off between)."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] != M or s.ment(k).short or not _city(s, k):
            continue
        h = _head_end(s, _past_region(s, k))
        if h < 0 or s.person_head(lows[h]):
            continue
        after = lows[h + 1] if h + 1 < n else "."
        if after == M or (after.replace("-", "").isalpha() and after not in PHRASE_ENDS):
            continue  # "the Ostby cinema owner Orrel Group", "the Ostby unit makes"
        b = described_left(s, k)
        if b >= 0 and s.etypes(b) == {"Organization"} and not _placed(s, b):
            if not s.blocked(b, k):
                s.emit(s.ment(b), ("LOCATED_IN",), s.ment(k), "located/place-described", 0.65)


def _past_region(s: Sentence, k: int) -> int:
    """The comma closing "CITY, REGION," after the city at k, else k."""
    lows = s.lows
    if k + 3 < len(lows) and lows[k + 1] == "," and lows[k + 3] == ",":
        if lows[k + 2] == M and s.etypes(k + 2) == {"Location"}:
            return k + 3
    return k


def _head_end(s: Sentence, k: int) -> int:
    """The last of the (up to three) plain words after the place at k, else -1."""
    lows = s.lows
    h = k + 1
    while h < len(lows) and h - k <= HEAD_WORDS and _plain(lows[h]):
        h += 1
    return h - 1 if h > k + 1 else -1


def _plain(w: str) -> bool:
    """A lower-case word of a noun phrase: no name, preposition or auxiliary."""
    return w != M and w.replace("-", "").isalpha() and w not in PREPOSITIONS | AUXILIARIES


SEAT_PARTICIPLES: Final[frozenset[str]] = frozenset({"based", "headquartered"})


def fronted_seat(s: Sentence) -> None:
    """Based/Headquartered in PLACE ..., SUBJECT: the clause's subject, an organization named
    or referred to, is in the place."""
    lows = s.lows
    n = len(lows)
    if n < 5 or lows[0] not in SEAT_PARTICIPLES or lows[1] not in ("in", "near"):
        return
    p = place_after(s, 2)
    if p < 0 or not _city(s, p):
        return
    c = lows.index(",", p) if "," in lows[p:] else -1
    if c + 2 < n and lows[c + 2] in POSSESSIVE_MARKS:
        return  # "Based in Leeds, the firm's main rival is ...": the rival is
    if 0 < c < n - 1 and lows[c + 1] == M and s.etypes(c + 1) == {"Organization"}:
        if not _placed(s, c + 1):
            s.emit(s.ment(c + 1), ("LOCATED_IN",), s.ment(p), "located/fronted-seat", 0.7)


def _city(s: Sentence, p: int) -> bool:
    """The name at p is a place only, and no country or state alone."""
    return s.etypes(p) == {"Location"} and not state_only(s.ment(p).ids[0])


def _placed(s: Sentence, b: int) -> bool:
    """A rule of this sentence has already placed the name at b."""
    ids = s.ment(b).ids
    return any(f.type == "LOCATED_IN" and f.source in ids for f in s.found)


def apposed_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({","})


def seat_cues(lex: Lexicon) -> frozenset[str]:
    return SEAT_PARTICIPLES
