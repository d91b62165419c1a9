"""Founders named beside the subject of a founding verb.

"Marlo Seeds teamed up with Tansy Farms to launch a seed bank, Granary One": the partner
after the joining verb ("teamed up with", "joined forces with", "partnered with") founded it
too, as the subject did. Words: `joining_verbs` in `loaders/data/partnering.yaml`.
"""

from __future__ import annotations

from loaders.lexicon import read_data
from loaders.relations.model import Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.words import POSSESSIVE_MARKS, M

JOINING_VERBS: tuple[tuple[str, ...], ...] = tuple(
    tuple(str(v).split()) for v in read_data("partnering.yaml")["joining_verbs"]
)
TO_ADVERBS = frozenset({"jointly", "together", "also"})
HEAD_WORDS = 4  # "with the Kettering growers' cooperative to": the words of the partner's head
PARTNER_WORDS = 5  # "with the Estonian timber growers union Y": the words before its name


def joined_partner(s: Sentence, k: int) -> tuple[int, int]:
    """The first partner mention of "<joining verb> with Y to <verb at k>" and where the
    joining verb starts, else (-1, -1)."""
    lows = s.lows
    t = k - 1
    while t >= 0 and lows[t] in TO_ADVERBS:
        t -= 1
    if t < 3 or lows[t] != "to":
        return -1, -1
    last = t - 1
    while last > 0 and t - last <= HEAD_WORDS and lows[last] != M:
        if not (lows[last].isalpha() or lows[last] in POSSESSIVE_MARKS):
            return -1, -1  # "with Y, which ..., to": another clause
        last -= 1
    if lows[last] != M:
        return -1, -1
    first = min(coord(s, last, -1))
    w = first - 1
    while w > 0 and first - w <= PARTNER_WORDS and lows[w] != "with" and lows[w].isalpha():
        w -= 1  # "with the Kettering growers' cooperative", "with the Estonian timber union Y"
    if lows[w] != "with":
        return -1, -1
    verb = next((len(v) for v in JOINING_VERBS if tuple(lows[w - len(v) : w]) == v), 0)
    return (first, w - verb) if verb else (-1, -1)


def partner_founders(s: Sentence, k: int, obj_idx: list[int]) -> None:
    """The partner of "X teamed up with Y to launch Z" founded Z, and so did X (the subject
    of the joining verb, when the verb rules took a partner for the subject: "X partnered
    with A and B to set up Z")."""
    first, v = joined_partner(s, k)
    if first < 0 or "Location" in s.etypes(first) or s.blocked(first, k):
        return
    made = s.merged(obj_idx)
    s.emit(s.merged(coord(s, first, +1)), ("FOUNDED",), made, "joint_founding/partner", 0.65)
    subj = subjects(s, v, True)
    if subj and not s.is_det(subj[0]) and not s.blocked(subj[0] + 1, v):
        s.emit(s.merged(coord(s, subj[0], -1)), ("FOUNDED",), made, "joint_founding/partner", 0.65)
