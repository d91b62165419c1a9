"""Who the article so far says leads or founded which firm: its one current firm per person.

"Tarrow Mills was set up by Ines Vale in 2009. ... A supplier sued Tarrow over unpaid bills.
Vale called the suit a stunt": Vale answers for Tarrow, tied to it only sentences before. Read
from the relations of earlier sentences of the same article (`x.doc.relations`), never across
articles; a person tied to two firms (a founder who now runs another, a chair of two boards,
"chairman of Brisk and of Hale" even when only one post was read) decides nothing, and a post
whose evidence calls it past ("a one-time head of X") is no current one. A departure ("co-founded
Kestrel but quit in 2019", "the late founder", "sold her stake", "now advises Pell", or "She left
in 2020" in the next sentence about the person) ends a founding as well as a post (review 29
F1, F3). Words live in `loaders/data/leader_record.yaml`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Final

from graph.model import Evidence
from loaders.lexicon import read_data

if TYPE_CHECKING:
    from loaders.article import Extraction
    from loaders.mentions import Analysis

_DATA = read_data("leader_record.yaml")
PAST_POST_WORDS: Final[frozenset[str]] = frozenset(_DATA["past_post_words"])
DEPARTURE_WORDS: Final[frozenset[str]] = frozenset(_DATA["departure_words"])
# each phrase a tuple of slots, each slot the words it may be
DEPARTURE_PHRASES: Final[tuple[tuple[frozenset[str], ...], ...]] = tuple(
    tuple(frozenset([w] if isinstance(w, str) else w) for w in phrase)
    for phrase in _DATA["departure_phrases"]
)
# the words a departure phrase may open with: a sentence with none of them holds no phrase
PHRASE_OPENERS: Final[frozenset[str]] = frozenset(w for p in DEPARTURE_PHRASES for w in p[0])
TIES: Final[frozenset[str]] = frozenset({"LEADS", "FOUNDED"})
# words that open the next sentence about the tie's holder ("She left in 2020")
PERSON_PRONOUNS: Final = frozenset({"she", "he"})
# what may follow "B" in "chairman of A and B" when B is a second post's firm, not a subject
COORD_ENDS: Final = frozenset({".", ",", ";", ":", "and", "in", "since", "until", "for", "from"})


# the article's LEADS and FOUNDED relations of a person and an organization: each key with its
# evidence items, whose (start, text) is all `article_leaders` reads of the relations (the items
# themselves are kept: comparing the same objects is an identity test, no tuple is built)
LeaderTies = tuple[tuple[tuple[str, str, str], tuple[Evidence, ...]], ...]
# a tie's key and one evidence sentence -> the second firms of its post, and whether it states
# a current tie (`_read_evidence`), kept for the article (`Extraction.leader_reads`)
EvidenceReads = dict[tuple[tuple[str, str, str], tuple[int, str]], tuple[frozenset[str], bool]]


def article_leaders(x: Extraction) -> tuple[tuple[str, str], ...]:
    """(person, firm) for each person the article's relations so far tie to exactly one
    organization by LEADS or FOUNDED: a founding or a post some evidence of which states no
    past post (a post) and no departure (either). Read again only when those relations
    changed (`x.leaders_memo`: the sentences and the registry stay as they are in the pass)."""
    ties = _ties(x)
    memo = x.leaders_memo
    if memo is not None and memo[0] == ties:
        return memo[1]
    leaders = _read_leaders(x, ties)
    x.leaders_memo = (ties, leaders)
    return leaders


def _ties(x: Extraction) -> LeaderTies:
    """The article's relations that `article_leaders` reads (`LeaderTies`)."""
    reg = x.registry  # (a native call: no bound method; Evidence is never changed in place)
    return tuple(
        (key, tuple(rel.evidence))
        for key, rel in x.doc.relations.items()
        if key[1] in TIES
        and reg.type_of(key[0]) == "Person"
        and reg.type_of(key[2]) == "Organization"
    )


def _read_leaders(x: Extraction, ties: LeaderTies) -> tuple[tuple[str, str], ...]:
    """`article_leaders` of the relations `ties`: each piece of evidence read once in the
    article (`x.leader_reads`), as the sentences and the registry stay as they are."""
    firms: dict[str, set[str]] = {}
    current: set[tuple[str, str]] = set()
    reads = x.leader_reads
    for key, evidence in ties:
        src, _, tgt = key
        held = firms.setdefault(src, set())
        held.add(tgt)
        for item in evidence:
            ev = (item.start, item.text)
            got = reads.get((key, ev))
            if got is None:
                at = pair_index(x).get(ev[0], -1)
                got = reads[(key, ev)] = _read_evidence(x, key, ev, at)
            if got[0]:
                held |= got[0]
            if got[1]:
                current.add((src, tgt))
    return tuple(sorted((p, f) for p, f in current if len(firms[p]) == 1))


