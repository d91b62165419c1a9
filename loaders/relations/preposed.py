"""A sentence-initial adverbial clause or phrase and the comma that closes it.

"After Harlow Foods bought Dunmere Dairy, Pellam Group sued Brask": the names before that comma
belong to the clause of "bought"; the verb after it ("sued") takes its subject after the comma,
never from the preposed clause, and a coordination never reaches back across it ("Like Pell
Auto, Kestrel Motors sued X": Kestrel alone sued). Openers and the words that may lead them
("Two years after") are data: `preposed_openers`, `preposed_leads` in
`loaders/data/grammar.yaml`.

>>> from loaders.relations.preposed import OPENERS
>>> "after" in OPENERS and "unlike" in OPENERS
True
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.words import DASHES, PREPOSED_LEADS, PREPOSED_OPENERS, PUNCT_STOP, M

OPENERS, LEADS = PREPOSED_OPENERS, PREPOSED_LEADS
MAX_LEAD = 3  # "Just two weeks after"
MAX_CLAUSE = 30  # words from the opener to its closing comma


def _start(s: Sentence) -> int:
    """Where the sentence proper starts: after a dateline ("OSLO, April 2 - ")."""
    lows = s.lows
    if lows and lows[0] == M and "Location" in s.etypes(0):
        for d in range(1, min(len(lows), 14)):
            if lows[d] in DASHES:
                return d + 1
            if lows[d] in PUNCT_STOP:
                break
    return 0


def preposed_end(s: Sentence) -> int:
    """The comma closing a sentence-initial adverbial clause or phrase, else -1."""
    lows = s.lows
    n = len(lows)
    p = _start(s)
    lead = 0
    while p < n and lead < MAX_LEAD and lows[p] not in OPENERS:
        if not (lows[p] in LEADS or lows[p].isdigit()):
            return -1
        p += 1
        lead += 1
    if p >= n or lows[p] not in OPENERS:
        return -1
    for q in range(p + 2, min(n, p + MAX_CLAUSE)):
        if lows[q] == ",":
            return q
        if lows[q] in PUNCT_STOP or lows[q] in DASHES:
            return -1
    return -1


def main_clause_subjects(
    s: Sentence, k: int, cands: list[int], lists: list[list[int]]
) -> tuple[list[int], list[list[int]]]:
    """Subject candidates of the verb at k (and the lists they stand for) without the names of
    a preposed clause the verb is not in; unchanged when no candidate stands after it."""
    end = preposed_end(s)
    if end < 0 or k < end or not any(c > end for c in cands):
        return cands, lists
    pairs = zip(cands, lists, strict=False)
    kept = [(c, [x for x in lst if x > end] or [c]) for c, lst in pairs if c > end]
    return [c for c, _ in kept], [lst for _, lst in kept]
