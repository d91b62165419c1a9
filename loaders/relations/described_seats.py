"""Where a firm sits, read from a place set before its description or fronted before its
clause, wherever the narrower place rules stay silent.

- `described_name`: NAME, a/the PLACE NOUN(S), with any trade or kind noun the company lists
  leave out ("Orrel Group, the Ostby cinema owner, sold ...", "Pask Audio, a Tarvo podcast
  network that ...");
- `fronted_seat`: "Headquartered in Ostby and employing 300 people, it is ...": a fronted
  participle of seat, then the clause's subject (a name or a pronoun resolved to one).

Only a city or a region is read (a country or a state before a firm's noun is a nationality or
a label, `state_only`), only for an organization that no rule of the sentence has placed yet.
A person's noun heads no firm's description ("Ana Berg, the Ostby fund manager"); a possessed
subject after a fronted seat is another's ("Based in Ostby, the firm's rival ...").
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.place_words import PHRASE_ENDS
from loaders.relations.appositive import state_only
from loaders.relations.located import place_after
from loaders.relations.model import Sentence
from loaders.relations.nav import described_left
from loaders.relations.words import AUXILIARIES, POSSESSIVE_MARKS, PREPOSITIONS, M

HEAD_WORDS: Final = 3  # "the Ostby cinema chain owner"
NOT_PLAIN: Final = PREPOSITIONS | AUXILIARIES  # (united once, not per word read)


def described_name(s: Sentence) -> None:
    """NAME, a/the PLACE NOUN(S): the named organization is in the place, whatever its noun
    ("X, the Tarvo, Ohio, pipe-lining firm": the city's state set off between)."""
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
    """The last of the (up to three) plain words after the place at k, else -1; a word that
    ends a noun phrase ends the head ("a Tarvo rival that makes": "rival")."""
    lows = s.lows
    h = k + 1
    while h < len(lows) and h - k <= HEAD_WORDS and _plain(lows[h]):
        if h > k + 1 and lows[h] in PHRASE_ENDS:
            break
        h += 1
    return h - 1 if h > k + 1 else -1


def _plain(w: str) -> bool:
    """A lower-case word of a noun phrase: no name, preposition or auxiliary."""
    return w != M and w.replace("-", "").isalpha() and w not in NOT_PLAIN


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


def described_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({","})


def seat_cues(lex: Lexicon) -> frozenset[str]:
    return SEAT_PARTICIPLES