def pair_index(x: Extraction) -> dict[int, int]:
    """A sentence's start -> its index in `x.pairs`, built once for the pass's list (not at
    each reading of the ties)."""
    memo = x.pair_starts
    if memo is None or memo[0] is not x.pairs:
        memo = x.pair_starts = (x.pairs, {s.start: k for k, (s, _) in enumerate(x.pairs)})
    return memo[1]


def _read_evidence(
    x: Extraction, key: tuple[str, str, str], ev: tuple[int, str], at: int
) -> tuple[frozenset[str], bool]:
    """A tie's evidence sentence (start, text), pair `at` of `x.pairs` (-1: none): the second
    firms of its post, and whether it states a current one."""
    src, typ, tgt = key
    second: frozenset[str] = frozenset()
    if typ == "LEADS" and at >= 0:
        # "chairman of Brisk Cement and of Hale Quarry": a second firm of the post
        second = frozenset(_coordinated_firms(x, x.pairs[at][1], tgt))
    # a founder stays one ("founded by a former banker"); a post may be past
    if typ == "LEADS" and _past_post(ev[1]):
        return second, False
    return second, not (_text_departed(ev[1]) or _left_next(x, at, src))


@lru_cache(maxsize=4096)
def _past_post(text: str) -> bool:
    """An evidence sentence states a past post ("a one-time head of X"); one reading per text,
    which the data alone decides."""
    return not PAST_POST_WORDS.isdisjoint(_tokens(text))


@lru_cache(maxsize=4096)
def _text_departed(text: str) -> bool:
    """`_departed` of an evidence sentence's words, read once per text."""
    return _departed(_tokens(text))


def _departed(toks: list[str]) -> bool:
    """A word or phrase of departure among the words `toks`."""
    if not DEPARTURE_WORDS.isdisjoint(toks):
        return True
    if PHRASE_OPENERS.isdisjoint(toks):
        return False
    return any(
        _phrase_at(toks, k, phrase)
        for k in range(len(toks))
        if toks[k] in PHRASE_OPENERS
        for phrase in DEPARTURE_PHRASES
    )


def _phrase_at(toks: list[str], k: int, phrase: tuple[frozenset[str], ...]) -> bool:
    """The departure phrase's slots match the words from k on."""
    return k + len(phrase) <= len(toks) and all(
        toks[k + n] in slot for n, slot in enumerate(phrase)
    )


def _left_next(x: Extraction, at: int, person: str) -> bool:
    """The sentence after pair `at`, in its paragraph, is about the person (opens with "she",
    "he" or their surname) and says they left: "Ada Roe was chief executive of Hale Quarry.
    She left in 2020." """
    if at < 0 or at + 1 >= len(x.pairs):
        return False
    s, a = x.pairs[at + 1]
    if s.paragraph != x.pairs[at][0].paragraph:
        return False
    surname = x.registry.entities[person].name.split()[-1].lower()
    head = a.lows[:3]
    if not (a.lows[:1] and a.lows[0] in PERSON_PRONOUNS) and surname not in head:
        return False
    return _departed(a.lows)


def _coordinated_firms(x: Extraction, a: Analysis, firm: str) -> set[str]:
    """Organizations coordinated right after a mention of `firm` in the analysed sentence `a`:
    "of Brisk Cement and of Hale Quarry", "of Brisk Cement and Hale Quarry."."""
    reg, lows = x.registry, a.lows
    starts = {c.i: c for c in a.cands}
    out: set[str] = set()
    for c in a.cands:
        if firm not in reg.lookup(c.text) or c.j >= len(lows) or lows[c.j] != "and":
            continue
        k = c.j + 1 + (c.j + 1 < len(lows) and lows[c.j + 1] == "of")
        other = starts.get(k)
        if other is None:
            continue
        if lows[c.j + 1] != "of" and other.j < len(lows) and lows[other.j] not in COORD_ENDS:
            continue  # "runs Brisk Cement and Hale Quarry sued her": a clause's subject
        out |= {r for r in reg.lookup(other.text) if r != firm and reg.type_of(r) == "Organization"}
    return out


def _tokens(text: str) -> list[str]:
    return [w.strip(".,;:\"'()").lower() for w in text.split()]
