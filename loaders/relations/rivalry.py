"""Rivalry family: bidders set against each other by a third party's choice.

- `chosen_over`: "The county picked Orbin and Kast over Fenway Build" (each chosen bidder
  competed with each passed-over one; the county is no party), "Orbin was chosen over Fenway
  Build for the contract".

The verbs are data: `choose_verbs` in loaders/data/grammar.yaml.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.nav import coord, right, subjects
from loaders.relations.words import CHOOSE_VERBS, PUNCT_STOP, M

RULE_CHOSEN = "rivalry/chosen-over"
PASSIVE = frozenset({"was", "were", "been", "be", "is", "are"})


def chosen_over(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in CHOOSE_VERBS:
            continue
        if k >= 1 and lows[k - 1] in PASSIVE:
            chosen = subjects(s, k, True)[:1]  # "Orbin was chosen over Fenway"
            chosen = coord(s, chosen[0], -1) if chosen else []
            after = k + 1
        else:
            first = right(s, k + 1, 2)
            chosen = coord(s, first, +1) if first >= 0 else []
            after = chosen[-1] + 1 if chosen else n
        over = after
        while over < n and over - after <= 5 and lows[over] != "over":
            if lows[over] in PUNCT_STOP or lows[over] == M:
                over = n
                break
            over += 1  # "picked Orbin to build the ferries over Fenway"
        if not chosen or over >= n or lows[over] != "over":
            continue
        loser = right(s, over + 1, 2)
        if loser < 0 or s.blocked(chosen[0], loser):
            continue
        winners = s.merged(chosen)
        for x in coord(s, loser, +1):
            s.emit(winners, ("COMPETES_WITH",), s.ment(x), RULE_CHOSEN, 0.65)
