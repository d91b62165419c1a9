"""References a sentence itself puts in doubt.

"Strand bought Kelso from Neil Harper, who had run the club": "the club" was resolved to an
organization of an earlier sentence, while this sentence names another organization before
it (Kelso) that the description may as well mean. A verb's relation with such a description
is a guess between two entities: no relation rather than the wrong one.
"""

from __future__ import annotations

from loaders.relations.model import Sentence
from loaders.relations.words import M


def doubtful_description(s: Sentence, idx: list[int], subj_idx: list[int]) -> bool:
    """The description at `idx[0]` ("the club", "the miner") stands for an entity the sentence
    does not name, and the sentence names, before it, another entity of its type that is
    neither the verb's subject (at `subj_idx`) nor a possessor in the subject's phrase
    ("Fishermen's group Coast Watch criticised the agency")."""
    k = idx[0]
    others = set(s.merged(subj_idx).ids)
    m = s.ment(k)
    if m.kind != "np":
        return False
    types = s.etypes(k) - {"Location"}
    if not types:
        return False
    ids = set(m.ids)
    competitor = False
    for x, w in enumerate(s.lows):
        if w != M:
            continue
        other = s.ment(x)
        if other.kind != "name":
            continue
        if ids & set(other.ids):
            return False  # the sentence names the description's entity: no doubt
        if x < k and not set(other.ids) & others and types & s.etypes(x):
            competitor = competitor or not _subject_possessor(s, x, subj_idx[0])
    return competitor


def _subject_possessor(s: Sentence, x: int, c: int) -> bool:
    """The name at x possesses the subject at c: "Fishermen's group Coast Watch"."""
    lows = s.lows
    return x < c and lows[x + 1] == "'s" and all(w.isalpha() for w in lows[x + 2 : c])


OBJECT_PRONOUNS = frozenset({"it", "them"})


def doubtful_pronoun(s: Sentence, idx: list[int], subj_idx: list[int]) -> bool:
    """ "Calder failed to buy Pasco after Orrin outbid it": an object "it" bound to a name of
    this sentence while another name of that type, neither the verb's subject nor that name,
    stands before it too (Calder or Pasco?)."""
    k = idx[0]
    m = s.ment(k)
    if m.kind != "pronoun" or m.word not in OBJECT_PRONOUNS:
        return False
    ids = set(m.ids)
    others = set(s.merged(subj_idx).ids)
    types = s.etypes(k)
    named = [x for x in range(k) if s.lows[x] == M and s.ment(x).kind == "name"]
    if not any(ids & set(s.ment(x).ids) for x in named):
        return False  # bound outside the sentence: the pronoun rules decided
    return any(not (set(s.ment(x).ids) & (ids | others)) and types & s.etypes(x) for x in named)
