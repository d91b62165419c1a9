"""References a sentence itself puts in doubt.

"Strand bought Kelso from Neil Harper, who had run the club": "the club" was resolved to an
organization of an earlier sentence, while this sentence names another organization before
it (Kelso) that the description may as well mean; "Calder failed to buy Pasco after Orrin
outbid it": "it" was bound to Pasco, and Calder is as near. A verb's relation with such a
reference is a guess between two entities: no relation rather than the wrong one.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.words import M

OBJECT_PRONOUNS = frozenset({"it", "them"})


def doubtful_reference(s: Sentence, idx: list[int], subj_idx: list[int]) -> bool:
    """The description ("the club") or object pronoun ("it") at `idx[0]` could as well mean
    another name of its type before it in the sentence: one that is neither the entity it was
    resolved to, nor the verb's subject (at `subj_idx`), nor a possessor in the subject's
    phrase ("Fishermen's group Coast Watch criticised the agency"). A pronoun bound outside
    the sentence, or a description whose entity is named only after it, is left as resolved."""
    k = idx[0]
    m = s.ment(k)
    pronoun = m.kind == "pronoun" and m.word in OBJECT_PRONOUNS
    if m.kind != "np" and not pronoun:
        return False
    types = s.etypes(k) - {"Location"}
    ids, others = set(m.ids), set(s.merged(subj_idx).ids)
    names = [x for x, w in enumerate(s.lows) if w == M and s.ment(x).kind == "name"]
    bound = [x for x in names if ids & set(s.ment(x).ids)]
    if (pronoun and not any(x < k for x in bound)) or (bound and all(x > k for x in bound)):
        return False
    return any(
        x < k
        and not set(s.ment(x).ids) & (ids | others)
        and types & s.etypes(x)
        and not _subject_possessor(s, x, subj_idx[0])
        for x in names
    )


def _subject_possessor(s: Sentence, x: int, c: int) -> bool:
    """The name at x possesses the subject at c: "Fishermen's group Coast Watch"."""
    lows = s.lows
    return x < c and lows[x + 1] == "'s" and all(w.isalpha() for w in lows[x + 2 : c])
