"""Backed boards: support for a firm's bare board or management backs the firm.

- `litigation/backed-board`: "Vorn Capital supported the directors on every resolution",
  "Esna Mutual, which holds 13%, has so far backed the board", "Norvan says it backs the
  current management", "the fund is 'supportive of management'", "it supported the plan and
  the board", "Pell Trust has sided with management": the supporter BACKS the firm whose
  board it is. That firm is the one this sentence says the supporter holds ("Marvane's
  biggest shareholder, Esna Mutual, which holds 13%, ..."), else the firm a bare stake of the
  sentence is of (`SentenceContext.stake_topic`: "Pell, which holds 12%, ..."), else the
  article's clear topic (`SentenceContext.managed`). Only when the sentence names no other
  organization than the supporters and that firm, and none of the supporters is the firm.
  A pronoun that speaks after a named speaker ("Norvan, which owns 12%, has said it backs")
  is the speaker. Not a promise ("would vote with the board"), a condition ("will back
  the board if it sells") nor an infinitive ("plans to vote with the board", "urged clients
  to vote with the board"; not "has continued to support"); not a firm the sentence names
  as a party of its own.

Words: the BACKS verb triggers and "supportive of" (`loaders/data/triggers.yaml`), the board
words of `litigation.MANAGEMENT_WORDS`, the stake nouns of the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.held_boards import bare_boards, board_ends, stake_pair, stake_word
from loaders.relations.litigation import MANAGEMENT_FILLERS, MANAGEMENT_WORDS, forum
from loaders.relations.model import Mention, Sentence, month_may
from loaders.relations.nav import coord, match_gap, subjects
from loaders.relations.words import (
    CLAUSE_STOP,
    POSSESSIVE_MARKS,
    PUNCT_STOP,
    QUOTE_MARKS,
    RELATIVE_WH,
    SAYING,
    M,
)

RULE_BACKED = "litigation/backed-board"
REACH: Final = 4  # words from a backing verb's start to the board phrase (or its conjunct)
# a conjunct backed with the board: "backs the plan and the board"
CONJUNCT_NOUNS: Final = frozenset({"strategy", "plan", "plans", "chairman", "chair", "team"})
# support for the board stated as a side taken: "voted with the board", "sided with management"
SIDE_VERBS: Final = frozenset({"voted", "votes", "vote", "voting"})
# an act still to come, or one tied to a condition: "would vote with the board"
UNREAL: Final = frozenset({"would", "will", "could", "might", "may", "if", "unless", "should"})
CONJUNCT_DETS: Final = frozenset({"the", "its", "their", "our"})
# the board words a supporter backs: "backs the current leadership"
BOARD_WORDS: Final = MANAGEMENT_WORDS | {"leadership"}
# words before a backed board: "stands behind the existing board", "the current directors"
BACKED_FILLERS: Final = MANAGEMENT_FILLERS | frozenset(
    {"existing", "current", "present", "incumbent", "whole"}
)
# adverbs after a backed board: "has backed the board throughout", "the board so far"
END_ADVERBS: Final = frozenset({"throughout", "so", "until", "too", "again", "publicly"})
# a support that goes on, not a plan: "has continued to support the board"
CONTINUING: Final = frozenset({"continue", "continues", "continued", "continuing"})


def cues(lex: Lexicon) -> frozenset[str]:
    return BOARD_WORDS


def _boards(s: Sentence) -> Iterator[tuple[int, int]]:
    """Each board phrase as (its start, its possessor or -1): "the board", "the current
    management", "Kelda's board", "its directors"."""
    lows = s.lows
    for _, m in bare_boards(lows, BACKED_FILLERS, BOARD_WORDS, _backed_end):
        if m >= 2 and lows[m - 1] in POSSESSIVE_MARKS and lows[m - 2] == M:
            yield m - 2, m - 2  # "Kelda's board"
        elif m >= 1 and lows[m - 1] == M and s.is_det(m - 1):
            yield m - 1, m - 1  # "its board"
        elif lows[m] != M:
            yield m, -1


def _backed_end(lows: list[str], p: int) -> bool:
    """The board phrase ends before p: as for an attack (`held_boards.board_ends`), or before
    an adverb ("supportive of the board throughout") or a meeting ("at the annual meeting")."""
    if p < len(lows) and lows[p] in END_ADVERBS:
        return True
    return board_ends(lows, p) or _meeting_at(lows, p)


def _meeting_at(lows: list[str], p: int) -> bool:
    """ "at" opens a phrase of time or place that names no one: "sided with the board at the
    spring vote" (not "the board at Kelda")."""
    if p >= len(lows) or lows[p] != "at":
        return False
    for w in lows[p + 1 :]:
        if w == M:
            return False
        if w in PUNCT_STOP or w == ",":
            break
    return True


