"""Holder boards: a holder's attack on "the board" when the sentence gives it a stake in a firm
it does not name beside the holder (round 26).

"Marrow Fund, which holds 6% of the shares, has criticised the board for overpaying", "Tarn,
an activist with a stake of about 4 per cent, accused the directors of drifting": the stake
rules read the share as OWNS of the firm earlier sentences were about (`stake/unnamed`); the
board the holder attacks is that firm's, so the holder disputes it. `held_boards.held_board`
reads the same attack when both firms are named; this reading starts from what the sentence
already found, so it needs no second name. Guards: one held firm only (two stakes leave the
board unclear), the holder is the attack's subject, no forum ("the court criticised the
board"), no negation or hedge, and no other organization named in the sentence.

Words: the DISPUTES verb triggers (`loaders/data/triggers.yaml`), the board words of
`litigation.MANAGEMENT_WORDS`.
"""

from __future__ import annotations

from loaders.relations.held_boards import _bare_boards, _stake_pair, _stance_verb
from loaders.relations.litigation import MANAGEMENT_FILLERS, _disputing_verb, forum
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.words import M

RULE = "litigation/holder-board"
HELD_TYPES = ("OWNS", "FUNDS")


def holder_board(s: Sentence) -> None:
    """A holder whose stake this sentence found attacks the bare board: it disputes the
    held firm."""
    held = _held_by(s)
    if not held or _stake_pair(s) is not None:
        return
    for k, m in _bare_boards(s.lows, MANAGEMENT_FILLERS):
        verb, rtype = _stance_verb(s, m)
        if verb < 0:
            verb, rtype = _disputing_verb(s, m, k + 1), "DISPUTES"
        if verb < 0 or rtype != "DISPUTES":
            continue
        subj = subjects(s, verb, True)
        if not subj or forum(s, subj[0]) or s.blocked(subj[0] + 1, k + 1):
            continue
        holders = [i for i in s.ment(subj[0]).ids if i in held]
        if len(holders) != 1 or _others_named(s, holders[0], held[holders[0]]):
            continue
        src = Mention((holders[0],), subj[0], subj[0])
        s.emit(src, ("DISPUTES",), Mention((held[holders[0]],), -1, -1), RULE, 0.55)


def _held_by(s: Sentence) -> dict[str, str]:
    """Each holder of this sentence's stake readings and the one firm it holds (a holder
    given two is left out)."""
    out: dict[str, str] = {}
    two: set[str] = set()
    for f in s.found:
        if f.type not in HELD_TYPES or not f.rule.startswith("stake/"):
            continue
        if out.setdefault(f.source, f.target) != f.target:
            two.add(f.source)
    return {h: t for h, t in out.items() if h not in two}


def _others_named(s: Sentence, holder: str, firm: str) -> bool:
    """An organization other than the holder and the held firm is named in the sentence."""
    for x, w in enumerate(s.lows):
        if w != M or "Organization" not in s.etypes(x):
            continue
        if not {holder, firm}.intersection(s.ment(x).ids):
            return True
    return False
