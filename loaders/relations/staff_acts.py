"""The organization a bare leading title belongs to when no possessor or reporting verb names
it: the subject of a verb the firm acts with on its own post-holder ("Ostrel ousted chief
executive Ann Lee", "Pellam has hired chairman Ivo Hale") or a fronted "At <firm>," ("At Ostrel,
chief executive Ann Lee has cut costs").

Words live in `loaders/data/unnamed_roles.yaml` (`staff_verbs`).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data
from loaders.relations.model import Sentence
from loaders.relations.nav import subjects
from loaders.relations.words import M

STAFF_VERBS: Final[frozenset[str]] = frozenset(read_data("unnamed_roles.yaml")["staff_verbs"])


def staff_act_owner(s: Sentence, k: int) -> int:
    """The named organization whose own post-holder the bare title at k introduces, else -1."""
    lows = s.lows
    if k == 3 and lows[0] == "at" and lows[1] == M and lows[2] == ",":
        return k - 2 if _named_firm(s, k - 2) else -1
    if k < 2 or lows[k - 1] not in STAFF_VERBS:
        return -1
    subj = subjects(s, k - 1, True, near=4)
    if not subj or subj[0] >= k - 1 or not _named_firm(s, subj[0]):
        return -1
    if any(lows[m] == M and m != subj[0] for m in range(subj[0] + 1, k - 1)):
        return -1  # another name between: whose verb is it?
    return subj[0]


def _named_firm(s: Sentence, m: int) -> bool:
    """The mention at m is an organization named by its name, not a public body ("the
    regulator", "Harlow Council": `appointing_bodies`)."""
    ment = s.ment(m)
    if s.etypes(m) != {"Organization"} or ment.kind != "name":
        return False
    return not any(set(i.split("-")) & s.lex.appointing_bodies for i in ment.ids)
