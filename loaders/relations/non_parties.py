"""Words that fill a dispute's or a rivalry's party slot but are no party of it.

- "priced out the Corvanians", "blaming its Malagasy vendor": a demonym or a nationality
  word is never a party (the rules before read it as a bare name).
- "A, the MP for Tarrow, who criticised X": the place of an office is not the relative
  clause's antecedent; A is.
- "filed at the Court of King's Bench, saying X owes it": the fragment of a court's name after
  its possessive is part of the venue, not the one who alleges.
- "contesting a fine imposed by Vardenia's competition authority", "an appeal at the EU's
  top court": a place whose possessive opens an organization's description is no party; the
  unnamed body it possesses is (round 26).
- "residents whose counsel is Marrow & Dunn, a Leeds law firm, suing X": a law firm
  acting for a party is no party itself (annotation conventions); a union or an association
  that represents its members is one.

Each rule drops what the rules before it found. Words: loaders/data/parties.yaml.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon, read_data, word_set
from loaders.non_names import data_words
from loaders.place_cues import office_before
from loaders.relations.model import Mention, Sentence
from loaders.relations.service_traps import drop_parties
from loaders.relations.words import M

_WORDS: Final = read_data("parties.yaml")
COURT_WORDS: Final = word_set(_WORDS["court_words"])
COUNSEL_VERBS: Final = word_set(_WORDS["counsel_verbs"])
COUNSEL_NAMES: Final = word_set(_WORDS["counsel_names"])
COUNSEL_NOUNS: Final = frozenset(tuple(str(w).split()) for w in _WORDS["counsel_nouns"])
PARTY_TYPES: Final = ("DISPUTES", "COMPETES_WITH")
PLACE_ONLY: Final = frozenset({"Location"})
SEATS: Final = word_set(_WORDS["seats"])
COUNSEL_GAP: Final = 5  # words between a law firm's name and its noun: ", a Tralee law firm"


def _with_parties(s: Sentence) -> bool:
    return any(f.type in PARTY_TYPES for f in s.found)


def _single_word(s: Sentence, t: int) -> str:
    """The one word of the organization named at t ("" for a name of several words, a person
    or a place)."""
    m = s.ment(t)
    if m.kind != "name" or len(m.ids) != 1 or "-" in m.ids[0]:
        return ""
    if s.type_of(m.ids[0]) != "Organization":
        return ""
    return m.ids[0]


def _demonym(s: Sentence, word: str) -> bool:
    """ "corvanians", "peruvian", "burkinabe": a demonym of a known place, plural or not."""
    odd = data_words(s.lex, "odd_demonyms")
    if word in odd or word.removesuffix("s") in odd:
        return True
    return any(s.lex.demonym(form) for form in (word, word.removesuffix("s")))


def demonym_parties(s: Sentence) -> None:
    """A demonym or nationality word read as a name ("priced out the Corvanians", "blaming its
    Malagasy vendor") is no party of a dispute or a rivalry."""
    if not _with_parties(s):
        return
    lows = s.lows
    gone = [t for t, w in enumerate(lows) if w == M and _demonym(s, _single_word(s, t))]
    for rel in PARTY_TYPES:
        drop_parties(s, rel, gone)


def place_possessors(s: Sentence) -> None:
    """A place read as a name before "'s" and a word ("Vardenia's regulator", "the EU's
    court") is no party of a dispute: the body it possesses is. A place also named in the
    sentence without the possessive keeps its relations."""
    if not any(f.type == "DISPUTES" for f in s.found):
        return
    lows = s.lows
    n = len(lows)
    places = [t for t, w in enumerate(lows) if w == M and s.etypes(t) == PLACE_ONLY]
    owned = [t for t in places if t + 2 < n and lows[t + 1] == "'s" and lows[t + 2].isalpha()]
    bare = {i for t in places if t not in owned for i in s.ment(t).ids}
    gone = [t for t in owned if bare.isdisjoint(s.ment(t).ids)]
    drop_parties(s, "DISPUTES", gone)


def court_cues(lex: Lexicon) -> Collection[str]:
    return ("'s",)


def court_fragments(s: Sentence) -> None:
    """The name after the possessive of a court's name ("the Court of King's Bench") is part
    of the venue: no party of a dispute."""
    if not _with_parties(s):
        return
    lows = s.lows
    gone = [
        t
        for t in range(2, len(lows))
        if lows[t] == M
        and lows[t - 1] == "'s"
        and lows[t - 2] == M
        and _named_with(s, t - 2, COURT_WORDS)
    ]
    drop_parties(s, "DISPUTES", gone)


def _named_with(s: Sentence, t: int, words: frozenset[str]) -> bool:
    """A word of the name at t (one of its ids' words) is one of `words`."""
    return any(not words.isdisjoint(i.split("-")) for i in s.ment(t).ids)


def counsel_cues(lex: Lexicon) -> Collection[str]:
    return COUNSEL_VERBS


def counsel(s: Sentence) -> None:
    """A law firm that acts for a party ("X, a Leeds law firm, acting for the residents", "hired
    X, a Denver law firm, to sue") is no party of the dispute; a law firm that sues for its own
    fees, with no word of acting for someone, is one."""
    if not any(f.type == "DISPUTES" for f in s.found):
        return
    lows = s.lows
    gone = [t for t, w in enumerate(lows) if w == M and _acting_for(s, t)]
    drop_parties(s, "DISPUTES", gone)


def _acting_for(s: Sentence, t: int) -> bool:
    """The name at t is a law firm's: its appositive calls it one ("X, a Denver law firm"), or
    a law firm's name follows "represented by" ("represented by Marrow Legal LLP")."""
    lows = s.lows
    if t >= 2 and lows[t - 1] == "by" and lows[t - 2] == "represented":
        if _named_with(s, t, COUNSEL_NAMES):
            return True
    if t + 1 >= len(lows) or lows[t + 1] != ",":
        return False
    after = lows[t + 2 : t + 2 + COUNSEL_GAP]
    if after[:1] not in (["a"], ["an"], ["the"]):
        return False
    for k in range(1, len(after)):
        if after[k] == "," or (after[k] == M and "Location" not in s.etypes(t + 2 + k)):
            return False
        if any(tuple(after[k - len(n) + 1 : k + 1]) == n for n in COUNSEL_NOUNS):
            return True
    return False


def office_cues(lex: Lexicon) -> Collection[str]:
    return ("for", "of")


def office_places(s: Sentence) -> None:
    """ "A, the MP for Tarrow, who accused X": the relative clause is A's, not the place's
    (a place after an office's "for" or "of" holds no relation of the clause). After a seat's
    "for", "which" is the name's own clause ("the delegate for Unite, which accused X"); a
    seat's place is often unknown, so its type is not asked."""
    lows = s.lows
    for t in range(5, len(lows) - 2):
        if lows[t] != M or lows[t + 1] != "," or lows[t + 2] not in ("who", "which"):
            continue
        if not office_before(lows, t) and not (
            lows[t - 1] == "for" and lows[t - 2] in SEATS and lows[t + 2] != "which"
        ):
            continue
        if lows[t - 3] not in ("the", "a") or lows[t - 4] != "," or lows[t - 5] != M:
            continue
        holder, place = s.ment(t - 5), s.ment(t)
        moved = [f for f in s.found if f.source in place.ids]
        s.withdraw(moved)
        for f in moved:
            s.emit(holder, (f.type,), Mention((f.target,), 0, 0), f.rule, f.confidence)
