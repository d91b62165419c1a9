"""Rivalry family: bidders set against each other by a third party's choice.

- `chosen_over`: "The county picked Orbin and Kast over Fenway Build" (each chosen bidder
  competed with each passed-over one; the county is no party), "Orbin was chosen over Fenway
  Build for the contract".

- `rival_things`: "Larger firms, including Dorn Group, are building rival products" in an
  article just about Calla Foods: each builder competes with Calla Foods
  (`SentenceContext.rival`), when the sentence names no other organization.

The words are data: `choose_verbs` and `rival_things` in loaders/data/grammar.yaml.
"""

from __future__ import annotations

from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, right, subjects
from loaders.relations.words import CHOOSE_VERBS, CLAUSE_STOP, PUNCT_STOP, RIVAL_THINGS, M

RULE_CHOSEN = "rivalry/chosen-over"
RULE_THINGS = "rivalry/rival-things"
RIVAL_MODS = frozenset({"rival", "competing"})
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


def rival_things(s: Sentence) -> None:
    org = s.context.rival
    if not org:
        return
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in RIVAL_MODS or k + 1 >= n or lows[k + 1] not in RIVAL_THINGS:
            continue
        subj = subjects(s, k, True)
        if not subj or any(lows[x] in CLAUSE_STOP for x in range(subj[0], k)):
            return
        makers = coord(s, subj[0], -1)
        named = [x for x, v in enumerate(lows) if v == M and "Organization" in s.etypes(x)]
        if any(x not in makers for x in named) or s.blocked(subj[0] + 1, k):
            return  # another organization in the sentence: whose rival is unclear
        if any(org in s.ment(x).ids for x in makers):
            return
        ctx = Mention((org,), -1, -1, "context", 0.7)
        s.emit(s.merged(makers), ("COMPETES_WITH",), ctx, RULE_THINGS, 0.6)
        return
