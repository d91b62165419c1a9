""" "The pair" / "the two" bound to the two firms of its own sentence (round 16).

"Since 2021 Tarvick has teamed with the utility Enerco on Sunpool, a scheme the pair set up":
the pair is the sentence's first name (the subject) and its "with" partner, not two holders a
shareholder list named a paragraph before (the remembered group `loaders.groups` would give).
Only two names of one type (organizations or people) in one clause-run of the sentence, the
partner right after "with" (or "with the <descriptor>"); "the two" only before a verb-like
word ("the two started", "the two have"), never "the two plants".

>>> lows = "quillex teamed up with halvik on zephyra , a scheme the two started".split()
>>> from loaders.relations.model import Mention
>>> ms = [Mention(("q",), 0, 1), Mention(("h",), 4, 5), Mention(("z",), 6, 7)]
>>> with_pair(lows, ms, 10, lambda x: "Project" if x == "z" else "Organization")
(12, ('q', 'h'))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from loaders.relations.model import Mention

KINDS = frozenset({"Organization", "Person"})
# words after "the two" that show it stands alone ("the two started", "the two have")
AFTER_TWO = frozenset(
    {
        "have",
        "had",
        "has",
        "are",
        "were",
        "will",
        "would",
        "now",
        "also",
        "jointly",
        "set",
        "run",
        "own",
        "built",
        "began",
        "founded",
        "launched",
        "started",
        "created",
        "formed",
    }
)


def with_pair(
    lows: Sequence[str], names: Sequence[Mention], i: int, type_of: Callable[[str], str]
) -> tuple[int, tuple[str, str]] | None:
    """(end, (subject, partner)) when "the pair"/"the two" at i means the sentence's first
    name and its "with" partner; else None."""
    n = len(lows)
    if lows[i] != "the" or i + 1 >= n or lows[i + 1] not in ("pair", "two"):
        return None
    if lows[i + 1] == "two" and (i + 2 >= n or lows[i + 2] not in AFTER_TWO):
        return None
    before = [m for m in names if m.j <= i and len(m.ids) == 1]
    if len(before) < 2 or ";" in lows[:i]:
        return None
    first = before[0]
    kind = type_of(first.ids[0])
    if kind not in KINDS:
        return None
    for m in before[1:]:
        k = m.i - 1
        while k > first.j and k >= m.i - 4 and lows[k] != "with" and lows[k].isalpha():
            k -= 1
        if lows[k] == "with" and type_of(m.ids[0]) == kind and m.ids[0] != first.ids[0]:
            return i + 2, (first.ids[0], m.ids[0])
    return None
