"""Held boards: a holder's stance on the board of the firm it holds, and a firm's board as the
patient of an attack.

- `held-board`: "Orlen, the hedge fund holding 8% of Vantora, which recently attacked the
  directors over pay", "Northmere, Vantora's top investor, has so far sided with the board": a
  stake holder that attacks (or sides with) "the directors", "the board" or "management"
  disputes (backs) the firm whose stake the same sentence gives it. Only when the sentence
  names these two organizations and no other; a firm does not attack its own board, so a
  subject read as the held firm ("..., which attacked") is its holder.
  (Support of a bare board with no such pair: `backed_boards`.)
- `board-agent`: "Vantora's directors, long targeted by investor Greyhold, face a vote": the
  agent of an attack on a firm's board, in an appositive participle, disputes the firm.

Words: the DISPUTES and BACKS verb triggers (`loaders/data/triggers.yaml`), stake and holder
nouns (`stakes` there), the board words of `litigation.MANAGEMENT_WORDS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.litigation import (
    MANAGEMENT_FILLERS,
    MANAGEMENT_WORDS,
    _disputing_verb,
    forum,
)
from loaders.relations.model import Sentence
from loaders.relations.nav import agent_after, match_gap, subjects
from loaders.relations.words import (
    CLAUSE_STOP,
    OWN_DETS,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    PREPOSITIONS,
    PUNCT_STOP,
    QUOTE_MARKS,
    REPORTING,
    M,
)

RULE_HELD = "litigation/held-board"
RULE_AGENT = "litigation/board-agent"
STANCES = ("DISPUTES", "BACKS")
STAKE_WORDS = frozenset({"%", "percent", "per"})
# a participle of attack on a board that is no trigger verb of its own ("targeted customers")
BOARD_ATTACKS = frozenset({"targeted"})
# words that may follow the board phrase of a stance: "sided with the directors and ..."
BOARD_FOLLOWERS = frozenset({"and", "but", "who", "which", "after", "because", "when", "as"})
# words from the held firm to a verb that goes on the stake's clause ("X owns 5% of Y, the
# Bolton maker of boiler valves, and has spent most of the year attacking its board")
CONTINUE_REACH = 14
# possessives that put a bare board with the held firm: "has attacked its board"
POSSESSORS: Final[frozenset[str]] = POSSESSIVES & OWN_DETS
# words that open another clause between the stake and the verb: "X owns 5% of Y, whose
# chief ... and has ..."
RELATIVE_BREAKS = frozenset({"whose", "who", "because", "after", "since", "if", "when"})
# what ends the stake's clause before the verb: a clause stop, a report, another clause
CONTINUE_BREAKS: Final[frozenset[str]] = CLAUSE_STOP | REPORTING | RELATIVE_BREAKS
STANCE_REACH = 4  # words from a stance verb's start to the board phrase
# "to oust the board", "wants the directors replaced", "called for the board to be removed"
OUST_VERBS = frozenset({"oust", "replace", "remove", "sack", "overhaul", "unseat"})
OUSTED = frozenset({"ousted", "replaced", "removed", "sacked", "overhauled", "unseated"})
AGENT_ADVERBS = frozenset({"long", "repeatedly", "often", "recently", "publicly", "also"})


def cues(lex: Lexicon) -> frozenset[str]:
    return MANAGEMENT_WORDS


def bare_boards(
    lows: list[str],
    fillers: frozenset[str],
    boards: frozenset[str] = MANAGEMENT_WORDS,
    ends: Callable[[list[str], int], bool] | None = None,
) -> Iterator[tuple[int, int]]:
    """Each bare board noun ("the directors", "the board") as (noun, start of its phrase), the
    start reaching back over up to two filler words ("the current board"); the nouns are
    `boards`, each ending its phrase as `ends` says (by default `board_ends`)."""
    ended = board_ends if ends is None else ends
    for k, w in enumerate(lows):
        if w not in boards or not ended(lows, k + 1):
            continue
        m = k
        while m >= 1 and k - m <= 2 and lows[m - 1] in fillers:
            m -= 1
        yield k, m


def held_board(s: Sentence) -> None:
    """A stake holder's criticism or support of "the directors": the held firm. Only the
    organizations named before the first bare board count ("X, which owns 4% of Y, attacked
    the board and urged it to sell Z": Z is what the board should do)."""
    first = next((k for k, _ in bare_boards(s.lows, MANAGEMENT_FILLERS)), len(s.lows))
    pair = stake_pair(s, first)
    if pair is None:
        return
    holder, held = pair
    sides = set(s.ment(holder).ids) | set(s.ment(held).ids)
    for k, m in bare_boards(s.lows, MANAGEMENT_FILLERS):
        if m == k and k >= 1 and s.lows[k - 1] == M and s.ment(k - 1).word in POSSESSORS:
            m = k - 1  # "has attacked its board": the held firm's board
        verb, rtype = _stance_verb(s, m)
        if verb < 0:  # "charged the board with neglecting ...": the board in the verb's gap
            verb, rtype = _disputing_verb(s, m, k + 1), "DISPUTES"
        ouster = verb < 0  # "is seeking to oust the board": the campaign is the dispute
        if ouster:
            verb, rtype = _ouster(s, m, k), "DISPUTES"
        if verb < 0:
            continue
        subj = subjects(s, verb, True)
        if not subj and _continues_stake(s, max(holder, held), verb):
            subj = [holder]  # "X owns 9% of Y and has attacked the board"
        if not subj or forum(s, subj[0]) or not sides.intersection(s.ment(subj[0]).ids):
            continue
        if not ouster and s.blocked(max(holder, held) + 1, k + 1):
            continue  # "X, which owns 5% of Y, has not criticised the board"
        s.emit(s.ment(holder), (rtype,), s.ment(held), RULE_HELD, 0.6)


def _continues_stake(s: Sentence, held: int, verb: int) -> bool:
    """The verb at `verb` goes on the clause that names the stake, whose last organization
    stands at `held`: "X owns 9% of Y and has attacked", "X, which owns 6% of Y and which in
    March criticised", "X owns 5% of Y, the Bolton valve maker, and has spent the year
    attacking": only an appositive of Y, a link and adverbials stand between, no other
    party, no clause of its own and no report."""
    lows = s.lows
    gap = lows[held + 1 : verb]
    if not gap or len(gap) > CONTINUE_REACH or "and" not in gap:
        return False
    if not CONTINUE_BREAKS.isdisjoint(gap):
        return False
    return all(lows[x] != M or "Location" in s.etypes(x) for x in range(held + 1, verb))


def board_ends(lows: list[str], p: int) -> bool:
    """The board phrase ends before p: the sentence ends, a clause or a phrase opens ("the
    directors over pay", "the board, which ..."); not "the board's plan", "the board of X",
    "the management buyout"."""
    if p >= len(lows):
        return True
    w = lows[p]
    if w == "of":  # "accused the board of wasting cash" (not "the board of X")
        q = p + 1 + (p + 1 < len(lows) and lows[p + 1] in QUOTE_MARKS)
        return q < len(lows) and lows[q].endswith("ing")  # also "of 'selling members short'"
    if w == "at":
        return False
    if w in OUSTED:  # "wants the board replaced"
        return True
    return w in PREPOSITIONS or w in BOARD_FOLLOWERS or not (w.isalpha() or w in POSSESSIVE_MARKS)


def stake_pair(s: Sentence, upto: int = -1) -> tuple[int, int] | None:
    """(holder, held) when the sentence names exactly two organizations and a stake joins
    them: "X, holding 8% of Y", "X, an investor with 5% of Y", "X, Y's top investor". Either
    may be named again ("..., which owns 9% of Y, has criticised the board over what it
    calls"): the stake joins two neighbouring mentions of the two. With `upto`, only the
    organizations named before it count."""
    lows = s.lows
    end = len(lows) if upto < 0 else upto
    orgs = [
        x
        for x, w in enumerate(lows[:end])
        if w == M and not s.is_det(x) and "Organization" in s.etypes(x)
    ]
    if len({i for x in orgs for i in s.ment(x).ids}) != 2 or len(orgs) < 2:
        return None
    if any(len(s.ment(x).ids) != 1 for x in orgs):
        return None
    for a, b in zip(orgs, orgs[1:], strict=False):
        if s.ment(a).ids != s.ment(b).ids and (pair := _stake_between(s, a, b)) is not None:
            return pair
    return None


def _stake_between(s: Sentence, a: int, b: int) -> tuple[int, int] | None:
    """(holder, held) when a stake joins the organizations named at a and b (a before b)."""
    lows = s.lows
    for first, second in ((a, b), (b, a)):
        q = first + 1
        if q < len(lows) and lows[q] in POSSESSIVE_MARKS:
            # "Y's top investor, X" / "X, Y's largest shareholder": Y is held
            for r in range(q + 1, min(len(lows), q + 4)):
                if lows[r] in s.lex.holder_nouns:
                    return second, first
                if lows[r] == M or lows[r] in PUNCT_STOP:
                    break
    between = lows[a + 1 : b]
    if len(between) <= 4 and between[-1:] == ["in"] and not s.lex.holder_nouns.isdisjoint(between):
        return a, b  # "X, a shareholder in Y", "X, an investor in Y"
    if between[-2:] == [",", "and"] or between[-1:] == ["and"]:
        return None  # "A, holding 8%, and B, with 5%,": co-holders, neither holds the other
    stake = any(stake_word(w, s.lex) for w in between)
    if not stake or len(between) > 10:
        return None
    # "Y, in which X holds 8%", "Y, 30% owned by X": the second name holds the first
    held_first = "by" in between or any(w in ("in", "of") for w in lows[b - 2 : b - 1])
    return (b, a) if held_first else (a, b)


def stake_word(w: str, lex: Lexicon) -> bool:
    """A word that names a share or a stake: "12%", "percent", "stake", "holding"."""
    return w[-1:] == "%" or w in STAKE_WORDS or w in lex.stake_nouns


def _stance_verb(s: Sentence, end: int) -> tuple[int, str]:
    """Where a DISPUTES or BACKS verb (not a reversed one) ending at `end` starts, and its
    type; (-1, "") when none does."""
    lows = s.lows
    for v in range(end - 1, max(-1, end - STANCE_REACH), -1):
        if lows[v] == M or lows[v] in PUNCT_STOP:
            break
        for phrase, trigs in s.lex.triggers.bucket(lows[v]):
            if match_gap(s, v, phrase) != end:
                continue
            for t in trigs:
                if t.family == "verb" and not t.reverse and t.types[0] in STANCES:
                    return v, t.types[0]
    return -1, ""


def _ouster(s: Sentence, m: int, k: int) -> int:
    """Where the verb that wants the board phrase (from m to k) gone starts: "is seeking to
    oust the board" (the verb of "to oust"), "wants the directors replaced" (the verb before
    the phrase); else -1."""
    lows = s.lows
    if m >= 2 and lows[m - 2] == "to" and lows[m - 1] in OUST_VERBS:
        return m - 1
    gone = k + 1 + 2 * (lows[k + 1 : k + 3] == ["to", "be"])
    if m >= 1 and gone < len(lows) and lows[gone] in OUSTED:
        v = m - 1 - (lows[m - 1] == "for")  # "called for the board to be replaced"
        return v if lows[v].isalpha() and lows[v] not in PREPOSITIONS else -1
    return -1


def board_agent(s: Sentence) -> None:
    """ "Y's directors, long targeted by X, ...": X disputes Y."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 3):
        if (
            lows[k] not in MANAGEMENT_WORDS
            or lows[k - 1] not in POSSESSIVE_MARKS
            or lows[k - 2] != M
        ):
            continue
        if lows[k + 1] != ",":
            continue
        p = k + 2
        while p < n and lows[p] in AGENT_ADVERBS:
            p += 1
        if p + 1 >= n or lows[p + 1] != "by" or not _attack_participle(s, p):
            continue
        agent = agent_after(s, p + 2)
        if agent < 0 or forum(s, agent):
            continue
        s.emit(s.ment(agent), ("DISPUTES",), s.ment(k - 2), RULE_AGENT, 0.6)


def _attack_participle(s: Sentence, p: int) -> bool:
    """The word at p is a past participle of a DISPUTES verb ("criticised", "attacked") or
    of targeting."""
    w = s.lows[p]
    if w in BOARD_ATTACKS:
        return True
    for phrase, trigs in s.lex.triggers.bucket(w):
        if len(phrase) != 1:
            continue
        for t in trigs:
            if t.participle and t.family == "verb" and not t.reverse and "DISPUTES" in t.types:
                return True
    return False
