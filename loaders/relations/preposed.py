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

from loaders.relations.model import OPENERS, Sentence, preposed_end, sentence_start
from loaders.relations.opening_participle import PERFECT, participles, phrase_end
from loaders.relations.words import RELATIVE_WH, M

__all__ = ["OPENERS", "main_clause_subjects", "opening_subjects", "preposed_end"]


def main_clause_subjects(
    s: Sentence, k: int, cands: list[int], lists: list[list[int]]
) -> tuple[list[int], list[list[int]]]:
    """Subject candidates of the verb at k (and the lists they stand for) without the names of
    a preposed clause the verb is not in; unchanged when no candidate stands after it."""
    end = s._preposed_end()  # cached per sentence
    if end < 0 or k < end or not any(c > end for c in cands):
        return cands, lists
    pairs = zip(cands, lists, strict=False)
    kept = [(c, [x for x in lst if x > end] or [c]) for c, lst in pairs if c > end]
    return [c for c, _ in kept], [lst for _, lst in kept]


def opening_subjects(s: Sentence, k: int, cands: list[int]) -> list[int]:
    """Subject candidates of the verb at k when the sentence opens with a participle phrase:
    past the phrase, none of its names ("Backed by Norrhavn Bank, the company bought Yarrow":
    not Norrhavn, even when the company is unnamed); inside a "Having" phrase, the main
    clause's subject ("Having lent $5m to Dravik, Orsk Bank sued it": Orsk lent); in a
    relative clause on the phrase's agent, its own subject."""
    start = sentence_start(s)
    end = phrase_end(s.lows, start, participles(s.lex))
    if end < 0:
        return cands
    if k > end:
        return [c for c in cands if c > end]
    lows = s.lows
    if any(lows[q] == "," and lows[q + 1] in RELATIVE_WH for q in range(start, k - 1)):
        return cands  # "Having sold R to V, which later bought O, T ...": V bought O
    if s.lows[start] == PERFECT and end + 1 < len(s.lows) and s.lows[end + 1] == M:
        return [end + 1]
    return cands
