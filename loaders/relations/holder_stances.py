"""Holder stances: a shareholder's attack on (or support of) "the board" is a stance towards
the firm whose shares this sentence gives it.

- `holder-stance`: "Tarn Capital, an activist fund that holds just over 6%, has criticised the
  board for overpaying", "It will not calm Osric, which owns 8% of the shares and has accused the
  directors of drift", "Vell Mutual, which holds 12%, has so far backed the board": the subject
  of a stance verb whose object is a bare board (or management) DISPUTES (BACKS) the one firm a
  stake rule of the same sentence found it holding, named or resolved from the article ("holds
  just over 6%" of the company the article is about); with no share in the sentence, the one
  firm earlier sentences found it owning ("Tarn holds 6% of Vell. ... Tarn has attacked the
  board": `SentenceContext.board_holdings`). Where the sentence names the held firm next to
  the holder `held_boards.held_board` reads it the same way; this reading also serves the
  unnamed share, a share stated before, and sentences that name a third organization.

Words: the DISPUTES and BACKS verb triggers (`loaders/data/triggers.yaml`), the board words of
`litigation.MANAGEMENT_WORDS`.
"""

from __future__ import annotations

from typing import Final

from loaders.relations.held_boards import BACKED_FILLERS, bare_boards, stance_verb
from loaders.relations.litigation import _disputing_verb, forum
from loaders.relations.model import Mention, Sentence
from loaders.relations.modified_things import plan_heads
from loaders.relations.nav import subjects

RULE: Final[str] = "litigation/holder-stance"
HOLDING: Final[frozenset[str]] = frozenset({"OWNS", "FUNDS"})


def holder_stance(s: Sentence) -> None:
    """A stance verb on a bare board whose subject holds one firm by this sentence's stake."""
    for k, m in bare_boards(s.lows, BACKED_FILLERS):
        verb, rtype = stance_verb(s, _past_plan(s, m))
        if verb < 0:  # "charged the board with neglecting ...": the board in the verb's gap
            verb, rtype = _disputing_verb(s, m, k + 1), "DISPUTES"
        if verb < 0 or _asks(s, verb, k):
            continue
        subj = subjects(s, verb, True)
        if not subj or forum(s, subj[0]) or "Organization" not in s.etypes(subj[0]):
            continue
        holder = s.ment(subj[0])
        held = _held(s, holder)
        if held is None or s.blocked(subj[0] + 1, k + 1):
            continue  # "X, which owns 5%, has not criticised the board"
        s.emit(holder, (rtype,), Mention((held,), -1, -1, "context", 0.7), RULE, 0.6)


def _asks(s: Sentence, verb: int, k: int) -> bool:
    """The verb asks the board something rather than attacking it: a question ("questioned
    the board about pay") or a call to act ("challenged the board to find a buyer")."""
    lows = s.lows
    return lows[verb].startswith("question") or (k + 1 < len(lows) and lows[k + 1] == "to")


def _held(s: Sentence, holder: Mention) -> str | None:
    """The one firm a stake rule of the sentence found `holder` holding; else None."""
    ids = set(holder.ids)
    held = {
        f.target
        for f in s.found
        if f.type in HOLDING
        and f.source in ids
        and f.target not in ids
        and f.rule.startswith(("stake/", "holdings/", "role/"))
        and s.type_of(f.target) == "Organization"
    }
    if not held:  # "A holds 6% of T. ... A has criticised the board": T's board
        held = {t for t, owners in s.context.board_holdings if not ids.isdisjoint(owners)}
        held = {t for t in held if t not in ids and s.type_of(t) == "Organization"}
    return held.pop() if len(held) == 1 else None


def _past_plan(s: Sentence, m: int) -> int:
    """Where a stance's object starts when the board phrase at m follows a plan of the firm
    ("supported the strategy and the board"): the plan's start; else m."""
    lows = s.lows
    if m < 3 or lows[m - 1] != "and" or lows[m - 2] not in plan_heads(s.lex):
        return m
    return m - 3 if lows[m - 3] in ("the", "its") else m
