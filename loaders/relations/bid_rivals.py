"""Rivalry family: the bidders of one contest, named as a list.

Firms compete where the text says one beat or bid against the other, or calls a field "rival
bidders"; plain bidders of one tender are no rivals of each other, and the members of a list
are not each other's rivals.

- `beaten_list`: "Orbin beat three rival bidders for the ferry work: Kast Marine and Fenway
  Build", "Orbin outbid two rivals, Kast and Fenway": the winner competed with each listed
  bidder (the list is set off by a colon or a comma, which the verb triggers do not read past).
- A list of bidders alone ("The rival bidders were Kast and Fenway", "The other bidders were
  Kast and Fenway", "losing bidders Kast and Fenway") reads nothing: they are the rivals of a
  winner, named in the sentence or elsewhere, not of each other.
- `bid_against`: "Kast, which bid against Orbin and a third company, Fenway, appealed": the
  bidder competed with each one it bid against ("against advice from X", "against X's
  wishes": no firm bid against).
A person subject, a consortium named in the list ("a consortium of A and B"), a speaker after
the list ("..., Derwent Council said"), a negation, hedge or plan on the verb read nothing.
Words: `beat_verbs`, `bidder_nouns`, `against_bids`, `joint_words`,
`litigant_nouns` and `offer_nouns` of `loaders/data/rivalry.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon, read_data, word_set
from loaders.relations.compete_examples import rival_subject
from loaders.relations.hedge_scope import planned
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, right
from loaders.relations.rival_words import RivalWords, rival_words
from loaders.relations.words import (
    INDEFINITES_AND_ANOTHER,
    POSSESSIVE_MARKS,
    PUNCT_STOP,
    SAYING,
    M,
)

RULE_BEATEN: Final = "rivalry/beaten-list"
RULE_AGAINST: Final = "rivalry/bid-against"
MODIFIER_REACH: Final = 3  # "two other rival bidders"
ADJUNCT_REACH: Final = 5  # "in the competitive procedure", between the noun and the colon
LIST_REACH: Final = 4  # descriptor words before the first listed name ("the Dutch group")
SET_OFF: Final = frozenset({":", ","})
# a speaker after a list ends it ("A and B, Derwent Council said", "according to C")
SPEAKER_WORDS: Final = SAYING | {"according"}
# words between "against" and its firm that make the firm no object of the bid ("bid against
# advice from X", "against the wishes of X"), unless an offer noun comes before them
# (`loaders/data/grammar.yaml` bid_object_breaks)
OBJECT_BREAKS: Final = word_set(read_data("grammar.yaml")["bid_object_breaks"])
# words in a "rival bidders" list that set its members on one side ("its parent", "a unit of")


def cues(lex: Lexicon) -> frozenset[str]:
    rw = rival_words(lex)
    return rw.beat_verbs | rw.bidder_nouns | rw.against_bids


def _noun_after(s: Sentence, k: int, rw: RivalWords) -> int:
    """The plural contest noun a few plain modifiers after k ("two other bidders", "rival
    bidders"), else -1; not a rival's claim or a litigant ("rival claimants", "the rivals'
    lawsuits")."""
    lows = s.lows
    nouns = rw.bidder_nouns | rw.rival_nouns
    for q in range(k, min(len(lows), k + MODIFIER_REACH + 1)):
        nxt = lows[q + 1] if q + 1 < len(lows) else "."
        if lows[q] in nouns and nxt not in nouns:
            return -1 if nxt in rw.litigant_nouns or nxt in POSSESSIVE_MARKS else q
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


def _emit_each(s: Sentence, subj: int, members: list[int], rule: str) -> None:
    """The subject competes with each member (the members not with each other)."""
    for b in members:
        if not s.ment(subj).shares(s.ment(b)):
            s.emit(s.ment(subj), ("COMPETES_WITH",), s.ment(b), rule, 0.6)


def _members(s: Sentence, first: int) -> list[int]:
    """The list opening at `first`, with a last member named after its description ("A and a
    third company, B"); it ends before a speaker ("A and B, Derwent Council said") and before a
    consortium of names ("A and a joint venture of B and C": one mention with both)."""
    members = coord(s, first, +1)
    lows = s.lows
    q = members[-1] + 1
    if q + 2 < len(lows) and lows[q] == "and" and lows[q + 1] in INDEFINITES_AND_ANOTHER:
        c = q + 2
        while c < len(lows) and c - q <= LIST_REACH and lows[c].isalpha():
            c += 1
        if c + 1 < len(lows) and lows[c] == "," and lows[c + 1] == M and not s.is_det(c + 1):
            members.append(c + 1)
    for n, m in enumerate(members):
        after = lows[m + 1] if m + 1 < len(lows) else "."
        if len(s.ment(m).ids) > 1 or after in SPEAKER_WORDS:
            return members[:n]
    return members


def _joint(s: Sentence, lo: int, first: int) -> bool:
    """A word of a joint act before the list ("a consortium of A and B", "bid jointly
    against"): the list names one side (a member's own description may say "venture")."""
    joint = rival_words(s.lex).joint_words
    return any(w in joint for w in s.lows[lo:first])


def _settled(s: Sentence, subj: int, k: int, members: list[int]) -> bool:
    """A fact: members named, no negation, hedge or plan on the verb at k ("did not beat",
    "could beat", "plans to bid against")."""
    return bool(members) and not s.blocked(subj, members[-1]) and not planned(s.lows, s.lex, k)


def _emit_settled(s: Sentence, subj: int, k: int, first: int, rule: str) -> None:
    """The subject competes with each member of the list opening at `first` (`_members`), when
    the verb at k states it as a fact (`_settled`)."""
    members = _members(s, first)
    if _settled(s, subj, k, members):
        _emit_each(s, subj, members, rule)


def beaten_list(s: Sentence) -> None:
    rw = rival_words(s.lex)
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in rw.beat_verbs:
            continue
        noun = _noun_after(s, k + 1, rw)
        first = _set_off_list(s, noun + 1) if noun > 0 else -1
        subj = rival_subject(s, k) if first > 0 else -1
        if subj < 0 or _joint(s, k, first) or any(x in rw.lost_case_words for x in lows[k:first]):
            continue
        _emit_settled(s, subj, k, first, RULE_BEATEN)


def _against_object(s: Sentence, k: int, rw: RivalWords) -> int:
    """The first firm bid against after "against" at k: a name, past descriptors ("the Dutch
    group A"), the passive's "by" ("was bid against by A") or an offer ("the offer from A");
    -1 for a thing of the firm's ("advice from A", "against A's wishes")."""
    lows = s.lows
    first = right(s, k + 1, LIST_REACH)
    if first < 0:
        return -1
    for c in range(k + 1, first):
        if lows[c] in OBJECT_BREAKS and not (c == k + 1 or lows[c - 1] in rw.offer_nouns):
            return -1
    after = first + 1
    if after + 1 < len(lows) and lows[after] in POSSESSIVE_MARKS:
        return first if lows[after + 1] in rw.offer_nouns else -1
    return first


def bid_against(s: Sentence) -> None:
    lows = s.lows
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.against_bids or k + 2 >= len(lows) or lows[k + 1] != "against":
            continue
        first = _against_object(s, k + 1, rw)
        subj = rival_subject(s, k) if first > 0 else -1
        if subj < 0 or _joint(s, subj, first):
            continue
        _emit_settled(s, subj, k, first, RULE_AGAINST)