def _backing_noun(s: Sentence, v: int, end: int) -> bool:
    """A BACKS verb, or the "supportive of" predicate, starts at v and ends at `end`."""
    for phrase, trigs in s.lex.triggers.bucket(s.lows[v]):
        if match_gap(s, v, phrase) != end:
            continue
        for t in trigs:
            if t.reverse or t.types[0] != "BACKS":
                continue
            if t.family == "verb" or (t.family == "noun" and phrase[0] == "supportive"):
                return True
    return False


def _phrase_start(lows: list[str], m: int) -> int:
    """Where the object phrase that ends in the board at m starts: before a quote mark ("is
    'supportive of management'") and a conjunct ("the strategy and the board")."""
    if m >= 1 and lows[m - 1] in QUOTE_MARKS:
        m -= 1
    if m >= 3 and lows[m - 1] == "and" and lows[m - 2] in CONJUNCT_NOUNS:
        q = m - 3
        if lows[q] in CONJUNCT_DETS:
            return q - (q >= 1 and lows[q - 1] == "both")  # "both the strategy and the board"
    return m


def backing_verb(s: Sentence, m: int) -> int:
    """Where the verb that backs the board phrase starting at m starts, else -1."""
    lows = s.lows
    end = _phrase_start(lows, m)
    if end >= 2 and lows[end - 1] == "with" and lows[end - 2] in SIDE_VERBS:
        return end - 2  # "voted with the board"
    for v in range(end - 1, max(-1, end - REACH), -1):
        if lows[v] == M or lows[v] in PUNCT_STOP:
            break
        if _backing_noun(s, v, end):
            return v
    return -1


def _unreal(lows: list[str], subj: int, verb: int) -> bool:
    """A modal or a condition between the supporter and its verb: "would vote with"."""
    return any(
        (lows[k] in UNREAL and not month_may(lows, k)) or lows[k] in CLAUSE_STOP
        for k in range(subj + 1, verb)
    )


def _speaker(s: Sentence, subj: list[int]) -> list[int]:
    """The supporters among the subject candidates: a pronoun right after a report ("said it
    backs") is the named speaker before it, when there is one."""
    lows = s.lows
    first = subj[0]
    if s.ment(first).kind != "pronoun" or len(subj) < 2:
        return subj[:1]
    before = first - 1 - (first >= 1 and lows[first - 1] == "that")
    if before < 0 or lows[before] not in SAYING:
        return subj[:1]
    named = [x for x in subj[1:] if x < before and s.ment(x).kind == "name"]
    return named[:1] or subj[:1]


def _held_by(s: Sentence, backers: Mention) -> str | None:
    """The one organization this sentence says the supporters own ("Marvane's biggest
    shareholder, Esna Mutual"), else None."""
    held = {
        f.target
        for f in s.found
        if f.type == "OWNS" and f.source in backers.ids and s.type_of(f.target) == "Organization"
    }
    return held.pop() if len(held) == 1 else None


def _bare_stake(s: Sentence) -> bool:
    """The sentence names a share or stake ("which holds 12%", "took a 5% stake")."""
    return any(stake_word(w, s.lex) for w in s.lows)


def _board_firm(s: Sentence, backers: Mention) -> str | None:
    """The firm whose board the supporters back."""
    held = _held_by(s, backers)
    if held in s.folded_names:
        return held  # "Marvane's biggest shareholder, Esna, ..."
    topic = s.context.stake_topic
    if topic and _bare_stake(s):
        return _unnamed(s, topic)  # "Esna, which holds 13%, has backed the board"
    return held or _unnamed(s, s.context.managed)


def _unnamed(s: Sentence, firm: str | None) -> str | None:
    """A firm of the context, unless this sentence names it as a party of its own (rv538):
    "Tamsin, which holds 7%, opposed the board, while Orlen backed the board" (Orlen backs
    the board Tamsin opposes, not Tamsin)."""
    lows = s.lows
    named = any(
        lows[x] == M and s.ment(x).kind == "name" and firm in s.ment(x).ids
        for x in range(len(lows))
    )
    return None if named and firm not in s.folded_names else firm


