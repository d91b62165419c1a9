"""Quotations inside one sentence, and who speaks them.

A company's people quote the company as "we": in ' "We compete with Trackly," said Ann Lee,
chief executive of Cobalt Route ' the "we" is Cobalt Route. `spans` finds the quoted stretches
of a sentence's words (balanced quotes only: a quote opened in an earlier sentence is left
alone), `inside` says whether a position is quoted.

>>> spans(['"', 'we', 'compete', '"', ',', 'said', 'x', '.'])
[(0, 3)]
>>> inside([(0, 3)], 1), inside([(0, 3)], 5)
(True, False)
"""

from __future__ import annotations

from typing import Final

OPEN: Final = frozenset({"“", "«"})
CLOSE: Final = frozenset({"”", "»"})
STRAIGHT: Final = '"'


def spans(lows: list[str]) -> list[tuple[int, int]]:
    """(open, close) positions of each quotation; [] when the quotes do not balance."""
    out: list[tuple[int, int]] = []
    start = -1
    for k, w in enumerate(lows):
        if w in OPEN or (w == STRAIGHT and start < 0):
            if start >= 0:
                return []
            start = k
        elif w in CLOSE or w == STRAIGHT:
            if start < 0:
                return []
            out.append((start, k))
            start = -1
    return out if start < 0 else []


def inside(quoted: list[tuple[int, int]], k: int) -> bool:
    return any(a < k < b for a, b in quoted)
