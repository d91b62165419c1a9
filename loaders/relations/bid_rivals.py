"""Rivalry family: the bidders of one contest, named as a list.

- `beaten_list`: "Orbin beat three rival bidders for the ferry work: Kast Marine and Fenway
  Build", "Orbin outbid two rivals, Kast and Fenway": the winner competed with each listed
  bidder, and the listed bidders with each other (the list is set off by a colon or a comma,
  which the verb triggers do not read past).
- `listed_bidders`: "Rival bidders included Kast Marine, which ..., and Fenway Build", "The
  other bidders were Kast and Fenway", "losing bidders Kast and Fenway": the bidders named
  together competed with each other (a consortium or a joint bid in the list names one side,
  and reads nothing).
- `bid_against`: "Kast, which bid against Orbin and a third company, Fenway, appealed": the
  bidder competed with each one it bid against, and those with each other.
Words: `beat_verbs`, `bidder_nouns`, `bidder_links`, `against_bids` and `joint_words` of
`loaders/data/rivalry.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, right, subjects
from loaders.relations.rival_words import rival_words
from loaders.relations.words import INDEFINITES_AND_ANOTHER, PUNCT_STOP, M

RULE_BEATEN: Final = "rivalry/beaten-list"
RULE_LISTED: Final = "rivalry/listed-bidders"
RULE_AGAINST: Final = "rivalry/bid-against"
MODIFIER_REACH: Final = 3  # "two other rival bidders"
ADJUNCT_REACH: Final = 5  # "in the competitive procedure", between the noun and the colon
LIST_REACH: Final = 4  # descriptor words before the first listed name ("the Dutch group")
SET_OFF: Final = frozenset({":", ","})


def cues(lex: Lexicon) -> frozenset[str]:
    rw = rival_words(lex)
    return rw.beat_verbs | rw.bidder_nouns | rw.against_bids


def _noun_after(s: Sentence, k: int, nouns: frozenset[str]) -> int:
    """The plural contest noun a few plain modifiers after k ("two other bidders"), else -1."""
    lows = s.lows
    for q in range(k, min(len(lows), k + MODIFIER_REACH + 1)):
        if lows[q] in nouns:
            return q
        if lows[q] == M or not lows[q].replace("-", "").isalnum():
            return -1
    return -1


def _set_off_list(s: Sentence, q: int) -> int:
    """The first name of a list set off by a colon or comma after q, past a short adjunct
    without names ("in the tender: A and B"), else -1."""
    lows = s.lows
    n = len(lows)
    c = q
    while c < n and c - q <= ADJUNCT_REACH and lows[c] not in SET_OFF:
        if lows[c] == M or lows[c] in PUNCT_STOP:
            return -1
        c += 1
    if c >= n or lows[c] not in SET_OFF:
        return -1
    return right(s, c + 1, LIST_REACH)


def _emit_all(s: Sentence, first: int, members: list[int], rule: str) -> None:
    """Each of `members` competes with `first` (if any, -1 for none) and with each other."""
    group = ([first] if first >= 0 else []) + members
    for n, a in enumerate(group):
        for b in group[n + 1 :]:
            if not s.ment(a).shares(s.ment(b)):
                s.emit(s.ment(a), ("COMPETES_WITH",), s.ment(b), rule, 0.6)


def _members(s: Sentence, first: int) -> list[int]:
    """The list opening at `first`, with a last member named after its description ("A and a
    third company, B")."""
    members = coord(s, first, +1)
    lows = s.lows
    q = members[-1] + 1
    if q + 2 < len(lows) and lows[q] == "and" and lows[q + 1] in INDEFINITES_AND_ANOTHER:
        c = q + 2
        while c < len(lows) and c - q <= LIST_REACH and lows[c].isalpha():
            c += 1
        if c + 1 < len(lows) and lows[c] == "," and lows[c + 1] == M and not s.is_det(c + 1):
            members.append(c + 1)
    return members


def _joint(s: Sentence, lo: int, first: int) -> bool:
    """A word of a joint act before the list ("a consortium of A and B", "bid jointly
    against"): the list names one side (a member's own description may say "venture")."""
    joint = rival_words(s.lex).joint_words
    return any(w in joint for w in s.lows[lo:first])


def beaten_list(s: Sentence) -> None:
    rw = rival_words(s.lex)
    nouns = rw.bidder_nouns | rw.rival_nouns
    for k, w in enumerate(s.lows):
        if w not in rw.beat_verbs:
            continue
        noun = _noun_after(s, k + 1, nouns)
        first = _set_off_list(s, noun + 1) if noun > 0 else -1
        subj = subjects(s, k, True) if first > 0 else []
        if not subj or subj[0] > k:
            continue
        members = _members(s, first)
        if s.blocked(subj[0], members[-1]) or _joint(s, k, first):
            continue
        _emit_all(s, subj[0], members, RULE_BEATEN)


def listed_bidders(s: Sentence) -> None:
    lows = s.lows
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.bidder_nouns or k + 1 >= len(lows):
            continue
        q = k + 1 + (lows[k + 1] in rw.bidder_links)
        first = right(s, q, LIST_REACH)
        if first < 0 or any(x == M for x in lows[k + 1 : first]):
            continue
        members = _members(s, first)
        if len(members) < 2 or s.blocked(k, members[-1]) or _joint(s, max(0, k - 3), first):
            continue
        _emit_all(s, -1, members, RULE_LISTED)


def bid_against(s: Sentence) -> None:
    lows = s.lows
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.against_bids or k + 2 >= len(lows) or lows[k + 1] != "against":
            continue
        first = right(s, k + 2, LIST_REACH)
        subj = subjects(s, k, True) if first > 0 else []
        if not subj or subj[0] > k:
            continue
        members = _members(s, first)
        if s.blocked(subj[0], members[-1]) or _joint(s, subj[0], first):
            continue
        _emit_all(s, subj[0], members, RULE_AGAINST)