def backed_board(s: Sentence) -> None:
    """A supporter of a bare board BACKS the firm whose board it is (module docstring)."""
    boards = list(_boards(s))
    pair = stake_pair(s, boards[0][0]) if boards else None  # named before the board
    paired = pair is not None and all(s.ment(x).kind != "pronoun" for x in pair)
    for m, own in boards:
        if paired and own < 0:
            continue  # "X, which owns 4% of Y, backed the board": `held_boards.held_board`
        verb = backing_verb(s, m)
        subj = subjects(s, verb, True) if verb >= 0 else []
        if not subj or subj[0] > verb or forum(s, subj[0]):
            continue
        if s.is_det(subj[0]) and s.ment(subj[0]).kind != "pronoun":
            continue  # "the company backed the board": whose?
        named = _speaker(s, subj)
        if _relative_named(s, named[0], verb) or _unreal(s.lows, subj[0], verb):
            continue  # "Vorn, which owns Kelda, backed the board": whose board is unclear
        if s.lows[verb - 1 : verb] == ["to"] and s.lows[verb - 2] not in CONTINUING:
            continue  # "plans to vote with the board", "urged clients to vote with" (rv538)
        if s.blocked(named[0] + 1, m):
            continue  # "Vorn has not backed the board"
        firm = _owner(s, own) if own >= 0 else _board_firm(s, s.ment(named[0]))
        if firm is None or firm in s.ment(named[0]).ids:
            continue
        # "A and B have backed the board" (not "the group, the fund A": the firm apposed)
        group = [x for x in _supporters(s, named[0], subj) if firm not in s.ment(x).ids]
        backers = s.merged(group)
        skip = set(subj) | set(_opponents(s, m, backers))
        if own < 0 and _others(s, skip, (firm, *backers.ids), _clause(s.lows, group[-1], m)):
            continue
        target = Mention((firm,), -1, -1, "context", 0.7)
        s.emit(backers, ("BACKS",), target, RULE_BACKED, 0.6)


def _supporters(s: Sentence, first: int, subj: list[int]) -> list[int]:
    """The supporter at `first` and those coordinated with it: "A and B have backed", "A,
    holding 8%, and B, with 5%, both supported" (the subject candidates before an "and")."""
    group = coord(s, first, -1)
    lo = min(group)
    if lo >= 1 and s.lows[lo - 1] == "and":
        group += [x for x in subj if x < lo and x not in group and s.ment(x).kind == "name"]
    return group


def _owner(s: Sentence, own: int) -> str | None:
    """The one organization a possessor stands for ("Kelda's board", "its board")."""
    ids = s.ment(own).ids
    return ids[0] if len(ids) == 1 and s.type_of(ids[0]) == "Organization" else None


def _opponents(s: Sentence, m: int, backers: Mention) -> list[int]:
    """The parties named right after "against" past the board phrase at m ("sided with
    management against Orlen Capital"): not the backed side; a verb rule's backing of them
    is withdrawn."""
    lows = s.lows
    k = m
    while k < len(lows) and lows[k] != M and lows[k] not in PUNCT_STOP and lows[k] != "against":
        k += 1
    if k + 1 >= len(lows) or lows[k] != "against" or lows[k + 1] != M:
        return []
    them = coord(s, k + 1, +1)
    ids = {i for x in them for i in s.ment(x).ids}
    wrong = [
        f
        for f in s.found
        if f.type == "BACKS"
        and f.source in backers.ids
        and f.target in ids
        and f.rule.startswith("verbal/")
    ]
    s.withdraw(wrong)
    return them


def _relative_named(s: Sentence, subj: int, verb: int) -> bool:
    """A relative clause between the supporter and its verb that names someone: "Vorn, which
    owns Kelda, backed" (not "Vorn, which holds 12%, has said it backed")."""
    lows = s.lows
    if RELATIVE_WH.isdisjoint(lows[subj + 1 : verb]):
        return False
    return any(lows[x] == M and s.ment(x).kind != "pronoun" for x in range(subj + 1, verb))


def _clause(lows: list[str], lo: int, hi: int) -> tuple[int, int]:
    """The clause around the supporter at lo and the board at hi: "X attacked the board, while
    Y has sided with the directors" (Y's clause only)."""
    start = max((k + 1 for k in range(lo) if lows[k] in CLAUSE_STOP), default=0)
    end = next((k for k in range(hi, len(lows)) if lows[k] in CLAUSE_STOP), len(lows))
    return start, end


def _others(s: Sentence, skip: set[int], known: tuple[str, ...], span: tuple[int, int]) -> bool:
    """The clause (`span`) names an organization besides the supporters and the firm
    (`known`)."""
    lows = s.lows
    for x in range(*span):
        if lows[x] != M or x in skip or s.is_det(x) or "Organization" not in s.etypes(x):
            continue
        if not set(s.ment(x).ids) <= set(known):
            return True
    return False
