"""The firm before a relative aside that a role link follows: "Tarlow Mills, which spins yarn
in Bradford and owns two dye works, is a subsidiary of Kessel Group" and "Ostra, which
bottles cider near Umea, remains a unit of Brenner Foods": the link after the closing comma
is the firm's (Tarlow Mills, Ostra), not the name of the aside's own clause.

Guards: the aside opens with ", which" right after the firm's name and holds no comma (an
aside in the aside is too far to tell); the firm is an organization named by name (not a
place, not "its").
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import PUNCT_STOP, ROLE_LINKS, M

RELATIVE_REACH: Final = 20  # items of the aside, from "which" to its closing comma


def relative_firm_holder(s: Sentence, m: int) -> int:
    """The firm before ", which ...," that the role link ending at m follows, else -1."""
    lows = s.lows
    for link in ROLE_LINKS:
        b = m - len(link) + 1
        if link[0] == "," or b < 4 or lows[b - 1] != "," or tuple(lows[b : m + 1]) != link:
            continue
        for q in range(b - 2, max(0, b - 2 - RELATIVE_REACH), -1):
            w = lows[q]
            if w in PUNCT_STOP:
                return -1
            if w != ",":
                continue
            h = q - 1
            if lows[q + 1] != "which" or lows[h] != M or s.is_det(h):
                return -1
            return h if "Organization" in s.etypes(h) and s.ment(h).kind == "name" else -1
    return -1
